use leptos::prelude::*;

use crate::i18n::{texts, tr};
use crate::state::{use_feed_store, LoadStatus};

/// What the feed is doing: loading, failed (with a retry), or showing a
/// saved copy — always with the date of the data on screen — and, when a
/// link's `?feed=` was not used, why. It is a live region, so screen
/// readers hear the change.
#[component]
pub fn FeedStatus() -> impl IntoView {
    let store = use_feed_store();
    let retry = move |_| store.load();
    let data_date = move || {
        store
            .feed
            .with(|f| f.as_ref().map(|f| texts().date(&f.meta.generated)))
    };
    let warning = move |text: String| {
        view! {
            <div class="notice notice-warning saved-data">
                <p>{text}</p>
                <button type="button" class="button" on:click=retry>{tr(|t| t.retry)}</button>
            </div>
        }
        .into_any()
    };
    let message = move || match store.status.get() {
        LoadStatus::Ready => None,
        LoadStatus::Loading => {
            Some(view! { <p class="notice notice-loading">{tr(|t| t.loading)}</p> }.into_any())
        }
        LoadStatus::Saved { offline } => {
            Some(warning(texts().saved_copy(data_date().as_deref(), offline)))
        }
        LoadStatus::ShowingSaved { error, saved_at } => {
            let reason = texts().load_error(&error);
            Some(warning(texts().showing_saved(
                data_date().as_deref(),
                &reason,
                saved_at.as_deref(),
            )))
        }
        LoadStatus::Failed(error) => Some(
            view! {
                <div class="notice notice-error">
                    <p>{texts().load_failed(&texts().load_error(&error))}</p>
                    <button type="button" class="button" on:click=retry>{tr(|t| t.retry)}</button>
                </div>
            }
            .into_any(),
        ),
    };
    // Shown whatever the load does: the reader learns why the link's data
    // is not the one on screen.
    let refused = move || {
        store.feed_link_refused.get().then(|| {
            view! { <p class="notice notice-warning feed-link-refused">{tr(|t| t.feed_link_refused)}</p> }
        })
    };
    let skipped = move || {
        store.feed.get().filter(|f| f.skipped > 0).map(|f| {
            view! {
                <p class="notice notice-warning">{texts().skipped(f.skipped)}</p>
            }
        })
    };
    view! {
        <div class="feed-status" role="status" aria-live="polite">
            {refused}
            {message}
            {skipped}
        </div>
    }
}
