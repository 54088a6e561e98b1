//! The sentences of `/statistik` and `/tentang`: the timeline's notes and
//! the newest batch, and why the data lists fewer MPPs than announced,
//! in Bahasa Indonesia and English, one `match` per language, side by side.

use domain::{Batch, Lang};

use super::Texts;

impl Texts {
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
}

/// The words of `/statistik`, by language. Not fields of `Texts`:
/// every `Texts` word of both languages is in the first download, while
/// words read only by a split route's code go with that route's chunk.
pub struct StatisticsWords {
    pub title: &'static str,
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
    pub coverage_map_note: &'static str,
    pub regions_loading: &'static str,
    pub regions_failed: &'static str,
}

const STATS_ID: StatisticsWords = StatisticsWords {
    title: "Statistik MPP",
    timeline_title: "Pertumbuhan jumlah MPP",
    timeline_desc: "Batang: MPP terkonfirmasi yang diresmikan per tahun. Garis: jumlah kumulatif pada akhir tahun, dari tanggal peresmian di data ini.",
    col_year: "Tahun",
    col_inaugurated: "Diresmikan",
    col_cumulative: "Kumulatif",
    coverage_title: "Cakupan per provinsi",
    coverage_desc: "Untuk setiap provinsi: kabupaten/kota yang punya MPP di data ini dibanding semua kabupaten/kota (38 provinsi, 514 kabupaten/kota). “Tanpa bukti” berarti tidak ada sumber ke arah mana pun — bukan berarti tidak ada MPP.",
    col_province: "Provinsi",
    col_total: "Kab/kota",
    col_listed: "Ada MPP",
    col_unconfirmed: "Belum terkonfirmasi",
    col_unconfirmed_short: "Blm. konf.",
    col_province_level: "MPP tingkat provinsi",
    col_province_level_short: "Tk. prov.",
    col_none: "Sumber: belum ada",
    col_none_short: "Blm. ada",
    col_no_evidence: "Tanpa bukti",
    coverage_map_note: "Bentuk provinsi adalah batas sebelum 2012: Kalimantan Utara tergabung dengan Kalimantan Timur, dan provinsi-provinsi Papua yang dibentuk 2022 tergabung dengan Papua dan Papua Barat; warnanya memakai jumlah gabungan.",
    regions_loading: "Memuat data wilayah…",
    regions_failed: "Data wilayah tidak dapat dimuat, jadi cakupan belum bisa ditampilkan.",
};

const STATS_EN: StatisticsWords = StatisticsWords {
    title: "MPP statistics",
    timeline_title: "How the number of MPPs grew",
    timeline_desc: "Bars: confirmed MPPs inaugurated per year. Line: the running total at the end of each year, from the inauguration dates in this data.",
    col_year: "Year",
    col_inaugurated: "Inaugurated",
    col_cumulative: "Running total",
    coverage_title: "Coverage by province",
    coverage_desc: "For each province: regencies and cities with an MPP in this data against all of them (38 provinces, 514 regencies and cities). “No evidence” means no source either way — not that there is no MPP.",
    col_province: "Province",
    col_total: "Regencies/cities",
    col_listed: "With an MPP",
    col_unconfirmed: "Unconfirmed",
    col_unconfirmed_short: "Unconf.",
    col_province_level: "Province-level MPP",
    col_province_level_short: "Prov. level",
    col_none: "Source: none yet",
    col_none_short: "None yet",
    col_no_evidence: "No evidence",
    coverage_map_note: "Province shapes are the pre-2012 borders: North Kalimantan is drawn with East Kalimantan, and the Papua provinces formed in 2022 with Papua and West Papua; their colour uses the combined numbers.",
    regions_loading: "Loading region data…",
    regions_failed: "The region data could not be loaded, so coverage cannot be shown yet.",
};

impl Texts {
    pub fn statistics(&self) -> &'static StatisticsWords {
        self.either(&STATS_ID, &STATS_EN)
    }
}
