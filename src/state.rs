//! App state shared through context: the feed as loaded, and the details
//! file once a detail page asks for it. Pages read signals; only the
//! methods here start loads.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::feed_client;
use domain::LoadError;
use domain::{
    coverage::RegionsFile, innovation::InnovationsFile, search::SearchIndex,
    summary::sort_for_list, DetailsFile, FeedMeta, FeedSummary, Mpp, ParsedFeed,
};

/// A feed ready to show, sorted for the list.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedFeed {
    pub meta: FeedMeta,
    /// Shared, not copied: the list, the maps and the search read the same MPPs.
    pub mpps: Arc<[Mpp]>,
    pub summary: FeedSummary,
    /// Records the parser skipped (shown as a count, never silently).
    pub skipped: usize,
    /// Absolute URL the feed came from; the details URL is relative to it.
    pub url: String,
}

impl LoadedFeed {
    pub fn new(parsed: ParsedFeed, url: String) -> Self {
        let mut mpps = parsed.mpps;
        sort_for_list(&mut mpps);
        Self {
            summary: FeedSummary::of(&mpps),
            meta: parsed.meta,
            skipped: parsed.skipped.len(),
            mpps: mpps.into(),
            url,
        }
    }

    pub fn by_slug(&self, slug: &str) -> Option<&Mpp> {
        self.mpps.iter().find(|m| m.slug == slug)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum LoadStatus {
    Loading,
    Ready,
    /// The fresh feed failed; the last good copy is shown (saved on the
    /// device at `saved_at`, or already on screen when `None`).
    ShowingSaved {
        error: LoadError,
        saved_at: Option<String>,
    },
    /// The network did not answer (in time) and the service worker gave the
    /// copy it saved; `offline` when the browser knows it has no network.
    Saved {
        offline: bool,
    },
    /// The feed failed and there is nothing to show.
    Failed(LoadError),
}

#[derive(Debug, Clone, PartialEq)]
pub enum DetailsStatus {
    NotRequested,
    Loading,
    Ready(Arc<DetailsFile>),
    Failed(LoadError),
}

impl DetailsStatus {
    /// Loaded, or failed for good.
    pub fn is_settled(&self) -> bool {
        !matches!(self, Self::NotRequested | Self::Loading)
    }
}

#[derive(Clone, Copy)]
pub struct FeedStore {
    pub feed: RwSignal<Option<Arc<LoadedFeed>>>,
    pub status: RwSignal<LoadStatus>,
    pub details: RwSignal<DetailsStatus>,
    /// The search index of `feed`, with the details' tenants once loaded:
    /// derived, so it can never lag behind what it indexes.
    pub index: Memo<Option<Arc<SearchIndex>>>,
    /// The regions file, once the statistics page asks for it.
    pub regions: RwSignal<RegionsStatus>,
    /// The OPSI KIPP 2025 winners, once their page asks for them.
    pub innovations: RwSignal<InnovationsStatus>,
    /// The page's `?feed=` named a feed this page does not read (another
    /// site's, another scheme): the default feed is shown, and the page
    /// says why.
    pub feed_link_refused: RwSignal<bool>,
    /// The GeoJSON shapes the maps have asked for, kept for the next map.
    shapes: StoredValue<HashMap<Shapes, Arc<str>>>,
    /// The feed chosen by the first load: a retry reads the same one, even
    /// after the address has changed in the app.
    source: StoredValue<Option<feed_client::FeedSource>>,
    /// A load of the feed is on its way: another press of "Coba lagi"
    /// waits for it instead of starting a second one.
    loading: StoredValue<bool>,
}

/// The GeoJSON shapes bundled with the app (the feed does not name them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shapes {
    /// Indonesia's coastline: the basemap when tiles cannot load.
    IndonesiaOutline,
    /// The provinces before 2012: the coverage map, and borders over the outline.
    Provinces2012,
}

impl Shapes {
    fn path(self) -> &'static str {
        match self {
            Shapes::IndonesiaOutline => "data/indonesia-outline.geojson",
            Shapes::Provinces2012 => "data/indonesia-provinces-2012.geojson",
        }
    }
}

/// A second file a page needs, once the page asks for it.
#[derive(Debug, Clone, PartialEq)]
pub enum Loadable<T> {
    NotRequested,
    Loading,
    Ready(Arc<T>),
    /// Failed, or there is none to have (the feed names no regions file).
    Unavailable,
}

