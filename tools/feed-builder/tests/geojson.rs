//! `public/data/mpp.geojson` is what the builder makes from `data/`, reads
//! as RFC 7946 GeoJSON with georust's parser, and says what the feed says.

use std::{fs, path::PathBuf, str::FromStr};

use domain::{parse_feed, PointKind};
use geojson::{GeoJson, GeometryValue as Geometry};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn committed_geojson_matches_builder_output() {
    let built = feed_builder::build(&repo().join("data")).expect("data builds");
    assert!(
        read("public/data/mpp.geojson") == feed_builder::render_geojson(&built.feed),
        "public/data/mpp.geojson is stale: run `make feed` and commit the result"
    );
}

#[test]
fn geojson_is_a_feature_collection_of_every_mpp_in_the_feed() {
    let feed = parse_feed(&read("public/data/mpp.json")).expect("feed parses");
    let GeoJson::FeatureCollection(collection) =
        GeoJson::from_str(&read("public/data/mpp.geojson")).expect("valid GeoJSON")
    else {
        panic!("not a FeatureCollection");
    };
    assert_eq!(collection.features.len(), feed.mpps.len());
    for (feature, mpp) in collection.features.iter().zip(&feed.mpps) {
        let prop = |key: &str| feature.property(key).cloned().unwrap_or_default();
        assert_eq!(prop("slug"), mpp.slug.as_str(), "one feature per MPP, in the feed's order");
        assert_eq!(prop("name"), mpp.name.as_str());
        assert_eq!(prop("regency_code"), mpp.regency.code.as_str());
        assert_eq!(prop("page"), format!("mpp/{}", mpp.slug).as_str());
        match (&mpp.location, feature.geometry.as_ref().map(|g| &g.value)) {
            (Some(at), Some(Geometry::Point { coordinates: position })) => {
                // Longitude first (RFC 7946 §3.1.1), as stated to 1e-6.
                assert!((position[0] - at.lon).abs() < 1e-6 && (position[1] - at.lat).abs() < 1e-6);
                assert_eq!(prop("point_is_building"), at.point == PointKind::Building);
            }
            // No point in the sources: kept, with no geometry (never guessed).
            (None, None) => assert!(prop("point").is_null()),
            (location, geometry) => panic!("{}: {location:?} vs {geometry:?}", mpp.slug),
        }
    }
}

#[test]
fn a_regency_seat_is_never_called_the_building() {
    let text = read("public/data/mpp.geojson");
    let GeoJson::FeatureCollection(collection) = GeoJson::from_str(&text).unwrap() else {
        panic!("not a FeatureCollection");
    };
    let buol = collection
        .features
        .iter()
        .find(|f| f.property("slug").and_then(|s| s.as_str()) == Some("kabupaten-buol"))
        .expect("Buol is listed");
    assert_eq!(buol.property("point").and_then(|p| p.as_str()), Some("regency_seat"));
    assert_eq!(buol.property("point_is_building").and_then(|p| p.as_bool()), Some(false));
    assert_eq!(buol.property("status").and_then(|p| p.as_str()), Some("new"));
    assert_eq!(buol.property("batch_date").and_then(|p| p.as_str()), Some("2025-12-15"));
    // The licences that bind the data travel with it.
    assert!(collection.foreign_members.as_ref().is_some_and(|m| m.contains_key("licences")));
}
