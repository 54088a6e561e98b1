//! Peta MPP: Indonesia's Mal Pelayanan Publik on a map and a list.
//!
//! Data flows one way: feed (`feed_client`) → `domain` (the pure
//! `peta-mpp-domain` crate) → `state` (signals in context) → `pages` and
//! `components`. `browser` and `routing` are leaves that any layer may use.

// Native (`ssr`) builds keep full view types: deeper than the default limit.
#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod components;
pub mod feed_client;
pub mod hooks;
pub mod i18n;
pub mod mount;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod routing;
pub mod state;

pub use app::App;
