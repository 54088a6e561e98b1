//! `make publishers` (issue 22, point 3): fetches each registered
//! publisher's feed, checks it and stores the good ones in
//! `DATA_DIR/publishers/`; prints what became of each.
//!
//! `cargo run -p feed-builder --bin publishers -- [DATA_DIR] [--registry FILE]
//! [--test-allow-loopback-http]` (defaults: `data`, `DATA_DIR/publishers.json`).
//!
//! Exits 0 when the registry is good, whatever the feeds do (a broken feed
//! keeps its last good copy and must not break the national build); 1 for a
//! broken registry or unwritable copies; 2 for a wrong command line. The
//! test switch allows plain http to 127.0.0.1 and is refused unless every
//! registered domain is exactly 127.0.0.1.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use feed_builder::fetch::{FetchPolicy, LOOPBACK};
use feed_builder::{fetch_step, registry};

const USAGE: &str = "usage: publishers [DATA_DIR] [--registry FILE] [--test-allow-loopback-http]";

fn main() -> ExitCode {
    let mut data_dir = None;
    let mut registry_file = None;
    let mut policy = FetchPolicy::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--test-allow-loopback-http" => policy.allow_loopback_http = true,
            "--registry" => match args.next() {
                Some(file) => registry_file = Some(PathBuf::from(file)),
                None => return usage(),
            },
            _ if arg.starts_with('-') || data_dir.is_some() => return usage(),
            _ => data_dir = Some(PathBuf::from(arg)),
        }
    }
    let data_dir = data_dir.unwrap_or_else(|| PathBuf::from("data"));
    let registry_file = registry_file.unwrap_or_else(|| data_dir.join(registry::REGISTRY_FILE));

    let loaded = registry::read_seats(&data_dir).and_then(|seats| {
        let registry = registry::load(&registry_file, &seats, &policy)?;
        Ok((seats, registry))
    });
    let (seats, registry) = match loaded {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("publishers: {e}");
            return ExitCode::FAILURE;
        }
    };
    if policy.allow_loopback_http {
        if let Some(p) = registry.publishers.iter().find(|p| p.domain != LOOPBACK) {
            eprintln!(
                "publishers: --test-allow-loopback-http is for tests only: every registered domain must be {LOOPBACK}, and {} is registered under {}",
                p.regency_code, p.domain
            );
            return ExitCode::from(2);
        }
        println!("TEST RUN: plain http to {LOOPBACK} allowed (--test-allow-loopback-http)");
    }
    println!(
        "{}: {} publisher(s) registered",
        registry_file.display(),
        registry.publishers.len()
    );
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    match fetch_step::run(&registry, &seats, &data_dir, &policy, now) {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("publishers: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}
