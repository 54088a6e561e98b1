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
