//! Schema v1 of the Peta MPP feed: `mpp.json` (what the list and map need)
//! and `mpp-details.json` (everything else, fetched when a detail page opens).
//! The feed builder serialises these very types, so the app and the builder
//! cannot disagree on the shape. `public/data/*.schema.json` documents it.

use serde::{Deserialize, Serialize};

use crate::dates::split_partial_date;
use crate::read_later::ReadLater;

/// The major version this app understands. A feed with another major
/// version is refused; minor versions may add fields, which are ignored.
pub const SCHEMA_MAJOR: u32 = 1;
pub const SCHEMA_VERSION: &str = "1.5";

/// The whole first-screen feed as it is written to `mpp.json`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct FeedFile {
    pub schema_version: String,
    pub meta: FeedMeta,
    pub mpps: Vec<Mpp>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct FeedMeta {
    /// Date (YYYY-MM-DD) the source data was last compiled.
    pub generated: String,
    /// The national total announced by KemenPAN-RB, and when.
    pub announced_total: u32,
    pub announced_date: String,
    /// How many MPP records the feed lists (confirmed and unconfirmed).
    pub listed: u32,
    /// Where the data comes from, in Indonesian; `provenance_en` in English (1.3).
    pub provenance: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance_en: Option<String>,
    pub licences: Vec<Licence>,
    /// How to cite the data: its title, publisher, licence, and this feed's
    /// version and date (1.5). Older feeds have none, and one that cannot be
    /// read is left out (`records::meta`): it never refuses the feed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
    /// Where the details file lives, relative to the feed's own URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details_url: Option<String>,
    /// The service taxonomy, so a feed is self-describing.
    #[serde(default)]
    pub categories: Vec<ServiceCategory>,
    /// Where the regions file (coverage) lives, relative to the feed (1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regions_url: Option<String>,
    /// Where to report a correction: a `mailto:` or https URL template in
    /// which `{id}` and `{name}` stand for the MPP (1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrections_url: Option<String>,
    /// The newest batch of inaugurations: its MPPs are the ones marked new
    /// (1.2). Older feeds have none, and the app then names no batch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_batch: Option<Batch>,
    /// Every batch the data knows, newest first (1.3): a detail page says
    /// "together with 8 other MPPs" from it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub batches: Vec<Batch>,
    /// Indonesia's national holidays and joint-leave days (1.4), from
    /// `data/holidays.json`, by date. "Open now" knows them; a feed without
    /// them gives verdicts that say holidays are not taken into account.
    /// Read on first use (`read_later.rs`), one entry at a time: a
    /// malformed entry is skipped, never the whole feed.
    #[serde(
        default,
        skip_serializing_if = "crate::read_later::is_empty",
        skip_deserializing
    )]
    pub holidays: Holidays,
}

/// The feed's holidays, by date, read when "open now" first asks.
pub type Holidays = ReadLater<Vec<Holiday>>;

/// An MPP's dated exceptions, read when "open now" first asks.
pub type HoursExceptions = ReadLater<Vec<HoursException>>;

/// A national holiday (libur nasional) or joint-leave day (cuti bersama),
/// as the `holidays` package on PyPI gives it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Holiday {
    /// YYYY-MM-DD.
    pub date: String,
    pub kind: HolidayKind,
    pub name_id: String,
    pub name_en: String,
    /// The date is the package's estimate (Islamic dates of a later year).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimated: bool,
}

