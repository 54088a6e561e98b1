//! The publisher feed format (issue 22, point 1): the schema is a valid
//! draft 2020-12 schema, the documented example passes it and the rules,
//! and each broken case is refused at the place it is broken.

use std::{fs, path::PathBuf};

use feed_builder::publisher::{self, Problem};
use serde_json::{json, Value};

const EXAMPLE: &str = "docs/examples/mpp-publisher-1.0.example.json";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn schema() -> Value {
    serde_json::from_str(&read(publisher::SCHEMA_PATH)).unwrap()
}

fn example() -> Value {
    serde_json::from_str(&read(EXAMPLE)).unwrap()
}

fn problems(doc: &Value) -> Vec<Problem> {
    publisher::check(&doc.to_string()).err().unwrap_or_default()
}

/// The example, changed by `edit`, is refused, and every problem is at
/// `path` or inside it: the edit alone broke it.
fn refused_at(edit: impl FnOnce(&mut Value), path: &str) -> Vec<Problem> {
    let mut doc = example();
    edit(&mut doc);
    let found = problems(&doc);
    assert!(!found.is_empty(), "accepted, expected a problem at {path}");
    for p in &found {
        assert!(
            p.path == path || p.path.starts_with(&format!("{path}/")),
            "expected problems at {path} only, got: {p}"
        );
    }
    found
}

fn mpp(doc: &mut Value) -> &mut Value {
    &mut doc["mpps"][0]
}

// ---------------------------------------------------------------- the schema

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        json!("https://json-schema.org/draft/2020-12/schema")
    );
    if let Err(e) = jsonschema::draft202012::meta::validate(&schema) {
        panic!(
            "not a valid draft 2020-12 schema: {e} at {}",
            e.instance_path()
        );
    }
    // The file in the repository is the one compiled into the builder.
    assert!(
        read(publisher::SCHEMA_PATH) == publisher::SCHEMA_JSON,
        "the builder's copy of the schema is stale: rebuild"
    );
}

#[test]
fn the_schema_names_its_version_in_its_id_its_file_and_its_const() {
    let schema = schema();
    let version = publisher::SCHEMA_VERSION;
    let file = format!("mpp-publisher-{version}.schema.json");
    assert!(publisher::SCHEMA_PATH.ends_with(&file));
    let id = schema["$id"].as_str().unwrap();
    assert!(id.starts_with("https://") && id.ends_with(&file), "{id}");
    assert_eq!(
        schema["properties"]["schema_version"]["const"],
        json!(version)
    );
    assert_eq!(example()["schema_version"], json!(version));
    assert_eq!(example()["$schema"], json!(id));
}

/// Walks every subschema: each string is bounded and constrained, each
/// array bounded, each object closed to unknown fields.
fn walk_schema(node: &Value, at: &str, found: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            if map.get("type") == Some(&json!("string"))
                && !(map.contains_key("maxLength") && map.contains_key("pattern"))
            {
                found.push(format!("{at}: a string without maxLength and pattern"));
            }
            if map.get("type") == Some(&json!("array")) && !map.contains_key("maxItems") {
                found.push(format!("{at}: an array without maxItems"));
            }
            if map.contains_key("properties")
                && !at.ends_with("/weekly")
                && map.get("additionalProperties") != Some(&json!(false))
                && map.get("unevaluatedProperties") != Some(&json!(false))
            {
                found.push(format!("{at}: an object open to unknown fields"));
            }
            for (k, v) in map {
                walk_schema(v, &format!("{at}/{k}"), found);
            }
        }
        Value::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                walk_schema(v, &format!("{at}/{i}"), found);
            }
        }
        _ => {}
    }
}

