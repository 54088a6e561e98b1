//! The filters under "Saring": province, service, year, "Baru", and "Buka
//! pada" with its time. They stay folded until a reader opens them (or a
//! link sets one), so in the browser build their code is a chunk, fetched
//! once the feed is here rather than in the first download — "open at"
//! (issue 23) adds no code to it — and drawn when the box is first opened.
//! Until then the box says it is loading; one that could not be had says
//! so and is asked for again (`use_chunk.rs`).

use leptos::{ev, prelude::*};

use crate::components::open_day_select::OpenDaySelect;
use crate::components::search_panel::{edit_filters, FilterOptions};
use crate::i18n::{texts, tr};
use domain::{
    filters::Filters,
    hours_calendar::{OpenAt, OpenDay},
    url_state::parse_time,
};

/// What the filters read and where they report.
#[derive(Clone, Copy)]
pub struct FilterGridArgs {
    pub filters: Signal<Filters>,
    pub on_change: Callback<Filters>,
    pub options: Signal<FilterOptions>,
}

/// The filters, drawn from their chunk once it is here (at once where the
/// build is not split: pre-rendering, the component tests).
#[component]
pub fn FilterGrid(
    /// The filters in effect (the page keeps them in the URL).
    #[prop(into)]
    filters: Signal<Filters>,
    /// Told every change.
    on_change: Callback<Filters>,
    /// What the filters offer, from the feed.
    #[prop(into)]
    options: Signal<FilterOptions>,
    /// True once the box is opened (or a filter is set): the chunk, fetched
    /// ahead, draws the filters only then, so their hundred-odd elements
    /// are not built while the page starts (issue 24: long tasks).
    #[prop(into)]
    wanted: Signal<bool>,
) -> impl IntoView {
    let args = FilterGridArgs {
        filters,
        on_change,
        options,
    };
    #[cfg(not(feature = "split"))]
    {
        let _ = wanted;
        filter_grid(args).into_any()
    }
    #[cfg(feature = "split")]
    {
        from_chunk(args, wanted).into_any()
    }
}

#[cfg(feature = "split")]
fn from_chunk(args: FilterGridArgs, wanted: Signal<bool>) -> impl IntoView {
    use crate::hooks::{use_chunk, ChunkState};

    // Fetched once the feed is here (the filters offer nothing before), so
    // it never slows the feed's own download; drawn once wanted.
    let store = crate::state::use_feed_store();
    let feed_here = move || store.feed.with(Option::is_some);
    Effect::new(move |_| {
        if feed_here() {
            // Shared with the draw's own load; a failure shows when drawn.
            leptos::task::spawn_local(async {
                let _ = filter_grid_code::preload().await;
            });
        }
    });
    let draw_now = Signal::derive(move || feed_here() && wanted.get());
    let chunk = use_chunk(draw_now, move || Box::pin(filter_grid_code::draw(args)));
    move || match chunk.state.get() {
        ChunkState::Here => chunk.take().unwrap_or_else(|| ().into_any()),
        ChunkState::Failed | ChunkState::Retrying => {
            view! { <p class="notice notice-warning">{tr(|t| t.filters_failed)}</p> }.into_any()
        }
        ChunkState::Waiting | ChunkState::Loading => {
            view! { <p class="meta">{tr(|t| t.filters_loading)}</p> }.into_any()
        }
    }
}

// The filters' code: a chunk of its own in the browser build.
split_chunk!(filter_grid_code::draw(args: FilterGridArgs) -> AnyView {
    filter_grid(args).into_any()
});

