use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};

use crate::browser;

/// The service worker: registered once the page shows what it is for (not
/// while it is fetching that), and a new version offered, never forced.
/// `update_ready` turns true when a new worker has installed and waits;
/// `apply_update` tells it to take over and reloads the page once it
/// controls it. In another site's frame (an embed) there is no prompt: a
/// new version takes over at once for the next visit and this page goes on
/// as it is — otherwise it would wait for ever, since each visit of the
/// host page opens a new frame before the old one is gone.
///
/// Every tab hears when the worker controlling it changes (another tab
/// pressed "Muat ulang"): `version_changed` turns true, the tab's next
/// navigation loads the page whole (`use_full_load_after_update`), since
/// the new worker no longer keeps this tab's files, and "Muat ulang" here
/// reloads at once.
#[derive(Clone, Copy)]
pub struct UseServiceWorker {
    pub update_ready: Signal<bool>,
    pub apply_update: Callback<()>,
    /// A new worker took over this tab: the tab runs an old version.
    pub version_changed: Signal<bool>,
}

pub fn use_service_worker() -> UseServiceWorker {
    let update_ready = RwSignal::new(false);
    let version_changed = RwSignal::new(false);
    let waiting = StoredValue::new_local(None::<ServiceWorker>);
    let apply_update = Callback::new(move |()| {
        let Some(container) = container() else { return };
        // Already active (taken over from another tab): nothing more will
        // happen to wait for.
        let still_waiting = waiting.with_value(|w| {
            w.as_ref()
                .is_some_and(|w| w.state() == ServiceWorkerState::Installed)
        });
        if version_changed.get_untracked() || !still_waiting {
            reload();
            return;
        }
        // Reload once the new worker controls the page (and only then: an
        // old page never runs against a new worker's caches).
        let reload = Closure::once_into_js(reload);
        let _ =
            container.add_event_listener_with_callback("controllerchange", reload.unchecked_ref());
        waiting.with_value(|w| w.iter().for_each(skip_waiting));
    });
    let Some(container) = container() else {
        return UseServiceWorker {
            update_ready: update_ready.into(),
            apply_update,
            version_changed: version_changed.into(),
        };
    };
    let quietly = framed_by_another_site();
    // A first install taking control is no new version: only a change from
    // one controlling worker to another is.
    let controlled = StoredValue::new(container.controller().is_some());
    let on_controller_change = Closure::<dyn Fn()>::new(move || {
        if controlled.get_value() {
            version_changed.set(true);
            update_ready.set(!quietly);
        }
        controlled.set_value(true);
    });
    let _ = container.add_event_listener_with_callback(
        "controllerchange",
        on_controller_change.as_ref().unchecked_ref(),
    );
    // Heard for as long as the page lives.
    on_controller_change.forget();
    let offer = move |worker: ServiceWorker| {
        if quietly {
            skip_waiting(&worker);
        } else {
            waiting.set_value(Some(worker));
            update_ready.set(true);
        }
    };
    let page_complete = super::use_page_ready::page_complete(REGISTER_AT_THE_LATEST_MS);
    leptos::task::spawn_local(async move {
        // Not while the page fetches what it shows: a first install
        // downloads every file of the version (about 800 KB), which on a 3G
        // link would share it with the page's own feed, code and tiles.
        // Once the page shows what it is for, and the browser is idle.
        page_complete.await;
        browser::idle(REGISTER_WAITS_FOR_IDLE_MS).await;
        let options = RegistrationOptions::new();
        options.set_scope(&browser::in_app(""));
        let registered =
            JsFuture::from(container.register_with_options(&browser::in_app("sw.js"), &options))
                .await;
        // No worker here (a development build, or blocked): the app works without.
        // (Some test browsers answer with no registration at all.)
        let Some(registration) = registered
            .ok()
            .filter(JsValue::is_object)
            .map(JsCast::unchecked_into::<ServiceWorkerRegistration>)
        else {
            return;
        };
        // A first install is not an update: only offer one when a worker
        // already controls this page.
        let is_update = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        if let Some(worker) = registration.waiting().filter(|_| is_update()) {
            offer(worker);
        }
        let on_update_found = {
            let registration = registration.clone();
            Closure::<dyn Fn()>::new(move || {
                let Some(installing) = registration.installing() else {
                    return;
                };
                let worker = installing.clone();
                let is_update = is_update.clone();
                let on_state = Closure::<dyn Fn()>::new(move || {
                    if worker.state() == ServiceWorkerState::Installed && is_update() {
                        offer(worker.clone());
                    }
                });
                let _ = installing.add_event_listener_with_callback(
                    "statechange",
                    on_state.as_ref().unchecked_ref(),
                );
                on_state.forget();
            })
        };
        let _ = registration.add_event_listener_with_callback(
            "updatefound",
            on_update_found.as_ref().unchecked_ref(),
        );
        // The registration lives as long as the page.
        on_update_found.forget();
    });
    UseServiceWorker {
        update_ready: update_ready.into(),
        apply_update,
        version_changed: version_changed.into(),
    }
}

/// The longest registration waits for the page to show what it is for.
const REGISTER_AT_THE_LATEST_MS: i32 = 10_000;
/// The longest it then waits for the browser to be idle.
const REGISTER_WAITS_FOR_IDLE_MS: i32 = 3_000;

fn reload() {
    if let Some(w) = crate::browser::window() {
        let _ = w.location().reload();
    }
}

/// Tells a waiting worker to take over (`sw/sw.js` listens for this).
fn skip_waiting(worker: &ServiceWorker) {
    let message = js_sys::Object::new();
    let _ = Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
    let _ = worker.post_message(&message);
}

/// Whether this page is framed by another origin (reading the top window's
/// address is refused then). Framed by this site itself, as in the
/// generator's preview, the page around it offers the update.
fn framed_by_another_site() -> bool {
    crate::browser::window()
        .and_then(|w| w.top().ok().flatten())
        .is_some_and(|top| top.location().href().is_err())
}

/// `navigator.serviceWorker`, where the browser has one (a secure context).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator: JsValue = crate::browser::window()?.navigator().into();
    let container = Reflect::get(&navigator, &"serviceWorker".into()).ok()?;
    (!container.is_undefined()).then(|| container.unchecked_into())
}
