//! The committed feed is exactly what the builder makes from `data/`,
//! it matches its JSON Schema, and the app's own parser reads all of it;
//! its GeoJSON export reads as RFC 7946 with georust's parser and says
//! what the feed says.

use std::{fs, path::PathBuf, str::FromStr};

use domain::{parse_details, parse_feed, FeedSummary, MppStatus, PointKind};
use geojson::{GeoJson, GeometryValue as Geometry};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn committed_feed_matches_builder_output() {
    let built = feed_builder::build(&repo().join("data")).expect("data builds");
    assert!(
        read("public/data/mpp.json") == feed_builder::render_feed(&built.feed),
        "public/data/mpp.json is stale: run `make feed` and commit the result"
    );
    assert!(
        read("public/data/mpp-details.json") == feed_builder::render_details(&built.details),
        "public/data/mpp-details.json is stale: run `make feed` and commit the result"
    );
    assert!(
        read("public/data/kipp2025.json") == feed_builder::render_innovations(&built.innovations),
        "public/data/kipp2025.json is stale: run `make feed` and commit the result"
    );
}

#[test]
fn committed_basemaps_match_data() {
    for (from, to) in feed_builder::BASEMAPS {
        assert!(
            read(&format!("data/{from}")) == read(&format!("public/data/{to}")),
            "public/data/{to} differs from data/{from}: run `make feed`"
        );
    }
}

fn assert_valid(schema_path: &str, doc_path: &str) {
    let schema: serde_json::Value = serde_json::from_str(&read(schema_path)).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&read(doc_path)).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .take(10)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{doc_path} fails {schema_path}:\n{}",
        errors.join("\n")
    );
}

#[test]
fn committed_feed_matches_schema() {
    assert_valid("public/data/mpp.schema.json", "public/data/mpp.json");
    assert_valid(
        "public/data/mpp-details.schema.json",
        "public/data/mpp-details.json",
    );
    assert_valid(
        "public/data/kipp2025.schema.json",
        "public/data/kipp2025.json",
    );
}

#[test]
fn schema_rejects_a_broken_record() {
    let schema: serde_json::Value =
        serde_json::from_str(&read("public/data/mpp.schema.json")).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&read("public/data/mpp.json")).unwrap();
    doc["mpps"][0]["location"]["lat"] = serde_json::json!(48.8);
    doc["mpps"][1]["status"] = serde_json::json!("maybe");
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert_eq!(validator.iter_errors(&doc).count(), 2);
}

#[test]
fn app_parser_reads_every_record_of_the_shipped_feed() {
    let parsed = parse_feed(&read("public/data/mpp.json")).expect("feed parses");
    assert!(parsed.skipped.is_empty(), "skipped: {:?}", parsed.skipped);
    let summary = FeedSummary::of(&parsed.mpps);
    // The researched data: 308 rows = 9 new + 293 earlier + 6 uncertain.
    assert_eq!(summary.listed, 308);
    assert_eq!(parsed.meta.listed, 308);
    assert_eq!(summary.new, 9);
    assert_eq!(summary.unconfirmed, 6);
    assert_eq!(summary.confirmed, 302);
    assert_eq!(summary.without_location, 8);
    assert_eq!(parsed.meta.announced_total, 305);
    assert_eq!(parsed.meta.categories.len(), 26);

    let new: Vec<&str> = parsed.mpps[..9]
        .iter()
        .map(|m| m.regency.name.as_str())
        .collect();
    for regency in [
        "Aceh Barat",
        "Batu Bara",
        "Bintan",
        "Batanghari",
        "Way Kanan",
        "Cianjur",
        "Balangan",
        "Malinau",
        "Buol",
    ] {
        assert!(
            new.iter().any(|n| n.ends_with(regency)),
            "{regency} not among the first nine: {new:?}"
        );
    }
    assert!(parsed.mpps[..9].iter().all(|m| m.status == MppStatus::New));
    assert!(parsed
        .mpps
        .iter()
        .flat_map(|m| &m.location)
        .all(|l| l.point != PointKind::Building));

    let details = parse_details(&read("public/data/mpp-details.json")).expect("details parse");
    assert_eq!(details.details.len(), 308);
    assert!(parsed
        .mpps
        .iter()
        .all(|m| details.details.contains_key(&m.id)));
    assert!(
        details.details.values().all(|d| !d.sources.is_empty()),
        "every MPP cites a source"
    );
}

