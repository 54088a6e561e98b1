//! "Open now", computed in the MPP's own time zone (WIB, WITA or WIT by
//! province), never the browser's: a citizen in Jakarta looking at Buol
//! must see Buol's clock.

use crate::dates::{civil_from_days, split_partial_date};
use crate::feed::{HoursRule, Mpp};

/// Indonesia's three time zones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeZone {
    /// UTC+7: Sumatra, Java, West and Central Kalimantan.
    Wib,
    /// UTC+8: Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi.
    Wita,
    /// UTC+9: Maluku and Papua.
    Wit,
}

impl TimeZone {
    /// By the province's code (the first two digits of a region code).
    pub fn of_province(code: &str) -> Option<TimeZone> {
        let code: u32 = code.get(..2)?.parse().ok()?;
        Some(match code {
            11..=21 | 31..=36 | 61 | 62 => TimeZone::Wib,
            51..=53 | 63..=65 | 71..=76 => TimeZone::Wita,
            81 | 82 | 91..=97 => TimeZone::Wit,
            _ => return None,
        })
    }

    pub fn utc_offset_minutes(self) -> i64 {
        match self {
            TimeZone::Wib => 7 * 60,
            TimeZone::Wita => 8 * 60,
            TimeZone::Wit => 9 * 60,
        }
    }

    pub fn abbreviation(self) -> &'static str {
        match self {
            TimeZone::Wib => "WIB",
            TimeZone::Wita => "WITA",
            TimeZone::Wit => "WIT",
        }
    }
}

/// Within this many minutes of closing (or of a break) the MPP is
/// "closing soon": too late to start queueing.
pub const CLOSING_SOON_MINUTES: u32 = 30;

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenState {
    /// Open until `until` (local `HH:MM`); `for_break` when a break follows.
    Open {
        until: String,
        for_break: bool,
    },
    ClosingSoon {
        until: String,
        for_break: bool,
    },
    /// Closed; opens next on `day` (0 = Monday) at `at`, if any rule says so.
    Closed {
        next: Option<(usize, String)>,
    },
}

/// Minutes since 1970-01-01 00:00 on the zone's clock.
pub(crate) fn local_minutes(unix_ms: f64, zone: TimeZone) -> i64 {
    (unix_ms / 60_000.0).floor() as i64 + zone.utc_offset_minutes()
}

/// A day name of the feed (`Mon` … `Sun`) as 0 = Monday … 6 = Sunday.
fn day_index(name: &str) -> Option<usize> {
    DAYS.iter().position(|d| d.eq_ignore_ascii_case(name))
}

/// The local weekday (0 = Monday) and minute of the day at `unix_ms`.
pub fn local_time(unix_ms: f64, zone: TimeZone) -> (usize, u32) {
    let minutes = local_minutes(unix_ms, zone);
    let days = minutes.div_euclid(24 * 60);
    // 1 January 1970 was a Thursday (3 when Monday is 0).
    let weekday = (days + 3).rem_euclid(7) as usize;
    (weekday, minutes.rem_euclid(24 * 60) as u32)
}

/// How long stated hours are trusted to say "open now".
pub const HOURS_TRUSTED_YEARS: u32 = 2;

/// The local calendar date (year, month, day) at `unix_ms`.
pub fn local_date(unix_ms: f64, zone: TimeZone) -> (u32, u32, u32) {
    civil_from_days(local_minutes(unix_ms, zone).div_euclid(24 * 60))
}

/// Whether hours a source stated `as_of` (a partial date) may still say
/// "open now" on `today`: stated within the last [`HOURS_TRUSTED_YEARS`].
/// Undated hours are never vouched for; a partial date counts from its
/// first day ("2024" is 1 January 2024), so doubt goes against the verdict.
pub fn hours_vouched(as_of: Option<&str>, today: (u32, u32, u32)) -> bool {
    stated_within(as_of, today, HOURS_TRUSTED_YEARS * 12)
}

/// How long an MPP's own hours (checked by its staff, issue 22) are
/// trusted: the owner is expected to re-check them at least once a year.
pub const OWNER_HOURS_TRUSTED_MONTHS: u32 = 12;

/// Whether `mpp`'s hours may still say "open now" on `today`: an owner's
/// checked within [`OWNER_HOURS_TRUSTED_MONTHS`], researched ones as
/// [`hours_vouched`].
pub fn hours_vouched_for(mpp: &Mpp, today: (u32, u32, u32)) -> bool {
    let months = if mpp.hours_by_owner {
        OWNER_HOURS_TRUSTED_MONTHS
    } else {
        HOURS_TRUSTED_YEARS * 12
    };
    stated_within(mpp.hours_as_of.as_deref(), today, months)
}

/// `as_of` is not after `today` and no more than `months` before it.
fn stated_within(as_of: Option<&str>, today: (u32, u32, u32), months: u32) -> bool {
    let Some((year, month, day)) = as_of.and_then(split_partial_date) else {
        return false;
    };
    let stated = (year, month.unwrap_or(1), day.unwrap_or(1));
    let (y, m, d) = today;
    let back = (y * 12 + m - 1).saturating_sub(months);
    stated <= today && stated >= (back / 12, back % 12 + 1, d)
}

