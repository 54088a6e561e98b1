//! The pre-rendered pages' schema.org JSON-LD: every page's block is valid
//! against schema.org's own vocabulary (`schemaorg/vocabulary.json`, an
//! extract of release 30.0), and a few pages say what the feed says — and
//! nothing more.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use domain::{
    parse_details, parse_feed, DetailsFile, FeedMeta, HoursException, HoursRule, Location, Mpp,
    MppDetails, PointKind,
};
use prerender::structured_data::{home, office, script};
use prerender::{run, Options};
use serde_json::{json, Value};

const SITE: &str = "https://peta-mpp.example.go.id";

// ---------------------------------------------------------------- vocabulary

struct Vocabulary {
    /// Type → its direct supertypes.
    types: HashMap<String, Vec<String>>,
    /// Enumeration member (`Monday`) → its enumeration (`DayOfWeek`).
    members: HashMap<String, String>,
    /// Property → (domains, ranges, superseded).
    properties: HashMap<String, (Vec<String>, Vec<String>, bool)>,
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn vocabulary() -> Vocabulary {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemaorg/vocabulary.json");
    let file: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    assert!(file["_source"]
        .as_str()
        .unwrap()
        .starts_with("schema.org release 30.0"));
    let mut vocabulary = Vocabulary {
        types: HashMap::new(),
        members: HashMap::new(),
        properties: HashMap::new(),
    };
    for (name, entry) in file["types"].as_object().unwrap() {
        vocabulary
            .types
            .insert(name.clone(), strings(&entry["subTypeOf"]));
        for member in strings(&entry["members"]) {
            vocabulary.members.insert(member, name.clone());
        }
    }
    for (name, entry) in file["properties"].as_object().unwrap() {
        vocabulary.properties.insert(
            name.clone(),
            (
                strings(&entry["domainIncludes"]),
                strings(&entry["rangeIncludes"]),
                entry.get("supersededBy").is_some(),
            ),
        );
    }
    vocabulary
}

impl Vocabulary {
    /// `name` and every type above it.
    fn lineage(&self, name: &str) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        let mut todo = vec![name.to_owned()];
        while let Some(t) = todo.pop() {
            if found.insert(t.clone()) {
                todo.extend(self.types.get(&t).cloned().unwrap_or_default());
            }
        }
        found
    }

    /// What is wrong with `node` (a JSON-LD node at `at`), where a property
    /// whose range is `range` holds it (`None` at the top).
    fn check(&self, node: &Value, at: &str, range: Option<&[String]>, errors: &mut Vec<String>) {
        let Some(fields) = node.as_object() else {
            errors.push(format!("{at}: not a node"));
            return;
        };
        if let Some(graph) = fields.get("@graph") {
            for (i, n) in graph.as_array().into_iter().flatten().enumerate() {
                self.check(n, &format!("{at}/@graph/{i}"), None, errors);
            }
            return;
        }
        // A reference to a node given elsewhere.
        if fields.len() == 1 && fields.contains_key("@id") {
            return;
        }
        let Some(kind) = fields.get("@type").and_then(Value::as_str) else {
            errors.push(format!("{at}: no @type"));
            return;
        };
        if !self.types.contains_key(kind) || self.members.contains_key(kind) {
            errors.push(format!("{at}: {kind} is not a schema.org type"));
            return;
        }
        let lineage = self.lineage(kind);
        if let Some(range) = range {
            if !range.iter().any(|r| lineage.contains(r)) {
                errors.push(format!("{at}: a {kind} where {range:?} is expected"));
            }
        }
        for (property, value) in fields {
            if property.starts_with('@') {
                if !["@context", "@type", "@id"].contains(&property.as_str()) {
                    errors.push(format!("{at}: {property} is not used here"));
                }
                continue;
            }
            let at = format!("{at}/{property}");
            let Some((domains, ranges, superseded)) = self.properties.get(property) else {
                errors.push(format!("{at}: no such property for {kind}"));
                continue;
            };
            if !domains.iter().any(|d| lineage.contains(d)) {
                errors.push(format!(
                    "{at}: not a property of {kind} (only of {domains:?})"
                ));
            }
            if *superseded {
                errors.push(format!("{at}: superseded in schema.org"));
            }
            let values = match value {
                Value::Array(values) => values.iter().collect(),
                one => vec![one],
            };
            for (i, v) in values.into_iter().enumerate() {
                self.check_value(v, &format!("{at}[{i}]"), ranges, errors);
            }
        }
    }

