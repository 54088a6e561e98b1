//! The MPPs' own data (issue 22, point 4): each regency's publisher feed,
//! as the fetch step stored it in `data/publishers/<code>.json`, merged
//! over the researched record. Identity (name, code, inauguration, batch)
//! stays the national data's. An owner's part is shown in place of the
//! researched fact, field by field, when it was checked no earlier than the
//! research states its fact (an undated researched fact never wins); the
//! other is kept. Every owner part carries who stated it and when.
//!
//! The build reads only the stored copies, offline. Each is checked again
//! with [`publisher::check`]: a copy that fails is skipped, with a message,
//! and the MPP keeps its researched record.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use domain::owner::{
    FactFrom, FactKind, OwnerAddress, OwnerAgency, OwnerContact, OwnerFacts, OwnerLink,
    OwnerOnline, OwnerPart, OwnerPhone, OwnerPoint, OwnerService, PointMarks,
};
use domain::{Confidence, HoursException, HoursRule, Location, Mpp, MppDetails, PointKind};
use serde_json::Value;

use crate::publisher;

/// One publisher's record of its MPP, from a stored copy that passed.
#[derive(Debug, Clone)]
pub struct StoredRecord {
    pub publisher: String,
    pub feed_url: String,
    pub published_at: String,
    pub fetched_at: String,
    /// The feed's record of the MPP (`mpps[i]`).
    pub record: Value,
}

/// What [`read_stored`] found: the records by regency code, and a line for
/// each stored copy it skipped, saying why.
#[derive(Debug, Default)]
pub struct Stored {
    pub records: BTreeMap<String, StoredRecord>,
    pub skipped: Vec<String>,
}

/// Reads every `*.json` in `dir` (absent or empty: nothing).
pub fn read_stored(dir: &Path) -> Stored {
    let mut stored = Stored::default();
    let Ok(entries) = fs::read_dir(dir) else {
        return stored;
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for path in paths {
        let name = path.display().to_string();
        match fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|text| stored_record(&path, &text))
        {
            Ok((code, record)) => {
                stored.records.insert(code, record);
            }
            Err(why) => stored.skipped.push(format!(
                "{name}: skipped, the MPP keeps its researched data: {why}"
            )),
        }
    }
    stored
}

/// A stored copy's record, after the publisher check.
fn stored_record(path: &Path, text: &str) -> Result<(String, StoredRecord), String> {
    let copy: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let field = |key: &str| {
        copy[key]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("no {key}"))
    };
    let code = field("regency_code")?;
    if path.file_stem().and_then(|s| s.to_str()) != Some(code.as_str()) {
        return Err(format!(
            "the file is not named after its regency_code {code}"
        ));
    }
    let feed = publisher::check(&copy["feed"].to_string()).map_err(|problems| {
        let list: Vec<String> = problems.iter().take(5).map(|p| p.to_string()).collect();
        format!("the feed fails the publisher check: {}", list.join("; "))
    })?;
    if feed["publisher"]["regency_code"].as_str() != Some(code.as_str()) {
        return Err(format!("the feed's publisher does not speak for {code}"));
    }
    let record = feed["mpps"]
        .as_array()
        .and_then(|mpps| mpps.iter().find(|m| m["regency_code"] == code.as_str()))
        .cloned()
        .ok_or_else(|| format!("the feed has no record for {code}"))?;
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    Ok((
        code,
        StoredRecord {
            publisher: text(&feed["publisher"]["name"]),
            feed_url: field("feed_url")?,
            published_at: text(&feed["published_at"]),
            fetched_at: field("fetched_at")?,
            record,
        },
    ))
}

/// Whether an owner's part checked on `checked_on` is at least as recent as
/// the researched fact stated `research` (a partial date, compared at its
/// own precision); an undated or absent researched fact never wins.
pub fn owner_is_current(checked_on: &str, research: Option<&str>) -> bool {
    match research {
        None => true,
        Some(r) => checked_on.get(..r.len()).unwrap_or(checked_on) >= r,
    }
}

