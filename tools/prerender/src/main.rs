//! `prerender --dist dist --base /peta-mpp --site-url https://example.go.id`:
//! see the library's documentation.

use std::path::PathBuf;
use std::process::ExitCode;

use prerender::{run, Options};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut options = Options {
        dist: PathBuf::from("dist"),
        base: String::new(),
        site_url: "http://127.0.0.1:8080".to_owned(),
    };
    while let Some(flag) = args.next() {
        let Some(value) = args.next() else {
            eprintln!("prerender: {flag} needs a value");
            return ExitCode::from(2);
        };
        match flag.as_str() {
            "--dist" => options.dist = PathBuf::from(value),
            "--base" => options.base = value.trim_end_matches('/').to_owned(),
            "--site-url" => options.site_url = value.trim_end_matches('/').to_owned(),
            _ => {
                eprintln!("prerender: unknown option {flag} (--dist, --base, --site-url)");
                return ExitCode::from(2);
            }
        }
    }
    match run(&options) {
        Ok(report) => {
            println!(
                "prerender: {} pages and {} embed pages in {}{}",
                report.pages,
                report.embed_pages,
                options.dist.display(),
                if report.removed.is_empty() {
                    String::new()
                } else {
                    format!("; removed the pages of {}", report.removed.join(", "))
                }
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}
