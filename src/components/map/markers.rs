//! The Leaflet objects of one map: the map, its markers by slug, and the
//! closures Leaflet calls back (kept alive here, dropped with the map).

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Function};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::basemap;
use super::leaflet::{self, lat_lng, options, ClusterGroup, Map, Marker};
use super::MapMode;
use crate::domain::{Mpp, MppStatus};
use crate::i18n::texts;

/// Indonesia, south-west and north-east corners.
const INDONESIA: [[f64; 2]; 2] = [[-11.0, 95.0], [6.0, 141.0]];
/// Close enough to see the town around a regency seat (detail page).
const DETAIL_ZOOM: f64 = 10.0;
/// Close enough to tell a selected MPP from its neighbours (overview).
const SELECTED_ZOOM: f64 = 8.0;

/// A Leaflet event handler, kept alive as long as its map.
type Handler = Closure<dyn FnMut(JsValue)>;

pub struct MapLayers {
    map: Map,
    mode: MapMode,
    cluster: Option<ClusterGroup>,
    markers: RefCell<HashMap<String, Marker>>,
    /// Markers outside the cluster group (the new ones), to remove on redraw.
    loose: RefCell<Vec<Marker>>,
    on_select: Option<Callback<String>>,
    base: String,
    _handlers: Vec<Handler>,
    marker_handlers: RefCell<Vec<Handler>>,
}

impl MapLayers {
    pub fn new(
        element: &web_sys::HtmlElement,
        mode: MapMode,
        on_select: Option<Callback<String>>,
        base: String,
    ) -> Self {
        let map = leaflet::new_map(
            element,
            &options(&[
                ("minZoom", 3.into()),
                ("worldCopyJump", true.into()),
                ("zoomSnap", 0.5.into()),
            ]),
        );
        let bounds = Array::of2(
            &lat_lng(INDONESIA[0][0], INDONESIA[0][1]),
            &lat_lng(INDONESIA[1][0], INDONESIA[1][1]),
        );
        map.fit_bounds(&bounds);
        let handlers = basemap::add(&map);
        let cluster = (mode == MapMode::Overview).then(|| {
            let icon =
                Closure::<dyn Fn(leaflet::Cluster) -> JsValue>::new(cluster_icon).into_js_value();
            let group = leaflet::marker_cluster_group(&options(&[
                ("iconCreateFunction", icon),
                ("showCoverageOnHover", false.into()),
                ("maxClusterRadius", 50.into()),
            ]));
            group.add_to(&map);
            group
        });
        Self {
            map,
            mode,
            cluster,
            markers: RefCell::default(),
            loose: RefCell::default(),
            on_select,
            base,
            _handlers: handlers,
            marker_handlers: RefCell::default(),
        }
    }

    pub fn invalidate_size(&self) {
        self.map.invalidate_size();
    }

    /// Replaces every marker with one per MPP that has a point.
    pub fn set_mpps(&self, mpps: &[Mpp]) {
        for marker in self.loose.borrow_mut().drain(..) {
            marker.remove_layer();
        }
        if let Some(cluster) = &self.cluster {
            cluster.clear_layers();
        }
        self.markers.borrow_mut().clear();
        self.marker_handlers.borrow_mut().clear();

        let clustered = Array::new();
        for mpp in mpps {
            let Some(marker) = self.marker_for(mpp) else {
                continue;
            };
            // The nine new MPPs stay out of clusters so they show at every zoom.
            match (&self.cluster, mpp.is_new()) {
                (Some(_), false) => {
                    clustered.push(&marker);
                }
                _ => {
                    marker.add_to(&self.map);
                    self.loose.borrow_mut().push(marker.clone());
                }
            }
            self.markers.borrow_mut().insert(mpp.slug.clone(), marker);
        }
        if let Some(cluster) = &self.cluster {
            cluster.add_layers(&clustered);
        }
    }

