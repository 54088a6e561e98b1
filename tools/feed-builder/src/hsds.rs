//! The Open Referral HSDS 3.0 export (`public/data/hsds/`): the feed as
//! HSDS tables, in the JSON form of HSDS's compiled `tabular.json` (one
//! array per object: `organization`, `location`, `service`, ...), with the
//! Peta MPP profile (`profile/`, JSON Merge Patch over the core schemas)
//! saying where our data lacks what core HSDS requires. The mapping and
//! what is left out, and why: `docs/hsds.md`.
//!
//! Nothing is made up: a field no source gives stays absent. Ids are
//! UUID v5 of stable names (the MPP's slug, the tenant as stated), so they
//! stay the same from build to build.

use std::collections::BTreeSet;

use domain::hours::TimeZone;
use domain::{FeedFile, HoursRule, Mpp, MppDetails, MppStatus, PointKind};
use serde_json::{json, Map, Value};

use crate::Built;

/// The directory under the output directory.
pub const HSDS_DIR: &str = "hsds";
/// The data, one array per HSDS object.
pub const HSDS_FILE: &str = "hsds.json";
/// HSDS's `/` response: version, profile, licence.
pub const HSDS_INDEX_FILE: &str = "index.json";
/// Where the profile is published (the placeholder host the publisher
/// schema uses too; the files are `public/data/hsds/profile/*.json`).
pub const PROFILE_URI: &str = "https://peta-mpp.example/data/hsds/profile/";

/// The tables, in the order of HSDS's compiled `tabular.json`.
const TABLES: [&str; 11] = [
    "organization",
    "organization_identifier",
    "location",
    "address",
    "service",
    "service_at_location",
    "schedule",
    "taxonomy",
    "taxonomy_term",
    "attribute",
    "metadata",
];

/// The tables, each a list of rows.
pub struct Hsds {
    tables: Vec<(&'static str, Vec<Value>)>,
    generated: String,
}

impl Hsds {
    pub fn table(&self, name: &str) -> &[Value] {
        self.tables
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, rows)| rows.as_slice())
            .unwrap_or(&[])
    }

    pub fn tables(&self) -> impl Iterator<Item = (&'static str, &[Value])> {
        self.tables.iter().map(|(n, rows)| (*n, rows.as_slice()))
    }

    fn push(&mut self, table: &str, row: Value) {
        let slot = self
            .tables
            .iter_mut()
            .find(|(n, _)| *n == table)
            .expect("a known table");
        slot.1.push(row);
    }
}

/// The Peta MPP taxonomy's terms (attributes carry what HSDS has no field
/// for): code, name, description.
const TERMS: [(&str, &str, &str); 4] = [
    (
        "source",
        "Source",
        "A page cited for this MPP (the attribute's value is its URL).",
    ),
    (
        "status",
        "Recognition status",
        "confirmed, new (in the newest batch) or unconfirmed (shown, never counted).",
    ),
    (
        "inauguration_date",
        "Inauguration date",
        "YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source.",
    ),
    (
        "point",
        "Map point",
        "What Peta MPP's map point stands for (regency_seat, city_centre, province_capital, approximate_place, building). Only a building point is given as the location's latitude/longitude.",
    ),
];

/// Builds the HSDS tables from what the builder made from `data/`.
pub fn build_hsds(built: &Built) -> Hsds {
    let feed: &FeedFile = &built.feed;
    let mut out = Hsds {
        tables: TABLES.iter().map(|t| (*t, Vec::new())).collect(),
        generated: feed.meta.generated.clone(),
    };
    let generated = feed.meta.generated.as_str();

    let taxonomy_id = id("taxonomy:peta-mpp");
    out.push(
        "taxonomy",
        json!({
            "id": taxonomy_id,
            "name": "Peta MPP",
            "description": "Facts about a Mal Pelayanan Publik that HSDS 3.0 has no field for, as the Peta MPP feed states them.",
            "version": "1",
        }),
    );
    for (code, name, description) in TERMS {
        out.push(
            "taxonomy_term",
            json!({
                "id": id(&format!("taxonomy_term:{code}")),
                "code": code,
                "name": name,
                "description": description,
                "taxonomy_id": taxonomy_id,
            }),
        );
    }

    for mpp in &feed.mpps {
        let empty = MppDetails::default();
        let details = built.details.details.get(&mpp.id).unwrap_or(&empty);
        add_mpp(&mut out, mpp, details, generated);
    }
    out
}

