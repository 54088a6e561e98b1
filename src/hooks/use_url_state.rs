use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::hooks::UseLanguage;
use crate::routing::Navigating;
use domain::{url_state::UrlState, Lang};

/// The page's state as it lives in the URL: read from the query string,
/// written back with `set` (replacing the history entry, so typing a
/// search does not fill the back button).
#[derive(Clone, Copy)]
pub struct UseUrlState {
    pub state: Memo<UrlState>,
    /// Names of parameters whose values could not be read.
    pub invalid: Memo<Vec<String>>,
    pub set: Callback<UrlState>,
}

/// How long typing must pause before the URL follows.
const URL_FOLLOWS_AFTER: std::time::Duration = std::time::Duration::from_millis(300);

pub fn use_url_state() -> UseUrlState {
    let query = use_query_map();
    let parsed = Memo::new(move |_| {
        let query = query.read();
        UrlState::from_pairs(query.latest_values().map(|(k, v)| (k.as_ref(), v)))
    });
    // What the page wrote: it runs on this at once, and the address bar
    // follows once typing pauses, through the browser's history alone. A
    // router navigation per keystroke cost ×4 on a cheap phone; fired late,
    // it raced the navigation the reader had started meanwhile (a lazily
    // loaded page) and won. The router's own navigations (a link, back,
    // forward) make the URL the truth again.
    let written = RwSignal::new(None::<UrlState>);
    let state = Memo::new(move |_| written.get().unwrap_or_else(|| parsed.read().0.clone()));
    let invalid = Memo::new(move |_| parsed.read().1.clone());
    let language = use_context::<UseLanguage>();
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    if let Some(Navigating(navigating)) = use_context::<Navigating>() {
        Effect::new(move |_| {
            if navigating.get() {
                cancel();
                written.try_set(None);
            }
        });
    }
    let set = Callback::new(move |mut next: UrlState| {
        next.lang = language
            .map(|l| l.lang.get_untracked())
            .filter(|l| *l != Lang::Id);
        let query = next.to_query();
        written.set(Some(next));
        cancel();
        let follow = move || {
            let Some(window) = crate::browser::window() else {
                return;
            };
            let path = window.location().pathname().unwrap_or_else(|_| "/".into());
            if let Ok(history) = window.history() {
                let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
                let _ = history.replace_state_with_url(&state, "", Some(&format!("{path}{query}")));
            }
        };
        pending.set_value(set_timeout_with_handle(follow, URL_FOLLOWS_AFTER).ok());
    });
    // Leaving the page drops a URL not yet written: the new page's own
    // history entry must not be replaced by this one's.
    on_cleanup(cancel);
    UseUrlState {
        state,
        invalid,
        set,
    }
}
