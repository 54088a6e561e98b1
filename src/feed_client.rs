//! The feed's I/O, and only that: where the feed is, fetching it and the
//! files it names, and keeping the last good copy so a broken or
//! unreachable feed never blanks the screen.

use domain::{
    coverage::RegionsFile, innovation::InnovationsFile, parse_details, parse_feed,
    saved_feed::SavedFeed, DetailsFile, FeedError, LoadError, ParsedFeed,
};
use gloo_net::http::Request;
use wasm_bindgen::JsCast;

use crate::browser::{in_app, local_storage, query_param, ChunkLoadError};

const FEED_META_NAME: &str = "peta-mpp-feed";

/// The feed a page reads, chosen once (`domain::feed_source` decides).
#[derive(Clone, Debug, PartialEq)]
pub struct FeedSource {
    /// Absolute URL to fetch.
    pub url: String,
    /// The deployer's feed (its saved copy is kept apart from any other).
    pub is_default: bool,
    /// The deployer's feed's absolute URL.
    pub default_url: String,
    /// The page's `?feed=` named a feed this page does not read: the
    /// default is shown instead, and the page says so.
    pub refused_link: bool,
}

/// The feed to read: `?feed=` when it is on this site (or on the origin of
/// the deployer's feed), else `<meta name="peta-mpp-feed">`, else
/// `data/mpp.json` beside the app.
pub fn feed_source() -> FeedSource {
    let meta = crate::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("meta[name='{FEED_META_NAME}']"))
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"));
    let page_origin = crate::browser::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let param = query_param("feed");
    let choice = domain::feed_source::choose_feed(param.as_deref(), meta.as_deref(), &page_origin);
    let url = in_app(&choice.url);
    let default_url = in_app(&choice.default_url);
    FeedSource {
        is_default: url == default_url,
        url,
        default_url,
        refused_link: choice.refused,
    }
}

/// A network that has not answered in this long is treated as down (the
/// service worker answers from its cache after 4 s already).
const FETCH_TIMEOUT_MS: i32 = 10_000;
/// The header our service worker adds to a copy it answers from its cache.
const SAVED_HEADER: &str = "x-peta-mpp-saved";

struct Fetched {
    text: String,
    /// The service worker answered from its cache (the network did not).
    saved: bool,
}

async fn fetch_text(url: &str) -> Result<Fetched, LoadError> {
    let controller = web_sys::AbortController::new().ok();
    if let (Some(window), Some(controller)) = (crate::browser::window(), controller.clone()) {
        let abort = wasm_bindgen::closure::Closure::once_into_js(move || controller.abort());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.unchecked_ref(),
            FETCH_TIMEOUT_MS,
        );
    }
    let response = Request::get(url)
        .abort_signal(controller.map(|c| c.signal()).as_ref())
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let saved = response.headers().get(SAVED_HEADER).is_some();
    // The body's bytes, copied into the module as they are: `text()` would
    // decode them into a JS string only for the glue to encode that string
    // back into UTF-8 (~15 ms of the feed's parse task at 4x CPU). Invalid
    // UTF-8 is replaced, as `text()` does.
    let bytes = response.binary().await.map_err(|_| LoadError::Network)?;
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Ok(Fetched { text, saved })
}

/// A feed as fetched: parsed, and whether it is the device's saved copy.
pub struct FetchedFeed {
    pub feed: ParsedFeed,
    pub saved: bool,
}

/// Fetches and parses the feed; a fresh one becomes its last good copy.
pub async fn fetch_feed(source: &FeedSource) -> Result<FetchedFeed, LoadError> {
    let Fetched { text, saved } = fetch_text(&source.url).await?;
    // Parsed in a task of its own: the body arrives in a task that may
    // already be running other promises' work (a page's chunk compiled),
    // and the two made one long task on the detail page (issue 24).
    crate::browser::sleep(0).await;
    let feed = parse_feed(&text).map_err(LoadError::Feed)?;
    if !saved {
        // Keeping the copy (the whole feed into localStorage) is a task of
        // its own too. Its timer is set first, so it runs before the page
        // renders below: a list on screen always has its copy kept.
        let source = source.clone();
        wasm_bindgen_futures::spawn_local(async move {
            crate::browser::sleep(0).await;
            save_last_good(&source, &text);
        });
    }
    // The page renders from the feed next: in a task of its own, so the
    // parse and the rendering are two shorter tasks a tap can come between
    // on a slow phone, not one long one (issue 24, point 6).
    crate::browser::sleep(0).await;
    Ok(FetchedFeed { feed, saved })
}

/// A GeoJSON file as text (the maps hand it to Leaflet as it is).
pub async fn fetch_geojson(url: &str) -> Result<String, LoadError> {
    Ok(fetch_text(url).await?.text)
}

/// The regions file (coverage of all regencies and cities).
pub async fn fetch_regions(url: &str) -> Result<RegionsFile, LoadError> {
    let text = fetch_text(url).await?.text;
    serde_json::from_str(&text).map_err(|e| LoadError::Feed(FeedError::NotJson(e.to_string())))
}

/// The OPSI KIPP 2025 file; another major version is refused.
pub async fn fetch_innovations(url: &str) -> Result<InnovationsFile, LoadError> {
    let text = fetch_text(url).await?.text;
    let file: InnovationsFile = serde_json::from_str(&text)
        .map_err(|e| LoadError::Feed(FeedError::NotJson(e.to_string())))?;
    if !file.schema_version.starts_with("1.") {
        return Err(LoadError::Feed(FeedError::UnsupportedVersion {
            found: file.schema_version,
            supported: 1,
        }));
    }
    Ok(file)
}

