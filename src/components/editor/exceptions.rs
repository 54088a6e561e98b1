//! Dated exceptions to the week: a closure, Ramadan hours, a joint-leave
//! day the MPP opens — from, to, a note, and closed or its own spans
//! (the same on every day of the span).

use leptos::{ev, prelude::*};

use super::fields::{path, Kind, PartMessage, TextField};
use super::use_editor;
use crate::i18n::{texts, tr, EditorPart};
use domain::publisher::{field, ExceptionDraft, Interval};

/// Spans offered on an exception's days (a morning and an afternoon).
const SPANS: usize = 2;

#[component]
pub fn ExceptionsPart() -> impl IntoView {
    let editor = use_editor();
    let count = Memo::new(move |_| editor.draft.with(|d| d.hours.exceptions.len()));
    let add = move |_| {
        editor.draft.update(|d| {
            d.hours.exceptions.push(ExceptionDraft {
                intervals: vec![Interval::default(); SPANS],
                ..ExceptionDraft::default()
            })
        })
    };
    view! {
        <h3>{texts().editor_part(EditorPart::Exceptions)}</h3>
        <ol class="editor-list">
            {move || (0..count.get()).map(|n| view! { <ExceptionRow n/> }).collect_view()}
        </ol>
        <button type="button" class="button button-secondary" on:click=add>{tr(|t| t.add_exception())}</button>
    }
}

#[component]
fn ExceptionRow(
    /// Its place in `hours.exceptions`.
    n: usize,
) -> impl IntoView {
    let editor = use_editor();
    let l = texts().editor_labels();
    let closed = Memo::new(move |_| {
        editor
            .draft
            .with(|d| d.hours.exceptions.get(n).is_some_and(|e| e.closed))
    });
    let on_closed = move |e: ev::Event| {
        let checked = event_target_checked(&e);
        editor.draft.update(|d| {
            if let Some(x) = d.hours.exceptions.get_mut(n) {
                x.closed = checked;
            }
        })
    };
    let remove = move |_| {
        editor.draft.update(|d| {
            if n < d.hours.exceptions.len() {
                d.hours.exceptions.remove(n);
            }
        })
    };
    let spans = move || {
        (!closed.get()).then(|| {
            (0..SPANS)
                .map(|i| {
                    view! { <ExceptionSpan n i/> }
                })
                .collect_view()
        })
    };
    let closed_id = field::exception(n, "closed");
    view! {
        <li class="editor-row">
            <TextField id=field::exception(n, "from") label=l.from path=path(move |d| d.hours.exceptions.get_mut(n).map(|e| &mut e.from)) kind=Kind::Date/>
            <TextField id=field::exception(n, "to") label=l.to path=path(move |d| d.hours.exceptions.get_mut(n).map(|e| &mut e.to)) kind=Kind::Date/>
            <TextField id=field::exception(n, "description") label=l.description path=path(move |d| d.hours.exceptions.get_mut(n).map(|e| &mut e.description))/>
            <div class="field field-check">
                <input type="checkbox" id=closed_id.clone() prop:checked=move || closed.get() on:change=on_closed/>
                <label for=closed_id>{l.closed}</label>
            </div>
            <PartMessage id=field::exception(n, "week")/>
            {spans}
            <button type="button" class="link-button" on:click=remove>{tr(|t| t.remove())}</button>
        </li>
    }
}

/// One span of an exception's hours.
#[component]
fn ExceptionSpan(n: usize, i: usize) -> impl IntoView {
    let l = texts().editor_labels();
    let end = |pick: fn(&mut Interval) -> &mut String| {
        path(move |d| {
            d.hours
                .exceptions
                .get_mut(n)?
                .intervals
                .get_mut(i)
                .map(pick)
        })
    };
    let place = texts().interval_name(
        &format!("{} {}", texts().editor_part(EditorPart::Exceptions), n + 1),
        i,
    );
    view! {
        <div class="interval">
            <TextField id=format!("exception-{n}-{i}-opens") label=l.opens context=place.clone() path=end(|x| &mut x.opens) kind=Kind::Time/>
            <TextField id=format!("exception-{n}-{i}-closes") label=l.closes context=place path=end(|x| &mut x.closes) kind=Kind::Time/>
        </div>
    }
}