/// Merges `stored`'s facts into one MPP's record, field by field.
pub fn merge(mpp: &mut Mpp, details: &mut MppDetails, stored: &StoredRecord) {
    let record = &stored.record;
    let from = |part: &Value| FactFrom {
        kind: FactKind::Owner,
        publisher: Some(stored.publisher.clone()),
        checked_on: part["checked_on"].as_str().map(str::to_owned),
        feed_url: Some(stored.feed_url.clone()),
    };
    let checked = |part: &Value| part["checked_on"].as_str().unwrap_or_default().to_owned();
    let part = |key: &str| Some(&record[key]).filter(|v| v.is_object());
    let mut owner = OwnerFacts {
        publisher: stored.publisher.clone(),
        feed_url: stored.feed_url.clone(),
        published_at: stored.published_at.clone(),
        fetched_at: stored.fetched_at.clone(),
        ..OwnerFacts::default()
    };
    let mut researched = details.researched().unwrap_or_default();

    owner.address = part("address").map(|a| OwnerPart {
        from: from(a),
        preferred: owner_is_current(&checked(a), details.address_as_of.as_deref()),
        value: address(a),
    });
    owner.location = part("location").map(|l| {
        // A researched point is a seat or a place, never dated: the
        // building's point always takes its place.
        let point = OwnerPoint {
            lat: l["latitude"].as_f64().unwrap_or_default(),
            lon: l["longitude"].as_f64().unwrap_or_default(),
            marks: match l["marks"].as_str() {
                Some("entrance") => PointMarks::Entrance,
                _ => PointMarks::Building,
            },
        };
        researched.location = mpp.location.take();
        mpp.location = Some(Location {
            lat: point.lat,
            lon: point.lon,
            point: PointKind::Building,
            place: None,
            confidence: Confidence::High,
            marks: Some(point.marks),
        });
        OwnerPart {
            from: from(l),
            preferred: true,
            value: point,
        }
    });
    owner.hours = part("hours").map(|h| {
        let value = hours(h, &stored.feed_url);
        let research_date = mpp
            .hours_as_of
            .clone()
            .or_else(|| details.hours.as_ref().and_then(|s| s.as_of.clone()));
        let preferred =
            !value.rules.is_empty() && owner_is_current(&checked(h), research_date.as_deref());
        if preferred {
            researched.hours = std::mem::take(&mut mpp.hours);
            researched.hours_as_of = mpp.hours_as_of.take();
            mpp.hours = value.rules.clone();
            mpp.hours_as_of = Some(checked(h));
            mpp.hours_by_owner = true;
            // The owner's dated hours come first: they hold over any other.
            let others = std::mem::take(&mut mpp.hours_exceptions);
            mpp.hours_exceptions = value
                .exceptions
                .iter()
                .cloned()
                .chain(others.iter().cloned())
                .collect::<Vec<_>>()
                .into();
        }
        OwnerPart {
            from: from(h),
            preferred,
            value,
        }
    });
    owner.agencies = part("agencies").map(|a| OwnerPart {
        from: from(a),
        preferred: true,
        value: items(&a["items"])
            .map(|item| OwnerAgency {
                name: text(&item["name"]),
                hours: item
                    .get("hours")
                    .map(|w| weekly_rules(w).unwrap_or_default())
                    .unwrap_or_default(),
                notes: optional(&item["notes"]),
            })
            .collect(),
    });
    owner.services = part("services").map(|s| OwnerPart {
        from: from(s),
        preferred: true,
        value: items(&s["items"])
            .map(|item| OwnerService {
                name: text(&item["name"]),
                agency: optional(&item["agency"]),
            })
            .collect(),
    });
    owner.contact = part("contact").map(|c| OwnerPart {
        from: from(c),
        preferred: true,
        value: OwnerContact {
            phones: items(&c["phones"])
                .map(|p| OwnerPhone {
                    number: text(&p["number"]),
                    kind: text(&p["kind"]),
                    description: optional(&p["description"]),
                })
                .collect(),
            email: optional(&c["email"]),
            website: optional(&c["website"]),
        },
    });
    owner.online = part("online").map(|o| OwnerPart {
        from: from(o),
        preferred: true,
        value: OwnerOnline {
            booking: links(&o["booking"], "name"),
            social: links(&o["social"], "platform"),
        },
    });

    mpp.publisher = Some(stored.publisher.clone());
    details.owner = Some(to_value(&owner));
    details.researched = (researched.location.is_some() || !researched.hours.is_empty())
        .then(|| to_value(&researched));
}

fn to_value<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("the feed's types always serialise")
}

fn address(a: &Value) -> OwnerAddress {
    let parts: Vec<String> = [
        "address_1",
        "address_2",
        "village",
        "district",
        "city",
        "state_province",
        "postal_code",
    ]
    .iter()
    .filter_map(|key| optional(&a[*key]))
    .collect();
    OwnerAddress {
        text: parts.join(", "),
        directions: optional(&a["directions"]),
    }
}

/// The hours part. Exceptions may lie one within another (the publisher
/// check refuses a partial overlap): the narrowest comes first, so it holds
/// on its days ("open now" takes the first exception that covers a date).
fn hours(h: &Value, feed_url: &str) -> domain::owner::OwnerHours {
    let mut exceptions: Vec<HoursException> = items(&h["exceptions"])
        .map(|e| HoursException {
            from: text(&e["valid_from"]),
            to: text(&e["valid_to"]),
            // Closed: no hours. Intervals without days hold on every day.
            hours: rules_of(&intervals_by_day(&e["intervals"])),
            label: optional(&e["description"]),
            source: Some(feed_url.to_owned()),
        })
        .collect();
    exceptions.sort_by_key(|e| days_between(&e.from, &e.to));
    domain::owner::OwnerHours {
        rules: weekly_rules(h).unwrap_or_default(),
        exceptions,
        notes: optional(&h["notes"]),
    }
}

