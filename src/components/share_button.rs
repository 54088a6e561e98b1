use leptos::prelude::*;

use crate::hooks::{use_share, ShareOutcome};
use crate::i18n::tr;

/// "Bagikan": the phone's share sheet, or the link copied, or shown.
#[component]
pub fn ShareButton(#[prop(into)] title: Signal<String>) -> impl IntoView {
    let share = use_share();
    let outcome = move || {
        match share.outcome.get()? {
        ShareOutcome::Shared => None,
        ShareOutcome::Copied => Some(view! { <span class="meta">{tr(|t| t.link_copied)}</span> }.into_any()),
        ShareOutcome::ShowLink(url) => Some(
            view! {
                <label class="meta share-link">
                    {tr(|t| t.copy_this_link)} " "
                    <input type="text" readonly prop:value=url on:focus=|e| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
                </label>
            }
            .into_any(),
        ),
    }
    };
    view! {
        <span class="share">
            <button type="button" class="button share-button" on:click=move |_| share.share.run(title.get_untracked())>
                <span aria-hidden="true">"↗ "</span>{tr(|t| t.share)}
            </button>
            <span role="status" aria-live="polite">{outcome}</span>
        </span>
    }
}
