//! A week as a grid: one row per weekday, each with its spans of hours
//! (a break is two spans), "copy to every weekday" under Monday. Used for
//! the MPP's hours and for an agency's own days.

use std::sync::Arc;

use leptos::prelude::*;

use super::fields::{path, Kind, PartMessage, TextField};
use super::use_editor;
use crate::i18n::{texts, tr};
use domain::publisher::{field, Draft, Interval, Week, MAX_INTERVALS_A_DAY};

/// A week's place in the draft; `None` once it is gone.
pub type WeekPath = Arc<dyn for<'a> Fn(&'a mut Draft) -> Option<&'a mut Week> + Send + Sync>;

pub fn week_path<F>(f: F) -> WeekPath
where
    F: for<'a> Fn(&'a mut Draft) -> Option<&'a mut Week> + Send + Sync + 'static,
{
    Arc::new(f)
}

#[component]
pub fn WeekGrid(
    /// `hours` for the MPP, `agency-<n>` for an agency: the fields' ids begin with it.
    #[prop(into)]
    prefix: String,
    /// Where the week lives in the draft.
    week: WeekPath,
    /// Names the grid for screen readers (e.g. "Jam layanan").
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let editor = use_editor();
    let announce = RwSignal::new("");
    let change = {
        let week = week.clone();
        move |f: &dyn Fn(&mut Week)| {
            editor.draft.update(|d| {
                if let Some(w) = week(d) {
                    f(w)
                }
            })
        }
    };
    let days = (0..7)
        .map(|day| {
            let count = {
                let week = week.clone();
                Memo::new(move |_| {
                    editor.draft.track();
                    editor
                        .draft
                        .try_update_untracked(|d| week(d).map_or(0, |w| w.0[day].len()))
                        .unwrap_or(0)
                })
            };
            let day_name = texts().weekdays[day];
            let day_id = format!("{prefix}-day-{day}");
            let group_label = day_id.clone();
            let rows = {
                let (week, prefix) = (week.clone(), prefix.clone());
                let change = change.clone();
                move || {
                    (0..count.get())
                        .map(|n| {
                            let (w1, w2) = (week.clone(), week.clone());
                            let opens = path(move |d| w1(d)?.0[day].get_mut(n).map(|i| &mut i.opens));
                            let closes = path(move |d| w2(d)?.0[day].get_mut(n).map(|i| &mut i.closes));
                            let place = texts().interval_name(day_name, n);
                            let remove = {
                                let change = change.clone();
                                move |_| change(&|w: &mut Week| {
                                    if n < w.0[day].len() {
                                        w.0[day].remove(n);
                                    }
                                })
                            };
                            view! {
                                <li class="interval">
                                    <TextField id=field::interval(&prefix, day, n, "opens") label=texts().editor_labels().opens context=place.clone() path=opens kind=Kind::Time/>
                                    <TextField id=field::interval(&prefix, day, n, "closes") label=texts().editor_labels().closes context=place.clone() path=closes kind=Kind::Time/>
                                    <button type="button" class="link-button" on:click=remove>
                                        {tr(|t| t.remove())} <span class="visually-hidden">{format!(" {place}")}</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }
            };
            let add = {
                let change = change.clone();
                move |_| change(&|w: &mut Week| {
                    if w.0[day].len() < MAX_INTERVALS_A_DAY {
                        w.0[day].push(Interval::default());
                    }
                })
            };
            // Named: a `>=` inside the view! macro would end the tag.
            let full = move || count.get() >= MAX_INTERVALS_A_DAY;
            let copy = (day == 0).then(|| {
                let change = change.clone();
                let on_copy = move |_| {
                    change(&Week::copy_monday_to_weekdays);
                    announce.set(texts().copied_to_weekdays());
                };
                view! {
                    <button type="button" class="button button-secondary copy-weekdays" on:click=on_copy>{tr(|t| t.copy_to_weekdays())}</button>
                }
            });
            view! {
                <div class="week-day" role="group" aria-labelledby=group_label>
                    <p class="week-day-name" id=day_id>{day_name}</p>
                    {move || (count.get() == 0).then(|| view! { <p class="day-closed">{tr(|t| t.day_closed())}</p> })}
                    <ul class="intervals">{rows}</ul>
                    <button type="button" class="link-button" on:click=add disabled=full>
                        {tr(|t| t.add_interval())} <span class="visually-hidden">{format!(" ({day_name})")}</span>
                    </button>
                    {copy}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="week-grid" role="group" aria-label=label>
            <PartMessage id=format!("{prefix}-week")/>
            {days}
            <p class="visually-hidden" role="status">{move || announce.get()}</p>
        </div>
    }
}