pub async fn fetch_details(url: &str) -> Result<DetailsFile, LoadError> {
    let text = fetch_text(url).await?.text;
    // The parser's code comes over the network too: if it cannot, say so.
    details_parser::parse(text)
        .await
        .map_err(|ChunkLoadError| LoadError::Network)?
        .map_err(LoadError::Feed)
}

/// Fetches the details' parser ahead (its own chunk in the browser build),
/// without parsing anything; false when it could not be had (said nowhere:
/// a load that needs it tries again).
pub async fn preload_details_parser() -> bool {
    details_parser::preload().await.is_ok()
}

// The details' parser: the home page needs it only once a reader searches
// (tenants) or opens an MPP, so it is a chunk, not part of the first load.
split_chunk!(details_parser::parse(text: String) -> Result<DetailsFile, FeedError> {
    parse_details(&text)
});

// The last good copy of each feed, kept on the device so an offline start
// without the service worker still has data. localStorage holds about 5 MB
// per site, and the feed is ~170 KB (~190 KB as stored): the deployer's
// feed has a slot of its own that no other feed can take, and the feeds
// links named (`?feed=`) share a second slot of at most
// `OTHER_COPIES_KEPT`, the most recent first.

/// The deployer's feed's copy.
const DEFAULT_COPY_KEY: &str = "peta-mpp:feed-copy";
/// The copies of other feeds: a JSON array, the most recent first.
const OTHER_COPIES_KEY: &str = "peta-mpp:feed-copies";
/// Before copies were kept per feed: one slot, whichever feed loaded last.
const LEGACY_KEY: &str = "peta-mpp:last-good-feed";
const OTHER_COPIES_KEPT: usize = 2;
/// A copy of another feed longer than this is not kept: it could crowd out
/// the deployer's feed's copy.
const OTHER_COPY_MAX_CHARS: usize = 1_000_000;

pub struct LastGood {
    pub feed: ParsedFeed,
    pub saved_at: String,
}

fn save_last_good(source: &FeedSource, text: &str) {
    let Some(storage) = local_storage() else {
        return;
    };
    migrate_legacy(&storage, source);
    let saved = SavedFeed {
        url: source.url.clone(),
        saved_at: local_timestamp(),
        text: text.to_owned(),
    };
    // A full or disabled storage only costs an offline copy, and never the
    // deployer's feed's: other copies make room for it, not the reverse.
    if source.is_default {
        let json = saved.to_json();
        if storage.set_item(DEFAULT_COPY_KEY, &json).is_err() {
            let _ = storage.remove_item(OTHER_COPIES_KEY);
            let _ = storage.set_item(DEFAULT_COPY_KEY, &json);
        }
        return;
    }
    if text.len() > OTHER_COPY_MAX_CHARS {
        return;
    }
    let mut copies = other_copies(&storage);
    copies.retain(|c| c.url != saved.url);
    copies.insert(0, saved);
    copies.truncate(OTHER_COPIES_KEPT);
    while !copies.is_empty() {
        let json = SavedFeed::list_to_json(&copies);
        if storage.set_item(OTHER_COPIES_KEY, &json).is_ok() {
            return;
        }
        // Too big for what is left: the oldest copy goes first.
        copies.pop();
    }
}

fn other_copies(storage: &web_sys::Storage) -> Vec<SavedFeed> {
    storage
        .get_item(OTHER_COPIES_KEY)
        .ok()
        .flatten()
        .map(|json| SavedFeed::list_from_json(&json))
        .unwrap_or_default()
}

/// The one slot of earlier versions, moved to where its feed's copy now
/// lives (once: the old key is removed), so an update keeps it.
fn migrate_legacy(storage: &web_sys::Storage, source: &FeedSource) {
    let Some(json) = storage.get_item(LEGACY_KEY).ok().flatten() else {
        return;
    };
    if let Some(saved) = SavedFeed::from_json(&json) {
        if saved.url == source.default_url {
            if storage.get_item(DEFAULT_COPY_KEY).ok().flatten().is_none() {
                let _ = storage.set_item(DEFAULT_COPY_KEY, &json);
            }
        } else if saved.text.len() <= OTHER_COPY_MAX_CHARS {
            // Not the deployer's feed (or not known to be): kept behind any
            // newer copy of another feed.
            let mut copies = other_copies(storage);
            if copies.len() < OTHER_COPIES_KEPT && !copies.iter().any(|c| c.url == saved.url) {
                copies.push(saved);
                let _ = storage.set_item(OTHER_COPIES_KEY, &SavedFeed::list_to_json(&copies));
            }
        }
    }
    let _ = storage.remove_item(LEGACY_KEY);
}

/// The saved copy of the feed `source` names, if one was kept and still parses.
pub fn load_last_good(source: &FeedSource) -> Option<LastGood> {
    let storage = local_storage()?;
    migrate_legacy(&storage, source);
    let saved = if source.is_default {
        let json = storage.get_item(DEFAULT_COPY_KEY).ok().flatten()?;
        SavedFeed::from_json(&json)?
    } else {
        other_copies(&storage)
            .into_iter()
            .find(|c| c.url == source.url)?
    };
    if saved.url != source.url {
        return None;
    }
    let feed = parse_feed(&saved.text).ok()?;
    Some(LastGood {
        feed,
        saved_at: saved.saved_at,
    })
}

/// Now on the device's own clock, `YYYY-MM-DDTHH:MM`: the date a person
/// saw the copy saved (an ISO/UTC stamp would be the day before in the
/// first hours of a day in Indonesia).
fn local_timestamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date(),
        now.get_hours(),
        now.get_minutes()
    )
}
