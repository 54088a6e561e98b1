//! Peta MPP: Indonesia's Mal Pelayanan Publik on a map and a list.
//!
//! Data flows one way: feed (`feed_client`) → `domain` (the pure
//! `peta-mpp-domain` crate) → `state` (signals in context) → `pages` and
//! `components`. `browser` and `routing` are leaves that any layer may use.

// Native (`ssr`) builds keep full view types: deeper than the default limit.
#![recursion_limit = "256"]

/// `$split::$call(...)`: code the first download does not carry. In the
/// browser build (feature `split`) the function is a wasm chunk of its own,
/// named `$split` and cut by `tools/wasm-split/`, loaded on its first call
/// (`$split::preload()` fetches it ahead); `fallible`, so a chunk that
/// cannot load is an `Err(ChunkLoadError)`, never a panic. Without `split`
/// (natively, the component tests) it is a plain call. Defined before the
/// modules, so every module may use it.
macro_rules! split_chunk {
    ($split:ident :: $call:ident ($($arg:ident : $ty:ty),*) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        mod $split {
            use super::*;

            #[leptos::wasm_split::wasm_split(
                $split,
                wasm_split_path = ::leptos::wasm_split,
                fallible,
                preload(preload)
            )]
            pub(super) fn $call($($arg: $ty),*) -> Result<$ret, $crate::browser::ChunkLoadError> {
                let value = $body;
                Ok(value)
            }
        }

        #[cfg(not(feature = "split"))]
        #[allow(dead_code)] // not every caller preloads, or calls where it is not split
        mod $split {
            use super::*;

            pub(super) async fn $call($($arg: $ty),*) -> Result<$ret, $crate::browser::ChunkLoadError> {
                let value = $body;
                Ok(value)
            }

            pub(super) async fn preload() -> Result<(), $crate::browser::ChunkLoadError> {
                Ok(())
            }
        }
    };
}

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
