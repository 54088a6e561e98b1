use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Whether a CSS media query matches, kept up to date as the window changes.
pub fn use_media_query(query: &'static str) -> Signal<bool> {
    let list = crate::browser::window().and_then(|w| w.match_media(query).ok().flatten());
    let matches = RwSignal::new(list.as_ref().is_some_and(|l| l.matches()));
    if let Some(list) = list {
        let on_change = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
            move |e: web_sys::MediaQueryListEvent| matches.set(e.matches()),
        );
        let _ = list.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        let listener = send_wrapper::SendWrapper::new((list, on_change));
        on_cleanup(move || {
            let (list, on_change) = listener.take();
            let _ = list
                .remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        });
    }
    matches.into()
}
