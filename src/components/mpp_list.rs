use leptos::prelude::*;

use crate::app::app_href;
use leptos_router::components::A;

use crate::components::badges::StatusBadge;
use crate::domain::{dates::format_date_id, Mpp};
use crate::i18n::texts;

/// The list of MPPs: a real ordered list with an accessible name, each
/// item a link to its detail page.
#[component]
pub fn MppList(#[prop(into)] mpps: Signal<Vec<Mpp>>) -> impl IntoView {
    view! {
        <ol class="mpp-list" aria-label=texts().list_label>
            <For each=move || mpps.get() key=|mpp| mpp.id.clone() let(mpp)>
                <MppListItem mpp/>
            </For>
        </ol>
    }
}

#[component]
fn MppListItem(mpp: Mpp) -> impl IntoView {
    let t = texts();
    let inaugurated = match &mpp.inauguration {
        Some(i) => format!("{} {}", t.inaugurated, format_date_id(&i.date)),
        None => format!("{}: {}", t.inaugurated, t.no_data),
    };
    let class = if mpp.is_new() {
        "mpp-item mpp-item-new"
    } else {
        "mpp-item"
    };
    view! {
        <li class=class data-id=mpp.id.clone()>
            <A href=app_href(&format!("/mpp/{}", mpp.slug)) attr:class="mpp-link">
                <span class="mpp-name">{mpp.name.clone()}</span>
                <StatusBadge status=mpp.status/>
            </A>
            <p class="mpp-place">{mpp.regency.name.clone()} " · " {mpp.province.name.clone()}</p>
            <p class="mpp-date">{inaugurated}</p>
        </li>
    }
}
