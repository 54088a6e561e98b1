//! The agencies present, each with its own days beside it where they
//! differ from the MPP's; and the services, one a line.

use leptos::{ev, prelude::*};

use super::fields::{at, path, CheckedOn, Kind, PrefillNote, TextField};
use super::use_editor;
use super::week_grid::{week_path, WeekGrid};
use crate::i18n::{texts, tr, EditorPart};
use domain::publisher::{field, Agency};

#[component]
pub fn AgenciesPart(
    /// Whether the national data named the agencies.
    prefilled: bool,
) -> impl IntoView {
    let editor = use_editor();
    let count = Memo::new(move |_| editor.draft.with(|d| d.agencies.items.len()));
    let add = move |_| {
        editor
            .draft
            .update(|d| d.agencies.items.push(Agency::default()))
    };
    view! {
        <section class="editor-part" aria-labelledby="part-agencies">
            <h2 id="part-agencies">{texts().editor_part(EditorPart::Agencies)}</h2>
            <PrefillNote filled=prefilled/>
            <ol class="editor-list">
                {move || (0..count.get()).map(|n| view! { <AgencyRow n/> }).collect_view()}
            </ol>
            <button type="button" class="button button-secondary" on:click=add>{tr(|t| t.add_agency())}</button>
            <CheckedOn part="agencies" path=at!(agencies.checked_on)/>
        </section>
    }
}

#[component]
fn AgencyRow(
    /// Its place in `agencies.items`.
    n: usize,
) -> impl IntoView {
    let editor = use_editor();
    let l = texts().editor_labels();
    let agency = move |f: fn(&Agency) -> bool| {
        editor
            .draft
            .with(|d| d.agencies.items.get(n).is_some_and(f))
    };
    let own = Memo::new(move |_| agency(|a| a.own_hours));
    let name = Memo::new(move |_| {
        editor.draft.with(|d| {
            d.agencies
                .items
                .get(n)
                .map(|a| a.name.clone())
                .unwrap_or_default()
        })
    });
    let on_own = move |e: ev::Event| {
        let checked = event_target_checked(&e);
        editor.draft.update(|d| {
            if let Some(a) = d.agencies.items.get_mut(n) {
                a.own_hours = checked;
                if checked && a.week.is_blank() {
                    a.week.0[0].push(Default::default());
                }
            }
        })
    };
    let remove = move |_| {
        editor.draft.update(|d| {
            if n < d.agencies.items.len() {
                d.agencies.items.remove(n);
            }
        })
    };
    let own_id = field::agency(n, "own_hours");
    let week = move || {
        own.get().then(|| {
            let prefix = format!("agency-{n}");
            view! {
                <WeekGrid prefix week=week_path(move |d| d.agencies.items.get_mut(n).map(|a| &mut a.week)) label=texts().agency_hours_legend(&name.get_untracked())/>
            }
        })
    };
    view! {
        <li class="editor-row">
            <TextField id=field::agency(n, "name") label=l.agency_name path=path(move |d| d.agencies.items.get_mut(n).map(|a| &mut a.name))/>
            <div class="field field-check">
                <input type="checkbox" id=own_id.clone() prop:checked=move || own.get() on:change=on_own/>
                <label for=own_id>{l.agency_own_hours}</label>
            </div>
            {week}
            <TextField id=field::agency(n, "notes") label=l.notes path=path(move |d| d.agencies.items.get_mut(n).map(|a| &mut a.notes))/>
            <button type="button" class="link-button" on:click=remove>
                {tr(|t| t.remove())} <span class="visually-hidden">{move || format!(" {}", name.get())}</span>
            </button>
        </li>
    }
}

#[component]
pub fn ServicesPart(
    /// Whether the national data named services.
    prefilled: bool,
) -> impl IntoView {
    view! {
        <section class="editor-part" aria-labelledby="part-services">
            <h2 id="part-services">{texts().editor_part(EditorPart::Services)}</h2>
            <PrefillNote filled=prefilled/>
            <TextField id="services-items" label=texts().editor_labels().services path=at!(services.items) kind=Kind::Lines/>
            <CheckedOn part="services" path=at!(services.checked_on)/>
        </section>
    }
}
