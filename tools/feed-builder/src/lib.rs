//! The feed builder: turns the researched data in `data/` into the feed the
//! app reads (`public/data/mpp.json` and `mpp-details.json`). It copies what
//! the sources say and invents nothing: a field no source gives stays empty.
//! Any row it cannot map is an error, so bad source data fails the build
//! instead of slipping into the feed.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;

use domain::{
    innovation::InnovationsFile, summary::sort_for_list, text::slug, Area, Batch, DetailsFile,
    FeedFile, FeedMeta, HoursRule, HoursStatement, Inauguration, Licence, Mpp, MppDetails, MppKind,
    MppStatus, PlannedAddress, ServiceCategory, ServiceCount, SCHEMA_VERSION,
};
use serde::Deserialize;

mod citizen_text;
mod evidence;
pub mod geojson;
mod holidays;
pub mod hsds;
pub mod innovations;
mod locations;
pub mod publisher;
mod regions;

pub use citizen_text::{citizen_phrase, citizen_text, has_english, without_english_asides};
pub use geojson::{render_geojson, GEOJSON_FILE};
pub use holidays::read_holidays;
pub use innovations::render_innovations;
pub use regions::{build_regions, render_regions};

use citizen_text::{citizen_phrases, non_empty};
use evidence::parse_evidence;
use locations::{location, parse_confidence};

pub type BuildResult<T> = Result<T, String>;

/// Everything the builder writes from `data/`.
#[derive(Debug)]
pub struct Built {
    /// `mpp.json`.
    pub feed: FeedFile,
    /// `mpp-details.json`.
    pub details: DetailsFile,
    /// `kipp2025.json`.
    pub innovations: InnovationsFile,
}

/// One row of `mpp_sources.csv`.
#[derive(Deserialize)]
struct SourceRow {
    name: String,
    kind: String,
    regency_or_city: String,
    regency_code: String,
    province: String,
    province_code: String,
    inaugurated: String,
    batch_note: String,
    source_urls: String,
    lat: String,
    lon: String,
    coord_source: String,
    coord_precision: String,
    coord_confidence: String,
    confidence: String,
    flags: String,
    counted_in_296: String,
}

/// One entry of `mpp_details.json` (only the fields the feed carries).
#[derive(Deserialize)]
struct DetailRow {
    regency_code: String,
    name: String,
    address: Option<String>,
    address_as_of: Option<String>,
    #[serde(default)]
    address_planned: Vec<PlannedAddress>,
    building: Option<String>,
    opening_hours: Option<HoursRow>,
    #[serde(default)]
    opening_hours_other: Vec<HoursRow>,
    #[serde(default)]
    tenants: Vec<String>,
    #[serde(default)]
    tenants_planned: Vec<String>,
    #[serde(default)]
    services_mentioned: Vec<String>,
    #[serde(default)]
    service_categories: Vec<String>,
    service_count: Option<CountRow>,
    website: Option<String>,
    website_note: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
    notes: Option<String>,
    #[serde(default)]
    flags: Vec<String>,
}

#[derive(Deserialize)]
struct HoursRow {
    as_stated: String,
    structured: Option<Vec<HoursRule>>,
    scope: Option<String>,
    as_of: Option<String>,
    source: Option<String>,
}

#[derive(Deserialize)]
struct CountRow {
    jenis_layanan: Option<u32>,
    instansi: Option<u32>,
    as_of: Option<String>,
    source: Option<String>,
}

#[derive(Deserialize)]
struct Taxonomy {
    categories: Vec<TaxonomyCategory>,
}

#[derive(Deserialize)]
struct TaxonomyCategory {
    key: String,
    label_id: String,
    label_en: String,
}

/// `data/feed_meta.json`: the hand-kept part of the metadata.
#[derive(Deserialize)]
struct MetaInput {
    generated: String,
    provenance: String,
    provenance_en: Option<String>,
    licences: Vec<Licence>,
    details_url: Option<String>,
    regions_url: Option<String>,
    corrections_url: Option<String>,
}

/// `data/batches.json`: inauguration batches as the sources state them.
#[derive(Deserialize)]
struct BatchesInput {
    batches: Vec<BatchInput>,
}

#[derive(Deserialize, Clone)]
struct BatchInput {
    date: String,
    inaugurated: u32,
    total_before: Option<u32>,
    total_after: Option<u32>,
    minister: Option<String>,
    #[serde(default)]
    online: bool,
}

