//! The Leaflet objects of one map: the map, its markers by slug, and the
//! closures Leaflet calls back (kept alive here, dropped with the map).

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Function};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::basemap;
use super::leaflet::{self, lat_lng, options, ClusterGroup, Layer, Map, Marker};
use super::MapMode;
use crate::i18n::texts;
use domain::{geo::LatLon, url_state::MapView, Mpp, MppStatus};

/// Indonesia, south-west and north-east corners.
const INDONESIA: [[f64; 2]; 2] = [[-11.0, 95.0], [6.0, 141.0]];
/// Close enough to see the town around a regency seat (detail page).
const DETAIL_ZOOM: f64 = 10.0;
/// Close enough to tell a selected MPP from its neighbours (overview).
const SELECTED_ZOOM: f64 = 8.0;
/// Fitting a search result never zooms closer than this (one MPP would
/// otherwise fill the screen with a regency seat's streets).
const RESULT_MAX_ZOOM: f64 = 9.0;

/// A Leaflet event handler, kept alive as long as its map.
pub(super) type Handler = Closure<dyn FnMut(JsValue)>;

pub struct MapLayers {
    map: Map,
    mode: MapMode,
    cluster: Option<ClusterGroup>,
    /// One marker per located MPP of the feed, by slug, made once.
    markers: RefCell<HashMap<String, Marker>>,
    /// The feed's MPPs in order: `(slug, is new)`, `None` without a point.
    order: RefCell<Vec<Option<(String, bool)>>>,
    /// Markers on the map outside the cluster group (the new ones).
    loose: RefCell<Vec<Marker>>,
    /// Slugs whose markers are on the map now.
    shown: RefCell<std::collections::HashSet<String>>,
    user: RefCell<Option<Layer>>,
    on_select: Option<Callback<String>>,
    base: String,
    new_tab_links: bool,
    _handlers: Vec<Handler>,
    marker_handlers: RefCell<Vec<Handler>>,
}

