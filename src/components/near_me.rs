use leptos::prelude::*;

use crate::hooks::{GeoError, UseGeolocation};
use crate::i18n::{texts, tr};

/// "Lokasi saya": asks for the position only when pressed. While a
/// position is in use, says the list is nearest-first and offers to clear it.
#[component]
pub fn NearMe() -> impl IntoView {
    let geo = expect_context::<UseGeolocation>();
    let message = move || {
        let text = match geo.error.get()? {
            GeoError::Denied => texts().geo_denied,
            GeoError::Unavailable => texts().geo_unavailable,
            GeoError::Timeout => texts().geo_timeout,
            GeoError::Unsupported => texts().geo_unsupported,
        };
        Some(view! { <p class="notice notice-warning geo-message">{text}</p> })
    };
    view! {
        <div class="near-me" role="status" aria-live="polite">
            {move || match (geo.position.get().is_some(), geo.locating.get()) {
                (_, true) => view! { <p class="meta">{tr(|t| t.locating)}</p> }.into_any(),
                (true, false) => view! {
                    <p class="meta nearest-note">
                        {tr(|t| t.nearest_first)} " "
                        <button type="button" class="link-button" on:click=move |_| geo.clear.run(())>{tr(|t| t.clear_location)}</button>
                    </p>
                }.into_any(),
                (false, false) => view! {
                    <button type="button" class="button locate-button" on:click=move |_| geo.locate.run(())>
                        <span aria-hidden="true">"◎ "</span>{tr(|t| t.locate)}
                    </button>
                }.into_any(),
            }}
            {message}
        </div>
    }
}
