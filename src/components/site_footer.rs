use leptos::prelude::*;

use crate::components::licences::LicenceItems;
use crate::i18n::texts;
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
    let t = texts();
    move || {
        store.feed.get().map(|feed| {
            view! {
                <footer class="site-footer">
                    <nav class="footer-nav" aria-label=t.app_name>
                        <a href=app_href("/statistik")>{t.stats_link}</a>
                        <a href=app_href("/inovasi")>{t.kipp_link()}</a>
                        <a href=app_href("/tentang")>{t.about_link}</a>
                        <a href=app_href("/sematkan")>{t.embed_link}</a>
                    </nav>
                    <p>{t.data_generated} " " {t.date(&feed.meta.generated)} ". " {provenance(&feed.meta, t.lang)}</p>
                    <details>
                        <summary>{t.licences}</summary>
                        <ul><LicenceItems licences=feed.meta.licences.clone()/></ul>
                    </details>
                </footer>
            }
        })
    }
}
