//! How citizens reach the MPP: phone, WhatsApp, email, website; its online
//! queue or booking link and social accounts.

use leptos::{ev, prelude::*};

use super::fields::{at, path, CheckedOn, Kind, PrefillNote, TextField};
use super::use_editor;
use crate::i18n::{texts, tr, EditorPart};
use domain::publisher::{field, Platform, SocialDraft};

#[component]
pub fn ContactPart(
    /// Whether the national data gave a website.
    prefilled: bool,
) -> impl IntoView {
    let l = texts().editor_labels();
    view! {
        <section class="editor-part" aria-labelledby="part-contact">
            <h2 id="part-contact">{texts().editor_part(EditorPart::Contact)}</h2>
            <PrefillNote filled=prefilled/>
            <TextField id="contact-phone" label=l.phone path=at!(contact.phone) kind=Kind::Tel hint=texts().phone_hint()/>
            <TextField id="contact-whatsapp" label=l.whatsapp path=at!(contact.whatsapp) kind=Kind::Tel/>
            <TextField id="contact-email" label=l.email path=at!(contact.email) kind=Kind::Email/>
            <TextField id="contact-website" label=l.website path=at!(contact.website) kind=Kind::Url/>
            <CheckedOn part="contact" path=at!(contact.checked_on)/>
        </section>
    }
}

#[component]
pub fn OnlinePart() -> impl IntoView {
    let editor = use_editor();
    let l = texts().editor_labels();
    let count = Memo::new(move |_| editor.draft.with(|d| d.online.social.len()));
    let add = move |_| {
        editor
            .draft
            .update(|d| d.online.social.push(SocialDraft::default()))
    };
    view! {
        <section class="editor-part" aria-labelledby="part-online">
            <h2 id="part-online">{texts().editor_part(EditorPart::Online)}</h2>
            <PrefillNote filled=false/>
            <TextField id="online-booking_name" label=l.booking_name path=at!(online.booking_name)/>
            <TextField id="online-booking_url" label=l.booking_url path=at!(online.booking_url) kind=Kind::Url/>
            <ol class="editor-list">
                {move || (0..count.get()).map(|n| view! { <SocialRow n/> }).collect_view()}
            </ol>
            <button type="button" class="button button-secondary" on:click=add>{tr(|t| t.add_social())}</button>
            <CheckedOn part="online" path=at!(online.checked_on)/>
        </section>
    }
}

#[component]
fn SocialRow(
    /// Its place in `online.social`.
    n: usize,
) -> impl IntoView {
    let editor = use_editor();
    let l = texts().editor_labels();
    let platform = Memo::new(move |_| {
        editor.draft.with(|d| {
            d.online
                .social
                .get(n)
                .map(|s| s.platform)
                .unwrap_or_default()
        })
    });
    let on_platform = move |e: ev::Event| {
        let chosen = Platform::from_key(&event_target_value(&e)).unwrap_or_default();
        editor.draft.update(|d| {
            if let Some(s) = d.online.social.get_mut(n) {
                s.platform = chosen;
            }
        })
    };
    let remove = move |_| {
        editor.draft.update(|d| {
            if n < d.online.social.len() {
                d.online.social.remove(n);
            }
        })
    };
    let select_id = format!("social-{n}-platform");
    let options = Platform::ALL
        .into_iter()
        .map(|p| view! { <option value=p.key() selected=move || platform.get() == p>{texts().platform(p)}</option> })
        .collect_view();
    view! {
        <li class="editor-row">
            <div class="field">
                <label for=select_id.clone()>{l.social_platform}</label>
                <select id=select_id on:change=on_platform>{options}</select>
            </div>
            <TextField id=field::social(n) label=l.social_url path=path(move |d| d.online.social.get_mut(n).map(|s| &mut s.url)) kind=Kind::Url/>
            <button type="button" class="link-button" on:click=remove>{tr(|t| t.remove())}</button>
        </li>
    }
}
