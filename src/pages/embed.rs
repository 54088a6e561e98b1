use std::sync::Arc;

use leptos::{html::Main, prelude::*};
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::components::{
    feed_status::FeedStatus,
    map::{MapMode, MppMap},
    mpp_list::MppList,
    near_me::NearMe,
    open_day_select::OpenDaySelect,
};
use crate::hooks::{
    use_filter_result, use_height_reporter, use_in_view, use_links_leave_frame, use_page_ready,
    UseClock, UseFilterResultOptions, UseGeolocation,
};
use crate::i18n::{texts, tr};
use crate::pages::set_title;
use crate::routing::app_href;
use crate::state::use_feed_store;
use domain::{
    embed::EmbedParams,
    filters::Filters,
    hours_calendar::{OpenAt, OpenDay},
    region::{resolve_region, Region},
    url_state::UrlState,
    Mpp,
};

/// How many list items an embedded list shows at a time.
const PAGE_SIZE: usize = 10;

on_demand!(EmbedRoute, EmbedPage, with crate::components::map::fetch_code);

/// `/embed/<wilayah>` (or `/embed?wilayah=`): the map and list for another
/// site's iframe — no site chrome, usable from 300 px, limited to the
/// region (with a way to widen), and a link that opens the full app in a new
/// tab. It reports its height to the host page (`embed.js` sizes the
/// iframe). A region's page is pre-rendered (`tools/prerender`): the app
/// takes it over once the feed is here.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let store = use_feed_store();
    let geo = expect_context::<UseGeolocation>();
    let now = expect_context::<UseClock>().now;
    let query = use_query_map();
    let path = use_params_map();
    let params = Memo::new(move |_| {
        let path = path.read();
        EmbedParams::from_path_and_pairs(
            path.get_str("wilayah"),
            query.read().latest_values().map(|(k, v)| (k.as_ref(), v)),
        )
    });

    // The region asked for; `widened` steps out to the province, then to all.
    let widened = RwSignal::new(0u8);
    let asked = Memo::new(move |_| {
        let wilayah = params.read().wilayah.clone()?;
        let found = store
            .feed
            .with(|f| f.as_ref().map(|f| resolve_region(&f.mpps, &wilayah)));
        Some((wilayah, found))
    });
    let region = Memo::new(move |_| {
        let region = asked.get()?.1.flatten()?;
        match (widened.get(), region.province()) {
            (0, _) => Some(region),
            (1, Some(province)) => Some(province),
            _ => None,
        }
    });
    let selected = RwSignal::new(params.get_untracked().mpp);
    // "Buka pada": from `buka=`/`jam=`, then the reader's own choice.
    let open_at = RwSignal::new(params.get_untracked().open_at);
    let filters = Signal::derive(move || Filters {
        region: region.get(),
        open_at: open_at.get(),
        ..Default::default()
    });
    let found = use_filter_result(UseFilterResultOptions {
        filters,
        selected: selected.into(),
        page_size: PAGE_SIZE,
    });
    // The whole first page drawn: it takes the pre-rendered one's place.
    use_page_ready(move || store.feed_settled() && found.complete.get());
    // The map gets the region's MPPs only: a regency's frame need not make
    // (and cluster) markers for all of Indonesia on a cheap phone.
    let map_mpps = Memo::new(move |_| -> Arc<[Mpp]> {
        let Some(feed) = store.feed.get() else {
            return Arc::from([]);
        };
        found.shown.with(|shown| match shown {
            Some(indexes) => indexes.iter().map(|&i| feed.mpps[i].clone()).collect(),
            None => feed.mpps.clone(),
        })
    });
    let map_shown = Memo::new(move |_| {
        region
            .with(Option::is_some)
            .then(|| (0..map_mpps.with(|m| m.len())).collect())
    });
    let map_area = NodeRef::<leptos::html::Div>::new();
    let map_near = use_in_view(map_area);

    let title = move || {
        region.get().map_or_else(
            || texts().embed_all_title.to_owned(),
            |r| format!("MPP — {}", r.name()),
        )
    };
    set_title(move || format!("{} — {}", title(), texts().app_name));
    // The full app, on the same place.
    let full_app = move || {
        let mut state = UrlState {
            selected: selected.get(),
            lang: Some(texts().lang),
            ..Default::default()
        };
        state.filters.open_at = open_at.get();
        match region.get() {
            Some(Region::Province { code, .. }) => state.filters.province = Some(code),
            Some(Region::Regency {
                name,
                province_code,
                ..
            }) => {
                state.filters.province = Some(province_code);
                state.filters.query = name;
            }
            None => {}
        }
        format!("{}{}", app_href("/"), state.to_query())
    };
    let problems = move || {
        let mut lines = Vec::new();
        if let Some((wilayah, Some(None))) = asked.get() {
            lines.push(format!(
                "{} “{}”.",
                texts().embed_unknown_region,
                wilayah.chars().take(40).collect::<String>()
            ));
        }
        let invalid = params.read().invalid.clone();
        if !invalid.is_empty() {
            lines.push(texts().bad_params(&invalid));
        }
        (!lines.is_empty()).then(|| {
            view! { <div class="notice notice-warning embed-problems">{lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}</div> }
        })
    };
    let widen = move || {
        let current = region.get()?;
        let (label, step) = match current.province() {
            Some(province) if widened.get() == 0 => {
                (format!("{} {}", texts().embed_widen_to, province.name()), 1)
            }
            _ => (texts().embed_widen_all.to_owned(), 2),
        };
        Some(
            view! { <button type="button" class="link-button embed-widen" on:click=move |_| widened.set(step)>{label}</button> },
        )
    };
    let count = move || {
        found
            .count
            .get()
            .map(|(hits, total)| texts().showing(hits, total))
    };
    let open_at_note = move || {
        found
            .open_at_note
            .get()
            .map(|note| view! { <p class="meta open-at-count">{note}</p> })
    };
    // The day only (the time comes from `jam=`): a frame has little room.
    let on_open_day = Callback::new(move |day: Option<OpenDay>| {
        let time = open_at.get_untracked().and_then(|a| a.time);
        open_at.set(day.map(|day| OpenAt { day, time }));
    });
    let chosen_open_day = Signal::derive(move || open_at.get().map(|a| a.day));
    let view_mode = Memo::new(move |_| params.read().view);
    let select = Callback::new(move |slug: String| selected.set(Some(slug)));
    let root = NodeRef::<Main>::new();
    use_height_reporter(root);
    use_links_leave_frame(root);

    view! {
        <main class="embed" node_ref=root data-view=move || view_mode.get().code()>
            <div class="embed-bar">
                <h1 class="embed-title">{title}</h1>
                <a class="embed-full" href=full_app target="_blank" rel="noopener" aria-label=tr(|t| t.embed_open_full_label)>
                    "Peta MPP " <span aria-hidden="true">"↗"</span>
                </a>
            </div>
            <FeedStatus/>
            {problems}
            <div class="embed-tools">
                <p class="result-count" role="status" aria-live="polite">{count}</p>
                {widen}
                <NearMe/>
                <label class="embed-open-at">
                    <span>{texts().open_at_label()}</span>
                    <OpenDaySelect chosen=chosen_open_day on_pick=on_open_day/>
                </label>
            </div>
            {open_at_note}
            <div class="embed-layout">
                {move || view_mode.get().shows_list().then(|| view! {
                    <div class="embed-list">
                        <MppList
                            entries=found.entries
                            selected
                            more=found.more
                            on_more=found.show_more
                            now
                            new_tab_links=true
                            first_without_hours=found.first_without_hours
                        />
                    </div>
                })}
                {move || view_mode.get().shows_map().then(|| view! {
                    <div class="embed-map" node_ref=map_area>
                        <MppMap
                            mpps=map_mpps
                            shown=map_shown
                            visible=map_near
                            selected
                            on_select=select
                            user_position=geo.position
                            new_tab_links=true
                            mode=MapMode::Region
                        />
                    </div>
                })}
            </div>
        </main>
    }
}
