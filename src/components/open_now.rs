use leptos::prelude::*;

use crate::i18n::texts;
use domain::{
    hours::{hours_vouched, local_date, open_state, TimeZone},
    Mpp,
};

/// "Buka sekarang", "Tutup sebentar lagi" or "Tutup", on the MPP's own
/// clock, only from hours stated recently enough to vouch for; older ones
/// are dated and said to be possibly out of date; "jam layanan belum
/// tercatat" where the feed has no hours.
#[component]
pub fn OpenNow(mpp: Mpp, #[prop(into)] now: Signal<f64>) -> impl IntoView {
    let t = texts();
    let zone = TimeZone::of_province(&mpp.province.code);
    move || {
        let now = now.get();
        let vouched = zone
            .is_some_and(|zone| hours_vouched(mpp.hours_as_of.as_deref(), local_date(now, zone)));
        if !mpp.hours.is_empty() && !vouched {
            let text = t.hours_may_have_changed(mpp.hours_as_of.as_deref());
            return Some(
                view! { <span class="open-state open-state-dated">{text}</span> }.into_any(),
            );
        }
        if crate::browser::window().is_none() && !mpp.hours.is_empty() {
            // Pre-rendered HTML is read long after it was written: "open
            // now" is the browser's to say. The line keeps its height, so
            // nothing moves when it is said.
            return Some(
                view! { <span class="open-state open-state-pending">"\u{a0}"</span> }.into_any(),
            );
        }
        let state = zone.and_then(|zone| open_state(&mpp.hours, zone, now).map(|s| (s, zone)));
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
