use leptos::prelude::*;

use crate::hooks::UseClock;
use crate::i18n::{texts, tr};
use crate::state::FeedStore;
use domain::{
    dates::{days_from_civil, parse_date, weekday_of_day},
    hours::{hours_lines, local_date, HoursLine, TimeZone},
    hours_calendar::Calendar,
    HoursRule, HoursStatement, Lang, Mpp,
};

/// How far ahead the timetable marks holidays.
const HOLIDAYS_AHEAD_DAYS: u32 = 14;

/// Opening hours as a timetable in the page's language, with the date a
/// source stated them, and the national holidays and joint-leave days of
/// the coming two weeks on the MPP's clock. Where a source gives them only
/// as a sentence, an Indonesian page quotes it; an English page says so and
/// points to the sources (no Indonesian sentence on an English page).
#[component]
pub fn HoursTable(
    /// The MPP (its structured rules, where the source was unambiguous,
    /// its time zone and dated exceptions).
    mpp: Mpp,
    /// The statement as the source made it, with its date.
    statement: HoursStatement,
) -> impl IntoView {
    let rules: &[HoursRule] = &mpp.hours;
    let lines: Vec<HoursLine> = hours_lines(rules);
    let as_of = statement.as_of.as_deref();
    if !lines.is_empty() {
        let store = use_context::<FeedStore>();
        let now = use_context::<UseClock>().map(|c| c.now);
        let zone = TimeZone::of_province(&mpp.province.code);
        let note = move || {
            let years = store.and_then(|s| {
                s.feed.with(|f| {
                    let holidays = &f.as_ref()?.meta.holidays;
                    let (first, last) = (holidays.first()?, holidays.last()?);
                    Some(format!("{}–{}", &first.date[..4], &last.date[..4]))
                })
            });
            match years {
                Some(years) => texts().holidays_known_note(&years),
                None => texts().detail().holidays_note.to_owned(),
            }
        };
        let mpp_for_ahead = mpp.clone();
        let ahead = move || {
            let (store, now, zone) = (store?, now?, zone?);
            // Pre-rendered HTML is read later: the dates are the browser's.
            crate::browser::window()?;
            let today = local_date(now.get(), zone);
            let items: Vec<String> = store.feed.with(|f| {
                let holidays = &f.as_ref()?.meta.holidays;
                let calendar = Calendar::of(&mpp_for_ahead, holidays);
                let items = calendar
                    .holidays_within(today, HOLIDAYS_AHEAD_DAYS)
                    .into_iter()
                    // A date the MPP's own schedule covers is its own.
                    .filter(|h| calendar.exception_on(&h.date).is_none())
                    .filter_map(|h| {
                        let (y, m, d) = parse_date(&h.date)?;
                        Some(texts().holiday_ahead(h, weekday_of_day(days_from_civil(y, m, d))))
                    })
                    .collect();
                Some(items)
            })?;
            (!items.is_empty()).then(|| {
                view! {
                    <div class="holidays-ahead">
                        <p class="holidays-ahead-title">{tr(|t| t.holidays_ahead_title())}</p>
                        <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                    </div>
                }
            })
        };
        return view! {
            <ul class="hours-table">
                {lines.iter().map(|l| view! { <li>{texts().hours_line(l)}</li> }).collect_view()}
            </ul>
            {ahead}
            <p class="meta">{texts().stated_on(as_of)} " " {note}</p>
        }
        .into_any();
    }
    match texts().lang {
        Lang::Id => view! {
            <p class="hours-stated" translate="no">"“" {statement.as_stated.clone()} "”"</p>
            <p class="meta">{texts().stated_on(as_of)}</p>
        }
        .into_any(),
        Lang::En => view! { <p class="meta">{texts().hours_in_indonesian(as_of)}</p> }.into_any(),
    }
}
