use leptos::prelude::*;

use crate::components::{feed_status::FeedStatus, mpp_list::MppList};
use crate::domain::dates::format_date_id;
use crate::i18n::texts;
use crate::pages::set_title;
use crate::state::use_feed_store;

/// `/`: every MPP of the feed, the nine new ones first.
#[component]
pub fn HomePage() -> impl IntoView {
    let store = use_feed_store();
    let t = texts();
    set_title(&format!("{} — {}", t.app_name, t.home_title));
    let mpps = Signal::derive(move || store.feed.get().map(|f| f.mpps.clone()).unwrap_or_default());
    let summary = move || {
        store.feed.get().map(|f| {
            let announced = format_date_id(&f.meta.announced_date);
            view! { <p class="lede">{t.summary(&f.summary, f.meta.announced_total, &announced)}</p> }
        })
    };
    view! {
        <h1>{t.home_title}</h1>
        {summary}
        <FeedStatus/>
        <MppList mpps/>
    }
}
