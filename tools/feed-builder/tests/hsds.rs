//! The HSDS 3.0 export (`public/data/hsds/`): it is exactly what the
//! builder writes from `data/`, every row of every table validates against
//! HSDS 3.0's own object schema with the Peta MPP profile merged over it
//! (RFC 7386, as HSDS's profile mechanism says), and it says what the feed
//! says.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::PathBuf,
};

use domain::hours::TimeZone;
use serde_json::{json, Value};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn export() -> Value {
    serde_json::from_str(&read("public/data/hsds/hsds.json")).expect("hsds.json is JSON")
}

/// RFC 7386 JSON Merge Patch.
fn merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(patch) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = json!({});
    }
    let target = target.as_object_mut().unwrap();
    for (key, value) in patch {
        if value.is_null() {
            target.remove(key);
        } else {
            merge_patch(target.entry(key.clone()).or_insert(Value::Null), value);
        }
    }
}

/// HSDS's core object schema `name.json`, with the profile's patch of the
/// same name merged over it when `profile` is set.
fn object_schema(name: &str, profile: bool) -> Value {
    let core = repo().join(format!("tools/feed-builder/hsds/core/{name}.json"));
    let mut schema: Value = serde_json::from_str(
        &fs::read_to_string(&core).unwrap_or_else(|e| panic!("{}: {e}", core.display())),
    )
    .unwrap();
    let patch = repo().join(format!("public/data/hsds/profile/{name}.json"));
    if profile {
        if let Ok(text) = fs::read_to_string(&patch) {
            merge_patch(&mut schema, &serde_json::from_str(&text).unwrap());
        }
    }
    schema
}

/// Resolves the core schemas' relative `$ref`s ("phone.json") to the
/// (profiled) schema of that name, never from the network.
struct Schemas {
    profile: bool,
}

impl jsonschema::Retrieve for Schemas {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri
            .path()
            .as_str()
            .rsplit('/')
            .next()
            .and_then(|f| f.strip_suffix(".json"))
            .ok_or_else(|| format!("not an HSDS schema: {uri}"))?
            .to_string();
        Ok(object_schema(&name, self.profile))
    }
}

fn validator(table: &str, profile: bool) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .with_base_uri(format!("https://hsds.invalid/schema/{table}.json"))
        .with_retriever(Schemas { profile })
        .build(&object_schema(table, profile))
        .unwrap_or_else(|e| panic!("{table}: schema compiles: {e}"))
}

/// Every error of every row, against each table's schema.
fn errors(doc: &Value, profile: bool) -> Vec<String> {
    let mut errors = Vec::new();
    for (table, rows) in doc.as_object().expect("an object of tables") {
        let validator = validator(table, profile);
        for (i, row) in rows
            .as_array()
            .expect("a table is an array")
            .iter()
            .enumerate()
        {
            for e in validator.iter_errors(row) {
                errors.push(format!("{table}[{i}]{}: {e}", e.instance_path()));
            }
        }
    }
    errors
}

#[test]
fn committed_export_matches_builder_output() {
    let built = feed_builder::build(&repo().join("data")).expect("data builds");
    for (name, text) in feed_builder::hsds::render_all(&built) {
        assert!(
            read(&format!("public/data/hsds/{name}")) == text,
            "public/data/hsds/{name} is stale: run `make feed` and commit the result"
        );
    }
}

#[test]
fn every_row_is_valid_hsds_3_0_under_the_profile() {
    let doc = export();
    let tables: Vec<&String> = doc.as_object().unwrap().keys().collect();
    for table in &tables {
        assert!(
            repo()
                .join(format!("tools/feed-builder/hsds/core/{table}.json"))
                .exists(),
            "{table} is not an HSDS 3.0 object"
        );
    }
    let errors = errors(&doc, true);
    assert!(
        errors.is_empty(),
        "{} HSDS errors, first ones:\n{}",
        errors.len(),
        errors[..errors.len().min(20)].join("\n")
    );
}