#[test]
fn every_string_and_array_is_bounded_and_every_object_closed() {
    let mut found = Vec::new();
    walk_schema(&schema(), "", &mut found);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

// ------------------------------------------------------------- the example

#[test]
fn the_documented_example_passes_the_schema_and_the_rules() {
    let doc = example();
    let schema_problems = publisher::schema_problems(&doc);
    assert!(schema_problems.is_empty(), "{schema_problems:#?}");
    let rule_problems = publisher::rule_problems(&doc);
    assert!(rule_problems.is_empty(), "{rule_problems:#?}");
    assert!(publisher::check(&read(EXAMPLE)).is_ok());
}

#[test]
fn the_example_is_complete_and_plainly_a_sample() {
    let doc = example();
    let m = &doc["mpps"][0];
    for part in [
        "address", "location", "hours", "agencies", "services", "contact", "online",
    ] {
        assert!(m[part]["checked_on"].is_string(), "example lacks {part}");
    }
    let exceptions = m["hours"]["exceptions"].as_array().unwrap();
    assert!(exceptions.iter().any(|e| e["closed"] == json!(true)));
    assert!(exceptions.iter().any(|e| e["intervals"].is_array()));
    let agencies = m["agencies"]["items"].as_array().unwrap();
    assert!(agencies.iter().any(|a| a["hours"]["regular"].is_array()));
    assert!(agencies
        .iter()
        .any(|a| a["hours"]["opening_hours"].is_string()));
    // No real regency, domain or number: code 99 is no province, and every
    // link is on example.go.id (or a platform's "example" account).
    assert!(doc["publisher"]["regency_code"]
        .as_str()
        .unwrap()
        .starts_with("99"));
    let text = doc.to_string();
    for url in text.split('"').filter(|s| s.starts_with("https://")) {
        assert!(
            url.contains("example.go.id")
                || url.contains("peta-mpp.example")
                || url.ends_with("/example"),
            "{url}"
        );
    }
    assert!(text.contains("+62-000-0000-000"));
}

/// Every string value of the example, as (pointer, value).
fn strings(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(s) => out.push((at.to_string(), s.clone())),
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| strings(v, &format!("{at}/{k}"), out)),
        Value::Array(list) => list
            .iter()
            .enumerate()
            .for_each(|(i, v)| strings(v, &format!("{at}/{i}"), out)),
        _ => {}
    }
}

#[test]
fn markup_is_refused_in_every_string_of_the_example() {
    let mut all = Vec::new();
    strings(&example(), "", &mut all);
    assert!(all.len() > 50);
    for (at, value) in all {
        for markup in [
            format!("<b>{value}</b>"),
            format!("{value} <script>alert(1)</script>"),
            format!("{value}>"),
        ] {
            let mut doc = example();
            *doc.pointer_mut(&at).unwrap() = json!(markup);
            assert!(!problems(&doc).is_empty(), "{at} accepts {markup}");
        }
    }
}

#[test]
fn a_too_long_value_is_refused_in_every_string_of_the_example() {
    let mut all = Vec::new();
    strings(&example(), "", &mut all);
    for (at, value) in all {
        let mut doc = example();
        *doc.pointer_mut(&at).unwrap() = json!(format!("{value}{}", "a".repeat(501)));
        assert!(
            !problems(&doc).is_empty(),
            "{at} accepts 501 more characters"
        );
    }
}

#[test]
fn every_link_of_the_example_refuses_plain_http() {
    let mut all = Vec::new();
    strings(&example(), "", &mut all);
    let links: Vec<_> = all
        .iter()
        .filter(|(_, v)| v.starts_with("https://"))
        .collect();
    assert!(links.len() >= 5);
    for (at, value) in links {
        let mut doc = example();
        *doc.pointer_mut(at).unwrap() = json!(value.replacen("https://", "http://", 1));
        assert!(!problems(&doc).is_empty(), "{at} accepts http");
    }
}

// ------------------------------------------------- broken cases, one each

#[test]
fn http_link() {
    refused_at(
        |d| mpp(d)["online"]["booking"][0]["url"] = json!("http://antrian.example.go.id/mpp"),
        "/mpps/0/online/booking/0/url",
    );
}

#[test]
fn javascript_link() {
    refused_at(
        |d| mpp(d)["contact"]["website"] = json!("javascript:alert(1)"),
        "/mpps/0/contact/website",
    );
}

