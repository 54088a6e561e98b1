use leptos::{ev, prelude::*};

use crate::components::filter_grid::FilterGrid;
use crate::i18n::{texts, tr};
use domain::{filters::Filters, Batch, ServiceCategory};

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
    let on_input =
        move |e: ev::Event| edit_filters(filters, on_change, &|f| f.query = event_target_value(&e));
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
    // The box was opened once (closed at first, a toggle opens it): its
    // filters are drawn from then on.
    let opened = RwSignal::new(false);
    let summary = move || match active.get() {
        0 => texts().filters_label.to_owned(),
        n => format!("{} ({n})", texts().filters_label),
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
            <details class="filters" open=move || (active.get() > 0).then_some("") on:toggle=move |_| opened.set(true)>
                <summary>{summary}</summary>
                <FilterGrid filters on_change options wanted=Signal::derive(move || opened.get() || active.get() > 0)/>
            </details>
            {children.map(|c| c())}
            </div>
        </form>
    }
}

/// Reports `filters` changed by `edit`.
pub(crate) fn edit_filters(
    filters: Signal<Filters>,
    on_change: Callback<Filters>,
    edit: &dyn Fn(&mut Filters),
) {
    let mut next = filters.get_untracked();
    edit(&mut next);
    on_change.run(next);
}
