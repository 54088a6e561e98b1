//! The publisher feed: the file a regency or city government publishes on
//! its own website about the MPP it runs (issue 22). Its format is
//! `public/schema/mpp-publisher-1.0.schema.json`; the guide is
//! `docs/publisher-feed.en.md` and `docs/publisher-feed.id.md`.
//!
//! [`check`] is the whole validation a feed must pass before anything of it
//! is used: JSON, then the schema, then the rules a schema cannot say
//! ([`rule_problems`]). It reads only the text it is given, so the fetch step
//! and the tests share it, and no test needs the internet. OSM
//! `opening_hours` strings are parsed here, natively, with the
//! `opening-hours` crate: the browser's wasm never carries a parser.

use std::collections::BTreeSet;
use std::fmt;
use std::sync::OnceLock;

use opening_hours::OpeningHours;
use serde_json::Value;

/// The schema version this module validates (the schema's `schema_version` const).
pub const SCHEMA_VERSION: &str = "1.0";

/// Where the schema lives in the repository (and, under `public/`, on the site).
pub const SCHEMA_PATH: &str = "public/schema/mpp-publisher-1.0.schema.json";

/// The schema itself, compiled into the builder so a check needs no file.
pub const SCHEMA_JSON: &str = include_str!("../../../public/schema/mpp-publisher-1.0.schema.json");

/// One reason a feed is refused: where (a JSON Pointer into the feed; empty
/// for the whole file) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl Problem {
    fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// At most this many schema problems are reported for one file.
const MAX_SCHEMA_PROBLEMS: usize = 50;

fn validator() -> &'static jsonschema::Validator {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        let schema: Value =
            serde_json::from_str(SCHEMA_JSON).expect("the publisher schema is JSON");
        jsonschema::draft202012::new(&schema).expect("the publisher schema compiles")
    })
}

/// Checks a publisher feed's text: JSON, the schema, then the rules. The
/// parsed feed when it passes; otherwise every problem found (schema
/// problems alone when the shape is wrong, since the rules assume it).
pub fn check(text: &str) -> Result<Value, Vec<Problem>> {
    let doc: Value = serde_json::from_str(text)
        .map_err(|e| vec![Problem::new("", format!("not valid JSON: {e}"))])?;
    let problems = schema_problems(&doc);
    if !problems.is_empty() {
        return Err(problems);
    }
    let problems = rule_problems(&doc);
    if problems.is_empty() {
        Ok(doc)
    } else {
        Err(problems)
    }
}

/// What the JSON Schema refuses in a parsed feed.
pub fn schema_problems(doc: &Value) -> Vec<Problem> {
    validator()
        .iter_errors(doc)
        .take(MAX_SCHEMA_PROBLEMS)
        .map(|e| Problem::new(e.instance_path().to_string(), shortened(&e.to_string())))
        .collect()
}

/// At most this many characters of a message: the validator's messages
/// quote the offending value, which may be a whole list.
const MAX_MESSAGE_CHARS: usize = 300;

fn shortened(message: &str) -> String {
    match message.char_indices().nth(MAX_MESSAGE_CHARS) {
        Some((cut, _)) => format!("{}…", &message[..cut]),
        None => message.to_string(),
    }
}

/// The rules a schema cannot say, for a feed that already matches the
/// schema: real calendar dates; no `checked_on` after `published_at`;
/// exceptions that end on or after they start, and that share days only
/// when one lies within the other; intervals that close after
/// they open and do not overlap on a day; a time's UTC offset, if given, the
/// hours' timezone; `opening_hours` strings the `opening-hours` crate
/// parses; only the publisher's own regency's MPP, once; agency names
/// unique, and a service's agency one of them.
pub fn rule_problems(doc: &Value) -> Vec<Problem> {
    let mut out = Vec::new();
    let published_at = doc["published_at"].as_str().unwrap_or_default();
    let published_on = published_at.get(..10).unwrap_or_default();
    if !is_calendar_date(published_on) {
        out.push(Problem::new(
            "/published_at",
            format!("{published_at} is not a real date"),
        ));
    }
    dates(doc, "", published_on, &mut out);

    let own_code = doc["publisher"]["regency_code"]
        .as_str()
        .unwrap_or_default();
    let mut codes = BTreeSet::new();
    for (i, mpp) in items(&doc["mpps"]) {
        let at = format!("/mpps/{i}");
        let code = mpp["regency_code"].as_str().unwrap_or_default();
        if code != own_code {
            out.push(Problem::new(
                format!("{at}/regency_code"),
                format!("{code} is not the publisher's regency ({own_code}): a publisher speaks only for its own MPP"),
            ));
        }
        if !codes.insert(code) {
            out.push(Problem::new(
                format!("{at}/regency_code"),
                format!("a second record for {code}: one record per MPP"),
            ));
        }
        mpp_rules(mpp, &at, &mut out);
    }
    out
}

