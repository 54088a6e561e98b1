use leptos::prelude::*;

use crate::routing::app_href;
use leptos_router::{components::A, hooks::use_params_map};

use crate::components::{
    about_data::AboutData,
    badges::StatusBadge,
    directions::Directions,
    drawn_later::DrawnLater,
    hours_table::HoursTable,
    map::{MapMode, MppMap},
    open_now::OpenNow,
    owner_facts::{FromOwner, OwnerAddressFact, OwnerFacts},
    share_button::ShareButton,
};
use crate::hooks::{use_in_view, use_page_ready, UseClock};
use crate::i18n::{current_language, texts, tr, Missing};
use crate::pages::set_title;
use crate::state::{use_feed_store, DetailsStatus, Loadable, LoadedFeed};
use domain::{
    is_safe_link, text::percent_encode, Lang, Mpp, MppDetails, MppStatus, ServiceCategory,
};
use std::sync::Arc;

on_demand!(DetailRoute, DetailPage, with crate::components::map::fetch_code);

/// `/mpp/<slug>`: one MPP in the order a citizen needs it — whether it is
/// open, where it is, when it opens, what it offers, how to get there —
/// then "Tentang data ini" (sources, confidence, the map point), closed.
#[component]
pub fn DetailPage() -> impl IntoView {
    let store = use_feed_store();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    use_page_ready(move || {
        let details = store.details.with(DetailsStatus::is_settled);
        store.settled_with(details && store.innovations.with(Loadable::is_settled))
    });

    // Details are a second file: ask for it once the feed (and its URL) is here.
    Effect::new(move |_| {
        if store.feed.with(Option::is_some) {
            store.ensure_details();
        }
    });
    // The awards of the MPP's regency (a small file beside the app).
    store.ensure_innovations();

    let body = move || {
        let feed = store.feed.get()?;
        let found = feed.by_slug(&slug.get()).cloned();
        Some(match found {
            Some(mpp) => {
                let name = mpp.name.clone();
                set_title(move || format!("{name} — {}", texts().app_name));
                view! { <MppDetailView mpp categories=feed.meta.categories.clone()/> }.into_any()
            }
            None => {
                set_title(move || format!("{} — {}", texts().mpp_not_found, texts().app_name));
                view! {
                    <h1>{tr(|t| t.mpp_not_found)}</h1>
                    <p>{tr(|t| t.mpp_not_found_body)}</p>
                }
                .into_any()
            }
        })
    };
    view! {
        <p class="back"><A href=app_href("/")>{tr(|t| t.back_to_list)}</A></p>
        {body}
    }
}

