//! The forgiving feed parser: wrong records are skipped and counted with a
//! reason, unknown fields are ignored, other major versions are refused, and
//! no input makes it panic.

use domain::{parse_details, parse_feed, FeedError, MppStatus, SkipReason};
use serde_json::{json, Value};

const SMALL_FEED: &str = include_str!("../../../tests/fixtures/small-feed.json");

fn feed_value() -> Value {
    serde_json::from_str(SMALL_FEED).unwrap()
}

fn with_record(mutate: impl FnOnce(&mut Value)) -> Value {
    let mut feed = feed_value();
    mutate(&mut feed["mpps"][0]);
    feed
}

fn skip_reason_of(feed: Value) -> SkipReason {
    let parsed = parse_feed(&feed.to_string()).expect("feed still parses");
    assert_eq!(parsed.mpps.len(), 3, "only the broken record is dropped");
    assert_eq!(parsed.skipped.len(), 1);
    assert_eq!(parsed.skipped[0].position, 0);
    parsed.skipped[0].reason.clone()
}

#[test]
fn reads_a_valid_feed_and_ignores_unknown_fields() {
    let parsed = parse_feed(SMALL_FEED).unwrap();
    assert_eq!(parsed.schema_version, "1.3");
    assert_eq!(parsed.mpps.len(), 4);
    assert!(parsed.skipped.is_empty());
    assert_eq!(parsed.meta.announced_total, 305);
    assert_eq!(parsed.mpps[1].status, MppStatus::New);
    assert_eq!(parsed.mpps[3].hours[0].open, "07:30");
}

#[test]
fn text_with_markup_stays_text() {
    let parsed = parse_feed(SMALL_FEED).unwrap();
    assert_eq!(
        parsed.mpps[2].name,
        "MPP Kota Palu <script>window.__pwned = true</script>"
    );
}

#[test]
fn missing_name_is_skipped() {
    assert_eq!(
        skip_reason_of(with_record(|r| r["name"] = json!("   "))),
        SkipReason::MissingName
    );
    let reason = skip_reason_of(with_record(|r| {
        r.as_object_mut().unwrap().remove("name");
    }));
    assert!(
        matches!(reason, SkipReason::Malformed(ref m) if m.contains("name")),
        "{reason:?}"
    );
}

#[test]
fn missing_id_is_skipped() {
    assert_eq!(
        skip_reason_of(with_record(|r| r["id"] = json!(""))),
        SkipReason::MissingId
    );
}

#[test]
fn wrong_types_are_skipped() {
    let reason = skip_reason_of(with_record(|r| r["location"]["lat"] = json!("4.1")));
    assert!(matches!(reason, SkipReason::Malformed(_)), "{reason:?}");
    let reason = skip_reason_of(with_record(|r| r["status"] = json!("perhaps")));
    assert!(matches!(reason, SkipReason::Malformed(_)), "{reason:?}");
    let reason = skip_reason_of(with_record(|r| *r = json!("not an object")));
    assert!(matches!(reason, SkipReason::Malformed(_)), "{reason:?}");
}

#[test]
fn coordinates_outside_indonesia_are_skipped() {
    for (lat, lon) in [(48.85, 2.35), (4.1, 150.0), (-20.0, 110.0), (0.0, 0.0)] {
        let feed = with_record(|r| {
            r["location"]["lat"] = json!(lat);
            r["location"]["lon"] = json!(lon);
        });
        assert_eq!(
            skip_reason_of(feed),
            SkipReason::OutsideIndonesia,
            "({lat}, {lon})"
        );
    }
}

#[test]
fn nan_is_not_json_and_refuses_the_feed() {
    let text = SMALL_FEED.replacen("4.1,", "NaN,", 1);
    assert!(matches!(parse_feed(&text), Err(FeedError::NotJson(_))));
}

#[test]
fn duplicate_ids_and_slugs_are_skipped() {
    let mut feed = feed_value();
    feed["mpps"][1]["id"] = json!("11.01");
    feed["mpps"][2]["slug"] = json!("kabupaten-satu");
    let parsed = parse_feed(&feed.to_string()).unwrap();
    let reasons: Vec<_> = parsed
        .skipped
        .iter()
        .map(|s| (s.position, s.reason.clone()))
        .collect();
    assert_eq!(
        reasons,
        vec![(1, SkipReason::DuplicateId), (2, SkipReason::DuplicateSlug)]
    );
    assert_eq!(parsed.mpps.len(), 2);
}

#[test]
fn unsafe_slugs_and_bad_dates_are_skipped() {
    for slug in ["../admin", "Kota Palu", "", "a--b", "kota-palu-"] {
        assert_eq!(
            skip_reason_of(with_record(|r| r["slug"] = json!(slug))),
            SkipReason::BadSlug,
            "{slug:?}"
        );
    }
    for date in ["2023-13-01", "2023-02-30", "15-12-2025", "yesterday"] {
        let feed = with_record(|r| r["inauguration"]["date"] = json!(date));
        assert_eq!(skip_reason_of(feed), SkipReason::BadDate, "{date:?}");
    }
}

