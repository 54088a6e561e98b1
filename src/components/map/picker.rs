//! A map to place one point: tap where the building is, or drag its
//! marker. The regency's seat is drawn as such (a grey circle, never a
//! pin), so nobody mistakes it for the building. Keyboard users type the
//! numbers beside it (the editor's latitude and longitude fields).

use js_sys::Reflect;
use leptos::{html::Div, prelude::*, task::spawn_local_scoped_with_cancellation};
use wasm_bindgen::{closure::Closure, prelude::*, JsCast};

use super::leaflet::{self, lat_lng, options, LatLng, Map, Marker};
use super::{basemap, loader};
use crate::i18n::{texts, tr};
use domain::geo::LatLon;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(method, js_name = setLatLng)]
    fn set_lat_lng(this: &Marker, lat_lng: &js_sys::Array) -> Marker;
}

/// Close enough to tell one building from the next.
const BUILDING_ZOOM: f64 = 17.0;
/// The town around the seat.
const SEAT_ZOOM: f64 = 14.0;

type Handler = Closure<dyn FnMut(JsValue)>;

/// The Leaflet objects of the picker, kept while it is shown.
struct Picker {
    map: Map,
    marker: Option<Marker>,
    _handlers: Vec<Handler>,
}

#[component]
pub fn PlacePicker(
    /// The regency's seat: where the map opens, drawn as the seat.
    seat: Option<LatLon>,
    /// The building's point as it stands in the form.
    #[prop(into)]
    point: Signal<Option<LatLon>>,
    /// A tap on the map, or the marker dropped after a drag.
    on_place: Callback<LatLon>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let picker = StoredValue::new_local(None::<Picker>);
    let failed = RwSignal::new(false);
    let owner = Owner::current();
    Effect::new(move |_| {
        let (Some(element), Some(owner)) = (node.get(), owner.as_ref()) else {
            return;
        };
        owner.with(|| {
            spawn_local_scoped_with_cancellation(async move {
                if loader::load_leaflet().await.is_err() {
                    failed.set(true);
                    return;
                }
                let map = leaflet::new_map(&element, &options(&[("minZoom", 3.into())]));
                let (centre, zoom) = match (point.get_untracked(), seat) {
                    (Some(p), _) => (p, BUILDING_ZOOM),
                    (None, Some(s)) => (s, SEAT_ZOOM),
                    (None, None) => (
                        LatLon {
                            lat: -2.5,
                            lon: 118.0,
                        },
                        5.0,
                    ),
                };
                map.set_view(&lat_lng(centre.lat, centre.lon), zoom);
                let mut handlers = basemap::add(&map);
                if let Some(s) = seat {
                    let circle = leaflet::circle_marker(
                        &lat_lng(s.lat, s.lon),
                        &options(&[
                            ("radius", 10.into()),
                            ("color", "#4a5752".into()),
                            ("weight", 2.into()),
                            ("fillColor", "#d5ddd9".into()),
                            ("fillOpacity", 0.8.into()),
                        ]),
                    );
                    circle.bind_tooltip(texts().seat_label(), &options(&[]));
                    circle.add_to(&map);
                }
                let on_click = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
                    if let Some(p) = event_point(&e) {
                        on_place.run(p);
                    }
                });
                map.on_map("click", on_click.as_ref().unchecked_ref());
                handlers.push(on_click);
                picker.set_value(Some(Picker {
                    map,
                    marker: None,
                    _handlers: handlers,
                }));
                show_point(picker, point.get_untracked(), on_place);
            })
        });
    });
    Effect::watch(
        move || point.get(),
        move |p, _, _| show_point(picker, *p, on_place),
        false,
    );
    on_cleanup(move || {
        picker.update_value(|p| {
            if let Some(p) = p.take() {
                p.map.remove();
            }
        })
    });
    view! {
        <div class="map-frame picker-frame">
            <div node_ref=node class="map picker-map" role="region" aria-label=tr(|t| t.editor_map_label())></div>
            {move || failed.get().then(|| view! { <p class="notice notice-warning map-failed">{tr(|t| t.map_failed)}</p> })}
        </div>
    }
}

/// `e.latlng` of a Leaflet mouse event.
fn event_point(e: &JsValue) -> Option<LatLon> {
    let at: LatLng = Reflect::get(e, &"latlng".into()).ok()?.unchecked_into();
    Some(LatLon {
        lat: at.lat(),
        lon: at.lng(),
    })
}

/// Puts the building's marker at `point` (making it the first time);
/// keeps the map where it is once the person has moved it.
fn show_point(
    picker: StoredValue<Option<Picker>, LocalStorage>,
    point: Option<LatLon>,
    on_place: Callback<LatLon>,
) {
    picker.update_value(|p| {
        let Some(p) = p else { return };
        match (point, &p.marker) {
            (Some(at), Some(marker)) => {
                marker.set_lat_lng(&lat_lng(at.lat, at.lon));
            }
            (Some(at), None) => {
                let marker = building_marker(at);
                let dropped = {
                    let marker = marker.clone();
                    Closure::<dyn FnMut(JsValue)>::new(move |_| {
                        let at = marker.get_lat_lng();
                        on_place.run(LatLon {
                            lat: at.lat(),
                            lon: at.lng(),
                        });
                    })
                };
                marker.on("dragend", dropped.as_ref().unchecked_ref());
                marker.add_to(&p.map);
                if let Some(element) = marker.get_element() {
                    let _ = element.set_attribute("aria-label", texts().building_marker());
                }
                p._handlers.push(dropped);
                p.marker = Some(marker);
            }
            (None, Some(marker)) => {
                marker.remove_layer();
                p.marker = None;
            }
            (None, None) => {}
        }
    });
}

fn building_marker(at: LatLon) -> Marker {
    let icon = leaflet::div_icon(&options(&[
        ("className", "mpp-marker building-marker".into()),
        ("html", "<span class=\"pin\"></span>".into()),
        ("iconSize", lat_lng(44.0, 44.0).into()),
        ("iconAnchor", lat_lng(22.0, 22.0).into()),
    ]));
    leaflet::marker(
        &lat_lng(at.lat, at.lon),
        &options(&[
            ("icon", icon),
            ("draggable", true.into()),
            ("keyboard", true.into()),
            ("title", texts().building_marker().into()),
        ]),
    )
}
