use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{
    map::MppMap,
    mpp_list::MppList,
    near_me::NearMe,
    search_panel::{FilterOptions, SearchPanel},
    share_button::ShareButton,
};
use crate::hooks::{
    use_filter_result, use_media_query, use_page_ready, use_url_state, UseClock,
    UseFilterResultOptions, UseGeolocation,
};
use crate::i18n::{texts, tr, Texts, Word};
use crate::pages::set_title;
use crate::state::use_feed_store;
use domain::{
    filters::{self, Filters},
    url_state::{MapView, UrlState},
};

/// Which half of the page a narrow screen shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Panel {
    List,
    Map,
}

/// How many list items come at a time.
const PAGE_SIZE: usize = 20;
/// On `/semua`: all of them at once (never reached, and no sum of pages
/// can overflow).
const ALL: usize = usize::MAX / 4;
/// The page listing every MPP, which "show more" links to where there is
/// no JavaScript to run the button.
const ALL_PATH: &str = "/semua";

/// `/`: find an MPP. Search and filters narrow one result that the list
/// and the map both show; "Lokasi saya" sorts it by distance. Query,
/// filters, selection and map view live in the URL, so a shared link
/// opens the same view.
#[component]
pub fn HomePage() -> impl IntoView {
    find_page(PAGE_SIZE, |t| format!("{} — {}", t.app_name, t.home_title))
}

/// `/semua`: the home page with every MPP listed at once, pre-rendered so
/// that a reader without JavaScript reaches all of them (`/` lists the
/// first 20 and links here).
#[component]
pub fn AllMppsPage() -> impl IntoView {
    find_page(ALL, |t| format!("{} — {}", t.all_mpps_title, t.app_name))
}

