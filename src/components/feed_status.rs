use leptos::prelude::*;

use crate::i18n::texts;
use crate::state::{use_feed_store, LoadStatus};

/// What the feed is doing: loading, failed (with a retry), or showing a
/// saved copy. It is a live region, so screen readers hear the change.
#[component]
pub fn FeedStatus() -> impl IntoView {
    let store = use_feed_store();
    let t = texts();
    let retry = move |_| store.load();
    let message = move || match store.status.get() {
        LoadStatus::Ready => None,
        LoadStatus::Loading => Some(
            view! {
                <p class="notice notice-loading">{t.loading}</p>
            }
            .into_any(),
        ),
        LoadStatus::ShowingSaved { error, saved_at } => Some(
            view! {
                <div class="notice notice-warning">
                    <p>{t.showing_saved(&t.load_error(&error), saved_at.as_deref())}</p>
                    <button type="button" class="button" on:click=retry>{t.retry}</button>
                </div>
            }
            .into_any(),
        ),
        LoadStatus::Failed(error) => Some(
            view! {
                <div class="notice notice-error">
                    <p>{t.load_failed(&t.load_error(&error))}</p>
                    <button type="button" class="button" on:click=retry>{t.retry}</button>
                </div>
            }
            .into_any(),
        ),
    };
    let skipped = move || {
        store.feed.get().filter(|f| f.skipped > 0).map(|f| {
            view! {
                <p class="notice notice-warning">{t.skipped(f.skipped)}</p>
            }
        })
    };
    view! {
        <div class="feed-status" role="status" aria-live="polite">
            {message}
            {skipped}
        </div>
    }
}