    fn check_value(&self, value: &Value, at: &str, ranges: &[String], errors: &mut Vec<String>) {
        let allows = |t: &str| ranges.iter().any(|r| self.lineage(t).contains(r));
        match value {
            Value::Object(_) => self.check(value, at, Some(ranges), errors),
            Value::String(s) => {
                if let Some(member) = s.strip_prefix("https://schema.org/") {
                    if let Some(enumeration) = self.members.get(member) {
                        if !ranges.contains(enumeration) {
                            errors.push(format!("{at}: {member} where {ranges:?} is expected"));
                        }
                        return;
                    }
                }
                let fits = allows("Text")
                    || (allows("URL") && s.starts_with("http"))
                    || (allows("Date") && is_date(s))
                    || (allows("DateTime") && is_date(s))
                    || (allows("Time") && is_time(s));
                if !fits {
                    errors.push(format!("{at}: the text {s:?} where {ranges:?} is expected"));
                }
                if allows("Time") && !allows("Text") && !is_time(s) {
                    errors.push(format!("{at}: {s:?} is not a time (HH:MM:SS)"));
                }
                if (allows("Date") || allows("DateTime")) && !allows("Text") && !is_date(s) {
                    errors.push(format!("{at}: {s:?} is not a date"));
                }
            }
            Value::Number(_) if allows("Number") => {}
            Value::Bool(_) if allows("Boolean") => {}
            other => errors.push(format!("{at}: {other} where {ranges:?} is expected")),
        }
    }

    fn errors(&self, block: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        if block["@context"] != json!("https://schema.org") {
            errors.push("no schema.org @context".to_owned());
        }
        self.check(block, "", None, &mut errors);
        errors
    }
}

fn is_date(s: &str) -> bool {
    domain::dates::parse_date(s).is_some()
}

fn is_time(s: &str) -> bool {
    let parts: Vec<&str> = s.split(':').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
        && parts[0] <= "24"
        && parts[1] < "60"
        && parts[2] < "60"
}

// ---------------------------------------------------------------- the pages

const SHELL: &str = "<!doctype html><html lang=id><head><meta charset=utf-8>\
<title>Peta MPP</title><meta content=\"Peta dan daftar MPP\" name=description>\
<base href=/></head><body><noscript>JS</noscript></body></html>";

fn public_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

/// A build directory holding the shell and the committed feed files.
fn build_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("peta-mpp-structured-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("data")).unwrap();
    for file in [
        "mpp.json",
        "mpp-details.json",
        "regions.json",
        "kipp2025.json",
    ] {
        fs::copy(public_data().join(file), dir.join("data").join(file)).unwrap();
    }
    fs::write(dir.join("index.html"), SHELL).unwrap();
    dir
}

/// The one JSON-LD block of a page, parsed.
fn block_of(html: &str, page: &str) -> Value {
    const OPEN: &str = r#"<script type="application/ld+json">"#;
    assert_eq!(
        html.matches(OPEN).count(),
        1,
        "{page}: not one JSON-LD block"
    );
    let start = html.find(OPEN).unwrap() + OPEN.len();
    let text = &html[start..start + html[start..].find("</script>").unwrap()];
    assert!(!text.contains('<'), "{page}: a raw '<' in the JSON-LD");
    let head = &html[..html.find("</head>").unwrap()];
    assert!(head.contains(OPEN), "{page}: the JSON-LD is not in <head>");
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{page}: {e}"))
}

struct Feed {
    meta: FeedMeta,
    mpps: Vec<Mpp>,
    details: DetailsFile,
}

fn feed() -> Feed {
    let parsed = parse_feed(&fs::read_to_string(public_data().join("mpp.json")).unwrap()).unwrap();
    let details =
        parse_details(&fs::read_to_string(public_data().join("mpp-details.json")).unwrap())
            .unwrap();
    Feed {
        meta: parsed.meta,
        mpps: parsed.mpps,
        details,
    }
}

