//! The sentences of the home page's search and list: the honest count under the
//! title, the result line, the notes beside a filter, a distance,
//! in Bahasa Indonesia and English, one `match` per language, side by side.

use domain::{Batch, FeedMeta, FeedSummary, Lang};

use super::Texts;

impl Texts {
    /// The honest count under the title: what the data lists against the
    /// announced national total. Unconfirmed records are never counted.
    pub fn summary(&self, s: &FeedSummary, meta: &FeedMeta) -> String {
        let (announced, date) = (meta.announced_total, self.date(&meta.announced_date));
        let (listed, confirmed, new, unconfirmed) = (s.listed, s.confirmed, s.new, s.unconfirmed);
        let mut text = match self.lang {
            Lang::Id => format!(
                "Pemerintah mengumumkan {announced} MPP per {date}. Data ini mencantumkan {listed} MPP: \
                 {confirmed} terkonfirmasi"
            ),
            Lang::En => format!(
                "The government announced {announced} MPPs as of {date}. This data lists {listed}: \
                 {confirmed} confirmed"
            ),
        };
        if let Some(batch) = &meta.current_batch {
            let on = self.date(&batch.date);
            text.push_str(&match self.lang {
                Lang::Id => format!(" (termasuk {new} yang baru diresmikan {on})"),
                Lang::En => format!(" (including the {new} inaugurated on {on})"),
            });
        }
        if unconfirmed > 0 {
            text.push_str(&match self.lang {
                Lang::Id => format!(" dan {unconfirmed} belum terkonfirmasi"),
                Lang::En => format!(" and {unconfirmed} unconfirmed"),
            });
        }
        text.push('.');
        text
    }

    pub fn without_location(&self, count: usize) -> String {
        match self.lang {
            Lang::Id => format!("{count} MPP belum punya titik lokasi dan hanya ada di daftar."),
            Lang::En => format!("{count} MPPs have no location yet and appear in the list only."),
        }
    }

    pub fn showing(&self, shown: usize, total: usize) -> String {
        match self.lang {
            Lang::Id => format!("{shown} dari {total} MPP"),
            Lang::En => format!("{shown} of {total} MPPs"),
        }
    }

    /// Said beside a service filter: these MPPs are not hidden for lack of
    /// offering the service, only for lack of a list.
    pub fn without_service_list(&self, count: usize) -> String {
        match self.lang {
            Lang::Id => format!("{count} MPP lain belum punya daftar layanan di data ini, jadi mungkin juga menyediakannya."),
            Lang::En => format!("{count} other MPPs have no service list in this data yet, so they may offer it too."),
        }
    }

    pub fn show_more_count(&self, count: usize) -> String {
        format!("{} ({count})", self.show_more)
    }

    pub fn show_all_count(&self, count: usize) -> String {
        format!("{} ({count})", self.show_all)
    }

    pub fn distance(&self, km: f64) -> String {
        format!("{} {}", self.km(km), self.from_you)
    }

    /// The filter for the newest batch.
    pub fn new_filter(&self, batch: Option<&Batch>) -> String {
        match batch {
            Some(b) => format!("{} — {}", self.badge_new, self.date(&b.date)),
            None => self.badge_new.to_owned(),
        }
    }

    /// The "Baru" badge's title: when the newest batch was inaugurated.
    pub fn new_badge_title(&self, batch: Option<&Batch>) -> String {
        match (self.lang, batch) {
            (Lang::Id, Some(b)) => format!("Baru — diresmikan {}", self.date(&b.date)),
            (Lang::En, Some(b)) => format!("New — inaugurated {}", self.date(&b.date)),
            (Lang::Id, None) => "Baru diresmikan".into(),
            (Lang::En, None) => "Newly inaugurated".into(),
        }
    }

    pub fn bad_params(&self, names: &[String]) -> String {
        format!("{} {}.", self.bad_params, names.join(", "))
    }
}
