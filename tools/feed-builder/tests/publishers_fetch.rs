//! The fetch step (`make publishers`, issue 22 point 3) against a loopback
//! server started here, with the test-only switch that allows plain http to
//! 127.0.0.1: a good feed is stored with its hash and time; every broken
//! case is refused with its reason, and a feed that breaks keeps its last
//! good copy untouched. No test touches the internet.

mod support;

use std::fs;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use feed_builder::feed_rules::rfc3339_utc;
use feed_builder::fetch::FetchPolicy;
use feed_builder::fetch_step::{self, stored_path, Outcome, StepReport, StoredCopy};
use feed_builder::registry::{read_seats, Publisher};
use serde_json::Value;
use sha2::{Digest, Sha256};
use support::{fixture, registry_of, repo, test_publisher, Reply, Server, TempDir};

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn good_feed() -> Value {
    serde_json::from_str(&fixture("buol-test.json")).unwrap()
}

/// The good feed, changed by `edit`.
fn edited(edit: impl FnOnce(&mut Value)) -> String {
    let mut feed = good_feed();
    edit(&mut feed);
    serde_json::to_string_pretty(&feed).unwrap()
}

/// One run of the step over `publishers` into `dir`.
fn run_with(publishers: Vec<Publisher>, dir: &TempDir, policy: &FetchPolicy) -> StepReport {
    let seats = read_seats(&repo().join("data")).unwrap();
    fetch_step::run(&registry_of(publishers), &seats, dir.path(), policy, now()).unwrap()
}

/// The outcome of serving `reply` at /feed.json to the test publisher.
fn outcome_of(reply: Reply, policy: &FetchPolicy) -> (Outcome, TempDir) {
    let server = Server::start();
    server.route("/feed.json", reply);
    let dir = TempDir::new("case");
    let report = run_with(
        vec![test_publisher(&server.url("/feed.json"))],
        &dir,
        policy,
    );
    (report.publishers[0].1.clone(), dir)
}

/// The case is refused, no copy stored, with a reason containing `expected`.
fn assert_refused(reply: Reply, policy: &FetchPolicy, expected: &str) {
    let (outcome, dir) = outcome_of(reply, policy);
    let Outcome::Refused { reason } = &outcome else {
        panic!("expected refused ({expected}), got {outcome:?}");
    };
    assert!(
        reason.iter().any(|r| r.contains(expected)),
        "expected a reason containing {expected:?}, got {reason:?}"
    );
    assert!(
        !stored_path(dir.path(), "72.05").exists(),
        "a refused feed was stored"
    );
}

fn test_policy() -> FetchPolicy {
    FetchPolicy::loopback_test()
}

#[test]
fn a_good_feed_is_stored_with_its_hash_and_fetch_time_and_unchanged_stays_as_it_was() {
    let body = fixture("buol-test.json");
    let server = Server::start();
    server.route("/feed.json", Reply::ok(body.clone()));
    let dir = TempDir::new("good");
    let publisher = test_publisher(&server.url("/feed.json"));
    let before = now();
    let report = run_with(vec![publisher.clone()], &dir, &test_policy());
    let sha256: String = Sha256::digest(body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(
        report.publishers[0].1,
        Outcome::Fetched {
            new: true,
            sha256: sha256.clone()
        }
    );
    let path = stored_path(dir.path(), "72.05");
    let stored_text = fs::read_to_string(&path).unwrap();
    let stored: StoredCopy = serde_json::from_str(&stored_text).unwrap();
    assert_eq!(stored.regency_code, "72.05");
    assert_eq!(stored.feed_url, publisher.feed_url);
    assert_eq!(stored.sha256, sha256);
    assert_eq!(stored.feed, good_feed());
    let fetched_at = feed_builder::feed_rules::unix_seconds(&stored.fetched_at).unwrap();
    assert!(
        (before..=now()).contains(&fetched_at),
        "{}",
        stored.fetched_at
    );
    assert_eq!(stored.fetched_at, rfc3339_utc(fetched_at));
    assert!(report.to_string().contains("fetched, new"), "{report}");

    // The same bytes again: reported unchanged, the copy byte for byte as it was.
    let again = run_with(vec![publisher], &dir, &test_policy());
    assert_eq!(
        again.publishers[0].1,
        Outcome::Fetched { new: false, sha256 }
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), stored_text);
    assert!(again.to_string().contains("fetched, unchanged"), "{again}");
}

