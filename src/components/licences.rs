use leptos::prelude::*;

use crate::i18n::texts;
use domain::{is_safe_link, Lang, Licence};

/// The feed's licences as list items, in the page's language where the
/// feed gives it: the licence is a link only when the feed gives an
/// http(s) URL (a hostile feed cannot plant `javascript:`).
#[component]
pub fn LicenceItems(licences: Vec<Licence>) -> impl IntoView {
    let english = texts().lang == Lang::En;
    licences
        .into_iter()
        .map(|mut l| {
            if english {
                l.data = l.data_en.take().unwrap_or(l.data);
                l.licence = l.licence_en.take().unwrap_or(l.licence);
            }
            let licence = match l.url.filter(|u| is_safe_link(u)) {
                Some(url) => view! { <a href=url rel="noopener">{l.licence}</a> }.into_any(),
                None => view! { <span>{l.licence}</span> }.into_any(),
            };
            view! { <li>{l.data} ": " {licence}</li> }
        })
        .collect_view()
}
