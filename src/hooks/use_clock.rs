use leptos::prelude::*;

/// The time, for "open now": a type of its own in context (not a bare
/// `Signal<f64>` any other number could be mistaken for).
#[derive(Clone, Copy)]
pub struct UseClock {
    /// Unix time in milliseconds, updated every minute.
    pub now: Signal<f64>,
}

/// The time, updated every minute: "open now" stays true on a page left open.
pub fn use_clock() -> UseClock {
    let now = RwSignal::new(crate::browser::now_ms());
    // Pre-rendering (no window) takes one reading; only a browser ticks.
    if crate::browser::window().is_none() {
        return UseClock { now: now.into() };
    }
    if let Ok(handle) = set_interval_with_handle(
        move || now.set(crate::browser::now_ms()),
        std::time::Duration::from_secs(60),
    ) {
        on_cleanup(move || handle.clear());
    }
    UseClock { now: now.into() }
}
