use leptos::prelude::*;

use crate::components::mpp_list::{list_page, ListEntry};
use crate::domain::filters::FilterResult;
use crate::state::use_feed_store;

/// A result shown a page at a time: the rows on screen, how many more
/// there are, and the "show more" action. A new result starts again at one
/// page, but always reaches the selected MPP.
#[derive(Clone, Copy)]
pub struct UseListPage {
    pub entries: Memo<Vec<ListEntry>>,
    pub more: Signal<usize>,
    pub show_more: Callback<()>,
}

pub fn use_list_page(
    result: Memo<Option<FilterResult>>,
    selected: Signal<Option<String>>,
    page_size: usize,
) -> UseListPage {
    let store = use_feed_store();
    let limit = RwSignal::new(page_size);
    Effect::new(move |_| {
        result.track();
        limit.set(page_size);
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
    let show_more = Callback::new(move |()| limit.update(|l| *l += page_size));
    UseListPage {
        entries,
        more,
        show_more,
    }
}