impl<T> Loadable<T> {
    /// Loaded, or not to be had.
    pub fn is_settled(&self) -> bool {
        !matches!(self, Self::NotRequested | Self::Loading)
    }

    /// Not loaded and not on its way: worth asking (again).
    fn wanted(&self) -> bool {
        matches!(self, Self::NotRequested | Self::Unavailable)
    }
}

/// The regions file (coverage of all regencies and cities).
pub type RegionsStatus = Loadable<RegionsFile>;
/// The OPSI KIPP 2025 winners (`/inovasi`).
pub type InnovationsStatus = Loadable<InnovationsFile>;

/// Where the app keeps the OPSI KIPP 2025 file, beside itself: it is not
/// part of the MPP feed, so another feed (`?feed=`) does not change it.
const INNOVATIONS_PATH: &str = "data/kipp2025.json";

impl FeedStore {
    pub fn new() -> Self {
        let feed = RwSignal::new(None::<Arc<LoadedFeed>>);
        let details = RwSignal::new(DetailsStatus::NotRequested);
        // A new index is a new value: compared by identity, not by content.
        let index = Memo::new_with_compare(
            move |_| {
                let feed = feed.get()?;
                let mut index = SearchIndex::new(&feed.mpps, &feed.meta.categories);
                if let DetailsStatus::Ready(details) = &*details.read() {
                    // Tenants become searchable ("BPJS", "paspor").
                    index.add_details(&feed.mpps, details);
                }
                Some(Arc::new(index))
            },
            |_, _| true,
        );
        Self {
            feed,
            status: RwSignal::new(LoadStatus::Loading),
            details,
            index,
            regions: RwSignal::new(RegionsStatus::NotRequested),
            innovations: RwSignal::new(InnovationsStatus::NotRequested),
            feed_link_refused: RwSignal::new(false),
            shapes: StoredValue::new(HashMap::new()),
            source: StoredValue::new(None),
            loading: StoredValue::new(false),
        }
    }

    /// The GeoJSON text of `which`, fetched the first time a map asks;
    /// `None` when it cannot be had (the map then does without).
    pub async fn shapes(self, which: Shapes) -> Option<Arc<str>> {
        if let Some(known) = self.shapes.with_value(|s| s.get(&which).cloned()) {
            return Some(known);
        }
        let text: Arc<str> = feed_client::fetch_geojson(&browser::in_app(which.path()))
            .await
            .ok()?
            .into();
        self.shapes.update_value(|s| {
            s.insert(which, text.clone());
        });
        Some(text)
    }

    /// The feed is on screen, or failed for good: the page can show what it has.
    pub fn feed_settled(self) -> bool {
        self.feed.with(Option::is_some) || self.status.with(|s| matches!(s, LoadStatus::Failed(_)))
    }

    /// The feed and a second file the page needs (`part_settled`) are
    /// settled; without a feed the second file is never asked for.
    pub fn settled_with(self, part_settled: bool) -> bool {
        self.feed_settled() && (part_settled || self.feed.with(Option::is_none))
    }

    /// Every MPP of the feed, for a map (empty until the feed loads):
    /// the feed's own list, shared, so a read copies no MPP.
    pub fn all_mpps(self) -> Signal<Arc<[Mpp]>> {
        Signal::derive(move || {
            self.feed
                .with(|f| f.as_ref().map(|f| f.mpps.clone()))
                .unwrap_or_else(|| Arc::from([]))
        })
    }

    /// Shows `feed` (the search index follows).
    fn publish(self, feed: LoadedFeed) {
        self.feed.set(Some(Arc::new(feed)));
    }

    /// A store already holding a feed (tests, and embedding a fixed feed).
    pub fn with_feed(feed: LoadedFeed) -> Self {
        Self::with_loaded(Arc::new(feed))
    }

    /// A store already holding a feed shared with others (pre-rendering
    /// every page from one feed).
    pub fn with_loaded(feed: Arc<LoadedFeed>) -> Self {
        let store = Self::new();
        store.feed.set(Some(feed));
        store.status.set(LoadStatus::Ready);
        store
    }