fn add_mpp(out: &mut Hsds, mpp: &Mpp, details: &MppDetails, generated: &str) {
    let org_id = id(&format!("organization:{}", mpp.regency.code));
    out.push(
        "organization",
        json!({
            "id": org_id,
            "name": format!("Pemerintah {}", mpp.regency.name),
            "description": format!(
                "Pemerintah daerah {} ({}), kode wilayah Kemendagri {}: wilayah tempat {}.",
                mpp.regency.name, mpp.province.name, mpp.regency.code, mpp.name
            ),
        }),
    );
    out.push(
        "organization_identifier",
        json!({
            "id": id(&format!("organization_identifier:{}", mpp.regency.code)),
            "organization_id": org_id,
            "identifier_scheme": "ID-KEMENDAGRI",
            "identifier_type": "Kode wilayah Kemendagri",
            "identifier": mpp.regency.code,
        }),
    );

    let location_id = id(&format!("location:{}", mpp.slug));
    let mut location = json!({
        "id": location_id,
        "location_type": "physical",
        "organization_id": org_id,
        "name": mpp.name,
        "external_identifier": mpp.id,
        "external_identifier_type": "Kode wilayah Kemendagri (Peta MPP id)",
    });
    // Only a building point is the MPP's place; a regency seat is not.
    if let Some(point) = mpp
        .location
        .as_ref()
        .filter(|l| l.point == PointKind::Building)
    {
        location["latitude"] = json!(point.lat);
        location["longitude"] = json!(point.lon);
    }
    out.push("location", location);

    let attribute = |out: &mut Hsds, term: &str, n: usize, value: &str| {
        out.push(
            "attribute",
            json!({
                "id": id(&format!("attribute:{}:{term}:{n}", mpp.slug)),
                "link_id": location_id,
                "link_type": term,
                "link_entity": "location",
                "taxonomy_term_id": id(&format!("taxonomy_term:{term}")),
                "value": value,
            }),
        );
    };
    let status = match mpp.status {
        MppStatus::New => "new",
        MppStatus::Confirmed => "confirmed",
        MppStatus::Unconfirmed => "unconfirmed",
    };
    attribute(out, "status", 0, status);
    if let Some(inauguration) = &mpp.inauguration {
        attribute(out, "inauguration_date", 0, &inauguration.date);
    }
    if let Some(point) = &mpp.location {
        let kind = serde_json::to_value(point.point).expect("serialises");
        attribute(out, "point", 0, kind.as_str().unwrap_or_default());
    }
    for (n, url) in details.sources.iter().enumerate() {
        attribute(out, "source", n, url);
    }

    if let Some(address) = &details.address {
        let address_id = id(&format!("address:{}", mpp.slug));
        out.push(
            "address",
            json!({
                "id": address_id,
                "location_id": location_id,
                "address_1": address,
                "city": mpp.regency.name,
                "state_province": mpp.province.name,
                "country": "ID",
                "address_type": "physical",
            }),
        );
        let (date, action, by) = match &details.address_as_of {
            Some(as_of) => (
                as_of.as_str(),
                "stated",
                "a source cited for this MPP (see its source attributes)",
            ),
            None => (
                generated,
                "compiled",
                "Peta MPP, from the sources cited for this MPP (see its source attributes)",
            ),
        };
        metadata(
            out,
            &address_id,
            "address",
            "address_1",
            date,
            action,
            address,
            by,
        );
    }

    add_schedules(out, mpp, details, &location_id);

    let mut seen = BTreeSet::new();
    for tenant in &details.tenants {
        if !seen.insert(tenant.as_str()) {
            continue;
        }
        let service_id = id(&format!("service:{}:{tenant}", mpp.slug));
        out.push(
            "service",
            json!({
                "id": service_id,
                "name": tenant,
                "status": "active",
            }),
        );
        out.push(
            "service_at_location",
            json!({
                "id": id(&format!("service_at_location:{}:{tenant}", mpp.slug)),
                "service_id": service_id,
                "location_id": location_id,
            }),
        );
        metadata(
            out,
            &service_id,
            "service",
            "name",
            generated,
            "compiled",
            tenant,
            "Peta MPP, from the sources cited for this MPP (see its location's source attributes)",
        );
    }
}

