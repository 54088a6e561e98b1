use leptos::prelude::*;

use crate::routing::app_href;
use leptos_router::{components::A, hooks::use_params_map};

use crate::components::{
    badges::StatusBadge,
    directions::Directions,
    map::{MapMode, MppMap},
    open_now::OpenNow,
    share_button::ShareButton,
};
use crate::hooks::UseClock;
use crate::i18n::texts;
use crate::pages::set_title;
use crate::state::{use_feed_store, DetailsStatus};
use domain::{
    is_safe_link, text::percent_encode, Lang, Mpp, MppDetails, MppStatus, ServiceCategory,
};

/// `/mpp/<slug>`: everything the feed knows about one MPP, with its sources.
#[component]
pub fn DetailPage() -> impl IntoView {
    let store = use_feed_store();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let t = texts();

    // Details are a second file: ask for it once the feed (and its URL) is here.
    Effect::new(move |_| {
        if store.feed.with(Option::is_some) {
            store.ensure_details();
        }
    });

    let body = move || {
        let feed = store.feed.get()?;
        let found = feed.by_slug(&slug.get()).cloned();
        Some(match found {
            Some(mpp) => {
                set_title(&format!("{} — {}", mpp.name, t.app_name));
                view! { <MppDetailView mpp categories=feed.meta.categories.clone()/> }.into_any()
            }
            None => {
                set_title(&format!("{} — {}", t.mpp_not_found, t.app_name));
                view! {
                    <h1>{t.mpp_not_found}</h1>
                    <p>{t.mpp_not_found_body}</p>
                }
                .into_any()
            }
        })
    };
    view! {
        <p class="back"><A href=app_href("/")>{t.back_to_list}</A></p>
        {body}
    }
}

#[component]
fn MppDetailView(mpp: Mpp, categories: Vec<ServiceCategory>) -> impl IntoView {
    let store = use_feed_store();
    let t = texts();
    let feed = store.feed.get_untracked();
    let batch = feed.as_ref().and_then(|f| f.meta.current_batch.as_ref());
    let status_text = match mpp.status {
        MppStatus::New => t.status_new_text(batch),
        MppStatus::Confirmed => t.status_confirmed_text(batch),
        MppStatus::Unconfirmed => t.status_unconfirmed_text.to_owned(),
    };
    let inauguration = mpp.inauguration.as_ref().map(|i| match &i.batch {
        Some(batch) => format!("{} ({batch})", t.date(&i.date)),
        None => t.date(&i.date),
    });
    let location = match &mpp.location {
        Some(loc) => view! {
            <dd>
                {format!("{:.4}, {:.4}", loc.lat, loc.lon)}
                <p class="caveat">{t.point_caveat(loc.point, loc.place.as_deref())}</p>
                <p class="meta">{t.point_confidence} ": " {t.confidence(loc.confidence)}</p>
            </dd>
        }
        .into_any(),
        None => view! { <dd><NoData/></dd> }.into_any(),
    };
    let services: Vec<String> = mpp
        .services
        .iter()
        .map(|id| {
            categories.iter().find(|c| &c.id == id).map_or_else(
                || id.clone(),
                |c| match t.lang {
                    Lang::Id => c.label_id.clone(),
                    Lang::En => c.label_en.clone(),
                },
            )
        })
        .collect();
    let now = expect_context::<UseClock>().now;
    let address = {
        let id = mpp.id.clone();
        Signal::derive(move || match &*store.details.read() {
            DetailsStatus::Ready(file) => file.details.get(&id).and_then(|d| d.address.clone()),
            _ => None,
        })
    };
    let name = mpp.name.clone();
    let share_title = Signal::derive(move || format!("{name} — {}", t.app_name));
    // "Laporkan koreksi": where the feed says corrections go.
    let correction = store.feed.get_untracked().and_then(|f| f.meta.corrections_url.clone()).and_then(|template| {
        let href = template
            .replace("{id}", &percent_encode(&mpp.id))
            .replace("{name}", &percent_encode(&mpp.name));
        (href.starts_with("mailto:") || is_safe_link(&href)).then(|| {
            view! { <p class="correction"><a class="button share-button" href=href rel="noopener">{t.report_correction}</a></p> }
        })
    });
    let id = mpp.id.clone();
    let details = move || match store.details.get() {
        DetailsStatus::Ready(file) => {
            let d = file.details.get(&id).cloned().unwrap_or_default();
            view! { <DetailsView details=d/> }.into_any()
        }
        DetailsStatus::Failed(_) => {
            view! { <p class="notice notice-warning">{t.details_failed}</p> }.into_any()
        }
        DetailsStatus::Loading | DetailsStatus::NotRequested => {
            view! { <p class="notice notice-loading">{t.details_loading}</p> }.into_any()
        }
    };

    let small_map = mpp.location.is_some().then(|| {
        let one = vec![mpp.clone()];
        let slug = Some(mpp.slug.clone());
        view! {
            <section class="detail-map" aria-label=t.detail_map_label>
                <MppMap mpps=Signal::derive(move || one.clone()) selected=Signal::derive(move || slug.clone()) mode=MapMode::Single/>
            </section>
        }
    });
    view! {
        <article class="mpp-detail">
            <h1>{mpp.name.clone()} " " <StatusBadge status=mpp.status/></h1>
            <p class="status-text">{status_text}</p>
            <p class="result-actions"><ShareButton title=share_title/></p>
            <dl class="facts">
                <Field label=t.regency value=Some(mpp.regency.name.clone())/>
                <Field label=t.province value=Some(mpp.province.name.clone())/>
                <Field label=t.inaugurated value=inauguration/>
                <Field label=t.record_confidence value=Some(t.confidence(mpp.confidence).to_owned())/>
                <dt>{t.location}</dt>
                {location}
            </dl>
            {small_map}
            <Directions mpp=mpp.clone() address/>
            <dl class="facts">
                <dt>{t.hours}</dt>
                <dd class="hours-now">
                    <OpenNow mpp=mpp.clone() now/>
                    {(!mpp.hours.is_empty()).then(|| view! { <p class="meta">{t.holidays_note}</p> })}
                </dd>
                <dt>{t.services}</dt>
                <dd><TextList items=services/></dd>
                <Field label=t.service_count value=mpp.service_count.map(|n| n.to_string())/>
            </dl>
            {details}
            {correction}
        </article>
    }
}

