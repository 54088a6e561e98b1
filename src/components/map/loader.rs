//! Loads Leaflet's script and styles on demand, after the list is on
//! screen, so the first paint never waits for the map. The files are
//! self-hosted (copied from node_modules by Trunk), never from a CDN.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Promise;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::leaflet;

const STYLES: [&str; 2] = ["leaflet/leaflet.css", "leaflet/MarkerCluster.css"];
/// In order: the cluster plugin needs `L`.
const SCRIPTS: [&str; 2] = ["leaflet/leaflet.js", "leaflet/leaflet.markercluster.js"];

thread_local! {
    /// One load for the whole page, shared by every map that asks.
    static LOADING: RefCell<Option<Rc<Promise>>> = const { RefCell::new(None) };
}

/// Resolves when Leaflet and the cluster plugin are ready; an error names
/// the file that failed.
pub async fn load_leaflet() -> Result<(), String> {
    if leaflet::is_loaded() && cluster_plugin_loaded() {
        return Ok(());
    }
    let promise = LOADING.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| Rc::new(start()))
            .clone()
    });
    let result = JsFuture::from((*promise).clone()).await;
    if result.is_err() {
        // Let a later attempt (back online, say) try again.
        LOADING.with(|cell| cell.borrow_mut().take());
    }
    result
        .map(|_| ())
        .map_err(|e| e.as_string().unwrap_or_default())
}

fn cluster_plugin_loaded() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &"L".into())
        .and_then(|l| js_sys::Reflect::get(&l, &"markerClusterGroup".into()))
        .map(|f| f.is_function())
        .unwrap_or(false)
}

fn start() -> Promise {
    let Some((document, head)) = crate::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.head().map(|h| (d, h)))
    else {
        return Promise::reject(&JsValue::from_str("no document to load Leaflet into"));
    };
    for href in STYLES {
        if let Ok(link) = document.create_element("link") {
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", href);
            let _ = head.append_child(&link);
        }
    }
    // One script after the other; a promise, so every caller can await it.
    wasm_bindgen_futures::future_to_promise(async move {
        for src in SCRIPTS {
            JsFuture::from(script(&document, &head, src)).await?;
        }
        Ok(JsValue::UNDEFINED)
    })
}

fn script(
    document: &web_sys::Document,
    head: &web_sys::HtmlHeadElement,
    src: &'static str,
) -> Promise {
    let document = document.clone();
    let head = head.clone();
    Promise::new(&mut move |resolve, reject| {
        let Ok(element) = document.create_element("script") else {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(src));
            return;
        };
        let _ = element.set_attribute("src", src);
        let on_load = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(src));
        });
        let _ = element.add_event_listener_with_callback("load", on_load.unchecked_ref());
        let _ = element.add_event_listener_with_callback("error", on_error.unchecked_ref());
        let _ = head.append_child(&element);
    })
}
