use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{texts, tr, Missing};
use crate::routing::app_href;
use crate::state::use_feed_store;
use domain::{
    innovation::{Innovation, InstitutionBasis, InstitutionKind},
    is_safe_link, Lang, Mpp,
};

/// One OPSI KIPP 2025 winner: who won it and how firmly that is known,
/// where, what it is, its MPP when the feed has one, and every source.
/// What no source gives is said once, at the end.
#[component]
pub fn InnovationEntry(
    /// The innovation, as `kipp2025.json` lists it.
    innovation: Innovation,
) -> impl IntoView {
    let store = use_feed_store();
    let i = innovation;
    let candidate = i.basis == InstitutionBasis::Candidate;
    let winner = i.institution.clone().map(|name| {
        let possibly = candidate.then(|| format!("{} ", texts().kipp_possibly()));
        view! { {possibly}<span translate="no">{name}</span> " " }
    });
    let place = match (&i.regency, &i.province) {
        (Some(regency), Some(province)) => Some(format!("{}, {}", regency.name, province.name)),
        (None, Some(province)) => Some(province.name.clone()),
        _ if i.institution_kind == Some(InstitutionKind::Ministry) => {
            Some(texts().kipp_national().to_owned())
        }
        _ => None,
    };
    let place_view = place.clone().map(|place| {
        let unsure = candidate.then(|| format!(" ({})", texts().kipp_unconfirmed_place()));
        view! { <dt>{tr(|t| t.region)}</dt><dd><span translate="no">{place}</span>{unsure}</dd> }
    });
    let category = i
        .category
        .as_deref()
        .and_then(|c| texts().kipp_category_name(c))
        .map(|c| view! { <dt>{tr(|t| t.kipp_category())}</dt><dd>{c}</dd> });
    let group = i
        .group
        .map(|g| view! { <dt>{tr(|t| t.kipp_group())}</dt><dd>{texts().kipp_group_name(g)}</dd> });
    // The sources' own words: on Indonesian pages only.
    let description = i
        .description
        .clone()
        .filter(|_| texts().lang == Lang::Id)
        .map(|d| view! { <dt>{tr(|t| t.kipp_description())}</dt><dd>{d}</dd> });
    let missing: Vec<Missing> = [
        (place.is_none(), Missing::Region),
        (i.category.is_none(), Missing::Category),
        (i.description.is_none(), Missing::Description),
    ]
    .into_iter()
    .filter_map(|(absent, what)| absent.then_some(what))
    .collect();
    let missing =
        (!missing.is_empty()).then(|| view! { <p class="missing">{texts().missing(&missing)}</p> });
    let feed = store.feed.get_untracked();
    let mpps: Vec<Mpp> = i
        .mpps
        .iter()
        .filter_map(|slug| feed.as_ref()?.by_slug(slug).cloned())
        .collect();
    let mpps = mpps
        .into_iter()
        .map(|mpp| {
            view! {
                <p class="innovation-mpp">
                    <A href=app_href(&format!("/mpp/{}", mpp.slug))>{tr(|t| t.kipp_see_mpp())} " " <span translate="no">{mpp.name.clone()}</span></A>
                </p>
            }
        })
        .collect_view();
    let sources = i
        .sources
        .iter()
        .filter(|s| is_safe_link(&s.url))
        .map(|s| {
            let date = s.date.as_deref().map(|d| format!(" ({})", texts().date(d)));
            view! { <li><a href=s.url.clone() rel="noopener noreferrer" target="_blank">{s.site().to_owned()}</a>{date}</li> }
        })
        .collect_view();
    view! {
        <li class="innovation" id=i.id.clone()>
            <h2 translate="no">{i.name.clone()}</h2>
            <dl class="facts">
                <dt>{tr(|t| t.kipp_winner())}</dt>
                <dd>{winner}<span class="basis">{texts().kipp_basis(i.basis)}</span></dd>
                {place_view}
                {category}
                {group}
                {description}
            </dl>
            {missing}
            {mpps}
            <p class="innovation-sources">{tr(|t| t.sources)} ":"</p>
            <ul class="source-list">{sources}</ul>
        </li>
    }
}