impl BatchInput {
    /// The batch as the feed gives it, with the ids of its MPPs in `mpps`.
    fn to_batch(&self, mpps: &[Mpp]) -> Batch {
        Batch {
            mpp_ids: mpps
                .iter()
                .filter(|m| m.status != MppStatus::Unconfirmed)
                .filter(|m| m.inauguration.as_ref().is_some_and(|i| i.date == self.date))
                .map(|m| m.id.clone())
                .collect(),
            date: self.date.clone(),
            inaugurated: self.inaugurated,
            total_before: self.total_before,
            total_after: self.total_after,
            minister: self.minister.clone(),
            online: self.online,
        }
    }
}

/// The newest batch: the one whose MPPs the app marks as new. Its total
/// after is the announced national count, so it must be stated.
fn current_batch(batches: &[BatchInput]) -> BuildResult<BatchInput> {
    let mut dates = std::collections::HashSet::new();
    for b in batches {
        if b.date.len() != 10 || !domain::dates::is_partial_date(&b.date) {
            return Err(format!(
                "batches.json: {:?} is not a YYYY-MM-DD date",
                b.date
            ));
        }
        if !dates.insert(b.date.clone()) {
            return Err(format!("batches.json: two batches on {}", b.date));
        }
    }
    let newest = batches
        .iter()
        .max_by(|a, b| a.date.cmp(&b.date))
        .cloned()
        .ok_or("batches.json: no batch")?;
    if newest.total_after.is_none() {
        return Err(format!(
            "batches.json: the newest batch ({}) must state total_after, the announced count",
            newest.date
        ));
    }
    Ok(newest)
}

/// Reads `data_dir` and builds both feed files.
pub fn build(data_dir: &Path) -> BuildResult<Built> {
    let read =
        |name: &str| fs::read_to_string(data_dir.join(name)).map_err(|e| format!("{name}: {e}"));
    let meta_input: MetaInput = serde_json::from_str(&read("feed_meta.json")?)
        .map_err(|e| format!("feed_meta.json: {e}"))?;
    let batches: BatchesInput =
        serde_json::from_str(&read("batches.json")?).map_err(|e| format!("batches.json: {e}"))?;
    let batch = current_batch(&batches.batches)?;
    let taxonomy: Taxonomy = serde_json::from_str(&read("service_taxonomy.json")?)
        .map_err(|e| format!("service_taxonomy.json: {e}"))?;
    let detail_rows: Vec<DetailRow> = serde_json::from_str(&read("mpp_details.json")?)
        .map_err(|e| format!("mpp_details.json: {e}"))?;
    let mut details_by_key: HashMap<(String, String), DetailRow> = detail_rows
        .into_iter()
        .map(|d| ((d.regency_code.clone(), d.name.clone()), d))
        .collect();

    let csv_text = read("mpp_sources.csv")?;
    let rows = csv::Reader::from_reader(csv_text.as_bytes())
        .into_deserialize::<SourceRow>()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("mpp_sources.csv: {e}"))?;

    let mut mpps = Vec::with_capacity(rows.len());
    let mut details = BTreeMap::new();
    for row in rows {
        let detail = details_by_key.remove(&(row.regency_code.clone(), row.name.clone()));
        let (mpp, mpp_details) =
            convert(row, detail, &batch.date).map_err(|e| format!("mpp_sources.csv: {e}"))?;
        if details.insert(mpp.id.clone(), mpp_details).is_some() {
            return Err(format!("duplicate id {}", mpp.id));
        }
        mpps.push(mpp);
    }
    if let Some(((code, name), _)) = details_by_key.into_iter().next() {
        return Err(format!(
            "mpp_details.json: {name} ({code}) matches no row of mpp_sources.csv"
        ));
    }
    let mut slugs = std::collections::HashSet::new();
    if let Some(dup) = mpps.iter().find(|m| !slugs.insert(m.slug.clone())) {
        return Err(format!("duplicate slug {}", dup.slug));
    }
    sort_for_list(&mut mpps);
    let innovations =
        innovations::build_innovations(&read("kipp2025.json")?, &build_regions(data_dir)?, &mpps)?;

    let mut all_batches: Vec<Batch> = batches.batches.iter().map(|b| b.to_batch(&mpps)).collect();
    // Newest first: the first is the current batch.
    all_batches.sort_by(|a, b| b.date.cmp(&a.date));
    let holidays = read_holidays(&read("holidays.json")?)?;
    let meta = FeedMeta {
        holidays,
        generated: meta_input.generated,
        announced_total: batch.total_after.unwrap_or_default(),
        announced_date: batch.date,
        current_batch: all_batches.first().cloned(),
        batches: all_batches,
        listed: mpps.len() as u32,
        provenance: meta_input.provenance,
        provenance_en: meta_input.provenance_en,
        licences: meta_input.licences,
        details_url: meta_input.details_url,
        regions_url: meta_input.regions_url,
        corrections_url: meta_input.corrections_url,
        categories: taxonomy
            .categories
            .into_iter()
            .map(|c| ServiceCategory {
                id: c.key,
                label_id: c.label_id,
                label_en: c.label_en,
            })
            .collect(),
    };
    let feed = FeedFile {
        schema_version: SCHEMA_VERSION.to_owned(),
        meta,
        mpps,
    };
    let details = DetailsFile {
        schema_version: SCHEMA_VERSION.to_owned(),
        details,
    };
    Ok(Built {
        feed,
        details,
        innovations,
    })
}

