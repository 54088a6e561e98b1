//! In-app links under any base path. Below the app shell and above the
//! pages and components: they ask here, never the shell.

use leptos::prelude::*;

/// The app's base path ("" at the root, "/peta-mpp" under a sub-path).
#[derive(Clone, Debug, Default)]
pub struct BasePath(pub String);

/// True while the router is on its way to another page (a lazily loaded
/// one may take a moment): a late write of the old page's URL must wait.
#[derive(Clone, Copy, Debug)]
pub struct Navigating(pub ReadSignal<bool>);

/// An in-app link target. leptos_router 0.8's `<A>` leaves absolute paths
/// untouched (it prefixes the router base only to relative ones), so every
/// absolute app path goes through here to work under a sub-path too.
pub fn app_href(path: &str) -> String {
    let base = use_context::<BasePath>().unwrap_or_default();
    format!("{}{path}", base.0)
}
