//! The Leaflet objects of one map: the map, a marker per located MPP, and
//! the few closures Leaflet calls back (kept alive here, dropped with the map).

use std::cell::RefCell;
use std::sync::Arc;

use js_sys::{Array, Function};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::basemap;
use super::leaflet::{self, lat_lng, options, ClusterGroup, Layer, Map, Marker};
use super::MapMode;
use crate::i18n::{texts, texts_for, Language, Texts};
use domain::{geo::LatLon, url_state::MapView, Lang, Mpp, MppStatus};

/// Indonesia, south-west and north-east corners.
const INDONESIA: [[f64; 2]; 2] = [[-11.0, 95.0], [6.0, 141.0]];
/// Close enough to see the town around a regency seat (detail page).
const DETAIL_ZOOM: f64 = 10.0;
/// Close enough to tell a selected MPP from its neighbours (overview).
const SELECTED_ZOOM: f64 = 8.0;
/// Fitting a search result never zooms closer than this (one MPP would
/// otherwise fill the screen with a regency seat's streets).
const RESULT_MAX_ZOOM: f64 = 9.0;
/// The Leaflet option in which a marker carries its MPP's index (into the
/// list given to `set_mpps`): the handlers all markers share read it.
const INDEX_OPTION: &str = "mppIndex";
/// Set on the newest batch's markers, for the cluster that holds one.
const NEW_OPTION: &str = "mppNew";

/// A Leaflet event handler, kept alive as long as its map.
pub(super) type Handler = Closure<dyn FnMut(JsValue)>;

/// What `MapLayers::clear_and_frame` leaves for `add_framed` to put on.
pub struct Cleared {
    /// The result's MPPs that have a marker.
    shown: Vec<usize>,
    /// The MPP whose popup was open: it opens again (see `open_popup`).
    open_popup: Option<String>,
}

pub struct MapLayers {
    map: Map,
    mode: MapMode,
    cluster: Option<ClusterGroup>,
    /// Everything that changes once the map exists, in one cell: each
    /// method borrows it once, and never while Leaflet could call back
    /// into it (the handlers Leaflet calls hold what they need themselves).
    state: RefCell<MarkerState>,
    on_select: Option<Callback<String>>,
    words: Words,
    base: String,
    new_tab_links: bool,
}

#[derive(Default)]
struct MarkerState {
    /// The MPPs given to `set_mpps`, shared with the page, never copied.
    mpps: Arc<[Mpp]>,
    /// `markers[i]` is the marker of `mpps[i]` (`None` without a point),
    /// made once per list.
    markers: Vec<Option<Marker>>,
    /// Indices of the MPPs whose markers are on the map now.
    shown: Vec<usize>,
    /// Markers on the map outside the cluster group (the new ones, or all
    /// of them on a map without clusters).
    loose: Vec<Marker>,
    /// The user's own point.
    user: Option<Layer>,
    /// What Leaflet calls for `mpps`' markers, shared by all of them.
    marker_handlers: Option<MarkerHandlers>,
    /// What the basemap's tiles call (see `add_basemap`).
    basemap_handlers: Vec<Handler>,
}

/// Three closures for all the markers, not three per marker: each finds
/// its MPP by the marker's `INDEX_OPTION`.
struct MarkerHandlers {
    /// Builds a popup's content when it opens (no popup exists before).
    popup: Closure<dyn Fn(JsValue) -> JsValue>,
    /// Names the marker after its MPP each time Leaflet (or a cluster) adds it.
    name: Handler,
    /// Reports the chosen MPP to `on_select`.
    select: Option<Handler>,
}

/// The page's language when Leaflet calls back (a popup opens, a cluster
/// is drawn): read then, so a popup speaks the language chosen since.
#[derive(Clone, Copy)]
struct Words(Option<Signal<Lang>>);

impl Words {
    /// Asked while the map's component owns the running code: a Leaflet
    /// callback runs outside any owner, where no context can be found.
    fn of_page() -> Self {
        Self(use_context::<Language>().map(|Language(lang)| lang))
    }

