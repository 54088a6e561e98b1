//! The publisher file (`public/schema/mpp-publisher-1.0.schema.json`) as
//! the editor for MPP staff (`/kelola/<slug>`) writes it: the draft the
//! form edits (strings as typed, so bad input is kept and said, never
//! lost), the checks the form shows as it is filled (problem codes; the
//! sentences are the app's, in each language), and the conversion of a
//! good draft to the file. Hours are written structured (HSDS intervals by
//! weekday); the editor never reads an OSM `opening_hours` string, so no
//! such parser is in the browser. The feed builder's `publisher::check`
//! (schema and rules, natively) is the judge: its tests run this output
//! through it.

use serde::{Deserialize, Serialize};

use crate::dates::{civil_from_days, iso_date, parse_date};
use crate::geo::{distance_km, LatLon};
use crate::hours::TimeZone;
use crate::{HoursRule, Mpp, MppDetails, PointKind};

pub use draft::*;
pub use file::*;

mod draft;
mod file;

/// The schema version the editor writes.
pub const SCHEMA_VERSION: &str = "1.0";
/// Where the schema is published (the file's `$schema`, for editors that validate).
pub const SCHEMA_URL: &str = "https://peta-mpp.example/schema/mpp-publisher-1.0.schema.json";
/// The bounds of the schema's `text` and `long_text`.
pub const MAX_TEXT: usize = 200;
pub const MAX_LONG_TEXT: usize = 500;
pub const MAX_URL: usize = 300;
/// A building further than this from its regency's seat is refused: the
/// fetch step's sanity rule where no boundary is at hand.
pub const MAX_KM_FROM_SEAT: f64 = 150.0;
/// HSDS/iCalendar weekdays, Monday first (the grid's rows).
pub const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// What is wrong with one field: a code, worded by the app.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "code")]
pub enum Problem {
    /// Needed (by the part it belongs to, once that part is filled).
    Required,
    /// Longer than `max` characters.
    TooLong {
        max: usize,
    },
    /// `<`, `>` or a control character: plain text only.
    Markup,
    /// Not an `https://` link (or not a well-formed one).
    NotHttps,
    /// Not a time `HH:MM` (00:00 to 23:59).
    NotTime,
    /// Closes at or before it opens.
    ClosesBeforeOpens,
    /// Overlaps another interval of the same day.
    Overlaps,
    /// Not a real date `YYYY-MM-DD`.
    NotDate,
    /// A date after today (nothing can have been checked in the future).
    InFuture,
    /// Ends before it starts.
    EndsBeforeStarts,
    /// Not a phone number in the form +62….
    NotPhone,
    NotEmail,
    NotPostalCode,
    /// Not a decimal number.
    NotNumber,
    /// Outside Indonesia's bounding box (the schema's bounds).
    OutsideIndonesia,
    /// Further from the regency's seat than `MAX_KM_FROM_SEAT` (`km` away).
    FarFromSeat {
        km: u32,
    },
    /// The same name twice in a list.
    Duplicate,
    /// The publisher's contact needs an email or a phone.
    ContactNeeded,
    /// An agency marked "own days" with no interval.
    NoHours,
}

/// A problem and the field it is about: the field's key is the form's
/// input id (see `Field`), so a message sits beside its input.
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    pub field: String,
    pub problem: Problem,
}

/// What the checks need beyond the draft.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Context<'a> {
    /// Today, `YYYY-MM-DD`, on the MPP's clock.
    pub today: &'a str,
    /// The regency's seat (or the city's point), when the national data has it.
    pub seat: Option<LatLon>,
}

/// Checks plain text of at most `max` characters (empty is fine: whether
/// a field is needed is the caller's rule).
pub fn text_problem(value: &str, max: usize) -> Option<Problem> {
    let value = value.trim();
    if value
        .chars()
        .any(|c| c == '<' || c == '>' || c.is_control())
    {
        Some(Problem::Markup)
    } else if value.chars().count() > max {
        Some(Problem::TooLong { max })
    } else {
        None
    }
}

/// An `https://host[:port][/path]` link as the schema's `https_url` allows.
pub fn link_problem(value: &str) -> Option<Problem> {
    let value = value.trim();
    if value.chars().count() > MAX_URL {
        return Some(Problem::TooLong { max: MAX_URL });
    }
    let Some(rest) = value.strip_prefix("https://") else {
        return Some(Problem::NotHttps);
    };
    let (host_port, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let (host, port) = match host_port.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (host_port, None),
    };
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    let port_ok =
        port.is_none_or(|p| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    let path_ok = !path
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"'));
    (!(host_ok && port_ok && path_ok)).then_some(Problem::NotHttps)
}

/// Minutes since midnight of `HH:MM`.
pub fn minutes(time: &str) -> Option<u32> {
    let b = time.trim().as_bytes();
    if b.len() != 5
        || b[2] != b':'
        || !b
            .iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
    {
        return None;
    }
    let time = time.trim();
    let (hours, mins): (u32, u32) = (time[..2].parse().ok()?, time[3..].parse().ok()?);
    (hours < 24 && mins < 60).then_some(hours * 60 + mins)
}

/// A date `YYYY-MM-DD` no later than today.
pub fn date_problem(value: &str, today: &str) -> Option<Problem> {
    let value = value.trim();
    if parse_date(value).is_none() {
        Some(Problem::NotDate)
    } else if value > today {
        Some(Problem::InFuture)
    } else {
        None
    }
}

/// A phone number as the schema wants it: +62, then 7 to 13 digits, which
/// spaces or hyphens may group. A local 08… number is refused with the same
/// code: the message shows the form.
pub fn phone_problem(value: &str) -> Option<Problem> {
    let value = value.trim();
    let Some(rest) = value.strip_prefix("+62") else {
        return Some(Problem::NotPhone);
    };
    let mut digits = 0;
    let mut after_separator = false;
    for c in rest.chars() {
        match c {
            '0'..='9' => {
                digits += 1;
                after_separator = false;
            }
            ' ' | '-' if !after_separator => after_separator = true,
            _ => return Some(Problem::NotPhone),
        }
    }
    let ok = (7..=13).contains(&digits) && !after_separator && value.len() <= 20;
    (!ok).then_some(Problem::NotPhone)
}

pub fn email_problem(value: &str) -> Option<Problem> {
    let value = value.trim();
    let ok = value.len() <= 254
        && value.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && local
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b))
                && domain.split('.').count() >= 2
                && domain.split('.').all(|part| {
                    !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                })
        });
    (!ok).then_some(Problem::NotEmail)
}

