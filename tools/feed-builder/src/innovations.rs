//! `data/kipp2025.json` → `public/data/kipp2025.json`: the OPSI KIPP 2025
//! winners the sources name. The research file mixes facts with the
//! maintainers' English notes (in `institution`, `confidence`, the places
//! and the description); only the facts are kept, and a record or a phrase
//! this builder cannot read is an error, not a guess.

use std::collections::BTreeMap;

use domain::{
    coverage::RegionsFile,
    dates::is_partial_date,
    innovation::{
        AwardGroup, Innovation, InnovationsFile, InnovationsMeta, InstitutionBasis,
        InstitutionKind, Place, Source,
    },
    is_safe_link,
    text::slug,
    Mpp,
};
use serde::Deserialize;

use crate::citizen_text::{has_english, without_english_asides};

use crate::{citizen_phrase, BuildResult};

pub const INNOVATIONS_SCHEMA_VERSION: &str = "1.0";

#[derive(Deserialize)]
struct Input {
    meta: MetaRow,
    innovations: Vec<InnovationRow>,
}

#[derive(Deserialize)]
struct MetaRow {
    /// "…, 2025-12-15": the event, ending with its date.
    event: String,
    total_awarded: u32,
    /// How many the file names (checked against the records).
    found: usize,
    sources_for_totals: Vec<String>,
}

/// One record of `kipp2025.json` (`notes` are for maintainers: not read).
#[derive(Deserialize)]
struct InnovationRow {
    innovation: String,
    institution: String,
    institution_kind: String,
    province: String,
    regency_or_city: String,
    group: String,
    category: String,
    description_as_stated: String,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    source_dates: BTreeMap<String, String>,
    confidence: String,
}

/// Reads the research file and ties each firmly placed local winner to the
/// feed's MPPs of its regency or city (`mpps` must be the feed's): their
/// pages name the award.
pub fn build_innovations(
    text: &str,
    regions: &RegionsFile,
    mpps: &[Mpp],
) -> BuildResult<InnovationsFile> {
    let input: Input = serde_json::from_str(text).map_err(|e| format!("kipp2025.json: {e}"))?;
    let awarded = input
        .meta
        .event
        .rsplit(", ")
        .next()
        .filter(|d| d.len() == 10 && is_partial_date(d))
        .ok_or("kipp2025.json: meta.event does not end with the date (YYYY-MM-DD)")?
        .to_owned();
    if input.meta.found != input.innovations.len() {
        return Err(format!(
            "kipp2025.json: meta.found is {} but {} innovations are listed",
            input.meta.found,
            input.innovations.len()
        ));
    }
    let mut innovations: Vec<Innovation> = Vec::new();
    for row in input.innovations {
        let name = row.innovation.clone();
        let innovation =
            convert(row, regions, mpps).map_err(|e| format!("kipp2025.json: {name}: {e}"))?;
        if innovations.iter().any(|i| i.id == innovation.id) {
            return Err(format!("kipp2025.json: duplicate id {}", innovation.id));
        }
        innovations.push(innovation);
    }
    Ok(InnovationsFile {
        schema_version: INNOVATIONS_SCHEMA_VERSION.to_owned(),
        meta: InnovationsMeta {
            awarded,
            total_awarded: input.meta.total_awarded,
            sources: input.meta.sources_for_totals,
        },
        innovations,
    })
}

fn convert(row: InnovationRow, regions: &RegionsFile, mpps: &[Mpp]) -> BuildResult<Innovation> {
    if row.sources.is_empty() {
        return Err("no source: a winner no page names is not listed".into());
    }
    let sources = row
        .sources
        .iter()
        .map(|url| {
            if !is_safe_link(url) {
                return Err(format!("source {url:?} is not an http(s) URL"));
            }
            Ok(Source {
                url: url.clone(),
                date: row.source_dates.get(url).and_then(|d| leading_date(d)),
            })
        })
        .collect::<BuildResult<Vec<_>>>()?;
    let basis = basis(&row.confidence)?;
    let institution_kind = institution_kind(&row.institution_kind)?;
    let province = match place_name(&row.province) {
        Some(name) => Some(province(regions, &name)?),
        None => None,
    };
    let regency = match place_name(&row.regency_or_city) {
        Some(name) => Some(regency(regions, &name, province.as_ref())?),
        None => None,
    };
    let local = institution_kind.is_some_and(InstitutionKind::is_local) && basis.is_firm();
    let in_feed = match (&regency, local) {
        (Some(place), true) => mpps
            .iter()
            .filter(|m| m.regency.code == place.code)
            .map(|m| m.slug.clone())
            .collect(),
        _ => Vec::new(),
    };
    let short_name = row.innovation.split(" (").next().unwrap_or(&row.innovation);
    Ok(Innovation {
        id: slug(short_name),
        institution: institution(&row.institution, basis),
        institution_kind,
        basis,
        province,
        regency,
        group: match row.group.trim() {
            "" => None,
            "umum" => Some(AwardGroup::Umum),
            "replikasi" => Some(AwardGroup::Replikasi),
            other => return Err(format!("unknown group {other:?}")),
        },
        category: citizen_phrase(&row.category),
        // A candidate's pages describe the candidate's programme, which no
        // source ties to the award.
        description: basis
            .is_firm()
            .then(|| description(&row.description_as_stated))
            .flatten(),
        sources,
        mpps: in_feed,
        name: row.innovation,
    })
}

