//! One file per route.

/// `$route` stands for `$page` as a route the browser build loads on demand:
/// `tools/wasm-split/` cuts the page (and what only it uses) into its own
/// wasm chunk (named after `$route`), fetched on the first visit.
/// Pre-rendering (`ssr`) uses the page itself (see `app.rs`).
///
/// Written out rather than leptos_router's `#[lazy_route]`: in 0.8.17 that
/// unwraps the chunk's load, so a chunk that cannot load (a flaky link, a
/// deploy that removed it) panics and the release build aborts — every link
/// dead until a manual reload. Here the split is `fallible`: a failed load
/// is an `Err` that `load_on_demand` turns into a page saying so, with a
/// retry (upstream's fix, leptos PR #4785, is in no release yet).
// rustfmt indents the attribute's arguments further on every run.
#[rustfmt::skip]
/// `with $also`: a chunk the page will need at once (the map's), fetched
/// beside the page's own instead of after it has drawn.
macro_rules! on_demand {
    ($route:ident, $page:ident $(, with $also:path)?) => {
        #[doc = concat!("[`", stringify!($page), "`], loaded on demand in the browser.")]
        pub struct $route;

        /// The page's own wasm chunk: `view` loads it (again, after a
        /// failure: a failed load is never cached) and draws the page.
        #[doc(hidden)]
        pub mod chunk {
            use super::*;

            #[leptos::wasm_split::wasm_split(
                $route,
                wasm_split_path = ::leptos::wasm_split,
                fallible,
                preload(#[doc(hidden)] preload)
            )]
            pub fn page() -> Result<AnyView, $crate::components::page_load_failed::ChunkLoadError> {
                Ok(view! { <$page/> }.into_any())
            }

            pub fn load() -> $crate::components::page_load_failed::PageLoad {
                Box::pin(page())
            }
        }

        impl leptos_router::LazyRoute for $route {
            fn data() -> Self {
                Self
            }

            async fn view(_this: Self) -> AnyView {
                $(leptos::task::spawn_local($also());)?
                $crate::pages::load_on_demand(chunk::load).await
            }

            /// Fetches the chunk ahead; a failure is silent (the visit
            /// itself tries again and says so). From a task of its own: on
            /// a first visit the route is matched in the task the app
            /// starts in, and starting a chunk's fetch and compile is not
            /// a step that task needs to be longer for.
            async fn preload() {
                $crate::browser::sleep(0).await;
                let _ = chunk::preload().await;
            }
        }
    };
}
use leptos::prelude::*;

use crate::components::page_load_failed::{ChunkLoadError, PageLoadFailed, PageLoader};

pub mod about;
pub mod detail;
pub mod embed;
pub mod embed_generator;
pub mod home;
pub mod innovations;
pub mod manage;
pub mod not_found;
pub mod statistics;

/// Sets the document title (the tab and what a screen reader announces
/// first), and again whenever what `title` reads changes (the language).
/// Rendered natively no effect runs: the pre-rendered page's title is set
/// at once.
pub(crate) fn set_title(title: impl Fn() -> String + 'static) {
    #[cfg(feature = "ssr")]
    crate::browser::set_document_title(&title());
    #[cfg(not(feature = "ssr"))]
    Effect::new(move |_| crate::browser::set_document_title(&title()));
}

/// Loads a page's chunk and draws the page, or, when the chunk cannot be
/// had, the page that says so and tries again.
pub(crate) async fn load_on_demand(load: PageLoader) -> AnyView {
    match load().await {
        Ok(page) => page,
        Err(ChunkLoadError) => view! { <PageLoadFailed load/> }.into_any(),
    }
}