#[test]
fn markup_in_text() {
    refused_at(
        |d| mpp(d)["name"] = json!("MPP <img src=x onerror=alert(1)>"),
        "/mpps/0/name",
    );
}

#[test]
fn a_line_break_in_text() {
    refused_at(
        |d| mpp(d)["address"]["address_1"] = json!("Jalan Contoh\nNo. 1"),
        "/mpps/0/address/address_1",
    );
}

#[test]
fn too_long_text() {
    refused_at(|d| mpp(d)["name"] = json!("M".repeat(201)), "/mpps/0/name");
    refused_at(
        |d| mpp(d)["hours"]["notes"] = json!("n".repeat(501)),
        "/mpps/0/hours/notes",
    );
}

#[test]
fn empty_text() {
    refused_at(|d| d["publisher"]["name"] = json!(""), "/publisher/name");
}

#[test]
fn too_many_items() {
    refused_at(
        |d| {
            let phone = mpp(d)["contact"]["phones"][0].clone();
            mpp(d)["contact"]["phones"] = json!(vec![phone; 6]);
        },
        "/mpps/0/contact/phones",
    );
}

#[test]
fn a_long_list_of_services_fits_and_a_longer_one_does_not() {
    // The researched data counts up to 1,418 services at one MPP.
    let services = |n: usize| {
        json!((0..n)
            .map(|i| json!({ "name": format!("Layanan {i}") }))
            .collect::<Vec<_>>())
    };
    let mut doc = example();
    mpp(&mut doc)["services"]["items"] = services(1500);
    assert!(problems(&doc).is_empty(), "{:?}", problems(&doc));
    let found = refused_at(
        |d| mpp(d)["services"]["items"] = services(2001),
        "/mpps/0/services/items",
    );
    // A message quotes the value, shortened: never the whole list.
    assert!(
        found.iter().all(|p| p.message.chars().count() <= 301),
        "{}",
        found[0].message.len()
    );
}

#[test]
fn unknown_field() {
    refused_at(|d| mpp(d)["rating"] = json!("5"), "/mpps/0");
    refused_at(
        |d| mpp(d)["hours"]["regular"][0]["remark"] = json!("x"),
        "/mpps/0/hours/regular/0",
    );
    refused_at(
        |d| mpp(d)["hours"]["open_24h"] = json!(true),
        "/mpps/0/hours",
    );
    refused_at(
        |d| mpp(d)["agencies"]["items"][2]["hours"]["note"] = json!("x"),
        "/mpps/0/agencies/items/2/hours",
    );
    refused_at(|d| d["generator"] = json!("x"), "");
}

#[test]
fn bad_time() {
    refused_at(
        |d| mpp(d)["hours"]["regular"][0]["closes_at"] = json!("25:00"),
        "/mpps/0/hours/regular/0/closes_at",
    );
    refused_at(
        |d| mpp(d)["hours"]["regular"][0]["opens_at"] = json!("8.00"),
        "/mpps/0/hours/regular/0/opens_at",
    );
}

#[test]
fn closes_before_opens() {
    let found = refused_at(
        |d| mpp(d)["hours"]["regular"][0]["closes_at"] = json!("07:30"),
        "/mpps/0/hours/regular/0/closes_at",
    );
    assert!(found[0].message.contains("before it opens"), "{found:?}");
    refused_at(
        |d| mpp(d)["hours"]["exceptions"][0]["intervals"][1]["closes_at"] = json!("08:00"),
        "/mpps/0/hours/exceptions/0/intervals/1/closes_at",
    );
}

#[test]
fn overlapping_intervals_on_a_day() {
    let found = refused_at(
        |d| mpp(d)["hours"]["regular"][1]["opens_at"] = json!("11:00"),
        "/mpps/0/hours/regular/1",
    );
    assert!(
        found[0].message.contains("overlaps interval 0 on MO"),
        "{found:?}"
    );
}

