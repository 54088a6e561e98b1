use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};

use crate::hooks::UseLanguage;
use crate::i18n::{texts, tr};
use domain::Lang;

/// A one-button switch to the other language; the URL's `lang` follows,
/// so a shared link opens in the language it was shared in.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let language = expect_context::<UseLanguage>();
    let navigate = use_navigate();
    let other = move || match language.lang.get() {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    };
    let switch = move |_| {
        let other = other();
        language.set.run(other);
        let Some(url) = crate::browser::window()
            .and_then(|w| w.location().href().ok())
            .and_then(|href| web_sys::Url::new(&href).ok())
        else {
            return;
        };
        match other {
            Lang::Id => url.search_params().delete("lang"),
            Lang::En => url.search_params().set("lang", other.code()),
        }
        let options = NavigateOptions {
            resolve: false,
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(&format!("{}{}", url.pathname(), url.search()), options);
    };
    view! {
        <button type="button" class="language-switch" lang=move || other().code() aria-label=move || format!("{} — {}", texts().other_language, texts().language_label) on:click=switch>
            {tr(|t| t.other_language)}
        </button>
    }
}
