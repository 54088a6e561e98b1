use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{
    map::CoverageMap,
    stats::{coverage_table::CoverageTable, timeline_chart::TimelineChart},
};
use crate::hooks::use_page_ready;
use crate::i18n::{texts, tr};
use crate::pages::set_title;
use crate::routing::app_href;
use crate::state::{use_feed_store, RegionsStatus};
use domain::{coverage::coverage, timeline::Timeline};

on_demand!(StatisticsRoute, StatisticsPage);

/// `/statistik`: how the network grew (chart and table), and where it is
/// still missing (coverage of all 514 regencies and cities, table and map).
#[component]
pub fn StatisticsPage() -> impl IntoView {
    let store = use_feed_store();
    use_page_ready(move || store.settled_with(store.regions.with(RegionsStatus::is_settled)));
    set_title(move || format!("{} — {}", texts().statistics().title, texts().app_name));
    Effect::new(move |_| {
        if store.feed.with(Option::is_some) {
            store.ensure_regions();
        }
    });
    let timeline = move || {
        let feed = store.feed.get()?;
        let timeline = Timeline::of(&feed.mpps);
        let batch = feed.meta.current_batch.clone();
        let table = timeline
            .years
            .iter()
            .map(|y| view! { <tr><th scope="row">{y.year}</th><td class="num">{y.inaugurated}</td><td class="num">{y.cumulative}</td></tr> })
            .collect_view();
        let note = texts().timeline_undated(timeline.undated, timeline.unconfirmed);
        Some(view! {
            <TimelineChart timeline=timeline.clone() batch/>
            <p class="meta timeline-note">{note}</p>
            <div class="table-scroll">
                <table class="timeline-table">
                    <caption>{tr(|t| t.statistics().timeline_title)}</caption>
                    <thead><tr><th scope="col">{tr(|t| t.statistics().col_year)}</th><th scope="col">{tr(|t| t.statistics().col_inaugurated)}</th><th scope="col">{tr(|t| t.statistics().col_cumulative)}</th></tr></thead>
                    <tbody>{table}</tbody>
                </table>
            </div>
        })
    };
    let provinces = Memo::new(move |_| {
        let feed = store.feed.get()?;
        match store.regions.get() {
            RegionsStatus::Ready(regions) => Some(coverage(&regions, &feed.mpps)),
            _ => None,
        }
    });
    let coverage_view = move || match (store.regions.get(), provinces.get()) {
        (RegionsStatus::Ready(_), Some(rows)) => {
            let rows = Signal::derive(move || rows.clone());
            view! {
                <CoverageTable provinces=rows/>
                <CoverageMap provinces=rows/>
                <p class="meta">{tr(|t| t.statistics().coverage_map_note)}</p>
            }
            .into_any()
        }
        (RegionsStatus::Unavailable, _) => {
            view! { <p class="notice notice-warning">{tr(|t| t.statistics().regions_failed)}</p> }
                .into_any()
        }
        _ => view! { <p class="meta">{tr(|t| t.statistics().regions_loading)}</p> }.into_any(),
    };
    // MPPs whose own government publishes their data (issue 22).
    let owner_data = move || {
        let feed = store.feed.get()?;
        let with = feed.mpps.iter().filter(|m| m.publisher.is_some()).count();
        Some(
            view! { <p class="owner-data-count">{texts().owner_data_count(with, feed.mpps.len())}</p> },
        )
    };
    view! {
        <h1>{tr(|t| t.statistics().title)}</h1>
        {owner_data}
        <section aria-labelledby="growth-heading">
            <h2 id="growth-heading">{tr(|t| t.statistics().timeline_title)}</h2>
            {timeline}
        </section>
        <section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">{tr(|t| t.statistics().coverage_title)}</h2>
            <p>{tr(|t| t.statistics().coverage_desc)}</p>
            {coverage_view}
        </section>
        <section aria-labelledby="innovations-heading">
            <h2 id="innovations-heading">{tr(|t| t.kipp_title())}</h2>
            <p>{tr(|t| t.kipp_pointer())} " " <A href=app_href("/inovasi")>{tr(|t| t.kipp_link())}</A></p>
        </section>
    }
}
