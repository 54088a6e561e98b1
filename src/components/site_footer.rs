use leptos::prelude::*;

use crate::components::licences::LicenceItems;
use crate::i18n::{current_language, texts, tr};
use crate::routing::app_href;
use crate::state::use_feed_store;
use domain::{FeedMeta, Lang};

/// Where the data comes from, in the page's language where the feed gives it.
fn provenance(meta: &FeedMeta, lang: Lang) -> String {
    match (lang, &meta.provenance_en) {
        (Lang::En, Some(english)) => english.clone(),
        _ => meta.provenance.clone(),
    }
}

/// When the data was compiled, where it comes from, and its licences.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let store = use_feed_store();
    move || {
        store.feed.get().map(|feed| {
            let generated = feed.meta.generated.clone();
            let this = feed.clone();
            let licences = feed.meta.licences.clone();
            view! {
                <footer class="site-footer">
                    <nav class="footer-nav" aria-label=tr(|t| t.app_name)>
                        <a href=app_href("/statistik")>{tr(|t| t.stats_link)}</a>
                        <a href=app_href("/inovasi")>{tr(|t| t.kipp_link())}</a>
                        <a href=app_href("/tentang")>{tr(|t| t.about_link)}</a>
                        <a href=app_href("/sematkan")>{tr(|t| t.embed_link)}</a>
                    </nav>
                    <p>{tr(|t| t.data_generated)} " " {move || texts().date(&generated)} ". " {move || provenance(&this.meta, texts().lang)}</p>
                    <details>
                        <summary>{tr(|t| t.licences)}</summary>
                        <ul>{move || {
                            current_language();
                            view! { <LicenceItems licences=licences.clone()/> }
                        }}</ul>
                    </details>
                </footer>
            }
        })
    }
}