    fn now(self) -> &'static Texts {
        match self.0.and_then(|lang| lang.try_get_untracked()) {
            Some(lang) => texts_for(lang),
            None => texts(),
        }
    }
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
                // The tiles' own: markercluster needs it before they are added.
                ("maxZoom", 19.into()),
                ("worldCopyJump", true.into()),
                ("zoomSnap", 0.5.into()),
            ]),
        );
        map.fit_bounds(&indonesia());
        let words = Words::of_page();
        let cluster = mode.cluster_radius().map(|radius| {
            // Only where new markers join clusters is there a star to look for.
            let new_inside = !mode.keeps_new_apart();
            let icon = Closure::<dyn Fn(leaflet::Cluster) -> JsValue>::new(move |cluster| {
                cluster_icon(cluster, words.now(), new_inside)
            })
            .into_js_value();
            let group = leaflet::marker_cluster_group(&options(&[
                ("iconCreateFunction", icon),
                ("showCoverageOnHover", false.into()),
                ("maxClusterRadius", radius.into()),
            ]));
            group.add_to(&map);
            group
        });
        Self {
            map,
            mode,
            cluster,
            state: RefCell::default(),
            on_select,
            words,
            base,
            new_tab_links,
        }
    }

    /// The tiles, and the bundled shapes beneath them should a tile fail:
    /// added last, in a task of their own (see `MppMap`).
    pub fn add_basemap(&self) {
        let handlers = basemap::add(&self.map);
        self.state.borrow_mut().basemap_handlers = handlers;
    }

    pub fn invalidate_size(&self) {
        self.map.invalidate_size();
    }

    /// Makes one marker per MPP that has a point (replacing any before)
    /// and shows those at `shown` (see `show_only`). Popups are not made
    /// here: each is built when it opens, so a country's worth of markers
    /// costs no popup DOM.
    pub fn set_mpps(&self, mpps: Arc<[Mpp]>, shown: Option<&[usize]>) {
        let open = self.open_popup();
        // Off the map before their handlers go (Leaflet must never call a
        // dropped closure).
        let _ = self.show_only(Some(&[]));
        let handlers = self.marker_handlers(&mpps);
        let t = self.words.now();
        let popup_options = options(&[("maxWidth", 260.into())]);
        let markers = mpps
            .iter()
            .enumerate()
            .map(|(index, mpp)| {
                let marker = marker_for(index, mpp, t)?;
                marker.bind_popup(handlers.popup.as_ref().unchecked_ref(), &popup_options);
                marker.on("add", handlers.name.as_ref().unchecked_ref());
                if let Some(select) = &handlers.select {
                    // "popupopen", not "click": Enter on a focused marker opens the popup too.
                    marker.on("popupopen", select.as_ref().unchecked_ref());
                }
                Some(marker)
            })
            .collect();
        {
            let mut state = self.state.borrow_mut();
            state.mpps = mpps;
            state.markers = markers;
            state.marker_handlers = Some(handlers);
        }
        let _ = self.show_only(shown);
        self.show(open.as_deref(), false);
    }

    /// The slug of the MPP whose popup is open. Taking a marker off the
    /// map closes its popup; what replaces or re-adds markers (the feed
    /// arriving, a search result, a language) opens it again, or the
    /// MPP a citizen just asked for would vanish from the map.
    fn open_popup(&self) -> Option<String> {
        let state = self.state.borrow();
        let index = state.shown.iter().copied().find(
            |&i| matches!(state.markers.get(i), Some(Some(marker)) if marker.is_popup_open()),
        )?;
        state.mpps.get(index).map(|mpp| mpp.slug.clone())
    }

    /// The closures all markers of `mpps` share. Each holds what it needs
    /// (never `state`), so Leaflet may call them at any time.
    fn marker_handlers(&self, mpps: &Arc<[Mpp]>) -> MarkerHandlers {
        let popup = {
            let (mpps, words, base, new_tab) = (
                mpps.clone(),
                self.words,
                self.base.clone(),
                self.new_tab_links,
            );
            Closure::<dyn Fn(JsValue) -> JsValue>::new(move |marker: JsValue| {
                mpp_of(&mpps, &marker)
                    .and_then(|mpp| popup_content(mpp, words.now(), &base, new_tab))
                    .map_or_else(|| JsValue::from_str(""), JsValue::from)
            })
        };
        // A divIcon's name would come from its content ("Baru", "?"): name
        // the marker after its MPP (its title) each time it is added.
        let name = Closure::<dyn FnMut(JsValue)>::new(|event: JsValue| {
            let marker = leaflet::event_target(&event);
            let title = leaflet::layer_option(&marker, "title").as_string();
            let element = marker.unchecked_into::<Marker>().get_element();
            if let (Some(title), Some(element)) = (title, element) {
                let _ = element.set_attribute("aria-label", &title);
            }
        });
        let select = self.on_select.map(|on_select| {
            let mpps = mpps.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
                if let Some(mpp) = mpp_of(&mpps, &leaflet::event_target(&event)) {
                    on_select.run(mpp.slug.clone());
                }
            })
        });
        MarkerHandlers {
            popup,
            name,
            select,
        }
    }

    /// Shows the markers of the MPPs at `indices` (into the list given to
    /// `set_mpps`), or all of them. Markers are reused, not rebuilt: a
    /// search result only moves existing markers in and out. False when
    /// those markers were shown already (nothing changed).
    pub fn show_only(&self, indices: Option<&[usize]>) -> bool {
        let shown = self.located(indices);
        // The same markers: nothing to cluster again (a result the map
        // was made with, arriving again once typing paused).
        if self.state.borrow().shown == shown {
            return false;
        }
        let open = self.open_popup();
        self.add_only(shown);
        self.show(open.as_deref(), false);
        true
    }

    /// A search result's first half, when its markers are not the ones
    /// shown: takes every marker off, then frames the result. `add_framed`
    /// adds its markers in a later task, clustered once, for the view they
    /// are seen at. Added first and framed after (animated), a result's
    /// markers were clustered for the view being left, then again for the
    /// new one; framed and added in one task, that task took 200–450 ms at
    /// 4× CPU, and a key pressed meanwhile waited for it.
    pub fn clear_and_frame(&self, indices: &[usize]) -> Option<Cleared> {
        let shown = self.located(Some(indices));
        if self.state.borrow().shown == shown {
            return None;
        }
        let cleared = Cleared {
            shown,
            open_popup: self.open_popup(),
        };
        self.add_only(Vec::new());
        let mpps = self.state.borrow().mpps.clone();
        self.frame(&mpps, indices);
        Some(cleared)
    }

    /// A search result's second half (see `clear_and_frame`).
    pub fn add_framed(&self, cleared: Cleared) {
        self.add_only(cleared.shown);
        self.show(cleared.open_popup.as_deref(), false);
    }

    /// Those of `indices` (or of all MPPs) that have a marker.
    fn located(&self, indices: Option<&[usize]>) -> Vec<usize> {
        let state = self.state.borrow();
        let located = |i: &usize| state.markers.get(*i).is_some_and(Option::is_some);
        match indices {
            Some(indices) => indices.iter().copied().filter(located).collect(),
            None => (0..state.markers.len()).filter(located).collect(),
        }
    }

    /// Puts the markers at `shown` on the map, and no others.
    fn add_only(&self, shown: Vec<usize>) {
        let mut state = self.state.borrow_mut();
        let state = &mut *state;
        for marker in state.loose.drain(..) {
            marker.remove_layer();
        }
        if let Some(cluster) = &self.cluster {
            cluster.clear_layers();
        }
        state.shown = shown;
        let clustered = Array::new();
        for &i in &state.shown {
            let (Some(Some(marker)), Some(mpp)) = (state.markers.get(i), state.mpps.get(i)) else {
                continue;
            };
            // Over the country the newest batch stays out of clusters, so it
            // shows at every zoom.
            match (&self.cluster, mpp.is_new() && self.mode.keeps_new_apart()) {
                (Some(_), false) => {
                    clustered.push(marker);
                }
                _ => {
                    marker.add_to(&self.map);
                    state.loose.push(marker.clone());
                }
            }
        }
        if let Some(cluster) = &self.cluster {
            cluster.add_layers(&clustered);
        }
    }

    /// Frames the points of the MPPs at `indices`, if any have one, at once
    /// (no animation): before their markers are added (a map opening on a
    /// region, a search result).
    pub fn frame(&self, mpps: &[Mpp], indices: &[usize]) {
        let points = Array::new();
        for location in indices
            .iter()
            .filter_map(|&i| mpps.get(i)?.location.as_ref())
        {
            points.push(&lat_lng(location.lat, location.lon));
        }
        if points.length() == 0 {
            return;
        }
        self.map.fit_bounds_with(
            &points,
            &options(&[
                ("maxZoom", RESULT_MAX_ZOOM.into()),
                ("padding", lat_lng(24.0, 24.0).into()),
                ("animate", false.into()),
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

    /// The user's point says "your location" in the page's language now.
    pub fn relabel_user_position(&self) {
        if let Some(layer) = &self.state.borrow().user {
            layer.set_tooltip_content(self.words.now().your_location);
        }
    }

    /// Draws (or removes) the user's own point, and brings it into view.
    pub fn set_user_position(&self, position: Option<LatLon>) {
        let layer = position.map(|p| {
            let layer = leaflet::circle_marker(
                &lat_lng(p.lat, p.lon),
                &options(&[
                    ("radius", 9.into()),
                    ("className", "user-position".into()),
                    ("weight", 3.into()),
                    ("fillOpacity", 0.9.into()),
                    ("interactive", false.into()),
                ]),
            );
            layer.bind_tooltip(
                self.words.now().your_location,
                &options(&[("permanent", true.into()), ("direction", "top".into())]),
            );
            layer
        });
        let old = std::mem::replace(&mut self.state.borrow_mut().user, layer.clone());
        if let Some(old) = old {
            old.remove_layer();
        }
        if let (Some(layer), Some(p)) = (layer, position) {
            layer.add_to(&self.map);
            self.map.set_view(
                &lat_lng(p.lat, p.lon),
                self.map.get_zoom().max(SELECTED_ZOOM),
            );
        }
    }

    /// Brings the MPP into view and opens its popup. A popup already open
    /// means the user chose the marker on the map: it is in view already.
    pub fn show(&self, slug: Option<&str>, animate: bool) {
        let marker = {
            let state = self.state.borrow();
            let Some(index) = slug.and_then(|s| state.mpps.iter().position(|m| m.slug == s)) else {
                return;
            };
            // Filtered out of the map: nothing to open.
            if !state.shown.contains(&index) {
                return;
            }
            match state.markers.get(index) {
                Some(Some(marker)) => marker.clone(),
                _ => return,
            }
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
                let show = {
                    let cluster = cluster.clone();
                    move || cluster.zoom_to_show_layer(&marker, open.unchecked_ref())
                };
                // While the clusters are still moving to a new zoom (the
                // map has just framed a result or a region), markercluster
                // would spiderfy a cluster the animation then replaces, and
                // the popup would never open: asked again once it ends.
                if cluster
                    .in_zoom_animation()
                    .is_some_and(|running| running > 0.0)
                {
                    cluster.once("animationend", Closure::once_into_js(show).unchecked_ref());
                } else {
                    show();
                }
            }
            _ => {
                let point = marker.get_lat_lng();
                let center = lat_lng(point.lat(), point.lng());
                let zoom = self.map.get_zoom().max(match self.mode {
                    MapMode::Single => DETAIL_ZOOM,
                    MapMode::Overview | MapMode::Region => SELECTED_ZOOM,
                });
                if animate && !prefers_reduced_motion() {
                    self.map
                        .fly_to(&center, zoom, &options(&[("duration", 0.6.into())]));
                } else {
                    self.map.set_view(&center, zoom);
                }
                // On its own detail page the popup would only repeat the
                // page, and cover most of a small map.
                if self.mode != MapMode::Single {
                    let _ = open.unchecked_ref::<Function>().call0(&JsValue::NULL);
                }
            }
        }
    }

    pub fn remove(self) {
        self.map.remove();
    }
}

/// Indonesia's corners, as Leaflet's bounds.
fn indonesia() -> Array {
    Array::of2(
        &lat_lng(INDONESIA[0][0], INDONESIA[0][1]),
        &lat_lng(INDONESIA[1][0], INDONESIA[1][1]),
    )
}

/// The MPP a marker (an event's target, a popup's source) was made for.
fn mpp_of<'a>(mpps: &'a [Mpp], marker: &JsValue) -> Option<&'a Mpp> {
    let index = leaflet::layer_option(marker, INDEX_OPTION).as_f64()?;
    mpps.get(index as usize)
}

