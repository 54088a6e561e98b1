//! The app's pages rendered to HTML natively, at build time
//! (`tools/prerender`), by the same components the browser runs. The data
//! is given up front, so nothing waits: what the page shows once its feed
//! has arrived is what the HTML holds.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use crate::app::{provide_app_state, Shell};
use crate::browser;
use crate::i18n;
use crate::state::{DetailsStatus, FeedStore, Loadable, LoadedFeed, RegionsStatus};
use domain::{coverage::RegionsFile, innovation::InnovationsFile, DetailsFile, Lang};

/// Everything a page may show, as the feed files hold it.
pub struct SiteData {
    pub feed: Arc<LoadedFeed>,
    pub details: Arc<DetailsFile>,
    pub regions: Option<Arc<RegionsFile>>,
    pub innovations: Arc<InnovationsFile>,
}

/// One page as HTML: the markup of `<body>` and the title the page set.
pub struct RenderedPage {
    pub body: String,
    pub title: String,
}

/// Runs no task. Rendered natively, a page is written once from data given
/// up front: what reactive code would do later (an effect, a selector
/// following a signal) has no later here. Without an executor at all,
/// Leptos would panic on the first such task.
struct NoLater;

impl any_spawner::CustomExecutor for NoLater {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Renders the app at `path` (below the base, e.g. `/mpp/kota-padang`) in
/// `lang`, as `base` ("" or "/peta-mpp") serves it.
pub fn render_page(path: &str, base: &str, lang: Lang, data: &SiteData) -> RenderedPage {
    // Once per process; a second call only says it is set already.
    let _ = any_spawner::Executor::init_custom_executor(NoLater);
    let owner = Owner::new();
    let page = owner.with(|| {
        let store = FeedStore::with_loaded(data.feed.clone());
        store
            .details
            .set(DetailsStatus::Ready(data.details.clone()));
        store
            .innovations
            .set(Loadable::Ready(data.innovations.clone()));
        store.regions.set(match &data.regions {
            Some(regions) => RegionsStatus::Ready(regions.clone()),
            None => RegionsStatus::Unavailable,
        });
        provide_app_state(store);
        i18n::provide_language(Signal::stored(lang));
        provide_context(RequestUrl::new(&format!("{base}{path}")));
        let body = view! { <Shell base=base.to_owned()/> }.to_html();
        RenderedPage {
            body,
            title: browser::take_rendered_title().unwrap_or_default(),
        }
    });
    owner.unset();
    page
}
