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
