use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};

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
    // What the page wrote: it runs on this at once, and the URL follows once
    // typing pauses (a router navigation per keystroke cost ×4 on a cheap
    // phone). The URL wins again as soon as it has it.
    let written = RwSignal::new(None::<UrlState>);
    let state = Memo::new(move |_| written.get().unwrap_or_else(|| parsed.read().0.clone()));
    let invalid = Memo::new(move |_| parsed.read().1.clone());
    let language = use_context::<UseLanguage>();
    let navigating = use_context::<Navigating>();
    let navigate = use_navigate();
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let set = Callback::new(move |mut next: UrlState| {
        next.lang = language
            .map(|l| l.lang.get_untracked())
            .filter(|l| *l != Lang::Id);
        let path = crate::browser::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_else(|| "/".into());
        let url = format!("{path}{}", next.to_query());
        written.set(Some(next));
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let navigate = navigate.clone();
        let follow = move || {
            // The reader is already on the way to another page (a lazy one
            // still loading): writing this URL now would cancel that.
            if navigating.is_some_and(|n| n.0.get_untracked()) {
                return;
            }
            let options = NavigateOptions {
                resolve: false,
                replace: true,
                scroll: false,
                ..Default::default()
            };
            navigate(&url, options);
            written.try_set(None);
        };
        pending.set_value(set_timeout_with_handle(follow, URL_FOLLOWS_AFTER).ok());
    });
    // Leaving the page drops a URL not yet written: the new page's own
    // history entry must not be replaced by this one's.
    on_cleanup(move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    });
    UseUrlState {
        state,
        invalid,
        set,
    }
}
