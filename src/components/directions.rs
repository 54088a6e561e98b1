use leptos::prelude::*;

use crate::i18n::{texts, tr};
use domain::{text::percent_encode, Mpp};

/// Directions from where the user is, in OpenStreetMap and Google Maps.
/// Where the point is only a regency seat, Google Maps gets the address
/// (or the MPP's name) instead, and the page says so.
#[component]
pub fn Directions(mpp: Mpp, #[prop(into)] address: Signal<Option<String>>) -> impl IntoView {
    let location = mpp.location.clone()?;
    let (lat, lon) = (location.lat, location.lon);
    // OSM's router asks for the start when it is left empty.
    let osm = format!(
        "https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}#map=14/{lat}/{lon}"
    );
    let approximate = location.point.is_approximate();
    let name = format!("{}, {}, {}", mpp.name, mpp.regency.name, mpp.province.name);
    let google = move || {
        let destination = match (approximate, address.get()) {
            (false, _) => format!("{lat},{lon}"),
            (true, Some(address)) => format!("{}, {address}, {}", mpp.name, mpp.regency.name),
            (true, None) => name.clone(),
        };
        format!(
            "https://www.google.com/maps/dir/?api=1&destination={}",
            percent_encode(&destination)
        )
    };
    let note = move || {
        approximate.then(|| {
            let text = if address.read().is_some() {
                texts().detail().directions_seat_address
            } else {
                texts().detail().directions_seat_name
            };
            view! { <p class="meta caveat">{text}</p> }
        })
    };
    Some(view! {
        <section class="directions" aria-labelledby="directions-heading">
            <h2 id="directions-heading">{tr(|t| t.directions)}</h2>
            <p class="button-row">
                <a class="button" href=osm rel="noopener noreferrer" target="_blank">"OpenStreetMap"</a>
                <a class="button" href=google rel="noopener noreferrer" target="_blank">"Google Maps"</a>
            </p>
            {note}
        </section>
    })
}