#[test]
fn another_major_version_is_refused() {
    let mut feed = feed_value();
    feed["schema_version"] = json!("2.0");
    assert_eq!(
        parse_feed(&feed.to_string()),
        Err(FeedError::UnsupportedVersion {
            found: "2.0".into(),
            supported: 1
        })
    );
    feed["schema_version"] = json!(1);
    assert_eq!(
        parse_feed(&feed.to_string()),
        Err(FeedError::MissingVersion)
    );
}

#[test]
fn unusable_documents_are_refused_with_a_reason() {
    assert!(matches!(parse_feed(""), Err(FeedError::NotJson(_))));
    assert!(matches!(
        parse_feed("<!doctype html><html>"),
        Err(FeedError::NotJson(_))
    ));
    assert!(matches!(
        parse_feed("{\"schema_version\": \"1.0\""),
        Err(FeedError::NotJson(_))
    ));
    assert_eq!(parse_feed("[]"), Err(FeedError::NotAnObject));
    assert_eq!(parse_feed("null"), Err(FeedError::NotAnObject));
    assert!(matches!(
        parse_feed(r#"{"schema_version":"1.0","mpps":[]}"#),
        Err(FeedError::BadMeta(_))
    ));
    let mut feed = feed_value();
    feed["mpps"] = json!({});
    assert_eq!(
        parse_feed(&feed.to_string()),
        Err(FeedError::MissingRecords)
    );
}

#[test]
fn an_empty_feed_is_valid_and_empty() {
    let mut feed = feed_value();
    feed["mpps"] = json!([]);
    let parsed = parse_feed(&feed.to_string()).unwrap();
    assert!(parsed.mpps.is_empty() && parsed.skipped.is_empty());
}

#[test]
fn very_long_strings_and_many_records_do_not_break_it() {
    let long = "x".repeat(200_000);
    let feed = with_record(|r| r["name"] = json!(long));
    assert_eq!(parse_feed(&feed.to_string()).unwrap().mpps[..].len(), 4);

    let mut feed = feed_value();
    let template = feed["mpps"][0].clone();
    let records: Vec<Value> = (0..5_000)
        .map(|i| {
            let mut r = template.clone();
            r["id"] = json!(format!("id-{i}"));
            r["slug"] = json!(format!("mpp-{i}"));
            r
        })
        .collect();
    feed["mpps"] = Value::Array(records);
    let parsed = parse_feed(&feed.to_string()).unwrap();
    assert_eq!(parsed.mpps.len(), 5_000);
}

#[test]
fn details_drop_broken_entries_only() {
    let text = r#"{"schema_version":"1.0","details":{
        "11.01":{"address":"Jalan Satu","sources":["https://example.org/a"]},
        "63.11":{"address":42,"sources":[]}}}"#;
    let details = parse_details(text).unwrap();
    assert_eq!(details.details.len(), 1);
    assert_eq!(
        details.details["11.01"].address.as_deref(),
        Some("Jalan Satu")
    );
    assert!(matches!(
        parse_details(r#"{"schema_version":"9.0","details":{}}"#),
        Err(FeedError::UnsupportedVersion { .. })
    ));
}

#[test]
fn arbitrary_bytes_never_panic() {
    // A cheap fuzz: every prefix of a real feed, and some mangled copies.
    for end in (0..SMALL_FEED.len()).step_by(7) {
        if let Some(prefix) = SMALL_FEED.get(..end) {
            let _ = parse_feed(prefix);
        }
    }
    for (from, to) in [
        ("\"", "'"),
        ("{", "["),
        (":", ","),
        ("1", "-"),
        ("true", "\"x\""),
    ] {
        let _ = parse_feed(&SMALL_FEED.replace(from, to));
    }
}

/// The hand-written readers (`records.rs`, no serde in the first download)
/// and serde's derives, which the feed builder writes with, read the
/// committed feed alike, field by field.
#[test]
fn hand_readers_and_serde_read_the_committed_feed_alike() {
    let text = include_str!("../../../public/data/mpp.json");
    let by_hand = parse_feed(text).unwrap();
    assert!(by_hand.skipped.is_empty());
    let mut by_serde: domain::FeedFile = serde_json::from_str(text).unwrap();
    // What serde skips (no exception in the committed feed yet: their
    // reader has its own tests in hours_calendar.rs).
    assert!(!by_hand.meta.holidays.is_empty());
    by_serde.meta.holidays = by_hand.meta.holidays.clone();
    for (serde_mpp, hand_mpp) in by_serde.mpps.iter_mut().zip(&by_hand.mpps) {
        serde_mpp.hours_exceptions = hand_mpp.hours_exceptions.clone();
    }
    assert!(by_hand.meta.citation.is_some());
    assert_eq!(by_hand.meta, by_serde.meta);
    assert_eq!(by_hand.mpps.len(), by_serde.mpps.len());
    for (hand, serde) in by_hand.mpps.iter().zip(&by_serde.mpps) {
        assert_eq!(hand, serde, "{}", hand.id);
    }
}

