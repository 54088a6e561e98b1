//! Which feed a page reads: `?feed=` accepts this site's own paths and the
//! deployer's feed origin, nothing else (no `//host`, no other scheme).

use domain::feed_source::{
    check_feed_ref, choose_feed, origin_of, FeedChoice, FeedRef, BUILT_IN_FEED,
};

const PAGE: &str = "https://peta-mpp.example";

fn check(raw: &str) -> FeedRef {
    check_feed_ref(raw, PAGE, &[])
}

fn same(url: &str) -> FeedRef {
    FeedRef::SameOrigin(url.to_owned())
}

fn absolute(url: &str) -> FeedRef {
    FeedRef::Absolute(url.to_owned())
}

#[test]
fn paths_on_this_site_are_read_as_given() {
    for path in [
        "data/mpp.json",
        "/data/mpp.json",
        "./data/mpp.json",
        "../data/mpp.json",
        "/data/mpp.json?x=1",
        "mpp.json#top",
        "?v=2",
        "/data/a:b.json",
        "data\\mpp.json",
        "1x:y.json",
    ] {
        assert_eq!(check(path), same(path), "{path}");
    }
}

#[test]
fn spaces_tabs_and_newlines_are_dropped_as_a_browser_does() {
    assert_eq!(check("  /data/mpp.json \n"), same("/data/mpp.json"));
    assert_eq!(check("/data/\tmpp\n.json"), same("/data/mpp.json"));
    assert_eq!(check("\u{0}/x.json\u{1f}"), same("/x.json"));
    assert_eq!(check(""), FeedRef::Absent);
    assert_eq!(check("  \t\n "), FeedRef::Absent);
    // Hidden in whitespace, a host or a scheme is still one.
    assert_eq!(check(" //evil.example/x.json"), FeedRef::Refused);
    assert_eq!(check("/\n/evil.example/x.json"), FeedRef::Refused);
    assert_eq!(check("java\tscript:alert(1)"), FeedRef::Refused);
    assert_eq!(check("\njavascript:alert(1)"), FeedRef::Refused);
}

#[test]
fn a_host_after_two_slashes_of_any_kind_is_another_site() {
    for raw in [
        "//evil.example/x.json",
        "///evil.example/x.json",
        "/\\evil.example/x.json",
        "\\/evil.example/x.json",
        "\\\\evil.example/x.json",
        "//evil.example",
        "//peta-mpp.example@evil.example/x.json",
        "//evil.example%2f@peta-mpp.example/x.json",
    ] {
        assert_eq!(check(raw), FeedRef::Refused, "{raw}");
    }
    // The same host after two slashes is this site.
    assert_eq!(
        check("//peta-mpp.example/data/mpp.json"),
        absolute("https://peta-mpp.example/data/mpp.json")
    );
    assert_eq!(
        check("/\\PETA-MPP.example\\data/mpp.json"),
        absolute("https://peta-mpp.example/data/mpp.json")
    );
}

#[test]
fn other_schemes_are_refused_in_any_case() {
    for raw in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:application/json,{}",
        "DATA:application/json;base64,e30=",
        "blob:https://peta-mpp.example/5f0c",
        "file:///etc/passwd",
        "ftp://peta-mpp.example/mpp.json",
        "ws://peta-mpp.example/mpp.json",
        "C:\\feeds\\mpp.json",
        "vbscript:x",
    ] {
        assert_eq!(check(raw), FeedRef::Refused, "{raw}");
    }
}

#[test]
fn an_absolute_url_on_this_site_is_kept_in_a_checked_form() {
    assert_eq!(
        check("https://peta-mpp.example/data/mpp.json"),
        absolute("https://peta-mpp.example/data/mpp.json")
    );
    assert_eq!(
        check("HTTPS://Peta-MPP.Example:443/data/mpp.json?x=1"),
        absolute("https://peta-mpp.example/data/mpp.json?x=1")
    );
    assert_eq!(
        check("https:\\\\peta-mpp.example\\data/mpp.json"),
        absolute("https://peta-mpp.example/data/mpp.json")
    );
    assert_eq!(
        check("https://peta-mpp.example"),
        absolute("https://peta-mpp.example/")
    );
    assert_eq!(
        check("https://peta-mpp.example?x"),
        absolute("https://peta-mpp.example/?x")
    );
    // Another scheme, port or host is another origin.
    for raw in [
        "http://peta-mpp.example/data/mpp.json",
        "https://peta-mpp.example:8443/data/mpp.json",
        "https://evil.example/data/mpp.json",
        "https://peta-mpp.example.evil.example/x.json",
        "https://peta-mpp.example@evil.example/x.json",
        "https://evil.example#@peta-mpp.example",
        "https://evil.example\\@peta-mpp.example/x.json",
        "https://peta-mpp%2eexample/x.json",
        "https:x.json",
        "https:/evil.example/x.json",
        "https://",
        "https://:443/x.json",
        "https://peta-mpp.example:99999/x.json",
    ] {
        assert_eq!(check(raw), FeedRef::Refused, "{raw}");
    }
}

