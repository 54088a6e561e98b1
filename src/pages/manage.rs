use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_params_map};
use send_wrapper::SendWrapper;

use crate::browser;
use crate::components::editor::{
    address::AddressPart,
    agencies::{AgenciesPart, ServicesPart},
    contact::{ContactPart, OnlinePart},
    hours::HoursPart,
    location::LocationPart,
    publisher::PublisherPart,
    result::ResultPart,
    storage, Editor,
};
use crate::hooks::use_page_ready;
use crate::i18n::{current_language, texts, tr, Word};
use crate::pages::{detail::correction_link, set_title};
use crate::routing::app_href;
use crate::state::{use_feed_store, DetailsStatus};
use domain::{
    dates::iso_date,
    hours::{local_date, TimeZone},
    is_safe_link,
    publisher::{prefill, seat_of, Prefilled},
    Mpp,
};

on_demand!(ManageRoute, ManagePage);

/// `/kelola/<slug>`: the editor for an MPP's staff. Pre-filled with what
/// the national data knows, kept on the device as typed, and ending in a
/// checked publisher file to download — the page sends nothing anywhere.
#[component]
pub fn ManagePage() -> impl IntoView {
    let store = use_feed_store();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    set_title(move || format!("{} — {}", texts().editor_title("MPP"), texts().app_name));
    add_stylesheet();
    // Not a page for search engines: a form, the same for every MPP.
    let robots = SendWrapper::new(noindex());
    on_cleanup(move || {
        if let Some(meta) = robots.take() {
            meta.remove();
        }
    });
    Effect::new(move |_| {
        if store.feed.with(Option::is_some) {
            store.ensure_details();
        }
    });
    use_page_ready(move || store.settled_with(store.details.with(DetailsStatus::is_settled)));
    let body = move || {
        let feed = store.feed.get()?;
        let slug = slug.get();
        let Some(mpp) = feed.by_slug(&slug).cloned() else {
            set_title(move || format!("{} — {}", texts().mpp_not_found, texts().app_name));
            return Some(
                view! { <h1>{tr(|t| t.mpp_not_found)}</h1><p>{tr(|t| t.mpp_not_found_body)}</p> }
                    .into_any(),
            );
        };
        let name = mpp.name.clone();
        set_title(move || format!("{} — {}", texts().editor_title(&name), texts().app_name));
        // Pre-filled from the details once they are here (or known missing).
        let details = match store.details.get() {
            DetailsStatus::Ready(file) => file.details.get(&mpp.id).cloned().unwrap_or_default(),
            DetailsStatus::Failed(_) => Default::default(),
            _ => {
                return Some(
                    view! { <p class="notice notice-loading">{tr(|t| t.editor_loading())}</p> }
                        .into_any(),
                )
            }
        };
        let correction = correction_link(&Some(feed.clone()), &mpp);
        Some(view! { <EditorForm mpp details correction slug/> }.into_any())
    };
    view! {
        <p class="back"><A href=move || app_href(&format!("/mpp/{}", slug.get()))>{tr(|t| t.back_to_mpp())}</A></p>
        {body}
    }
}

