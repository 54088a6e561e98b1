use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::tr;
use crate::routing::Navigating;

/// How long a navigation may take before the bar shows: a page already
/// here must not flash it.
const SHOW_AFTER: Duration = Duration::from_millis(300);

/// "Memuat halaman…": a thin bar along the top while the router waits for
/// a page's code on a slow link (the page on screen stays until then), and
/// the same words for screen readers.
#[component]
pub fn RouteProgress() -> impl IntoView {
    let navigating = use_context::<Navigating>().map(|Navigating(n)| n);
    let shown = RwSignal::new(false);
    Effect::new(move |_| {
        let Some(navigating) = navigating else { return };
        if navigating.get() {
            set_timeout(move || shown.set(navigating.get_untracked()), SHOW_AFTER);
        } else {
            shown.set(false);
        }
    });
    view! {
        <div class="route-progress" role="status">
            {move || shown.get().then(|| view! {
                <span class="route-progress-bar" aria-hidden="true"></span>
                <span class="visually-hidden">{tr(|t| t.page_loading)}</span>
            })}
        </div>
    }
}
