//! Where the building is: tapped or dragged on the map, or typed as
//! latitude and longitude (the keyboard's way), and what the point marks.

use leptos::{ev, prelude::*};

use super::fields::{at, CheckedOn, Kind, TextField};
use super::use_editor;
use crate::components::map::PlacePicker;
use crate::i18n::{texts, tr, EditorPart};
use domain::geo::LatLon;
use domain::publisher::Marks;

#[component]
pub fn LocationPart() -> impl IntoView {
    let editor = use_editor();
    let l = texts().editor_labels();
    let point = Memo::new(move |_| editor.draft.with(|d| d.location.point()));
    let on_place = Callback::new(move |p: LatLon| {
        editor.draft.update(|d| d.location.set_point(p));
        editor.touch("location-latitude");
        editor.touch("location-longitude");
    });
    let clear = move |_| {
        editor.draft.update(|d| {
            d.location.latitude.clear();
            d.location.longitude.clear();
        })
    };
    let marks = [Marks::Building, Marks::Entrance]
        .into_iter()
        .map(|m| {
            let id = format!("location-marks-{m:?}").to_lowercase();
            let on_change = move |_: ev::Event| editor.draft.update(|d| d.location.marks = m);
            view! {
                <div class="field-check">
                    <input type="radio" name="location-marks" id=id.clone()
                        prop:checked=move || editor.draft.with(|d| d.location.marks == m) on:change=on_change/>
                    <label for=id>{texts().marks(m)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="editor-part" aria-labelledby="part-location">
            <h2 id="part-location">{texts().editor_part(EditorPart::Location)}</h2>
            <p class="prefill-note">{texts().prefill_note(false)}</p>
            <p class="hint" id="map-help">{tr(|t| t.map_help())}</p>
            {editor.seat.map(|_| view! { <p class="hint">{tr(|t| t.seat_shown())}</p> })}
            <PlacePicker seat=editor.seat point on_place/>
            <div class="coordinates">
                <TextField id="location-latitude" label=l.latitude path=at!(location.latitude) kind=Kind::Degrees/>
                <TextField id="location-longitude" label=l.longitude path=at!(location.longitude) kind=Kind::Degrees/>
            </div>
            <button type="button" class="link-button" on:click=clear hidden=move || point.with(Option::is_none)>{tr(|t| t.clear_point())}</button>
            <fieldset class="field">
                <legend>{l.marks}</legend>
                {marks}
            </fieldset>
            <CheckedOn part="location" path=at!(location.checked_on)/>
        </section>
    }
}
