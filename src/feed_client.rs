//! The feed's I/O, and only that: where the feed is, fetching it and the
//! files it names, and keeping the last good copy so a broken or
//! unreachable feed never blanks the screen.

use domain::{
    coverage::RegionsFile, innovation::InnovationsFile, parse_details, parse_feed, DetailsFile,
    FeedError, LoadError, ParsedFeed,
};
use gloo_net::http::Request;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

use crate::browser::{in_app, local_storage, query_param};

const DEFAULT_FEED: &str = "data/mpp.json";
const FEED_META_NAME: &str = "peta-mpp-feed";
const LAST_GOOD_KEY: &str = "peta-mpp:last-good-feed";

/// The feed's absolute URL: `?feed=`, else `<meta name="peta-mpp-feed">`,
/// else `data/mpp.json` beside the app.
pub fn feed_url() -> String {
    // Only an http(s) or relative URL: `?feed=javascript:…` is ignored.
    let from_query = query_param("feed").filter(|f| !f.trim().is_empty() && is_fetchable(f));
    let from_meta = || {
        crate::browser::window()
            .and_then(|w| w.document())
            .and_then(|d| {
                d.query_selector(&format!("meta[name='{FEED_META_NAME}']"))
                    .ok()
                    .flatten()
            })
            .and_then(|m| m.get_attribute("content"))
            .filter(|c| !c.trim().is_empty())
    };
    let url = from_query
        .or_else(from_meta)
        .unwrap_or_else(|| DEFAULT_FEED.to_owned());
    in_app(&url)
}

/// An http(s) URL, or a relative one (no scheme before the first `/`).
fn is_fetchable(url: &str) -> bool {
    domain::is_safe_link(url) || !url.split('/').next().unwrap_or("").contains(':')
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
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    Ok(Fetched { text, saved })
}

/// A feed as fetched: parsed, and whether it is the device's saved copy.
pub struct FetchedFeed {
    pub feed: ParsedFeed,
    pub saved: bool,
}

/// Fetches and parses the feed; a fresh one becomes the last good copy.
pub async fn fetch_feed(url: &str) -> Result<FetchedFeed, LoadError> {
    let Fetched { text, saved } = fetch_text(url).await?;
    let feed = parse_feed(&text).map_err(LoadError::Feed)?;
    if !saved {
        save_last_good(url, &text);
    }
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
    parse_details(&text).map_err(LoadError::Feed)
}

/// The last feed that parsed, kept on the device.
#[derive(Serialize, Deserialize)]
struct SavedFeed {
    url: String,
    /// ISO date and time it was fetched.
    saved_at: String,
    text: String,
}

pub struct LastGood {
    pub feed: ParsedFeed,
    pub saved_at: String,
}

fn save_last_good(url: &str, text: &str) {
    let saved = SavedFeed {
        url: url.to_owned(),
        saved_at: local_timestamp(),
        text: text.to_owned(),
    };
    if let (Some(storage), Ok(json)) = (local_storage(), serde_json::to_string(&saved)) {
        // A full or disabled storage only costs the offline copy.
        let _ = storage.set_item(LAST_GOOD_KEY, &json);
    }
}

/// The saved copy of the feed at `url`, if one was kept and still parses.
pub fn load_last_good(url: &str) -> Option<LastGood> {
    let json = local_storage()?.get_item(LAST_GOOD_KEY).ok().flatten()?;
    let saved: SavedFeed = serde_json::from_str(&json).ok()?;
    if saved.url != url {
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
