use leptos::prelude::*;

/// Whether the page on screen shows what it is for (its data arrived, or
/// failed for good). A pre-rendered page stays on screen until then, so the
/// app takes over without a flash of "memuat…" in between.
#[derive(Clone, Copy, Debug, Default)]
pub struct PageReady(pub RwSignal<bool>);

/// Tells the app shell that this page is ready once `ready` is true (no-op
/// when nothing is waiting: no pre-rendered page to take over).
pub fn use_page_ready(ready: impl Fn() -> bool + 'static) {
    let Some(PageReady(signal)) = use_context::<PageReady>() else {
        return;
    };
    Effect::new(move |_| {
        if ready() {
            signal.set(true);
        }
    });
}
