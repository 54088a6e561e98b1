//! Every user-visible string, in one place: `id.rs` (Bahasa Indonesia, the
//! default) and `en.rs`. Sentences built from numbers are methods here,
//! one `match` per language, so a translation is read side by side.

mod calendar;
mod editor;
mod en;
mod id;
mod innovations;
mod open_data;
mod owner;

use leptos::prelude::*;
use leptos::reactive::graph::Observer;

use domain::{
    dates::format_date,
    geo::format_km,
    hours::{HoursLine, OpenState},
    Batch, Confidence, FeedError, FeedMeta, FeedSummary, Lang, LoadError, PointKind,
};

pub use editor::{EditorLabels, EditorPart};
pub use en::EN;
pub use id::ID;

/// The language pages are drawn in, in context: the app's choice (a signal
/// the language switch sets) or, pre-rendered, the page's language. Read
/// through `texts()` inside a closure, so a switch redraws the words only.
#[derive(Clone, Copy)]
pub struct Language(pub Signal<Lang>);

/// Puts `lang` in context for `texts()` below this owner.
pub fn provide_language(lang: Signal<Lang>) {
    provide_context(Language(lang));
}

/// The language in context, tracked when read inside a reactive closure
/// (a view's `move ||`, an effect), so that closure runs again on a switch.
/// Without one (no app around, e.g. a test), Bahasa Indonesia.
pub fn current_language() -> Lang {
    let Some(Language(lang)) = use_context::<Language>() else {
        return Lang::default();
    };
    // Outside a reactive closure (a component's body, an event handler)
    // the value is read as it is now, without a debug build's warning.
    if Observer::get().is_some() {
        lang.get()
    } else {
        lang.get_untracked()
    }
}

