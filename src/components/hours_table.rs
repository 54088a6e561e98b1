use leptos::prelude::*;

use crate::i18n::texts;
use domain::{
    hours::{hours_lines, HoursLine},
    HoursRule, HoursStatement, Lang,
};

/// Opening hours as a timetable in the page's language, with the date a
/// source stated them. Where a source gives them only as a sentence, an
/// Indonesian page quotes it; an English page says so and points to the
/// sources (no Indonesian sentence on an English page).
#[component]
pub fn HoursTable(
    /// The structured rules, where the source was unambiguous.
    rules: Vec<HoursRule>,
    /// The statement as the source made it, with its date.
    statement: HoursStatement,
) -> impl IntoView {
    let t = texts();
    let lines: Vec<HoursLine> = hours_lines(&rules);
    let as_of = statement.as_of.as_deref();
    if !lines.is_empty() {
        return view! {
            <ul class="hours-table">
                {lines.iter().map(|l| view! { <li>{t.hours_line(l)}</li> }).collect_view()}
            </ul>
            <p class="meta">{t.stated_on(as_of)} " " {t.holidays_note}</p>
        }
        .into_any();
    }
    match t.lang {
        Lang::Id => view! {
            <p class="hours-stated" translate="no">"“" {statement.as_stated.clone()} "”"</p>
            <p class="meta">{t.stated_on(as_of)}</p>
        }
        .into_any(),
        Lang::En => view! { <p class="meta">{t.hours_in_indonesian(as_of)}</p> }.into_any(),
    }
}