/// Weekly rows from the feed's structured hours (only where a source is
/// unambiguous), in the MPP's own zone; a break splits a day in two rows.
/// Dated exceptions get rows valid on their dates only.
fn add_schedules(out: &mut Hsds, mpp: &Mpp, details: &MppDetails, location_id: &str) {
    let Some(zone) = TimeZone::of_province(&mpp.province.code) else {
        return;
    };
    let statement = details.hours.as_ref();
    let mut n = 0;
    let mut row = |out: &mut Hsds,
                   rule: &HoursRule,
                   opens: &str,
                   closes: &str,
                   valid: Option<(&str, &str)>,
                   notes: Option<&str>| {
        let schedule_id = id(&format!("schedule:{}:{n}", mpp.slug));
        n += 1;
        let mut schedule = json!({
            "id": schedule_id,
            "location_id": location_id,
            "freq": "WEEKLY",
            "byday": byday(&rule.days),
            "opens_at": with_offset(opens, zone),
            "closes_at": with_offset(closes, zone),
            "timezone": zone.utc_offset_minutes() / 60,
            "description": format!(
                "{} {}-{} {}",
                rule.days.join(","),
                opens,
                closes,
                zone.abbreviation()
            ),
        });
        if let Some((from, to)) = valid {
            schedule["valid_from"] = json!(from);
            schedule["valid_to"] = json!(to);
        }
        if let Some(notes) = notes {
            schedule["notes"] = json!(notes);
        }
        out.push("schedule", schedule);
        schedule_id
    };
    for rule in &mpp.hours {
        for (opens, closes) in spans(rule) {
            let schedule_id = row(
                out,
                rule,
                opens,
                closes,
                None,
                statement.map(|s| s.as_stated.as_str()),
            );
            if let (Some(s), Some(as_of), Some(source)) = (
                statement,
                mpp.hours_as_of.as_deref(),
                statement.and_then(|s| s.source.as_deref()),
            ) {
                metadata(
                    out,
                    &schedule_id,
                    "schedule",
                    "opens_at",
                    as_of,
                    "stated",
                    &s.as_stated,
                    source,
                );
            }
        }
    }
    for exception in mpp.hours_exceptions.iter() {
        let valid = Some((exception.from.as_str(), exception.to.as_str()));
        for rule in &exception.hours {
            for (opens, closes) in spans(rule) {
                let schedule_id = row(out, rule, opens, closes, valid, exception.label.as_deref());
                if let Some(source) = &exception.source {
                    metadata(
                        out,
                        &schedule_id,
                        "schedule",
                        "opens_at",
                        &exception.from,
                        "stated",
                        exception.label.as_deref().unwrap_or(""),
                        source,
                    );
                }
            }
        }
    }
}

/// Open spans of a day: one, or two around a break.
fn spans(rule: &HoursRule) -> Vec<(&str, &str)> {
    match (&rule.break_start, &rule.break_end) {
        (Some(start), Some(end)) => vec![
            (rule.open.as_str(), start.as_str()),
            (end.as_str(), rule.close.as_str()),
        ],
        _ => vec![(rule.open.as_str(), rule.close.as_str())],
    }
}

/// `Mon`..`Sun` to RFC 5545's `MO`..`SU`.
fn byday(days: &[String]) -> String {
    days.iter()
        .map(|d| d.get(..2).unwrap_or(d).to_uppercase())
        .collect::<Vec<_>>()
        .join(",")
}

/// `08:00` in WIB is `08:00+07:00`.
fn with_offset(time: &str, zone: TimeZone) -> String {
    let minutes = zone.utc_offset_minutes();
    format!("{time}+{:02}:{:02}", minutes / 60, minutes % 60)
}

#[allow(clippy::too_many_arguments)]
fn metadata(
    out: &mut Hsds,
    resource_id: &str,
    resource_type: &str,
    field_name: &str,
    date: &str,
    action: &str,
    value: &str,
    by: &str,
) {
    out.push(
        "metadata",
        json!({
            "id": id(&format!("metadata:{resource_id}:{field_name}")),
            "resource_id": resource_id,
            "resource_type": resource_type,
            "last_action_date": date,
            "last_action_type": action,
            "field_name": field_name,
            "previous_value": "",
            "replacement_value": value,
            "updated_by": by,
        }),
    );
}

