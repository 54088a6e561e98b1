use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use js_sys::{Object, Reflect};
use leptos::{html::Main, prelude::*};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// How long the content's height must stay the same before it is sent:
/// layout passes in between (a map sizing itself, a tab coming back into
/// view) never reach the host page as a jump.
const SETTLE: Duration = Duration::from_millis(200);

/// Inside another site's frame, tells the host page how tall the content
/// is — `{type: "peta-mpp:height", height}` — once it has settled after a
/// change, so `embed.js` can size the iframe. Does nothing outside a frame.
pub fn use_height_reporter(node: NodeRef<Main>) {
    let Some(window) = crate::browser::window() else {
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
        let reporter = Rc::new(SettledHeight {
            element,
            pending: Cell::new(None),
            sent: Cell::new(0),
        });
        let on_change = Closure::<dyn Fn()>::new({
            let reporter = reporter.clone();
            move || reporter.clone().schedule()
        });
        let Ok(observer) = web_sys::ResizeObserver::new(on_change.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&reporter.element);
        let document = crate::browser::window().and_then(|w| w.document());
        if let Some(document) = &document {
            let _ = document.add_event_listener_with_callback(
                "visibilitychange",
                on_change.as_ref().unchecked_ref(),
            );
        }
        let kept = send_wrapper::SendWrapper::new((observer, on_change, document, reporter));
        on_cleanup(move || {
            let (observer, on_change, document, reporter) = kept.take();
            observer.disconnect();
            if let Some(document) = document {
                let _ = document.remove_event_listener_with_callback(
                    "visibilitychange",
                    on_change.as_ref().unchecked_ref(),
                );
            }
            if let Some(pending) = reporter.pending.take() {
                pending.clear();
            }
        });
    });
}

/// The content's height, sent once it has stayed the same for [`SETTLE`]
/// and one more frame, and only while the frame is visible.
struct SettledHeight {
    element: web_sys::HtmlElement,
    pending: Cell<Option<TimeoutHandle>>,
    sent: Cell<i32>,
}

impl SettledHeight {
    fn schedule(self: Rc<Self>) {
        if let Some(pending) = self.pending.take() {
            pending.clear();
        }
        let this = self.clone();
        self.pending
            .set(set_timeout_with_handle(move || this.measure(), SETTLE).ok());
    }

    fn measure(self: Rc<Self>) {
        let hidden = crate::browser::window()
            .and_then(|w| w.document())
            .is_none_or(|d| d.hidden());
        // A hidden frame may be laid out oddly; it reports when shown again.
        if hidden {
            return;
        }
        let before = self.element.offset_height();
        request_animation_frame(move || {
            let after = self.element.offset_height();
            if after != before {
                self.schedule();
            } else if after > 0 && after != self.sent.get() {
                self.sent.set(after);
                post_height(after);
            }
        });
    }
}

fn post_height(height: i32) {
    let Some(parent) = crate::browser::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &"peta-mpp:height".into());
    let _ = Reflect::set(&message, &"height".into(), &height.into());
    // The height is no secret, and the host's origin is not known here:
    // `embed.js` on the host checks where the message comes from.
    let _ = parent.post_message(&message, "*");
}
