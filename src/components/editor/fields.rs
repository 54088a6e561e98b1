//! One field of the editor: a labelled input bound to a place in the
//! draft, saved as typed, with its message beside it (`aria-describedby`)
//! once it was left or the form was checked.

use std::sync::Arc;

use leptos::{ev, prelude::*};

use super::use_editor;
use crate::i18n::texts;
use domain::publisher::Draft;

/// A text's place in the draft; `None` once it is gone (a removed row).
pub type Path = Arc<dyn for<'a> Fn(&'a mut Draft) -> Option<&'a mut String> + Send + Sync>;

/// Makes a `Path` (a closure passed here gets the right lifetimes).
pub fn path<F>(f: F) -> Path
where
    F: for<'a> Fn(&'a mut Draft) -> Option<&'a mut String> + Send + Sync + 'static,
{
    Arc::new(f)
}

/// `at!(address.city)`: the draft's field as a `Path`.
macro_rules! at {
    ($($field:ident).+) => {
        $crate::components::editor::fields::path(|d| Some(&mut d.$($field).+))
    };
}
pub(crate) use at;

/// Reads a place in the draft (tracked).
pub fn read(path: &Path) -> String {
    let editor = use_editor();
    editor.draft.track();
    editor
        .draft
        .try_update_untracked(|d| path(d).map(|s| s.clone()))
        .flatten()
        .unwrap_or_default()
}

/// Writes a place in the draft (and so saves it).
pub fn write(path: &Path, value: String) {
    use_editor().draft.update(|d| {
        if let Some(place) = path(d) {
            *place = value;
        }
    });
}

/// The kind of input, for the keyboard a phone shows.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum Kind {
    #[default]
    Text,
    Url,
    Email,
    Tel,
    Date,
    Time,
    /// A decimal degree: a numeric keyboard with a point and a minus.
    Degrees,
    /// Several lines.
    Lines,
}

#[component]
pub fn TextField(
    /// The input's id, also the key of its issues (`domain::publisher::field`).
    #[prop(into)]
    id: String,
    /// What to enter.
    #[prop(into)]
    label: String,
    /// Said before the label to screen readers only (the day and span of a time).
    #[prop(optional, into)]
    context: Option<String>,
    /// Where in the draft the value lives.
    path: Path,
    #[prop(optional)] kind: Kind,
    /// A hint under the label, e.g. the form a phone number takes.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// `autocomplete` token, where one fits.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
) -> impl IntoView {
    let editor = use_editor();
    let value = {
        let path = path.clone();
        move || read(&path)
    };
    let on_input = {
        let path = path.clone();
        move |e: ev::Event| write(&path, event_target_value(&e))
    };
    let on_change = {
        let id = id.clone();
        move |_: ev::Event| editor.touch(&id)
    };
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let problem = {
        let id = id.clone();
        Memo::new(move |_| editor.shown_problem(&id))
    };
    let described = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let parts: Vec<&str> = [
                hint.is_some().then_some(hint_id.as_str()),
                problem.with(Option::is_some).then_some(error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        }
    };
    let invalid = move || problem.with(Option::is_some).then_some("true");
    let (input_type, inputmode) = match kind {
        Kind::Text | Kind::Lines => ("text", None),
        Kind::Url => ("url", None),
        Kind::Email => ("email", None),
        Kind::Tel => ("tel", None),
        Kind::Date => ("date", None),
        Kind::Time => ("time", None),
        Kind::Degrees => ("text", Some("decimal")),
    };
    let control = if kind == Kind::Lines {
        view! {
            <textarea id=id.clone() rows="5" prop:value=value on:input=on_input on:change=on_change
                aria-invalid=invalid aria-describedby=described></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type=input_type inputmode=inputmode autocomplete=autocomplete
                prop:value=value on:input=on_input on:change=on_change
                aria-invalid=invalid aria-describedby=described/>
        }
        .into_any()
    };
    view! {
        <div class="field" class:field-invalid=move || problem.with(Option::is_some)>
            <label for=id>
                {context.map(|c| view! { <span class="visually-hidden">{c} " "</span> })}
                {label}
            </label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            {control}
            {move || problem.get().map(|p| view! { <p class="field-error" id=error_id.clone()>{texts().problem(p)}</p> })}
        </div>
    }
}

/// A message with no input of its own (a week without hours), or beside
/// a control that is not a `TextField`: `<id>-error`, shown with the part.
#[component]
pub fn PartMessage(
    /// The key, e.g. `hours-week`.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let editor = use_editor();
    // No input to leave: shown once the form was checked.
    let shown = {
        let id = id.clone();
        Memo::new(move |_| editor.shown_problem(&id))
    };
    view! {
        <p class="field-error" id=format!("{id}-error") tabindex="-1" hidden=move || shown.with(Option::is_none)>
            {move || shown.get().map(|p| texts().problem(p))}
        </p>
    }
}

/// "Diperiksa pada": the day this part was last confirmed (today by default).
#[component]
pub fn CheckedOn(
    /// The part, e.g. `address`: the field is `<part>-checked_on`.
    part: &'static str,
    path: Path,
) -> impl IntoView {
    view! {
        <TextField id=format!("{part}-checked_on") label=texts().editor_labels().checked_on path kind=Kind::Date/>
    }
}

/// Says where a part's pre-filled values come from, or that there are none.
#[component]
pub fn PrefillNote(
    /// Whether the national data gave this part.
    filled: bool,
) -> impl IntoView {
    view! { <p class="prefill-note">{texts().prefill_note(filled)}</p> }
}