fn mpp_rules(mpp: &Value, at: &str, out: &mut Vec<Problem>) {
    let hours = &mpp["hours"];
    let timezone = hours["timezone"].as_i64();
    if hours.is_object() {
        weekly_rules(hours, &format!("{at}/hours"), timezone, out);
        for (i, exception) in items(&hours["exceptions"]) {
            let at = format!("{at}/hours/exceptions/{i}");
            let (from, to) = (
                exception["valid_from"].as_str().unwrap_or_default(),
                exception["valid_to"].as_str().unwrap_or_default(),
            );
            if to < from {
                out.push(Problem::new(
                    format!("{at}/valid_to"),
                    format!("ends ({to}) before it starts ({from})"),
                ));
            }
            intervals_rules(
                &exception["intervals"],
                &format!("{at}/intervals"),
                timezone,
                out,
            );
        }
        exceptions_nest(&hours["exceptions"], &format!("{at}/hours/exceptions"), out);
    }

    let mut agencies = BTreeSet::new();
    for (i, agency) in items(&mpp["agencies"]["items"]) {
        let at = format!("{at}/agencies/items/{i}");
        let name = agency["name"].as_str().unwrap_or_default();
        if !agencies.insert(name) {
            out.push(Problem::new(
                format!("{at}/name"),
                format!("{name} is listed twice"),
            ));
        }
        if agency["hours"].is_object() {
            weekly_rules(&agency["hours"], &format!("{at}/hours"), timezone, out);
        }
    }
    for (i, service) in items(&mpp["services"]["items"]) {
        if let Some(agency) = service["agency"].as_str() {
            if !agencies.contains(agency) {
                out.push(Problem::new(
                    format!("{at}/services/items/{i}/agency"),
                    format!("{agency} is not in agencies.items"),
                ));
            }
        }
    }
}

/// Two exceptions may share days only when one lies within the other (a
/// closure inside Ramadan's hours): the shorter one then holds on its days.
/// A partial overlap has no clear meaning and is refused.
fn exceptions_nest(exceptions: &Value, at: &str, out: &mut Vec<Problem>) {
    let spans: Vec<(usize, &str, &str)> = items(exceptions)
        .filter_map(|(i, e)| Some((i, e["valid_from"].as_str()?, e["valid_to"].as_str()?)))
        .collect();
    for (n, &(i, from_a, to_a)) in spans.iter().enumerate() {
        for &(j, from_b, to_b) in &spans[n + 1..] {
            let overlap = from_a <= to_b && from_b <= to_a;
            let nested = (from_a <= from_b && to_b <= to_a) || (from_b <= from_a && to_a <= to_b);
            if overlap && !nested {
                out.push(Problem::new(
                    format!("{at}/{j}"),
                    format!(
                        "{from_b}..{to_b} partly overlaps exception {i} ({from_a}..{to_a}): split them, or put one inside the other"
                    ),
                ));
            }
        }
    }
}

/// A regular week: its intervals, or its OSM string.
fn weekly_rules(weekly: &Value, at: &str, timezone: Option<i64>, out: &mut Vec<Problem>) {
    intervals_rules(&weekly["regular"], &format!("{at}/regular"), timezone, out);
    if let Some(raw) = weekly["opening_hours"].as_str() {
        if let Err(e) = parse_opening_hours(raw) {
            out.push(Problem::new(format!("{at}/opening_hours"), e));
        }
    }
}

