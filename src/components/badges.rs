use leptos::prelude::*;

use crate::i18n::texts;
use domain::MppStatus;

/// "Baru" or "Belum terkonfirmasi": a word and a symbol, never colour alone.
#[component]
pub fn StatusBadge(#[prop(into)] status: MppStatus) -> impl IntoView {
    let t = texts();
    match status {
        MppStatus::New => Some(
            view! {
                <span class="badge badge-new" title=t.badge_new_long>
                    <span aria-hidden="true">"★ "</span>{t.badge_new}
                </span>
            }
            .into_any(),
        ),
        MppStatus::Unconfirmed => Some(
            view! {
                <span class="badge badge-unconfirmed">
                    <span aria-hidden="true">"? "</span>{t.badge_unconfirmed}
                </span>
            }
            .into_any(),
        ),
        MppStatus::Confirmed => None,
    }
}
