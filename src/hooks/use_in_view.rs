use leptos::{html::ElementType, prelude::*};
use wasm_bindgen::{closure::Closure, JsCast};

/// Whether `target` has come near the window; once true it stays true.
/// Work for something below the fold (the detail page's map: Leaflet, its
/// markers; the embed's map under its list) waits until the reader scrolls
/// towards it, instead of blocking a cheap phone while the page starts.
pub fn use_in_view<E>(target: NodeRef<E>) -> Signal<bool>
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let seen = RwSignal::new(false);
    if crate::browser::window().is_none() {
        return seen.into();
    }
    Effect::new(move |_| {
        let Some(element) = target.get() else { return };
        if seen.get_untracked() {
            return;
        }
        let on_change = Closure::<dyn Fn(js_sys::Array, web_sys::IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                let near = entries.iter().any(|e| {
                    e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                        .is_intersecting()
                });
                if near {
                    observer.disconnect();
                    seen.set(true);
                }
            },
        );
        let options = web_sys::IntersectionObserverInit::new();
        // Starts a little before it shows, so it is ready when it does.
        options.set_root_margin("300px");
        match web_sys::IntersectionObserver::new_with_options(
            on_change.as_ref().unchecked_ref(),
            &options,
        ) {
            Ok(observer) => {
                observer.observe(element.unchecked_ref());
                let observer = send_wrapper::SendWrapper::new((observer, on_change));
                on_cleanup(move || observer.take().0.disconnect());
            }
            // No IntersectionObserver: show it now.
            Err(_) => seen.set(true),
        }
    });
    seen.into()
}
