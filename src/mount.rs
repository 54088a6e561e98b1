//! Starting the app in the browser. A pre-rendered page (`tools/prerender`)
//! is already on screen: the app renders beside it, out of sight, and takes
//! its place in one step once its own page shows the same content — no
//! blank moment, no jump, nothing typed into the search box lost.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::App;
use crate::browser;
use crate::hooks::PageReady;

/// The pre-rendered page's root (written by `tools/prerender`).
const PRERENDERED_ID: &str = "prerendered";

pub fn start() {
    let Some(document) = browser::window().and_then(|w| w.document()) else {
        return;
    };
    let mut prerendered = document.get_element_by_id(PRERENDERED_ID);
    // Hidden by index.html's script: another language or a search in the
    // URL. Nothing worth keeping; the app shows its own "memuat…" at once.
    let stale = document
        .document_element()
        .is_some_and(|html| html.class_list().contains("prerender-stale"));
    if stale {
        if let Some(page) = prerendered.take() {
            page.remove();
        }
    }
    let (Some(body), Some(prerendered)) = (document.body(), prerendered) else {
        leptos::mount::mount_to_body(|| {
            when_ready(mark_interactive);
            view! { <App/> }
        });
        return;
    };
    let Some(root) = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_class_name("app-root app-root-pending");
    let _ = body.append_child(&root);
    let root_for_swap = root.clone();
    leptos::mount::mount_to(root, move || {
        when_ready(move |page| {
            take_over(&prerendered, &root_for_swap);
            mark_interactive(page);
        });
        view! { <App/> }
    })
    .forget();
}

/// Runs `then` once the page on screen has what it shows (`PageReady`).
fn when_ready(then: impl FnOnce(PageReady) + 'static) {
    let ready = PageReady::default();
    provide_context(ready);
    let mut then = Some(then);
    Effect::new(move |_| {
        if ready.complete() {
            if let Some(then) = then.take() {
                then(ready);
            }
        }
    });
}

/// For the benchmark (`bench/`): the search box answers from now on. Then
/// what a reader opens next is fetched in the background (`fetch_ahead`: the
/// detail page's code and the details' parser): a reader who taps an MPP
/// after the signal drops still gets its page. A preload that fails says
/// nothing and is tried again a little later (the tap itself tries again
/// too, and says so if it cannot). Not on a page whose links all open in a
/// new tab (`PageReady::links_leave`).
fn mark_interactive(page: PageReady) {
    if let Some(performance) = browser::window().and_then(|w| w.performance()) {
        let _ = performance.mark("peta-mpp:interactive");
    }
    if page.links_leave.get_value() {
        return;
    }
    leptos::task::spawn_local(async {
        for wait_ms in PRELOAD_AGAIN_AFTER_MS {
            browser::sleep(wait_ms).await;
            // Not in the middle of the page's own start (issue 24: no long
            // tasks while a page starts): when the browser has a moment.
            browser::idle(PRELOAD_WAITS_FOR_IDLE_MS).await;
            if crate::app::fetch_ahead().await {
                return;
            }
        }
    });
}

/// When what a reader opens next is fetched ahead: at once, then twice more
/// on a link that failed (a few seconds, a minute), then no more.
const PRELOAD_AGAIN_AFTER_MS: [i32; 3] = [0, 15_000, 60_000];
/// The longest a preload waits for the browser to be idle (a reader who taps
/// an MPP sooner loads its page then, as without a preload).
const PRELOAD_WAITS_FOR_IDLE_MS: i32 = 3_000;

/// Puts the app where the pre-rendered page was, carrying over what the
/// reader typed into the search box meanwhile.
fn take_over(prerendered: &web_sys::Element, app: &web_sys::HtmlElement) {
    let typed = search_box(prerendered).map(|input| {
        let focused = browser::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|active| active == *input.unchecked_ref::<web_sys::Element>());
        (input.value(), focused)
    });
    let opened = opened_details(prerendered);
    prerendered.remove();
    let _ = app.class_list().remove_1("app-root-pending");
    // A section the reader opened ("Saring", "Tentang data ini") stays open.
    if let Ok(all) = app.query_selector_all("details") {
        for i in opened {
            if let Some(details) = all
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = details.set_attribute("open", "");
            }
        }
    }
    let (Some((text, focused)), Some(input)) = (typed, search_box(app)) else {
        return;
    };
    if !text.is_empty() && input.value().is_empty() {
        input.set_value(&text);
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = input.dispatch_event(&event);
        }
    }
    if focused {
        let _ = input.focus();
    }
}

/// Which `<details>` under `root` are open, by their order in the page.
fn opened_details(root: &web_sys::Element) -> Vec<u32> {
    let Ok(all) = root.query_selector_all("details") else {
        return Vec::new();
    };
    (0..all.length())
        .filter(|&i| {
            all.item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|e| e.has_attribute("open"))
        })
        .collect()
}

fn search_box(root: &web_sys::Element) -> Option<web_sys::HtmlInputElement> {
    root.query_selector("input[type=search]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}
