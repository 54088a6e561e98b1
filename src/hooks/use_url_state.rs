use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};

use crate::hooks::UseLanguage;
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

pub fn use_url_state() -> UseUrlState {
    let query = use_query_map();
    let parsed = Memo::new(move |_| {
        let query = query.read();
        UrlState::from_pairs(query.latest_values().map(|(k, v)| (k.as_ref(), v)))
    });
    let state = Memo::new(move |_| parsed.read().0.clone());
    let invalid = Memo::new(move |_| parsed.read().1.clone());
    let language = use_context::<UseLanguage>();
    let navigate = use_navigate();
    let set = Callback::new(move |mut next: UrlState| {
        next.lang = language
            .map(|l| l.lang.get_untracked())
            .filter(|l| *l != Lang::Id);
        let path = crate::browser::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_else(|| "/".into());
        let options = NavigateOptions {
            resolve: false,
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(&format!("{path}{}", next.to_query()), options);
    });
    UseUrlState {
        state,
        invalid,
        set,
    }
}
