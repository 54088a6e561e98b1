//! Opening hours in words: "open now" and until when, a week's lines, when
//! the hours were stated, and hours too old to vouch for,
//! in Bahasa Indonesia and English, one `match` per language, side by side.

use domain::{
    hours::{HoursLine, OpenState},
    Lang,
};

use super::Texts;

impl Texts {
    /// "Buka sekarang · sampai 15:30 WITA", in the MPP's own zone.
    pub fn open_state(&self, state: &OpenState, zone: &str) -> (String, &'static str) {
        match state {
            OpenState::Open { until, for_break } => {
                let word = if *for_break {
                    self.break_from
                } else {
                    self.until
                };
                (format!("{} · {word} {until} {zone}", self.open_now), "open")
            }
            OpenState::ClosingSoon { until, for_break } => {
                let word = if *for_break {
                    self.break_from
                } else {
                    self.until
                };
                (
                    format!("{} · {word} {until} {zone}", self.closing_soon),
                    "closing",
                )
            }
            OpenState::Closed {
                next: Some((day, at)),
            } => (
                format!(
                    "{} · {} {} {at} {zone}",
                    self.closed,
                    self.opens,
                    self.weekdays[*day % 7]
                ),
                "closed",
            ),
            OpenState::Closed { next: None } => (self.closed.to_owned(), "closed"),
        }
    }

    /// "Senin–Kamis 07:30–15:30 (istirahat 12:00–13:00)".
    pub fn hours_line(&self, line: &HoursLine) -> String {
        let (first, last) = line.days;
        let days = if first == last {
            self.weekdays[first % 7].to_owned()
        } else {
            format!("{}–{}", self.weekdays[first % 7], self.weekdays[last % 7])
        };
        let mut text = format!("{days} {}–{}", line.open, line.close);
        if let Some((start, end)) = &line.pause {
            let word = match self.lang {
                Lang::Id => "istirahat",
                Lang::En => "break",
            };
            text.push_str(&format!(" ({word} {start}–{end})"));
        }
        text
    }

    /// When the hours were stated: "per 24 Januari 2019".
    pub fn stated_on(&self, as_of: Option<&str>) -> String {
        match (self.lang, as_of) {
            (Lang::Id, Some(date)) => format!("Menurut sumber per {}.", self.date(date)),
            (Lang::En, Some(date)) => format!("As a source stated them on {}.", self.date(date)),
            (Lang::Id, None) => "Menurut sumber yang tidak bertanggal.".into(),
            (Lang::En, None) => "As an undated source stated them.".into(),
        }
    }

    /// Hours a source gives only as Indonesian text, on an English page.
    pub fn hours_in_indonesian(&self, as_of: Option<&str>) -> String {
        match as_of {
            Some(date) => format!(
                "A source gives the opening hours in Indonesian only ({}); see the sources below.",
                self.date(date)
            ),
            None => {
                "A source gives the opening hours in Indonesian only; see the sources below.".into()
            }
        }
    }

    /// Hours too old (or undated) to say "open now" from.
    pub fn hours_may_have_changed(&self, as_of: Option<&str>) -> String {
        match (self.lang, as_of) {
            (Lang::Id, Some(date)) => format!(
                "Jam layanan per {} — mungkin sudah berubah",
                self.date(date)
            ),
            (Lang::En, Some(date)) => format!(
                "Opening hours as of {} — they may have changed",
                self.date(date)
            ),
            (Lang::Id, None) => "Jam layanan tanpa tanggal — mungkin sudah berubah".into(),
            (Lang::En, None) => "Undated opening hours — they may have changed".into(),
        }
    }
}