/// Parses an OSM `opening_hours` string with the `opening-hours` crate.
pub fn parse_opening_hours(raw: &str) -> Result<OpeningHours, String> {
    raw.parse::<OpeningHours>()
        .map_err(|e| format!("not an OpenStreetMap opening_hours value: {e}"))
}

const WEEKDAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// Intervals (a regular week's, or an exception's): each closes after it
/// opens, none overlaps another on the same weekday (an interval without
/// `byday` is on every day), and an offset, if given, is the timezone's.
fn intervals_rules(intervals: &Value, at: &str, timezone: Option<i64>, out: &mut Vec<Problem>) {
    let mut by_day: Vec<Vec<(u32, u32, usize)>> = vec![Vec::new(); WEEKDAYS.len()];
    for (i, interval) in items(intervals) {
        let at = format!("{at}/{i}");
        let opens = interval["opens_at"].as_str().unwrap_or_default();
        let closes = interval["closes_at"].as_str().unwrap_or_default();
        for (key, time) in [("opens_at", opens), ("closes_at", closes)] {
            if let (Some(offset), Some(zone)) = (time.get(5..), timezone) {
                if !offset.is_empty() && offset != format!("+{zone:02}:00") {
                    out.push(Problem::new(
                        format!("{at}/{key}"),
                        format!("{time}: the offset is not the hours' timezone (UTC+{zone})"),
                    ));
                }
            }
        }
        let (Some(open), Some(close)) = (minutes(opens), minutes(closes)) else {
            continue;
        };
        if close <= open {
            out.push(Problem::new(
                format!("{at}/closes_at"),
                format!("closes ({closes}) before it opens ({opens})"),
            ));
            continue;
        }
        let days: Vec<usize> = match interval["byday"].as_str() {
            Some(byday) => byday
                .split(',')
                .filter_map(|d| WEEKDAYS.iter().position(|w| *w == d))
                .collect(),
            None => (0..WEEKDAYS.len()).collect(),
        };
        for day in days {
            by_day[day].push((open, close, i));
        }
    }
    for (day, mut spans) in by_day.into_iter().enumerate() {
        spans.sort();
        for pair in spans.windows(2) {
            let ((_, first_close, first), (second_open, _, second)) = (pair[0], pair[1]);
            if second_open < first_close {
                out.push(Problem::new(
                    format!("{at}/{}", first.max(second)),
                    format!(
                        "overlaps interval {} on {}",
                        first.min(second),
                        WEEKDAYS[day]
                    ),
                ));
            }
        }
    }
}

/// Minutes since midnight of "HH:MM" (an offset after it is ignored).
fn minutes(time: &str) -> Option<u32> {
    let hours: u32 = time.get(0..2)?.parse().ok()?;
    let mins: u32 = time.get(3..5)?.parse().ok()?;
    (hours < 24 && mins < 60 && time.as_bytes().get(2) == Some(&b':')).then_some(hours * 60 + mins)
}

/// Every date in the feed is a real calendar date, and no `checked_on` is
/// after the day it was published.
fn dates(value: &Value, at: &str, published_on: &str, out: &mut Vec<Problem>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let at = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                if let (true, Some(date)) = (
                    matches!(key.as_str(), "checked_on" | "valid_from" | "valid_to"),
                    v.as_str(),
                ) {
                    if !is_calendar_date(date) {
                        out.push(Problem::new(at, format!("{date} is not a real date")));
                    } else if key == "checked_on" && date > published_on {
                        out.push(Problem::new(
                            at,
                            format!(
                                "checked on {date}, after the file was published ({published_on})"
                            ),
                        ));
                    }
                } else {
                    dates(v, &at, published_on, out);
                }
            }
        }
        Value::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                dates(v, &format!("{at}/{i}"), published_on, out);
            }
        }
        _ => {}
    }
}

/// A real date in the proleptic Gregorian calendar, as YYYY-MM-DD.
pub fn is_calendar_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in_month = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&d)
}

fn items(list: &Value) -> impl Iterator<Item = (usize, &Value)> {
    list.as_array().into_iter().flatten().enumerate()
}
