//! The place of a page whose code (its own wasm chunk) could not be loaded:
//! never an abort, never a dead tab. It says so in the page's language and
//! tries again — when the reader asks, and by itself when the network comes
//! back — and draws the page in place once the chunk is there. When the
//! site now serves another version (the chunk was removed by a deploy), no
//! retry can succeed: the page is then loaded whole, once.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::task::spawn_local_scoped_with_cancellation as spawn_here;

use crate::browser;
use crate::hooks::UseServiceWorker;
use crate::i18n::{texts, tr};
use crate::routing::app_href;

pub use crate::browser::ChunkLoadError;

/// Loads a page's chunk (again: a failed load is never cached) and draws
/// the page.
pub type PageLoader = fn() -> PageLoad;
/// A page's chunk on its way: the page, or why it cannot be had.
pub type PageLoad = Pin<Box<dyn Future<Output = Result<AnyView, ChunkLoadError>>>>;

/// Loads tried when the network comes back, `AGAIN_AFTER_MS` × n apart.
const TRIES_WHEN_ONLINE: i32 = 4;
const AGAIN_AFTER_MS: i32 = 1_500;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Attempt {
    /// The first load failed.
    Failed,
    Trying,
    /// A retry failed too.
    FailedAgain,
    Loaded,
}

/// Shown where a page's chunk failed to load; becomes the page once a
/// retry succeeds.
#[component]
pub fn PageLoadFailed(
    /// Loads the chunk and draws the page.
    load: PageLoader,
) -> impl IntoView {
    // The tab and a screen reader's first words say it too, not the last page's title.
    browser::set_document_title(&format!(
        "{} — {}",
        texts().page_load_failed,
        texts().app_name
    ));
    let attempt = RwSignal::new(Attempt::Failed);
    let page = StoredValue::new_local(None::<AnyView>);
    let updated = use_context::<UseServiceWorker>().map(|w| w.version_changed);
    // The page is drawn under this component's owner (its contexts: the
    // route's parameters, the store), and nothing is done once the route
    // is left (the tasks are cancelled with it).
    let owner = StoredValue::new(Owner::current());
    // `tries` loads, a little further apart each time: a network that has
    // just come back often fails the first request.
    let retry = move |tries: i32| {
        if attempt.get_untracked() == Attempt::Trying {
            return;
        }
        let Some(owner) = owner.get_value() else {
            return;
        };
        attempt.set(Attempt::Trying);
        owner.with(|| {
            spawn_here(async move {
                for n in 0..tries {
                    browser::sleep(n * AGAIN_AFTER_MS).await;
                    if let Ok(view) = load().await {
                        page.set_value(Some(view));
                        attempt.set(Attempt::Loaded);
                        return;
                    }
                    if browser::is_offline() {
                        break;
                    }
                }
                attempt.set(Attempt::FailedAgain);
                load_whole_if_new_version(updated).await;
            })
        });
    };
    // Only after the router has shown this page (and set its URL).
    spawn_here(load_whole_if_new_version(updated));
    let online = window_event_listener(leptos::ev::online, move |_| retry(TRIES_WHEN_ONLINE));
    on_cleanup(move || online.remove());

    move || match attempt.get() {
        Attempt::Loaded => page
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_else(|| ().into_any()),
        state => {
            let trying = state == Attempt::Trying;
            let advice = if state == Attempt::FailedAgain {
                texts().page_load_failed_again
            } else {
                texts().page_load_failed_why
            };
            view! {
                <section class="page-load-failed" aria-labelledby="page-load-failed-title">
                    <h1 id="page-load-failed-title" tabindex="-1">{tr(|t| t.page_load_failed)}</h1>
                    <p role="status">{if trying { texts().page_load_retrying } else { advice }}</p>
                    <p class="actions">
                        <button type="button" class="button" on:click=move |_| retry(1) aria-disabled=trying.then_some("true")>
                            {tr(|t| t.retry)}
                        </button>
                        " "
                        <a href=app_href("/")>{tr(|t| t.back_to_list)}</a>
                    </p>
                </section>
            }
            .into_any()
        }
    }
}

/// Loads the page whole when the chunk cannot come back: the site now
/// serves another version (its chunk names differ), or another tab's
/// update replaced this tab's worker and its saved files. Once per page and
/// a minute (`browser::load_whole_once`), so a host that keeps failing
/// never loops.
async fn load_whole_if_new_version(updated: Option<Signal<bool>>) {
    // Let the router finish showing this page: its URL is the one to load.
    browser::sleep(0).await;
    if updated.is_some_and(|u| u.get_untracked()) || browser::served_build_differs().await {
        browser::load_whole_once();
    }
}
