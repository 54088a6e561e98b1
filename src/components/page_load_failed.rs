//! The place of a page whose code (its own wasm chunk) could not be loaded:
//! never an abort, never a dead tab. It says so in the page's language and
//! tries again — when the reader asks, and by itself when the network comes
//! back — and draws the page in place once the chunk is there. When the
//! site now serves another version (the chunk was removed by a deploy), no
//! retry can succeed: the page is then loaded whole, once.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::hooks::UseServiceWorker;
use crate::i18n::texts;
use crate::routing::app_href;

/// A page's chunk could not be loaded (the network, or a new version that
/// no longer has it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkLoadError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkLoadError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Self
    }
}

/// Loads a page's chunk (again: a failed load is never cached) and draws
/// the page.
pub type PageLoader = fn() -> PageLoad;
/// A page's chunk on its way: the page, or why it cannot be had.
pub type PageLoad = Pin<Box<dyn Future<Output = Result<AnyView, ChunkLoadError>>>>;

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
    let t = texts();
    let attempt = RwSignal::new(Attempt::Failed);
    let page = StoredValue::new_local(None::<AnyView>);
    let updated = use_context::<UseServiceWorker>().map(|w| w.version_changed);
    // The route may be left before a retry answers: nothing is done then.
    let alive = StoredValue::new(true);
    on_cleanup(move || alive.set_value(false));

    let retry = move || {
        if attempt.get_untracked() == Attempt::Trying {
            return;
        }
        attempt.set(Attempt::Trying);
        spawn_local(async move {
            let loaded = load().await;
            if !alive.try_get_value().unwrap_or(false) {
                return;
            }
            match loaded {
                Ok(view) => {
                    page.set_value(Some(view));
                    attempt.set(Attempt::Loaded);
                }
                Err(ChunkLoadError) => {
                    attempt.set(Attempt::FailedAgain);
                    load_whole_if_new_version(updated, alive).await;
                }
            }
        });
    };
    // Only after the router has shown this page (and set its URL).
    spawn_local(load_whole_if_new_version(updated, alive));
    let online = window_event_listener(leptos::ev::online, move |_| retry());
    on_cleanup(move || online.remove());

    move || match attempt.get() {
        Attempt::Loaded => page
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_else(|| ().into_any()),
        state => {
            let trying = state == Attempt::Trying;
            let advice = if state == Attempt::FailedAgain {
                t.page_load_failed_again
            } else {
                t.page_load_failed_why
            };
            view! {
                <section class="page-load-failed" aria-labelledby="page-load-failed-title">
                    <h1 id="page-load-failed-title" tabindex="-1">{t.page_load_failed}</h1>
                    <p role="status">{if trying { t.page_load_retrying } else { advice }}</p>
                    <p class="actions">
                        <button type="button" class="button" on:click=move |_| retry() aria-disabled=trying.then_some("true")>
                            {t.retry}
                        </button>
                        " "
                        <a href=app_href("/")>{t.back_to_list}</a>
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
async fn load_whole_if_new_version(updated: Option<Signal<bool>>, alive: StoredValue<bool>) {
    // Let the router finish showing this page: its URL is the one to load.
    browser::next_tick().await;
    let new_version = updated.is_some_and(|u| u.get_untracked()) || browser::served_build_differs().await;
    if new_version && alive.try_get_value().unwrap_or(false) {
        browser::load_whole_once();
    }
}
