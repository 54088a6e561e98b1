use leptos::prelude::*;

use crate::hooks::UseHoursCode;
use crate::i18n::tr;
use crate::state::FeedStore;
use domain::{Holidays, Mpp};

/// "Buka sekarang", "Tutup sebentar lagi" or "Tutup", on the MPP's own
/// clock, with the feed's national holidays ("Tutup — libur nasional: …"),
/// joint-leave days ("Cuti bersama — layanan mungkin terbatas") and the
/// MPP's dated exceptions, which come first; only from hours stated
/// recently enough to vouch for; older ones are dated and said to be
/// possibly out of date; "jam layanan belum tercatat" where the feed has
/// no hours. The verdict is the hours' code's (`use_hours_code`): until it
/// is here, and in pre-rendered HTML (read long after it was written: "open
/// now" is the browser's to say; only dated hours are said there), the line
/// is blank and keeps its height, so nothing moves when it is said.
#[component]
pub fn OpenNow(mpp: Mpp, #[prop(into)] now: Signal<f64>) -> impl IntoView {
    let store = use_context::<FeedStore>();
    let code = use_context::<UseHoursCode>().map(|c| c.code);
    move || {
        if mpp.hours.is_empty() {
            return view! { <span class="open-state open-state-unknown">{tr(|t| t.hours_unknown)}</span> }
                .into_any();
        }
        let pending =
            || view! { <span class="open-state open-state-pending">"\u{a0}"</span> }.into_any();
        let Some(code) = code.and_then(|c| c.get()) else {
            return pending();
        };
        // The feed's holidays (none before it loads, or in a feed without).
        let feed = store.and_then(|s| s.feed.get());
        let none = Holidays::default();
        let holidays = feed.as_ref().map_or(&none, |f| &f.meta.holidays);
        let (text, kind) = (code.open_now)(&mpp, holidays, now.get());
        // Pre-rendered, only hours too old to vouch for are said (dated).
        if kind != "dated" && crate::browser::window().is_none() {
            return pending();
        }
        view! { <span class=format!("open-state open-state-{kind}")>{text}</span> }.into_any()
    }
}
