use leptos::prelude::*;

use crate::i18n::{texts, tr};
use domain::{is_safe_link, Mpp, MppDetails};

/// "Tentang data ini": a closed section with what a careful reader checks —
/// the sources, how sure the record and its map point are (in plain words),
/// what the point is, whether sources disagree, and where to report a
/// correction. The data's own notes are English notes for its maintainers
/// and are not shown.
#[component]
pub fn AboutData(
    mpp: Mpp,
    /// The details, once loaded (the sources are there).
    #[prop(into)]
    details: Signal<Option<MppDetails>>,
    /// Where to report a correction.
    correction: Option<String>,
) -> impl IntoView {
    let point = match &mpp.location {
        Some(loc) => view! {
            <dd>
                <p class="caveat">{
                    let (point, place) = (loc.point, loc.place.clone());
                    move || texts().point_caveat(point, place.as_deref())
                }</p>
                <p class="meta">{tr(|t| t.detail().point_confidence)} ": " {
                    let confidence = loc.confidence;
                    move || texts().confidence(confidence)
                }</p>
                <p class="meta coordinates">{format!("{:.4}, {:.4}", loc.lat, loc.lon)}</p>
            </dd>
        }
        .into_any(),
        None => view! { <dd>{tr(|t| t.detail().no_location)}</dd> }.into_any(),
    };
    let sources = move || {
        details.with(|d| d.as_ref().map(|d| {
        let differ = (!d.flags.is_empty()).then(|| view! { <p class="sources-differ">{tr(|t| t.detail().sources_differ)}</p> });
        view! {
            <h3>{tr(|t| t.sources)}</h3>
            <ul class="sources" translate="no">
                {d.sources.iter().map(|s| view! { <li><SourceLink url=s.clone()/></li> }).collect_view()}
            </ul>
            {differ}
        }
    }))
    };
    view! {
        <details class="about-data">
            <summary>{tr(|t| t.detail().data_section)}</summary>
            <dl class="facts">
                <dt>{tr(|t| t.detail().record_confidence)}</dt>
                <dd>{move || texts().confidence(mpp.confidence)}</dd>
                <dt>{tr(|t| t.location)}</dt>
                {point}
            </dl>
            {sources}
            {correction.map(|href| view! {
                <p class="correction"><a class="button share-button" href=href rel="noopener">{tr(|t| t.detail().report_correction)}</a></p>
            })}
        </details>
    }
}

/// A source from the feed: a link when it is http(s), plain text otherwise.
#[component]
fn SourceLink(url: String) -> impl IntoView {
    if is_safe_link(&url) {
        let href = url.clone();
        view! { <a href=href rel="noopener noreferrer" target="_blank">{url}</a> }.into_any()
    } else {
        view! { <span>{url}</span> }.into_any()
    }
}
