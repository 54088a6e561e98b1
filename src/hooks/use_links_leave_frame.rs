use leptos::{html::Main, prelude::*};
use wasm_bindgen::{closure::Closure, JsCast};

/// Every link under `node` opens in a new tab, never in the frame itself —
/// the map's credits and any link a later change adds included. Set on the
/// click, in the capture phase: before Leaflet's controls stop the event
/// and before the router would take an in-app link into the frame. So
/// nothing they lead to is fetched ahead in the frame: the new tab fetches
/// its own (`PageReady::links_leave`).
pub fn use_links_leave_frame(node: NodeRef<Main>) {
    if let Some(page) = use_context::<super::PageReady>() {
        page.links_leave.set_value(true);
    }
    Effect::new(move |_| {
        let Some(element) = node.get() else { return };
        let on_click = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
            let link = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("a[href]").ok().flatten());
            let Some(link) = link else { return };
            if link.get_attribute("target").as_deref() != Some("_blank") {
                let _ = link.set_attribute("target", "_blank");
                let _ = link.set_attribute("rel", "noopener");
            }
        });
        let _ = element.add_event_listener_with_callback_and_bool(
            "click",
            on_click.as_ref().unchecked_ref(),
            true,
        );
        let kept = send_wrapper::SendWrapper::new((element, on_click));
        on_cleanup(move || {
            let (element, on_click) = kept.take();
            let _ = element.remove_event_listener_with_callback_and_bool(
                "click",
                on_click.as_ref().unchecked_ref(),
                true,
            );
        });
    });
}