#[test]
fn the_profile_is_needed_and_only_for_what_it_says() {
    // Core HSDS 3.0 without the profile: addresses fail on the missing
    // postal code, and nothing else fails.
    let errors = errors(&export(), false);
    assert!(!errors.is_empty());
    for e in &errors {
        assert!(
            e.starts_with("address[") && e.contains("\"postal_code\" is a required property"),
            "fails core HSDS for another reason than the postal code: {e}"
        );
    }
}

#[test]
fn the_schemas_reject_a_broken_export() {
    let mut doc = export();
    // A schedule without its zone's offset, an address with no city, a
    // service whose status HSDS does not know, and an id that is no UUID.
    doc["schedule"][0]["opens_at"] = json!("08:00");
    doc["address"][0].as_object_mut().unwrap().remove("city");
    doc["service"][0]["status"] = json!("maybe");
    doc["location"][0]["id"] = json!("kota-banda-aceh");
    let errors = errors(&doc, true);
    assert_eq!(errors.len(), 4, "{errors:#?}");
}

#[test]
fn ids_are_unique_uuids_and_every_link_resolves() {
    let doc = export();
    let mut ids = BTreeSet::new();
    let mut by_table: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (table, rows) in doc.as_object().unwrap() {
        for row in rows.as_array().unwrap() {
            let id = row["id"].as_str().unwrap();
            assert!(ids.insert(id), "{table}: id {id} twice");
            by_table.entry(table).or_default().insert(id);
        }
    }
    let links = [
        ("organization_identifier", "organization_id", "organization"),
        ("location", "organization_id", "organization"),
        ("address", "location_id", "location"),
        ("service_at_location", "service_id", "service"),
        ("service_at_location", "location_id", "location"),
        ("schedule", "location_id", "location"),
        ("taxonomy_term", "taxonomy_id", "taxonomy"),
        ("attribute", "link_id", "location"),
        ("attribute", "taxonomy_term_id", "taxonomy_term"),
    ];
    for (table, field, target) in links {
        for row in doc[table].as_array().unwrap() {
            let value = row[field]
                .as_str()
                .unwrap_or_else(|| panic!("{table}.{field}"));
            assert!(
                by_table[target].contains(value),
                "{table}.{field} {value}: no such {target}"
            );
        }
    }
    for row in doc["metadata"].as_array().unwrap() {
        let table = row["resource_type"].as_str().unwrap();
        assert!(by_table[table].contains(row["resource_id"].as_str().unwrap()));
    }
}

#[test]
fn uuid5_is_rfc_4122() {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
    let dns = [
        0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30,
        0xc8,
    ];
    assert_eq!(
        feed_builder::hsds::uuid5(&dns, "python.org"),
        "886313e1-3b8a-5372-9b90-0c9aee199e5d"
    );
}