/// Unix ms of a date's noon, UTC.
fn at(y: u32, m: u32, d: u32) -> f64 {
    domain::dates::days_from_civil(y, m, d) as f64 * 86_400_000.0 + 43_200_000.0
}

impl Feed {
    fn mpp(&self, slug: &str) -> &Mpp {
        self.mpps.iter().find(|m| m.slug == slug).unwrap()
    }

    fn office(&self, slug: &str, now_ms: f64) -> Value {
        let mpp = self.mpp(slug);
        office(
            mpp,
            self.details.details.get(&mpp.id),
            &self.meta.holidays,
            &format!("{SITE}/mpp/{slug}"),
            now_ms,
        )
    }
}

#[test]
fn every_pre_rendered_page_has_json_ld_that_schema_org_defines() {
    let vocabulary = vocabulary();
    let dist = build_dir("all");
    run(&Options {
        dist: dist.clone(),
        base: String::new(),
        site_url: SITE.to_owned(),
    })
    .unwrap();
    let feed = feed();
    let mut checked = 0;
    for mpp in &feed.mpps {
        let page = format!("mpp/{}.html", mpp.slug);
        let block = block_of(&fs::read_to_string(dist.join(&page)).unwrap(), &page);
        assert_eq!(vocabulary.errors(&block), Vec::<String>::new(), "{page}");
        assert_eq!(block["@type"], "GovernmentOffice", "{page}");
        assert_eq!(
            block["@id"],
            json!(format!("{SITE}/mpp/{}#office", mpp.slug))
        );
        assert_eq!(block["name"], json!(mpp.name));
        // Today every point is a regency seat or a city's: no page claims
        // it as the building.
        assert_eq!(
            block.get("geo").is_some(),
            mpp.location
                .as_ref()
                .is_some_and(|l| l.point == PointKind::Building),
            "{page}: geo"
        );
        // No address but the one the data states.
        let address = feed
            .details
            .details
            .get(&mpp.id)
            .and_then(|d| d.address.clone());
        assert_eq!(
            block["address"]["streetAddress"]
                .as_str()
                .map(str::to_owned),
            address,
            "{page}: address"
        );
        checked += 1;
    }
    assert_eq!(checked, 308);
    let index = block_of(
        &fs::read_to_string(dist.join("index.html")).unwrap(),
        "index.html",
    );
    assert_eq!(
        vocabulary.errors(&index),
        Vec::<String>::new(),
        "index.html"
    );
    // The other pages have none.
    for page in [
        "statistik.html",
        "tentang.html",
        "inovasi.html",
        "shell.html",
    ] {
        let html = fs::read_to_string(dist.join(page)).unwrap();
        assert!(!html.contains("application/ld+json"), "{page}");
    }
}

