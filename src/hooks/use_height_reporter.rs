use js_sys::{Object, Reflect};
use leptos::{html::Main, prelude::*};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Inside another site's frame, tells the host page how tall the content
/// is — `{type: "peta-mpp:height", height}` — every time it changes, so
/// `embed.js` can size the iframe. Does nothing outside a frame.
pub fn use_height_reporter(node: NodeRef<Main>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let framed = window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|p| !JsValue::from(&p).loose_eq(&window));
    if !framed {
        return;
    }
    Effect::new(move |_| {
        let Some(element) = node.get() else { return };
        let report = Closure::<dyn Fn()>::new({
            let element = element.clone();
            move || post_height(element.offset_height())
        });
        let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&element);
        let kept = send_wrapper::SendWrapper::new((observer, report));
        on_cleanup(move || kept.take().0.disconnect());
    });
}

fn post_height(height: i32) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &"peta-mpp:height".into());
    let _ = Reflect::set(&message, &"height".into(), &height.into());
    // The height is no secret, and the host's origin is not known here:
    // `embed.js` on the host checks where the message comes from.
    let _ = parent.post_message(&message, "*");
}
