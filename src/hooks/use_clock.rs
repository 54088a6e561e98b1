use leptos::prelude::*;

/// The time (Unix ms), updated every minute: "open now" stays true on a
/// page left open.
pub fn use_clock() -> Signal<f64> {
    let now = RwSignal::new(js_sys::Date::now());
    if let Ok(handle) = set_interval_with_handle(
        move || now.set(js_sys::Date::now()),
        std::time::Duration::from_secs(60),
    ) {
        on_cleanup(move || handle.clear());
    }
    now.into()
}