#[test]
fn every_mpp_with_its_hours_vouched_for_is_valid_too() {
    // At a date when every dated week in the feed is vouched for, so every
    // timetable and the coming holidays are written and checked.
    let vocabulary = vocabulary();
    let feed = feed();
    let mut with_hours = 0;
    for mpp in &feed.mpps {
        let block = feed.office(&mpp.slug, at(2025, 12, 1));
        assert_eq!(
            vocabulary.errors(&block),
            Vec::<String>::new(),
            "{}",
            mpp.slug
        );
        with_hours += usize::from(block.get("openingHoursSpecification").is_some());
    }
    assert!(with_hours >= 5, "only {with_hours} MPPs with hours checked");

    // What the feed has no example of today: a building point, a dated
    // closure and Ramadan hours, a website. Valid, and as stated.
    let mut mpp = feed.mpp("kota-banda-aceh").clone();
    mpp.location = Some(Location {
        lat: 5.5577,
        lon: 95.3222,
        point: PointKind::Building,
        place: None,
        confidence: domain::Confidence::High,
        marks: None,
    });
    let rule = |days: &[&str], open: &str, close: &str| HoursRule {
        days: days.iter().map(|d| d.to_string()).collect(),
        open: open.into(),
        close: close.into(),
        break_start: None,
        break_end: None,
    };
    mpp.hours_exceptions = vec![
        HoursException {
            from: "2026-03-02".into(),
            to: "2026-03-03".into(),
            hours: Vec::new(),
            label: Some("Renovasi".into()),
            source: None,
        },
        HoursException {
            from: "2026-02-19".into(),
            to: "2026-03-19".into(),
            hours: vec![rule(&["Mon", "Tue", "Wed", "Thu", "Fri"], "08:00", "14:00")],
            label: Some("Ramadan 1447 H".into()),
            source: None,
        },
        // Ended before the day: not said.
        HoursException {
            from: "2025-01-01".into(),
            to: "2025-01-02".into(),
            hours: Vec::new(),
            label: Some("Lama".into()),
            source: None,
        },
    ]
    .into();
    let details = MppDetails {
        address: Some("Jl. </script><script>alert(1)</script> & \"Pasar\"".into()),
        website: Some("https://mpp.bandaacehkota.go.id".into()),
        ..Default::default()
    };
    let block = office(
        &mpp,
        Some(&details),
        &feed.meta.holidays,
        &format!("{SITE}/mpp/kota-banda-aceh"),
        at(2026, 2, 1),
    );
    assert_eq!(vocabulary.errors(&block), Vec::<String>::new());
    assert_eq!(
        block["geo"],
        json!({ "@type": "GeoCoordinates", "latitude": 5.5577, "longitude": 95.3222 })
    );
    assert_eq!(block["sameAs"], json!(["https://mpp.bandaacehkota.go.id"]));
    let specs = block["openingHoursSpecification"].as_array().unwrap();
    let dated: Vec<_> = specs
        .iter()
        .filter(|s| s.get("validFrom").is_some())
        .collect();
    assert!(dated.contains(&&json!({
        "@type": "OpeningHoursSpecification", "name": "Renovasi",
        "opens": "00:00:00", "closes": "00:00:00",
        "validFrom": "2026-03-02", "validThrough": "2026-03-03",
    })));
    assert!(dated.contains(&&json!({
        "@type": "OpeningHoursSpecification", "name": "Ramadan 1447 H",
        "dayOfWeek": ["https://schema.org/Monday", "https://schema.org/Tuesday",
            "https://schema.org/Wednesday", "https://schema.org/Thursday", "https://schema.org/Friday"],
        "opens": "08:00:00", "closes": "14:00:00",
        "validFrom": "2026-02-19", "validThrough": "2026-03-19",
    })));
    assert!(!dated.iter().any(|s| s["name"] == "Lama"));
    // A holiday inside the MPP's own exception is the exception's to say:
    // Nyepi (19 March 2026) is not repeated as a closure.
    assert!(!dated
        .iter()
        .any(|s| s["validFrom"] == "2026-03-19" && s["name"] != "Ramadan 1447 H"));
    // Written as a data block, the address cannot close the script.
    let html = script(&block);
    assert_eq!(html.matches("</script>").count(), 1);
    assert!(html.ends_with("</script>"));
    let inner = &html[html.find('>').unwrap() + 1..html.len() - "</script>".len()];
    assert!(!inner.contains(['<', '>', '&']));
    let back: Value = serde_json::from_str(inner).unwrap();
    assert_eq!(back, block);
    assert_eq!(
        back["address"]["streetAddress"],
        "Jl. </script><script>alert(1)</script> & \"Pasar\""
    );
    // A website the app would not link is not given either.
    let unsafe_site = MppDetails {
        website: Some("javascript:alert(1)".into()),
        ..Default::default()
    };
    let block = office(
        &mpp,
        Some(&unsafe_site),
        &[],
        "https://x/mpp/a",
        at(2026, 2, 1),
    );
    assert!(block.get("sameAs").is_none());
}

