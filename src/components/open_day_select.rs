use leptos::prelude::*;

use crate::components::filter_grid::choice;
use crate::i18n::{texts, tr};
use domain::hours_calendar::OpenDay;

/// The days "Buka pada" offers, in order.
const OPEN_DAYS: [OpenDay; 10] = [
    OpenDay::Now,
    OpenDay::Today,
    OpenDay::Weekday(0),
    OpenDay::Weekday(1),
    OpenDay::Weekday(2),
    OpenDay::Weekday(3),
    OpenDay::Weekday(4),
    OpenDay::Weekday(5),
    OpenDay::Weekday(6),
    OpenDay::Any,
];

/// "Buka pada": the day to filter by opening hours, or none (hours not
/// filtered). Its label is the caller's (the search panel and the embed
/// word it differently around it).
#[component]
pub fn OpenDaySelect(
    /// The day chosen now, if any.
    #[prop(into)]
    chosen: Signal<Option<OpenDay>>,
    /// Told the day the reader picks (`None`: no day).
    on_pick: Callback<Option<OpenDay>>,
) -> impl IntoView {
    // Plain reads, no memos: ten options, and each memo costs code. Drawn
    // as the other filters' options are (`choice`), which shares their code.
    let options = move || {
        let (chosen, t) = (chosen.get(), texts());
        OPEN_DAYS
            .iter()
            .map(|&day| {
                choice(
                    day.code().to_owned(),
                    t.open_day_label(day).to_owned(),
                    chosen == Some(day),
                )
            })
            .collect_view()
    };
    view! {
        <select class="open-day" on:change=move |e| on_pick.run(OpenDay::parse(&event_target_value(&e)))>
            <option value="">{tr(|t| t.open_at_off())}</option>
            {options}
        </select>
    }
}
