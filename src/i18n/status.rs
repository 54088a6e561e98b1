//! The words of the data's status line: loading, a failed load in words a citizen
//! understands, a saved copy shown instead, records skipped,
//! in Bahasa Indonesia and English, one `match` per language, side by side.

use domain::{FeedError, Lang, LoadError};

use super::Texts;

impl Texts {
    pub fn load_failed(&self, reason: &str) -> String {
        match self.lang {
            Lang::Id => format!("Data MPP tidak dapat dimuat: {reason}. Periksa koneksi internet Anda, lalu coba lagi."),
            Lang::En => format!("The MPP data could not be loaded: {reason}. Check your internet connection and try again."),
        }
    }

    /// The feed failed and the copy kept on this device is shown.
    pub fn showing_saved(
        &self,
        data_date: Option<&str>,
        reason: &str,
        saved_at: Option<&str>,
    ) -> String {
        // An ISO timestamp: its date part is what a reader needs.
        let saved = saved_at.map(|at| self.date(at.get(..10).unwrap_or(at)));
        let body = match (self.lang, saved) {
            (Lang::Id, Some(on)) => format!("Data terbaru tidak dapat dimuat ({reason}). Menampilkan data tersimpan di perangkat ini pada {on}."),
            (Lang::Id, None) => format!("Data terbaru tidak dapat dimuat ({reason}). Menampilkan data yang sudah dimuat sebelumnya."),
            (Lang::En, Some(on)) => format!("The latest data could not be loaded ({reason}). Showing the copy saved on this device on {on}."),
            (Lang::En, None) => format!("The latest data could not be loaded ({reason}). Showing the data loaded earlier."),
        };
        match data_date {
            Some(date) => format!("{} {date} — {body}", self.data_as_of),
            None => body,
        }
    }

    /// The service worker answered with its saved copy.
    pub fn saved_copy(&self, data_date: Option<&str>, offline: bool) -> String {
        let date = data_date.unwrap_or(self.no_data);
        match (self.lang, offline) {
            (Lang::Id, true) => format!("Data per {date} — Anda sedang offline. Menampilkan salinan yang tersimpan di perangkat ini."),
            (Lang::Id, false) => format!("Data per {date} — server tidak menjawab tepat waktu. Menampilkan salinan yang tersimpan di perangkat ini."),
            (Lang::En, true) => format!("Data as of {date} — you are offline. Showing the copy saved on this device."),
            (Lang::En, false) => format!("Data as of {date} — the server did not answer in time. Showing the copy saved on this device."),
        }
    }

    /// Why loading failed, in words a citizen understands.
    pub fn load_error(&self, error: &LoadError) -> String {
        let id = self.lang == Lang::Id;
        match error {
            LoadError::Network if id => "tidak dapat terhubung ke server".into(),
            LoadError::Network => "the server could not be reached".into(),
            LoadError::Http(404) if id => "server menjawab 404, data tidak ditemukan".into(),
            LoadError::Http(404) => "the server answered 404, data not found".into(),
            LoadError::Http(code) if id => format!("server menjawab dengan galat {code}"),
            LoadError::Http(code) => format!("the server answered with error {code}"),
            LoadError::Feed(FeedError::UnsupportedVersion { found, .. }) if id => {
                format!("versi data {found} tidak didukung aplikasi ini")
            }
            LoadError::Feed(FeedError::UnsupportedVersion { found, .. }) => {
                format!("data version {found} is not supported by this app")
            }
            LoadError::Feed(FeedError::NotJson(_) | FeedError::NotAnObject) if id => {
                "isi jawaban server bukan data MPP yang valid".into()
            }
            LoadError::Feed(FeedError::NotJson(_) | FeedError::NotAnObject) => {
                "the server's answer is not valid MPP data".into()
            }
            LoadError::Feed(_) if id => "format data MPP tidak dikenal".into(),
            LoadError::Feed(_) => "the MPP data is in an unknown format".into(),
        }
    }

    pub fn skipped(&self, count: usize) -> String {
        format!("{count} {}.", self.skipped_records)
    }
}
