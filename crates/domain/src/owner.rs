//! The MPP's own data (schema 1.5, issue 22): what the regency or city
//! government that runs an MPP states in its publisher feed, as the feed
//! builder merged it over the researched data. Every part says who stated
//! it and when it was checked (`from`), and whether it is the one shown
//! (`preferred`: checked no earlier than the researched fact it competes
//! with). A part that loses is kept, so both statements stay in the feed.
//! It lives in `mpp-details.json`; the first load carries only the point,
//! the hours and the publisher's name (`Mpp::publisher`).

use serde::{Deserialize, Serialize};

pub use crate::feed::PointMarks;
use crate::feed::{HoursException, HoursRule, MppDetails, Researched};

/// Who stated a fact and when it was last checked.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct FactFrom {
    pub kind: FactKind,
    /// The government that stated it ("Pemerintah Kabupaten Buol").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// YYYY-MM-DD: the day someone at the MPP confirmed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked_on: Option<String>,
    /// The publisher feed it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feed_url: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// The MPP's own government, in its publisher feed.
    Owner,
    /// Peta MPP's research from public pages (see the record's sources).
    Research,
}

/// Everything the owner's feed states about one MPP, part by part.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct OwnerFacts {
    /// The publisher's name, as in its feed.
    pub publisher: String,
    pub feed_url: String,
    /// When the publisher last changed its file (RFC 3339).
    pub published_at: String,
    /// When Peta MPP fetched it (RFC 3339 UTC).
    pub fetched_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<OwnerPart<OwnerAddress>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<OwnerPart<OwnerPoint>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<OwnerPart<OwnerHours>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agencies: Option<OwnerPart<Vec<OwnerAgency>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<OwnerPart<Vec<OwnerService>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<OwnerPart<OwnerContact>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online: Option<OwnerPart<OwnerOnline>>,
}

/// One part of the owner's record with its provenance.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct OwnerPart<T> {
    pub from: FactFrom,
    /// Shown in place of the researched fact: checked no earlier than it
    /// was stated (or the research states nothing dated). When false the
    /// researched fact is shown and this one is kept beside it.
    pub preferred: bool,
    pub value: T,
}

impl<T> OwnerPart<T> {
    /// The value, where it is the one to show.
    pub fn shown(&self) -> Option<&T> {
        self.preferred.then_some(&self.value)
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct OwnerAddress {
    /// The address on one line, in the publisher's words.
    pub text: String,
    /// How to find the entrance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directions: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct OwnerPoint {
    pub lat: f64,
    pub lon: f64,
    pub marks: PointMarks,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct OwnerHours {
    /// The regular week.
    pub rules: Vec<HoursRule>,
    /// Dated closures and special hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exceptions: Vec<HoursException>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct OwnerAgency {
    pub name: String,
    /// The agency's own days and hours, where they differ from the MPP's
    /// (empty: the MPP's hours).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<HoursRule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct OwnerService {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct OwnerContact {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<OwnerPhone>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct OwnerPhone {
    /// International form as published: `+62-…`.
    pub number: String,
    /// `voice`, `whatsapp` or `sms`.
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl OwnerPhone {
    /// The number for a `tel:` link: `+` and digits only.
    pub fn tel(&self) -> String {
        self.number
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct OwnerOnline {
    /// Online queue or booking links.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub booking: Vec<OwnerLink>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub social: Vec<OwnerLink>,
}

/// A named https link (a booking page; a social account by platform).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct OwnerLink {
    pub name: String,
    pub url: String,
}

impl MppDetails {
    /// The owner's facts; `None` without them or when they cannot be read.
    pub fn owner_facts(&self) -> Option<OwnerFacts> {
        serde_json::from_value(self.owner.clone()?).ok()
    }

    /// What the owner's facts replaced in the first load.
    pub fn researched(&self) -> Option<Researched> {
        serde_json::from_value(self.researched.clone()?).ok()
    }
}