/// `data/holidays.json` (written by `make holidays`, tools/holidays/):
/// One source row as an MPP; `batch_date` is the newest batch's date.
fn convert(
    row: SourceRow,
    detail: Option<DetailRow>,
    batch_date: &str,
) -> BuildResult<(Mpp, MppDetails)> {
    let kind = match row.kind.as_str() {
        "kabupaten" => MppKind::Kabupaten,
        "kota" => MppKind::Kota,
        "provinsi" => MppKind::Provinsi,
        other => return Err(format!("{}: unknown kind {other:?}", row.name)),
    };
    // The province-level MPP (DKI Jakarta) has no regency code: its area is the province.
    let (id, regency) = if kind == MppKind::Provinsi {
        let area = Area {
            code: row.province_code.clone(),
            name: format!("Provinsi {}", row.province),
        };
        (row.province_code.clone(), area)
    } else {
        let area = Area {
            code: row.regency_code.clone(),
            name: row.regency_or_city.clone(),
        };
        (row.regency_code.clone(), area)
    };
    if id.is_empty() {
        return Err(format!("{}: no regency or province code", row.name));
    }
    // "New" is the newest batch, whatever its date: `counted_in_296` only
    // tells a recognised MPP from an uncertain one.
    let status = match row.counted_in_296.as_str() {
        "uncertain" => MppStatus::Unconfirmed,
        _ if row.inaugurated.trim() == batch_date => MppStatus::New,
        s if s.starts_with("no") || s == "yes/likely" => MppStatus::Confirmed,
        other => return Err(format!("{}: unknown counted_in_296 {other:?}", row.name)),
    };
    let confidence = parse_confidence(&row.confidence)
        .ok_or_else(|| format!("{}: unknown confidence {:?}", row.name, row.confidence))?;
    let location = location(&row)?;
    let evidence = parse_evidence(&row.batch_note);
    let inauguration = non_empty(&row.inaugurated).map(|date| Inauguration {
        batch: evidence
            .iter()
            .find(|e| e.date.as_deref() == Some(date.as_str()))
            .map(|e| e.text.clone()),
        date,
    });

    let detail = detail.unwrap_or_else(|| empty_detail(&row));
    let mut sources: Vec<String> = Vec::new();
    for url in row
        .source_urls
        .split(" | ")
        .map(str::trim)
        .chain(detail.sources.iter().map(String::as_str))
    {
        if !url.is_empty() && !sources.iter().any(|s| s == url) {
            sources.push(url.to_owned());
        }
    }
    let flags = non_empty(&row.flags)
        .into_iter()
        .chain(detail.flags)
        .collect();
    let point_note = non_empty(&row.coord_precision).map(|p| match non_empty(&row.coord_source) {
        Some(src) => format!("{p} — {src}"),
        None => p,
    });

    let mpp = Mpp {
        slug: slug(&regency.name),
        id,
        name: row.name.clone(),
        kind,
        province: Area {
            code: row.province_code.clone(),
            name: row.province.clone(),
        },
        regency,
        location,
        inauguration,
        status,
        confidence,
        services: detail.service_categories,
        service_count: detail.service_count.as_ref().and_then(|c| c.jenis_layanan),
        // Hours stated before the address was reported may be a former
        // site's: they give no verdict ("open now") at all.
        hours: detail
            .opening_hours
            .as_ref()
            .filter(|h| !reported_later(&detail.address_as_of, &h.as_of))
            .and_then(|h| h.structured.clone())
            .unwrap_or_default(),
        hours_as_of: detail
            .opening_hours
            .as_ref()
            .and_then(|h| date_only(&h.as_of)),
        // The special schedules in `opening_hours_other` are past (2020–
        // 2025) or undated ("Ramadan 2024 only"): none states the dates it
        // holds for, so none becomes a dated exception. Never guessed.
        hours_exceptions: Vec::new(),
    };
    // `as_of` is sometimes a maintainer's note ("undated (…)"): only a date
    // reaches the feed, so the app never shows a note as a date.
    let hours_statement = |h: HoursRow| HoursStatement {
        as_of: date_only(&h.as_of),
        // Kept only as the source wrote it (Indonesian), else left empty.
        as_stated: citizen_text(&h.as_stated),
        scope: h.scope,
        source: h.source,
    };
    let details = MppDetails {
        address: detail
            .address
            .as_deref()
            .map(citizen_text)
            .filter(|a| !a.is_empty()),
        address_as_of: date_only(&detail.address_as_of),
        address_planned: detail
            .address_planned
            .into_iter()
            .map(|p| PlannedAddress {
                as_of: date_only(&p.as_of),
                ..p
            })
            .collect(),
        building: detail.building,
        tenants: citizen_phrases(detail.tenants),
        tenants_planned: citizen_phrases(detail.tenants_planned),
        services_mentioned: citizen_phrases(detail.services_mentioned),
        service_count: detail.service_count.map(|c| ServiceCount {
            services: c.jenis_layanan,
            agencies: c.instansi,
            as_of: date_only(&c.as_of),
            source: c.source,
        }),
        // A statement in the maintainers' English ("hours not stated",
        // "normally from 08.00 until 16.00") is not the source's: without a
        // timetable the page then says the hours are not recorded.
        hours: detail
            .opening_hours
            .map(hours_statement)
            .filter(|h| !h.as_stated.is_empty() || !mpp.hours.is_empty()),
        hours_other: detail
            .opening_hours_other
            .into_iter()
            .map(hours_statement)
            .collect(),
        website: detail.website,
        website_note: detail.website_note,
        point_note,
        evidence,
        sources,
        flags,
        notes: detail.notes,
    };
    Ok((mpp, details))
}

