//! One MPP from its rows: a row of `mpp_sources.csv` (who, where, when, how
//! sure) and, where research found more, its entry of `mpp_details.json`
//! (address, hours, agencies, services), turned into the feed's [`Mpp`] and
//! [`MppDetails`]. Each rule has a function named for it.

use domain::{
    text::slug, Area, HoursRule, HoursStatement, Inauguration, Mpp, MppDetails, MppKind, MppStatus,
    PlannedAddress, ServiceCount,
};
use serde::Deserialize;

use crate::citizen_text::{citizen_phrases, citizen_text, non_empty};
use crate::evidence::parse_evidence;
use crate::locations::{location, parse_confidence};
use crate::BuildResult;

/// One row of `mpp_sources.csv`.
#[derive(Deserialize)]
pub(crate) struct SourceRow {
    pub(crate) name: String,
    pub(crate) kind: String,
    pub(crate) regency_or_city: String,
    pub(crate) regency_code: String,
    pub(crate) province: String,
    pub(crate) province_code: String,
    pub(crate) inaugurated: String,
    pub(crate) batch_note: String,
    pub(crate) source_urls: String,
    pub(crate) lat: String,
    pub(crate) lon: String,
    pub(crate) coord_source: String,
    pub(crate) coord_precision: String,
    pub(crate) coord_confidence: String,
    pub(crate) confidence: String,
    pub(crate) flags: String,
    pub(crate) counted_in_296: String,
}

/// One entry of `mpp_details.json` (only the fields the feed carries).
#[derive(Deserialize)]
pub(crate) struct DetailRow {
    pub(crate) regency_code: String,
    pub(crate) name: String,
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

/// One source row, with its details if research found any, as an MPP;
/// `batch_date` is the newest batch's date.
pub(crate) fn convert(
    row: SourceRow,
    detail: Option<DetailRow>,
    batch_date: &str,
) -> BuildResult<(Mpp, MppDetails)> {
    let (kind, id, regency) = kind_and_area(&row)?;
    let confidence = parse_confidence(&row.confidence)
        .ok_or_else(|| format!("{}: unknown confidence {:?}", row.name, row.confidence))?;
    let evidence = parse_evidence(&row.batch_note);
    let inauguration = non_empty(&row.inaugurated).map(|date| Inauguration { date });
    let detail = detail.unwrap_or_else(|| empty_detail(&row));
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
        location: location(&row)?,
        inauguration,
        status: status(&row, batch_date)?,
        confidence,
        services: detail.service_categories.clone(),
        service_count: detail.service_count.as_ref().and_then(|c| c.jenis_layanan),
        hours: vouched_rules(&detail),
        hours_as_of: detail
            .opening_hours
            .as_ref()
            .and_then(|h| date_only(&h.as_of)),
        // The special schedules in `opening_hours_other` are past (2020–
        // 2025) or undated ("Ramadan 2024 only"): none states the dates it
        // holds for, so none becomes a dated exception. Never guessed.
        hours_exceptions: Default::default(),
        // The MPP's own data, if any, is merged afterwards (owner.rs).
        publisher: None,
        hours_by_owner: false,
    };
    let sources = sources(&row, &detail);
    let flags = non_empty(&row.flags)
        .into_iter()
        .chain(detail.flags.iter().cloned())
        .collect();
    let details = MppDetails {
        point_note: point_note(&row),
        evidence,
        sources,
        flags,
        ..details(detail, !mpp.hours.is_empty())
    };
    Ok((mpp, details))
}

/// The MPP's kind, its id and the area it serves. The province-level MPP
/// (DKI Jakarta) has no regency code: its area is the province.
fn kind_and_area(row: &SourceRow) -> BuildResult<(MppKind, String, Area)> {
    let kind = match row.kind.as_str() {
        "kabupaten" => MppKind::Kabupaten,
        "kota" => MppKind::Kota,
        "provinsi" => MppKind::Provinsi,
        other => return Err(format!("{}: unknown kind {other:?}", row.name)),
    };
    let area = if kind == MppKind::Provinsi {
        Area {
            code: row.province_code.clone(),
            name: format!("Provinsi {}", row.province),
        }
    } else {
        Area {
            code: row.regency_code.clone(),
            name: row.regency_or_city.clone(),
        }
    };
    if area.code.is_empty() {
        return Err(format!("{}: no regency or province code", row.name));
    }
    Ok((kind, area.code.clone(), area))
}

/// "New" is the newest batch, whatever its date: `counted_in_296` only
/// tells a recognised MPP from an uncertain one.
fn status(row: &SourceRow, batch_date: &str) -> BuildResult<MppStatus> {
    Ok(match row.counted_in_296.as_str() {
        "uncertain" => MppStatus::Unconfirmed,
        _ if row.inaugurated.trim() == batch_date => MppStatus::New,
        s if s.starts_with("no") || s == "yes/likely" => MppStatus::Confirmed,
        other => return Err(format!("{}: unknown counted_in_296 {other:?}", row.name)),
    })
}

/// The timetable "open now" may use. Hours stated before the address was
/// reported may be a former site's: they give no verdict at all.
fn vouched_rules(detail: &DetailRow) -> Vec<HoursRule> {
    detail
        .opening_hours
        .as_ref()
        .filter(|h| !reported_later(&detail.address_as_of, &h.as_of))
        .and_then(|h| h.structured.clone())
        .unwrap_or_default()
}

/// The row's sources, then the details' ones, each once, in that order.
fn sources(row: &SourceRow, detail: &DetailRow) -> Vec<String> {
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
    sources
}

/// What the point is and where it comes from, for maintainers.
fn point_note(row: &SourceRow) -> Option<String> {
    non_empty(&row.coord_precision).map(|p| match non_empty(&row.coord_source) {
        Some(src) => format!("{p} — {src}"),
        None => p,
    })
}

/// The details file's record; the caller adds what comes from the source
/// row (point note, evidence, sources, flags). `has_timetable`: whether the
/// MPP got vouched rules.
fn details(detail: DetailRow, has_timetable: bool) -> MppDetails {
    // A statement in the maintainers' English ("hours not stated",
    // "normally from 08.00 until 16.00") is not the source's: without a
    // timetable the page then says the hours are not recorded.
    let hours = detail
        .opening_hours
        .map(hours_statement)
        .filter(|h| !h.as_stated.is_empty() || has_timetable);
    MppDetails {
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
        hours,
        hours_other: detail
            .opening_hours_other
            .into_iter()
            .map(hours_statement)
            .collect(),
        website: detail.website,
        website_note: detail.website_note,
        point_note: None,
        evidence: Vec::new(),
        sources: Vec::new(),
        flags: Vec::new(),
        notes: detail.notes,
        owner: None,
        researched: None,
    }
}

/// `as_of` is sometimes a maintainer's note ("undated (…)"): only a date
/// reaches the feed, so the app never shows a note as a date.
fn hours_statement(h: HoursRow) -> HoursStatement {
    HoursStatement {
        as_of: date_only(&h.as_of),
        // Kept only as the source wrote it (Indonesian), else left empty.
        as_stated: citizen_text(&h.as_stated),
        scope: h.scope,
        source: h.source,
    }
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