#[test]
fn the_export_says_what_the_feed_says() {
    let built = feed_builder::build(&repo().join("data")).expect("data builds");
    let doc = export();
    let feed = &built.feed;
    assert_eq!(doc["location"].as_array().unwrap().len(), feed.mpps.len());
    let regencies: BTreeSet<&str> = feed.mpps.iter().map(|m| m.regency.code.as_str()).collect();
    assert_eq!(
        doc["organization"].as_array().unwrap().len(),
        regencies.len()
    );

    let locations: BTreeMap<&str, &Value> = doc["location"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["id"].as_str().unwrap(), l))
        .collect();
    let mpp_of = |location_id: &str| {
        let code = locations[location_id]["external_identifier"]
            .as_str()
            .unwrap();
        feed.mpps.iter().find(|m| m.id == code).unwrap()
    };

    // No location claims a point that is not the MPP building.
    for mpp in &feed.mpps {
        let location = locations
            .values()
            .find(|l| l["external_identifier"] == json!(mpp.id))
            .unwrap();
        let building = mpp
            .location
            .as_ref()
            .is_some_and(|l| l.point == domain::PointKind::Building);
        assert_eq!(location.get("latitude").is_some(), building, "{}", mpp.slug);
    }

    // Each schedule carries its MPP's zone: WIB +07:00, WITA +08:00, WIT +09:00.
    let mut zones = BTreeSet::new();
    for schedule in doc["schedule"].as_array().unwrap() {
        let mpp = mpp_of(schedule["location_id"].as_str().unwrap());
        let zone = TimeZone::of_province(&mpp.province.code).unwrap();
        let offset = format!("+{:02}:00", zone.utc_offset_minutes() / 60);
        for field in ["opens_at", "closes_at"] {
            assert!(
                schedule[field].as_str().unwrap().ends_with(&offset),
                "{}: {schedule}",
                mpp.slug
            );
        }
        assert_eq!(schedule["timezone"], json!(zone.utc_offset_minutes() / 60));
        zones.insert(zone.abbreviation());
    }
    assert!(zones.contains("WIB"), "{zones:?}");

    // Banda Aceh (WIB): Mon-Thu 08:30-12:30 and 14:00-15:30, as the feed has it.
    let banda_aceh = doc["schedule"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| mpp_of(s["location_id"].as_str().unwrap()).slug == "kota-banda-aceh")
        .map(|s| {
            format!(
                "{} {}-{}",
                s["byday"].as_str().unwrap(),
                s["opens_at"].as_str().unwrap(),
                s["closes_at"].as_str().unwrap()
            )
        })
        .collect::<Vec<_>>();
    assert!(
        banda_aceh.contains(&"MO,TU,WE,TH 08:30+07:00-12:30+07:00".to_string()),
        "{banda_aceh:?}"
    );
    assert!(
        banda_aceh.contains(&"MO,TU,WE,TH 14:00+07:00-15:30+07:00".to_string()),
        "{banda_aceh:?}"
    );

    // One service per tenant named in the details (duplicates once), none else.
    let tenants: usize = feed
        .mpps
        .iter()
        .filter_map(|m| built.details.details.get(&m.id))
        .map(|d| d.tenants.iter().collect::<BTreeSet<_>>().len())
        .sum();
    assert_eq!(doc["service"].as_array().unwrap().len(), tenants);
    assert_eq!(
        doc["service_at_location"].as_array().unwrap().len(),
        tenants
    );

    // Addresses only where the details have one, as stated, never a postal code.
    let addresses: Vec<&Value> = doc["address"].as_array().unwrap().iter().collect();
    let stated = built
        .details
        .details
        .values()
        .filter(|d| d.address.is_some())
        .count();
    assert_eq!(addresses.len(), stated);
    assert!(addresses.iter().all(|a| a.get("postal_code").is_none()));

    // Provenance: a dated statement of hours names its source.
    let stated_hours = doc["metadata"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["resource_type"] == "schedule" && m["last_action_type"] == "stated")
        .count();
    assert!(stated_hours > 0);
}

#[test]
fn the_core_schemas_keep_their_source_and_licence() {
    let notes = read("tools/feed-builder/hsds/README.md");
    assert!(
        notes.contains("openreferral/specification")
            && notes.contains("c457a0e3ecb0cfe43525ea8bcdbfd62542ed6730")
    );
    assert!(read("tools/feed-builder/hsds/LICENSE")
        .contains("Creative Commons Attribution Share-Alike 4.0"));
    let index: Value = serde_json::from_str(&read("public/data/hsds/index.json")).unwrap();
    assert_eq!(index["version"], "3.0");
    assert_eq!(index["profile"], feed_builder::hsds::PROFILE_URI);
    // The export says how to cite the data, as the feed does.
    let feed: Value = serde_json::from_str(&read("public/data/mpp.json")).unwrap();
    assert_eq!(index["citation"], feed["meta"]["citation"]);
    assert_eq!(index["citation"]["licence"], "ODbL-1.0");
}