impl Holiday {
    /// The name in `lang`.
    pub fn name(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Id => &self.name_id,
            crate::Lang::En => &self.name_en,
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum HolidayKind {
    /// Libur nasional: government offices, MPPs among them, are closed.
    National,
    /// Cuti bersama: civil servants' joint leave; service may be limited.
    JointLeave,
}

/// MPPs inaugurated together, as the sources state it (`data/batches.json`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Batch {
    /// YYYY-MM-DD.
    pub date: String,
    /// How many MPPs the batch inaugurated (the data may name fewer).
    pub inaugurated: u32,
    /// The national total before and after, where a source states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_before: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_after: Option<u32>,
    /// The Minister of PANRB who inaugurated them, by name, where stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minister: Option<String>,
    /// Inaugurated online (virtually), where stated.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub online: bool,
    /// The ids of the batch's MPPs in this feed.
    #[serde(default)]
    pub mpp_ids: Vec<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Licence {
    /// What the licence covers, in Indonesian; `data_en` in English (1.3).
    pub data: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_en: Option<String>,
    pub licence: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The parts of a citation of the data set; each page and export writes
/// the sentence in its own language.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Citation {
    /// The data set's name (a proper name, the same in every language).
    pub title: String,
    pub publisher: String,
    /// The feed format's version (`schema_version`).
    pub version: String,
    /// The date the data was compiled (`generated`).
    pub date: String,
    /// The licence's SPDX identifier, e.g. `ODbL-1.0`.
    pub licence: String,
    pub licence_url: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ServiceCategory {
    pub id: String,
    pub label_id: String,
    pub label_en: String,
}

impl ServiceCategory {
    /// The label in `lang`.
    pub fn label(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Id => &self.label_id,
            crate::Lang::En => &self.label_en,
        }
    }
}

/// One Mal Pelayanan Publik as the list and the map need it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Mpp {
    /// Stable id: the BPS/Kemendagri code of the regency or city
    /// (the province code for a province-level MPP).
    pub id: String,
    pub slug: String,
    pub name: String,
    pub kind: MppKind,
    pub regency: Area,
    pub province: Area,
    /// `None` when no source gives a point: never guessed.
    pub location: Option<Location>,
    /// `None` when no source gives a date.
    pub inauguration: Option<Inauguration>,
    pub status: MppStatus,
    /// How sure the sources are that this MPP exists and is recognised.
    pub confidence: Confidence,
    /// Service-category ids the sources say are present (may be empty:
    /// that means "no service list yet", not "no services").
    #[serde(default)]
    pub services: Vec<String>,
    /// Number of service types (jenis layanan) in the latest statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_count: Option<u32>,
    /// Structured opening hours, only where a source is unambiguous.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<HoursRule>,
    /// When the source stated `hours` (a partial date), if it says (1.3).
    /// "Open now" is only said from hours recent enough to vouch for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_as_of: Option<String>,
    /// Dated exceptions the MPP's data states (1.4): a closure, Ramadan
    /// hours, an owner's notice. They take precedence over the weekly
    /// hours and over national holidays and joint-leave days. Read on
    /// first use (`read_later.rs`): an unreadable one is left out.
    #[serde(
        default,
        skip_serializing_if = "crate::read_later::is_empty",
        skip_deserializing
    )]
    pub hours_exceptions: HoursExceptions,
    /// The regency or city government whose own feed is merged into this
    /// record (1.5): its facts are in the details' `owner`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// `hours` are the owner's (1.5): trusted for "open now" for a shorter
    /// time (`hours::hours_vouched_for`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hours_by_owner: bool,
}

/// Hours that differ from the week on the dates `from` to `to` (inclusive,
/// YYYY-MM-DD, on the MPP's clock): closed when `hours` is empty.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct HoursException {
    pub from: String,
    pub to: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<HoursRule>,
    /// What it is, as the source says it ("Ramadan 1447 H").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum MppKind {
    Kabupaten,
    Kota,
    Provinsi,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Area {
    pub code: String,
    pub name: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
    /// What the point stands for. Only `Building` is the MPP itself.
    pub point: PointKind,
    /// The place the point is (e.g. the regency seat's name), as matched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    pub confidence: Confidence,
    /// What a building point marks, as its owner says (1.5). Written for
    /// the feed's other readers; the app does not read it (no parsing code
    /// in the first load): the details' owner location says it too.
    #[serde(default, skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub marks: Option<PointMarks>,
}

