//! Who states the data (the regency's or city's government, and whom to
//! ask about the file), and the MPP's name as on its sign.

use leptos::prelude::*;

use super::fields::{at, Kind, TextField};
use crate::i18n::{texts, tr, EditorPart};

#[component]
pub fn PublisherPart() -> impl IntoView {
    let l = texts().editor_labels();
    view! {
        <section class="editor-part" aria-labelledby="part-publisher">
            <h2 id="part-publisher">{texts().editor_part(EditorPart::Publisher)}</h2>
            <p class="hint">{tr(|t| t.publisher_help())}</p>
            <TextField id="publisher-name" label=l.publisher_name path=at!(publisher.name) autocomplete="organization"/>
            <TextField id="publisher-website" label=l.publisher_website path=at!(publisher.website) kind=Kind::Url/>
            <TextField id="publisher-contact_name" label=l.contact_name path=at!(publisher.contact_name)/>
            <TextField id="publisher-email" label=l.email path=at!(publisher.email) kind=Kind::Email autocomplete="email"/>
            <TextField id="publisher-phone" label=l.phone path=at!(publisher.phone) kind=Kind::Tel hint=texts().phone_hint() autocomplete="tel"/>
            <TextField id="mpp-name" label=l.mpp_name path=at!(mpp_name)/>
        </section>
    }
}