/// The research's confidence note, as how firmly the institution is known
/// (every listed innovation's award itself is stated by its sources).
fn basis(confidence: &str) -> BuildResult<InstitutionBasis> {
    let c = confidence.trim().to_lowercase();
    Ok(if c.contains("institution unknown") {
        InstitutionBasis::Unknown
    } else if c.contains("institution low") || c.contains("institution medium-low") {
        // A candidate: a programme of that name, with no page tying it to the award.
        InstitutionBasis::Candidate
    } else if c == "high" || c.starts_with("medium-high") {
        InstitutionBasis::Confirmed
    } else if c.starts_with("medium") {
        InstitutionBasis::NameMatch
    } else {
        return Err(format!("unknown confidence {confidence:?}"));
    })
}

fn institution_kind(raw: &str) -> BuildResult<Option<InstitutionKind>> {
    /// How the research writes each kind (a `?` or a note may follow).
    const KINDS: [(&str, InstitutionKind); 5] = [
        ("kementerian", InstitutionKind::Ministry),
        ("pemda (provinsi)", InstitutionKind::Province),
        ("pemda (kabupaten)", InstitutionKind::Regency),
        ("pemda (kota)", InstitutionKind::City),
        ("bumd", InstitutionKind::RegionalEnterprise),
    ];
    let written = raw.trim().to_lowercase();
    if written.is_empty() {
        return Ok(None);
    }
    KINDS
        .iter()
        .find(|(prefix, _)| written.starts_with(prefix))
        .map(|(_, kind)| Some(*kind))
        .ok_or_else(|| format!("unknown institution_kind {raw:?}"))
}

/// The institution's name without the maintainers' asides; for a
/// candidate, the name the note gives ("(not stated; candidate X)").
fn institution(raw: &str, basis: InstitutionBasis) -> Option<String> {
    match basis {
        InstitutionBasis::Unknown => None,
        InstitutionBasis::Candidate => raw
            .split_once("candidate ")
            .map(|(_, rest)| rest.trim_end_matches(')').trim().to_owned())
            .filter(|name| !name.is_empty() && !has_english(name)),
        InstitutionBasis::Confirmed | InstitutionBasis::NameMatch => citizen_phrase(raw),
    }
}

/// A province or regency as the research writes it ("Jawa Timur?
/// (unconfirmed)", "Kabupaten Banyumas (Purwokerto; location of …)"):
/// the name alone, or nothing ("(provincial; …)").
fn place_name(raw: &str) -> Option<String> {
    let name = raw.split('(').next().unwrap_or_default();
    let name = name.trim().trim_end_matches('?').trim();
    (!name.is_empty()).then(|| name.to_owned())
}

fn province(regions: &RegionsFile, name: &str) -> BuildResult<Place> {
    regions
        .provinces
        .iter()
        .find(|p| p.name == name)
        .map(|p| Place {
            code: p.code.clone(),
            name: p.name.clone(),
        })
        .ok_or_else(|| format!("province {name:?} is not in regions.json"))
}

fn regency(regions: &RegionsFile, name: &str, province: Option<&Place>) -> BuildResult<Place> {
    regions
        .provinces
        .iter()
        .filter(|p| province.is_none_or(|wanted| wanted.code == p.code))
        .flat_map(|p| &p.regencies)
        .find(|r| r.name == name)
        .map(|r| Place {
            code: r.code.clone(),
            name: r.name.clone(),
        })
        .ok_or_else(|| format!("regency or city {name:?} is not in regions.json (or its province)"))
}

/// The description's parts that are the sources' Indonesian words; the
/// maintainers' English parts are left out.
fn description(raw: &str) -> Option<String> {
    let kept: Vec<String> = without_english_asides(raw)
        .split(';')
        .map(|part| {
            let part = part.trim().trim_start_matches("- ");
            // A part that is one quotation reads as the sentence itself.
            part.strip_prefix('\'')
                .and_then(|p| p.strip_suffix('\''))
                .filter(|p| !p.contains('\''))
                .unwrap_or(part)
                .to_owned()
        })
        .filter(|part| !part.is_empty() && !has_english(part))
        .collect();
    (!kept.is_empty()).then(|| kept.join("; "))
}

/// "2025-12 (TVRI copy)" → "2025-12"; no date → nothing.
fn leading_date(raw: &str) -> Option<String> {
    raw.split_whitespace()
        .next()
        .filter(|d| is_partial_date(d))
        .map(str::to_owned)
}

/// `kipp2025.json` for the app: one innovation per line.
pub fn render_innovations(file: &InnovationsFile) -> String {
    let records: Vec<String> = file.innovations.iter().map(crate::to_json).collect();
    format!(
        "{{\"schema_version\":{},\"meta\":{},\"innovations\":[\n{}\n]}}\n",
        crate::to_json(&file.schema_version),
        crate::to_json(&file.meta),
        records.join(",\n")
    )
}
