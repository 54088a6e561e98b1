//! Browser state as signals, one hook per file (after leptos-use).
pub mod use_media_query;
pub use use_media_query::use_media_query;
