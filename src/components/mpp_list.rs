use leptos::{html::Li, prelude::*};
use leptos_router::components::A;

use crate::app::app_href;
use crate::components::badges::StatusBadge;
use crate::domain::{dates::format_date_id, Mpp};
use crate::i18n::texts;

/// The list of MPPs: a real ordered list with an accessible name, each
/// item a link to its detail page and, beside a map, a "show on map" button.
#[component]
pub fn MppList(
    #[prop(into)] mpps: Signal<Vec<Mpp>>,
    /// Slug of the selected MPP: highlighted and scrolled into view.
    #[prop(into, optional)]
    selected: Signal<Option<String>>,
    /// False while the list sits in a hidden tab: the selected item is
    /// scrolled into view when it shows again (it may have been chosen on
    /// the map meanwhile).
    #[prop(into, default = Signal::from(true))]
    visible: Signal<bool>,
    #[prop(optional)] on_show_on_map: Option<Callback<String>>,
) -> impl IntoView {
    view! {
        <ol class="mpp-list" aria-label=texts().list_label>
            <For each=move || mpps.get() key=|mpp| mpp.id.clone() let(mpp)>
                <MppListItem mpp selected visible on_show_on_map/>
            </For>
        </ol>
    }
}

#[component]
fn MppListItem(
    mpp: Mpp,
    selected: Signal<Option<String>>,
    visible: Signal<bool>,
    on_show_on_map: Option<Callback<String>>,
) -> impl IntoView {
    let t = texts();
    let inaugurated = match &mpp.inauguration {
        Some(i) => format!("{} {}", t.inaugurated, format_date_id(&i.date)),
        None => format!("{}: {}", t.inaugurated, t.no_data),
    };
    let slug = mpp.slug.clone();
    let is_selected = Memo::new(move |_| selected.read().as_deref() == Some(slug.as_str()));
    let node = NodeRef::<Li>::new();
    Effect::new(move |_| {
        // `visible` is read only for the selected item: the others stay idle.
        if !is_selected.get() || !visible.get() {
            return;
        }
        if let Some(item) = node.get() {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            item.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
    let is_new = mpp.is_new();
    let class = move || {
        let mut class = String::from("mpp-item");
        if is_new {
            class.push_str(" mpp-item-new");
        }
        if is_selected.get() {
            class.push_str(" is-selected");
        }
        class
    };
    let map_button = on_show_on_map.filter(|_| mpp.location.is_some()).map(|on_show| {
        let slug = mpp.slug.clone();
        let label = format!("{}: {}", t.show_on_map, mpp.name);
        view! {
            <button type="button" class="show-on-map" aria-label=label on:click=move |_| on_show.run(slug.clone())>
                {t.show_on_map}
            </button>
        }
    });
    view! {
        <li node_ref=node class=class data-id=mpp.id.clone() aria-current=move || is_selected.get().then_some("true")>
            <A href=app_href(&format!("/mpp/{}", mpp.slug)) attr:class="mpp-link">
                <span class="mpp-name">{mpp.name.clone()}</span>
                <StatusBadge status=mpp.status/>
            </A>
            <p class="mpp-place">{mpp.regency.name.clone()} " · " {mpp.province.name.clone()}</p>
            <p class="mpp-date">{inaugurated}</p>
            {map_button}
        </li>
    }
}