/// What a building point marks.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PointMarks {
    /// The door citizens use.
    Entrance,
    /// Somewhere on the building.
    Building,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PointKind {
    /// The seat (ibukota) of the regency.
    RegencySeat,
    /// The point of the city (kota) itself.
    CityCentre,
    /// The province capital (DKI Jakarta's province-level MPP).
    ProvinceCapital,
    /// A place named like the regency; may not be its seat.
    ApproximatePlace,
    /// The MPP building, where a source gives it.
    Building,
}

impl PointKind {
    /// True when the point is not the MPP building, so the app must say so.
    pub fn is_approximate(self) -> bool {
        self != PointKind::Building
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Inauguration {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the source.
    pub date: String,
    // Until 1.4 a `batch` note rode along here: the maintainers' English
    // words about the event, shown nowhere and sent to every phone in the
    // first load. It stays in the details' `evidence`; the batch a citizen
    // sees is the feed's `meta.batches`.
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum MppStatus {
    /// Inaugurated in the newest batch (`FeedMeta::current_batch`).
    New,
    /// Recognised, and inaugurated before the newest batch.
    Confirmed,
    /// Sources do not show KemenPAN-RB recognition: shown, never counted.
    Unconfirmed,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    High,
    Medium,
    /// Only a province-wide "every regency has one" statement.
    MediumInferred,
    Low,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct HoursRule {
    /// `Mon` … `Sun`.
    pub days: Vec<String>,
    /// Local time `HH:MM` in the MPP's own time zone.
    pub open: String,
    pub close: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub break_start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub break_end: Option<String>,
}

impl HoursRule {
    /// A rule for `days` (`Mon` … `Sun`), open `open`–`close` with an
    /// optional break (start, end): how tests and tools write one briefly.
    pub fn new(days: &[&str], open: &str, close: &str, pause: Option<(&str, &str)>) -> HoursRule {
        HoursRule {
            days: days.iter().map(|d| d.to_string()).collect(),
            open: open.into(),
            close: close.into(),
            break_start: pause.map(|p| p.0.into()),
            break_end: pause.map(|p| p.1.into()),
        }
    }
}

/// `mpp-details.json`: everything a detail page shows beyond the list.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct DetailsFile {
    pub schema_version: String,
    /// Keyed by `Mpp::id`.
    pub details: std::collections::BTreeMap<String, MppDetails>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct MppDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// When the address was reported (a partial date), if the source says (1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_as_of: Option<String>,
    /// Sites planned for the MPP: never where it is now (1.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub address_planned: Vec<PlannedAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub building: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tenants: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tenants_planned: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services_mentioned: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_count: Option<ServiceCount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<HoursStatement>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours_other: Vec<HoursStatement>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_note: Option<String>,
    /// What the map point is, in the words of the data compilation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point_note: Option<String>,
    /// Every dated piece of evidence about the MPP's existence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// What the MPP's own government states (1.5), part by part, with who
    /// stated it and when it was checked: an `owner::OwnerFacts`, kept as
    /// read and typed by `MppDetails::owner_facts` (in `owner`) where a page shows it,
    /// so its code stays in that page's chunk, out of the first load.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<serde_json::Value>,
    /// The researched point and hours an owner's replaced in `mpp.json`
    /// (1.5), kept, never lost: a [`Researched`] (`MppDetails::researched`, in `owner`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub researched: Option<serde_json::Value>,
}

/// What the first load showed before an owner's facts took its place.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Researched {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<HoursRule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_as_of: Option<String>,
}

/// A planned or future site, as a source states it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct PlannedAddress {
    pub statement: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct ServiceCount {
    /// Jenis layanan (service types), when the source states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<u32>,
    /// Instansi (agencies), when the source states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agencies: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct HoursStatement {
    pub as_stated: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<String>,
    pub text: String,
}

impl Mpp {
    pub fn is_new(&self) -> bool {
        self.status == MppStatus::New
    }

    /// The year of the inauguration, when a source dates it (to the year at least).
    pub fn inauguration_year(&self) -> Option<u32> {
        self.inauguration
            .as_ref()
            .and_then(|i| split_partial_date(&i.date))
            .map(|(year, _, _)| year)
    }
}
