//! The growth timeline and the coverage of all 514 regencies and cities,
//! computed from the shipped feed and regions file — and checked against
//! an independent count over the raw JSON.

use std::collections::HashSet;

use domain::{
    coverage::{coverage, total, RegionsFile},
    parse_feed,
    timeline::Timeline,
    MppStatus,
};
use serde_json::Value;

const FEED: &str = include_str!("../../../public/data/mpp.json");
const REGIONS: &str = include_str!("../../../public/data/regions.json");

fn regions() -> RegionsFile {
    serde_json::from_str(REGIONS).expect("regions.json parses")
}

#[test]
fn the_timeline_counts_confirmed_mpps_by_year_and_says_what_it_leaves_out() {
    let mpps = parse_feed(FEED).unwrap().mpps;
    let timeline = Timeline::of(&mpps);
    let raw: Value = serde_json::from_str(FEED).unwrap();
    let confirmed: Vec<&Value> = raw["mpps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["status"] != "unconfirmed")
        .collect();
    let dated = confirmed
        .iter()
        .filter(|m| m["inauguration"].is_object())
        .count();
    assert_eq!(timeline.last_total(), dated);
    assert_eq!(timeline.undated, confirmed.len() - dated);
    assert_eq!(timeline.unconfirmed, 6);
    assert_eq!(
        timeline.last_total() + timeline.undated + timeline.unconfirmed,
        mpps.len()
    );
    // Years run without gaps and the running total adds up.
    let mut running = 0;
    for pair in timeline.years.windows(2) {
        assert_eq!(pair[1].year, pair[0].year + 1);
    }
    for year in &timeline.years {
        running += year.inaugurated;
        assert_eq!(year.cumulative, running);
    }
    let in_2025 = timeline.years.iter().find(|y| y.year == 2025).unwrap();
    assert!(
        in_2025.inaugurated >= 9,
        "the nine of 15 Dec 2025 are in 2025"
    );
    assert_eq!(timeline.years.last().unwrap().year, 2025);
}

#[test]
fn coverage_counts_every_regency_once_in_one_honest_state() {
    let mpps = parse_feed(FEED).unwrap().mpps;
    let provinces = coverage(&regions(), &mpps);
    assert_eq!(provinces.len(), 38);
    let sum = total(&provinces);
    assert_eq!(sum.total, 514);
    assert_eq!(
        sum.listed + sum.unconfirmed + sum.province_level + sum.none_reported + sum.no_evidence,
        514
    );
    for p in &provinces {
        assert_eq!(
            p.listed + p.unconfirmed + p.province_level + p.none_reported + p.no_evidence,
            p.total,
            "{}",
            p.name
        );
    }
    // Independent count for two provinces from the raw files.
    let raw_feed: Value = serde_json::from_str(FEED).unwrap();
    let raw_regions: Value = serde_json::from_str(REGIONS).unwrap();
    for code in ["63", "33"] {
        let with_mpp: HashSet<&str> = raw_feed["mpps"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["province"]["code"] == code && m["status"] != "unconfirmed")
            .map(|m| m["regency"]["code"].as_str().unwrap())
            .collect();
        let province = raw_regions["provinces"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["code"] == code)
            .unwrap();
        let regencies = province["regencies"].as_array().unwrap();
        let listed = regencies
            .iter()
            .filter(|r| with_mpp.contains(r["code"].as_str().unwrap()))
            .count();
        let computed = provinces.iter().find(|p| p.code == code).unwrap();
        assert_eq!(computed.total, regencies.len(), "{code}");
        assert_eq!(computed.listed, listed, "{code}");
    }
    // DKI Jakarta: its cities are served by the province-level MPP.
    let dki = provinces.iter().find(|p| p.code == "31").unwrap();
    assert_eq!(dki.province_level, 6);
    assert!((dki.share() - 1.0).abs() < 1e-9);
    // "No evidence" is never counted as "none".
    let none: usize = regions()
        .provinces
        .iter()
        .flat_map(|p| &p.regencies)
        .filter(|r| r.none_reported.is_some())
        .count();
    assert!(sum.none_reported <= none);
    assert!(mpps.iter().any(|m| m.status == MppStatus::Unconfirmed));
}