/// `hsds.json`: an object of tables, one row per line.
pub fn render_hsds(hsds: &Hsds) -> String {
    let tables: Vec<String> = hsds
        .tables()
        .map(|(name, rows)| {
            let rows: Vec<String> = rows.iter().map(crate::to_json).collect();
            format!("{}:[\n{}\n]", crate::to_json(&name), rows.join(",\n"))
        })
        .collect();
    format!("{{\n{}\n}}\n", tables.join(",\n"))
}

/// `index.json`: what HSDS's `/` endpoint says (version, profile), and
/// the data's date and licences, from the feed's meta.
pub fn render_hsds_index(hsds: &Hsds, feed: &FeedFile) -> String {
    let counts: Map<String, Value> = hsds
        .tables()
        .map(|(name, rows)| (name.to_string(), json!(rows.len())))
        .collect();
    let index = json!({
        "version": "3.0",
        "profile": PROFILE_URI,
        "generated": hsds.generated,
        "data": HSDS_FILE,
        "format": "HSDS 3.0 tables as JSON, shaped as HSDS's compiled schema/compiled/tabular.json: one array per object",
        "counts": counts,
        "licences": feed.meta.licences,
        "citation": feed.meta.citation,
        "provenance": feed.meta.provenance_en,
        "mapping": "docs/hsds.md in the Peta MPP repository",
    });
    format!(
        "{}\n",
        serde_json::to_string_pretty(&index).expect("serialises")
    )
}

/// The export's files, relative to `hsds/`, with their text.
pub fn render_all(built: &Built) -> Vec<(String, String)> {
    let hsds = build_hsds(built);
    vec![
        (HSDS_FILE.to_string(), render_hsds(&hsds)),
        (
            HSDS_INDEX_FILE.to_string(),
            render_hsds_index(&hsds, &built.feed),
        ),
    ]
}

/// The namespace of Peta MPP's HSDS ids: UUID v5 of the URL namespace
/// and `https://peta-mpp.example/hsds`.
fn namespace() -> [u8; 16] {
    const URL_NAMESPACE: [u8; 16] = [
        0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30,
        0xc8,
    ];
    uuid5_bytes(&URL_NAMESPACE, "https://peta-mpp.example/hsds")
}

/// A stable id: UUID v5 of `name` in Peta MPP's namespace.
pub fn id(name: &str) -> String {
    format_uuid(&uuid5_bytes(&namespace(), name))
}

/// RFC 4122 UUID version 5 (SHA-1) of `name` in `namespace`.
pub fn uuid5(namespace: &[u8; 16], name: &str) -> String {
    format_uuid(&uuid5_bytes(namespace, name))
}

fn uuid5_bytes(namespace: &[u8; 16], name: &str) -> [u8; 16] {
    let mut input = namespace.to_vec();
    input.extend_from_slice(name.as_bytes());
    let digest = sha1(&input);
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    bytes
}

fn format_uuid(b: &[u8; 16]) -> String {
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// SHA-1 (FIPS 180-4), for UUID v5 names only: not for security.
fn sha1(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
    let mut message = data.to_vec();
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for chunk in message.chunks(64) {
        let mut w = [0u32; 80];
        for (i, word) in chunk.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, word) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A827999),
                20..=39 => (b ^ c ^ d, 0x6ED9EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                _ => (b ^ c ^ d, 0xCA62C1D6),
            };
            let temp = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*word);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = temp;
        }
        for (slot, v) in h.iter_mut().zip([a, b, c, d, e]) {
            *slot = slot.wrapping_add(v);
        }
    }
    let mut out = [0u8; 20];
    for (i, v) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&v.to_be_bytes());
    }
    out
}

/// Writes `hsds/` under `out_dir` (called by `make feed`).
pub fn write_hsds(out_dir: &std::path::Path, built: &Built) -> Result<(), String> {
    let dir = out_dir.join(HSDS_DIR);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{HSDS_DIR}: {e}"))?;
    for (name, text) in render_all(built) {
        std::fs::write(dir.join(&name), text).map_err(|e| format!("{HSDS_DIR}/{name}: {e}"))?;
    }
    Ok(())
}
