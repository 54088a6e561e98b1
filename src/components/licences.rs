use leptos::prelude::*;

use domain::{is_safe_link, Licence};

/// The feed's licences as list items: the licence is a link only when the
/// feed gives an http(s) URL (a hostile feed cannot plant `javascript:`).
#[component]
pub fn LicenceItems(licences: Vec<Licence>) -> impl IntoView {
    licences
        .into_iter()
        .map(|l| {
            let licence = match l.url.filter(|u| is_safe_link(u)) {
                Some(url) => view! { <a href=url rel="noopener">{l.licence}</a> }.into_any(),
                None => view! { <span>{l.licence}</span> }.into_any(),
            };
            view! { <li>{l.data} ": " {licence}</li> }
        })
        .collect_view()
}
