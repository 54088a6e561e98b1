use leptos::prelude::*;

use domain::filters::{apply_at, Clock, FilterResult, Filters};
use domain::list_page::{list_page, ListEntry};

use crate::hooks::{UseClock, UseGeolocation, UseHoursCode};
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
    /// The rows on screen: the first page, more after "show more" (a new
    /// result's first rows a frame before the rest of its page, which a
    /// keystroke's result draws once typing pauses).
    pub entries: Memo<Vec<ListEntry>>,
    /// Whether `entries` holds its whole page: a page taking the place of
    /// the pre-rendered one waits for that.
    pub complete: Signal<bool>,
    /// How many hits are beyond `entries`.
    pub more: Signal<usize>,
    pub show_more: Callback<()>,
    /// The feed indexes a map should show, or `None` for all (no filter).
    pub shown: Memo<Option<Vec<usize>>>,
    /// (hits, MPPs in the feed), for "12 dari 308 MPP".
    pub count: Signal<Option<(usize, usize)>>,
    /// With "open at": how many are open then and how many follow with
    /// hours unknown, in the language in context.
    pub open_at_note: Signal<Option<String>>,
    /// With "open at": the id of the first MPP whose hours are unknown
    /// (the list's "Jam layanan belum tercatat" goes before it).
    pub first_without_hours: Memo<Option<String>>,
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
    let clock = use_context::<UseClock>().map(|c| c.now);
    let hours_code = use_context::<UseHoursCode>().map(|c| c.code);
    let result = Memo::new(move |_| {
        let feed = store.feed.get()?;
        let index = store.index.get()?;
        let position = position.and_then(|p| p.get());
        let filters = filters.read();
        // The time is read only when "open at" asks: the minute's tick
        // does not re-filter a list that does not depend on it.
        let now = filters
            .open_at
            .is_some()
            .then(|| clock.map(|c| c.get()))
            .flatten();
        let clock = match now {
            // "Open at" waits for the hours' code: no answer until it is here.
            Some(now_ms) => Some(Clock {
                now_ms,
                holidays: &feed.meta.holidays,
                open_at: hours_code.and_then(|c| c.get())?.open_at,
            }),
            None => None,
        };
        Some(apply_at(&feed.mpps, &index, &filters, position, clock))
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
    let page = Memo::new(move |_| {
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
    let entries = drawn_in_steps(result, page);
    let complete = Signal::derive(move || entries.with(Vec::len) == page.with(Vec::len));
    let more = Signal::derive(move || {
        result
            .with(|r| r.as_ref().map_or(0, |r| r.hits.len()))
            .saturating_sub(page.with(Vec::len))
    });
    let show_more = Callback::new(move |()| {
        let next = page.with_untracked(Vec::len) + page_size;
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
    let open_at_note = Signal::derive(move || {
        let at = filters.with(|f| f.open_at)?;
        let (open, unknown) = result.with(|r| {
            r.as_ref()
                .map(|r| (r.hits.len() - r.hours_unknown, r.hours_unknown))
        })?;
        // The result waited for the hours' code, which words the line.
        Some((hours_code?.get()?.open_at_count)(at, open, unknown))
    });
    let first_without_hours = Memo::new(move |_| {
        let feed = store.feed.get()?;
        result.with(|r| {
            let r = r.as_ref().filter(|r| r.hours_unknown > 0)?;
            let hit = r.hits.get(r.hits.len() - r.hours_unknown)?;
            Some(feed.mpps[hit.index].id.clone())
        })
    });
    UseFilterResult {
        result,
        entries,
        complete,
        more,
        show_more,
        shown,
        count,
        open_at_note,
        first_without_hours,
    }
}

/// Rows drawn in the frame that shows a new result (a keystroke's, or the
/// first list once the feed is here): the first screen and a little more
/// (under the search box one row shows at 360 px, two or three at 1280).
const FIRST_ROWS: usize = 4;
/// The rest of a page comes in steps, one a frame: 4 rows more, then this
/// many at a time. No task draws a long page at once (`/semua` draws all
/// 308), and a keystroke that comes meanwhile waits for one step at most.
#[cfg(not(feature = "ssr"))]
const MOST_ROWS_A_STEP: usize = 8;
/// A result that takes a drawn one's place (a keystroke's) draws the rest
/// of its page once typing pauses this long: a keystroke then builds its
/// first rows, not twenty, and removes as few (at 4x CPU a page of 20 new
/// rows cost ~50 ms of script, style and layout, and the next keystroke
/// waited behind it).
#[cfg(not(feature = "ssr"))]
const REST_AFTER: std::time::Duration = std::time::Duration::from_millis(150);

/// `page`, or for a new result only its first rows until the frame showing
/// them has been painted; the rest comes in steps, after typing pauses.
fn drawn_in_steps(
    result: Memo<Option<FilterResult>>,
    page: Memo<Vec<ListEntry>>,
) -> Memo<Vec<ListEntry>> {
    // How many rows of which result are drawn, once it has grown.
    let grown = RwSignal::new(None::<(Option<FilterResult>, usize)>);
    let drawn = Memo::new(move |_| {
        // Pre-rendering draws each page whole, at once.
        let count = if cfg!(feature = "ssr") {
            usize::MAX
        } else {
            result.with(|r| {
                grown.with(|g| match g {
                    Some((of, count)) if of == r => *count,
                    _ => FIRST_ROWS,
                })
            })
        };
        page.with(|rows| rows[..count.min(rows.len())].to_vec())
    });
    #[cfg(not(feature = "ssr"))]
    {
        // Whether rows were drawn before: the first result drawn (the
        // page's start) does not wait.
        let any_drawn = StoredValue::new(false);
        Effect::new(move |_| {
            // Tracked: a new result whose first rows and page are those of
            // the one before still grows (its own steps).
            let of = result.get();
            let count = drawn.with(Vec::len);
            let replaces_drawn = any_drawn.get_value();
            any_drawn.set_value(replaces_drawn || count > 0);
            if count >= page.with(Vec::len) {
                return;
            }
            let first_step = grown.with_untracked(|g| g.as_ref().is_none_or(|(was, _)| *was != of));
            let wait = if first_step && replaces_drawn {
                REST_AFTER
            } else {
                std::time::Duration::ZERO
            };
            let next = count + count.clamp(FIRST_ROWS, MOST_ROWS_A_STEP);
            // After the next paint. A step queued for a result that is no
            // longer the one shown changes nothing: typing on meant no pause.
            request_animation_frame(move || set_timeout(move || grown.set(Some((of, next))), wait));
        });
    }
    drawn
}
