//! Checks publisher feed files (issue 22): the schema, then the rules.
//! `cargo run -p feed-builder --bin check-publisher -- FILE.json...`
//! Prints "ok" or each problem per file; exits 1 if any file is refused.
//! Reads local files only: fetching a publisher's feed is another step.

use std::process::ExitCode;

use feed_builder::publisher;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: check-publisher FILE.json...");
        return ExitCode::from(2);
    }
    let mut refused = false;
    for file in &files {
        let result = std::fs::read_to_string(file)
            .map_err(|e| vec![format!("cannot read: {e}")])
            .and_then(|text| {
                publisher::check(&text)
                    .map_err(|problems| problems.iter().map(ToString::to_string).collect())
            });
        match result {
            Ok(_) => println!("{file}: ok (schema {})", publisher::SCHEMA_VERSION),
            Err(problems) => {
                refused = true;
                println!("{file}: refused, {} problem(s)", problems.len());
                for p in problems {
                    println!("  - {p}");
                }
            }
        }
    }
    if refused {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
