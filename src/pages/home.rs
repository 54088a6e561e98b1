use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};

use crate::app::app_href;
use crate::components::{feed_status::FeedStatus, map::MppMap, mpp_list::MppList};
use crate::domain::dates::format_date_id;
use crate::hooks::use_media_query;
use crate::i18n::texts;
use crate::pages::set_title;
use crate::state::use_feed_store;

/// Which half of the page a narrow screen shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Panel {
    List,
    Map,
}

/// `/`: every MPP of the feed, the nine new ones first, as a list and a
/// map in step. The selection lives in the URL (`?mpp=<slug>`), so a
/// shared link opens the same MPP.
#[component]
pub fn HomePage() -> impl IntoView {
    let store = use_feed_store();
    let t = texts();
    set_title(&format!("{} — {}", t.app_name, t.home_title));
    let mpps = Signal::derive(move || store.feed.get().map(|f| f.mpps.clone()).unwrap_or_default());

    let query = use_query_map();
    let selected = Signal::derive(move || query.read().get("mpp").filter(|s| !s.is_empty()));
    let navigate = use_navigate();
    let home = app_href("/");
    let select = Callback::new(move |slug: String| {
        let options = NavigateOptions {
            resolve: false,
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(&format!("{home}?mpp={slug}"), options);
    });

    let wide = use_media_query("(min-width: 768px)");
    let panel = RwSignal::new(Panel::List);
    let map_visible = Signal::derive(move || wide.get() || panel.get() == Panel::Map);
    let list_visible = Signal::derive(move || wide.get() || panel.get() == Panel::List);
    let show_on_map = Callback::new(move |slug: String| {
        select.run(slug);
        panel.set(Panel::Map);
    });

    let summary = move || {
        store.feed.get().map(|f| {
            let announced = format_date_id(&f.meta.announced_date);
            view! { <p class="lede">{t.summary(&f.summary, f.meta.announced_total, &announced)}</p> }
        })
    };
    let without_location = move || {
        store.feed.get().filter(|f| f.summary.without_location > 0).map(|f| {
            view! { <p class="meta map-note">{t.without_location(f.summary.without_location)}</p> }
        })
    };
    let tab = move |which: Panel, label: &'static str| {
        view! {
            <button
                type="button"
                class="tab"
                aria-pressed=move || (panel.get() == which).to_string()
                on:click=move |_| panel.set(which)
            >
                {label}
            </button>
        }
    };

    view! {
        <h1>{t.home_title}</h1>
        {summary}
        <FeedStatus/>
        <div class="view-switch" role="group" aria-label=t.views_label>
            {tab(Panel::List, t.tab_list)}
            {tab(Panel::Map, t.tab_map)}
        </div>
        <div class="home-layout" data-panel=move || if panel.get() == Panel::Map { "map" } else { "list" }>
            <div class="list-panel">
                <MppList mpps selected visible=list_visible on_show_on_map=show_on_map/>
            </div>
            <div class="map-panel">
                <MppMap mpps selected on_select=select visible=map_visible/>
                {without_location}
            </div>
        </div>
    }
}
