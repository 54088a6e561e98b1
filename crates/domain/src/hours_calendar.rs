//! The days the weekly hours do not decide, and "open at" a chosen day and
//! time. On a date the MPP's own data names (a closure, Ramadan hours) its
//! dated exception applies; else on a national holiday it is closed; on a
//! joint-leave day its week applies but service may be limited; else the
//! week. Always on the MPP's own clock (WIB, WITA or WIT).

use crate::dates::{civil_from_days, days_from_civil, iso_date, parse_date, weekday_of_day};
use crate::feed::{Holiday, HolidayKind, Holidays, HoursException, HoursRule, Mpp};
use crate::hours::{
    hours_vouched_for, local_date, local_minutes, state_of_day, OpenState, TimeZone, Week,
};

/// What the calendar knows beyond the week: the feed's holidays (sorted by
/// date) and the MPP's dated exceptions.
#[derive(Clone, Copy, Debug, Default)]
pub struct Calendar<'a> {
    pub holidays: &'a [Holiday],
    pub exceptions: &'a [HoursException],
}

impl<'a> Calendar<'a> {
    pub fn of(mpp: &'a Mpp, holidays: &'a [Holiday]) -> Self {
        Calendar {
            holidays,
            exceptions: &mpp.hours_exceptions,
        }
    }

    /// The holiday on `date` (`YYYY-MM-DD`): a national holiday before a
    /// joint-leave day that falls on the same date.
    pub fn holiday_on(&self, date: &str) -> Option<&'a Holiday> {
        let mut found = None;
        for h in self.holidays.iter().filter(|h| h.date == date) {
            if h.kind == HolidayKind::National {
                return Some(h);
            }
            found = found.or(Some(h));
        }
        found
    }

    /// The MPP's exception that covers `date`, the first one stated (the
    /// feed builder puts an owner's narrowest first, so a closure inside
    /// Ramadan's hours holds on its day).
    pub fn exception_on(&self, date: &str) -> Option<&'a HoursException> {
        self.exceptions.iter().find(|e| {
            parse_date(&e.from).is_some()
                && parse_date(&e.to).is_some()
                && e.from.as_str() <= date
                && date <= e.to.as_str()
                && (e.hours.is_empty() || Week::of(&e.hours).is_some())
        })
    }

    /// Why a day (counted from 1970-01-01) is what it is, and its opening
    /// intervals (minutes from midnight).
    fn plan(&self, week: &Week, day: i64) -> (DayKind, Vec<(u32, u32)>) {
        let date = iso_date(civil_from_days(day));
        let weekday = weekday_of_day(day);
        if let Some(e) = self.exception_on(&date) {
            let intervals = Week::of(&e.hours)
                .map(|w| w.days[weekday].clone())
                .unwrap_or_default();
            return (DayKind::Exception(e.clone()), intervals);
        }
        match self.holiday_on(&date) {
            Some(h) if h.kind == HolidayKind::National => (DayKind::Holiday(h.clone()), Vec::new()),
            Some(h) => (DayKind::JointLeave(h.clone()), week.days[weekday].clone()),
            None => (DayKind::Regular, week.days[weekday].clone()),
        }
    }

    /// The holidays and joint-leave days from `from` (inclusive) for `days`
    /// days, by date.
    pub fn holidays_within(&self, from: (u32, u32, u32), days: u32) -> Vec<&'a Holiday> {
        let start = days_from_civil(from.0, from.1, from.2);
        let (first, last) = (
            iso_date(from),
            iso_date(civil_from_days(start + i64::from(days) - 1)),
        );
        self.holidays
            .iter()
            .filter(|h| first <= h.date && h.date <= last)
            .collect()
    }
}

/// What kind of day it is for an MPP.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayKind {
    /// The weekly hours apply.
    Regular,
    /// A dated exception the MPP's data states.
    Exception(HoursException),
    /// A national holiday: closed.
    Holiday(Holiday),
    /// A joint-leave day: the week's hours, but service may be limited.
    JointLeave(Holiday),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub day: DayKind,
    pub state: OpenState,
}

