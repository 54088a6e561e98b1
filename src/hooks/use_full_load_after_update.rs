use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use crate::browser;

/// Once `version_changed` is true, the next in-app link loads its page whole
/// instead of through the router: this tab runs the old version, whose
/// route chunks the new worker (and perhaps the host) no longer has. Heard
/// in the capture phase, before the router's own handler, which leaves a
/// click alone once its default is prevented.
pub fn use_full_load_after_update(version_changed: Signal<bool>) {
    let Some(window) = browser::window() else {
        return;
    };
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if !version_changed.get_untracked() {
            return;
        }
        if let Some(href) = in_app_link_target(&ev) {
            ev.prevent_default();
            if let Some(w) = browser::window() {
                let _ = w.location().assign(&href);
            }
        }
    });
    let _ = window.add_event_listener_with_callback_and_bool(
        "click",
        on_click.as_ref().unchecked_ref(),
        true,
    );
    // The app lives as long as the page.
    on_click.forget();
}

/// The address a plain click on a same-site link goes to, when the router
/// would handle it: not a new tab, a download, another site or a jump
/// within this page.
fn in_app_link_target(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let link = ev
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??;
    if link.has_attribute("download") || link.get_attribute("target").is_some_and(|t| t != "_self")
    {
        return None;
    }
    let target = web_sys::Url::new(&browser::in_app(&link.get_attribute("href")?)).ok()?;
    let here = web_sys::Url::new(&browser::window()?.location().href().ok()?).ok()?;
    let same_page = target.pathname() == here.pathname() && target.search() == here.search();
    (target.origin() == here.origin() && !same_page).then(|| target.href())
}
