//! A forgiving reader for feeds that may come from any host: a wrong record
//! is skipped and counted with its reason, unknown fields are ignored, and
//! only a feed that cannot be used at all (not JSON, another major schema
//! version, no metadata) is refused. Nothing here panics on any input.

use std::collections::HashSet;

use serde_json::Value;
use thiserror::Error;

use crate::dates::is_partial_date;
use crate::feed::{DetailsFile, FeedMeta, Mpp, SCHEMA_MAJOR};
use crate::read_later::ReadLater;
use crate::{json, records};

/// Indonesia's extent with a margin: a point outside it is a data error.
const LAT_RANGE: (f64, f64) = (-11.5, 6.5);
const LON_RANGE: (f64, f64) = (94.0, 141.5);

#[derive(Debug, Clone, PartialEq, Error)]
pub enum FeedError {
    #[error("the feed is not valid JSON ({0})")]
    NotJson(String),
    #[error("the feed is not a JSON object")]
    NotAnObject,
    #[error("the feed has no schema_version")]
    MissingVersion,
    #[error("the feed has schema version {found}; this app reads version {supported}.x")]
    UnsupportedVersion { found: String, supported: u32 },
    #[error("the feed metadata is missing or malformed ({0})")]
    BadMeta(String),
    #[error("the feed has no list of MPPs")]
    MissingRecords,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SkipReason {
    /// The record does not have the feed's shape (missing field, wrong type).
    Malformed(String),
    MissingName,
    MissingId,
    BadSlug,
    OutsideIndonesia,
    BadDate,
    DuplicateId,
    DuplicateSlug,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    /// Position of the record in the feed (0-based).
    pub position: usize,
    /// The record's id when it has a readable one.
    pub id: Option<String>,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParsedFeed {
    pub schema_version: String,
    pub meta: FeedMeta,
    pub mpps: Vec<Mpp>,
    pub skipped: Vec<Skipped>,
}

/// Reads `mpp.json`, by hand from `json`'s tree (`records.rs`): no serde in
/// the first download.
pub fn parse_feed(text: &str) -> Result<ParsedFeed, FeedError> {
    let mut root = json::parse(text).map_err(|e| FeedError::NotJson(e.to_string()))?;
    if !matches!(root, json::Value::Object(_)) {
        return Err(FeedError::NotAnObject);
    }
    let schema_version = check_version(root.get("schema_version").and_then(json::Value::as_str))?;
    let mut meta_value = root.take("meta").unwrap_or(json::Value::Null);
    let holidays = meta_value.take("holidays");
    let mut meta = records::meta(&meta_value).map_err(FeedError::BadMeta)?;
    if let Some(holidays) = holidays {
        meta.holidays = ReadLater::of(holidays);
    }
    let records = match root.take("mpps") {
        Some(json::Value::Array(records)) => records,
        _ => return Err(FeedError::MissingRecords),
    };

    let mut mpps = Vec::with_capacity(records.len());
    let mut skipped = Vec::new();
    let mut ids = HashSet::new();
    let mut slugs = HashSet::new();
    for (position, mut record) in records.into_iter().enumerate() {
        let exceptions = record.take("hours_exceptions");
        let verdict = records::mpp(&record)
            .map_err(SkipReason::Malformed)
            .and_then(|mpp| validate(mpp, &ids, &slugs))
            .map(|mut mpp| {
                if let Some(exceptions) = exceptions {
                    mpp.hours_exceptions = ReadLater::of(exceptions);
                }
                mpp
            });
        match verdict {
            Ok(mpp) => {
                ids.insert(mpp.id.clone());
                slugs.insert(mpp.slug.clone());
                mpps.push(mpp);
            }
            Err(reason) => skipped.push(Skipped {
                position,
                id: record
                    .get("id")
                    .and_then(json::Value::as_str)
                    .map(str::to_owned),
                reason,
            }),
        }
    }
    Ok(ParsedFeed {
        schema_version,
        meta,
        mpps,
        skipped,
    })
}

/// Reads `mpp-details.json`. Details are extra: a broken entry is dropped
/// rather than refusing the file, and the list never depends on them.
pub fn parse_details(text: &str) -> Result<DetailsFile, FeedError> {
    let mut root: Value =
        serde_json::from_str(text).map_err(|e| FeedError::NotJson(e.to_string()))?;
    if !root.is_object() {
        return Err(FeedError::NotAnObject);
    }
    let schema_version = check_version(root.get("schema_version").and_then(Value::as_str))?;
    let entries = match root.get_mut("details").map(Value::take) {
        Some(Value::Object(entries)) => entries,
        _ => return Err(FeedError::MissingRecords),
    };
    let details = entries
        .into_iter()
        .filter_map(|(id, value)| serde_json::from_value(value).ok().map(|d| (id, d)))
        .collect();
    Ok(DetailsFile {
        schema_version,
        details,
    })
}

/// The document's `schema_version`, if this app reads its major version.
fn check_version(version: Option<&str>) -> Result<String, FeedError> {
    let version = version.ok_or(FeedError::MissingVersion)?;
    let major = version
        .split('.')
        .next()
        .and_then(|m| m.parse::<u32>().ok());
    if major != Some(SCHEMA_MAJOR) {
        return Err(FeedError::UnsupportedVersion {
            found: version.to_owned(),
            supported: SCHEMA_MAJOR,
        });
    }
    Ok(version.to_owned())
}

fn validate(
    mut mpp: Mpp,
    ids: &HashSet<String>,
    slugs: &HashSet<String>,
) -> Result<Mpp, SkipReason> {
    mpp.name = mpp.name.trim().to_owned();
    if mpp.id.trim().is_empty() {
        return Err(SkipReason::MissingId);
    }
    if mpp.name.is_empty() {
        return Err(SkipReason::MissingName);
    }
    if !is_valid_slug(&mpp.slug) {
        return Err(SkipReason::BadSlug);
    }
    if let Some(loc) = &mpp.location {
        let inside = (LAT_RANGE.0..=LAT_RANGE.1).contains(&loc.lat)
            && (LON_RANGE.0..=LON_RANGE.1).contains(&loc.lon);
        if !inside {
            return Err(SkipReason::OutsideIndonesia);
        }
    }
    if let Some(inauguration) = &mpp.inauguration {
        if !is_partial_date(&inauguration.date) {
            return Err(SkipReason::BadDate);
        }
    }
    if ids.contains(&mpp.id) {
        return Err(SkipReason::DuplicateId);
    }
    if slugs.contains(&mpp.slug) {
        return Err(SkipReason::DuplicateSlug);
    }
    Ok(mpp)
}

/// A slug is used as one URL path segment: lower-case ASCII letters,
/// digits and single hyphens only, so it never needs escaping.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 120
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