#[test]
fn an_offset_that_is_not_the_timezone() {
    // HSDS's form with the offset is accepted when it is the hours' zone …
    let mut doc = example();
    mpp(&mut doc)["hours"]["regular"][0]["opens_at"] = json!("08:00+08:00");
    assert!(problems(&doc).is_empty(), "{:?}", problems(&doc));
    // … and refused when it is another.
    refused_at(
        |d| mpp(d)["hours"]["regular"][0]["opens_at"] = json!("08:00+07:00"),
        "/mpps/0/hours/regular/0/opens_at",
    );
}

#[test]
fn bad_date() {
    refused_at(
        |d| mpp(d)["address"]["checked_on"] = json!("2026-13-01"),
        "/mpps/0/address/checked_on",
    );
    refused_at(
        |d| mpp(d)["address"]["checked_on"] = json!("09/02/2026"),
        "/mpps/0/address/checked_on",
    );
    // The shape is right; the day does not exist.
    refused_at(
        |d| mpp(d)["hours"]["exceptions"][1]["valid_to"] = json!("2026-02-30"),
        "/mpps/0/hours/exceptions/1/valid_to",
    );
    refused_at(|d| d["published_at"] = json!("2026-02-10"), "/published_at");
    refused_at(
        |d| d["published_at"] = json!("2026-02-31T09:00:00+08:00"),
        "/published_at",
    );
}

#[test]
fn an_exception_that_ends_before_it_starts() {
    refused_at(
        |d| mpp(d)["hours"]["exceptions"][1]["valid_to"] = json!("2026-03-01"),
        "/mpps/0/hours/exceptions/1/valid_to",
    );
}

#[test]
fn exceptions_that_partly_overlap() {
    let found = refused_at(
        |d| mpp(d)["hours"]["exceptions"][1]["valid_from"] = json!("2026-03-10"),
        "/mpps/0/hours/exceptions/1",
    );
    assert!(
        found[0].message.contains("partly overlaps exception 0"),
        "{found:?}"
    );
}

#[test]
fn an_exception_inside_another_is_allowed() {
    // A closure on one day of Ramadan's hours: the shorter one holds that day.
    let mut doc = example();
    mpp(&mut doc)["hours"]["exceptions"][2]["valid_from"] = json!("2026-03-02");
    mpp(&mut doc)["hours"]["exceptions"][2]["valid_to"] = json!("2026-03-02");
    assert!(problems(&doc).is_empty(), "{:?}", problems(&doc));
}

#[test]
fn an_exception_both_closed_and_open_or_neither() {
    refused_at(
        |d| {
            mpp(d)["hours"]["exceptions"][1]["intervals"] =
                json!([{ "opens_at": "08:00", "closes_at": "12:00" }])
        },
        "/mpps/0/hours/exceptions/1",
    );
    refused_at(
        |d| {
            mpp(d)["hours"]["exceptions"][1]
                .as_object_mut()
                .unwrap()
                .remove("closed");
        },
        "/mpps/0/hours/exceptions/1",
    );
    refused_at(
        |d| mpp(d)["hours"]["exceptions"][1]["closed"] = json!(false),
        "/mpps/0/hours/exceptions/1",
    );
}

#[test]
fn bad_regency_code_shape() {
    for code in ["9901", "99.1", "99.01.01", "", "Kabupaten Contoh"] {
        refused_at(|d| d["publisher"]["regency_code"] = json!(code), "");
    }
    refused_at(
        |d| {
            d["publisher"]["regency_code"] = json!("9901");
            mpp(d)["regency_code"] = json!("9901");
        },
        "",
    );
}

#[test]
fn a_province_code_is_a_valid_shape() {
    // DKI Jakarta publishes for its province-level MPP, code 31.
    let mut doc = example();
    doc["publisher"]["regency_code"] = json!("31");
    mpp(&mut doc)["regency_code"] = json!("31");
    mpp(&mut doc)["hours"]["timezone"] = json!(7);
    assert!(problems(&doc).is_empty(), "{:?}", problems(&doc));
}

#[test]
fn an_mpp_of_another_regency() {
    let found = refused_at(
        |d| mpp(d)["regency_code"] = json!("72.08"),
        "/mpps/0/regency_code",
    );
    assert!(found[0].message.contains("own MPP"), "{found:?}");
}