#[test]
fn nothing_is_invented_for_an_mpp_without_details() {
    let parsed = parse_feed(&read("public/data/mpp.json")).unwrap();
    let details = parse_details(&read("public/data/mpp-details.json")).unwrap();
    // Buol: nothing beyond the inauguration was found (PROVENANCE.md).
    let buol = parsed
        .mpps
        .iter()
        .find(|m| m.slug == "kabupaten-buol")
        .expect("Buol listed");
    assert!(buol.services.is_empty() && buol.service_count.is_none() && buol.hours.is_empty());
    let d = &details.details[&buol.id];
    assert!(d.address.is_none() && d.tenants.is_empty() && d.hours.is_none());
    assert_eq!(buol.inauguration.as_ref().unwrap().date, "2025-12-15");
}

#[test]
fn slugs_are_url_safe() {
    assert_eq!(
        domain::text::slug("Kabupaten Hulu Sungai Selatan"),
        "kabupaten-hulu-sungai-selatan"
    );
    assert_eq!(
        domain::text::slug("Kota Tanjung Pinang"),
        "kota-tanjung-pinang"
    );
    assert_eq!(
        domain::text::slug("Kabupaten Pangkajene dan Kepulauan"),
        "kabupaten-pangkajene-dan-kepulauan"
    );
    assert_eq!(domain::text::slug("  Kota Bau-Bau "), "kota-bau-bau");
}

#[test]
fn committed_regions_match_data_and_count_honestly() {
    let regions = feed_builder::build_regions(&repo().join("data")).expect("regions build");
    assert!(
        read("public/data/regions.json") == feed_builder::render_regions(&regions),
        "public/data/regions.json is stale: run `make feed`"
    );
    assert_eq!(regions.provinces.len(), 38);
    let regencies: Vec<_> = regions
        .provinces
        .iter()
        .flat_map(|p| &p.regencies)
        .collect();
    assert_eq!(regencies.len(), 514);
    // Every "none" carries its dated statement and source.
    let none: Vec<_> = regencies
        .iter()
        .filter_map(|r| r.none_reported.as_ref())
        .collect();
    assert_eq!(none.len(), 17);
    assert!(none
        .iter()
        .all(|e| !e.statement.is_empty() && e.source.is_some()));
    assert_eq!(regencies.iter().filter(|r| r.province_level).count(), 6);
}

#[test]
fn a_planned_site_is_never_the_address_nor_the_point() {
    let parsed = parse_feed(&read("public/data/mpp.json")).unwrap();
    let details = parse_details(&read("public/data/mpp-details.json")).unwrap();
    let planned: Vec<_> = details
        .details
        .iter()
        .filter(|(_, d)| !d.address_planned.is_empty())
        .collect();
    assert!(
        planned.len() >= 10,
        "the third pass has planned sites: {}",
        planned.len()
    );
    for (id, d) in planned {
        for plan in &d.address_planned {
            assert_ne!(d.address.as_deref(), Some(plan.statement.as_str()), "{id}");
        }
        // The map point stays what the source row says (a regency seat).
        let mpp = parsed.mpps.iter().find(|m| &m.id == id).unwrap();
        if let Some(location) = &mpp.location {
            assert_ne!(location.point, PointKind::Building, "{id}");
        }
    }
    // Pidie: the DPMPTSP office now, a new building planned.
    let pidie = &details.details["11.07"];
    assert!(pidie.address.as_deref().unwrap().contains("DPMPTSP"));
    assert!(pidie.address_planned[0]
        .statement
        .contains("gedung MPP baru"));
    assert_eq!(pidie.address_planned[0].as_of.as_deref(), Some("2025-08"));
}

#[test]
fn hours_carry_their_date_and_notes_never_pass_for_dates() {
    let parsed = parse_feed(&read("public/data/mpp.json")).unwrap();
    let details = parse_details(&read("public/data/mpp-details.json")).unwrap();
    let padang = parsed
        .mpps
        .iter()
        .find(|m| m.slug == "kota-padang")
        .unwrap();
    assert_eq!(padang.hours_as_of.as_deref(), Some("2019-01-24"));
    for (id, d) in &details.details {
        for h in d.hours.iter().chain(&d.hours_other) {
            if let Some(as_of) = &h.as_of {
                assert!(domain::dates::is_partial_date(as_of), "{id}: {as_of}");
            }
        }
    }
}

