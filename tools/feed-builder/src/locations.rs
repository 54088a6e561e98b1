//! Where an MPP's point is and what it stands for, from a source row's
//! coordinates and their precision note (a regency seat is never the
//! building).

use domain::{Confidence, Location, PointKind};

use crate::citizen_text::non_empty;
use crate::records::SourceRow;
use crate::BuildResult;

pub(crate) fn location(row: &SourceRow) -> BuildResult<Option<Location>> {
    let (Some(lat), Some(lon)) = (non_empty(&row.lat), non_empty(&row.lon)) else {
        return Ok(None);
    };
    let parse = |v: &str| {
        v.parse::<f64>()
            .map_err(|e| format!("{}: coordinate {v:?}: {e}", row.name))
    };
    let precision = row.coord_precision.as_str();
    let point = if precision.starts_with("regency seat") {
        PointKind::RegencySeat
    } else if precision.starts_with("city") {
        PointKind::CityCentre
    } else if precision.starts_with("province capital") {
        PointKind::ProvinceCapital
    } else if precision.starts_with("approximate") {
        PointKind::ApproximatePlace
    } else {
        return Err(format!(
            "{}: unknown coord_precision {precision:?}",
            row.name
        ));
    };
    // "regency seat (Takengon, seat per …)": the seat's name, as matched.
    let place = (point == PointKind::RegencySeat)
        .then(|| {
            precision
                .split_once('(')
                .and_then(|(_, rest)| rest.split([',', ')']).next())
        })
        .flatten()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty());
    let confidence = parse_confidence(&row.coord_confidence).ok_or_else(|| {
        format!(
            "{}: unknown coord_confidence {:?}",
            row.name, row.coord_confidence
        )
    })?;
    Ok(Some(Location {
        lat: parse(&lat)?,
        lon: parse(&lon)?,
        point,
        place,
        confidence,
        marks: None,
    }))
}

pub(crate) fn parse_confidence(text: &str) -> Option<Confidence> {
    match text {
        "high" => Some(Confidence::High),
        "medium" => Some(Confidence::Medium),
        t if t.starts_with("medium (inferred") => Some(Confidence::MediumInferred),
        t if t.starts_with("low") => Some(Confidence::Low),
        _ => None,
    }
}
