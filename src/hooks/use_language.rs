use leptos::prelude::*;

use crate::browser::{local_storage, query_param};
use domain::Lang;

/// The app's language: `?lang=` first, then the choice remembered on this
/// device, then Bahasa Indonesia. Choosing one remembers it.
#[derive(Clone, Copy)]
pub struct UseLanguage {
    pub lang: Signal<Lang>,
    pub set: Callback<Lang>,
}

pub fn use_language() -> UseLanguage {
    let initial = query_param("lang")
        .and_then(|l| Lang::parse(&l))
        .or_else(saved_language)
        .unwrap_or_default();
    let lang = RwSignal::new(initial);
    let set = Callback::new(move |choice: Lang| {
        save_language(choice);
        lang.set(choice);
    });
    UseLanguage {
        lang: lang.into(),
        set,
    }
}

const LANGUAGE_KEY: &str = "peta-mpp:lang";

/// The language chosen on this device, if any.
fn saved_language() -> Option<Lang> {
    Lang::parse(&local_storage()?.get_item(LANGUAGE_KEY).ok().flatten()?)
}

fn save_language(lang: Lang) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LANGUAGE_KEY, lang.code());
    }
}