#[test]
fn the_check_fails_on_what_schema_org_does_not_define() {
    let vocabulary = vocabulary();
    let wrong = json!({
        "@context": "https://schema.org",
        "@type": "GovernmentOffice",
        "name": "x",
        "openingHours24": "always",
        "address": { "@type": "PostalAddress", "geo": { "@type": "GeoCoordinates", "latitude": 1 } },
        "parentOrganization": { "@type": "PostalAddress", "name": "y" },
        "areaServed": { "@type": "Regency", "name": "z" },
        "openingHoursSpecification": { "@type": "OpeningHoursSpecification", "opens": "8 pagi",
            "dayOfWeek": "https://schema.org/Monday", "validFrom": "kemarin" },
        "foundingDate": "https://schema.org/Monday",
    });
    let errors = vocabulary.errors(&wrong);
    for expected in [
        "/openingHours24: no such property for GovernmentOffice",
        "/address[0]/geo: not a property of PostalAddress",
        "/parentOrganization[0]: a PostalAddress where",
        "/areaServed[0]: Regency is not a schema.org type",
        "\"8 pagi\" is not a time",
        "\"kemarin\" is not a date",
        "/foundingDate[0]: Monday where",
    ] {
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "{expected} not found in {errors:#?}"
        );
    }
}

// ------------------------------------------------- values against the feed

#[test]
fn banda_aceh_gives_its_hours_stated_in_january_2026() {
    let feed = feed();
    let mpp = feed.mpp("kota-banda-aceh");
    assert_eq!(mpp.hours_as_of.as_deref(), Some("2026-01-13"));
    let block = feed.office("kota-banda-aceh", at(2026, 12, 5));
    let specs = block["openingHoursSpecification"].as_array().unwrap();
    let week: Vec<&Value> = specs
        .iter()
        .filter(|s| s.get("validFrom").is_none())
        .collect();
    let day = |d: &str| format!("https://schema.org/{d}");
    // Mon–Thu 08.30–15.30 with a break 12.30–14.00, Fri 08.30–15.30 with
    // a break 11.30–14.00 (WIB), as the feed's rules say.
    assert_eq!(
        week,
        vec![
            &json!({ "@type": "OpeningHoursSpecification",
                "dayOfWeek": [day("Monday"), day("Tuesday"), day("Wednesday"), day("Thursday")],
                "opens": "08:30:00", "closes": "12:30:00" }),
            &json!({ "@type": "OpeningHoursSpecification",
                "dayOfWeek": [day("Monday"), day("Tuesday"), day("Wednesday"), day("Thursday"), day("Friday")],
                "opens": "14:00:00", "closes": "15:30:00" }),
            &json!({ "@type": "OpeningHoursSpecification",
                "dayOfWeek": [day("Friday")], "opens": "08:30:00", "closes": "11:30:00" }),
        ]
    );
    for rule in &mpp.hours {
        assert_eq!(rule.open, "08:30");
        assert_eq!(rule.close, "15:30");
    }
    // The coming national holidays the feed dates firmly, closed: and
    // nothing before the day, no joint-leave day, no estimated date.
    let closures: Vec<(&str, &str)> = specs
        .iter()
        .filter(|s| s.get("validFrom").is_some())
        .map(|s| {
            (
                s["validFrom"].as_str().unwrap(),
                s["name"].as_str().unwrap(),
            )
        })
        .collect();
    let expected: Vec<(&str, &str)> = feed
        .meta
        .holidays
        .iter()
        .filter(|h| {
            h.kind == domain::HolidayKind::National
                && !h.estimated
                && h.date.as_str() >= "2026-12-05"
        })
        .map(|h| (h.date.as_str(), h.name_id.as_str()))
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(closures, expected);
    assert!(closures.contains(&("2026-12-25", "Hari Raya Natal")));
    for s in specs.iter().filter(|s| s.get("validFrom").is_some()) {
        assert_eq!(s["validFrom"], s["validThrough"]);
        assert_eq!(
            (s["opens"].as_str(), s["closes"].as_str()),
            (Some("00:00:00"), Some("00:00:00"))
        );
    }
    assert_eq!(
        block["address"],
        json!({ "@type": "PostalAddress", "streetAddress": "Lantai 3 Pasar Atjeh, Banda Aceh",
            "addressLocality": "Kota Banda Aceh", "addressRegion": "Aceh", "addressCountry": "ID" })
    );
    assert!(
        block.get("geo").is_none(),
        "a city point is not the building"
    );
    // Two years after they were stated, the same rule as "open now" no
    // longer vouches for them.
    let later = feed.office("kota-banda-aceh", at(2028, 1, 14));
    assert!(later.get("openingHoursSpecification").is_none());
    let before = feed.office("kota-banda-aceh", at(2028, 1, 12));
    assert!(before.get("openingHoursSpecification").is_some());
}

