//! Peta MPP: Indonesia's Mal Pelayanan Publik on a map and a list.
//!
//! Data flows one way: feed (`feed_client`) → `domain` (pure Rust) →
//! `state` (signals in context) → `pages` and `components`.

pub mod app;
pub mod components;
pub mod domain;
pub mod feed_client;
pub mod hooks;
pub mod i18n;
pub mod pages;
pub mod state;

pub use app::App;