#[test]
fn two_records_for_one_mpp() {
    refused_at(
        |d| {
            let again = d["mpps"][0].clone();
            d["mpps"].as_array_mut().unwrap().push(again);
        },
        "/mpps/1/regency_code",
    );
}

#[test]
fn missing_publisher() {
    let found = refused_at(
        |d| {
            d.as_object_mut().unwrap().remove("publisher");
        },
        "",
    );
    assert!(
        found.iter().any(|p| p.message.contains("publisher")),
        "{found:?}"
    );
}

#[test]
fn missing_published_at_or_version_or_mpps() {
    for key in ["published_at", "schema_version", "mpps"] {
        let found = refused_at(
            |d| {
                d.as_object_mut().unwrap().remove(key);
            },
            "",
        );
        assert!(
            found.iter().any(|p| p.message.contains(key)),
            "{key}: {found:?}"
        );
    }
    refused_at(|d| d["mpps"] = json!([]), "/mpps");
}

#[test]
fn a_publisher_contact_with_no_way_to_reach_it() {
    refused_at(
        |d| {
            let contact = d["publisher"]["contact"].as_object_mut().unwrap();
            contact.remove("email");
            contact.remove("phone");
        },
        "/publisher/contact",
    );
}

#[test]
fn missing_checked_on() {
    for part in [
        "address", "location", "hours", "agencies", "services", "contact", "online",
    ] {
        let found = refused_at(
            |d| {
                mpp(d)[part].as_object_mut().unwrap().remove("checked_on");
            },
            &format!("/mpps/0/{part}"),
        );
        assert!(
            found.iter().any(|p| p.message.contains("checked_on")),
            "{part}: {found:?}"
        );
    }
}

#[test]
fn checked_on_after_published_at() {
    let found = refused_at(
        |d| mpp(d)["services"]["checked_on"] = json!("2026-02-11"),
        "/mpps/0/services/checked_on",
    );
    assert!(
        found[0].message.contains("after the file was published"),
        "{found:?}"
    );
    // The same day is fine.
    let mut doc = example();
    mpp(&mut doc)["services"]["checked_on"] = json!("2026-02-10");
    assert!(problems(&doc).is_empty());
}

#[test]
fn coordinates_outside_indonesia() {
    refused_at(
        |d| mpp(d)["location"]["latitude"] = json!(48.85),
        "/mpps/0/location/latitude",
    );
    refused_at(
        |d| mpp(d)["location"]["longitude"] = json!(2.35),
        "/mpps/0/location/longitude",
    );
    refused_at(
        |d| mpp(d)["location"]["latitude"] = json!("-2.5"),
        "/mpps/0/location/latitude",
    );
}

#[test]
fn a_point_that_does_not_say_what_it_marks() {
    refused_at(
        |d| mpp(d)["location"]["marks"] = json!("regency_seat"),
        "/mpps/0/location/marks",
    );
}

#[test]
fn bad_weekday() {
    for byday in ["Mon", "MO,", "MO TU", "SENIN", ""] {
        refused_at(
            |d| mpp(d)["hours"]["regular"][0]["byday"] = json!(byday),
            "/mpps/0/hours/regular/0/byday",
        );
    }
}

#[test]
fn bad_timezone() {
    refused_at(
        |d| mpp(d)["hours"]["timezone"] = json!("WITA"),
        "/mpps/0/hours/timezone",
    );
    refused_at(
        |d| mpp(d)["hours"]["timezone"] = json!(10),
        "/mpps/0/hours/timezone",
    );
}

#[test]
fn bad_phone_and_email() {
    refused_at(
        |d| mpp(d)["contact"]["phones"][0]["number"] = json!("0000-0000-000"),
        "/mpps/0/contact/phones/0/number",
    );
    refused_at(
        |d| mpp(d)["contact"]["email"] = json!("mpp at example.go.id"),
        "/mpps/0/contact/email",
    );
}