    fn marker_for(&self, mpp: &Mpp) -> Option<Marker> {
        let location = mpp.location.as_ref()?;
        let t = texts();
        let (class, html, size) = match mpp.status {
            MppStatus::New => (
                "mpp-marker mpp-marker-new",
                format!("<span class=\"pin-star\" aria-hidden=\"true\">★</span><span class=\"pin-label\">{}</span>", t.badge_new),
                (72, 44),
            ),
            MppStatus::Unconfirmed => ("mpp-marker mpp-marker-unconfirmed", "<span class=\"pin\">?</span>".to_owned(), (44, 44)),
            MppStatus::Confirmed => ("mpp-marker", "<span class=\"pin\"></span>".to_owned(), (44, 44)),
        };
        let icon = leaflet::div_icon(&options(&[
            ("className", class.into()),
            ("html", html.into()),
            ("iconSize", lat_lng(size.0 as f64, size.1 as f64).into()),
            // The pin is drawn small, but the target is 44 px for a thumb.
            ("iconAnchor", lat_lng(22.0, 22.0).into()),
        ]));
        let title = match mpp.status {
            MppStatus::New => format!("{} ({})", mpp.name, t.badge_new),
            MppStatus::Unconfirmed => format!("{} ({})", mpp.name, t.badge_unconfirmed),
            MppStatus::Confirmed => mpp.name.clone(),
        };
        let marker = leaflet::marker(
            &lat_lng(location.lat, location.lon),
            &options(&[
                ("icon", icon),
                ("title", title.as_str().into()),
                ("keyboard", true.into()),
                ("riseOnHover", true.into()),
            ]),
        );
        marker.bind_popup(&self.popup(mpp), &options(&[("maxWidth", 260.into())]));
        // A divIcon's name would come from its content ("Baru", "?"): name the
        // marker after its MPP each time Leaflet (or a cluster) adds it.
        let named = {
            let marker = marker.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |_| {
                if let Some(element) = marker.get_element() {
                    let _ = element.set_attribute("aria-label", &title);
                }
            })
        };
        marker.on("add", named.as_ref().unchecked_ref());
        self.marker_handlers.borrow_mut().push(named);
        if let Some(on_select) = self.on_select {
            let slug = mpp.slug.clone();
            let handler = Closure::<dyn FnMut(JsValue)>::new(move |_| on_select.run(slug.clone()));
            // "popupopen", not "click": Enter on a focused marker opens the popup too.
            marker.on("popupopen", handler.as_ref().unchecked_ref());
            self.marker_handlers.borrow_mut().push(handler);
        }
        Some(marker)
    }

    /// The popup, built as DOM nodes: feed text only ever becomes text.
    fn popup(&self, mpp: &Mpp) -> web_sys::HtmlElement {
        let t = texts();
        let document = web_sys::window()
            .and_then(|w| w.document())
            .expect("a document");
        let element = |tag: &str, class: &str, text: &str| {
            let e: web_sys::HtmlElement = document
                .create_element(tag)
                .expect("element")
                .unchecked_into();
            e.set_class_name(class);
            e.set_text_content(Some(text));
            e
        };
        let root = element("div", "popup", "");
        let _ = root.append_child(&element("strong", "popup-name", &mpp.name));
        let badge = match mpp.status {
            MppStatus::New => Some(element(
                "span",
                "badge badge-new",
                &format!("★ {}", t.badge_new),
            )),
            MppStatus::Unconfirmed => Some(element(
                "span",
                "badge badge-unconfirmed",
                &format!("? {}", t.badge_unconfirmed),
            )),
            MppStatus::Confirmed => None,
        };
        if let Some(badge) = badge {
            let _ = root.append_child(&element("span", "", " "));
            let _ = root.append_child(&badge);
        }
        let place = format!("{} · {}", mpp.regency.name, mpp.province.name);
        let _ = root.append_child(&element("p", "popup-place", &place));
        let link = element("a", "popup-link", t.see_details);
        let _ = link.set_attribute("href", &format!("{}/mpp/{}", self.base, mpp.slug));
        let _ = root.append_child(&link);
        root
    }

    /// Brings the MPP into view and opens its popup. A popup already open
    /// means the user chose the marker on the map: it is in view already.
    pub fn show(&self, slug: Option<&str>, animate: bool) {
        let markers = self.markers.borrow();
        let Some(marker) = slug.and_then(|s| markers.get(s)).cloned() else {
            return;
        };
        if marker.is_popup_open() {
            return;
        }
        let open = {
            let marker = marker.clone();
            Closure::once_into_js(move || {
                marker.open_popup();
            })
        };
        match &self.cluster {
            Some(cluster) if cluster.has_layer(&marker) => {
                cluster.zoom_to_show_layer(&marker, open.unchecked_ref());
            }
            _ => {
                let point = marker.get_lat_lng();
                let center = lat_lng(point.lat(), point.lng());
                let zoom = self.map.get_zoom().max(match self.mode {
                    MapMode::Single => DETAIL_ZOOM,
                    MapMode::Overview => SELECTED_ZOOM,
                });
                if animate {
                    self.map
                        .fly_to(&center, zoom, &options(&[("duration", 0.6.into())]));
                } else {
                    self.map.set_view(&center, zoom);
                }
                let _ = open.unchecked_ref::<Function>().call0(&JsValue::NULL);
            }
        }
    }

    pub fn remove(self) {
        self.map.remove();
    }
}

/// A cluster: its count, and a name a screen reader can say.
fn cluster_icon(cluster: leaflet::Cluster) -> JsValue {
    let count = cluster.child_count();
    // Never under 44 px: a cluster is a touch target too.
    let size = if count < 50 { 44 } else { 52 };
    leaflet::div_icon(&options(&[
        ("className", "mpp-cluster".into()),
        (
            "html",
            format!(
                "<span>{count}<span class=\"visually-hidden\"> {}</span></span>",
                texts().cluster_suffix
            )
            .into(),
        ),
        ("iconSize", lat_lng(size as f64, size as f64).into()),
    ]))
}
