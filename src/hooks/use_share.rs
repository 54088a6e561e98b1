use std::{future::Future, pin::Pin};

use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What happened when the user shared.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareOutcome {
    /// The system share sheet took it.
    Shared,
    Copied,
    /// Neither worked: show the link to copy by hand.
    ShowLink(String),
}

#[derive(Clone, Copy)]
pub struct UseShare {
    pub share: Callback<String>,
    pub outcome: Signal<Option<ShareOutcome>>,
}

/// Shares the current page's URL: the Web Share API where the phone has
/// it, else the clipboard, else the link shown to copy by hand. The sharing
/// itself is a wasm chunk of its own in the browser build (feature `split`):
/// it runs only on a press, so the first download does not carry it. It is
/// fetched ahead once the app is idle (`preload_share`), and a press within
/// the browser's few seconds of user activation may still fetch it; a chunk
/// that cannot be had shows the link to copy.
pub fn use_share() -> UseShare {
    let outcome = RwSignal::new(None::<ShareOutcome>);
    let share = Callback::new(move |title: String| {
        let Some(window) = crate::browser::window() else {
            return;
        };
        let url = window.location().href().unwrap_or_default();
        leptos::task::spawn_local(async move {
            let result = match share_code::share(title, url.clone()).await {
                Ok(sharing) => sharing.await,
                Err(_) => Some(ShareOutcome::ShowLink(url)),
            };
            if let Some(result) = result {
                outcome.set(Some(result));
            }
        });
    });
    UseShare {
        share,
        outcome: outcome.into(),
    }
}

/// Fetches the sharing code ahead; false when it could not be had.
pub async fn preload_share() -> bool {
    share_code::preload().await.is_ok()
}

/// A share in progress: its outcome, or `None` when the user closed the
/// sheet (nothing to say).
type Sharing = Pin<Box<dyn Future<Output = Option<ShareOutcome>>>>;

/// The sheet, else the clipboard, else the link.
async fn share_now(title: String, url: String) -> Option<ShareOutcome> {
    let navigator: JsValue = crate::browser::window()?.navigator().into();
    Some(if let Some(done) = call_share(&navigator, &title, &url) {
        match JsFuture::from(done).await {
            Ok(_) => ShareOutcome::Shared,
            Err(e) if is_abort(&e) => return None,
            Err(_) => copy(&navigator, &url).await,
        }
    } else {
        copy(&navigator, &url).await
    })
}

// The sharing code: a chunk, run on a press.
split_chunk!(share_code::share(title: String, url: String) -> Sharing {
    Box::pin(share_now(title, url))
});

fn call_share(navigator: &JsValue, title: &str, url: &str) -> Option<Promise> {
    let share: Function = Reflect::get(navigator, &"share".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let data = Object::new();
    Reflect::set(&data, &"title".into(), &title.into()).ok()?;
    Reflect::set(&data, &"url".into(), &url.into()).ok()?;
    share.call1(navigator, &data).ok()?.dyn_into().ok()
}

async fn copy(navigator: &JsValue, url: &str) -> ShareOutcome {
    if write_text(navigator, url).await.is_some() {
        ShareOutcome::Copied
    } else {
        ShareOutcome::ShowLink(url.to_owned())
    }
}

/// Puts `text` on the clipboard; false where the browser refuses.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = crate::browser::window() else {
        return false;
    };
    write_text(&window.navigator().into(), text).await.is_some()
}

async fn write_text(navigator: &JsValue, text: &str) -> Option<JsValue> {
    let clipboard = Reflect::get(navigator, &"clipboard".into()).ok()?;
    let write: Function = Reflect::get(&clipboard, &"writeText".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: Promise = write
        .call1(&clipboard, &text.into())
        .ok()?
        .dyn_into()
        .ok()?;
    JsFuture::from(promise).await.ok()
}

fn is_abort(error: &JsValue) -> bool {
    Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .as_deref()
        == Some("AbortError")
}