#[component]
fn MppDetailView(mpp: Mpp, categories: Vec<ServiceCategory>) -> impl IntoView {
    let store = use_feed_store();
    let feed = store.feed.get_untracked();
    let current = feed.as_ref().and_then(|f| f.meta.current_batch.clone());
    // The batch this MPP belongs to (by the builder's list, not by date: a
    // local launch on a batch's day is not part of it).
    let batch = feed.as_ref().and_then(|f| {
        f.meta
            .batches
            .iter()
            // A 1.2 feed names only the current batch.
            .chain(&f.meta.current_batch)
            .find(|b| b.mpp_ids.contains(&mpp.id))
            .cloned()
    });
    let inauguration = mpp
        .inauguration
        .clone()
        .map(|i| move || texts().inauguration(&i.date, batch.as_ref()));
    // Only what the inauguration sentence does not already say.
    let status = mpp.status;
    let status_text = match (status, &inauguration) {
        (MppStatus::Unconfirmed, _) | (MppStatus::Confirmed, None) => Some(move || match status {
            MppStatus::Unconfirmed => texts().detail().status_unconfirmed_text.to_owned(),
            _ => texts().status_confirmed_text(current.as_ref()),
        }),
        _ => None,
    };
    // The categories' names in the language of the moment.
    let services = {
        let ids = mpp.services.clone();
        move || -> Vec<String> {
            ids.iter()
                .map(|id| {
                    categories
                        .iter()
                        .find(|c| &c.id == id)
                        .map_or_else(|| id.clone(), |c| c.label(texts().lang).to_owned())
                })
                .collect()
        }
    };
    let now = expect_context::<UseClock>().now;
    let id = mpp.id.clone();
    let details = Memo::new(move |_| match &*store.details.read() {
        DetailsStatus::Ready(file) => Some(file.details.get(&id).cloned().unwrap_or_default()),
        _ => None,
    });
    let address = Signal::derive(move || details.get().and_then(|d| d.address));
    let name = mpp.name.clone();
    let share_title = Signal::derive(move || format!("{name} — {}", texts().app_name));
    // "Laporkan koreksi": where the feed says corrections go.
    let correction = correction_link(&feed, &mpp);

    let known = {
        let (mpp, correction) = (mpp.clone(), correction.clone());
        // KnownFacts is drawn again on a language switch: which facts it
        // shows depends on the language (sources' quotes on Indonesian pages).
        move || match store.details.get() {
            DetailsStatus::Ready(_) => {
                current_language();
                let d = details.get().unwrap_or_default();
                view! { <KnownFacts mpp=mpp.clone() details=d services=services() correction=correction.clone()/> }.into_any()
            }
            DetailsStatus::Failed(_) => {
                view! { <p class="notice notice-warning">{tr(|t| t.detail().details_failed)}</p> }
                    .into_any()
            }
            DetailsStatus::Loading | DetailsStatus::NotRequested => {
                view! { <p class="notice notice-loading">{tr(|t| t.detail().details_loading)}</p> }
                    .into_any()
            }
        }
    };
    // One line per award to the regency or city, to its entry on /inovasi.
    let awards = {
        let (slug, regency) = (mpp.slug.clone(), mpp.regency.name.clone());
        move || {
            let Loadable::Ready(file) = store.innovations.get() else {
                return Vec::new();
            };
            file.won_at(&slug)
                .cloned()
                .collect::<Vec<_>>()
                .into_iter()
                .map(|award| {
                    let href = app_href(&format!("/inovasi#{}", award.id));
                    view! {
                        <p class="award">
                            {texts().award_line(award.basis, &regency)} " "
                            <A href=href><span translate="no">{award.name}</span></A>
                        </p>
                    }
                })
                .collect::<Vec<_>>()
        }
    };
    // Drawn once (a task after the top of the page: DrawnLater): opened
    // early, "Tentang data ini" stays open when the details arrive.
    let slug = mpp.slug.clone();
    let lower = {
        let (mpp, correction) = (mpp.clone(), correction.clone());
        move || {
            view! {
                {small_map(&mpp)}
                <AboutData mpp=mpp.clone() details=details correction=correction.clone()/>
                // The editor for the MPP's own staff (issue 22).
                <p class="manage-link"><A href=app_href(&format!("/kelola/{slug}"))>{tr(|t| t.manage_link())}</A></p>
            }
        }
    };
    view! {
        <article class="mpp-detail">
            <h1><span translate="no">{mpp.name.clone()}</span> " " <StatusBadge status=mpp.status/></h1>
            <p class="place" translate="no">{format!("{} · {}", mpp.regency.name, mpp.province.name)}</p>
            {status_text.map(|text| view! { <p class="status-text">{text}</p> })}
            // No hours: the one "belum tercatat" line says so.
            {(!mpp.hours.is_empty()).then(|| view! { <p class="hours-now"><OpenNow mpp=mpp.clone() now/></p> })}
            {inauguration.map(|text| view! { <p class="inauguration">{text}</p> })}
            // The facts, directions and sharing a task after the heading,
            // the map and the rest a task after them: each drawn in a task
            // of its own (issue 24, point 6); in this page's chunk, so
            // their boxing adds nothing to the first download.
            <DrawnLater>
                {awards.clone()}
                {known.clone()}
                <Directions mpp=mpp.clone() address/>
                <p class="result-actions"><ShareButton title=share_title/></p>
            </DrawnLater>
            <DrawnLater>{lower.clone()}</DrawnLater>
        </article>
    }
}

/// The map of the one MPP, where it has a point. Below the fold on a phone:
/// Leaflet loads when the reader gets near.
fn small_map(mpp: &Mpp) -> Option<impl IntoView> {
    mpp.location.as_ref()?;
    let one: Arc<[Mpp]> = Arc::new([mpp.clone()]);
    let slug = Some(mpp.slug.clone());
    let section = NodeRef::new();
    let near = use_in_view(section);
    Some(view! {
        <section class="detail-map" aria-label=tr(|t| t.detail().detail_map_label) node_ref=section>
            <MppMap mpps=Signal::derive(move || one.clone()) selected=Signal::derive(move || slug.clone()) mode=MapMode::Single visible=near/>
        </section>
    })
}

/// Where to report a correction of `mpp`, from the feed's template; only a
/// `mailto:` or http(s) link.
pub(crate) fn correction_link(feed: &Option<Arc<LoadedFeed>>, mpp: &Mpp) -> Option<String> {
    let template = feed.as_ref()?.meta.corrections_url.clone()?;
    let href = template
        .replace("{id}", &percent_encode(&mpp.id))
        .replace("{name}", &percent_encode(&mpp.name));
    (href.starts_with("mailto:") || is_safe_link(&href)).then_some(href)
}

