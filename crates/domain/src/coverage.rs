//! Where MPPs are, and where they are still missing, by province — told
//! honestly: "listed", "a dated source says there is none" and "no evidence
//! either way" are three different things, and the last is not "no MPP".
//!
//! `regions.json` (from the feed builder) lists the 38 provinces and 514
//! regencies and cities with any negative evidence; whether a regency has
//! an MPP comes from the feed itself.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::feed::{Mpp, MppStatus};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct RegionsFile {
    pub schema_version: String,
    pub provinces: Vec<ProvinceRegions>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ProvinceRegions {
    pub code: String,
    pub name: String,
    pub regencies: Vec<RegencyRegion>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RegencyRegion {
    pub code: String,
    pub name: String,
    /// A dated source says this regency or city had no MPP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub none_reported: Option<NegativeEvidence>,
    /// Served by a province-level MPP (DKI Jakarta's cities).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub province_level: bool,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct NegativeEvidence {
    pub statement: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// One province's numbers.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ProvinceCoverage {
    pub code: String,
    pub name: String,
    /// Regencies and cities in the province.
    pub total: usize,
    /// With an MPP in the data (confirmed or new).
    pub listed: usize,
    /// With an MPP in the data that is not confirmed.
    pub unconfirmed: usize,
    /// Served by a province-level MPP.
    pub province_level: usize,
    /// A dated source says there is none.
    pub none_reported: usize,
    /// No evidence either way (not proof of absence).
    pub no_evidence: usize,
}

impl ProvinceCoverage {
    /// Share of regencies and cities with a listed MPP (province-level
    /// coverage counts as covered), 0.0–1.0.
    pub fn share(&self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        (self.listed + self.province_level) as f64 / self.total as f64
    }
}

/// Coverage of every province, in `regions` order.
pub fn coverage(regions: &RegionsFile, mpps: &[Mpp]) -> Vec<ProvinceCoverage> {
    let confirmed: HashSet<&str> = mpps
        .iter()
        .filter(|m| m.status != MppStatus::Unconfirmed)
        .map(|m| m.regency.code.as_str())
        .collect();
    let unconfirmed: HashSet<&str> = mpps
        .iter()
        .filter(|m| m.status == MppStatus::Unconfirmed)
        .map(|m| m.regency.code.as_str())
        .collect();
    regions
        .provinces
        .iter()
        .map(|p| {
            let mut c = ProvinceCoverage {
                code: p.code.clone(),
                name: p.name.clone(),
                total: p.regencies.len(),
                ..Default::default()
            };
            for r in &p.regencies {
                if confirmed.contains(r.code.as_str()) {
                    c.listed += 1;
                } else if unconfirmed.contains(r.code.as_str()) {
                    c.unconfirmed += 1;
                } else if r.province_level {
                    c.province_level += 1;
                } else if r.none_reported.is_some() {
                    c.none_reported += 1;
                } else {
                    c.no_evidence += 1;
                }
            }
            c
        })
        .collect()
}

/// The sum over provinces (code and name empty).
pub fn total(provinces: &[ProvinceCoverage]) -> ProvinceCoverage {
    provinces
        .iter()
        .fold(ProvinceCoverage::default(), |mut sum, p| {
            sum.total += p.total;
            sum.listed += p.listed;
            sum.unconfirmed += p.unconfirmed;
            sum.province_level += p.province_level;
            sum.none_reported += p.none_reported;
            sum.no_evidence += p.no_evidence;
            sum
        })
}
