//! The MPPs' own data merged over the national data (issue 22, point 4),
//! with the test publisher's stored copy for Buol (72.05) in
//! `tests/fixtures/publishers/stored/`: the owner's part wins field by field when
//! it is at least as recent, loses but is kept when older, never changes
//! the identity, and a stored copy that fails its check is skipped.

use std::fs;
use std::path::{Path, PathBuf};

use domain::owner::{FactKind, PointMarks};
use domain::{HoursRule, Mpp, MppDetails, PointKind};
use feed_builder::owner::{merge, owner_is_current, read_stored};
use feed_builder::{build, build_with, Built};

const BUOL: &str = "72.05";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/publishers/stored")
}

fn buol(built: &Built) -> (Mpp, MppDetails) {
    let mpp = built
        .feed
        .mpps
        .iter()
        .find(|m| m.id == BUOL)
        .unwrap()
        .clone();
    (mpp, built.details.details[BUOL].clone())
}

fn rule(days: &[&str], open: &str, close: &str, pause: Option<(&str, &str)>) -> HoursRule {
    HoursRule::new(days, open, close, pause)
}

#[test]
fn the_owners_facts_replace_the_seat_and_fill_what_research_lacks() {
    let national = build(&repo().join("data")).unwrap();
    let merged = build_with(&repo().join("data"), &fixture()).unwrap();
    let ((before, _), (mpp, details)) = (buol(&national), buol(&merged));

    // Identity stays the national data's.
    assert_eq!(
        (&mpp.id, &mpp.slug, &mpp.name, &mpp.inauguration, mpp.status),
        (
            &before.id,
            &before.slug,
            &before.name,
            &before.inauguration,
            before.status
        )
    );
    assert_eq!(mpp.publisher.as_deref(), Some("Pemerintah Kabupaten Buol"));
    // The building's entrance replaces the seat, which is kept.
    let location = mpp.location.clone().unwrap();
    assert_eq!((location.lat, location.lon), (1.1602, 121.4351));
    assert_eq!(location.point, PointKind::Building);
    assert_eq!(location.marks, Some(PointMarks::Entrance));
    let researched = details.researched().unwrap();
    assert_eq!(researched.location, before.location);
    // Hours: a day with a break is one rule; the dates are the owner's.
    assert!(mpp.hours_by_owner);
    assert_eq!(mpp.hours_as_of.as_deref(), Some("2026-03-03"));
    assert_eq!(
        mpp.hours,
        vec![
            rule(
                &["Mon", "Tue", "Wed", "Thu"],
                "08:00",
                "16:00",
                Some(("12:00", "13:00"))
            ),
            rule(&["Fri"], "08:00", "16:00", Some(("11:30", "13:30"))),
        ]
    );
    let exceptions: Vec<_> = mpp
        .hours_exceptions
        .iter()
        .map(|e| (e.from.as_str(), e.hours.len()))
        .collect();
    assert_eq!(exceptions, [("2026-04-10", 0), ("2026-05-15", 1)]);
    assert_eq!(mpp.hours_exceptions[1].hours[0].days.len(), 7);

    // Every part says who stated it and when, and is the one shown.
    let owner = details.owner_facts().unwrap();
    let hours = owner.hours.unwrap();
    assert_eq!(hours.from.kind, FactKind::Owner);
    assert_eq!(
        hours.from.publisher.as_deref(),
        Some("Pemerintah Kabupaten Buol")
    );
    assert_eq!(hours.from.checked_on.as_deref(), Some("2026-03-03"));
    assert_eq!(
        hours.from.feed_url.as_deref(),
        Some("https://buolkab.go.id/data-uji/mpp.json")
    );
    assert!(hours.preferred);
    assert_eq!(
        owner.address.unwrap().shown().unwrap().text,
        "Jalan Data Uji No. 1, Buol, Sulawesi Tengah"
    );
    // An agency's own days, from HSDS intervals or an OSM string.
    let agencies = owner.agencies.unwrap().value;
    assert!(agencies[0].hours.is_empty());
    assert_eq!(
        agencies[1].hours,
        vec![rule(&["Tue", "Thu"], "08:00", "12:00", None)]
    );
    assert_eq!(
        agencies[2].hours,
        vec![rule(
            &["Mon", "Tue", "Wed", "Thu", "Fri"],
            "08:00",
            "12:00",
            None
        )]
    );
    let contact = owner.contact.unwrap().value;
    assert_eq!(contact.phones[0].tel(), "+620000000000");
    let booking = &owner.online.unwrap().value.booking[0];
    assert_eq!(booking.url, "https://antrian.example.go.id/mpp-buol");

    // No other MPP changes.
    for (a, b) in national.feed.mpps.iter().zip(&merged.feed.mpps) {
        if a.id != BUOL {
            assert_eq!(a, b);
            assert_eq!(
                national.details.details[&a.id],
                merged.details.details[&b.id]
            );
        }
    }
}

