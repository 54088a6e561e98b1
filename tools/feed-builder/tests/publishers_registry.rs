//! The publisher registry (`data/publishers.json`, issue 22 point 3): its
//! schema is a valid draft 2020-12 schema, the shipped registry passes it
//! (and names no publisher yet), each broken entry is refused with its
//! place; and the `publishers` binary exits 0 whatever the feeds do, but
//! not for a broken registry or a misused test switch.

mod support;

use std::fs;
use std::process::{Command, Output};

use feed_builder::fetch::FetchPolicy;
use feed_builder::registry::{self, read_seats, Seats};
use serde_json::{json, Value};
use support::{fixture, repo, Reply, Server, TempDir};

fn seats() -> Seats {
    read_seats(&repo().join("data")).unwrap()
}

fn entry() -> Value {
    json!({
        "regency_code": "72.05",
        "name": "Pemerintah Kabupaten Buol",
        "feed_url": "https://buolkab.go.id/mpp/mpp-publisher.json",
        "domain": "buolkab.go.id",
        "registered_on": "2026-03-01",
        "review": "test entry"
    })
}

/// The problems of a registry holding `entries`, under the real run's policy.
fn problems(entries: Vec<Value>) -> Vec<String> {
    let text = json!({ "registry_version": 1, "publishers": entries }).to_string();
    registry::parse(&text, &seats(), &FetchPolicy::default())
        .err()
        .unwrap_or_default()
}

/// The entry, changed by `edit`, is refused with a problem containing `expected`.
fn refused(edit: impl FnOnce(&mut Value), expected: &str) {
    let mut e = entry();
    edit(&mut e);
    let found = problems(vec![e]);
    assert!(
        found.iter().any(|p| p.contains(expected)),
        "expected a problem containing {expected:?}, got {found:?}"
    );
}

#[test]
fn the_registry_schema_is_a_valid_draft_2020_12_schema_and_the_builders_copy() {
    let text = fs::read_to_string(repo().join(registry::SCHEMA_PATH)).unwrap();
    assert!(
        text == registry::SCHEMA_JSON,
        "the builder's copy is stale: rebuild"
    );
    let schema: Value = serde_json::from_str(&text).unwrap();
    if let Err(e) = jsonschema::draft202012::meta::validate(&schema) {
        panic!("not a valid draft 2020-12 schema: {e}");
    }
}

#[test]
fn the_shipped_registry_loads_and_names_no_publisher_yet() {
    let path = repo().join("data").join(registry::REGISTRY_FILE);
    let loaded = registry::load(&path, &seats(), &FetchPolicy::default()).unwrap();
    assert_eq!(loaded.registry_version, 1);
    // No regency has published a feed yet: an entry here must be a real,
    // reviewed registration (docs/publishers.en.md), never a test's.
    assert!(loaded.publishers.is_empty());
}

#[test]
fn a_good_entry_passes() {
    assert_eq!(problems(vec![entry()]), Vec::<String>::new());
}

#[test]
fn each_broken_entry_is_refused_at_its_place() {
    for (field, value, expected) in [
        (
            "domain",
            "buolkab.com",
            "/publishers/0/domain: buolkab.com is not a go.id domain",
        ),
        ("domain", "127.0.0.1", "127.0.0.1 is not a go.id domain"),
        (
            "feed_url",
            "http://buolkab.go.id/mpp.json",
            "/publishers/0/feed_url: http://buolkab.go.id/mpp.json: only https is fetched",
        ),
        (
            "feed_url",
            "https://buol.example.com/mpp.json",
            "not the registered domain buolkab.go.id",
        ),
        (
            "regency_code",
            "99.01",
            "99.01 has no MPP in mpp_sources.csv",
        ),
        (
            "registered_on",
            "2026-02-30",
            "2026-02-30 is not a real date",
        ),
        ("name", "<b>Buol</b>", "/publishers/0/name"),
    ] {
        refused(|e| e[field] = value.into(), expected);
    }
    refused(|e| e["extra"] = true.into(), "extra");
    refused(
        |e| drop(e.as_object_mut().unwrap().remove("review")),
        "review",
    );
    let twice = problems(vec![entry(), entry()]);
    assert!(
        twice
            .iter()
            .any(|p| p.contains("/publishers/1/regency_code: 72.05 is already registered")),
        "{twice:?}"
    );
    let wrong_version = json!({ "registry_version": 2, "publishers": [] }).to_string();
    assert!(registry::parse(&wrong_version, &seats(), &FetchPolicy::default()).is_err());
}

// ---------------------------------------------------------------- the binary

/// A data directory with the seats and a registry of `entries`.
fn data_dir(name: &str, entries: Vec<Value>) -> TempDir {
    let dir = TempDir::new(name);
    fs::copy(
        repo().join("data/mpp_sources.csv"),
        dir.path().join("mpp_sources.csv"),
    )
    .unwrap();
    let registry = json!({ "registry_version": 1, "publishers": entries });
    fs::write(
        dir.path().join(registry::REGISTRY_FILE),
        registry.to_string(),
    )
    .unwrap();
    dir
}

fn publishers(dir: &TempDir, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_publishers"))
        .arg(dir.path())
        .args(extra)
        .output()
        .unwrap()
}

fn loopback_entry(feed_url: &str) -> Value {
    let mut e = entry();
    e["feed_url"] = feed_url.into();
    e["domain"] = "127.0.0.1".into();
    e
}

#[test]
fn the_binary_exits_0_with_a_report_whether_the_feed_is_good_or_broken() {
    let server = Server::start();
    server.route("/good.json", Reply::ok(fixture("buol-test.json")));
    let dir = data_dir("bin-good", vec![loopback_entry(&server.url("/good.json"))]);
    let out = publishers(&dir, &["--test-allow-loopback-http"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("TEST RUN")
            && stdout.contains("72.05 Pemerintah Kabupaten Buol: fetched, new"),
        "{stdout}"
    );
    assert!(dir.path().join("publishers/72.05.json").exists());

    let broken = data_dir(
        "bin-broken",
        vec![loopback_entry(&server.url("/missing.json"))],
    );
    let out = publishers(&broken, &["--test-allow-loopback-http"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "a broken feed broke the step: {stdout}"
    );
    assert!(
        stdout.contains("refused, no copy stored") && stdout.contains("HTTP 404"),
        "{stdout}"
    );
}

#[test]
fn the_binary_refuses_a_broken_registry_with_its_problems() {
    let mut e = entry();
    e["domain"] = "buolkab.com".into();
    let dir = data_dir("bin-registry", vec![e]);
    let out = publishers(&dir, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("is refused, 1 problem(s)")
            && stderr.contains("buolkab.com is not a go.id domain"),
        "{stderr}"
    );
}

#[test]
fn without_the_switch_a_loopback_registry_is_refused_and_with_it_a_real_one_is() {
    let loopback = data_dir(
        "bin-no-switch",
        vec![loopback_entry("http://127.0.0.1:9/feed.json")],
    );
    let out = publishers(&loopback, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("127.0.0.1 is not a go.id domain"));

    let real = data_dir("bin-misused-switch", vec![entry()]);
    let out = publishers(&real, &["--test-allow-loopback-http"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("is for tests only") && stderr.contains("buolkab.go.id"),
        "{stderr}"
    );
    assert!(
        !real.path().join("publishers").exists(),
        "the misused switch fetched anyway"
    );
}