#[test]
fn addresses_read_without_the_maintainers_english_asides() {
    use feed_builder::citizen_text as citizen_address;
    assert_eq!(
        citizen_address(
            "Lambaro, Kecamatan Ingin Jaya, Aceh Besar (in front of Masjid Jami' Lambaro)"
        ),
        "Lambaro, Kecamatan Ingin Jaya, Aceh Besar"
    );
    assert_eq!(
        citizen_address("Kompleks perkantoran Gedung Negara, across (south of) Alun-alun Sumedang"),
        "Kompleks perkantoran Gedung Negara"
    );
    assert_eq!(
        citizen_address("Lumintang, Denpasar (front entrance west of Taman Kota Lumintang; main access used is the rear entrance)"),
        "Lumintang, Denpasar"
    );
    assert_eq!(
        citizen_address(
            "Lotte Mart Cikarang Utara (MPP); a Gerai Pelayanan Publik at Aeon Mall Deltamas"
        ),
        "Lotte Mart Cikarang Utara (MPP)"
    );
    // Indonesian asides and plain addresses stay as they are.
    assert_eq!(
        citizen_address("Lantai 4 Plaza Andalas, Padang"),
        "Lantai 4 Plaza Andalas, Padang"
    );
    assert_eq!(
        citizen_address("Jalan Jenderal Sudirman (kompleks perkantoran), Pekanbaru"),
        "Jalan Jenderal Sudirman (kompleks perkantoran), Pekanbaru"
    );
    // A statement that is the maintainers' English from its first word.
    assert_eq!(
        citizen_address("schedule still being agreed; each partner's own service days"),
        ""
    );
    assert_eq!(
        citizen_address("pukul 09.00 Wita - 16.30 Wita, following Mataram Mall opening hours"),
        "pukul 09.00 Wita - 16.30 Wita"
    );
    // Every shipped address, hours statement and name: no English left.
    let details = parse_details(&read("public/data/mpp-details.json")).unwrap();
    for (id, d) in &details.details {
        let names = d
            .tenants
            .iter()
            .chain(&d.tenants_planned)
            .chain(&d.services_mentioned);
        let hours = d.hours.iter().map(|h| &h.as_stated);
        for text in d.address.iter().chain(hours).chain(names) {
            assert!(!feed_builder::has_english(text), "{id}: {text}");
        }
        if let Some(count) = &d.service_count {
            assert!(
                count
                    .as_of
                    .as_deref()
                    .is_none_or(domain::dates::is_partial_date),
                "{id}"
            );
        }
    }
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
        assert_eq!(
            prop("slug"),
            mpp.slug.as_str(),
            "one feature per MPP, in the feed's order"
        );
        assert_eq!(prop("name"), mpp.name.as_str());
        assert_eq!(prop("regency_code"), mpp.regency.code.as_str());
        assert_eq!(prop("page"), format!("mpp/{}", mpp.slug).as_str());
        match (&mpp.location, feature.geometry.as_ref().map(|g| &g.value)) {
            (
                Some(at),
                Some(Geometry::Point {
                    coordinates: position,
                }),
            ) => {
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
    assert_eq!(
        buol.property("point").and_then(|p| p.as_str()),
        Some("regency_seat")
    );
    assert_eq!(
        buol.property("point_is_building").and_then(|p| p.as_bool()),
        Some(false)
    );
    assert_eq!(
        buol.property("status").and_then(|p| p.as_str()),
        Some("new")
    );
    assert_eq!(
        buol.property("batch_date").and_then(|p| p.as_str()),
        Some("2025-12-15")
    );
    // The licences that bind the data travel with it, and how to cite it.
    let members = collection
        .foreign_members
        .as_ref()
        .expect("foreign members");
    assert!(members.contains_key("licences"));
    let feed = parse_feed(&read("public/data/mpp.json")).expect("feed parses");
    let citation = feed
        .meta
        .citation
        .clone()
        .expect("the feed says how to cite it");
    assert_eq!(
        members["citation"],
        serde_json::to_value(&citation).unwrap()
    );
    assert_eq!(
        (citation.licence.as_str(), citation.date.as_str()),
        ("ODbL-1.0", feed.meta.generated.as_str())
    );
}