#[test]
fn an_origin_the_deployer_named_is_allowed_and_only_that_one() {
    let allowed = ["https://data.example.go.id"];
    assert_eq!(
        check_feed_ref("https://data.example.go.id/feeds/mpp.json", PAGE, &allowed),
        absolute("https://data.example.go.id/feeds/mpp.json")
    );
    assert_eq!(
        check_feed_ref("//DATA.example.go.id/feeds/mpp.json", PAGE, &allowed),
        absolute("https://data.example.go.id/feeds/mpp.json")
    );
    for raw in [
        "http://data.example.go.id/feeds/mpp.json",
        "https://data.example.go.id:8443/feeds/mpp.json",
        "https://example.go.id/feeds/mpp.json",
        "https://evil.example/feeds/mpp.json",
    ] {
        assert_eq!(
            check_feed_ref(raw, PAGE, &allowed),
            FeedRef::Refused,
            "{raw}"
        );
    }
}

#[test]
fn origins_are_written_as_a_browser_writes_them() {
    assert_eq!(
        origin_of("https://Data.Example.go.id/x/y.json"),
        Some("https://data.example.go.id".into())
    );
    assert_eq!(
        origin_of("http://127.0.0.1:4173"),
        Some("http://127.0.0.1:4173".into())
    );
    assert_eq!(
        origin_of("http://localhost:80/"),
        Some("http://localhost".into())
    );
    assert_eq!(
        origin_of("https://[::1]:8443/x"),
        Some("https://[::1]:8443".into())
    );
    assert_eq!(origin_of("data/mpp.json"), None);
    assert_eq!(origin_of("/data/mpp.json"), None);
    assert_eq!(origin_of("javascript:alert(1)"), None);
    assert_eq!(origin_of("https://user@host.example/"), None);
}

#[test]
fn a_page_without_a_known_origin_reads_only_paths() {
    assert_eq!(
        check_feed_ref("/data/mpp.json", "", &[]),
        same("/data/mpp.json")
    );
    assert_eq!(
        check_feed_ref("//evil.example/x.json", "", &[]),
        FeedRef::Refused
    );
    assert_eq!(
        check_feed_ref("https://evil.example/x.json", "null", &[]),
        FeedRef::Refused
    );
}

fn choice(url: &str, default_url: &str, refused: bool) -> FeedChoice {
    FeedChoice {
        url: url.into(),
        default_url: default_url.into(),
        refused,
    }
}

#[test]
fn the_feed_is_the_link_s_then_the_deployer_s_then_the_built_in_one() {
    let meta = Some("data/mpp.json");
    assert_eq!(
        choose_feed(None, None, PAGE),
        choice(BUILT_IN_FEED, BUILT_IN_FEED, false)
    );
    assert_eq!(
        choose_feed(None, meta, PAGE),
        choice("data/mpp.json", "data/mpp.json", false)
    );
    assert_eq!(
        choose_feed(Some(""), meta, PAGE),
        choice("data/mpp.json", "data/mpp.json", false)
    );
    assert_eq!(
        choose_feed(Some("/data/mpp.json?x=1"), meta, PAGE),
        choice("/data/mpp.json?x=1", "data/mpp.json", false)
    );
    // A link to a feed this page does not read: the default, and a notice.
    for raw in [
        "//evil.example/x.json",
        "javascript:alert(1)",
        "data:application/json,{}",
        "https://evil.example/x.json",
    ] {
        assert_eq!(
            choose_feed(Some(raw), meta, PAGE),
            choice("data/mpp.json", "data/mpp.json", true),
            "{raw}"
        );
    }
}

#[test]
fn the_deployer_s_feed_origin_is_the_one_other_origin_a_link_may_name() {
    let meta = Some("https://data.example.go.id/mpp.json");
    assert_eq!(
        choose_feed(None, meta, PAGE),
        choice(
            "https://data.example.go.id/mpp.json",
            "https://data.example.go.id/mpp.json",
            false
        )
    );
    assert_eq!(
        choose_feed(Some("https://data.example.go.id/2025/mpp.json"), meta, PAGE),
        choice(
            "https://data.example.go.id/2025/mpp.json",
            "https://data.example.go.id/mpp.json",
            false
        )
    );
    assert_eq!(
        choose_feed(Some("https://other.example/mpp.json"), meta, PAGE),
        choice(
            "https://data.example.go.id/mpp.json",
            "https://data.example.go.id/mpp.json",
            true
        )
    );
    // A meta that is no feed URL at all is ignored: the built-in feed.
    assert_eq!(
        choose_feed(None, Some("javascript:alert(1)"), PAGE),
        choice(BUILT_IN_FEED, BUILT_IN_FEED, false)
    );
    assert_eq!(
        choose_feed(None, Some("  "), PAGE),
        choice(BUILT_IN_FEED, BUILT_IN_FEED, false)
    );
}