#[test]
fn an_older_owners_fact_loses_but_is_kept_field_by_field() {
    let national = build(&repo().join("data")).unwrap();
    let stored = read_stored(&fixture());
    let record = &stored.records[BUOL];
    let (mut mpp, mut details) = buol(&national);
    // Research that states hours and an address after the owner checked them.
    let research_hours = vec![rule(&["Mon"], "09:00", "15:00", None)];
    mpp.hours = research_hours.clone();
    mpp.hours_as_of = Some("2026-06".into());
    details.address = Some("Jalan Riset".into());
    details.address_as_of = Some("2026-04-01".into());

    merge(&mut mpp, &mut details, record);

    assert_eq!(mpp.hours, research_hours);
    assert_eq!(mpp.hours_as_of.as_deref(), Some("2026-06"));
    assert!(!mpp.hours_by_owner);
    assert!(mpp.hours_exceptions.is_empty());
    assert_eq!(details.address.as_deref(), Some("Jalan Riset"));
    let owner = details.owner_facts().unwrap();
    let (hours, address) = (owner.hours.unwrap(), owner.address.unwrap());
    assert!(
        !hours.preferred && !hours.value.rules.is_empty(),
        "kept, not shown"
    );
    assert!(!address.preferred && address.shown().is_none());
    // The point, which research never dates, is still the owner's.
    assert_eq!(mpp.location.unwrap().point, PointKind::Building);
    assert!(owner.location.unwrap().preferred);

    // Stated in the same month as the owner's check: the owner's wins.
    let (mut mpp, mut details) = buol(&national);
    mpp.hours = research_hours;
    mpp.hours_as_of = Some("2026-03".into());
    details.address = Some("Jalan Riset".into());
    details.address_as_of = Some("2025".into());
    merge(&mut mpp, &mut details, record);
    assert!(mpp.hours_by_owner);
    assert_eq!(
        details.researched().unwrap().hours_as_of.as_deref(),
        Some("2026-03")
    );
    assert!(details.owner_facts().unwrap().address.unwrap().preferred);
}

#[test]
fn at_least_as_recent_compares_at_the_researched_dates_precision() {
    assert!(owner_is_current("2026-03-03", None));
    assert!(owner_is_current("2026-03-03", Some("2026-03-03")));
    assert!(owner_is_current("2026-03-03", Some("2026-03")));
    assert!(owner_is_current("2026-03-03", Some("2025-12-31")));
    assert!(!owner_is_current("2026-03-03", Some("2026-03-04")));
    assert!(!owner_is_current("2026-03-03", Some("2027")));
}

/// A copy of the fixture in a fresh directory, changed by `edit`, under `name`.
fn broken_copy(dir: &Path, name: &str, edit: impl Fn(&str) -> String) {
    let text = fs::read_to_string(fixture().join("72.05.json")).unwrap();
    fs::write(dir.join(name), edit(&text)).unwrap();
}

