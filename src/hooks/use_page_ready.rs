use leptos::prelude::*;

/// Whether the page on screen shows what it is for (its data arrived, or
/// failed for good), and how many of its parts are still to be drawn
/// (`DrawnLater`). A pre-rendered page stays on screen until the first is
/// true and the second is 0, so the app takes over without a flash of
/// "memuat…" in between and nothing appears after.
#[derive(Clone, Copy, Debug, Default)]
pub struct PageReady {
    pub ready: RwSignal<bool>,
    pub pending: RwSignal<usize>,
    /// Every link of the page opens in a new tab (`use_links_leave_frame`):
    /// nothing it links to is fetched ahead here (`app::fetch_ahead`).
    pub links_leave: StoredValue<bool>,
}

impl PageReady {
    /// The page is ready and all of it is drawn.
    pub fn complete(self) -> bool {
        self.ready.get() && self.pending.get() == 0
    }
}

/// Tells the app shell that this page is ready once `ready` is true (no-op
/// when nothing is waiting: no pre-rendered page to take over).
pub fn use_page_ready(ready: impl Fn() -> bool + 'static) {
    let Some(PageReady { ready: signal, .. }) = use_context::<PageReady>() else {
        return;
    };
    Effect::new(move |_| {
        if ready() {
            signal.set(true);
        }
    });
}

/// Resolves once the page on screen shows what it is for, or after
/// `max_wait_ms` at the latest (a page that never says so: one not found).
/// Asks for the context now, in the component; awaited later, anywhere.
/// It looks four times a second: for work that waits seconds anyway, an
/// Effect and a promise cost the first download more than they save.
pub fn page_complete(max_wait_ms: i32) -> impl std::future::Future<Output = ()> {
    let page = use_context::<PageReady>();
    async move {
        let mut waited = 0;
        while waited < max_wait_ms && !page.is_some_and(|p| untrack(|| p.complete())) {
            crate::browser::sleep(LOOK_EVERY_MS).await;
            waited += LOOK_EVERY_MS;
        }
    }
}

const LOOK_EVERY_MS: i32 = 250;
