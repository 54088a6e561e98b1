use leptos::{html::Ol, prelude::*, reactive::computed::Selector};

use crate::components::{badges::StatusBadge, open_now::OpenNow};
use crate::i18n::{texts, tr};
use crate::routing::app_href;
use domain::list_page::ListEntry;

/// The list of MPPs: a real ordered list with an accessible name, each
/// item a link to its detail page and, beside a map, a "show on map" button.
/// Long results come a page at a time (a cheap phone need not lay out 300).
#[component]
pub fn MppList(
    #[prop(into)] entries: Signal<Vec<ListEntry>>,
    /// Slug of the selected MPP: highlighted and scrolled into view.
    #[prop(into, optional)]
    selected: Signal<Option<String>>,
    /// False while the list sits in a hidden tab: the selected item is
    /// scrolled into view when it shows again (it may have been chosen on
    /// the map meanwhile).
    #[prop(into, default = Signal::from(true))]
    visible: Signal<bool>,
    #[prop(optional)] on_show_on_map: Option<Callback<String>>,
    /// How many more there are beyond `entries`, and how to show them.
    #[prop(into, default = Signal::from(0))]
    more: Signal<usize>,
    #[prop(optional)] on_more: Option<Callback<()>>,
    /// The page that lists every MPP (`/semua`): pre-rendered, "show more"
    /// links there, as a button does nothing without JavaScript.
    #[prop(optional)]
    all_href: Option<&'static str>,
    /// The time, for "open now".
    #[prop(into)]
    now: Signal<f64>,
    /// Detail pages open in a new tab (inside another site's frame).
    #[prop(optional)]
    new_tab_links: bool,
    /// With "open at": the id of the first MPP whose hours are unknown;
    /// "Jam layanan belum tercatat" heads it and those after it.
    #[prop(into, optional)]
    first_without_hours: Signal<Option<String>>,
) -> impl IntoView {
    #[cfg(not(feature = "ssr"))]
    let more_button = move || {
        let _ = all_href; // the app's button shows more in place
        let (count, on_more) = (more.get(), on_more?);
        (count > 0).then(|| show_more_button(count, on_more))
    };
    #[cfg(feature = "ssr")]
    let more_button = move || {
        let count = more.get();
        if count == 0 {
            return None;
        }
        Some(match all_href {
            Some(href) => {
                let total = count + entries.with_untracked(Vec::len);
                view! { <a class="button show-more" href=app_href(href)>{texts().show_all_count(total)}</a> }
                    .into_any()
            }
            None => show_more_button(count, on_more?).into_any(),
        })
    };
    // Rows are made on most keystrokes: they share one selector (each row
    // hears only about its own selection) and one scroll watcher, instead
    // of a memo and an effect each.
    let selection = Selector::new(move || selected.get());
    let list = NodeRef::<Ol>::new();
    Effect::new(move |_| {
        // `visible` matters only while something is selected.
        if selected.with(Option::is_none) || !visible.get() {
            return;
        }
        entries.track(); // the chosen row may arrive with a new page of rows
        request_animation_frame(move || {
            let row = list
                .get_untracked()
                .and_then(|ol| ol.query_selector("li[aria-current]").ok().flatten());
            if let Some(row) = row {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                row.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    });
    view! {
        <ol class="mpp-list" aria-label=tr(|t| t.list_label) node_ref=list>
            <For each=move || entries.get() key=ListEntry::key let(entry)>
                <MppListItem entry selection=selection.clone() on_show_on_map now new_tab_links first_without_hours/>
            </For>
        </ol>
        {more_button}
    }
}

fn show_more_button(count: usize, on_more: Callback<()>) -> impl IntoView {
    view! {
        <button type="button" class="button show-more" on:click=move |_| on_more.run(())>
            {texts().show_more_count(count)}
        </button>
    }
}

#[component]
fn MppListItem(
    entry: ListEntry,
    selection: Selector<Option<String>>,
    on_show_on_map: Option<Callback<String>>,
    now: Signal<f64>,
    new_tab_links: bool,
    first_without_hours: Signal<Option<String>>,
) -> impl IntoView {
    let ListEntry { mpp, distance_km } = entry;
    let id = mpp.id.clone();
    let heading = move || {
        first_without_hours
            .with(|first| first.as_deref() == Some(id.as_str()))
            .then(|| {
                view! {
                    <h2 class="list-hours-unknown">{tr(|t| t.hours_unknown_heading())}</h2>
                }
            })
    };
    let date = mpp.inauguration.as_ref().map(|i| i.date.clone());
    let inaugurated = move || match &date {
        Some(date) => format!("{} {}", texts().inaugurated, texts().date(date)),
        None => format!("{}: {}", texts().inaugurated, texts().no_data),
    };
    let key = Some(mpp.slug.clone());
    let is_selected = Signal::derive(move || selection.selected(&key));
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
        // The visible words first, then whose: WCAG 2.5.3 Label in Name.
        let name = mpp.name.clone();
        let label = move || format!("{} — {name}", texts().show_on_map);
        view! {
            <button type="button" class="show-on-map" aria-label=label on:click=move |_| on_show.run(slug.clone())>
                {tr(|t| t.show_on_map)}
            </button>
        }
    });
    let hours = (!mpp.hours.is_empty()).then(|| {
        let mpp = mpp.clone();
        view! { <p class="mpp-hours"><OpenNow mpp now/></p> }
    });
    let distance = distance_km
        .map(|km| view! { <span class="distance">{move || texts().distance(km)}</span> " · " });
    view! {
        <li class=class data-id=mpp.id.clone() aria-current=move || is_selected.get().then_some("true")>
            {heading}
            // A plain link (the router still takes the click): `<A>` would
            // watch the URL, and the URL changes with every keystroke.
            <a
                href=app_href(&format!("/mpp/{}", mpp.slug))
                class="mpp-link"
                target=new_tab_links.then_some("_blank")
                rel=new_tab_links.then_some("noopener")
            >
                <span class="mpp-name">{mpp.name.clone()}</span>
                <StatusBadge status=mpp.status/>
            </a>
            <p class="mpp-place">{distance}{mpp.regency.name.clone()} " · " {mpp.province.name.clone()}</p>
            <p class="mpp-date">{inaugurated}</p>
            {hours}
            {map_button}
        </li>
    }
}
