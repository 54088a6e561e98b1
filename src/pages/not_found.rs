use leptos::prelude::*;

use crate::routing::app_href;
use leptos_router::components::A;

use crate::i18n::{texts, tr};
use crate::pages::set_title;

/// Any unknown route.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_title(move || format!("{} — {}", texts().app_name, texts().not_found_title));
    view! {
        <h1>{tr(|t| t.not_found_title)}</h1>
        <p>{tr(|t| t.not_found_body)}</p>
        <p><A href=app_href("/")>{tr(|t| t.back_to_list)}</A></p>
    }
}