fn find_page(page_size: usize, title: fn(&Texts) -> String) -> impl IntoView {
    let store = use_feed_store();
    set_title(move || title(texts()));
    let geo = expect_context::<UseGeolocation>();
    let now = expect_context::<UseClock>().now;
    let url = use_url_state();
    let filters = Memo::new(move |_| url.state.read().filters.clone());
    let selected = Memo::new(move |_| url.state.read().selected.clone());
    // Read once: after that the map writes its view, not the other way.
    let initial_view = url.state.read_untracked().view;

    let options = Memo::new(move |_| {
        store
            .feed
            .get()
            .map(|f| FilterOptions {
                provinces: filters::provinces(&f.mpps),
                categories: f.meta.categories.clone(),
                years: filters::years(&f.mpps),
                newest_batch: f.meta.current_batch.clone(),
            })
            .unwrap_or_default()
    });

    let write = move |edit: &dyn Fn(&mut UrlState)| {
        let mut next = url.state.get_untracked();
        edit(&mut next);
        url.set.run(next);
    };
    let on_filters = Callback::new(move |next: Filters| write(&|s| s.filters = next.clone()));
    let select = Callback::new(move |slug: String| write(&|s| s.selected = Some(slug.clone())));
    let on_view = Callback::new(move |view: MapView| write(&|s| s.view = Some(view)));
    let clear = move |_| {
        write(&|s| s.filters = Filters::default());
        geo.clear.run(());
    };

    let wide = use_media_query("(min-width: 768px)");
    let panel = RwSignal::new(Panel::List);
    let switch = NodeRef::<leptos::html::Div>::new();
    let list_scroll = StoredValue::new((0.0, None::<String>));
    // On a phone the map takes the screen under the switch, and the list
    // comes back where it was left — unless an MPP was chosen on the map
    // meanwhile: then the list shows that one (MppList scrolls to it).
    let switch_to = move |which: Panel| {
        if panel.get_untracked() == which {
            return;
        }
        let Some(window) = crate::browser::window() else {
            panel.set(which);
            return;
        };
        if which == Panel::Map {
            let chosen = selected.get_untracked();
            list_scroll.set_value((window.scroll_y().unwrap_or(0.0), chosen));
        }
        panel.set(which);
        if wide.get_untracked() {
            return;
        }
        request_animation_frame(move || match which {
            Panel::Map => {
                if let Some(bar) = switch.get_untracked() {
                    bar.scroll_into_view();
                    focus_tab_if_in_list(&window, &bar);
                }
            }
            Panel::List => {
                let (y, chosen) = list_scroll.get_value();
                if chosen == selected.get_untracked() {
                    window.scroll_to_with_x_and_y(0.0, y);
                }
            }
        });
    };
    let map_visible = Signal::derive(move || wide.get() || panel.get() == Panel::Map);
    let list_visible = Signal::derive(move || wide.get() || panel.get() == Panel::List);
    let show_on_map = Callback::new(move |slug: String| {
        select.run(slug);
        switch_to(Panel::Map);
    });

    let found = use_filter_result(UseFilterResultOptions {
        filters: filters.into(),
        selected: selected.into(),
        page_size,
    });
    // The whole first page drawn: it takes the pre-rendered one's place.
    use_page_ready(move || store.feed_settled() && found.complete.get());
    let (result, entries) = (found.result, found.entries);
    let all_mpps = store.all_mpps();

    let summary = move || {
        store.feed.get().map(|f| {
            view! { <p class="lede">{move || texts().summary(&f.summary, &f.meta)}</p> }
        })
    };
    // Fine-grained on purpose: this line changes with every keystroke.
    let count = move || {
        found
            .count
            .get()
            .map(|(hits, total)| texts().showing(hits, total))
    };
    let no_results = move || {
        result
            .with(|r| r.as_ref().is_some_and(|r| r.hits.is_empty()))
            .then(|| view! { <span class="no-results">" — " {tr(|t| t.no_results)}</span> })
    };
    // "Open at": how many are open then, and how many follow unjudged.
    let open_at_note = move || {
        found
            .open_at_note
            .get()
            .map(|note| view! { <p class="meta open-at-count">{note}</p> })
    };
    let category_note = move || {
        let unlisted = result.with(|r| r.as_ref().map_or(0, |r| r.without_service_list));
        (unlisted > 0)
            .then(|| view! { <p class="meta category-note">{move || texts().without_service_list(unlisted)}</p> })
    };
    let clear_button = move || {
        filters.with(Filters::is_active).then(|| view! {
            <p class="clear-filters"><button type="button" class="link-button" on:click=clear>{tr(|t| t.clear_filters)}</button></p>
        })
    };
    // Of the MPPs found, not of the whole feed: the map shows those.
    let unlocated = move || result.with(|r| r.as_ref().map_or(0, |r| r.without_location));
    let any_unlocated = Memo::new(move |_| unlocated() > 0);
    let without_location = move || {
        any_unlocated.get().then(|| {
            view! { <p class="meta map-note">{move || texts().without_location(unlocated())}</p> }
        })
    };
    let bad_params = move || {
        let invalid = url.invalid.get();
        (!invalid.is_empty())
            .then(|| view! { <p class="notice notice-warning">{move || texts().bad_params(&invalid)}</p> })
    };
    let tab = move |which: Panel, label: Word| {
        view! {
            <button
                type="button"
                class="tab"
                aria-pressed=move || (panel.get() == which).to_string()
                on:click=move |_| switch_to(which)
            >
                {tr(label)}
            </button>
        }
    };

    view! {
        <div class="home" data-panel=move || if panel.get() == Panel::Map { "map" } else { "list" }>
            <div class="home-main">
                <h1>{tr(|t| t.home_title)}</h1>
                {summary}
                {bad_params}
                <SearchPanel filters=filters on_change=on_filters options=options on_focus=Callback::new(move |()| store.ensure_details())>
                    <NearMe/>
                </SearchPanel>
                <div class="result-line">
                    <p class="result-count" role="status" aria-live="polite" aria-atomic="true">{count}{no_results}</p>
                    <ShareButton title=Signal::derive(move || format!("{} — {}", texts().app_name, texts().home_title))/>
                </div>
                {category_note}
                {open_at_note}
                {clear_button}
                <div class="view-switch" role="group" aria-label=tr(|t| t.views_label) node_ref=switch>
                    {tab(Panel::List, |t| t.tab_list)}
                    {tab(Panel::Map, |t| t.tab_map)}
                </div>
                <div class="list-panel">
                    <MppList entries selected visible=list_visible on_show_on_map=show_on_map more=found.more on_more=found.show_more all_href=ALL_PATH now first_without_hours=found.first_without_hours/>
                </div>
            </div>
            <div class="map-panel">
                <MppMap
                    mpps=all_mpps
                    shown=found.shown
                    selected
                    on_select=select
                    visible=map_visible
                    user_position=geo.position
                    initial_view=initial_view
                    on_view_change=on_view
                />
                {without_location}
            </div>
        </div>
    }
}

/// "Lihat di peta" pressed from the keyboard is in the list, hidden once the
/// map shows: focus goes to the pressed tab of `bar` (the map's), not back
/// to the page's start.
fn focus_tab_if_in_list(window: &web_sys::Window, bar: &web_sys::Element) {
    let in_list = window
        .document()
        .and_then(|d| d.active_element())
        .and_then(|e| e.closest(".list-panel").ok().flatten())
        .is_some();
    let tab = bar.query_selector("[aria-pressed=true]").ok().flatten();
    if let Some(tab) = tab.filter(|_| in_list) {
        let _ = tab.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}
