//! The words of the calendar: national holidays, joint-leave days, an
//! MPP's special schedule, and "open at" in the search panel, one `match`
//! per language, side by side.

use domain::{
    hours::OpenState,
    hours_calendar::{DayKind, OpenAt, OpenDay, Verdict},
    Holiday, HolidayKind, Lang,
};

use super::Texts;

impl Texts {
    /// A holiday's name in the page's language, "(perkiraan)" where the
    /// date is only estimated.
    pub fn holiday_name(&self, h: &Holiday) -> String {
        let name = h.name(self.lang);
        match (h.estimated, self.lang) {
            (false, _) => name.to_owned(),
            (true, Lang::Id) => format!("{name} (perkiraan)"),
            (true, Lang::En) => format!("{name} (estimated)"),
        }
    }

    /// "Open now" with the calendar, and its CSS kind: "Tutup — libur
    /// nasional: Hari Kemerdekaan Republik Indonesia · buka lagi Selasa
    /// 08:30 WIB", "Cuti bersama — layanan mungkin terbatas", a special
    /// schedule said as such.
    pub fn verdict(&self, v: &Verdict, zone: &str) -> (String, &'static str) {
        let (plain, kind) = self.open_state(&v.state, zone);
        let next = match &v.state {
            OpenState::Closed {
                next: Some((day, at)),
            } => format!(" · {} {} {at} {zone}", self.opens, self.weekdays[*day % 7]),
            _ => String::new(),
        };
        let open = !matches!(v.state, OpenState::Closed { .. });
        match &v.day {
            DayKind::Regular => (plain, kind),
            DayKind::Holiday(h) => {
                let name = self.holiday_name(h);
                let text = match self.lang {
                    Lang::Id => format!("Tutup — libur nasional: {name}{next}"),
                    Lang::En => format!("Closed — national holiday: {name}{next}"),
                };
                (text, "holiday")
            }
            DayKind::JointLeave(h) if open => {
                let name = self.holiday_name(h);
                let text = match self.lang {
                    Lang::Id => format!("Cuti bersama — layanan mungkin terbatas · {name}"),
                    Lang::En => format!("Joint leave day — service may be limited · {name}"),
                };
                (text, "limited")
            }
            DayKind::JointLeave(_) => (plain, kind),
            DayKind::Exception(_) if open => {
                let word = match self.lang {
                    Lang::Id => "jadwal khusus",
                    Lang::En => "special schedule",
                };
                (format!("{plain} · {word}"), kind)
            }
            DayKind::Exception(e) => {
                // The label is the source's (Indonesian) words.
                let text = match (self.lang, &e.label) {
                    (Lang::Id, Some(label)) => format!("Tutup — jadwal khusus: {label}{next}"),
                    (Lang::Id, None) => format!("Tutup — jadwal khusus{next}"),
                    (Lang::En, _) => format!("Closed — special schedule{next}"),
                };
                (text, "closed")
            }
        }
    }

    /// Under the timetable, when the feed knows the holidays of `years`
    /// ("2026–2027"): what "open now" takes into account.
    pub fn holidays_known_note(&self, years: &str) -> String {
        match self.lang {
            Lang::Id => format!(
                "Dihitung dengan jam setempat MPP, hari libur nasional dan cuti bersama {years}."
            ),
            Lang::En => format!(
                "Computed in the MPP's local time, with the national holidays and joint leave days of {years}."
            ),
        }
    }

    pub fn holidays_ahead_title(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Hari libur dua minggu ke depan",
            Lang::En => "Holidays in the next two weeks",
        }
    }

    /// "Senin, 17 Agustus 2026 — Hari Kemerdekaan Republik Indonesia
    /// (libur nasional: tutup)".
    pub fn holiday_ahead(&self, h: &Holiday, weekday: usize) -> String {
        let day = self.weekdays[weekday % 7];
        let what = match (h.kind, self.lang) {
            (HolidayKind::National, Lang::Id) => "libur nasional: tutup",
            (HolidayKind::National, Lang::En) => "national holiday: closed",
            (HolidayKind::JointLeave, Lang::Id) => "cuti bersama: layanan mungkin terbatas",
            (HolidayKind::JointLeave, Lang::En) => "joint leave day: service may be limited",
        };
        format!(
            "{day}, {} — {} ({what})",
            self.date(&h.date),
            self.holiday_name(h)
        )
    }

    /// The search panel's "open at" control.
    pub fn open_at_label(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Buka pada",
            Lang::En => "Open at",
        }
    }

    pub fn open_at_time_label(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Jam (kosong: jam berapa saja)",
            Lang::En => "Time (empty: any time)",
        }
    }

    /// The choices of the day: (URL code, label).
    pub fn open_day_label(&self, day: OpenDay) -> &'static str {
        match (day, self.lang) {
            (OpenDay::Now, Lang::Id) => "Sekarang",
            (OpenDay::Now, Lang::En) => "Now",
            (OpenDay::Today, Lang::Id) => "Hari ini",
            (OpenDay::Today, Lang::En) => "Today",
            (OpenDay::Any, Lang::Id) => "Hari apa saja",
            (OpenDay::Any, Lang::En) => "Any day",
            (OpenDay::Weekday(w), _) => self.weekdays[w % 7],
        }
    }

    pub fn open_at_off(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Semua (jam tidak disaring)",
            Lang::En => "All (hours not filtered)",
        }
    }

    /// The heading before the MPPs "open at" cannot judge.
    pub fn hours_unknown_heading(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Jam layanan belum tercatat",
            Lang::En => "Opening hours not recorded yet",
        }
    }

    /// What "open at" asks, in words: "buka Sabtu 09.00".
    pub fn open_at_words(&self, at: OpenAt) -> String {
        let sep = match self.lang {
            Lang::Id => '.',
            Lang::En => ':',
        };
        let time = at
            .time
            .map(|t| format!(" {:02}{sep}{:02}", t / 60, t % 60))
            .unwrap_or_default();
        match (at.day, self.lang) {
            (OpenDay::Now, Lang::Id) => "buka sekarang".into(),
            (OpenDay::Now, Lang::En) => "open now".into(),
            (OpenDay::Any, Lang::Id) => format!("buka hari apa saja{time}"),
            (OpenDay::Any, Lang::En) => format!("open on any day{time}"),
            (OpenDay::Today, Lang::Id) => format!("buka hari ini{time}"),
            (OpenDay::Today, Lang::En) => format!("open today{time}"),
            (OpenDay::Weekday(w), Lang::Id) => format!("buka {}{time}", self.weekdays[w % 7]),
            (OpenDay::Weekday(w), Lang::En) => format!("open on {}{time}", self.weekdays[w % 7]),
        }
    }

    /// The count with "open at": how many are open then, and how many
    /// follow because their hours are unknown or too old to vouch for.
    pub fn open_at_count(&self, at: OpenAt, open: usize, unknown: usize) -> String {
        let asked = self.open_at_words(at);
        match self.lang {
            Lang::Id => format!(
                "{open} MPP {asked} (menurut jam yang tercatat, hari libur ikut dihitung) · {unknown} MPP jam layanannya belum tercatat atau sudah lama, tetap ditampilkan"
            ),
            Lang::En => {
                let mpps = |n: usize| if n == 1 { "MPP" } else { "MPPs" };
                format!(
                    "{open} {} {asked} (by their recorded hours, holidays included) · {unknown} {} whose hours are not recorded or too old, still shown",
                    mpps(open),
                    mpps(unknown)
                )
            }
        }
    }
}