/// Every enum value serde writes is one the hand readers know, and the
/// same one.
#[test]
fn hand_readers_know_every_enum_value_serde_writes() {
    use domain::{Confidence::*, MppKind::*, MppStatus::*, PointKind::*};
    let record = |kind: domain::MppKind,
                  status: MppStatus,
                  confidence: domain::Confidence,
                  point: domain::PointKind| {
        with_record(|r| {
            r["kind"] = serde_json::to_value(kind).unwrap();
            r["status"] = serde_json::to_value(status).unwrap();
            r["confidence"] = serde_json::to_value(confidence).unwrap();
            r["location"]["point"] = serde_json::to_value(point).unwrap();
            r["location"]["confidence"] = serde_json::to_value(confidence).unwrap();
        })
    };
    let kinds = [Kabupaten, Kota, Provinsi];
    let statuses = [New, Confirmed, Unconfirmed];
    let confidences = [High, Medium, MediumInferred, Low];
    let points = [
        RegencySeat,
        CityCentre,
        ProvinceCapital,
        ApproximatePlace,
        Building,
    ];
    for i in 0..5 {
        let (kind, status, confidence, point) =
            (kinds[i % 3], statuses[i % 3], confidences[i % 4], points[i]);
        let parsed = parse_feed(&record(kind, status, confidence, point).to_string()).unwrap();
        assert!(parsed.skipped.is_empty(), "{:?}", parsed.skipped);
        let mpp = &parsed.mpps[0];
        let location = mpp.location.as_ref().unwrap();
        assert_eq!(
            (mpp.kind, mpp.status, mpp.confidence),
            (kind, status, confidence)
        );
        assert_eq!((location.point, location.confidence), (point, confidence));
    }
    for (field, value) in [
        ("kind", "kecamatan"),
        ("status", "Confirmed"),
        ("confidence", ""),
    ] {
        let reason = skip_reason_of(with_record(|r| r[field] = json!(value)));
        assert!(
            matches!(reason, SkipReason::Malformed(ref m) if m.contains(field) && m.contains("unknown value")),
            "{reason:?}"
        );
    }
}

/// Each wrong shape says which field, and where in a list.
#[test]
fn a_malformed_record_says_which_field() {
    for (mutate, expected) in [
        (
            Box::new(|r: &mut Value| r["regency"]["code"] = json!(11))
                as Box<dyn FnOnce(&mut Value)>,
            "regency: `code`: expected a string, found a number",
        ),
        (
            Box::new(|r: &mut Value| {
                r["hours"] = json!([{"days": "Mo", "open": "08:00", "close": "15:00"}])
            }),
            "hours[0]: `days`: expected an array, found a string",
        ),
        (
            Box::new(|r: &mut Value| r["service_count"] = json!(2.5)),
            "`service_count`: expected a whole number, found a number",
        ),
        (
            Box::new(|r: &mut Value| r["location"]["lat"] = json!("-3")),
            "location: `lat`: expected a number, found a string",
        ),
        (
            Box::new(|r: &mut Value| r["services"] = json!([1])),
            "services[0]: expected a string, found a number",
        ),
        (
            Box::new(|r: &mut Value| *r = json!([])),
            "expected an object, found an array",
        ),
    ] {
        let reason = skip_reason_of(with_record(mutate));
        assert_eq!(reason, SkipReason::Malformed(expected.into()));
    }
}

/// The holidays and an MPP's exceptions wait as JSON until "open now" first
/// uses them (`read_later.rs`): reading them in `parse_feed` would put
/// their reader in the browser's first download. Read then, they are what
/// the feed says, and comparing or cloning never reads.
#[test]
fn holidays_and_exceptions_are_read_on_first_use() {
    let mut feed = feed_value();
    feed["mpps"][0]["hours_exceptions"] = json!([
        { "from": "2026-03-02", "to": "2026-03-03", "label": "Renovasi" },
        { "from": "not a date", "to": "2026-03-03" }
    ]);
    feed["meta"]["holidays"] = json!([
        { "date": "2026-08-17", "kind": "national", "name_id": "Hari Kemerdekaan", "name_en": "Independence Day" }
    ]);
    let parsed = parse_feed(&feed.to_string()).unwrap();
    let unread = |debug: String| debug.starts_with("(not read yet)");
    let (holidays, exceptions) = (&parsed.meta.holidays, &parsed.mpps[0].hours_exceptions);
    assert!(unread(format!("{holidays:?}")) && unread(format!("{exceptions:?}")));
    let copy = parsed.clone();
    assert_eq!(copy, parsed);
    assert!(
        unread(format!("{exceptions:?}")),
        "neither cloning nor comparing reads"
    );
    assert_eq!(exceptions.len(), 1, "the unreadable exception is left out");
    assert_eq!(exceptions[0].label.as_deref(), Some("Renovasi"));
    assert!(!unread(format!("{exceptions:?}")));
    assert_eq!(holidays[0].name_id, "Hari Kemerdekaan");
    assert_eq!(copy, parsed, "a copy read later reads alike");
    assert_eq!(copy.mpps[0].hours_exceptions.len(), 1);
}
