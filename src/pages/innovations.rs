use std::sync::Arc;

use leptos::{ev, prelude::*};
use leptos_router::hooks::use_query_map;

use crate::browser;
use crate::components::innovation_entry::InnovationEntry;
use crate::hooks::use_page_ready;
use crate::i18n::{current_language, texts, tr};
use crate::pages::set_title;
use crate::state::{use_feed_store, Loadable};
use domain::{
    innovation::{site_of, InnovationsFile},
    is_safe_link,
};

on_demand!(InnovationsRoute, InnovationsPage);

/// The query parameter of the province filter (as on the home page).
const PROVINCE_PARAM: &str = "provinsi";

/// `/inovasi`: the OPSI KIPP 2025 winners the sources name, how firmly each
/// is known, and how many are still missing — never a list that pretends
/// to be complete. Its data loads with the page, not with the app.
#[component]
pub fn InnovationsPage() -> impl IntoView {
    let store = use_feed_store();
    set_title(move || format!("{} — {}", texts().kipp_title(), texts().app_name));
    store.ensure_innovations();
    use_page_ready(move || store.settled_with(store.innovations.with(Loadable::is_settled)));
    let query = use_query_map();
    let province = RwSignal::new(
        query
            .with_untracked(|q| q.get(PROVINCE_PARAM))
            .filter(|p| !p.is_empty()),
    );
    let body = move || match store.innovations.get() {
        Loadable::Ready(file) => view! { <InnovationList file province/> }.into_any(),
        Loadable::Unavailable => {
            view! { <p class="notice notice-warning">{tr(|t| t.kipp_failed())}</p> }.into_any()
        }
        Loadable::NotRequested | Loadable::Loading => {
            view! { <p class="notice notice-loading">{tr(|t| t.kipp_loading())}</p> }.into_any()
        }
    };
    view! {
        <article class="innovations">
            <h1>{tr(|t| t.kipp_title())}</h1>
            {body}
        </article>
    }
}

/// The intro, the province filter and the winners found.
#[component]
fn InnovationList(
    /// The OPSI KIPP 2025 file.
    file: Arc<InnovationsFile>,
    /// The chosen province's code (mirrored in `?provinsi=`).
    province: RwSignal<Option<String>>,
) -> impl IntoView {
    let store = use_feed_store();
    let found = file.innovations.len();
    let total = file.meta.total_awarded;
    let intro = {
        let file = file.clone();
        move || {
            let batch = store.feed.get().and_then(|f| f.meta.current_batch.clone());
            texts().kipp_intro(&file.meta.awarded, total, batch.as_ref())
        }
    };
    let grouped = file
        .innovations
        .iter()
        .filter(|i| i.group.is_some())
        .count();
    let totals_sources = file
        .meta
        .sources
        .iter()
        .filter(|url| is_safe_link(url))
        .enumerate()
        .map(|(n, url)| {
            let gap = if n == 0 { " " } else { ", " };
            view! { {gap} <a href=url.clone() rel="noopener noreferrer" target="_blank">{site_of(url).to_owned()}</a> }
        })
        .collect_view();
    let on_province = move |e: ev::Event| {
        let value = Some(event_target_value(&e)).filter(|v| !v.is_empty());
        browser::replace_query_param(PROVINCE_PARAM, value.as_deref());
        province.set(value);
    };
    let options = file
        .provinces()
        .into_iter()
        .map(|(place, count)| {
            let selected = {
                let code = place.code.clone();
                move || province.with(|p| p.as_deref() == Some(code.as_str()))
            };
            view! { <option value=place.code selected=selected>{format!("{} ({count})", place.name)}</option> }
        })
        .collect_view();
    let shown = {
        let file = file.clone();
        Memo::new(move |_| {
            province.with(|p| file.in_province(p.as_deref()).cloned().collect::<Vec<_>>())
        })
    };
    // The entry the address names (a link from an MPP's page) is drawn
    // only now, after the router tried to show it.
    Effect::new(move |_| browser::scroll_to_hash());
    view! {
        <p class="lede">{intro}</p>
        <p>{move || texts().kipp_found(found, total)}</p>
        <p class="meta">
            {tr(|t| t.kipp_totals_source())} ":" {totals_sources}
            {(grouped < found).then_some(move || format!(". {}", texts().kipp_group_rarely(grouped)))}
        </p>
        <div class="innovation-filter">
            <label for="kipp-province">{tr(|t| t.province)}</label>
            <select id="kipp-province" on:change=on_province>
                <option value="" selected=move || province.with(Option::is_none)>{move || format!("{} ({found})", texts().all_provinces)}</option>
                {options}
            </select>
        </div>
        <p class="meta" role="status">{move || texts().kipp_showing(shown.with(Vec::len), found)}</p>
        <ol class="innovation-list">
            <For each=move || shown.get() key=|i| i.id.clone() let:innovation>
                // An entry's words depend on the language in many places
                // (a description only in Indonesian): drawn again on a switch.
                {move || {
                    current_language();
                    view! { <InnovationEntry innovation=innovation.clone()/> }
                }}
            </For>
        </ol>
        <p class="kipp-not-found">{
            let missing = file.not_found();
            move || texts().kipp_not_found(missing)
        }</p>
    }
}
