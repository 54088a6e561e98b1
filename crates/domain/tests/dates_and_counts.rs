//! Partial dates, honest counts, list order and link safety.

use domain::{
    dates::{format_date_id, is_partial_date},
    is_safe_link, parse_feed,
    summary::sort_for_list,
    FeedSummary,
};

const SMALL_FEED: &str = include_str!("../../../tests/fixtures/small-feed.json");

#[test]
fn dates_read_as_indonesians_write_them() {
    assert_eq!(format_date_id("2025-12-15"), "15 Desember 2025");
    assert_eq!(format_date_id("2022-05"), "Mei 2022");
    assert_eq!(format_date_id("2018"), "2018");
    assert_eq!(format_date_id("2024-02-29"), "29 Februari 2024");
    // Unreadable dates are shown as they are, never dropped or guessed.
    assert_eq!(format_date_id("awal 2022"), "awal 2022");
}

#[test]
fn partial_dates_are_validated() {
    for ok in ["2025", "2025-12", "2025-12-15", "2024-02-29"] {
        assert!(is_partial_date(ok), "{ok}");
    }
    for bad in [
        "",
        "25",
        "2025-1",
        "2025-12-1",
        "2023-02-29",
        "2025-00",
        "2025-12-15T00:00",
        "1850",
    ] {
        assert!(!is_partial_date(bad), "{bad}");
    }
}

#[test]
fn unconfirmed_mpps_are_listed_but_never_counted_as_confirmed() {
    let parsed = parse_feed(SMALL_FEED).unwrap();
    let summary = FeedSummary::of(&parsed.mpps);
    assert_eq!(summary.listed, 4);
    assert_eq!(summary.new, 1);
    assert_eq!(summary.confirmed, 3, "two confirmed plus the new one");
    assert_eq!(summary.unconfirmed, 1);
    assert_eq!(summary.without_location, 1);
}

#[test]
fn new_mpps_come_first_then_west_to_east() {
    let mut mpps = parse_feed(SMALL_FEED).unwrap().mpps;
    sort_for_list(&mut mpps);
    let order: Vec<&str> = mpps.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(order, ["63.11", "11.01", "31", "72.71"]);
}

#[test]
fn only_http_links_are_links() {
    assert!(is_safe_link("https://menpan.go.id/site/berita"));
    assert!(is_safe_link("HTTP://example.org"));
    assert!(!is_safe_link("javascript:alert(1)"));
    assert!(!is_safe_link(" JavaScript:alert(1)"));
    assert!(!is_safe_link("data:text/html,<script>alert(1)</script>"));
    assert!(!is_safe_link("pelayanan.jakarta.go.id"));
    assert!(!is_safe_link(""));
}
