//! `regions.json`: every province and regency, and where a source says
//! there is no MPP.

use std::fs;
use std::path::Path;

use domain::coverage::{NegativeEvidence, ProvinceRegions, RegencyRegion, RegionsFile};
use serde::Deserialize;

use crate::{to_json, BuildResult};

/// `regions.json` for the app: the 38 provinces and 514 regencies and
/// cities, with the dated negative evidence where a source says there is no
/// MPP. Whether a regency has an MPP is left to the feed itself.
pub fn build_regions(data_dir: &Path) -> BuildResult<RegionsFile> {
    #[derive(Deserialize)]
    struct Input {
        provinces: Vec<ProvinceInput>,
    }
    #[derive(Deserialize)]
    struct ProvinceInput {
        code: String,
        name: String,
        regencies: Vec<RegencyInput>,
    }
    #[derive(Deserialize)]
    struct RegencyInput {
        code: String,
        name: String,
        mpp_status: String,
        #[serde(default)]
        mpp_negative_evidence: Option<NegativeEvidence>,
    }
    let text = fs::read_to_string(data_dir.join("regions.json"))
        .map_err(|e| format!("regions.json: {e}"))?;
    let input: Input = serde_json::from_str(&text).map_err(|e| format!("regions.json: {e}"))?;
    let mut provinces = Vec::new();
    for p in input.provinces {
        let mut regencies = Vec::new();
        for r in p.regencies {
            let none_reported = match (r.mpp_status.as_str(), r.mpp_negative_evidence) {
                ("none_reported", Some(evidence)) => Some(evidence),
                ("none_reported", None) => {
                    return Err(format!(
                        "regions.json: {} is none_reported without evidence",
                        r.code
                    ))
                }
                ("listed" | "not_found_in_sources" | "covered_by_province_level_MPP", _) => None,
                (other, _) => {
                    return Err(format!(
                        "regions.json: {}: unknown mpp_status {other}",
                        r.code
                    ))
                }
            };
            regencies.push(RegencyRegion {
                code: r.code,
                name: r.name,
                none_reported,
                province_level: r.mpp_status == "covered_by_province_level_MPP",
            });
        }
        provinces.push(ProvinceRegions {
            code: p.code,
            name: p.name,
            regencies,
        });
    }
    Ok(RegionsFile {
        schema_version: "1.0".into(),
        provinces,
    })
}

/// One province per line.
pub fn render_regions(regions: &RegionsFile) -> String {
    let provinces: Vec<String> = regions.provinces.iter().map(to_json).collect();
    format!(
        "{{\"schema_version\":{},\"provinces\":[\n{}\n]}}\n",
        to_json(&regions.schema_version),
        provinces.join(",\n")
    )
}