#[test]
fn a_redirect_on_the_registered_host_is_followed() {
    let server = Server::start();
    server.route("/old.json", Reply::redirect("/feed.json"));
    server.route("/feed.json", Reply::ok(fixture("buol-test.json")));
    let dir = TempDir::new("redirect-ok");
    let report = run_with(
        vec![test_publisher(&server.url("/old.json"))],
        &dir,
        &test_policy(),
    );
    assert!(
        matches!(report.publishers[0].1, Outcome::Fetched { new: true, .. }),
        "{report}"
    );
}

#[test]
fn a_feed_on_another_host_is_refused() {
    let server = Server::start();
    server.route("/feed.json", Reply::ok(fixture("buol-test.json")));
    let dir = TempDir::new("wrong-host");
    let url = format!("http://localhost:{}/feed.json", server.port);
    let report = run_with(vec![test_publisher(&url)], &dir, &test_policy());
    let Outcome::Refused { reason } = &report.publishers[0].1 else {
        panic!("{report}");
    };
    assert!(
        reason[0].contains("not the registered domain 127.0.0.1"),
        "{reason:?}"
    );
}

#[test]
fn a_redirect_to_another_host_is_refused() {
    let elsewhere = "http://localhost:9/feed.json";
    assert_refused(
        Reply::redirect(elsewhere),
        &test_policy(),
        "redirected to http://localhost:9/feed.json: the host localhost is not the registered domain",
    );
}

#[test]
fn endless_redirects_stop_after_five() {
    assert_refused(
        Reply::redirect("/feed.json"),
        &test_policy(),
        "more than 5 redirects",
    );
}

#[test]
fn a_body_over_1_mb_is_refused_whether_or_not_its_length_is_declared() {
    let five_mb = vec![b' '; 5_000_000];
    let undeclared = Reply {
        declare_length: false,
        ..Reply::ok(five_mb.clone())
    };
    assert_refused(
        undeclared,
        &test_policy(),
        "stopped reading (the limit is 1 MB)",
    );
    assert_refused(
        Reply::ok(five_mb),
        &test_policy(),
        "stopped reading (the limit is 1 MB)",
    );
}

