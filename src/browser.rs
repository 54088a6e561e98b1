//! The browser environment the app reads before (and beside) the router:
//! where the app lives (`<base href>`), the page's own query string, the
//! network's state and the device's storage. Plain functions over web-sys,
//! no signals; hooks and the feed client build on them.
//!
//! The same components are also rendered natively, to HTML, when a build is
//! pre-rendered (`tools/prerender`). There is no browser then: `window()` is
//! `None` and every function here answers as if nothing were known, so a
//! component asks here instead of calling `web_sys::window()` itself.

/// The browser window; `None` when rendering natively (pre-rendering).
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// Unix time in milliseconds (the device's clock in a browser).
pub fn now_ms() -> f64 {
    if cfg!(target_arch = "wasm32") {
        js_sys::Date::now()
    } else {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_millis() as f64)
    }
}

/// The app's base path without a trailing slash ("" at the root,
/// "/peta-mpp" under a sub-path), from the `<base href>` Trunk writes.
pub fn base_path() -> String {
    if window().is_none() {
        return String::new();
    }
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
    if window().is_none() {
        return relative.to_owned();
    }
    web_sys::Url::new_with_base(relative, base)
        .map(|u| u.href())
        .unwrap_or_else(|_| relative.to_owned())
}

fn document_base_uri() -> String {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_else(|| "/".to_owned())
}

/// True when the browser knows it has no network at all.
pub fn is_offline() -> bool {
    window().is_some_and(|w| !w.navigator().on_line())
}

/// One parameter of the page's own query string (read before the router runs).
pub fn query_param(name: &str) -> Option<String> {
    window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get(name))
}
pub fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// `<html lang>`, so screen readers speak the page in its language.
pub fn set_document_language(code: &str) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

thread_local! {
    /// The title a page set while rendered natively (no document to hold it).
    static RENDERED_TITLE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The document's title; rendered natively, kept for `take_rendered_title`.
pub fn set_document_title(title: &str) {
    match window().and_then(|w| w.document()) {
        Some(document) => document.set_title(title),
        None => RENDERED_TITLE.with(|t| *t.borrow_mut() = Some(title.to_owned())),
    }
}

/// The last title set while rendering natively (pre-rendering), once.
pub fn take_rendered_title() -> Option<String> {
    RENDERED_TITLE.with(|t| t.borrow_mut().take())
}

/// Sets (or, with `None`, removes) one parameter of the address bar's query
/// without a navigation: a page's own filter, kept for a reload or a
/// shared link. The router is not told; the page holds the value.
pub fn replace_query_param(name: &str, value: Option<&str>) {
    let Some(window) = window() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&window.location().href().unwrap_or_default()) else {
        return;
    };
    match value {
        Some(value) => url.search_params().set(name, value),
        None => url.search_params().delete(name),
    }
    if let Ok(history) = window.history() {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&url.href()));
    }
}

/// Brings the element the address's `#fragment` names into view (the router
/// tries at navigation, before a page that loads its data has drawn it).
pub fn scroll_to_hash() {
    let Some(window) = window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    if let Some(element) = window.document().and_then(|d| d.get_element_by_id(id)) {
        element.scroll_into_view();
    }
}