#[test]
fn wrong_schema_version() {
    refused_at(|d| d["schema_version"] = json!("2.0"), "/schema_version");
    refused_at(|d| d["schema_version"] = json!(1.0), "/schema_version");
}

#[test]
fn a_service_of_an_agency_not_listed() {
    refused_at(
        |d| mpp(d)["services"]["items"][0]["agency"] = json!("Dinas Lain"),
        "/mpps/0/services/items/0/agency",
    );
}

#[test]
fn an_agency_listed_twice() {
    refused_at(
        |d| {
            let again = mpp(d)["agencies"]["items"][0].clone();
            mpp(d)["agencies"]["items"]
                .as_array_mut()
                .unwrap()
                .push(again);
        },
        "/mpps/0/agencies/items/6/name",
    );
}

// ---------------------------------------------------- OSM opening_hours

#[test]
fn hours_as_an_osm_opening_hours_string() {
    let mut doc = example();
    let hours = mpp(&mut doc)["hours"].as_object_mut().unwrap();
    hours.remove("regular");
    hours.insert(
        "opening_hours".into(),
        json!("Mo-Th 08:00-12:00,13:00-16:00; Fr 08:00-11:30,13:30-16:00; Sa 08:00-12:00; PH off"),
    );
    assert!(problems(&doc).is_empty(), "{:?}", problems(&doc));
}

#[test]
fn an_opening_hours_string_that_does_not_parse() {
    let found = refused_at(
        |d| {
            mpp(d)["agencies"]["items"][3]["hours"]["opening_hours"] =
                json!("Senin-Jumat pukul 08.00-12.00")
        },
        "/mpps/0/agencies/items/3/hours/opening_hours",
    );
    assert!(found[0].message.contains("opening_hours"), "{found:?}");
    refused_at(
        |d| {
            mpp(d)["agencies"]["items"][3]["hours"]["opening_hours"] = json!("Mo-Fr 08:00 to 12:00")
        },
        "/mpps/0/agencies/items/3/hours/opening_hours",
    );
}

#[test]
fn both_regular_intervals_and_an_opening_hours_string() {
    refused_at(
        |d| mpp(d)["hours"]["opening_hours"] = json!("Mo-Fr 08:00-16:00"),
        "/mpps/0/hours",
    );
    refused_at(
        |d| {
            mpp(d)["hours"].as_object_mut().unwrap().remove("regular");
        },
        "/mpps/0/hours",
    );
}

#[test]
fn not_json() {
    let found = publisher::check("{\"schema_version\": \"1.0\",").unwrap_err();
    assert!(found[0].message.contains("not valid JSON"), "{found:?}");
}

#[test]
fn calendar_dates() {
    assert!(publisher::is_calendar_date("2024-02-29"));
    assert!(!publisher::is_calendar_date("2026-02-29"));
    assert!(!publisher::is_calendar_date("1900-02-29"));
    assert!(publisher::is_calendar_date("2000-02-29"));
    assert!(!publisher::is_calendar_date("2026-04-31"));
    assert!(!publisher::is_calendar_date("2026-4-01"));
}

// ------------------------------------------------------------- the guides

fn property_names(node: &Value, out: &mut std::collections::BTreeSet<String>) {
    match node {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                out.extend(props.keys().cloned());
            }
            map.values().for_each(|v| property_names(v, out));
        }
        Value::Array(list) => list.iter().for_each(|v| property_names(v, out)),
        _ => {}
    }
}

#[test]
fn both_guides_name_every_field_of_the_schema() {
    let mut names = std::collections::BTreeSet::new();
    property_names(&schema(), &mut names);
    assert!(names.len() > 40);
    for guide in ["docs/publisher-feed.en.md", "docs/publisher-feed.id.md"] {
        let text = read(guide);
        let missing: Vec<_> = names
            .iter()
            .filter(|n| !text.contains(&format!("`{n}`")))
            .collect();
        assert!(missing.is_empty(), "{guide} does not name {missing:?}");
        assert!(text.contains("mpp-publisher-1.0.schema.json"));
        assert!(text.contains("examples/mpp-publisher-1.0.example.json"));
    }
}
