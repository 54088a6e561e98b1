//! Dates as precise as their source: `2025`, `2025-12` or `2025-12-15`.

use crate::lang::Lang;

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// Parts of a partial date: year, and month and day when known.
pub fn split_partial_date(date: &str) -> Option<(u32, Option<u32>, Option<u32>)> {
    let mut parts = date.split('-');
    let year = parse_part(parts.next()?, 4)?;
    let month = match parts.next() {
        Some(m) => Some(parse_part(m, 2)?),
        None => None,
    };
    let day = match parts.next() {
        Some(d) => Some(parse_part(d, 2)?),
        None => None,
    };
    if parts.next().is_some() || !(1900..=2100).contains(&year) {
        return None;
    }
    if let Some(m) = month {
        if !(1..=12).contains(&m) {
            return None;
        }
        if let Some(d) = day {
            if d < 1 || d > days_in_month(year, m) {
                return None;
            }
        }
    }
    Some((year, month, day))
}

pub fn is_partial_date(date: &str) -> bool {
    split_partial_date(date).is_some()
}

/// "15 Desember 2025", "Mei 2022" or "2018", as an Indonesian reader writes it.
/// An unreadable date is shown as it is rather than dropped.
pub fn format_date_id(date: &str) -> String {
    format_date(date, Lang::Id)
}

/// A partial date in the language's form: "15 Desember 2025" or
/// "15 December 2025" (both languages put the day first).
pub fn format_date(date: &str, lang: Lang) -> String {
    let months = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    match split_partial_date(date) {
        Some((y, Some(m), Some(d))) => format!("{d} {} {y}", months[m as usize - 1]),
        Some((y, Some(m), None)) => format!("{} {y}", months[m as usize - 1]),
        Some((y, None, _)) => y.to_string(),
        None => date.to_owned(),
    }
}

fn parse_part(text: &str, len: usize) -> Option<u32> {
    if text.len() == len && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A full `YYYY-MM-DD` date, checked against the calendar.
pub fn parse_date(text: &str) -> Option<(u32, u32, u32)> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (
        text[..4].parse().ok()?,
        text[5..7].parse().ok()?,
        text[8..].parse().ok()?,
    );
    (civil_from_days(days_from_civil(y, m, d)) == (y, m, d)).then_some((y, m, d))
}

/// A date as `YYYY-MM-DD`.
pub fn iso_date((y, m, d): (u32, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// A proleptic Gregorian date as days since 1970-01-01 (Hinnant).
pub fn days_from_civil(year: u32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The weekday (0 = Monday) of a day counted from 1970-01-01.
pub fn weekday_of_day(days: i64) -> usize {
    // 1 January 1970 was a Thursday (3 when Monday is 0).
    (days + 3).rem_euclid(7) as usize
}

/// Days since 1970-01-01 as a proleptic Gregorian date (Howard Hinnant's
/// algorithm).
pub fn civil_from_days(days: i64) -> (u32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year as u32, month as u32, day as u32)
}