fn filter_grid(args: FilterGridArgs) -> impl IntoView {
    let FilterGridArgs {
        filters,
        on_change,
        options,
    } = args;
    let change = move |edit: &dyn Fn(&mut Filters)| edit_filters(filters, on_change, edit);
    let on_province = move |e: ev::Event| {
        change(&|f| f.province = Some(event_target_value(&e)).filter(|v| !v.is_empty()))
    };
    let on_category = move |e: ev::Event| {
        change(&|f| f.category = Some(event_target_value(&e)).filter(|v| !v.is_empty()))
    };
    let on_year = move |e: ev::Event| change(&|f| f.year = event_target_value(&e).parse().ok());
    let new_label = move || options.with(|o| texts().new_filter(o.newest_batch.as_ref()));
    let on_new = move |e: ev::Event| change(&|f| f.new_only = event_target_checked(&e));
    // "Buka pada": a day (or none: hours not filtered), then a time.
    let on_open_day = Callback::new(move |day: Option<OpenDay>| {
        change(&|f| {
            let time = f.open_at.and_then(|a| a.time);
            f.open_at = day.map(|day| OpenAt { day, time });
        })
    });
    let on_open_time = move |e: ev::Event| {
        let time = parse_time(&event_target_value(&e));
        change(&|f| {
            let day = f.open_at.map(|a| a.day);
            f.open_at = match (day, time) {
                (Some(day), _) => Some(OpenAt { day, time }),
                (None, Some(_)) => Some(OpenAt {
                    day: OpenDay::Any,
                    time,
                }),
                (None, None) => None,
            };
        })
    };
    let chosen_open_day = Signal::derive(move || filters.read().open_at.map(|a| a.day));
    // The browser's own time picker; its value is always `HH:MM`.
    let chosen_time = move || {
        filters
            .read()
            .open_at
            .and_then(|a| a.time)
            .map(|t| format!("{:02}:{:02}", t / 60, t % 60))
            .unwrap_or_default()
    };
    // Left out when shown (see `open` in the search panel).
    let time_hidden = move || (chosen_open_day.get() == Some(OpenDay::Now)).then_some("");
    // Each option knows whether it is the chosen one, so a value from the
    // URL holds even though the options arrive with the feed, later. The
    // choices are memos: typing in the search box changes the filters on
    // every keystroke, and must not rebuild 70 options each time.
    let chosen_province = Memo::new(move |_| filters.read().province.clone());
    let chosen_category = Memo::new(move |_| filters.read().category.clone());
    let chosen_year = Memo::new(move |_| filters.read().year);
    let province_options = move || {
        let chosen = chosen_province.get();
        options
            .read()
            .provinces
            .iter()
            .map(|(code, name)| choice(code.clone(), name.clone(), chosen.as_ref() == Some(code)))
            .collect_view()
    };
    let category_options = move || {
        let chosen = chosen_category.get();
        options
            .read()
            .categories
            .iter()
            .map(|c| {
                let label = c.label(texts().lang).to_owned();
                choice(c.id.clone(), label, chosen.as_ref() == Some(&c.id))
            })
            .collect_view()
    };
    let year_options = move || {
        let chosen = chosen_year.get();
        options
            .read()
            .years
            .iter()
            .map(|y| choice(y.to_string(), y.to_string(), chosen == Some(*y)))
            .collect_view()
    };
    view! {
        <div class="filter-grid">
            {filter_select(tr(|t| t.province), tr(|t| t.all_provinces), on_province, province_options)}
            {filter_select(tr(|t| t.service_filter), tr(|t| t.all_services), on_category, category_options)}
            {filter_select(tr(|t| t.year_filter), tr(|t| t.all_years), on_year, year_options)}
            <label class="check">
                <input type="checkbox" prop:checked=Memo::new(move |_| filters.read().new_only) on:change=on_new/>
                <span>{new_label}</span>
            </label>
            <label>
                <span>{tr(|t| t.open_at_label())}</span>
                <OpenDaySelect chosen=chosen_open_day on_pick=on_open_day/>
            </label>
            <label hidden=time_hidden>
                <span>{tr(|t| t.open_at_time_label())}</span>
                <input class="open-time" type="time" step="900" prop:value=chosen_time on:change=on_open_time/>
            </label>
        </div>
    }
}

/// One filter's `<select>` in its label: "all" first, then its options.
fn filter_select(
    label: impl IntoView,
    all: impl IntoView,
    on_change: impl FnMut(ev::Event) + 'static,
    options: impl IntoView,
) -> impl IntoView {
    view! {
        <label>
            <span>{label}</span>
            <select on:change=on_change>
                <option value="">{all}</option>
                {options}
            </select>
        </label>
    }
}

/// One option of a filter's `<select>`, chosen or not.
pub(crate) fn choice(value: String, label: String, selected: bool) -> impl IntoView {
    view! { <option value=value selected=selected>{label}</option> }
}
