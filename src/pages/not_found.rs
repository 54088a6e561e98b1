use leptos::prelude::*;

use crate::routing::app_href;
use leptos_router::components::A;

use crate::i18n::texts;
use crate::pages::set_title;

/// Any unknown route.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let t = texts();
    set_title(&format!("{} — {}", t.app_name, t.not_found_title));
    view! {
        <h1>{t.not_found_title}</h1>
        <p>{t.not_found_body}</p>
        <p><A href=app_href("/")>{t.back_to_list}</A></p>
    }
}
