//! Components in a real browser (headless Chromium via wasm-bindgen-test):
//! `make test-wasm`. They render the fixture feed the native tests use.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use peta_mpp::components::{feed_status::FeedStatus, mpp_list::MppList};
use peta_mpp::domain::parse_feed;
use peta_mpp::feed_client::LoadError;
use peta_mpp::pages::home::HomePage;
use peta_mpp::state::{FeedStore, LoadStatus, LoadedFeed};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SMALL_FEED: &str = include_str!("fixtures/small-feed.json");

fn fixture() -> LoadedFeed {
    LoadedFeed::new(
        parse_feed(SMALL_FEED).unwrap(),
        "http://127.0.0.1/data/small-feed.json".into(),
    )
}

/// Mounts `view` into a fresh container and returns the container.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), view);
    // The test owns the page: keep the view alive until it ends.
    std::mem::forget(handle);
    container
}

async fn next_tick() {
    let promise = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

/// The list component alone, on the fixture feed.
async fn mount_fixture_list() -> web_sys::HtmlElement {
    let mpps = fixture().mpps;
    let root = mount(
        move || view! { <Router><MppList mpps=Signal::derive(move || mpps.clone())/></Router> },
    );
    next_tick().await;
    root
}

#[wasm_bindgen_test]
async fn list_shows_every_mpp_new_first_with_badges_in_words() {
    let root = mount_fixture_list().await;

    let list = root
        .query_selector("ol.mpp-list")
        .unwrap()
        .expect("an ordered list");
    assert_eq!(
        list.get_attribute("aria-label").as_deref(),
        Some("Daftar Mal Pelayanan Publik")
    );
    let items = all(&root, "ol.mpp-list > li");
    assert_eq!(items.len(), 4);
    assert_eq!(
        items[0].get_attribute("data-id").as_deref(),
        Some("63.11"),
        "the new MPP comes first"
    );

    let new_badges = all(&root, ".badge-new");
    assert_eq!(new_badges.len(), 1);
    assert!(
        new_badges[0].text_content().unwrap().contains("Baru"),
        "the badge is a word, not colour alone"
    );
    assert_eq!(all(&root, ".badge-unconfirmed").len(), 1);

    let link = items[0].query_selector("a").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/mpp/kabupaten-balangan")
    );
    assert!(items[0]
        .text_content()
        .unwrap()
        .contains("Diresmikan 15 Desember 2025"));
    assert!(items[0]
        .text_content()
        .unwrap()
        .contains("Kalimantan Selatan"));
    let undated = items
        .iter()
        .find(|i| i.get_attribute("data-id").as_deref() == Some("72.71"))
        .unwrap();
    assert!(undated
        .text_content()
        .unwrap()
        .contains("Diresmikan: belum ada data"));
}

#[wasm_bindgen_test]
async fn markup_in_feed_text_is_shown_as_text_and_never_run() {
    let root = mount_fixture_list().await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("<script>window.__pwned = true</script>"));
    assert!(root.query_selector("script").unwrap().is_none());
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
async fn home_page_counts_honestly() {
    let store = FeedStore::with_feed(fixture());
    let root = mount(move || {
        provide_context(store);
        view! { <Router><HomePage/></Router> }
    });
    next_tick().await;
    assert_eq!(all(&root, "h1").len(), 1);
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Pemerintah mengumumkan 305 MPP per 15 Desember 2025. Data ini mencantumkan 4 MPP: 3 terkonfirmasi (termasuk 1 yang baru diresmikan 15 Desember 2025) dan 1 belum terkonfirmasi."),
        "{text}"
    );
    assert_eq!(all(&root, "ol.mpp-list > li").len(), 4);
}

#[wasm_bindgen_test]
async fn a_failed_feed_says_why_and_offers_a_retry() {
    let store = FeedStore::new();
    store.status.set(LoadStatus::Failed(LoadError::Http(500)));
    let root = mount(move || {
        provide_context(store);
        view! { <FeedStatus/> }
    });
    next_tick().await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Data MPP tidak dapat dimuat: server menjawab dengan galat 500"),
        "{text}"
    );
    let button = root
        .query_selector("button")
        .unwrap()
        .expect("a retry button");
    assert_eq!(button.text_content().as_deref(), Some("Coba lagi"));
    assert_eq!(
        root.query_selector("[role=status]")
            .unwrap()
            .unwrap()
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );
}

#[wasm_bindgen_test]
async fn a_saved_copy_is_shown_with_its_date_when_the_feed_fails() {
    let store = FeedStore::with_feed(fixture());
    store.status.set(LoadStatus::ShowingSaved {
        error: LoadError::Network,
        saved_at: Some("2026-11-28T07:40:00.000Z".into()),
    });
    let root = mount(move || {
        provide_context(store);
        view! { <Router><HomePage/></Router> }
    });
    next_tick().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("tidak dapat terhubung ke server"), "{text}");
    assert!(
        text.contains("Menampilkan data tersimpan di perangkat ini pada 28 November 2026"),
        "{text}"
    );
    assert_eq!(
        all(&root, "ol.mpp-list > li").len(),
        4,
        "the last good data stays on screen"
    );
}
