//! The basemap: OpenStreetMap tiles (URL and attribution configurable by
//! meta tags), and beneath them the bundled Indonesia outline and province
//! shapes, drawn as soon as a tile fails, so the map is never an empty box.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::{Effect, Owner};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::leaflet::{self, options, Map};
use crate::i18n::texts;
use crate::state::{FeedStore, Shapes};

const DEFAULT_TILES: &str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const DEFAULT_ATTRIBUTION: &str =
    "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";
/// Below Leaflet's tile pane (z-index 200): tiles, once loaded, cover it.
const FALLBACK_PANE: &str = "fallback";

/// Adds the tiles and arms the fallback. Returns the handlers to keep alive.
pub fn add(map: &Map) -> Vec<Closure<dyn FnMut(JsValue)>> {
    // Asked now, while the map's component owns the running code: the
    // fallback is drawn later, from a Leaflet event, outside any owner.
    let store = leptos::prelude::use_context::<FeedStore>();
    let owner = Owner::current();
    let tiles = meta("peta-mpp-tiles").unwrap_or_else(|| DEFAULT_TILES.to_owned());
    let attribution =
        meta("peta-mpp-tiles-attribution").unwrap_or_else(|| DEFAULT_ATTRIBUTION.to_owned());
    map.attribution_control().set_prefix("Leaflet");
    let pane = map.create_pane(FALLBACK_PANE);
    let _ = pane.style().set_property("z-index", "150");

    let layer = leaflet::tile_layer(
        &tiles,
        &options(&[
            ("attribution", attribution.into()),
            ("maxZoom", 19.into()),
            // CORS tiles: the service worker can cache what was viewed as
            // real (not opaque, quota-padded) responses.
            ("crossOrigin", "anonymous".into()),
        ]),
    );
    let drawn = Rc::new(Cell::new(false));
    let on_error = {
        let map = map.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_| {
            if let (false, Some(store)) = (drawn.replace(true), store) {
                draw_fallback(map.clone(), store, owner.clone());
            }
        })
    };
    layer.on("tileerror", on_error.as_ref().unchecked_ref());
    layer.add_to(map);
    vec![on_error]
}

fn draw_fallback(map: Map, store: FeedStore, owner: Option<Owner>) {
    leptos::task::spawn_local(async move {
        // The outline's coast first, then the province borders over it.
        for (shapes, weight) in [
            (Shapes::IndonesiaOutline, 1.2),
            (Shapes::Provinces2012, 0.6),
        ] {
            let data = store.shapes(shapes).await;
            // The page may have been left (and the map removed) meanwhile.
            if map.get_pane(FALLBACK_PANE).is_none() {
                return;
            }
            if let Some(data) = data.and_then(|text| js_sys::JSON::parse(&text).ok()) {
                leaflet::geo_json(&data, &fallback_style(weight)).add_to(&map);
            }
        }
        match owner {
            Some(owner) => owner.with(|| credit_fallback(&map)),
            None => {
                map.attribution_control()
                    .add_attribution(texts().fallback_attribution);
            }
        }
    });
}

/// Credits the fallback's shapes in the map's corner, in the page's
/// language, and again in the other one after a language switch.
pub fn credit_fallback(map: &Map) {
    let control = map.attribution_control();
    Effect::new(move |said: Option<&'static str>| {
        if let Some(said) = said {
            control.remove_attribution(said);
        }
        let text = texts().fallback_attribution;
        control.add_attribution(text);
        text
    });
}

fn fallback_style(weight: f64) -> JsValue {
    let style = options(&[
        ("color", "#5b7a6e".into()),
        ("weight", weight.into()),
        ("fillColor", "#eef2ea".into()),
        ("fillOpacity", 1.into()),
    ]);
    options(&[
        ("pane", FALLBACK_PANE.into()),
        ("interactive", false.into()),
        ("style", style),
    ])
}

fn meta(name: &str) -> Option<String> {
    crate::browser::window()?
        .document()?
        .query_selector(&format!("meta[name='{name}']"))
        .ok()??
        .get_attribute("content")
        .filter(|c| !c.trim().is_empty())
}
