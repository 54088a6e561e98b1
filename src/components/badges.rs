use leptos::prelude::*;

use crate::i18n::{texts, tr};
use crate::state::FeedStore;
use domain::MppStatus;

/// "Baru" or "Belum terkonfirmasi": a word and a symbol, never colour alone.
#[component]
pub fn StatusBadge(#[prop(into)] status: MppStatus) -> impl IntoView {
    let store = use_context::<FeedStore>();
    let batch_title = move || {
        let feed = store.and_then(|s| s.feed.get());
        texts().new_badge_title(feed.as_ref().and_then(|f| f.meta.current_batch.as_ref()))
    };
    match status {
        MppStatus::New => Some(
            view! {
                <span class="badge badge-new" title=batch_title>
                    <span aria-hidden="true">"★ "</span>{tr(|t| t.badge_new)}
                </span>
            }
            .into_any(),
        ),
        MppStatus::Unconfirmed => Some(
            view! {
                <span class="badge badge-unconfirmed">
                    <span aria-hidden="true">"? "</span>{tr(|t| t.badge_unconfirmed)}
                </span>
            }
            .into_any(),
        ),
        MppStatus::Confirmed => None,
    }
}
