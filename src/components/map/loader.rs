//! Loads Leaflet's script and styles on demand, after the list is on
//! screen, so the first paint never waits for the map. The files are
//! self-hosted (copied from node_modules by Trunk), never from a CDN.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Promise;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::leaflet;

/// Leaflet itself: every map needs it.
const LEAFLET: Files = Files {
    style: "leaflet/leaflet.css",
    script: "leaflet/leaflet.js",
};
/// The cluster plugin (it needs `L`): only the overview of all MPPs
/// clusters, so a detail page's small map never loads or runs it.
const CLUSTERS: Files = Files {
    style: "leaflet/MarkerCluster.css",
    script: "leaflet/leaflet.markercluster.js",
};

struct Files {
    style: &'static str,
    script: &'static str,
}

thread_local! {
    /// One load of each for the whole page, shared by every map that asks.
    static LOADING_LEAFLET: RefCell<Option<Rc<Promise>>> = const { RefCell::new(None) };
    static LOADING_CLUSTERS: RefCell<Option<Rc<Promise>>> = const { RefCell::new(None) };
}

/// Resolves when Leaflet is ready; an error names the file that failed.
pub async fn load_leaflet() -> Result<(), String> {
    if leaflet::is_loaded() {
        return Ok(());
    }
    load_once(&LOADING_LEAFLET, &LEAFLET).await
}

/// Resolves when what a map of `mode` needs is ready: Leaflet, and the
/// cluster plugin where the map clusters.
pub async fn load_for(mode: super::MapMode) -> Result<(), String> {
    match mode.cluster_radius() {
        Some(_) => load_leaflet_with_clusters().await,
        None => load_leaflet().await,
    }
}

/// Resolves when Leaflet and the cluster plugin are ready.
async fn load_leaflet_with_clusters() -> Result<(), String> {
    load_leaflet().await?;
    if cluster_plugin_loaded() {
        return Ok(());
    }
    load_once(&LOADING_CLUSTERS, &CLUSTERS).await
}

async fn load_once(
    slot: &'static std::thread::LocalKey<RefCell<Option<Rc<Promise>>>>,
    files: &'static Files,
) -> Result<(), String> {
    let promise = slot.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| Rc::new(start(files)))
            .clone()
    });
    let result = JsFuture::from((*promise).clone()).await;
    if result.is_err() {
        // Let a later attempt (back online, say) try again.
        slot.with(|cell| cell.borrow_mut().take());
    }
    // The script ran in the task that resolved this load: the map is made
    // in a task of its own, so the two are not one long task on a phone.
    crate::browser::sleep(0).await;
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

fn start(files: &'static Files) -> Promise {
    let Some((document, head)) = crate::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.head().map(|h| (d, h)))
    else {
        return Promise::reject(&JsValue::from_str("no document to load Leaflet into"));
    };
    if let Ok(link) = document.create_element("link") {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", files.style);
        let _ = head.append_child(&link);
    }
    script(&document, &head, files.script)
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
