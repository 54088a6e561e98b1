//! The MPP's hours: the time zone, the weekly grid, notes, and the dated
//! exceptions below it.

use leptos::{ev, prelude::*};

use super::exceptions::ExceptionsPart;
use super::fields::{at, CheckedOn, Kind, PartMessage, PrefillNote, TextField};
use super::use_editor;
use super::week_grid::{week_path, WeekGrid};
use crate::i18n::{texts, tr, EditorPart};

#[component]
pub fn HoursPart(
    /// Whether the national data gave structured hours.
    prefilled: bool,
) -> impl IntoView {
    let editor = use_editor();
    let l = texts().editor_labels();
    let zone = move || editor.draft.with(|d| d.hours.timezone);
    let on_zone = move |e: ev::Event| {
        let value = event_target_value(&e).parse().unwrap_or(0);
        editor.draft.update(|d| d.hours.timezone = value);
    };
    let options = [0u8, 7, 8, 9]
        .into_iter()
        .map(|hours| {
            view! { <option value=hours.to_string() selected=move || zone() == hours>{texts().timezone_name(hours)}</option> }
        })
        .collect_view();
    view! {
        <section class="editor-part" aria-labelledby="part-hours">
            <h2 id="part-hours">{texts().editor_part(EditorPart::Hours)}</h2>
            <PrefillNote filled=prefilled/>
            <p class="hint">{tr(|t| t.hours_help())}</p>
            <div class="field">
                <label for="hours-timezone">{l.timezone}</label>
                <select id="hours-timezone" on:change=on_zone
                    aria-describedby=move || editor.shown_problem("hours-timezone").map(|_| "hours-timezone-error")>{options}</select>
                <PartMessage id="hours-timezone"/>
            </div>
            <WeekGrid prefix="hours" week=week_path(|d| Some(&mut d.hours.week)) label=texts().editor_part(EditorPart::Hours)/>
            <TextField id="hours-notes" label=l.notes path=at!(hours.notes) kind=Kind::Lines/>
            <CheckedOn part="hours" path=at!(hours.checked_on)/>
            <ExceptionsPart/>
        </section>
    }
}