/// A decimal degree as typed: a comma is read as the decimal point (as an
/// Indonesian keyboard writes it).
pub fn parse_degrees(value: &str) -> Option<f64> {
    let value = value.trim().replace(',', ".");
    value.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A building's point: inside the schema's box around Indonesia and within
/// `MAX_KM_FROM_SEAT` of the seat (when known).
pub fn point_problem(point: LatLon, seat: Option<LatLon>) -> Option<Problem> {
    if !(-11.5..=6.5).contains(&point.lat) || !(94.0..=141.5).contains(&point.lon) {
        return Some(Problem::OutsideIndonesia);
    }
    let km = distance_km(point, seat?);
    (km > MAX_KM_FROM_SEAT).then_some(Problem::FarFromSeat {
        km: km.round() as u32,
    })
}

/// `published_at` for a file made at `unix_ms`, on the MPP's clock:
/// `2026-03-03T09:00:00+08:00`.
pub fn published_at(unix_ms: f64, zone: TimeZone) -> String {
    let local_s = (unix_ms / 1000.0).floor() as i64 + zone.utc_offset_minutes() * 60;
    let (days, secs) = (local_s.div_euclid(86_400), local_s.rem_euclid(86_400));
    format!(
        "{}T{:02}:{:02}:{:02}+{:02}:00",
        iso_date(civil_from_days(days)),
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        zone.utc_offset_minutes() / 60
    )
}

/// The file's name on the regency's site and when downloaded: `72.05-mpp.json`.
pub fn file_name(regency_code: &str) -> String {
    format!("{regency_code}-mpp.json")
}

/// The rules of the feed's `HoursRule` (a day with one break) as the
/// grid's intervals: one row per weekday, Monday first.
pub fn week_of_rules(rules: &[HoursRule]) -> Week {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let mut week = Week::default();
    for rule in rules {
        let spans = match (&rule.break_start, &rule.break_end) {
            (Some(start), Some(end)) => vec![
                Interval::new(&rule.open, start),
                Interval::new(end, &rule.close),
            ],
            _ => vec![Interval::new(&rule.open, &rule.close)],
        };
        for day in &rule.days {
            if let Some(i) = DAYS.iter().position(|d| d == day) {
                week.0[i].extend(spans.iter().cloned());
            }
        }
    }
    week
}

/// The regency's seat (or the city's point) the building is checked
/// against: the feed's point unless it is already a building (an owner's),
/// then the researched point it replaced.
pub fn seat_of(mpp: &Mpp, details: &MppDetails) -> Option<LatLon> {
    let location = match &mpp.location {
        Some(l) if l.point != PointKind::Building => Some(l.clone()),
        _ => details.researched().and_then(|r| r.location),
    }?;
    (location.point != PointKind::Building).then_some(LatLon {
        lat: location.lat,
        lon: location.lon,
    })
}

/// Whether the national data gave each part the editor pre-fills.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prefilled {
    pub address: bool,
    pub hours: bool,
    pub agencies: bool,
    pub services: bool,
    pub website: bool,
}

/// A first draft from what the national data knows; every other field
/// empty (never guessed). `today` is each part's default `checked_on`.
pub fn prefill(mpp: &Mpp, details: &MppDetails, today: &str) -> (Draft, Prefilled) {
    let mut draft = Draft::empty(&mpp.regency.code, today);
    draft.mpp_name = mpp.name.clone();
    draft.publisher.name = format!("Pemerintah {}", mpp.regency.name);
    draft.address.state_province = mpp.province.name.clone();
    draft.address.address_1 = details.address.clone().unwrap_or_default();
    draft.hours.timezone = TimeZone::of_province(&mpp.province.code)
        .map_or(0, |z| (z.utc_offset_minutes() / 60) as u8);
    if !mpp.hours.is_empty() {
        draft.hours.week = week_of_rules(&mpp.hours);
    }
    draft.agencies.items = details
        .tenants
        .iter()
        .map(|name| Agency::named(name))
        .collect();
    draft.services.items = details.services_mentioned.join("\n");
    draft.contact.website = details.website.clone().unwrap_or_default();
    let filled = Prefilled {
        address: details.address.is_some(),
        hours: !mpp.hours.is_empty(),
        agencies: !details.tenants.is_empty(),
        services: !details.services_mentioned.is_empty(),
        website: details.website.is_some(),
    };
    (draft, filled)
}

#[cfg(test)]
mod tests;
