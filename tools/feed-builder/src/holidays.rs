//! `data/holidays.json` (written by `tools/holidays/generate.py` from the
//! pinned PyPI `holidays` package), read strictly.

use domain::Holiday;
use serde::Deserialize;

use crate::BuildResult;

/// Indonesia's national holidays and joint-leave days. Strict: a wrong
/// date, a date outside the stated years, an empty name or an unsorted list
/// fails the build.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidaysInput {
    #[allow(dead_code)]
    source: String,
    #[allow(dead_code)]
    generated_by: String,
    years: Vec<u32>,
    days: Vec<Holiday>,
}

pub fn read_holidays(text: &str) -> BuildResult<Vec<Holiday>> {
    let input: HolidaysInput =
        serde_json::from_str(text).map_err(|e| format!("holidays.json: {e}"))?;
    for h in &input.days {
        let Some((year, _, _)) = domain::dates::parse_date(&h.date) else {
            return Err(format!(
                "holidays.json: {:?} is not a YYYY-MM-DD date",
                h.date
            ));
        };
        if !input.years.contains(&year) {
            return Err(format!(
                "holidays.json: {} is outside {:?}",
                h.date, input.years
            ));
        }
        if h.name_id.trim().is_empty() || h.name_en.trim().is_empty() {
            return Err(format!("holidays.json: {} has no name", h.date));
        }
    }
    if input.days.windows(2).any(|w| w[0].date > w[1].date) {
        return Err("holidays.json: days are not in date order".into());
    }
    Ok(input.days)
}
