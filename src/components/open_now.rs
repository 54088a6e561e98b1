use leptos::prelude::*;

use crate::i18n::texts;
use domain::{
    hours::{open_state, TimeZone},
    Mpp,
};

/// "Buka sekarang", "Tutup sebentar lagi" or "Tutup", on the MPP's own
/// clock; "jam layanan belum tercatat" where the feed has no hours.
#[component]
pub fn OpenNow(mpp: Mpp, #[prop(into)] now: Signal<f64>) -> impl IntoView {
    let t = texts();
    let zone = TimeZone::of_province(&mpp.province.code);
    move || {
        let state =
            zone.and_then(|zone| open_state(&mpp.hours, zone, now.get()).map(|s| (s, zone)));
        match state {
            Some((state, zone)) => {
                let (text, kind) = t.open_state(&state, zone.abbreviation());
                Some(
                    view! { <span class=format!("open-state open-state-{kind}")>{text}</span> }
                        .into_any(),
                )
            }
            None => Some(
                view! { <span class="open-state open-state-unknown">{t.hours_unknown}</span> }
                    .into_any(),
            ),
        }
    }
}