impl MapLayers {
    pub fn new(
        element: &web_sys::HtmlElement,
        mode: MapMode,
        on_select: Option<Callback<String>>,
        base: String,
        new_tab_links: bool,
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
            order: RefCell::default(),
            loose: RefCell::default(),
            shown: RefCell::default(),
            user: RefCell::default(),
            on_select,
            base,
            new_tab_links,
            _handlers: handlers,
            marker_handlers: RefCell::default(),
        }
    }

    pub fn invalidate_size(&self) {
        self.map.invalidate_size();
    }

    /// Makes one marker per MPP that has a point (replacing any before)
    /// and shows them all.
    pub fn set_mpps(&self, mpps: &[Mpp]) {
        self.marker_handlers.borrow_mut().clear();
        let mut markers = HashMap::new();
        let order = mpps
            .iter()
            .map(|mpp| {
                let marker = self.marker_for(mpp)?;
                markers.insert(mpp.slug.clone(), marker);
                Some((mpp.slug.clone(), mpp.is_new()))
            })
            .collect();
        *self.markers.borrow_mut() = markers;
        *self.order.borrow_mut() = order;
        self.show_only(None);
    }

    /// Shows the markers of the MPPs at `indices` (into the list given to
    /// `set_mpps`), or all of them. Markers are reused, not rebuilt: a
    /// keystroke in the search only moves existing markers in and out.
    pub fn show_only(&self, indices: Option<&[usize]>) {
        for marker in self.loose.borrow_mut().drain(..) {
            marker.remove_layer();
        }
        if let Some(cluster) = &self.cluster {
            cluster.clear_layers();
        }
        let order = self.order.borrow();
        let markers = self.markers.borrow();
        let mut shown = self.shown.borrow_mut();
        shown.clear();
        let clustered = Array::new();
        let all: Vec<usize>;
        let indices = match indices {
            Some(i) => i,
            None => {
                all = (0..order.len()).collect();
                &all
            }
        };
        for &i in indices {
            let Some(Some((slug, is_new))) = order.get(i) else {
                continue;
            };
            let Some(marker) = markers.get(slug) else {
                continue;
            };
            // The newest batch stays out of clusters so it shows at every zoom.
            match (&self.cluster, is_new) {
                (Some(_), false) => {
                    clustered.push(marker);
                }
                _ => {
                    marker.add_to(&self.map);
                    self.loose.borrow_mut().push(marker.clone());
                }
            }
            shown.insert(slug.clone());
        }
        if let Some(cluster) = &self.cluster {
            cluster.add_layers(&clustered);
        }
    }

    /// Frames the markers on the map now (a search result), if any.
    pub fn fit_shown(&self) {
        let markers = self.markers.borrow();
        let points = Array::new();
        for slug in self.shown.borrow().iter() {
            if let Some(marker) = markers.get(slug) {
                let p = marker.get_lat_lng();
                points.push(&lat_lng(p.lat(), p.lng()));
            }
        }
        if points.length() == 0 {
            return;
        }
        self.map.fit_bounds_with(
            &points,
            &options(&[
                ("maxZoom", RESULT_MAX_ZOOM.into()),
                ("padding", lat_lng(24.0, 24.0).into()),
            ]),
        );
    }

    pub fn set_view(&self, view: MapView) {
        self.map.set_view(&lat_lng(view.lat, view.lon), view.zoom);
    }

    /// Calls `on_change` with the view after every move or zoom.
    pub fn on_view_change(&self, on_change: Callback<MapView>) -> Handler {
        let map = self.map.clone();
        let handler = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            let center = map.get_center();
            on_change.run(MapView {
                lat: center.lat(),
                lon: center.lng(),
                zoom: map.get_zoom(),
            });
        });
        self.map.on_map("moveend", handler.as_ref().unchecked_ref());
        handler
    }

    /// Draws (or removes) the user's own point, and brings it into view.
    pub fn set_user_position(&self, position: Option<LatLon>) {
        if let Some(old) = self.user.borrow_mut().take() {
            old.remove_layer();
        }
        let Some(p) = position else { return };
        let point = lat_lng(p.lat, p.lon);
        let layer = leaflet::circle_marker(
            &point,
            &options(&[
                ("radius", 9.into()),
                ("className", "user-position".into()),
                ("weight", 3.into()),
                ("fillOpacity", 0.9.into()),
                ("interactive", false.into()),
            ]),
        );
        layer.bind_tooltip(
            texts().your_location,
            &options(&[("permanent", true.into()), ("direction", "top".into())]),
        );
        layer.add_to(&self.map);
        *self.user.borrow_mut() = Some(layer);
        self.map
            .set_view(&point, self.map.get_zoom().max(SELECTED_ZOOM));
    }

    fn marker_for(&self, mpp: &Mpp) -> Option<Marker> {
        let location = mpp.location.as_ref()?;
        let t = texts();
        let (class, html, size) = match mpp.status {
            MppStatus::New => (
                "mpp-marker mpp-marker-new",
                // The star is drawn by CSS, not a glyph: the visible text is
                // the label alone, which the marker's name contains (WCAG 2.5.3).
                format!("<span class=\"pin-star\" aria-hidden=\"true\"></span><span class=\"pin-label\">{}</span>", t.badge_new),
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
        if let Some(popup) = self.popup(mpp) {
            marker.bind_popup(&popup, &options(&[("maxWidth", 260.into())]));
        }
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
    fn popup(&self, mpp: &Mpp) -> Option<web_sys::HtmlElement> {
        let t = texts();
        let document = crate::browser::window()?.document()?;
        let element = |tag: &str, class: &str, text: &str| -> Option<web_sys::HtmlElement> {
            let e: web_sys::HtmlElement = document.create_element(tag).ok()?.unchecked_into();
            e.set_class_name(class);
            e.set_text_content(Some(text));
            Some(e)
        };
        let root = element("div", "popup", "")?;
        let name = element("strong", "popup-name", &mpp.name)?;
        let _ = root.append_child(&name);
        let badge = match mpp.status {
            MppStatus::New => element("span", "badge badge-new", &format!("★ {}", t.badge_new)),
            MppStatus::Unconfirmed => element(
                "span",
                "badge badge-unconfirmed",
                &format!("? {}", t.badge_unconfirmed),
            ),
            MppStatus::Confirmed => None,
        };
        if let Some(badge) = badge {
            let space = element("span", "", " ")?;
            let _ = root.append_child(&space);
            let _ = root.append_child(&badge);
        }
        let place = format!("{} · {}", mpp.regency.name, mpp.province.name);
        let place = element("p", "popup-place", &place)?;
        let _ = root.append_child(&place);
        // The building's own point (its owner's) is said; a seat is not
        // claimed as anything here (the MPP's page says what it is).
        if mpp
            .location
            .as_ref()
            .is_some_and(|l| !l.point.is_approximate())
        {
            let building = element("p", "popup-building", t.point_is_building())?;
            let _ = root.append_child(&building);
        }
        let link = element("a", "popup-link", t.see_details)?;
        let _ = link.set_attribute("href", &format!("{}/mpp/{}", self.base, mpp.slug));
        // Inside another site's frame, a detail page opens in a new tab.
        if self.new_tab_links {
            let _ = link.set_attribute("target", "_blank");
            let _ = link.set_attribute("rel", "noopener");
        }
        let _ = root.append_child(&link);
        Some(root)
    }

    /// Brings the MPP into view and opens its popup. A popup already open
    /// means the user chose the marker on the map: it is in view already.
    pub fn show(&self, slug: Option<&str>, animate: bool) {
        let markers = self.markers.borrow();
        let Some(marker) = slug.and_then(|s| markers.get(s)).cloned() else {
            return;
        };
        // Filtered out of the map: nothing to open.
        if !slug.is_some_and(|s| self.shown.borrow().contains(s)) {
            return;
        }
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
                if animate && !prefers_reduced_motion() {
                    self.map
                        .fly_to(&center, zoom, &options(&[("duration", 0.6.into())]));
                } else {
                    self.map.set_view(&center, zoom);
                }
                // On its own detail page the popup would only repeat the
                // page, and cover most of a small map.
                if self.mode == MapMode::Overview {
                    let _ = open.unchecked_ref::<Function>().call0(&JsValue::NULL);
                }
            }
        }
    }

    /// Closes the popup open on the map, if any: before its marker is made
    /// again (a language switch), which would leave it open and orphaned.
    pub fn close_popup(&self) {
        self.map.close_popup();
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

/// The user asked their system for less motion: jump, never fly.
fn prefers_reduced_motion() -> bool {
    crate::browser::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}
