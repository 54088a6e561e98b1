use leptos::prelude::*;

use crate::domain::Lang;
use crate::feed_client;

/// The app's language: `?lang=` first, then the choice remembered on this
/// device, then Bahasa Indonesia. Choosing one remembers it.
#[derive(Clone, Copy)]
pub struct UseLanguage {
    pub lang: Signal<Lang>,
    pub set: Callback<Lang>,
}

pub fn use_language() -> UseLanguage {
    let initial = feed_client::query_param("lang")
        .and_then(|l| Lang::parse(&l))
        .or_else(feed_client::saved_language)
        .unwrap_or_default();
    let lang = RwSignal::new(initial);
    let set = Callback::new(move |choice: Lang| {
        feed_client::save_language(choice);
        lang.set(choice);
    });
    UseLanguage {
        lang: lang.into(),
        set,
    }
}
