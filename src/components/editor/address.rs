//! The address part: HSDS's names, the province pre-filled from the
//! national data (alone, it begins no address).

use leptos::prelude::*;

use super::fields::{at, CheckedOn, Kind, PrefillNote, TextField};
use crate::i18n::{texts, EditorPart};

#[component]
pub fn AddressPart(
    /// Whether the national data gave an address.
    prefilled: bool,
) -> impl IntoView {
    let l = texts().editor_labels();
    view! {
        <section class="editor-part" aria-labelledby="part-address">
            <h2 id="part-address">{texts().editor_part(EditorPart::Address)}</h2>
            <PrefillNote filled=prefilled/>
            <TextField id="address-address_1" label=l.address_1 path=at!(address.address_1) autocomplete="address-line1"/>
            <TextField id="address-address_2" label=l.address_2 path=at!(address.address_2) autocomplete="address-line2"/>
            <TextField id="address-village" label=l.village path=at!(address.village)/>
            <TextField id="address-district" label=l.district path=at!(address.district)/>
            <TextField id="address-city" label=l.city path=at!(address.city) autocomplete="address-level2"/>
            <TextField id="address-state_province" label=l.state_province path=at!(address.state_province) autocomplete="address-level1"/>
            <TextField id="address-postal_code" label=l.postal_code path=at!(address.postal_code) autocomplete="postal-code"/>
            <TextField id="address-directions" label=l.directions path=at!(address.directions) kind=Kind::Lines/>
            <CheckedOn part="address" path=at!(address.checked_on)/>
        </section>
    }
}