/// The form itself, on a draft restored from the device or pre-filled.
#[component]
fn EditorForm(
    mpp: Mpp,
    details: domain::MppDetails,
    /// Where to ask for registration.
    correction: Option<String>,
    /// The MPP's slug: the draft is kept under it.
    slug: String,
) -> impl IntoView {
    let zone = TimeZone::of_province(&mpp.province.code).unwrap_or(TimeZone::Wib);
    let today = iso_date(local_date(browser::now_ms(), zone));
    let seat = seat_of(&mpp, &details);
    let (fresh, filled) = prefill(&mpp, &details, &today);
    let kept = storage::load(&slug);
    let restored = kept.is_some();
    let editor = Editor::new(kept.unwrap_or_else(|| fresh.clone()), today.clone(), seat);
    provide_context(editor);
    // Saved as typed, from the first change on; a draft that is back to
    // what the national data says is not kept (nor is a cleared one).
    {
        let (slug, fresh) = (slug.clone(), fresh.clone());
        Effect::watch(
            move || editor.draft.get(),
            move |draft, _, _| {
                if *draft == fresh {
                    storage::clear(&slug);
                } else {
                    storage::save(&slug, draft);
                }
            },
            false,
        );
    }
    let notice = RwSignal::new(restored.then_some((|t| t.editor_restored()) as Word));
    // A new draft redraws the form (its rows are drawn from the draft).
    let generation = RwSignal::new(0u32);
    let clear = {
        let slug = slug.clone();
        move |_| {
            let sure = browser::window()
                .and_then(|w| w.confirm_with_message(texts().clear_draft_confirm()).ok())
                .unwrap_or(false);
            if sure {
                editor.draft.set(fresh.clone());
                storage::clear(&slug);
                editor.reset_messages();
                generation.update(|g| *g += 1);
                notice.set(Some(|t| t.draft_cleared()));
            }
        }
    };
    let sources = details
        .sources
        .iter()
        .filter(|u| is_safe_link(u))
        .map(|u| view! { <li><a href=u.clone() rel="noopener noreferrer" target="_blank" translate="no">{u.clone()}</a></li> })
        .collect_view();
    let no_sources = details
        .sources
        .is_empty()
        .then(|| view! { <p>{tr(|t| t.no_sources())}</p> });
    let Prefilled {
        address,
        hours,
        agencies,
        services,
        website,
    } = filled;
    let regency_code = mpp.regency.code.clone();
    view! {
        <article class="editor">
            <h1>{move || texts().editor_title(&mpp.name)}</h1>
            <p class="lede">{tr(|t| t.editor_intro())}</p>
            <p role="status" class:notice=move || notice.with(Option::is_some)>{move || notice.get().map(|word| word(texts()))}</p>
            <p class="hint">{tr(|t| t.editor_saved_note())} " "
                <button type="button" class="link-button" on:click=clear>{tr(|t| t.clear_draft())}</button>
            </p>
            <details class="current-sources">
                <summary>{tr(|t| t.current_sources())}</summary>
                <ul>{sources}</ul>
                {no_sources}
            </details>
            // Drawn again from the draft (which holds all that was typed) on a
            // new draft and on a language switch: its many labels follow.
            {move || {
                generation.track();
                current_language();
                let regency_code = regency_code.clone();
                view! {
                    <form class="editor-form" on:submit=|e| e.prevent_default() novalidate>
                        <PublisherPart/>
                        <LocationPart/>
                        <AddressPart prefilled=address/>
                        <HoursPart prefilled=hours/>
                        <AgenciesPart prefilled=agencies/>
                        <ServicesPart prefilled=services/>
                        <ContactPart prefilled=website/>
                        <OnlinePart/>
                        <ResultPart regency_code today=today.clone() zone correction=correction.clone()/>
                    </form>
                }
            }}
        </article>
    }
}

/// Adds `<meta name="robots" content="noindex">` for as long as the page is shown.
fn noindex() -> Option<web_sys::Element> {
    let document = browser::window()?.document()?;
    let meta = document.create_element("meta").ok()?;
    meta.set_attribute("name", "robots").ok()?;
    meta.set_attribute("content", "noindex").ok()?;
    document.head()?.append_child(&meta).ok()?;
    Some(meta)
}

/// The editor's own styles (`public/editor.css`), once: no other page
/// needs them, so the first load carries none of them.
fn add_stylesheet() {
    const HREF: &str = "editor.css";
    let Some(document) = browser::window().and_then(|w| w.document()) else {
        return;
    };
    if document
        .query_selector(&format!("link[href='{HREF}']"))
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    if let (Ok(link), Some(head)) = (document.create_element("link"), document.head()) {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", HREF);
        let _ = head.append_child(&link);
    }
}
