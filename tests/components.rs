//! Components in a real browser (headless Chromium via wasm-bindgen-test):
//! `make test-wasm`. They render the fixture feed the native tests use.
#![cfg(target_arch = "wasm32")]

use domain::publisher::Draft;
use domain::{list_page::ListEntry, parse_feed, LoadError};
use leptos::prelude::*;
use leptos_router::components::Router;
use peta_mpp::app::provide_app_state;
use peta_mpp::components::editor::{
    week_grid::{week_path, WeekGrid},
    Editor,
};
use peta_mpp::components::{feed_status::FeedStatus, mpp_list::MppList};
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

/// The home page on `feed`, with the app's state in context.
async fn mount_home(feed: LoadedFeed) -> web_sys::HtmlElement {
    let store = FeedStore::with_feed(feed);
    let root = mount(move || {
        provide_app_state(store);
        view! { <Router><HomePage/></Router> }
    });
    next_tick().await;
    root
}

/// The fixture feed's MPPs as list rows, in the feed's order.
fn fixture_entries() -> Vec<ListEntry> {
    fixture()
        .mpps
        .iter()
        .cloned()
        .map(|mpp| ListEntry {
            mpp,
            distance_km: None,
        })
        .collect()
}

/// The list component alone, on the fixture feed.
async fn mount_fixture_list() -> web_sys::HtmlElement {
    let entries = fixture_entries();
    let root = mount(move || {
        view! { <Router><MppList entries=Signal::derive(move || entries.clone()) now=Signal::derive(js_sys::Date::now)/></Router> }
    });
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
    let root = mount_home(fixture()).await;
    assert_eq!(all(&root, "h1").len(), 1);
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Pemerintah mengumumkan 305 MPP per 15 Desember 2025. Data ini mencantumkan 4 MPP: 3 terkonfirmasi (termasuk 1 yang baru diresmikan 15 Desember 2025) dan 1 belum terkonfirmasi."),
        "{text}"
    );
    assert_eq!(all(&root, "ol.mpp-list > li").len(), 4);
}

/// The fixture with a later batch than any in the data: 11.01 inaugurated
/// on 10 March 2026 (305 → 307), so 63.11 of 15 Dec 2025 is new no more.
fn fixture_with_a_later_batch() -> LoadedFeed {
    let mut feed: serde_json::Value = serde_json::from_str(SMALL_FEED).unwrap();
    feed["meta"]["current_batch"] = serde_json::json!({
        "date": "2026-03-10", "inaugurated": 2, "total_before": 305, "total_after": 307,
        "mpp_ids": ["11.01"]
    });
    feed["meta"]["announced_total"] = 307.into();
    feed["meta"]["announced_date"] = "2026-03-10".into();
    for mpp in feed["mpps"].as_array_mut().unwrap() {
        match mpp["id"].as_str().unwrap() {
            "11.01" => {
                mpp["status"] = "new".into();
                mpp["inauguration"] = serde_json::json!({ "date": "2026-03-10" });
            }
            "63.11" => mpp["status"] = "confirmed".into(),
            _ => {}
        }
    }
    LoadedFeed::new(
        parse_feed(&feed.to_string()).unwrap(),
        "http://127.0.0.1/data/later.json".into(),
    )
}

#[wasm_bindgen_test]
async fn the_newest_batch_is_new_whatever_its_date() {
    let root = mount_home(fixture_with_a_later_batch()).await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Pemerintah mengumumkan 307 MPP per 10 Maret 2026. Data ini mencantumkan 4 MPP: 3 terkonfirmasi (termasuk 1 yang baru diresmikan 10 Maret 2026)"),
        "{text}"
    );
    assert!(
        text.contains("Baru — 10 Maret 2026"),
        "the filter names the batch: {text}"
    );
    // "Baru" marks the MPP of the newest batch, first in the list, only it.
    let badges = all(&root, "ol.mpp-list .badge-new");
    assert_eq!(badges.len(), 1);
    assert_eq!(
        badges[0].get_attribute("title").as_deref(),
        Some("Baru — diresmikan 10 Maret 2026")
    );
    let first = all(&root, "ol.mpp-list > li")[0].text_content().unwrap();
    assert!(first.contains("MPP Kabupaten Satu"), "{first}");
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
        provide_app_state(store);
        view! { <Router><FeedStatus/><HomePage/></Router> }
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

