//! The sentences of an MPP's page: what its map point is, when and by whom
//! it was inaugurated, what no source gives, a planned site, its status,
//! in Bahasa Indonesia and English, one `match` per language, side by side.

use domain::{Batch, Confidence, Lang, PointKind};

use super::{Missing, Texts};

impl Texts {
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
}

/// The words of an MPP's page, by language. Not fields of `Texts`:
/// every `Texts` word of both languages is in the first download, while
/// words read only by a split route's code go with that route's chunk.
pub struct DetailWords {
    pub no_location: &'static str,
    pub address: &'static str,
    /// Heads what the sources counted: kinds of service, agencies, or both.
    pub service_count: &'static str,
    pub tenants: &'static str,
    pub tenants_planned: &'static str,
    pub services_mentioned: &'static str,
    pub details_loading: &'static str,
    pub details_failed: &'static str,
    pub as_of: &'static str,
    pub detail_map_label: &'static str,
    pub holidays_note: &'static str,
    pub directions_seat_address: &'static str,
    pub directions_seat_name: &'static str,
    pub report_correction: &'static str,
    pub record_confidence: &'static str,
    /// The detail page's closed section with sources and confidence.
    pub data_section: &'static str,
    /// The link after "Belum tercatat: …" (to report a correction).
    pub help_complete: &'static str,
    /// Said once when the data's notes record a conflict between sources.
    pub sources_differ: &'static str,
    pub point_confidence: &'static str,
    pub status_unconfirmed_text: &'static str,
    pub service_types_unit: &'static str,
    pub agencies_unit: &'static str,
}

const DETAIL_ID: DetailWords = DetailWords {
    no_location: "belum ada data titik lokasi",
    address: "Alamat",
    service_count: "Jumlah layanan dan instansi",
    tenants: "Instansi yang hadir",
    tenants_planned: "Instansi yang direncanakan",
    services_mentioned: "Layanan yang disebut sumber",
    details_loading: "Memuat rincian…",
    details_failed: "Rincian MPP ini belum bisa dimuat. Data ringkas di atas tetap berlaku.",
    as_of: "per",
    detail_map_label: "Peta lokasi",
    holidays_note: "Dihitung dengan jam setempat MPP. Hari libur nasional dan cuti bersama tidak diperhitungkan.",
    directions_seat_address: "Titik di peta hanyalah ibu kota kabupaten/kota: Google Maps diarahkan ke alamat MPP, OpenStreetMap ke titik itu.",
    directions_seat_name: "Titik di peta hanyalah ibu kota kabupaten/kota dan alamatnya tidak diketahui: Google Maps diarahkan ke nama MPP, OpenStreetMap ke titik itu.",
    report_correction: "Laporkan koreksi",
    record_confidence: "Keyakinan catatan ini",
    data_section: "Tentang data ini",
    help_complete: "bantu lengkapi",
    sources_differ: "Sumber berbeda tentang sebagian isi catatan ini; periksa sumber di atas.",
    point_confidence: "Keyakinan titik lokasi",
    status_unconfirmed_text: "Belum terkonfirmasi: sumber tidak menunjukkan pengakuan Kementerian PANRB. Tidak dihitung sebagai MPP terkonfirmasi.",
    service_types_unit: "jenis layanan",
    agencies_unit: "instansi",
};

const DETAIL_EN: DetailWords = DetailWords {
    no_location: "no location data yet",
    address: "Address",
    service_count: "Services and agencies",
    tenants: "Agencies present",
    tenants_planned: "Agencies planned",
    services_mentioned: "Services named by sources",
    details_loading: "Loading details…",
    details_failed: "This MPP's details could not be loaded yet. The summary above still holds.",
    as_of: "as of",
    detail_map_label: "Location map",
    holidays_note: "Computed in the MPP's local time. Public holidays and collective leave days are not taken into account.",
    directions_seat_address: "The map point is only the regency or city seat: Google Maps is given the MPP's address, OpenStreetMap that point.",
    directions_seat_name: "The map point is only the regency or city seat and the address is unknown: Google Maps is given the MPP's name, OpenStreetMap that point.",
    report_correction: "Report a correction",
    record_confidence: "Confidence in this record",
    data_section: "About this data",
    help_complete: "help complete it",
    sources_differ: "Sources differ on parts of this record; check the sources above.",
    point_confidence: "Confidence in the map point",
    status_unconfirmed_text: "Unconfirmed: sources do not show recognition by the Ministry PANRB. Not counted as a confirmed MPP.",
    service_types_unit: "service types",
    agencies_unit: "agencies",
};

impl Texts {
    pub fn detail(&self) -> &'static DetailWords {
        self.either(&DETAIL_ID, &DETAIL_EN)
    }
}
