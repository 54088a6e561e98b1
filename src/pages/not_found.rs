use leptos::prelude::*;

use crate::routing::app_href;
use leptos_router::components::A;

use crate::i18n::texts;
use crate::pages::set_title;

/// Any unknown route.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_title(move || format!("{} — {}", texts().app_name, texts().not_found_title));
    view! {
        <h1>{move || texts().not_found_title}</h1>
        <p>{move || texts().not_found_body}</p>
        <p><A href=app_href("/")>{move || texts().back_to_list}</A></p>
    }
}
