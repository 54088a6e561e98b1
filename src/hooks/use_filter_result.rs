use leptos::prelude::*;

use domain::filters::{apply, FilterResult, Filters};
use domain::list_page::{list_page, ListEntry};

use crate::hooks::UseGeolocation;
use crate::state::use_feed_store;

/// Options of [`use_filter_result`].
pub struct UseFilterResultOptions {
    /// The filters, e.g. from the URL (home) or the embed's region.
    pub filters: Signal<Filters>,
    /// The selected MPP's slug: the list always reaches it.
    pub selected: Signal<Option<String>>,
    /// How many list rows come at a time.
    pub page_size: usize,
}

/// One filtered result, as a list a page at a time and as what a map shows.
#[derive(Clone, Copy)]
pub struct UseFilterResult {
    /// The hits (`None` until the feed and its index are there).
    pub result: Memo<Option<FilterResult>>,
    /// The rows on screen: the first page, more after "show more".
    pub entries: Memo<Vec<ListEntry>>,
    /// How many hits are beyond `entries`.
    pub more: Signal<usize>,
    pub show_more: Callback<()>,
    /// The feed indexes a map should show, or `None` for all (no filter).
    pub shown: Memo<Option<Vec<usize>>>,
    /// (hits, MPPs in the feed), for "12 dari 308 MPP".
    pub count: Signal<Option<(usize, usize)>>,
}

/// The feed from the store, filtered, ranked and (with a position shared)
/// sorted by distance; home and embed share it. A new result starts again
/// at one page.
pub fn use_filter_result(options: UseFilterResultOptions) -> UseFilterResult {
    let UseFilterResultOptions {
        filters,
        selected,
        page_size,
    } = options;
    let store = use_feed_store();
    let position = use_context::<UseGeolocation>().map(|geo| geo.position);
    let result = Memo::new(move |_| {
        let feed = store.feed.get()?;
        let index = store.index.get()?;
        let position = position.and_then(|p| p.get());
        Some(apply(&feed.mpps, &index, &filters.read(), position))
    });
    // "Show more" belongs to the result it was pressed on; a new result
    // derives one page again (no Effect resetting a counter).
    let extended = RwSignal::new(None::<(Option<FilterResult>, usize)>);
    let limit = Memo::new(move |_| {
        extended.with(|e| match e {
            Some((pressed_on, limit)) if result.with(|r| r == pressed_on) => *limit,
            _ => page_size,
        })
    });
    let entries = Memo::new(move |_| {
        let (Some(feed), Some(result)) = (store.feed.get(), result.get()) else {
            return Vec::new();
        };
        list_page(
            &feed.mpps,
            &result.hits,
            selected.get().as_deref(),
            limit.get(),
            page_size,
        )
    });
    let more = Signal::derive(move || {
        result
            .with(|r| r.as_ref().map_or(0, |r| r.hits.len()))
            .saturating_sub(entries.with(Vec::len))
    });
    let show_more = Callback::new(move |()| {
        let next = entries.with_untracked(Vec::len) + page_size;
        extended.set(Some((result.get_untracked(), next)));
    });
    let shown = Memo::new(move |_| {
        let active = filters.with(Filters::is_active);
        result.with(|r| {
            r.as_ref()
                .filter(|_| active)
                .map(|r| r.hits.iter().map(|h| h.index).collect())
        })
    });
    let count = Signal::derive(move || {
        let total = store.feed.with(|f| f.as_ref().map(|f| f.mpps.len()))?;
        result.with(|r| r.as_ref().map(|r| (r.hits.len(), total)))
    });
    UseFilterResult {
        result,
        entries,
        more,
        show_more,
        shown,
        count,
    }
}