/// One of `Texts`' words, named for a component's prop (`label=|t| t.retry`)
/// and read in the language of the moment where it is shown.
pub type Word = fn(&'static Texts) -> &'static str;

pub fn texts_for(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

pub struct Texts {
    pub lang: Lang,
    /// Names the other language, in that language (the switch's label).
    pub other_language: &'static str,
    pub language_label: &'static str,
    pub skip_link: &'static str,
    /// Under a pre-rendered page when scripts cannot run.
    pub noscript_prerendered: &'static str,
    pub app_name: &'static str,
    pub home_title: &'static str,
    pub list_label: &'static str,
    pub loading: &'static str,
    pub retry: &'static str,
    /// `?feed=` named a feed this page does not read; the default is shown.
    pub feed_link_refused: &'static str,
    pub badge_new: &'static str,
    pub badge_unconfirmed: &'static str,
    pub no_data: &'static str,
    pub inaugurated: &'static str,
    pub back_to_list: &'static str,
    pub regency: &'static str,
    pub province: &'static str,
    pub location: &'static str,
    pub no_location: &'static str,
    pub address: &'static str,
    pub hours: &'static str,
    pub services: &'static str,
    pub service_count: &'static str,
    pub tenants: &'static str,
    pub tenants_planned: &'static str,
    pub services_mentioned: &'static str,
    pub website: &'static str,
    pub sources: &'static str,
    pub details_loading: &'static str,
    pub details_failed: &'static str,
    pub mpp_not_found: &'static str,
    pub mpp_not_found_body: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub data_as_of: &'static str,
    pub licences: &'static str,
    pub skipped_records: &'static str,
    pub as_of: &'static str,
    pub map_label: &'static str,
    pub map_failed: &'static str,
    pub see_details: &'static str,
    pub show_on_map: &'static str,
    pub cluster_suffix: &'static str,
    pub fallback_attribution: &'static str,
    pub tab_list: &'static str,
    pub tab_map: &'static str,
    pub views_label: &'static str,
    pub detail_map_label: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub filters_label: &'static str,
    pub all_provinces: &'static str,
    pub service_filter: &'static str,
    pub all_services: &'static str,
    pub year_filter: &'static str,
    pub all_years: &'static str,
    pub clear_filters: &'static str,
    pub no_results: &'static str,
    pub locate: &'static str,
    pub locating: &'static str,
    pub clear_location: &'static str,
    pub nearest_first: &'static str,
    pub your_location: &'static str,
    pub geo_denied: &'static str,
    pub geo_unavailable: &'static str,
    pub geo_timeout: &'static str,
    pub geo_unsupported: &'static str,
    pub from_you: &'static str,
    pub hours_unknown: &'static str,
    pub open_now: &'static str,
    pub closing_soon: &'static str,
    pub closed: &'static str,
    pub until: &'static str,
    pub break_from: &'static str,
    pub opens: &'static str,
    pub holidays_note: &'static str,
    pub weekdays: [&'static str; 7],
    pub directions: &'static str,
    pub directions_seat_address: &'static str,
    pub directions_seat_name: &'static str,
    pub share: &'static str,
    pub link_copied: &'static str,
    pub copy_this_link: &'static str,
    pub show_more: &'static str,
    pub bad_params: &'static str,
    pub embed_all_title: &'static str,
    pub embed_open_full_label: &'static str,
    pub embed_unknown_region: &'static str,
    pub embed_widen_to: &'static str,
    pub embed_widen_all: &'static str,
    pub embed_link: &'static str,
    pub gen_title: &'static str,
    pub gen_intro: &'static str,
    pub gen_region: &'static str,
    pub gen_all_regions: &'static str,
    pub gen_view: &'static str,
    pub gen_view_both: &'static str,
    pub gen_view_map: &'static str,
    pub gen_view_list: &'static str,
    pub gen_language: &'static str,
    pub gen_height: &'static str,
    pub gen_auto_height: &'static str,
    pub gen_preview: &'static str,
    pub gen_code: &'static str,
    pub gen_copy: &'static str,
    pub gen_copied: &'static str,
    pub gen_notes: &'static str,
    pub gen_full_width: &'static str,
    pub gen_wordpress_title: &'static str,
    pub gen_wordpress_who: &'static str,
    pub gen_shortcode: &'static str,
    pub gen_copy_shortcode: &'static str,
    pub gen_shortcode_copied: &'static str,
    pub gen_wordpress_plugin: &'static str,
    pub stats_title: &'static str,
    pub stats_link: &'static str,
    pub about_link: &'static str,
    pub timeline_title: &'static str,
    pub timeline_desc: &'static str,
    pub col_year: &'static str,
    pub col_inaugurated: &'static str,
    pub col_cumulative: &'static str,
    pub coverage_title: &'static str,
    pub coverage_desc: &'static str,
    pub col_province: &'static str,
    pub col_total: &'static str,
    pub col_listed: &'static str,
    pub col_unconfirmed: &'static str,
    /// Short column headers at 360 px; the full name is their `abbr` title.
    pub col_unconfirmed_short: &'static str,
    pub col_province_level: &'static str,
    pub col_province_level_short: &'static str,
    pub col_none: &'static str,
    pub col_none_short: &'static str,
    pub col_no_evidence: &'static str,
    pub col_share: &'static str,
    /// Said after a sortable column's name ("Cakupan — urutkan").
    pub sort_by: &'static str,
    pub coverage_map_label: &'static str,
    pub coverage_map_note: &'static str,
    pub regions_loading: &'static str,
    pub regions_failed: &'static str,
    pub report_correction: &'static str,
    pub record_confidence: &'static str,
    /// The detail page's closed section with sources and confidence.
    pub data_section: &'static str,
    /// The link after "Belum tercatat: …" (to report a correction).
    pub help_complete: &'static str,
    /// Said once when the data's notes record a conflict between sources.
    pub sources_differ: &'static str,
    pub region: &'static str,
    pub point_confidence: &'static str,
    pub about_title: &'static str,
    pub about_what_title: &'static str,
    pub about_what: &'static str,
    pub about_data_title: &'static str,
    pub about_data: &'static str,
    pub about_licences_title: &'static str,
    /// The data as files for other tools (GeoJSON).
    pub about_open_data_title: &'static str,
    pub about_geojson: &'static str,
    pub about_hsds: &'static str,
    pub about_osm: &'static str,
    pub about_software: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    /// A page whose code (its own chunk) could not be downloaded.
    pub page_load_failed: &'static str,
    pub page_load_failed_why: &'static str,
    pub page_load_failed_again: &'static str,
    pub page_load_retrying: &'static str,
    /// While a page's code downloads (a slow link).
    pub page_loading: &'static str,
    pub data_generated: &'static str,
    /// High, medium, medium (inferred), low.
    pub confidence_levels: [&'static str; 4],
    pub status_unconfirmed_text: &'static str,
    pub service_types_unit: &'static str,
    pub agencies_unit: &'static str,
}

/// What a detail page or an innovation may lack; said once, in one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Address,
    Hours,
    Services,
    InaugurationDate,
    /// An innovation's (`/inovasi`).
    Region,
    Category,
    Description,
}

/// The words in the language in context: call it where the words are used,
/// inside the closure that shows them (`{move || texts().home_title}`), not
/// once in a component's body, so a language switch changes them in place.
pub fn texts() -> &'static Texts {
    texts_for(current_language())
}

impl Texts {
    /// A partial date in this language ("15 Desember 2025" / "15 December 2025").
    pub fn date(&self, date: &str) -> String {
        format_date(date, self.lang)
    }

    pub fn km(&self, km: f64) -> String {
        format_km(km, self.lang == Lang::Id)
    }

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

    pub fn confidence(&self, c: Confidence) -> &'static str {
        let i = match c {
            Confidence::High => 0,
            Confidence::Medium => 1,
            Confidence::MediumInferred => 2,
            Confidence::Low => 3,
        };
        self.confidence_levels[i]
    }

    /// What the map point is, so nobody walks to a regency seat looking for the MPP.
    pub fn point_caveat(&self, point: PointKind, place: Option<&str>) -> String {
        let place = place.map(|p| format!(" ({p})")).unwrap_or_default();
        match (self.lang, point) {
            (Lang::Id, PointKind::RegencySeat) => format!("Titik ini adalah ibu kota kabupaten{place}, bukan lokasi gedung MPP."),
            (Lang::En, PointKind::RegencySeat) => format!("This point is the regency seat{place}, not the MPP building."),
            (Lang::Id, PointKind::CityCentre) => "Titik ini adalah titik kota, bukan lokasi gedung MPP.".into(),
            (Lang::En, PointKind::CityCentre) => "This point is the city's point, not the MPP building.".into(),
            (Lang::Id, PointKind::ProvinceCapital) => "Titik ini adalah ibu kota provinsi, bukan lokasi gedung MPP.".into(),
            (Lang::En, PointKind::ProvinceCapital) => "This point is the province capital, not the MPP building.".into(),
            (Lang::Id, PointKind::ApproximatePlace) => {
                "Titik ini adalah tempat yang namanya mirip kabupaten dan mungkin bukan ibu kotanya; bukan lokasi gedung MPP.".into()
            }
            (Lang::En, PointKind::ApproximatePlace) => {
                "This point is a place named like the regency and may not be its seat; it is not the MPP building.".into()
            }
            (Lang::Id, PointKind::Building) => "Titik ini adalah lokasi gedung MPP.".into(),
            (Lang::En, PointKind::Building) => "This point is the MPP building.".into(),
        }
    }

    pub fn without_location(&self, count: usize) -> String {
        match self.lang {
            Lang::Id => format!("{count} MPP belum punya titik lokasi dan hanya ada di daftar."),
            Lang::En => format!("{count} MPPs have no location yet and appear in the list only."),
        }
    }

    pub fn skipped(&self, count: usize) -> String {
        format!("{count} {}.", self.skipped_records)
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

    /// What a shared link to an MPP's page previews (its meta description):
    /// where it is, when it opened if known, and what the page tells.
    pub fn mpp_page_description(&self, mpp: &domain::Mpp) -> String {
        let place = if mpp.regency.name == mpp.province.name {
            mpp.province.name.clone()
        } else {
            format!("{}, {}", mpp.regency.name, mpp.province.name)
        };
        let opened = mpp
            .inauguration
            .as_ref()
            .map(|i| format!(" {}", self.inauguration(&i.date, None)))
            .unwrap_or_default();
        match self.lang {
            Lang::Id => format!(
                "{} di {place}.{opened} Alamat, jam layanan dan layanan yang tersedia, sejauh tercatat, dengan sumbernya.",
                mpp.name
            ),
            Lang::En => format!(
                "{} in {place}.{opened} Address, opening hours and services, as far as recorded, with their sources.",
                mpp.name
            ),
        }
    }

    /// "Diresmikan 15 Desember 2025 oleh Menteri PANRB Rini Widyantini
    /// bersama 8 MPP lain (total 296 → 305)." — from the batch's facts.
    pub fn inauguration(&self, date: &str, batch: Option<&Batch>) -> String {
        let on = self.date(date);
        let mut text = match self.lang {
            Lang::Id => format!("Diresmikan {on}"),
            Lang::En => format!("Inaugurated on {on}"),
        };
        let Some(batch) = batch.filter(|b| b.date == date) else {
            text.push('.');
            return text;
        };
        if let Some(minister) = &batch.minister {
            text.push_str(&match self.lang {
                Lang::Id => format!(" oleh Menteri PANRB {minister}"),
                Lang::En => format!(" by the PANRB Minister, {minister},"),
            });
        }
        if batch.online {
            text.push_str(match self.lang {
                Lang::Id => " secara daring",
                Lang::En => " online",
            });
        }
        let others = batch.inaugurated.saturating_sub(1);
        if others > 0 {
            text.push_str(&match self.lang {
                Lang::Id => format!(" bersama {others} MPP lain"),
                Lang::En if others == 1 => " together with 1 other MPP".to_owned(),
                Lang::En => format!(" together with {others} other MPPs"),
            });
        }
        if let (Some(before), Some(after)) = (batch.total_before, batch.total_after) {
            text.push_str(&format!(" (total {before} → {after})"));
        }
        // "by the PANRB Minister, X," ends the sentence without its comma.
        let mut text = text.trim_end_matches(',').to_owned();
        text.push('.');
        text
    }

    /// "Belum tercatat: alamat, jam layanan" — what no source gives, once.
    pub fn missing(&self, what: &[Missing]) -> String {
        let names: Vec<&str> = what
            .iter()
            .map(|m| match (self.lang, m) {
                (Lang::Id, Missing::Address) => "alamat",
                (Lang::Id, Missing::Hours) => "jam layanan",
                (Lang::Id, Missing::Services) => "daftar layanan",
                (Lang::Id, Missing::InaugurationDate) => "tanggal peresmian",
                (Lang::Id, Missing::Region) => "wilayah",
                (Lang::Id, Missing::Category) => "kategori",
                (Lang::Id, Missing::Description) => "uraian",
                (Lang::En, Missing::Address) => "address",
                (Lang::En, Missing::Hours) => "opening hours",
                (Lang::En, Missing::Services) => "list of services",
                (Lang::En, Missing::InaugurationDate) => "inauguration date",
                (Lang::En, Missing::Region) => "region",
                (Lang::En, Missing::Category) => "category",
                (Lang::En, Missing::Description) => "description",
            })
            .collect();
        match self.lang {
            Lang::Id => format!("Belum tercatat: {}", names.join(", ")),
            Lang::En => format!("Not recorded yet: {}", names.join(", ")),
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

    /// A planned site: never the MPP's place now.
    pub fn planned_site(&self, as_of: Option<&str>) -> String {
        match (self.lang, as_of) {
            (Lang::Id, Some(date)) => format!(
                "Rencana lokasi baru (per {}), bukan lokasi saat ini",
                self.date(date)
            ),
            (Lang::En, Some(date)) => format!(
                "A new site is planned (as of {}); it is not where the MPP is now",
                self.date(date)
            ),
            (Lang::Id, None) => "Rencana lokasi baru, bukan lokasi saat ini".into(),
            (Lang::En, None) => "A new site is planned; it is not where the MPP is now".into(),
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

    pub fn distance(&self, km: f64) -> String {
        format!("{} {}", self.km(km), self.from_you)
    }

    pub fn timeline_undated(&self, undated: usize, unconfirmed: usize) -> String {
        match self.lang {
            Lang::Id => format!("{undated} MPP terkonfirmasi belum punya tanggal peresmian di data ini dan tidak ada di grafik; {unconfirmed} MPP belum terkonfirmasi tidak dihitung."),
            Lang::En => format!("{undated} confirmed MPPs have no inauguration date in this data and are not in the chart; {unconfirmed} unconfirmed MPPs are not counted."),
        }
    }

    pub fn timeline_summary(&self, total: usize, year: u32) -> String {
        match self.lang {
            Lang::Id => format!("{total} MPP terkonfirmasi bertanggal sampai akhir {year}."),
            Lang::En => format!("{total} dated confirmed MPPs by the end of {year}."),
        }
    }

    /// Why the data lists fewer confirmed MPPs than announced.
    pub fn about_fewer(&self, announced: u32, confirmed: usize, unconfirmed: usize) -> String {
        let missing = (announced as usize).saturating_sub(confirmed);
        match self.lang {
            Lang::Id => format!(
                "Pemerintah mengumumkan {announced} MPP, tetapi daftar resminya tidak diterbitkan. Data ini mengenali {confirmed} di antaranya dari sumber yang bertanggal; {missing} MPP yang sudah diresmikan belum dapat diidentifikasi dari sumber yang tersimpan. {unconfirmed} MPP lain disebut sumber tetapi tanpa bukti pengakuan Kementerian PANRB: ditampilkan sebagai belum terkonfirmasi dan tidak dihitung."
            ),
            Lang::En => format!(
                "The government announced {announced} MPPs but did not publish the list. This data identifies {confirmed} of them from dated sources; {missing} inaugurated MPPs could not be identified from the stored sources. {unconfirmed} more are named by sources without evidence of recognition by the Ministry PANRB: they are shown as unconfirmed and not counted."
            ),
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

    /// The filter for the newest batch.
    pub fn new_filter(&self, batch: Option<&Batch>) -> String {
        match batch {
            Some(b) => format!("{} — {}", self.badge_new, self.date(&b.date)),
            None => self.badge_new.to_owned(),
        }
    }

    /// The chart's mark for the newest batch: "15 Desember 2025: 296 → 305".
    pub fn timeline_step(&self, batch: &Batch, before: u32, after: u32) -> String {
        let announced = match self.lang {
            Lang::Id => "diumumkan",
            Lang::En => "announced",
        };
        format!(
            "{}: {before} → {after} ({announced})",
            self.date(&batch.date)
        )
    }

    /// The newest batch in one sentence, for the about page.
    pub fn about_latest_batch(&self, batch: &Batch) -> String {
        let (on, count) = (self.date(&batch.date), batch.inaugurated);
        let mut text = match self.lang {
            Lang::Id => format!("Pada {on}, {count} MPP diresmikan sekaligus"),
            Lang::En => format!("On {on}, {count} MPPs were inaugurated at once"),
        };
        if let (Some(before), Some(after)) = (batch.total_before, batch.total_after) {
            text.push_str(&match self.lang {
                Lang::Id => format!(", sehingga jumlahnya naik dari {before} menjadi {after}"),
                Lang::En => format!(", taking the total from {before} to {after}"),
            });
        }
        text.push('.');
        text
    }

    pub fn about_fewer_title(&self, announced: u32) -> String {
        match self.lang {
            Lang::Id => format!("Mengapa kurang dari {announced}?"),
            Lang::En => format!("Why fewer than {announced}?"),
        }
    }

    /// What a confirmed (not new) MPP is.
    pub fn status_confirmed_text(&self, batch: Option<&Batch>) -> String {
        match (self.lang, batch) {
            (Lang::Id, Some(b)) => format!(
                "Termasuk MPP yang sudah ada sebelum {}.",
                self.date(&b.date)
            ),
            (Lang::En, Some(b)) => format!(
                "One of the MPPs that existed before {}.",
                self.date(&b.date)
            ),
            (Lang::Id, None) => "Termasuk MPP yang diakui Kementerian PANRB.".into(),
            (Lang::En, None) => "One of the MPPs recognised by the Ministry PANRB.".into(),
        }
    }

    pub fn bad_params(&self, names: &[String]) -> String {
        format!("{} {}.", self.bad_params, names.join(", "))
    }
}