/// Days from `from` to `to` (both checked calendar dates).
fn days_between(from: &str, to: &str) -> i64 {
    let day = |d: &str| {
        domain::dates::parse_date(d).map_or(0, |(y, m, d)| domain::dates::days_from_civil(y, m, d))
    };
    day(to) - day(from)
}

const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Opening intervals (`HH:MM`, `HH:MM`) per weekday, Monday first.
type IntervalsByDay = [Intervals; 7];
type Intervals = Vec<(String, String)>;

/// A week (`regular` intervals or an OSM `opening_hours` string) as the
/// feed's rules; `None` when the OSM string cannot be read.
fn weekly_rules(weekly: &Value) -> Option<Vec<HoursRule>> {
    if let Some(raw) = weekly["opening_hours"].as_str() {
        return Some(rules_of(&osm_week(raw)?));
    }
    Some(rules_of(&intervals_by_day(&weekly["regular"])))
}

fn intervals_by_day(intervals: &Value) -> IntervalsByDay {
    let mut days: IntervalsByDay = Default::default();
    for interval in items(intervals) {
        // The time without its UTC offset: the publisher check made sure
        // the offset is the hours' own zone.
        let time = |key: &str| text(&interval[key]).chars().take(5).collect::<String>();
        let on: Vec<usize> = match interval["byday"].as_str() {
            Some(byday) => byday
                .split(',')
                .filter_map(|d| BYDAY.iter().position(|b| *b == d))
                .collect(),
            None => (0..7).collect(),
        };
        for day in on {
            days[day].push((time("opens_at"), time("closes_at")));
        }
    }
    for day in &mut days {
        day.sort();
    }
    days
}

/// An OSM `opening_hours` week, read natively by the `opening-hours` crate
/// minute by minute over a week without holidays (3–9 June 2024).
fn osm_week(raw: &str) -> Option<IntervalsByDay> {
    let hours = publisher::parse_opening_hours(raw).ok()?;
    let mut days: IntervalsByDay = Default::default();
    for (day, intervals) in days.iter_mut().enumerate() {
        let mut start = None;
        for minute in 0..=24 * 60 {
            let open = minute < 24 * 60 && {
                let at = format!(
                    "2024-06-{:02}T{:02}:{:02}:00",
                    3 + day,
                    minute / 60,
                    minute % 60
                );
                hours.is_open(at.parse().ok()?)
            };
            match (open, start) {
                (true, None) => start = Some(minute),
                (false, Some(s)) => {
                    intervals.push((hh_mm(s), hh_mm(minute)));
                    start = None;
                }
                _ => {}
            }
        }
    }
    Some(days)
}

fn hh_mm(minutes: usize) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Weekdays with the same intervals become one rule; two intervals a day
/// are a day with a break, more are a rule each.
fn rules_of(days: &IntervalsByDay) -> Vec<HoursRule> {
    let mut groups: Vec<(&Intervals, Vec<String>)> = Vec::new();
    for (day, intervals) in days.iter().enumerate() {
        if intervals.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(i, _)| *i == intervals) {
            Some((_, on)) => on.push(DAYS[day].to_owned()),
            None => groups.push((intervals, vec![DAYS[day].to_owned()])),
        }
    }
    let rule = |days: &Vec<String>, open: &str, close: &str| HoursRule {
        days: days.clone(),
        open: open.to_owned(),
        close: close.to_owned(),
        break_start: None,
        break_end: None,
    };
    groups
        .into_iter()
        .flat_map(|(intervals, days)| match intervals.as_slice() {
            [(open, break_start), (break_end, close)] => vec![HoursRule {
                break_start: Some(break_start.clone()),
                break_end: Some(break_end.clone()),
                ..rule(&days, open, close)
            }],
            _ => intervals
                .iter()
                .map(|(open, close)| rule(&days, open, close))
                .collect(),
        })
        .collect()
}

fn links(list: &Value, name_key: &str) -> Vec<OwnerLink> {
    items(list)
        .map(|l| OwnerLink {
            name: text(&l[name_key]),
            url: text(&l["url"]),
        })
        .collect()
}

fn items(list: &Value) -> impl Iterator<Item = &Value> {
    list.as_array().into_iter().flatten()
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_owned()
}

fn optional(v: &Value) -> Option<String> {
    v.as_str().map(str::to_owned)
}
