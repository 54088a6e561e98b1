//! The end of the form: check it, then either the list of what to fix
//! (each a link to its field) or the validated file — to download or copy
//! — and the plain steps to publish it and have it registered. Nothing
//! is sent anywhere from here.

use leptos::{html::Div, prelude::*};
use wasm_bindgen::JsCast;

use super::use_editor;
use crate::browser;
use crate::i18n::{texts, tr, EditorPart};
use domain::hours::TimeZone;
use domain::publisher::{file_name, published_at, Context, Issue};
use domain::text::percent_encode;

/// Where the publisher's guide lives in the repository (not served by the app).
const GUIDE_ID: &str = "docs/publishers.id.md";
const GUIDE_EN: &str = "docs/publishers.en.md";

#[component]
pub fn ResultPart(
    /// The MPP's regency code: the file is `<code>-mpp.json`.
    regency_code: String,
    /// Today on the MPP's clock (checks may not be dated after it).
    today: String,
    /// The MPP's clock, for `published_at`.
    zone: TimeZone,
    /// Where to ask for registration (the feed's corrections address).
    correction: Option<String>,
) -> impl IntoView {
    let editor = use_editor();
    let pressed = RwSignal::new(false);
    let summary = NodeRef::<Div>::new();
    let ready = NodeRef::<Div>::new();
    let name = file_name(&regency_code);
    let on_check = move |_| {
        editor.show_all.set(true);
        pressed.set(true);
        // After the result is drawn: focus what it says.
        request_animation_frame(move || {
            let target = if editor.issues.with_untracked(Vec::is_empty) {
                ready.get_untracked()
            } else {
                summary.get_untracked()
            };
            if let Some(el) = target {
                let _ = el.focus();
            }
        });
    };
    let file = Memo::new(move |_| {
        if !pressed.get() || !editor.issues.with(Vec::is_empty) {
            return None;
        }
        let at = published_at(browser::now_ms(), zone);
        let ctx = Context {
            today: &today,
            seat: editor.seat,
        };
        let file = editor.draft.with(|d| d.to_file(ctx, &at)).ok()?;
        serde_json::to_string_pretty(&file).ok()
    });
    let issues = move || {
        let list = editor.issues.get();
        (pressed.get() && !list.is_empty()).then(|| {
            view! {
                <div class="error-summary" node_ref=summary tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                    <h3 id="error-summary-title">{texts().issues_heading(list.len())}</h3>
                    <ul>{list.into_iter().map(|issue| view! { <IssueLink issue/> }).collect_view()}</ul>
                </div>
            }
        })
    };
    let result = {
        let name = name.clone();
        move || {
            file.get().map(|json| {
                view! { <FileReady name=name.clone() json correction=correction.clone() focus_ref=ready/> }
            })
        }
    };
    view! {
        <section class="editor-part editor-result" aria-labelledby="part-result">
            <h2 id="part-result">{texts().editor_part(EditorPart::Result)}</h2>
            <p><button type="button" class="button" on:click=on_check>{tr(|t| t.make_file())}</button></p>
            {issues}
            {result}
        </section>
    }
}

/// One issue in the summary: the field's label and the problem, a link
/// that moves the focus to the field.
#[component]
fn IssueLink(issue: Issue) -> impl IntoView {
    let id = issue.field.clone();
    let label = label_of(&id);
    let text = match label {
        Some(label) => format!("{label}: {}", texts().problem(issue.problem)),
        None => texts().problem(issue.problem),
    };
    let href = format!("#{id}");
    let go = move |e: leptos::ev::MouseEvent| {
        e.prevent_default();
        // A part's message stands for a field it has none of (`hours-week`).
        if let Some(el) = element(&id).or_else(|| element(&format!("{id}-error"))) {
            el.scroll_into_view();
            let _ = el.focus();
        }
    };
    view! { <li><a href=href on:click=go>{text}</a></li> }
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    browser::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// The visible label of field `id` (with its screen-reader context).
fn label_of(id: &str) -> Option<String> {
    let label = browser::window()?
        .document()?
        .query_selector(&format!("label[for='{id}']"))
        .ok()??;
    Some(
        label
            .text_content()?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The checked file: download, copy, its text, and what to do next.
#[component]
fn FileReady(
    /// `<code>-mpp.json`.
    name: String,
    /// The file's text.
    json: String,
    /// Where to ask for registration.
    correction: Option<String>,
    /// Focused when the file is ready.
    focus_ref: NodeRef<Div>,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let href = format!(
        "data:application/json;charset=utf-8,{}",
        percent_encode(&json)
    );
    let copy = {
        let json = json.clone();
        move |_| copied.set(Some(copy_text(&json)))
    };
    let [publish, register] = texts().next_steps(&name);
    let guide = if texts().lang == domain::Lang::Id {
        GUIDE_ID
    } else {
        GUIDE_EN
    };
    view! {
        <div class="file-ready" node_ref=focus_ref tabindex="-1">
            <p class="notice">{texts().file_ready(&name)}</p>
            <p class="result-actions">
                <a class="button" href=href download=name.clone()>{texts().download_file(&name)}</a>
                " "
                <button type="button" class="button button-secondary" on:click=copy>{tr(|t| t.copy_file())}</button>
            </p>
            <p role="status">{move || copied.get().map(|ok| if ok { texts().copied() } else { texts().copy_failed() })}</p>
            <label for="file-text">{tr(|t| t.file_text_label())}</label>
            <textarea id="file-text" class="file-text" readonly rows="12" prop:value=json></textarea>
            <h3>{tr(|t| t.next_steps_heading())}</h3>
            <ol class="next-steps">
                <li>{publish}</li>
                <li>
                    {register}
                    {correction.map(|href| view! { " " <a href=href rel="noopener">{tr(|t| t.register_link())}</a> })}
                </li>
            </ol>
            <p class="hint">{tr(|t| t.publisher_guide())} ": " <code>{guide}</code></p>
        </div>
    }
}

/// Copies `text` to the clipboard (the asynchronous API; its promise is
/// not awaited: a refusal is rare once the person pressed the button).
fn copy_text(text: &str) -> bool {
    let Some(window) = browser::window() else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok();
    let write = clipboard
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match (clipboard, write) {
        (Some(c), Some(f)) => f.call1(&c, &text.into()).is_ok(),
        _ => false,
    }
}
