//! `mpp.geojson`: the feed as an RFC 7946 `FeatureCollection`, for a
//! regency's GIS office (QGIS, uMap) — one feature per MPP, unconfirmed ones
//! included and marked, an MPP without a point kept with a `null` geometry
//! (never hidden). Only what the feed states: the point says what it is
//! (`point_is_building` is false for a regency seat), and the batch is the
//! announced batch that lists the MPP, never a maintainer's note.
//!
//! The page of each MPP is given relative to the app (`page`); a release
//! build adds its absolute `url` (`tools/prerender`, which knows where the
//! build is served).

use domain::{FeedFile, Mpp, MppStatus, PointKind};
use serde_json::{json, Map, Value};

/// The file's name beside the feed.
pub const GEOJSON_FILE: &str = "mpp.geojson";

pub fn render_geojson(feed: &FeedFile) -> String {
    let features: Vec<String> = feed
        .mpps
        .iter()
        .map(|mpp| feature(feed, mpp).to_string())
        .collect();
    let meta = &feed.meta;
    let head = json!({
        "type": "FeatureCollection",
        "name": "Mal Pelayanan Publik (Peta MPP)",
        "generated": meta.generated,
        "schema_version": feed.schema_version,
        "provenance": meta.provenance,
        "provenance_en": meta.provenance_en,
        "licences": meta.licences,
        "citation": meta.citation,
    });
    // One feature a line, as the feed: a change reads as a one-line diff.
    let head = head.to_string();
    format!(
        "{},\"features\":[\n{}\n]}}\n",
        &head[..head.len() - 1],
        features.join(",\n")
    )
}

fn feature(feed: &FeedFile, mpp: &Mpp) -> Value {
    let mut properties = Map::new();
    let mut put = |key: &str, value: Value| {
        properties.insert(key.to_owned(), value);
    };
    put("slug", json!(mpp.slug));
    put("name", json!(mpp.name));
    put("regency_code", json!(mpp.regency.code));
    put("regency_name", json!(mpp.regency.name));
    put("province_code", json!(mpp.province.code));
    put("province_name", json!(mpp.province.name));
    put("status", json!(status(mpp.status)));
    put(
        "inauguration_date",
        json!(mpp.inauguration.as_ref().map(|i| &i.date)),
    );
    put("batch_date", json!(batch_date(feed, &mpp.id)));
    put(
        "point",
        json!(mpp.location.as_ref().map(|l| point_kind(l.point))),
    );
    put(
        "point_is_building",
        json!(mpp
            .location
            .as_ref()
            .map(|l| l.point == PointKind::Building)),
    );
    put("page", json!(format!("mpp/{}", mpp.slug)));
    let geometry = mpp.location.as_ref().map(|l| {
        // RFC 7946: longitude first, at most six decimals (about 10 cm).
        json!({ "type": "Point", "coordinates": [round6(l.lon), round6(l.lat)] })
    });
    json!({ "type": "Feature", "id": mpp.id, "geometry": geometry, "properties": properties })
}

/// The date of the announced batch whose list names this MPP.
fn batch_date<'a>(feed: &'a FeedFile, id: &str) -> Option<&'a str> {
    feed.meta
        .batches
        .iter()
        .find(|b| b.mpp_ids.iter().any(|m| m == id))
        .map(|b| b.date.as_str())
}

fn status(status: MppStatus) -> &'static str {
    match status {
        MppStatus::New => "new",
        MppStatus::Confirmed => "confirmed",
        MppStatus::Unconfirmed => "unconfirmed",
    }
}

fn point_kind(kind: PointKind) -> &'static str {
    match kind {
        PointKind::RegencySeat => "regency_seat",
        PointKind::CityCentre => "city_centre",
        PointKind::ProvinceCapital => "province_capital",
        PointKind::ApproximatePlace => "approximate_place",
        PointKind::Building => "building",
    }
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}
