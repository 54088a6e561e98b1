//! The publisher registry, `data/publishers.json` (issue 22, point 3): the
//! publishers whose feeds `make publishers` fetches, each added by a
//! reviewed change in git (`docs/publishers.en.md`). Its shape is
//! `tools/feed-builder/registry.schema.json`; [`parse`] adds the rules a
//! schema cannot say. A broken registry stops the step with every problem
//! named; a broken feed never does.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use domain::geo::LatLon;
use serde::Deserialize;
use serde_json::Value;

use crate::fetch::{check_domain, check_url, FetchPolicy};
use crate::publisher::is_calendar_date;
use crate::records::SourceRow;

/// The registry's file name in the data directory.
pub const REGISTRY_FILE: &str = "publishers.json";

/// Where the registry's schema lives in the repository.
pub const SCHEMA_PATH: &str = "tools/feed-builder/registry.schema.json";

/// The schema, compiled into the builder.
pub const SCHEMA_JSON: &str = include_str!("../registry.schema.json");

/// The registry file.
#[derive(Debug, Clone, Deserialize)]
pub struct Registry {
    pub registry_version: u32,
    pub publishers: Vec<Publisher>,
}

/// One registered publisher.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Publisher {
    /// The regency or city it speaks for (as in `data/mpp_sources.csv`).
    pub regency_code: String,
    /// The publishing government, e.g. "Pemerintah Kabupaten Buol".
    pub name: String,
    /// The fixed address of its publisher file.
    pub feed_url: String,
    /// Its own `go.id` domain: the feed, and every redirect, must be on it.
    pub domain: String,
    /// The day the reviewed change was merged.
    pub registered_on: String,
    /// A link to, or a note of, the reviewed change.
    pub review: String,
}

/// Each MPP's regency seat, by regency code: the point a publisher's
/// building must lie near (no regency boundaries are at hand). `None` where
/// the sources give no point.
pub type Seats = BTreeMap<String, Option<LatLon>>;

/// The seats from `mpp_sources.csv` in `data_dir`.
pub fn read_seats(data_dir: &Path) -> Result<Seats, String> {
    let text = std::fs::read_to_string(data_dir.join("mpp_sources.csv"))
        .map_err(|e| format!("mpp_sources.csv: {e}"))?;
    let mut seats = Seats::new();
    for row in csv::Reader::from_reader(text.as_bytes()).into_deserialize::<SourceRow>() {
        let row = row.map_err(|e| format!("mpp_sources.csv: {e}"))?;
        let point = match (row.lat.parse(), row.lon.parse()) {
            (Ok(lat), Ok(lon)) => Some(LatLon { lat, lon }),
            _ => None,
        };
        let seat = seats.entry(row.regency_code).or_insert(point);
        if seat.is_none() {
            *seat = point;
        }
    }
    Ok(seats)
}

fn validator() -> &'static jsonschema::Validator {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        let schema: Value = serde_json::from_str(SCHEMA_JSON).expect("the registry schema is JSON");
        jsonschema::draft202012::new(&schema).expect("the registry schema compiles")
    })
}

/// Reads and checks the registry at `path`; every problem in one message.
pub fn load(path: &Path, seats: &Seats, policy: &FetchPolicy) -> Result<Registry, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text, seats, policy).map_err(|problems| {
        format!(
            "{} is refused, {} problem(s):\n  - {}",
            path.display(),
            problems.len(),
            problems.join("\n  - ")
        )
    })
}

/// Checks a registry's text: JSON, the schema, then the rules: a real
/// `registered_on` date, a `go.id` domain, a feed URL the fetch may use, a
/// regency with an MPP in the sources, and no regency twice.
pub fn parse(text: &str, seats: &Seats, policy: &FetchPolicy) -> Result<Registry, Vec<String>> {
    let doc: Value =
        serde_json::from_str(text).map_err(|e| vec![format!("not valid JSON: {e}")])?;
    let schema_problems: Vec<String> = validator()
        .iter_errors(&doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    if !schema_problems.is_empty() {
        return Err(schema_problems);
    }
    let registry: Registry =
        serde_json::from_value(doc).map_err(|e| vec![format!("not a registry: {e}")])?;
    let mut problems = Vec::new();
    let mut seen = BTreeMap::new();
    for (i, p) in registry.publishers.iter().enumerate() {
        let at = format!("/publishers/{i}");
        if !is_calendar_date(&p.registered_on) {
            problems.push(format!(
                "{at}/registered_on: {} is not a real date",
                p.registered_on
            ));
        }
        if let Err(e) = check_domain(&p.domain, policy) {
            problems.push(format!("{at}/domain: {e}"));
        } else if let Err(e) = check_url(&p.feed_url, &p.domain, policy) {
            problems.push(format!("{at}/feed_url: {e}"));
        }
        if !seats.contains_key(&p.regency_code) {
            problems.push(format!(
                "{at}/regency_code: {} has no MPP in mpp_sources.csv",
                p.regency_code
            ));
        }
        if let Some(first) = seen.insert(p.regency_code.as_str(), i) {
            problems.push(format!(
                "{at}/regency_code: {} is already registered at /publishers/{first}: one feed per regency",
                p.regency_code
            ));
        }
    }
    if problems.is_empty() {
        Ok(registry)
    } else {
        Err(problems)
    }
}