#[test]
fn a_response_slower_than_the_timeout_is_refused_at_the_timeout() {
    let policy = FetchPolicy {
        timeout: Duration::from_secs(1),
        ..test_policy()
    };
    assert_eq!(FetchPolicy::default().timeout, Duration::from_secs(10));
    let slow = Reply {
        delay: Duration::from_secs(4),
        ..Reply::ok(fixture("buol-test.json"))
    };
    let started = Instant::now();
    assert_refused(slow, &policy, "no complete answer within 1 s");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn invalid_json_is_refused() {
    assert_refused(
        Reply::ok(fixture("truncated.json")),
        &test_policy(),
        "not valid JSON",
    );
}

#[test]
fn a_schema_violation_is_refused_at_its_place() {
    let body = edited(|f| f["mpps"][0]["hours"]["timezone"] = "WITA".into());
    assert_refused(Reply::ok(body), &test_policy(), "/mpps/0/hours/timezone");
}

#[test]
fn markup_in_a_string_is_refused() {
    let body = edited(|f| f["mpps"][0]["name"] = "MPP Buol<script>alert(1)</script>".into());
    assert_refused(Reply::ok(body), &test_policy(), "/mpps/0/name");
}

#[test]
fn a_point_300_km_from_the_regency_seat_is_refused() {
    // Buol's seat is 1.15631, 121.43805; 2.7 degrees of latitude is ~300 km.
    let body = edited(|f| f["mpps"][0]["location"]["latitude"] = (1.15631 - 2.7).into());
    assert_refused(
        Reply::ok(body),
        &test_policy(),
        "300 km from the seat of 72.05",
    );
}

#[test]
fn a_future_published_at_is_refused() {
    let body = edited(|f| f["published_at"] = "2099-01-01T09:00:00+08:00".into());
    assert_refused(Reply::ok(body), &test_policy(), "is in the future");
}

#[test]
fn a_publisher_speaking_for_another_regency_is_refused() {
    // Consistent inside (publisher and record both 72.06), so only the
    // registry can tell: this address is registered for 72.05.
    let body = edited(|f| {
        f["publisher"]["regency_code"] = "72.06".into();
        f["mpps"][0]["regency_code"] = "72.06".into();
    });
    assert_refused(
        Reply::ok(body),
        &test_policy(),
        "72.06 is another regency's MPP",
    );
    // Its own publisher code, another regency's record.
    let body = edited(|f| f["mpps"][0]["regency_code"] = "72.06".into());
    assert_refused(Reply::ok(body), &test_policy(), "/mpps/0/regency_code");
}

#[test]
fn plain_http_is_refused_without_the_test_switch() {
    assert_refused(
        Reply::ok(fixture("buol-test.json")),
        &FetchPolicy::default(),
        "only https is fetched",
    );
}

#[test]
fn a_feed_that_breaks_keeps_its_last_good_copy_and_says_why() {
    let server = Server::start();
    server.route("/feed.json", Reply::ok(fixture("buol-test.json")));
    let dir = TempDir::new("breaks");
    let publisher = test_publisher(&server.url("/feed.json"));
    run_with(vec![publisher.clone()], &dir, &test_policy());
    let path = stored_path(dir.path(), "72.05");
    let good = fs::read_to_string(&path).unwrap();
    let fetched_at = serde_json::from_str::<StoredCopy>(&good)
        .unwrap()
        .fetched_at;

    server.route("/feed.json", Reply::ok(fixture("truncated.json")));
    let report = run_with(vec![publisher], &dir, &test_policy());
    let Outcome::KeptLastGood {
        fetched_at: kept,
        reason,
    } = &report.publishers[0].1
    else {
        panic!("{report}");
    };
    assert_eq!(kept, &fetched_at);
    assert!(reason[0].contains("not valid JSON"), "{reason:?}");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        good,
        "the last good copy changed"
    );
    let printed = report.to_string();
    assert!(
        printed.contains(&format!(
            "kept the last good copy (publishers/72.05.json, fetched {fetched_at})"
        )) && printed.contains("not valid JSON"),
        "{printed}"
    );
}

#[test]
fn a_publisher_taken_off_the_registry_has_its_copy_removed() {
    let dir = TempDir::new("removed");
    let path = stored_path(dir.path(), "73.71");
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, "{}").unwrap();
    let report = run_with(vec![], &dir, &test_policy());
    assert_eq!(report.removed, vec!["73.71".to_string()]);
    assert!(!path.exists());
    assert!(report
        .to_string()
        .contains("73.71: no longer registered, publishers/73.71.json removed"));
}

#[test]
fn an_https_address_goes_through_tls_and_a_server_without_it_is_refused() {
    // A loopback port that reads the first byte and hangs up: the client
    // sent a TLS handshake record (0x16), which proves the https path runs
    // (rustls and its crypto provider set up) without the internet.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (first_byte, received) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        if let Some(Ok(mut stream)) = listener.incoming().next() {
            let mut byte = [0u8; 1];
            let _ = std::io::Read::read_exact(&mut stream, &mut byte);
            let _ = first_byte.send(byte[0]);
        }
    });
    let url = format!("https://127.0.0.1:{port}/feed.json");
    let dir = TempDir::new("tls");
    let report = run_with(vec![test_publisher(&url)], &dir, &test_policy());
    let Outcome::Refused { reason } = &report.publishers[0].1 else {
        panic!("{report}");
    };
    assert!(reason[0].starts_with("fetch failed"), "{reason:?}");
    assert_eq!(received.recv_timeout(Duration::from_secs(1)), Ok(0x16));
}