/// Resolves after `ms` milliseconds (a `setTimeout`), and so after the
/// tasks already queued: with 0, the router has finished showing the page
/// it was loading.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves when the browser is idle (`requestIdleCallback`), and at the
/// latest after `max_wait_ms`; where there is no such call (Safari), after a
/// plain `setTimeout` of `max_wait_ms`. For work no reader is waiting for,
/// so it does not stretch a task the page is starting in.
pub async fn idle(max_wait_ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(w) = window() else {
            return;
        };
        let request = js_sys::Reflect::get(&w, &"requestIdleCallback".into())
            .ok()
            .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
        let called = request.is_some_and(|request| {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &max_wait_ms.into());
            request.call2(&w, &resolve, &options).is_ok()
        });
        if !called {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, max_wait_ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Whether the site now serves another build than the one this tab runs:
/// its chunk loader, fetched afresh, no longer names every chunk this tab's
/// loader knows (`__wasmSplitChunks`, set by the loader as
/// `tools/wasm-split/post-build.mjs` writes it). False when it cannot be
/// told — no network: then it is the network that failed, not the version.
pub async fn served_build_differs() -> bool {
    let Some(window) = window() else {
        return false;
    };
    let running: Vec<String> = js_sys::Reflect::get(&window, &"__wasmSplitChunks".into())
        .ok()
        .filter(js_sys::Array::is_array)
        .map(|names| {
            js_sys::Array::from(&names)
                .iter()
                .filter_map(|n| n.as_string())
                .collect()
        })
        .unwrap_or_default();
    if running.is_empty() {
        return false;
    }
    let served = match gloo_net::http::Request::get(&in_app(CHUNK_LOADER))
        .cache(web_sys::RequestCache::NoStore)
        .send()
        .await
    {
        Ok(response) if response.ok() => response.text().await.unwrap_or_default(),
        _ => return false,
    };
    names_missing(&running, &served)
}

/// The chunk loader, beside the app (`tools/wasm-split/post-build.mjs`).
const CHUNK_LOADER: &str = "__wasm_split.js";

/// Whether `loader` (a chunk loader's text) lacks one of `names`.
fn names_missing(names: &[String], loader: &str) -> bool {
    names
        .iter()
        .any(|name| !loader.contains(&format!("\"./{name}\"")))
}

const LOADED_WHOLE_KEY: &str = "peta-mpp:loaded-whole";
/// A page loaded whole less than this long ago is not loaded again.
const LOAD_WHOLE_AGAIN_AFTER_MS: f64 = 60_000.0;

/// Loads the current address as a whole new page (the host's current
/// version), unless this very address was loaded so in the last minute: a
/// host that keeps failing must not make the tab loop. True if it reloads.
pub fn load_whole_once() -> bool {
    let Some(window) = window() else {
        return false;
    };
    let href = window.location().href().unwrap_or_default();
    let storage = window.session_storage().ok().flatten();
    let last = storage
        .as_ref()
        .and_then(|s| s.get_item(LOADED_WHOLE_KEY).ok().flatten())
        .and_then(|v| {
            let (at, url) = v.split_once(' ')?;
            Some((at.parse::<u64>().ok()? as f64, url.to_owned()))
        });
    if last.is_some_and(|(at, url)| url == href && now_ms() - at < LOAD_WHOLE_AGAIN_AFTER_MS) {
        return false;
    }
    if let Some(storage) = storage {
        // Whole milliseconds: an integer is written without the float
        // printing that would otherwise ride in the first download.
        let at = now_ms() as u64;
        let _ = storage.set_item(LOADED_WHOLE_KEY, &format!("{at} {href}"));
    }
    window.location().reload().is_ok()
}

/// A wasm chunk (a page's code, the details' parser) could not be loaded:
/// the network, or a new version that no longer has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkLoadError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkLoadError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Self
    }
}

#[cfg(test)]
mod tests {
    use super::names_missing;

    #[test]
    fn a_served_loader_without_one_of_our_chunks_is_another_version() {
        let ours = [
            "DetailRoute-0a1b.wasm".to_owned(),
            "AboutRoute-2c3d.wasm".to_owned(),
        ];
        let same = r#"const a = "./DetailRoute-0a1b.wasm"; const b = "./AboutRoute-2c3d.wasm";"#;
        let other = r#"const a = "./DetailRoute-9f9f.wasm"; const b = "./AboutRoute-2c3d.wasm";"#;
        assert!(!names_missing(&ours, same));
        assert!(names_missing(&ours, other));
        // A page that is not a loader at all (a host's HTML for a missing file).
        assert!(names_missing(&ours, "<!doctype html><title>404</title>"));
    }
}
