//! Regions of the feed (a province, or a regency or city) and how a
//! `wilayah=` value names one: by code or by the slug of its name.

use crate::feed::Mpp;
use crate::text::slug;

/// A region of the feed: a province, or a regency or city.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Region {
    Province {
        code: String,
        name: String,
    },
    Regency {
        code: String,
        name: String,
        province_code: String,
        province_name: String,
    },
}

impl Region {
    pub fn name(&self) -> &str {
        match self {
            Region::Province { name, .. } | Region::Regency { name, .. } => name,
        }
    }

    pub fn code(&self) -> &str {
        match self {
            Region::Province { code, .. } | Region::Regency { code, .. } => code,
        }
    }

    /// Whether `mpp` lies in the region.
    pub fn contains(&self, mpp: &Mpp) -> bool {
        match self {
            Region::Province { code, .. } => mpp.province.code == *code,
            Region::Regency { code, .. } => mpp.regency.code == *code,
        }
    }

    /// The province a regency lies in (what "widen" widens to).
    pub fn province(&self) -> Option<Region> {
        match self {
            Region::Province { .. } => None,
            Region::Regency {
                province_code,
                province_name,
                ..
            } => Some(Region::Province {
                code: province_code.clone(),
                name: province_name.clone(),
            }),
        }
    }
}

/// The region `wilayah` names: a province code ("63"), a regency or city
/// code ("63.11"), or a slug of either name ("kalimantan-selatan",
/// "kabupaten-balangan", also "balangan"). Only regions of the feed count.
pub fn resolve_region(mpps: &[Mpp], wilayah: &str) -> Option<Region> {
    let wanted = wilayah.trim().to_ascii_lowercase();
    if wanted.is_empty() {
        return None;
    }
    let province = |m: &Mpp| Region::Province {
        code: m.province.code.clone(),
        name: m.province.name.clone(),
    };
    let regency = |m: &Mpp| Region::Regency {
        code: m.regency.code.clone(),
        name: m.regency.name.clone(),
        province_code: m.province.code.clone(),
        province_name: m.province.name.clone(),
    };
    let bare = |name: &str| {
        let s = slug(name);
        ["kabupaten-", "kota-", "provinsi-"]
            .iter()
            .find_map(|p| s.strip_prefix(p).map(str::to_owned))
            .unwrap_or(s)
    };
    mpps.iter()
        .find(|m| m.province.code == wanted || slug(&m.province.name) == wanted)
        .map(province)
        .or_else(|| {
            mpps.iter()
                .find(|m| {
                    m.regency.code == wanted || slug(&m.regency.name) == wanted || m.slug == wanted
                })
                .map(regency)
        })
        .or_else(|| {
            mpps.iter()
                .find(|m| bare(&m.regency.name) == wanted)
                .map(regency)
        })
}
