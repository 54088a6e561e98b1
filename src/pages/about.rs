use leptos::prelude::*;

use crate::components::licences::LicenceItems;
use crate::hooks::use_page_ready;
use crate::i18n::{current_language, texts, tr};
use crate::pages::set_title;
use crate::routing::app_href;
use crate::state::use_feed_store;
use domain::is_safe_link;

on_demand!(AboutRoute, AboutPage);

/// `/tentang`: what an MPP is, where the data comes from, its licences, and
/// why it lists fewer MPPs than announced.
#[component]
pub fn AboutPage() -> impl IntoView {
    let store = use_feed_store();
    use_page_ready(move || store.feed_settled());
    set_title(move || format!("{} — {}", texts().about().title, texts().app_name));
    let fewer = move || {
        store.feed.get().map(|f| {
            view! { <p>{texts().about_fewer(f.meta.announced_total, f.summary.confirmed, f.summary.unconfirmed)}</p> }
        })
    };
    let latest_batch = move || {
        let feed = store.feed.get()?;
        let batch = feed.meta.current_batch.as_ref()?;
        Some(format!(" {}", texts().about_latest_batch(batch)))
    };
    let fewer_title = move || {
        store
            .feed
            .get()
            .map(|f| view! { <h2>{texts().about_fewer_title(f.meta.announced_total)}</h2> })
    };
    let licences = move || {
        store
            .feed
            .get()
            // Drawn again on a language switch: the feed gives English names.
            .map(|feed| {
                current_language();
                view! { <LicenceItems licences=feed.meta.licences.clone()/> }
            })
    };
    let citation = move || {
        let citation = store.feed.get()?.meta.citation.clone()?;
        let line = texts().cite_line(&citation);
        let licence_url = citation.licence_url.clone();
        let licence_link = is_safe_link(&licence_url)
            .then(|| view! { <a href=licence_url rel="noopener">{citation.licence.clone()}</a> });
        Some(view! {
            <h2>{tr(|t| t.cite_title())}</h2>
            <p>{tr(|t| t.cite_intro())}</p>
            <p class="citation">{line} " " {licence_link} "."</p>
        })
    };
    view! {
        <article class="about">
            <h1>{tr(|t| t.about().title)}</h1>
            <h2>{tr(|t| t.about().what_title)}</h2>
            <p>{tr(|t| t.about().what)}{latest_batch}</p>
            <h2>{tr(|t| t.about().data_title)}</h2>
            <p>{tr(|t| t.about().data)}</p>
            {fewer_title}
            {fewer}
            <h2>{tr(|t| t.about().open_data_title)}</h2>
            <p>{tr(|t| t.about().geojson)}</p>
            <ul class="open-data">
                <li>
                    <a href=app_href("/data/mpp.geojson") download="mpp.geojson" type="application/geo+json">"mpp.geojson"</a>
                    " (GeoJSON)"
                </li>
                <li>
                    <a href=app_href("/data/hsds/hsds.json") download="peta-mpp-hsds.json" type="application/json">"hsds.json"</a>
                    " (Open Referral HSDS 3.0): " {tr(|t| t.about().hsds)}
                </li>
            </ul>
            {citation}
            <h2>{tr(|t| t.about().licences_title)}</h2>
            <ul class="licences">
                {licences}
                <li>{tr(|t| t.about().osm)}</li>
                <li>{tr(|t| t.about().software)}</li>
            </ul>
        </article>
    }
}
