//! One file per route.

/// `$route` stands for `$page` as a route the browser build loads on demand:
/// `tools/wasm-split/` cuts the page (and what only it uses) into its own
/// wasm chunk, fetched on the first visit. Pre-rendering (`ssr`) uses the
/// page itself (see `app.rs`).
macro_rules! on_demand {
    ($route:ident, $page:ident) => {
        #[doc = concat!("[`", stringify!($page), "`], loaded on demand in the browser.")]
        pub struct $route;

        #[leptos_router::lazy_route]
        impl leptos_router::LazyRoute for $route {
            fn data() -> Self {
                Self
            }

            fn view(_this: Self) -> AnyView {
                view! { <$page/> }.into_any()
            }
        }
    };
}
pub mod about;
pub mod detail;
pub mod embed;
pub mod embed_generator;
pub mod home;
pub mod innovations;
pub mod not_found;
pub mod statistics;

/// Sets the document title (the tab and what a screen reader announces first).
pub(crate) fn set_title(title: &str) {
    crate::browser::set_document_title(title);
}