/// The marker of the MPP at `index` of the map's list, if it has a point.
fn marker_for(index: usize, mpp: &Mpp, t: &Texts) -> Option<Marker> {
    let location = mpp.location.as_ref()?;
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
    Some(leaflet::marker(
        &lat_lng(location.lat, location.lon),
        &options(&[
            ("icon", icon),
            ("title", title.as_str().into()),
            ("keyboard", true.into()),
            ("riseOnHover", true.into()),
            (INDEX_OPTION, (index as f64).into()),
            (NEW_OPTION, (mpp.status == MppStatus::New).into()),
        ]),
    ))
}

/// A popup's content, built as DOM nodes when it opens: feed text only
/// ever becomes text. `base` is the app's path; inside another site's
/// frame (`new_tab`) the detail link opens a new tab.
fn popup_content(mpp: &Mpp, t: &Texts, base: &str, new_tab: bool) -> Option<web_sys::HtmlElement> {
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
    let _ = link.set_attribute("href", &format!("{base}/mpp/{}", mpp.slug));
    if new_tab {
        let _ = link.set_attribute("target", "_blank");
        let _ = link.set_attribute("rel", "noopener");
    }
    let _ = root.append_child(&link);
    Some(root)
}

/// A cluster: its count, and a name a screen reader can say; with
/// `new_inside` (the newest batch is clustered too), the star if it holds one.
fn cluster_icon(cluster: leaflet::Cluster, t: &Texts, new_inside: bool) -> JsValue {
    let count = cluster.child_count();
    // Never under 44 px: a cluster is a touch target too.
    let size = if count < 50 { 44 } else { 52 };
    let holds_new = new_inside
        && cluster
            .all_child_markers()
            .iter()
            .any(|marker| leaflet::layer_option(&marker, NEW_OPTION).is_truthy());
    let (class, star, new) = if holds_new {
        let new = format!(", {}", t.cluster_holds_new);
        (
            "mpp-cluster mpp-cluster-new",
            "<span aria-hidden=\"true\">★</span>",
            new,
        )
    } else {
        ("mpp-cluster", "", String::new())
    };
    leaflet::div_icon(&options(&[
        ("className", class.into()),
        (
            "html",
            format!(
                "<span>{star}{count}<span class=\"visually-hidden\"> {}{new}</span></span>",
                t.cluster_suffix
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
