use leptos::prelude::*;

use crate::i18n::{texts, tr};
use crate::state::FeedStore;
use domain::{
    hours::{hours_vouched_for, local_date, TimeZone},
    hours_calendar::{verdict, Calendar},
    Mpp,
};

/// "Buka sekarang", "Tutup sebentar lagi" or "Tutup", on the MPP's own
/// clock, with the feed's national holidays ("Tutup — libur nasional: …"),
/// joint-leave days ("Cuti bersama — layanan mungkin terbatas") and the
/// MPP's dated exceptions, which come first; only from hours stated
/// recently enough to vouch for; older ones are dated and said to be
/// possibly out of date; "jam layanan belum tercatat" where the feed has
/// no hours.
#[component]
pub fn OpenNow(mpp: Mpp, #[prop(into)] now: Signal<f64>) -> impl IntoView {
    let zone = TimeZone::of_province(&mpp.province.code);
    let store = use_context::<FeedStore>();
    move || {
        let now = now.get();
        let vouched = zone.is_some_and(|zone| hours_vouched_for(&mpp, local_date(now, zone)));
        if !mpp.hours.is_empty() && !vouched {
            let text = texts().hours_may_have_changed(mpp.hours_as_of.as_deref());
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
        // The feed's holidays (none before it loads, or in a feed without).
        let feed = store.and_then(|s| s.feed.get());
        let holidays = feed.as_ref().map_or(&[][..], |f| &f.meta.holidays[..]);
        let said = zone.and_then(|zone| {
            let v = verdict(&mpp.hours, Calendar::of(&mpp, holidays), zone, now)?;
            Some(texts().verdict(&v, zone.abbreviation()))
        });
        match said {
            Some((text, kind)) => Some(
                view! { <span class=format!("open-state open-state-{kind}")>{text}</span> }
                    .into_any(),
            ),
            None => Some(
                view! { <span class="open-state open-state-unknown">{tr(|t| t.hours_unknown)}</span> }
                    .into_any(),
            ),
        }
    }
}
