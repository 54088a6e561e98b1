//! The domain: what an MPP is, how the feed describes it, and the pure
//! computations on it. A crate of its own with no web dependency (no
//! leptos, web-sys, gloo or wasm-bindgen: see Cargo.toml), so the compiler
//! keeps it pure; the app and the feed builder both build on it, and all of
//! it is tested natively with `cargo test`.

pub mod coverage;
pub mod dates;
pub mod decimal;
pub mod embed;
pub mod feed;
pub mod feed_source;
pub mod filters;
pub mod geo;
pub mod hours;
pub mod hours_calendar;
pub mod innovation;
pub mod json;
pub mod lang;
pub mod list_page;
pub mod load_error;
pub mod order;
pub mod owner;
pub mod parse;
pub mod publisher;
pub mod read_later;
pub mod records;
pub mod region;
pub mod saved_feed;
pub mod search;
pub mod summary;
pub mod text;
pub mod timeline;
pub mod url_state;

pub use feed::*;
pub use lang::Lang;
pub use load_error::LoadError;
pub use parse::{parse_details, parse_feed, FeedError, ParsedFeed, SkipReason, Skipped};
pub use summary::FeedSummary;

/// Only http(s) URLs from a feed become links: a hostile feed must not be
/// able to plant `javascript:` or `data:` links.
pub fn is_safe_link(url: &str) -> bool {
    let lower = url
        .trim_start()
        .get(..8)
        .unwrap_or(url)
        .to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}