/// Ticks until `done` holds (effects and the router run asynchronously).
async fn until(mut done: impl FnMut() -> bool) {
    for _ in 0..50 {
        if done() {
            return;
        }
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn typing_in_the_search_box_narrows_the_list_and_writes_the_url() {
    let window = web_sys::window().unwrap();
    let start = window.location().href().unwrap();
    let store = FeedStore::with_feed(fixture());
    let root = mount(move || {
        provide_app_state(store);
        view! { <Router><HomePage/></Router> }
    });
    until(|| all(&root, "ol.mpp-list > li").len() == 4).await;
    let input: web_sys::HtmlInputElement = root
        .query_selector("input[type=search]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let label = root
        .query_selector("label[for=search-input]")
        .unwrap()
        .unwrap();
    assert_eq!(label.text_content().as_deref(), Some("Cari MPP"));
    input.set_value("balangn");
    input
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("input", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .unwrap(),
        )
        .unwrap();
    until(|| all(&root, "ol.mpp-list > li").len() == 1).await;
    let items = all(&root, "ol.mpp-list > li");
    assert_eq!(items.len(), 1, "one typo forgiven: only Balangan is left");
    assert_eq!(items[0].get_attribute("data-id").as_deref(), Some("63.11"));
    // The URL follows once typing pauses (300 ms), not on each keystroke.
    until(|| window.location().search().unwrap().contains("q=balangn")).await;
    assert!(window.location().search().unwrap().contains("q=balangn"));
    let count = root.query_selector(".result-count").unwrap().unwrap();
    assert_eq!(count.text_content().as_deref(), Some("1 dari 4 MPP"));
    // Leave the page's URL as it was for the other tests.
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&start))
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_language_switch_changes_the_words_in_place() {
    use domain::{Lang, MppStatus};
    use peta_mpp::components::badges::StatusBadge;
    let lang = RwSignal::new(Lang::Id);
    let root = mount(move || {
        peta_mpp::i18n::provide_language(lang.into());
        peta_mpp::app::follow_document_language();
        view! { <StatusBadge status=MppStatus::New/><StatusBadge status=MppStatus::Unconfirmed/> }
    });
    next_tick().await;
    let badge = root.query_selector(".badge").unwrap().expect("a badge");
    assert!(root.text_content().unwrap().contains("Baru"));
    lang.set(Lang::En);
    next_tick().await;
    let text = root.text_content().unwrap();
    let html_lang = || {
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .document_element()
            .unwrap()
            .get_attribute("lang")
    };
    assert_eq!(html_lang().as_deref(), Some("en"));
    // The same element, its words changed: nothing was drawn again.
    let same = root.query_selector(".badge").unwrap().expect("a badge");
    assert!(badge.is_same_node(Some(&same)));
    lang.set(Lang::Id);
    next_tick().await;
    assert!(
        text.contains("New") && text.contains("Unconfirmed"),
        "{text}"
    );
    assert!(!text.contains("Baru"), "{text}");
    assert_eq!(html_lang().as_deref(), Some("id"));
}

#[wasm_bindgen_test]
async fn a_feed_link_not_used_is_said_in_the_page_s_language() {
    let store = FeedStore::with_feed(fixture());
    store.feed_link_refused.set(true);
    let root = mount(move || {
        provide_context(store);
        view! { <FeedStatus/> }
    });
    next_tick().await;
    let notice = root
        .query_selector(".feed-link-refused")
        .unwrap()
        .expect("the notice")
        .text_content()
        .unwrap();
    assert_eq!(
        notice,
        "Alamat data di tautan ini tidak dipakai: tautan hanya dapat membuka data dari situs ini. Menampilkan data bawaan."
    );
    // Inside the live region: a screen reader hears it.
    assert!(root
        .query_selector("[role=status] .feed-link-refused")
        .unwrap()
        .is_some());

    let english = mount(move || {
        peta_mpp::i18n::provide_language(Signal::stored(domain::Lang::En));
        provide_context(store);
        view! { <FeedStatus/> }
    });
    next_tick().await;
    let text = english.text_content().unwrap();
    assert!(
        text.contains("The data address in this link was not used: a link can only open data from this site. Showing the default data."),
        "{text}"
    );
    assert!(!text.contains("Alamat data"), "{text}");
}

/// How many requests for the built-in feed this page has made so far.
fn feed_requests() -> u32 {
    js_sys::eval(
        "performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('/data/mpp.json')).length",
    )
    .unwrap()
    .as_f64()
    .unwrap() as u32
}

#[wasm_bindgen_test]
async fn coba_lagi_pressed_twice_runs_one_load() {
    let store = FeedStore::new();
    store.status.set(LoadStatus::Failed(LoadError::Network));
    let root = mount(move || {
        provide_context(store);
        view! { <FeedStatus/> }
    });
    next_tick().await;
    let before = feed_requests();
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .expect("a retry button")
        .unchecked_into();
    // Twice in one go, before the page can redraw (a double tap).
    button.click();
    button.click();
    until(|| !matches!(store.status.get_untracked(), LoadStatus::Loading)).await;
    // The entry of a finished request is written a moment after it ends.
    until(|| feed_requests() > before).await;
    next_tick().await;
    assert!(
        !matches!(store.status.get_untracked(), LoadStatus::Loading),
        "the load settled"
    );
    assert_eq!(feed_requests() - before, 1, "one load, not two");
    // Settled, a press loads again.
    store.load();
    until(|| !matches!(store.status.get_untracked(), LoadStatus::Loading)).await;
    until(|| feed_requests() > before + 1).await;
    assert_eq!(feed_requests() - before, 2);
}

/// Loads of the page in `page_load_failed_*` tests: the first fails, as a
/// chunk on a flaky link does, the next succeeds and draws a page that
/// reads the app's state from context.
static PAGE_LOADS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

fn flaky_page() -> peta_mpp::components::page_load_failed::PageLoad {
    use peta_mpp::components::page_load_failed::ChunkLoadError;
    let n = PAGE_LOADS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    Box::pin(async move {
        if n == 0 {
            return Err(ChunkLoadError);
        }
        let store = peta_mpp::state::use_feed_store();
        let count = store.feed.with(|f| f.as_ref().map_or(0, |f| f.mpps.len()));
        Ok(view! { <h1 class="loaded-page">{format!("{count} MPP")}</h1> }.into_any())
    })
}

#[wasm_bindgen_test]
async fn a_page_whose_chunk_failed_says_so_and_coba_lagi_draws_it_in_place() {
    use peta_mpp::components::page_load_failed::PageLoadFailed;
    let store = FeedStore::with_feed(fixture());
    let expected = store
        .feed
        .with_untracked(|f| f.as_ref().unwrap().mpps.len());
    let root = mount(move || {
        provide_app_state(store);
        view! { <Router><PageLoadFailed load=flaky_page/></Router> }
    });
    // What the route's own first try found: the failure (the router made that load).
    assert_eq!(
        flaky_page().await.err(),
        Some(peta_mpp::components::page_load_failed::ChunkLoadError)
    );
    next_tick().await;
    let heading = root.query_selector("h1").unwrap().unwrap();
    assert_eq!(
        heading.text_content().unwrap(),
        "Halaman ini belum dapat dimuat"
    );
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().unwrap().trim(), "Coba lagi");
    button.click();
    until(|| root.query_selector(".loaded-page").unwrap().is_some()).await;
    // Drawn under the component's owner: the page found the store in context.
    assert_eq!(
        root.query_selector(".loaded-page")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        format!("{expected} MPP")
    );
    assert!(root.query_selector(".page-load-failed").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn with_open_at_the_mpps_of_unknown_hours_follow_under_their_heading() {
    let entries = fixture_entries();
    let first_unknown = entries[2].mpp.id.clone();
    let (first, set_first) = signal(Some(first_unknown.clone()));
    let root = mount(move || {
        view! {
            <Router>
                <MppList entries=Signal::derive(move || entries.clone()) now=Signal::derive(js_sys::Date::now) first_without_hours=first/>
            </Router>
        }
    });
    next_tick().await;
    let headings = all(&root, "h2.list-hours-unknown");
    assert_eq!(
        headings.len(),
        1,
        "one heading, before the first MPP of unknown hours"
    );
    assert_eq!(
        headings[0].text_content().as_deref(),
        Some("Jam layanan belum tercatat")
    );
    let rows = all(&root, "ol.mpp-list > li");
    let heading_row = rows
        .iter()
        .position(|li| {
            li.query_selector("h2.list-hours-unknown")
                .unwrap()
                .is_some()
        })
        .expect("the heading sits in a row");
    assert_eq!(
        rows[heading_row].get_attribute("data-id"),
        Some(first_unknown)
    );
    assert_eq!(heading_row, 2, "the MPPs that match come first");
    // Without "open at" there is no heading: nothing is set apart.
    set_first.set(None);
    next_tick().await;
    assert!(all(&root, "h2.list-hours-unknown").is_empty());
}

/// The editor's week grid on a blank draft, in its `Editor` context.
fn mount_week_grid() -> (web_sys::HtmlElement, Editor) {
    let mut draft = Draft::empty("72.05", "2026-03-03");
    draft.hours.timezone = 8;
    let editor = Editor::new(draft, "2026-03-03".into(), None);
    let root = mount(move || {
        provide_context(editor);
        view! { <WeekGrid prefix="hours" week=week_path(|d| Some(&mut d.hours.week)) label="Jam layanan"/> }
    });
    (root, editor)
}

fn input(root: &web_sys::HtmlElement, id: &str) -> web_sys::HtmlInputElement {
    root.query_selector(&format!("[id='{id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no #{id}"))
        .unchecked_into()
}

fn type_into(input: &web_sys::HtmlInputElement, value: &str) {
    input.set_value(value);
    for kind in ["input", "change"] {
        input
            .dispatch_event(&web_sys::Event::new(kind).unwrap())
            .unwrap();
    }
}

#[wasm_bindgen_test]
async fn the_editors_week_copies_monday_to_every_weekday_and_says_what_is_wrong() {
    let (root, editor) = mount_week_grid();
    type_into(&input(&root, "hours-0-0-opens"), "12:00");
    type_into(&input(&root, "hours-0-0-closes"), "08:00");
    next_tick().await;
    // Left with a closing time before the opening: said beside it, and linked.
    let closes = input(&root, "hours-0-0-closes");
    assert_eq!(
        closes.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        closes.get_attribute("aria-describedby").as_deref(),
        Some("hours-0-0-closes-error")
    );
    let message = root
        .query_selector("[id='hours-0-0-closes-error']")
        .unwrap()
        .unwrap();
    assert_eq!(
        message.text_content().unwrap(),
        "Jam tutup harus setelah jam buka."
    );

    type_into(&input(&root, "hours-0-0-closes"), "16:00");
    let copy = all(&root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap() == "Salin ke semua hari kerja")
        .expect("the copy button");
    copy.unchecked_ref::<web_sys::HtmlElement>().click();
    // The new rows are drawn, then their values set.
    for _ in 0..3 {
        next_tick().await;
    }
    for day in 1..5 {
        assert_eq!(
            input(&root, &format!("hours-{day}-0-closes")).value(),
            "16:00"
        );
    }
    // Saturday and Sunday stay closed.
    assert!(root
        .query_selector("[id='hours-5-0-opens']")
        .unwrap()
        .is_none());
    // (The blank publisher part has issues of its own.)
    let hours_issues: Vec<_> = editor
        .issues
        .get_untracked()
        .into_iter()
        .filter(|i| i.field.starts_with("hours-"))
        .collect();
    assert_eq!(hours_issues, vec![]);
    assert!(all(&root, ".field-error:not([hidden])").is_empty());
}

/// Below the fold, drawn a task later: not in the task that draws the page
/// around it, then drawn; and the page counts as complete (the app may take
/// the pre-rendered page's place) only once it is.
#[wasm_bindgen_test]
async fn drawn_later_draws_its_part_a_task_after_the_page_and_the_page_waits_for_it() {
    use peta_mpp::components::drawn_later::DrawnLater;
    use peta_mpp::hooks::PageReady;

    let ready = PageReady::default();
    let root = mount(move || {
        provide_context(ready);
        ready.ready.set(true);
        view! {
            <p class="top">"top"</p>
            <DrawnLater><p class="below">"below"</p></DrawnLater>
        }
    });
    // Effects and microtasks run; no timer has fired yet.
    next_tick().await;
    assert_eq!(all(&root, ".top").len(), 1);
    assert!(
        all(&root, ".below").is_empty(),
        "drawn in the page's own task"
    );
    assert!(!ready.complete(), "complete before its part is drawn");
    until(|| !all(&root, ".below").is_empty() && ready.complete()).await;
    assert_eq!(all(&root, ".below").len(), 1, "never drawn");
    assert!(ready.complete(), "the page never counted as complete");
}