/// The state at `unix_ms` from the weekly hours alone, or `None` when the
/// rules are empty or unreadable ("jam layanan belum tercatat"). Holidays
/// and dated exceptions: `hours_calendar::verdict`.
pub fn open_state(rules: &[HoursRule], zone: TimeZone, unix_ms: f64) -> Option<OpenState> {
    let week = Week::of(rules)?;
    let (today, now) = local_time(unix_ms, zone);
    Some(state_of_day(&week.days[today], now, today, |ahead| {
        let day = (today + ahead) % 7;
        (day, week.days[day].clone())
    }))
}

/// The state at minute `now` of a day with the opening intervals `today`
/// and weekday `weekday`; `ahead(n)` gives the weekday and intervals of the
/// day `n` days later (1 to 7), for the next opening.
pub(crate) fn state_of_day(
    today: &[(u32, u32)],
    now: u32,
    weekday: usize,
    ahead: impl Fn(usize) -> (usize, Vec<(u32, u32)>),
) -> OpenState {
    for &(start, end) in today {
        if (start..end).contains(&now) {
            let for_break = today.iter().any(|&(s, _)| s >= end);
            let until = hh_mm(end);
            return if end - now <= CLOSING_SOON_MINUTES {
                OpenState::ClosingSoon { until, for_break }
            } else {
                OpenState::Open { until, for_break }
            };
        }
    }
    let later_today = today.iter().find(|&&(start, _)| start > now);
    let next = match later_today {
        Some(&(start, _)) => Some((weekday, hh_mm(start))),
        None => (1..=7).find_map(|n| {
            let (day, intervals) = ahead(n);
            intervals.first().map(|&(start, _)| (day, hh_mm(start)))
        }),
    };
    OpenState::Closed { next }
}

/// Opening intervals (minutes from midnight) per weekday, breaks cut out.
pub(crate) struct Week {
    pub(crate) days: [Vec<(u32, u32)>; 7],
}

impl Week {
    pub(crate) fn of(rules: &[HoursRule]) -> Option<Week> {
        let mut days: [Vec<(u32, u32)>; 7] = Default::default();
        for rule in rules {
            let open = minutes(&rule.open)?;
            let close = minutes(&rule.close)?;
            if close <= open {
                return None;
            }
            let intervals = match inner_break(rule)? {
                Some((b0, b1)) => vec![(open, b0), (b1, close)],
                None => vec![(open, close)],
            };
            for day in &rule.days {
                let i = day_index(day)?;
                days[i].extend(&intervals);
            }
        }
        for day in &mut days {
            crate::order::sort(day);
        }
        days.iter().any(|d| !d.is_empty()).then_some(Week { days })
    }
}

/// A rule's break in minutes, where it lies inside the opening hours:
/// `None` when a given break cannot be read, `Some(None)` when there is no
/// break (or one outside the hours, which is ignored).
fn inner_break(rule: &HoursRule) -> Option<Option<(u32, u32)>> {
    let (Some(b0), Some(b1)) = (&rule.break_start, &rule.break_end) else {
        return Some(None);
    };
    let (b0, b1) = (minutes(b0)?, minutes(b1)?);
    let (open, close) = (minutes(&rule.open)?, minutes(&rule.close)?);
    Some((open < b0 && b0 < b1 && b1 < close).then_some((b0, b1)))
}

fn minutes(hh_mm: &str) -> Option<u32> {
    let (h, m) = hh_mm.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

pub(crate) fn hh_mm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// One line of a weekly timetable: consecutive days with the same hours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HoursLine {
    /// First and last day of the run, 0 = Monday.
    pub days: (usize, usize),
    pub open: String,
    pub close: String,
    /// A break (start, end), where the source gives one.
    pub pause: Option<(String, String)>,
}

/// The rules as a timetable to read: each rule's days in runs of
/// consecutive days ("Senin–Kamis"), in week order. Unreadable days are
/// left out, never guessed.
pub fn hours_lines(rules: &[HoursRule]) -> Vec<HoursLine> {
    let mut lines = Vec::new();
    for rule in rules {
        let mut days: Vec<usize> = rule.days.iter().filter_map(|d| day_index(d)).collect();
        crate::order::sort(&mut days);
        days.dedup();
        // A break is shown only where "open now" uses it too.
        let pause = inner_break(rule)
            .flatten()
            .and(rule.break_start.clone().zip(rule.break_end.clone()));
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for day in days {
            match runs.last_mut() {
                Some((_, last)) if *last + 1 == day => *last = day,
                _ => runs.push((day, day)),
            }
        }
        lines.extend(runs.into_iter().map(|days| HoursLine {
            days,
            open: rule.open.clone(),
            close: rule.close.clone(),
            pause: pause.clone(),
        }));
    }
    lines.sort_by_key(|l| l.days.0);
    lines
}