#[test]
fn padang_gives_no_hours_stated_in_2019() {
    let feed = feed();
    assert_eq!(
        feed.mpp("kota-padang").hours_as_of.as_deref(),
        Some("2019-01-24")
    );
    assert!(!feed.mpp("kota-padang").hours.is_empty());
    let block = feed.office("kota-padang", at(2026, 12, 5));
    assert!(block.get("openingHoursSpecification").is_none());
    assert_eq!(
        block["address"]["streetAddress"],
        "Lantai 4 Plaza Andalas, Padang"
    );
    assert!(block.get("geo").is_none());
}

#[test]
fn buol_gives_no_hours_no_address_and_no_building_point() {
    let feed = feed();
    let mpp = feed.mpp("kabupaten-buol");
    assert_eq!(
        mpp.location.as_ref().map(|l| l.point),
        Some(PointKind::RegencySeat)
    );
    let block = feed.office("kabupaten-buol", at(2026, 12, 5));
    assert_eq!(
        block,
        json!({
            "@context": "https://schema.org",
            "@type": "GovernmentOffice",
            "@id": format!("{SITE}/mpp/kabupaten-buol#office"),
            "name": "MPP Kabupaten Buol",
            "url": format!("{SITE}/mpp/kabupaten-buol"),
            "areaServed": {
                "@type": "AdministrativeArea",
                "name": "Kabupaten Buol",
                "containedInPlace": { "@type": "AdministrativeArea", "name": "Sulawesi Tengah" },
            },
            "parentOrganization": {
                "@type": "GovernmentOrganization",
                "name": "Pemerintah Kabupaten Buol",
            },
        })
    );
}

#[test]
fn home_gives_the_site_and_its_dataset_with_the_feeds_licences_and_date() {
    let feed = feed();
    let block = home(
        &feed.meta,
        &format!("{SITE}/peta-mpp/"),
        "data/mpp.json",
        "Peta dan daftar MPP",
    );
    let graph = block["@graph"].as_array().unwrap();
    let site = &graph[0];
    let dataset = &graph[1];
    assert_eq!(site["@type"], "WebSite");
    assert_eq!(site["url"], json!(format!("{SITE}/peta-mpp/")));
    assert_eq!(dataset["@type"], "Dataset");
    assert_eq!(
        dataset["isPartOf"],
        json!({ "@id": format!("{SITE}/peta-mpp/#website") })
    );
    assert_eq!(dataset["dateModified"], json!(feed.meta.generated));
    assert_eq!(dataset["description"], json!(feed.meta.provenance));
    let urls: Vec<&str> = dataset["distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["contentUrl"].as_str().unwrap())
        .collect();
    assert_eq!(
        urls,
        [
            format!("{SITE}/peta-mpp/data/mpp.json"),
            format!("{SITE}/peta-mpp/data/mpp-details.json"),
            format!("{SITE}/peta-mpp/data/regions.json"),
        ]
    );
    let licences = dataset["license"].as_array().unwrap();
    assert_eq!(licences.len(), feed.meta.licences.len());
    for (given, l) in licences.iter().zip(&feed.meta.licences) {
        assert_eq!(given["name"], json!(l.licence));
        assert_eq!(given["description"], json!(l.data));
        assert_eq!(given.get("url").and_then(Value::as_str), l.url.as_deref());
    }
    // The database's own licence comes first, and the citation names it.
    let citation = feed
        .meta
        .citation
        .clone()
        .expect("the feed says how to cite it");
    assert_eq!(licences[0]["name"], json!(citation.licence));
    assert_eq!(licences[0]["url"], json!(citation.licence_url));
    assert_eq!(citation.licence, "ODbL-1.0");
    assert_eq!(dataset["name"], json!(citation.title));
    assert_eq!(dataset["version"], json!(domain::SCHEMA_VERSION));
    assert_eq!(citation.date, feed.meta.generated);
    assert_eq!(vocabulary().errors(&block), Vec::<String>::new());
}
