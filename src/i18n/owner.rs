//! The words beside an MPP's own data (issue 22): who stated a fact and
//! when, an agency's own days, the phone, the queue button and `/statistik`'s
//! count, one `match` per language. The publisher's own text (names,
//! directions, notes) is shown as the publisher wrote it.

use domain::owner::FactFrom;
use domain::{hours::hours_lines, HoursRule, Lang};

use super::Texts;

impl Texts {
    /// "Data dari Pemerintah Kabupaten Buol, diperiksa 3 Maret 2026".
    pub fn owner_from(&self, from: &FactFrom) -> String {
        let publisher = from.publisher.as_deref().unwrap_or_default();
        let checked = from.checked_on.as_deref().map(|d| self.date(d));
        match (self.lang, checked) {
            (Lang::Id, Some(date)) => format!("Data dari {publisher}, diperiksa {date}"),
            (Lang::En, Some(date)) => format!("Data from {publisher}, checked {date}"),
            (Lang::Id, None) => format!("Data dari {publisher}"),
            (Lang::En, None) => format!("Data from {publisher}"),
        }
    }

    /// "Selasa dan Kamis, 08:00–12:00": an agency's own days and, where
    /// they are the same every day, its hours.
    pub fn agency_days(&self, rules: &[HoursRule]) -> String {
        let lines = hours_lines(rules);
        let mut days: Vec<usize> = lines.iter().flat_map(|l| l.days.0..=l.days.1).collect();
        days.sort_unstable();
        days.dedup();
        let names: Vec<&str> = days.iter().map(|d| self.weekdays[d % 7]).collect();
        let and = match self.lang {
            Lang::Id => " dan ",
            Lang::En => " and ",
        };
        let days = match names.split_last() {
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
            None => String::new(),
        };
        let same = lines.first().filter(|f| {
            lines
                .iter()
                .all(|l| (&l.open, &l.close, &l.pause) == (&f.open, &f.close, &f.pause))
        });
        match same {
            Some(l) => format!("{days}, {}–{}", l.open, l.close),
            None => days,
        }
    }

    /// On the map, beside a marker at the building's own point.
    pub fn point_is_building(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Titik ini: gedung MPP",
            Lang::En => "This point: the MPP building",
        }
    }

    pub fn phone(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Telepon",
            Lang::En => "Phone",
        }
    }

    /// How a number is reached (`voice`, `whatsapp`, `sms`).
    pub fn phone_kind(&self, kind: &str) -> &'static str {
        match (self.lang, kind) {
            (_, "whatsapp") => "WhatsApp",
            (_, "sms") => "SMS",
            (Lang::Id, _) => "Telepon",
            (Lang::En, _) => "Call",
        }
    }

    pub fn online_queue(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Antrean online",
            Lang::En => "Online queue",
        }
    }

    /// The queue or booking button.
    pub fn take_a_queue_number(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Ambil antrean online",
            Lang::En => "Get a queue number online",
        }
    }

    pub fn social_accounts(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Media sosial",
            Lang::En => "Social media",
        }
    }

    pub fn owner_services(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Layanan",
            Lang::En => "Services",
        }
    }

    /// `/statistik`: how many MPPs' own governments publish their data.
    pub fn owner_data_count(&self, with: usize, listed: usize) -> String {
        match self.lang {
            Lang::Id => format!(
                "{with} dari {listed} MPP memiliki data dari pemerintah daerahnya sendiri (alamat, jam layanan, kontak, diperiksa oleh petugas MPP)."
            ),
            Lang::En => format!(
                "{with} of {listed} MPPs have data from their own regional government (address, hours, contact, checked by the MPP's staff)."
            ),
        }
    }
}
