use leptos::{ev, prelude::*};

use crate::components::open_day_select::OpenDaySelect;
use crate::i18n::{texts, tr};
use domain::{
    filters::Filters,
    hours_calendar::{OpenAt, OpenDay},
    url_state::parse_time,
    Batch, ServiceCategory,
};

/// What the filters can offer, from the feed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FilterOptions {
    /// (code, name), by code.
    pub provinces: Vec<(String, String)>,
    pub categories: Vec<ServiceCategory>,
    /// Newest first.
    pub years: Vec<u32>,
    /// The batch "Baru" stands for (its date labels the filter).
    pub newest_batch: Option<Batch>,
}

/// The search box and the filters. Every change goes straight to
/// `on_change` (the page keeps the state in the URL): results follow each
/// keystroke, no search button needed.
#[component]
pub fn SearchPanel(
    #[prop(into)] filters: Signal<Filters>,
    on_change: Callback<Filters>,
    #[prop(into)] options: Signal<FilterOptions>,
    /// The search box got focus: a chance to load what makes search richer.
    #[prop(optional)]
    on_focus: Option<Callback<()>>,
    /// More tools for the row beside "Saring" (e.g. "Lokasi saya").
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let change = move |edit: &dyn Fn(&mut Filters)| {
        let mut next = filters.get_untracked();
        edit(&mut next);
        on_change.run(next);
    };
    let on_input = move |e: ev::Event| change(&|f| f.query = event_target_value(&e));
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
    // Left out when shown (see `open` below).
    let time_hidden = move || (chosen_open_day.get() == Some(OpenDay::Now)).then_some("");
    let active = Memo::new(move |_| {
        let f = filters.read();
        [
            f.province.is_some(),
            f.category.is_some(),
            f.year.is_some(),
            f.new_only,
            f.open_at.is_some(),
        ]
        .into_iter()
        .filter(|on| *on)
        .count()
    });
    let summary = move || match active.get() {
        0 => texts().filters_label.to_owned(),
        n => format!("{} ({n})", texts().filters_label),
    };
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
        <form class="search-panel" role="search" on:submit=|e: ev::SubmitEvent| e.prevent_default()>
            <label for="search-input" class="search-label">{tr(|t| t.search_label)}</label>
            <input
                id="search-input"
                class="search-input"
                type="search"
                autocomplete="off"
                enterkeyhint="search"
                aria-describedby="search-hint"
                prop:value=move || filters.read().query.clone()
                on:input=on_input
                on:focus=move |_| {
                    if let Some(f) = on_focus {
                        f.run(())
                    }
                }
            />
            <p id="search-hint" class="meta search-hint">{tr(|t| t.search_hint)}</p>
            <div class="search-tools">
            // Left out when closed: a bool would be written `open="0"` into
            // pre-rendered HTML, which a browser reads as open.
            <details class="filters" open=move || (active.get() > 0).then_some("")>
                <summary>{summary}</summary>
                <div class="filter-grid">
                    <label>
                        <span>{tr(|t| t.province)}</span>
                        <select on:change=on_province>
                            <option value="">{tr(|t| t.all_provinces)}</option>
                            {province_options}
                        </select>
                    </label>
                    <label>
                        <span>{tr(|t| t.service_filter)}</span>
                        <select on:change=on_category>
                            <option value="">{tr(|t| t.all_services)}</option>
                            {category_options}
                        </select>
                    </label>
                    <label>
                        <span>{tr(|t| t.year_filter)}</span>
                        <select on:change=on_year>
                            <option value="">{tr(|t| t.all_years)}</option>
                            {year_options}
                        </select>
                    </label>
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
            </details>
            {children.map(|c| c())}
            </div>
        </form>
    }
}

/// One option of a filter's `<select>`, chosen or not.
pub(crate) fn choice(value: String, label: String, selected: bool) -> impl IntoView {
    view! { <option value=value selected=selected>{label}</option> }
}
