//! The next batch of MPPs is a data change, not a code change: a synthetic
//! later batch added to a copy of `data/` becomes the feed's current batch,
//! its MPPs are the new ones, and the batch before is new no more.

use std::fs;
use std::path::{Path, PathBuf};

use domain::{parse_feed, FeedSummary, MppStatus};

const NEXT_DATE: &str = "2026-03-10";
/// Two MPPs already in the data, given the synthetic date.
const NEXT_IDS: [&str; 2] = ["11.04", "32.73"];

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// A copy of `data/` with one batch more: `NEXT_IDS` inaugurated on `NEXT_DATE`.
fn data_with_next_batch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peta-mpp-{test}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    for entry in fs::read_dir(data_dir()).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }

    let mut batches: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("batches.json")).unwrap()).unwrap();
    batches["batches"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "date": NEXT_DATE,
            "inaugurated": 2,
            "total_before": 305,
            "total_after": 307,
            "minister": "(synthetic test batch)",
            "sources": ["https://example.org/synthetic"]
        }));
    fs::write(dir.join("batches.json"), batches.to_string()).unwrap();

    let mut reader = csv::Reader::from_path(dir.join("mpp_sources.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (code, date, counted) = (
        column("regency_code"),
        column("inaugurated"),
        column("counted_in_296"),
    );
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(&headers).unwrap();
    let mut changed = 0;
    for record in reader.records() {
        let record = record.unwrap();
        let mut fields: Vec<String> = record.iter().map(str::to_owned).collect();
        if NEXT_IDS.contains(&fields[code].as_str()) {
            fields[date] = NEXT_DATE.to_owned();
            fields[counted] = format!("no (inaugurated {NEXT_DATE})");
            changed += 1;
        }
        out.write_record(&fields).unwrap();
    }
    assert_eq!(changed, NEXT_IDS.len(), "the test's MPPs are in the data");
    fs::write(dir.join("mpp_sources.csv"), out.into_inner().unwrap()).unwrap();
    dir
}

#[test]
fn a_later_batch_in_the_data_becomes_the_current_one() {
    let dir = data_with_next_batch("later-batch");
    let feed = feed_builder::build(&dir)
        .expect("the builder accepts the new batch")
        .feed;
    let _ = fs::remove_dir_all(&dir);
    // What the app reads: the feed as written.
    let parsed = parse_feed(&feed_builder::render_feed(&feed)).unwrap();

    let batch = parsed.meta.current_batch.as_ref().expect("a current batch");
    assert_eq!(batch.date, NEXT_DATE);
    assert_eq!(
        (batch.total_before, batch.total_after),
        (Some(305), Some(307))
    );
    assert_eq!(parsed.meta.announced_total, 307);
    assert_eq!(parsed.meta.announced_date, NEXT_DATE);
    let mut ids = batch.mpp_ids.clone();
    ids.sort();
    assert_eq!(ids, NEXT_IDS);

    let new: Vec<&str> = parsed
        .mpps
        .iter()
        .filter(|m| m.is_new())
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(new.len(), 2, "only the newest batch is new: {new:?}");
    assert!(NEXT_IDS.iter().all(|id| new.contains(id)));
    // The batch of 15 Dec 2025 is confirmed now, no longer new.
    for buol in parsed.mpps.iter().filter(|m| m.id == "72.05") {
        assert_eq!(buol.status, MppStatus::Confirmed);
    }
    // The list shows the newest batch first.
    assert!(parsed.mpps[..2].iter().all(|m| m.is_new()));
    assert_eq!(FeedSummary::of(&parsed.mpps).new, 2);
}

#[test]
fn a_newest_batch_without_its_total_is_refused() {
    let dir = data_with_next_batch("no-total");
    let path = dir.join("batches.json");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("\"total_after\":307", "\"total_after\":null");
    fs::write(&path, text).unwrap();
    let error = feed_builder::build(&dir).unwrap_err();
    let _ = fs::remove_dir_all(&dir);
    assert!(error.contains("total_after"), "{error}");
}
