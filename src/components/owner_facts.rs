use leptos::prelude::*;

use crate::i18n::{texts, tr};
use domain::owner::{FactFrom, OwnerAddress, OwnerFacts, OwnerPart};
use domain::{is_safe_link, Lang};

/// "Data dari Pemerintah Kabupaten Buol, diperiksa 3 Maret 2026": who
/// stated the fact beside it and when it was checked.
#[component]
pub fn FromOwner(
    /// The fact's provenance.
    from: FactFrom,
) -> impl IntoView {
    view! { <p class="meta from-owner">{texts().owner_from(&from)}</p> }
}

/// The owner's address, with how to find the entrance (in the publisher's
/// words, on Indonesian pages) and who stated it.
#[component]
pub fn OwnerAddressFact(
    /// The owner's address part (shown in place of the researched one).
    part: OwnerPart<OwnerAddress>,
) -> impl IntoView {
    let indonesian = texts().lang == Lang::Id;
    let directions = part
        .value
        .directions
        .clone()
        .filter(|_| indonesian)
        .map(|d| view! { <p class="entrance-directions" translate="no">{d}</p> });
    view! {
        <span class="address" translate="no">{part.value.text.clone()}</span>
        {directions}
        <FromOwner from=part.from/>
    }
}

/// What an MPP's own government states beyond the address and the hours:
/// each agency's own days, the services, the phone (a `tel:` link), the
/// online queue (a button), the website and social accounts, each part
/// with who stated it and when. Only the parts shown in place of research.
#[component]
pub fn OwnerFacts(
    /// The owner's record from the details file.
    owner: OwnerFacts,
) -> impl IntoView {
    let indonesian = texts().lang == Lang::Id;
    let shown = |from: &FactFrom| view! { <FromOwner from=from.clone()/> };
    let agencies = owner.agencies.as_ref().filter(|p| p.preferred).map(|p| {
        let items = p
            .value
            .iter()
            .map(|a| {
                // "Imigrasi: Selasa dan Kamis": the name as published, the days
                // in the page's language.
                let days =
                    (!a.hours.is_empty()).then(|| format!(": {}", texts().agency_days(&a.hours)));
                view! { <li><span translate="no">{a.name.clone()}</span>{days}</li> }
            })
            .collect_view();
        view! {
            <dt>{tr(|t| t.detail().tenants)}</dt>
            <dd><ul class="text-list agency-days">{items}</ul>{shown(&p.from)}</dd>
        }
    });
    // Service names are the publisher's Indonesian phrases.
    let services = owner
        .services
        .as_ref()
        .filter(|p| p.preferred && indonesian)
        .map(|p| {
            let items = p
                .value
                .iter()
                .map(|s| view! { <li>{s.name.clone()}</li> })
                .collect_view();
            view! {
                <dt>{tr(|t| t.owner_services())}</dt>
                <dd><ul class="text-list" translate="no">{items}</ul>{shown(&p.from)}</dd>
            }
        });
    let contact = owner.contact.as_ref().filter(|p| p.preferred).map(|p| {
        let phones = p
            .value
            .phones
            .iter()
            .map(|phone| {
                let href = match phone.kind.as_str() {
                    "sms" => format!("sms:{}", phone.tel()),
                    _ => format!("tel:{}", phone.tel()),
                };
                let what = phone
                    .description
                    .clone()
                    .filter(|_| indonesian)
                    .map(|d| format!(" ({d})"));
                view! {
                    <li>
                        {texts().phone_kind(&phone.kind)} ": "
                        <a href=href translate="no">{phone.number.clone()}</a>
                        {what}
                    </li>
                }
            })
            .collect_view();
        let website = p.value.website.clone().filter(|w| is_safe_link(w)).map(|w| {
            let href = w.clone();
            view! { <li>{tr(|t| t.website)} ": " <a href=href rel="noopener noreferrer" target="_blank" translate="no">{w}</a></li> }
        });
        view! {
            <dt>{tr(|t| t.phone())}</dt>
            <dd><ul class="text-list contact-list">{phones}{website}</ul>{shown(&p.from)}</dd>
        }
    });
    let online = owner.online.as_ref().filter(|p| p.preferred).map(|p| {
        let booking = p
            .value
            .booking
            .iter()
            .filter(|b| is_safe_link(&b.url))
            .map(|b| {
                view! {
                    <a class="button queue-button" href=b.url.clone() rel="noopener noreferrer" target="_blank">
                        {tr(|t| t.take_a_queue_number())}
                    </a>
                }
            })
            .collect_view();
        let social = p
            .value
            .social
            .iter()
            .filter(|s| is_safe_link(&s.url))
            .map(|s| {
                view! { <li><a href=s.url.clone() rel="noopener noreferrer" target="_blank" translate="no">{s.name.clone()}</a></li> }
            })
            .collect_view();
        let has_social = !p.value.social.is_empty();
        view! {
            <dt>{tr(|t| t.online_queue())}</dt>
            <dd>
                <p class="button-row">{booking}</p>
                {has_social.then(|| view! { <p class="meta">{tr(|t| t.social_accounts())}</p><ul class="text-list">{social}</ul> })}
                {shown(&p.from)}
            </dd>
        }
    });
    view! { <dl class="facts owner-facts">{agencies}{services}{contact}{online}</dl> }
}