#[component]
fn DetailsView(details: MppDetails) -> impl IntoView {
    let t = texts();
    let hours = details.hours.as_ref().map(|h| {
        let mut text = h.as_stated.clone();
        if let Some(as_of) = &h.as_of {
            text.push_str(&format!(" ({} {as_of})", t.as_of));
        }
        text
    });
    let count = details.service_count.as_ref().and_then(|c| {
        let parts: Vec<String> = [
            c.services.map(|n| format!("{n} {}", t.service_types_unit)),
            c.agencies.map(|n| format!("{n} {}", t.agencies_unit)),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| match &c.as_of {
            Some(as_of) => format!("{} ({} {as_of})", parts.join(", "), t.as_of),
            None => parts.join(", "),
        })
    });
    let evidence: Vec<String> = details
        .evidence
        .iter()
        .map(|e| match &e.date {
            Some(date) => format!("{}: {}", t.date(date), e.text),
            None => e.text.clone(),
        })
        .collect();
    view! {
        <dl class="facts">
            <Field label=t.address value=details.address.clone()/>
            <Field label=t.building value=details.building.clone()/>
            <Field label=t.hours_as_stated value=hours/>
            <Field label=t.service_count value=count/>
            <dt>{t.tenants}</dt>
            <dd><TextList items=details.tenants.clone()/></dd>
            {(!details.tenants_planned.is_empty()).then(|| view! {
                <dt>{t.tenants_planned}</dt>
                <dd><TextList items=details.tenants_planned.clone()/></dd>
            })}
            {(!details.services_mentioned.is_empty()).then(|| view! {
                <dt>{t.services_mentioned}</dt>
                <dd><TextList items=details.services_mentioned.clone()/></dd>
            })}
            {details.website.clone().map(|w| view! {
                <dt>{t.website}</dt>
                <dd><MaybeLink url=w/></dd>
            })}
        </dl>
        <section class="provenance" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t.sources}</h2>
            <ul class="sources">
                {details.sources.iter().map(|s| view! { <li><MaybeLink url=s.clone()/></li> }).collect_view()}
            </ul>
            {(!evidence.is_empty()).then(|| view! {
                <h3>{t.evidence}</h3>
                <TextList items=evidence/>
            })}
            {(!details.flags.is_empty()).then(|| view! {
                <h3>{t.flags}</h3>
                <TextList items=details.flags.clone()/>
            })}
            {details.notes.clone().map(|n| view! {
                <h3>{t.notes} " " {(!t.notes_language.is_empty()).then(|| view! { <span class="meta">{t.notes_language}</span> })}</h3>
                <p lang="en">{n}</p>
            })}
        </section>
    }
}

/// A fact, or "belum ada data" where no source gives it.
#[component]
fn Field(label: &'static str, value: Option<String>) -> impl IntoView {
    view! {
        <dt>{label}</dt>
        <dd>{match value.filter(|v| !v.trim().is_empty()) {
            Some(v) => v.into_any(),
            None => view! { <NoData/> }.into_any(),
        }}</dd>
    }
}

#[component]
fn TextList(items: Vec<String>) -> impl IntoView {
    if items.is_empty() {
        return view! { <NoData/> }.into_any();
    }
    view! { <ul class="text-list">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
        .into_any()
}

#[component]
fn NoData() -> impl IntoView {
    view! { <span class="no-data">{texts().no_data}</span> }
}

/// A URL from the feed: a link when it is http(s), plain text otherwise.
#[component]
fn MaybeLink(url: String) -> impl IntoView {
    if is_safe_link(&url) {
        let href = url.clone();
        view! { <a href=href rel="noopener noreferrer" target="_blank">{url}</a> }.into_any()
    } else {
        view! { <span>{url}</span> }.into_any()
    }
}