/// A broken copy: its directory, its file name, the edit and the reason said.
type Case = (&'static str, &'static str, fn(&str) -> String, &'static str);

#[test]
fn a_bad_stored_copy_is_skipped_with_its_reason() {
    let base = std::env::temp_dir().join(format!("peta-mpp-owner-{}", std::process::id()));
    let cases: [Case; 4] = [
        (
            "markup",
            "72.05.json",
            |t| t.replace("Jalan Data Uji", "<script>x</script>"),
            "publisher check",
        ),
        (
            "json",
            "72.05.json",
            |t| t[..200].to_owned(),
            "not valid JSON",
        ),
        ("name", "72.01.json", |t| t.to_owned(), "not named after"),
        (
            "other",
            "72.05.json",
            |t| {
                t.replace(
                    "\"regency_code\": \"72.05\",\n        \"name\"",
                    "\"regency_code\": \"72.01\",\n        \"name\"",
                )
            },
            "publisher check",
        ),
    ];
    let national = build(&repo().join("data")).unwrap();
    for (case, name, edit, reason) in cases {
        let dir = base.join(case);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        broken_copy(&dir, name, edit);

        let stored = read_stored(&dir);
        assert!(stored.records.is_empty(), "{case}: {stored:?}");
        assert_eq!(stored.skipped.len(), 1, "{case}");
        assert!(
            stored.skipped[0].contains(reason),
            "{case}: {}",
            stored.skipped[0]
        );
        assert!(stored.skipped[0].contains("skipped"), "{case}");
        // The MPP keeps its researched record; nothing else changes.
        let built = build_with(&repo().join("data"), &dir).unwrap();
        assert_eq!(built.feed, national.feed, "{case}");
    }
    let _ = fs::remove_dir_all(&base);
}

#[test]
fn no_publishers_directory_means_the_national_data_alone() {
    let missing = std::env::temp_dir().join("peta-mpp-no-such-publishers-dir");
    let national = build(&repo().join("data")).unwrap();
    let built = build_with(&repo().join("data"), &missing).unwrap();
    assert_eq!(built.feed, national.feed);
    assert_eq!(built.details, national.details);
}

#[test]
fn a_feed_with_owner_data_matches_its_json_schemas() {
    let built = build_with(&repo().join("data"), &fixture()).unwrap();
    for (schema, doc) in [
        ("mpp.schema.json", feed_builder::render_feed(&built.feed)),
        (
            "mpp-details.schema.json",
            feed_builder::render_details(&built.details),
        ),
    ] {
        let schema: serde_json::Value = serde_json::from_str(
            &fs::read_to_string(repo().join("public/data").join(schema)).unwrap(),
        )
        .unwrap();
        let doc: serde_json::Value = serde_json::from_str(&doc).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    // The app's own parser reads what the builder wrote.
    let details = domain::parse_details(&feed_builder::render_details(&built.details)).unwrap();
    assert!(details.details[BUOL].owner_facts().is_some());
    let feed = domain::parse_feed(&feed_builder::render_feed(&built.feed)).unwrap();
    let buol = feed.mpps.iter().find(|m| m.id == BUOL).unwrap();
    assert!(buol.hours_by_owner && buol.publisher.is_some());
    assert_eq!(buol.hours_exceptions.len(), 2);
}

#[test]
fn a_closure_inside_longer_special_hours_comes_first() {
    let dir = std::env::temp_dir().join(format!("peta-mpp-owner-nested-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    // A month of special hours stated before the closure on 10 April.
    broken_copy(&dir, "72.05.json", |t| {
        t.replace(
            r#""exceptions": ["#,
            r#""exceptions": [
            { "valid_from": "2026-04-01", "valid_to": "2026-04-30", "description": "Jam khusus (data uji)",
              "intervals": [{ "opens_at": "08:00", "closes_at": "12:00" }] },"#,
        )
    });
    let stored = read_stored(&dir);
    assert!(stored.skipped.is_empty(), "{:?}", stored.skipped);
    let (mut mpp, mut details) = buol(&build(&repo().join("data")).unwrap());
    merge(&mut mpp, &mut details, &stored.records[BUOL]);
    let order: Vec<(&str, &str)> = mpp
        .hours_exceptions
        .iter()
        .map(|e| (e.from.as_str(), e.to.as_str()))
        .collect();
    assert_eq!(
        order,
        [
            ("2026-04-10", "2026-04-10"),
            ("2026-05-15", "2026-05-15"),
            ("2026-04-01", "2026-04-30")
        ]
    );
    let _ = fs::remove_dir_all(&dir);
}
