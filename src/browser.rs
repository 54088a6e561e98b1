//! The browser environment the app reads before (and beside) the router:
//! where the app lives (`<base href>`), the page's own query string, the
//! network's state and the device's storage. Plain functions over web-sys,
//! no signals; hooks and the feed client build on them.

/// The app's base path without a trailing slash ("" at the root,
/// "/peta-mpp" under a sub-path), from the `<base href>` Trunk writes.
pub fn base_path() -> String {
    let base_uri = document_base_uri();
    let path = web_sys::Url::new(&base_uri)
        .map(|u| u.pathname())
        .unwrap_or_default();
    path.trim_end_matches('/').to_owned()
}

/// A path relative to the app (e.g. `data/x.json`) as an absolute URL; it
/// follows `<base href>`, so it works under a sub-path too.
pub fn in_app(relative: &str) -> String {
    resolve(relative, &document_base_uri())
}

/// `relative` resolved against `base`; unparseable input is returned as is
/// (the fetch then fails with a clear message instead of a panic).
pub fn resolve(relative: &str, base: &str) -> String {
    web_sys::Url::new_with_base(relative, base)
        .map(|u| u.href())
        .unwrap_or_else(|_| relative.to_owned())
}

fn document_base_uri() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_else(|| "/".to_owned())
}

/// True when the browser knows it has no network at all.
pub fn is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// One parameter of the page's own query string (read before the router runs).
pub fn query_param(name: &str) -> Option<String> {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get(name))
}
pub fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// `<html lang>`, so screen readers speak the page in its language.
pub fn set_document_language(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}
