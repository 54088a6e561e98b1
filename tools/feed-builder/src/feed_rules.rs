//! The rules a fetched feed must pass beyond [`crate::publisher::check`]
//! (which holds whatever the file alone can prove): those that need the
//! registry, the regency seats or the clock. The feed speaks for the
//! registered regency and no other; its building lies within
//! [`MAX_SEAT_DISTANCE_KM`] of that regency's seat; it was not published in
//! the future.

use domain::dates::{civil_from_days, days_from_civil};
use domain::geo::{distance_km, LatLon};
use serde_json::Value;

use crate::publisher::Problem;
use crate::registry::Publisher;

/// How far an MPP's building may lie from its regency's seat. No regency
/// boundaries are at hand, so the seat stands in: an MPP sits in or near
/// the seat town, and 150 km spans all but the very largest regencies
/// (a typo in a coordinate, a swapped latitude and longitude, or another
/// regency's point lands much farther).
pub const MAX_SEAT_DISTANCE_KM: f64 = 150.0;

/// A publisher's clock may run this far ahead of ours.
pub const CLOCK_SKEW_SECONDS: i64 = 300;

/// The problems of a feed (already through `publisher::check`) fetched for
/// `publisher`, given its regency's seat and the time now.
pub fn owner_rules(
    doc: &Value,
    publisher: &Publisher,
    seat: Option<LatLon>,
    now_unix: i64,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let own = publisher.regency_code.as_str();
    let stated = doc["publisher"]["regency_code"]
        .as_str()
        .unwrap_or_default();
    if stated != own {
        out.push(problem(
            "/publisher/regency_code",
            format!("{stated} is not the registered regency ({own}): this address speaks only for {own}"),
        ));
    }
    let published_at = doc["published_at"].as_str().unwrap_or_default();
    match unix_seconds(published_at) {
        None => out.push(problem(
            "/published_at",
            format!("{published_at} is not a valid time"),
        )),
        Some(t) if t > now_unix + CLOCK_SKEW_SECONDS => out.push(problem(
            "/published_at",
            format!(
                "{published_at} is in the future (now: {})",
                rfc3339_utc(now_unix)
            ),
        )),
        Some(_) => {}
    }
    for (i, mpp) in doc["mpps"].as_array().into_iter().flatten().enumerate() {
        let code = mpp["regency_code"].as_str().unwrap_or_default();
        if code != own {
            out.push(problem(
                format!("/mpps/{i}/regency_code"),
                format!(
                    "{code} is another regency's MPP: {} speaks only for {own}",
                    publisher.name
                ),
            ));
        }
        let location = &mpp["location"];
        let (Some(lat), Some(lon)) = (
            location["latitude"].as_f64(),
            location["longitude"].as_f64(),
        ) else {
            continue;
        };
        let at = format!("/mpps/{i}/location");
        match seat {
            None => out.push(problem(
                at,
                format!("no seat of {own} in mpp_sources.csv, so the building's point cannot be checked"),
            )),
            Some(seat) => {
                let km = distance_km(seat, LatLon { lat, lon });
                if km > MAX_SEAT_DISTANCE_KM {
                    out.push(problem(
                        at,
                        format!(
                            "{lat}, {lon} is {km:.0} km from the seat of {own} ({}, {}): more than {MAX_SEAT_DISTANCE_KM:.0} km",
                            seat.lat, seat.lon
                        ),
                    ));
                }
            }
        }
    }
    out
}

fn problem(path: impl Into<String>, message: String) -> Problem {
    Problem {
        path: path.into(),
        message,
    }
}

/// Seconds since 1970-01-01T00:00Z of an RFC 3339 time as the publisher
/// schema allows it (`YYYY-MM-DDTHH:MM[:SS]` and `Z` or `±HH:MM`); `None`
/// for anything else, or a date the calendar does not have.
pub fn unix_seconds(time: &str) -> Option<i64> {
    let date = time.get(..10)?;
    if !crate::publisher::is_calendar_date(date) || time.as_bytes().get(10) != Some(&b'T') {
        return None;
    }
    let rest = &time[11..];
    let zone_at = rest.find(['Z', '+', '-'])?;
    let (clock, zone) = rest.split_at(zone_at);
    let parts: Vec<i64> = clock
        .split(':')
        .map(|p| (p.len() == 2).then(|| p.parse().ok()).flatten())
        .collect::<Option<_>>()?;
    let (h, m, s) = match parts.as_slice() {
        [h, m] => (*h, *m, 0),
        [h, m, s] => (*h, *m, *s),
        _ => return None,
    };
    if h > 23 || m > 59 || s > 59 {
        return None;
    }
    let offset = match zone {
        "Z" => 0,
        _ => {
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let (oh, om) = zone.get(1..)?.split_once(':')?;
            let (oh, om): (i64, i64) = (oh.parse().ok()?, om.parse().ok()?);
            if oh > 14 || om > 59 || zone.len() != 6 {
                return None;
            }
            sign * (oh * 3600 + om * 60)
        }
    };
    let (y, mo, d) = (
        date[..4].parse().ok()?,
        date[5..7].parse().ok()?,
        date[8..].parse().ok()?,
    );
    Some(days_from_civil(y, mo, d) * 86_400 + h * 3600 + m * 60 + s - offset)
}

/// Seconds since the epoch as an RFC 3339 UTC time, e.g. `2026-03-03T01:02:03Z`.
pub fn rfc3339_utc(unix: i64) -> String {
    let (y, m, d) = civil_from_days(unix.div_euclid(86_400));
    let s = unix.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s % 3600 / 60,
        s % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_with_their_offset_and_print_in_utc() {
        let t = unix_seconds("2026-02-10T09:00:00+08:00").unwrap();
        assert_eq!(rfc3339_utc(t), "2026-02-10T01:00:00Z");
        assert_eq!(unix_seconds("2026-02-10T01:00Z"), Some(t));
        assert_eq!(unix_seconds("1970-01-01T00:00:00Z"), Some(0));
        for bad in [
            "2026-02-30T09:00Z",
            "2026-02-10T24:00Z",
            "2026-02-10 09:00Z",
            "2026-02-10T09:00",
            "2026-02-10T9:00Z",
            "2026-02-10T09:00+8:00",
        ] {
            assert_eq!(unix_seconds(bad), None, "{bad}");
        }
    }
}
