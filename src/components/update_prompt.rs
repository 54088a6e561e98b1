use leptos::prelude::*;

use crate::hooks::UseServiceWorker;
use crate::i18n::tr;

/// "Versi baru tersedia — Muat ulang": a new version waits until the user
/// says so (nothing reloads under a citizen's thumb).
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let worker = use_context::<UseServiceWorker>();
    move || {
        let worker = worker.filter(|w| w.update_ready.get())?;
        Some(view! {
            <div class="update-prompt" role="status">
                <span>{tr(|t| t.update_ready)}</span>
                " "
                <button type="button" class="button" on:click=move |_| worker.apply_update.run(())>{tr(|t| t.update_reload)}</button>
            </div>
        })
    }
}