/// What the sources say a citizen needs: address, hours, services and the
/// agencies present — and what none of them gives, said once.
#[component]
fn KnownFacts(
    mpp: Mpp,
    details: MppDetails,
    /// The service categories, in the page's language.
    services: Vec<String>,
    /// Where to report a correction ("bantu lengkapi").
    correction: Option<String>,
) -> impl IntoView {
    let indonesian = texts().lang == Lang::Id;
    // The MPP's own data, part by part where it is the one shown.
    let owner = details.owner_facts();
    let owner_address = owner
        .as_ref()
        .and_then(|o| o.address.clone())
        .filter(|p| p.preferred);
    let owner_hours = owner
        .as_ref()
        .and_then(|o| o.hours.clone())
        .filter(|_| mpp.hours_by_owner);
    let owner_lists = owner.as_ref().is_some_and(|o| {
        o.agencies.as_ref().is_some_and(|p| p.preferred)
            || o.services.as_ref().is_some_and(|p| p.preferred)
    });
    // The owner's website, where it gives one, is shown with its contact.
    let owner_website = owner.as_ref().is_some_and(|o| {
        o.contact
            .as_ref()
            .is_some_and(|p| p.preferred && p.value.website.is_some())
    });
    let mut missing = Vec::new();
    if details.address.is_none() && owner_address.is_none() {
        missing.push(Missing::Address);
    }
    if mpp.hours.is_empty() && details.hours.is_none() {
        missing.push(Missing::Hours);
    }
    // Services named by sources are quotes, shown on Indonesian pages only.
    let mentioned = indonesian && !details.services_mentioned.is_empty();
    if services.is_empty() && details.tenants.is_empty() && !mentioned && !owner_lists {
        missing.push(Missing::Services);
    }
    if mpp.inauguration.is_none() {
        missing.push(Missing::InaugurationDate);
    }
    let missing_line = (!missing.is_empty()).then(|| {
        let help = correction.map(|href| {
            view! { " — " <a href=href rel="noopener">{tr(|t| t.detail().help_complete)}</a> }
        });
        view! { <p class="missing">{texts().missing(&missing)} {help}</p> }
    });
    // An owner's hours are dated by its check; the researched statement is kept.
    let statement = match &owner_hours {
        Some(part) => Some(domain::HoursStatement {
            as_stated: String::new(),
            scope: None,
            as_of: mpp.hours_as_of.clone(),
            source: part.from.feed_url.clone(),
        }),
        None => details.hours.clone(),
    };
    let hours = statement.map(|statement| {
        let from = owner_hours
            .clone()
            .map(|p| view! { <FromOwner from=p.from/> });
        view! { <HoursTable mpp=mpp.clone() statement/> {from} }
    });
    let planned = details
        .address_planned
        .iter()
        .map(|plan| {
            let label = texts().planned_site(plan.as_of.as_deref());
            let statement = indonesian
                .then(|| view! { ": " <span translate="no">{plan.statement.clone()}</span> });
            view! { <p class="planned-site">{label}{statement}</p> }
        })
        .collect_view();
    let count = details.service_count.as_ref().and_then(|c| {
        let parts: Vec<String> = [
            c.services
                .map(|n| format!("{n} {}", texts().detail().service_types_unit)),
            c.agencies
                .map(|n| format!("{n} {}", texts().detail().agencies_unit)),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| match &c.as_of {
            Some(as_of) => format!(
                "{} ({} {})",
                parts.join(", "),
                texts().detail().as_of,
                texts().date(as_of)
            ),
            None => parts.join(", "),
        })
    });
    view! {
        <dl class="facts">
            {match owner_address {
                Some(part) => Some(view! { <dt>{tr(|t| t.detail().address)}</dt><dd><OwnerAddressFact part/></dd> }.into_any()),
                None => details.address.clone().map(|a| view! { <dt>{tr(|t| t.detail().address)}</dt><dd class="address" translate="no">{a}</dd> }.into_any()),
            }}
            {hours.map(|h| view! { <dt>{tr(|t| t.hours)}</dt><dd>{h}</dd> })}
            {(!services.is_empty()).then(|| view! { <dt>{tr(|t| t.services)}</dt><dd><TextList items=services.clone()/></dd> })}
            {(!details.tenants.is_empty()).then(|| view! { <dt>{tr(|t| t.detail().tenants)}</dt><dd translate="no"><TextList items=details.tenants.clone()/></dd> })}
            {(!details.tenants_planned.is_empty()).then(|| view! { <dt>{tr(|t| t.detail().tenants_planned)}</dt><dd translate="no"><TextList items=details.tenants_planned.clone()/></dd> })}
            {mentioned.then(|| view! { <dt>{tr(|t| t.detail().services_mentioned)}</dt><dd><TextList items=details.services_mentioned.clone()/></dd> })}
            {count.map(|c| view! { <dt>{tr(|t| t.detail().service_count)}</dt><dd>{c}</dd> })}
            {details.website.clone().filter(|w| is_safe_link(w) && !owner_website).map(|w| {
                let href = w.clone();
                view! {
                    <dt>{tr(|t| t.website)}</dt>
                    <dd translate="no"><a href=href rel="noopener noreferrer" target="_blank">{w}</a></dd>
                }
            })}
        </dl>
        {owner.map(|owner| view! { <OwnerFacts owner/> })}
        {planned}
        {missing_line}
    }
}

#[component]
fn TextList(items: Vec<String>) -> impl IntoView {
    view! { <ul class="text-list">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
}
