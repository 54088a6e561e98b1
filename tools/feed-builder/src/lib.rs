//! The feed builder: turns the researched data in `data/` into the feed the
//! app reads (`public/data/mpp.json` and `mpp-details.json`). It copies what
//! the sources say and invents nothing: a field no source gives stays empty.
//! Any row it cannot map is an error, so bad source data fails the build
//! instead of slipping into the feed.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;

use domain::{
    innovation::InnovationsFile, summary::sort_for_list, Batch, Citation, DetailsFile, FeedFile,
    FeedMeta, Licence, Mpp, MppStatus, ServiceCategory, SCHEMA_VERSION,
};
use serde::Deserialize;

mod citizen_text;
mod evidence;
pub mod feed_rules;
pub mod fetch;
pub mod fetch_step;
pub mod geojson;
mod holidays;
pub mod hsds;
pub mod innovations;
mod locations;
pub mod owner;
pub mod publisher;
mod records;
mod regions;
pub mod registry;

pub use citizen_text::{citizen_phrase, citizen_text, has_english, without_english_asides};
pub use geojson::{render_geojson, GEOJSON_FILE};
pub use holidays::read_holidays;
pub use innovations::render_innovations;
pub use regions::{build_regions, render_regions};

use records::{convert, DetailRow, SourceRow};

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
    dataset: DatasetInput,
    details_url: Option<String>,
    regions_url: Option<String>,
    corrections_url: Option<String>,
}

/// `feed_meta.json`'s `dataset`: the data set's name and licence; the
/// builder adds the version and date to make the feed's citation.
#[derive(Deserialize)]
struct DatasetInput {
    title: String,
    publisher: String,
    licence: String,
    licence_url: String,
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

/// Reads `data_dir` (with the MPPs' own data from `data_dir/publishers`)
/// and builds the feed files.
pub fn build(data_dir: &Path) -> BuildResult<Built> {
    build_with(data_dir, &data_dir.join("publishers"))
}

/// As [`build`], with the publishers' stored copies read from `publishers`.
/// A stored copy that fails its check is skipped, and said on stderr.
pub fn build_with(data_dir: &Path, publishers: &Path) -> BuildResult<Built> {
    let owners = owner::read_stored(publishers);
    for line in &owners.skipped {
        eprintln!("feed-builder: {line}");
    }
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
        let (mut mpp, mut mpp_details) =
            convert(row, detail, &batch.date).map_err(|e| format!("mpp_sources.csv: {e}"))?;
        if let Some(stored) = owners.records.get(&mpp.id) {
            owner::merge(&mut mpp, &mut mpp_details, stored);
        }
        if details.insert(mpp.id.clone(), mpp_details).is_some() {
            return Err(format!("duplicate id {}", mpp.id));
        }
        mpps.push(mpp);
    }
    for code in owners.records.keys().filter(|c| !details.contains_key(*c)) {
        eprintln!("feed-builder: data/publishers: {code} matches no MPP; not merged");
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
        holidays: holidays.into(),
        generated: meta_input.generated.clone(),
        announced_total: batch.total_after.unwrap_or_default(),
        announced_date: batch.date,
        current_batch: all_batches.first().cloned(),
        batches: all_batches,
        listed: mpps.len() as u32,
        provenance: meta_input.provenance,
        provenance_en: meta_input.provenance_en,
        licences: meta_input.licences,
        citation: Some(Citation {
            title: meta_input.dataset.title,
            publisher: meta_input.dataset.publisher,
            version: SCHEMA_VERSION.to_owned(),
            date: meta_input.generated,
            licence: meta_input.dataset.licence,
            licence_url: meta_input.dataset.licence_url,
        }),
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