fn empty_detail(row: &SourceRow) -> DetailRow {
    DetailRow {
        regency_code: row.regency_code.clone(),
        name: row.name.clone(),
        address: None,
        address_as_of: None,
        address_planned: Vec::new(),
        building: None,
        opening_hours: None,
        opening_hours_other: Vec::new(),
        tenants: Vec::new(),
        tenants_planned: Vec::new(),
        services_mentioned: Vec::new(),
        service_categories: Vec::new(),
        service_count: None,
        website: None,
        website_note: None,
        sources: Vec::new(),
        notes: None,
        flags: Vec::new(),
    }
}

/// Whether `later` is a date after `earlier` (both partial dates).
fn reported_later(later: &Option<String>, earlier: &Option<String>) -> bool {
    match (date_only(later), date_only(earlier)) {
        (Some(later), Some(earlier)) => later > earlier,
        _ => false,
    }
}

/// A partial date (`2019`, `2019-01`, `2019-01-24`), or nothing.
fn date_only(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|t| domain::dates::is_partial_date(t))
        .map(str::to_owned)
}

/// Basemap files copied as they are from `data/` to `public/data/`
/// (source name, served name).
pub const BASEMAPS: [(&str, &str); 2] = [
    ("indonesia_outline.geojson", "indonesia-outline.geojson"),
    (
        "indonesia_provinces_2012_simplified.geojson",
        "indonesia-provinces-2012.geojson",
    ),
];

/// Writes JSON with one record per line: small, and a data change shows
/// as a one-line diff in review.
pub fn render_feed(feed: &FeedFile) -> String {
    let records: Vec<String> = feed.mpps.iter().map(to_json).collect();
    format!(
        "{{\"schema_version\":{},\"meta\":{},\"mpps\":[\n{}\n]}}\n",
        to_json(&feed.schema_version),
        to_json(&feed.meta),
        records.join(",\n")
    )
}

pub fn render_details(details: &DetailsFile) -> String {
    let entries: Vec<String> = details
        .details
        .iter()
        .map(|(id, d)| format!("{}:{}", to_json(id), to_json(d)))
        .collect();
    format!(
        "{{\"schema_version\":{},\"details\":{{\n{}\n}}}}\n",
        to_json(&details.schema_version),
        entries.join(",\n")
    )
}

pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("feed types always serialise")
}