    /// Fetches the feed. On failure, keeps what is on screen, or falls
    /// back to the last good copy of that feed on the device, and says what
    /// went wrong. One load at a time: a call while one is on its way
    /// (a second press of "Coba lagi") is that load.
    pub fn load(self) {
        if self.loading.try_get_value().unwrap_or(true) {
            return;
        }
        self.loading.set_value(true);
        let source = match self.source.get_value() {
            Some(source) => source,
            None => {
                let source = feed_client::feed_source();
                self.source.set_value(Some(source.clone()));
                source
            }
        };
        self.feed_link_refused.set(source.refused_link);
        self.status.set(LoadStatus::Loading);
        spawn_local(async move {
            let result = feed_client::fetch_feed(&source).await;
            // The store is gone (its page was left, a test ended): nothing to show.
            if self.loading.try_set_value(false).is_some() {
                return;
            }
            self.show_loaded(result, &source);
        });
    }

    fn show_loaded(
        self,
        result: Result<feed_client::FetchedFeed, LoadError>,
        source: &feed_client::FeedSource,
    ) {
        let url = source.url.clone();
        match result {
            Ok(fetched) => {
                self.publish(LoadedFeed::new(fetched.feed, url));
                self.status.set(if fetched.saved {
                    LoadStatus::Saved {
                        offline: browser::is_offline(),
                    }
                } else {
                    LoadStatus::Ready
                });
            }
            Err(error) => {
                let saved = feed_client::load_last_good(source);
                let status = match saved {
                    Some(saved) => {
                        if self.feed.with_untracked(Option::is_none) {
                            self.publish(LoadedFeed::new(saved.feed, url));
                        }
                        LoadStatus::ShowingSaved {
                            error,
                            saved_at: Some(saved.saved_at),
                        }
                    }
                    None if self.feed.with_untracked(Option::is_some) => LoadStatus::ShowingSaved {
                        error,
                        saved_at: None,
                    },
                    None => LoadStatus::Failed(error),
                };
                self.status.set(status);
            }
        }
    }

    /// Loads the regions file once, when the statistics page needs it.
    pub fn ensure_regions(self) {
        let needed = self.regions.with_untracked(Loadable::wanted);
        let Some(feed) = self.feed.get_untracked().filter(|_| needed) else {
            return;
        };
        let Some(relative) = feed.meta.regions_url.as_deref() else {
            self.regions.set(RegionsStatus::Unavailable);
            return;
        };
        self.regions.set(RegionsStatus::Loading);
        let url = browser::resolve(relative, &feed.url);
        spawn_local(async move {
            self.regions
                .set(match feed_client::fetch_regions(&url).await {
                    Ok(regions) => RegionsStatus::Ready(Arc::new(regions)),
                    Err(_) => RegionsStatus::Unavailable,
                });
        });
    }

    /// Loads the OPSI KIPP 2025 file once, when its page first needs it
    /// (a failed load is tried again on the next visit).
    pub fn ensure_innovations(self) {
        if !self.innovations.with_untracked(Loadable::wanted) {
            return;
        }
        self.innovations.set(Loadable::Loading);
        spawn_local(async move {
            let url = browser::in_app(INNOVATIONS_PATH);
            self.innovations
                .set(match feed_client::fetch_innovations(&url).await {
                    Ok(file) => Loadable::Ready(Arc::new(file)),
                    Err(_) => Loadable::Unavailable,
                });
        });
    }

    /// Loads the details file once, when a detail page first needs it.
    /// One load at a time: while it is `Loading` another call does nothing,
    /// and the feed it belongs to cannot change meanwhile (a store reads
    /// one feed URL, chosen by its first load).
    pub fn ensure_details(self) {
        let needed = self.details.with_untracked(|d| {
            matches!(d, DetailsStatus::NotRequested | DetailsStatus::Failed(_))
        });
        let Some(feed) = self.feed.get_untracked().filter(|_| needed) else {
            return;
        };
        // A feed without a details file has nothing more to say: every
        // detail then reads "belum ada data" instead of loading for ever.
        let Some(relative) = feed.meta.details_url.as_deref() else {
            self.details.set(DetailsStatus::Ready(Arc::default()));
            return;
        };
        self.details.set(DetailsStatus::Loading);
        let url = browser::resolve(relative, &feed.url);
        spawn_local(async move {
            match feed_client::fetch_details(&url).await {
                Ok(details) => self.details.set(DetailsStatus::Ready(Arc::new(details))),
                Err(error) => self.details.set(DetailsStatus::Failed(error)),
            }
        });
    }
}

impl Default for FeedStore {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_feed_store() -> FeedStore {
    expect_context::<FeedStore>()
}