/// "Open now" with the calendar: the state at `unix_ms` on the MPP's clock
/// and what kind of day it is; `None` when the weekly rules are empty or
/// unreadable. The next opening skips holidays and closures.
pub fn verdict(
    rules: &[HoursRule],
    calendar: Calendar<'_>,
    zone: TimeZone,
    unix_ms: f64,
) -> Option<Verdict> {
    let week = Week::of(rules)?;
    let minutes = local_minutes(unix_ms, zone);
    let (day, now) = (
        minutes.div_euclid(24 * 60),
        minutes.rem_euclid(24 * 60) as u32,
    );
    let (kind, today) = calendar.plan(&week, day);
    let state = state_of_day(&today, now, weekday_of_day(day), |n| {
        let later = day + n as i64;
        (weekday_of_day(later), calendar.plan(&week, later).1)
    });
    Some(Verdict { day: kind, state })
}

/// The day of "open at".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenDay {
    /// Right now (the time is ignored).
    Now,
    /// Today's date on the MPP's clock.
    Today,
    /// The coming date with this weekday (0 = Monday), today included.
    Weekday(usize),
    /// Any of the coming seven days.
    Any,
}

/// "Buka pada": a day and, optionally, a time (minutes from midnight on the
/// MPP's clock); no time means at any time of that day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenAt {
    pub day: OpenDay,
    pub time: Option<u32>,
}

/// How an MPP answers "open at".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenAtAnswer {
    Open,
    Closed,
    /// No hours, hours too old to vouch for, or no time zone: never hidden.
    Unknown,
}

/// [`open_at`] with the holidays as the feed keeps them (read here, on
/// first use): the rule `filters::Clock` and the hours' chunk hand over.
pub fn open_at_in_feed(mpp: &Mpp, holidays: &Holidays, at: OpenAt, unix_ms: f64) -> OpenAtAnswer {
    open_at(mpp, holidays, at, unix_ms)
}

/// Whether `mpp` is open at `at`, seen from `unix_ms`, with the feed's
/// holidays and the MPP's exceptions.
pub fn open_at(mpp: &Mpp, holidays: &[Holiday], at: OpenAt, unix_ms: f64) -> OpenAtAnswer {
    let Some(zone) = TimeZone::of_province(&mpp.province.code) else {
        return OpenAtAnswer::Unknown;
    };
    if !hours_vouched_for(mpp, local_date(unix_ms, zone)) {
        return OpenAtAnswer::Unknown;
    }
    let Some(week) = Week::of(&mpp.hours) else {
        return OpenAtAnswer::Unknown;
    };
    let calendar = Calendar::of(mpp, holidays);
    let minutes = local_minutes(unix_ms, zone);
    let (today, now) = (
        minutes.div_euclid(24 * 60),
        minutes.rem_euclid(24 * 60) as u32,
    );
    let open_on = |day: i64, time: Option<u32>| {
        let (_, intervals) = calendar.plan(&week, day);
        match time {
            Some(t) => intervals.iter().any(|&(s, e)| (s..e).contains(&t)),
            None => !intervals.is_empty(),
        }
    };
    let open = match at.day {
        OpenDay::Now => open_on(today, Some(now)),
        OpenDay::Today => open_on(today, at.time),
        OpenDay::Weekday(w) => {
            let ahead = (w as i64 - weekday_of_day(today) as i64).rem_euclid(7);
            open_on(today + ahead, at.time)
        }
        OpenDay::Any => (0..7).any(|ahead| open_on(today + ahead, at.time)),
    };
    if open {
        OpenAtAnswer::Open
    } else {
        OpenAtAnswer::Closed
    }
}

/// The date "open at" asks about, on a clock `zone`, seen from `unix_ms`:
/// `None` for "now" and "any day".
pub fn open_at_date(day: OpenDay, zone: TimeZone, unix_ms: f64) -> Option<(u32, u32, u32)> {
    let today = local_minutes(unix_ms, zone).div_euclid(24 * 60);
    match day {
        OpenDay::Today => Some(civil_from_days(today)),
        OpenDay::Weekday(w) => {
            let ahead = (w as i64 - weekday_of_day(today) as i64).rem_euclid(7);
            Some(civil_from_days(today + ahead))
        }
        OpenDay::Now | OpenDay::Any => None,
    }
}
