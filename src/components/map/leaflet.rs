//! Thin wasm-bindgen bindings to the parts of Leaflet 1.9 (and
//! Leaflet.markercluster 1.5) that Peta MPP uses. The global `L` only
//! exists once `loader` has loaded the scripts; nothing here is called
//! before that.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[derive(Clone, Debug)]
    pub type Map;
    #[wasm_bindgen(js_namespace = L, js_name = map)]
    pub fn new_map(element: &web_sys::HtmlElement, options: &JsValue) -> Map;
    #[wasm_bindgen(method, js_name = setView)]
    pub fn set_view(this: &Map, center: &Array, zoom: f64) -> Map;
    #[wasm_bindgen(method, js_name = flyTo)]
    pub fn fly_to(this: &Map, center: &Array, zoom: f64, options: &JsValue) -> Map;
    #[wasm_bindgen(method, js_name = fitBounds)]
    pub fn fit_bounds(this: &Map, bounds: &Array) -> Map;
    #[wasm_bindgen(method, js_name = fitBounds)]
    pub fn fit_bounds_with(this: &Map, bounds: &Array, options: &JsValue) -> Map;
    #[wasm_bindgen(method, js_name = getCenter)]
    pub fn get_center(this: &Map) -> LatLng;
    #[wasm_bindgen(method, js_name = getZoom)]
    pub fn get_zoom(this: &Map) -> f64;
    #[wasm_bindgen(method, js_name = invalidateSize)]
    pub fn invalidate_size(this: &Map) -> Map;
    /// `None` once the map has been removed (Leaflet drops its panes).
    #[wasm_bindgen(method, js_name = getPane)]
    pub fn get_pane(this: &Map, name: &str) -> Option<web_sys::HtmlElement>;
    #[wasm_bindgen(method, js_name = createPane)]
    pub fn create_pane(this: &Map, name: &str) -> web_sys::HtmlElement;
    #[wasm_bindgen(method)]
    pub fn remove(this: &Map) -> Map;
    #[wasm_bindgen(method, js_name = on)]
    pub fn on_map(this: &Map, event: &str, handler: &Function) -> Map;
    #[wasm_bindgen(method, getter, js_name = attributionControl)]
    pub fn attribution_control(this: &Map) -> Attribution;

    #[derive(Clone, Debug)]
    pub type Attribution;
    #[wasm_bindgen(method, js_name = addAttribution)]
    pub fn add_attribution(this: &Attribution, text: &str) -> Attribution;
    #[wasm_bindgen(method, js_name = removeAttribution)]
    pub fn remove_attribution(this: &Attribution, text: &str) -> Attribution;
    #[wasm_bindgen(method, js_name = setPrefix)]
    pub fn set_prefix(this: &Attribution, prefix: &str) -> Attribution;

    /// Any layer: tiles, GeoJSON, a marker, a cluster group.
    #[derive(Clone, Debug)]
    pub type Layer;
    #[wasm_bindgen(js_namespace = L, js_name = tileLayer)]
    pub fn tile_layer(url: &str, options: &JsValue) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = circleMarker)]
    pub fn circle_marker(lat_lng: &Array, options: &JsValue) -> Layer;
    #[wasm_bindgen(method, js_name = bindTooltip)]
    pub fn bind_tooltip(this: &Layer, text: &str, options: &JsValue) -> Layer;
    #[wasm_bindgen(method, js_name = setTooltipContent)]
    pub fn set_tooltip_content(this: &Layer, text: &str) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = geoJSON)]
    pub fn geo_json(data: &JsValue, options: &JsValue) -> Layer;
    #[wasm_bindgen(method, js_name = addTo)]
    pub fn add_to(this: &Layer, map: &Map) -> Layer;
    #[wasm_bindgen(method)]
    pub fn on(this: &Layer, event: &str, handler: &Function) -> Layer;
    #[wasm_bindgen(method)]
    pub fn once(this: &Layer, event: &str, handler: &Function) -> Layer;
    #[wasm_bindgen(method, js_name = remove)]
    pub fn remove_layer(this: &Layer) -> Layer;

    #[derive(Clone, Debug)]
    #[wasm_bindgen(extends = Layer)]
    pub type Marker;
    #[wasm_bindgen(js_namespace = L, js_name = marker)]
    pub fn marker(lat_lng: &Array, options: &JsValue) -> Marker;
    #[wasm_bindgen(js_namespace = L, js_name = divIcon)]
    pub fn div_icon(options: &JsValue) -> JsValue;
    /// `content` is called with the marker each time the popup opens, so
    /// no popup's DOM exists before someone opens it.
    #[wasm_bindgen(method, js_name = bindPopup)]
    pub fn bind_popup(this: &Marker, content: &Function, options: &JsValue) -> Marker;
    #[wasm_bindgen(method, js_name = openPopup)]
    pub fn open_popup(this: &Marker) -> Marker;
    #[wasm_bindgen(method, js_name = isPopupOpen)]
    pub fn is_popup_open(this: &Marker) -> bool;
    #[wasm_bindgen(method, js_name = getLatLng)]
    pub fn get_lat_lng(this: &Marker) -> LatLng;
    #[wasm_bindgen(method, js_name = getElement)]
    pub fn get_element(this: &Marker) -> Option<web_sys::HtmlElement>;

    #[derive(Clone, Debug)]
    #[wasm_bindgen(extends = Layer)]
    pub type ClusterGroup;
    #[wasm_bindgen(js_namespace = L, js_name = markerClusterGroup)]
    pub fn marker_cluster_group(options: &JsValue) -> ClusterGroup;
    #[wasm_bindgen(method, js_name = addLayers)]
    pub fn add_layers(this: &ClusterGroup, markers: &Array) -> ClusterGroup;
    #[wasm_bindgen(method, js_name = clearLayers)]
    pub fn clear_layers(this: &ClusterGroup) -> ClusterGroup;
    #[wasm_bindgen(method, js_name = hasLayer)]
    pub fn has_layer(this: &ClusterGroup, marker: &Marker) -> bool;
    #[wasm_bindgen(method, js_name = zoomToShowLayer)]
    pub fn zoom_to_show_layer(this: &ClusterGroup, marker: &Marker, done: &Function);
    /// How many of markercluster's zoom animations are running (its own
    /// field: no method tells).
    #[wasm_bindgen(method, getter, js_name = _inZoomAnimation)]
    pub fn in_zoom_animation(this: &ClusterGroup) -> Option<f64>;

    pub type LatLng;
    #[wasm_bindgen(method, getter)]
    pub fn lat(this: &LatLng) -> f64;
    #[wasm_bindgen(method, getter)]
    pub fn lng(this: &LatLng) -> f64;

    /// The `cluster` argument of markercluster's `iconCreateFunction`.
    pub type Cluster;
    #[wasm_bindgen(method, js_name = getChildCount)]
    pub fn child_count(this: &Cluster) -> u32;
    #[wasm_bindgen(method, js_name = getAllChildMarkers)]
    pub fn all_child_markers(this: &Cluster) -> Array;
}

/// `[lat, lon]` as Leaflet takes it.
pub fn lat_lng(lat: f64, lon: f64) -> Array {
    Array::of2(&lat.into(), &lon.into())
}

/// A plain options object from key/value pairs.
pub fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// `layer.options[key]`: what a shared handler reads to tell which layer
/// (an event's `target`, a popup's source) it was called for.
pub fn layer_option(layer: &JsValue, key: &str) -> JsValue {
    Reflect::get(layer, &"options".into())
        .and_then(|o| Reflect::get(&o, &JsValue::from_str(key)))
        .unwrap_or(JsValue::UNDEFINED)
}

/// The layer an event (`{type, target}`) was fired on.
pub fn event_target(event: &JsValue) -> JsValue {
    Reflect::get(event, &"target".into()).unwrap_or(JsValue::UNDEFINED)
}

/// True once the Leaflet script has run.
pub fn is_loaded() -> bool {
    Reflect::get(&js_sys::global(), &"L".into())
        .map(|l| l.is_object())
        .unwrap_or(false)
}
