//! The words of `/inovasi` (the OPSI KIPP 2025 winners) and of the award
//! line on an MPP's page, one `match` per language, side by side.

use domain::{
    innovation::{AwardGroup, InstitutionBasis},
    Batch, Lang,
};

use super::Texts;

impl Texts {
    /// The footer's link and the statistics page's pointer.
    pub fn kipp_link(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Inovasi OPSI 2025",
            Lang::En => "OPSI 2025 innovations",
        }
    }

    pub fn kipp_title(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Inovasi peraih OPSI KIPP 2025",
            Lang::En => "OPSI KIPP 2025 award-winning innovations",
        }
    }

    /// What the award is, and when it was given (with the MPPs inaugurated
    /// that day, when the feed's batch is of the same day).
    pub fn kipp_intro(&self, awarded: &str, total: u32, batch: Option<&Batch>) -> String {
        let date = self.date(awarded);
        let same_day = batch.filter(|b| b.date == awarded).map(|b| b.inaugurated);
        match (self.lang, same_day) {
            (Lang::Id, Some(n)) => format!("Pada {date}, di acara yang sama dengan peresmian {n} MPP baru, Kementerian PANRB memberikan penghargaan OPSI (Outstanding Public Service Innovations) KIPP 2025 kepada {total} inovasi pelayanan publik."),
            (Lang::Id, None) => format!("Pada {date} Kementerian PANRB memberikan penghargaan OPSI (Outstanding Public Service Innovations) KIPP 2025 kepada {total} inovasi pelayanan publik."),
            (Lang::En, Some(n)) => format!("On {date}, at the event where {n} new MPPs were inaugurated, the Ministry PANRB gave the OPSI KIPP 2025 award (Outstanding Public Service Innovations) to {total} public-service innovations."),
            (Lang::En, None) => format!("On {date} the Ministry PANRB gave the OPSI KIPP 2025 award (Outstanding Public Service Innovations) to {total} public-service innovations."),
        }
    }

    /// How many the sources name, and that the rest are missing — said
    /// instead of pretending to a full list.
    pub fn kipp_found(&self, found: usize, total: u32) -> String {
        match self.lang {
            Lang::Id => format!("Sumber yang tersedia menyebut {found} dari {total} inovasi itu; daftar di bawah hanya memuat yang disebut."),
            Lang::En => format!("The available sources name {found} of the {total}; the list below holds only those."),
        }
    }

    pub fn kipp_not_found(&self, missing: u32) -> String {
        match self.lang {
            Lang::Id => format!("{missing} lainnya belum ditemukan di sumber yang tersedia."),
            Lang::En => {
                format!("The other {missing} have not been found in the available sources.")
            }
        }
    }

    /// Said once for the page: the group is rarely stated.
    pub fn kipp_group_rarely(&self, stated: usize) -> String {
        match self.lang {
            Lang::Id => format!("Kelompok penghargaan (umum atau replikasi) disebut sumber untuk {stated} inovasi saja."),
            Lang::En if stated == 1 => "The sources state the award group (general or replication) for one innovation only.".to_owned(),
            Lang::En => format!("The sources state the award group (general or replication) for {stated} innovations only."),
        }
    }

    pub fn kipp_totals_source(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Sumber jumlah",
            Lang::En => "Source of the total",
        }
    }

    pub fn kipp_showing(&self, shown: usize, found: usize) -> String {
        match self.lang {
            Lang::Id => format!("Menampilkan {shown} dari {found} inovasi yang ditemukan."),
            Lang::En => format!("Showing {shown} of the {found} innovations found."),
        }
    }

    pub fn kipp_winner(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Penerima",
            Lang::En => "Winner",
        }
    }

    pub fn kipp_category(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Kategori",
            Lang::En => "Category",
        }
    }

    pub fn kipp_group(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Kelompok",
            Lang::En => "Group",
        }
    }

    pub fn kipp_description(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Uraian",
            Lang::En => "Description",
        }
    }

    pub fn kipp_national(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Nasional (kementerian)",
            Lang::En => "National (ministry)",
        }
    }

    /// After a candidate's region.
    pub fn kipp_unconfirmed_place(&self) -> &'static str {
        match self.lang {
            Lang::Id => "belum pasti",
            Lang::En => "not confirmed",
        }
    }

    pub fn kipp_group_name(&self, group: AwardGroup) -> &'static str {
        match (self.lang, group) {
            (Lang::Id, AwardGroup::Umum) => "umum",
            (Lang::Id, AwardGroup::Replikasi) => "replikasi",
            (Lang::En, AwardGroup::Umum) => "general",
            (Lang::En, AwardGroup::Replikasi) => "replication",
        }
    }

    /// How firmly the sources tie the award to its winner, in plain words.
    pub fn kipp_basis(&self, basis: InstitutionBasis) -> &'static str {
        match (self.lang, basis) {
            (Lang::Id, InstitutionBasis::Confirmed) => "Penerima disebut dalam berita penghargaan.",
            (Lang::Id, InstitutionBasis::NameMatch) => "Penerima dikenali dari inovasi bernama sama di laman lain; berita penghargaan tidak menyebutnya.",
            (Lang::Id, InstitutionBasis::Candidate) => "Penerima belum pasti: belum ada sumber yang mengaitkan penghargaan ini dengannya.",
            (Lang::Id, InstitutionBasis::Unknown) => "Penerima belum ditemukan di sumber yang tersedia.",
            (Lang::En, InstitutionBasis::Confirmed) => "The winner is named in news of the award.",
            (Lang::En, InstitutionBasis::NameMatch) => "The winner is identified by an innovation of the same name on other pages; news of the award does not name it.",
            (Lang::En, InstitutionBasis::Candidate) => "The winner is not confirmed: no source ties this award to it yet.",
            (Lang::En, InstitutionBasis::Unknown) => "The winner has not been found in the available sources.",
        }
    }

    /// Before a candidate's name ("kemungkinan Pemerintah Kabupaten …").
    pub fn kipp_possibly(&self) -> &'static str {
        match self.lang {
            Lang::Id => "kemungkinan",
            Lang::En => "possibly",
        }
    }

    pub fn kipp_loading(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Memuat daftar inovasi…",
            Lang::En => "Loading the innovations…",
        }
    }

    pub fn kipp_failed(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Daftar inovasi tidak dapat dimuat. Periksa sambungan, lalu buka halaman ini lagi.",
            Lang::En => "The innovations could not be loaded. Check the connection, then open this page again.",
        }
    }

    /// A category as the competition names it, in this language; `None`
    /// when it has no English name here (the Indonesian page shows it).
    pub fn kipp_category_name(&self, category: &str) -> Option<String> {
        if self.lang == Lang::Id {
            return Some(category.to_owned());
        }
        let english = match category {
            "kesetaraan gender, perempuan, anak, dan disabilitas" => {
                "gender equality, women, children and disability"
            }
            "swasembada pangan, air, dan energi" => "food, water and energy self-sufficiency",
            "lapangan kerja" => "jobs",
            "layanan kesehatan" | "pelayanan kesehatan" => "health services",
            "makan bergizi" => "nutritious meals",
            "pemerataan ekonomi dan penguatan UMKM" => {
                "economic equity and small businesses (UMKM)"
            }
            "pemberantasan kemiskinan" => "poverty eradication",
            "transformasi digital" => "digital transformation",
            "pelestarian lingkungan" => "environmental conservation",
            _ => return None,
        };
        Some(english.to_owned())
    }

    /// `/inovasi`'s description in a link preview.
    pub fn kipp_page_description(&self, found: usize, total: u32) -> String {
        match self.lang {
            Lang::Id => format!("{found} dari {total} inovasi peraih penghargaan OPSI KIPP 2025 yang disebut sumber: penerima, wilayah, kategori dan sumbernya."),
            Lang::En => format!("{found} of the {total} OPSI KIPP 2025 award-winning innovations the sources name: winner, region, category and sources."),
        }
    }

    /// The statistics page's pointer to `/inovasi`, before the link.
    pub fn kipp_pointer(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Siapa yang meraih penghargaan inovasi pelayanan publik OPSI KIPP 2025, sejauh sumber yang tersedia menyebutnya:",
            Lang::En => "Who won the OPSI KIPP 2025 public-service innovation awards, as far as the available sources name them:",
        }
    }

    /// To the winner's MPP, from the innovation.
    pub fn kipp_see_mpp(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Lihat",
            Lang::En => "See",
        }
    }

    /// The MPP page's one line, before the innovation's linked name (only
    /// firm ties reach an MPP page: confirmed, or by the innovation's name).
    pub fn award_line(&self, basis: InstitutionBasis, regency: &str) -> String {
        match (self.lang, basis) {
            (Lang::Id, InstitutionBasis::Confirmed) => {
                format!("Inovasi {regency} peraih penghargaan OPSI KIPP 2025:")
            }
            (Lang::Id, _) => format!(
                "Inovasi peraih OPSI KIPP 2025 yang dikenali dari namanya sebagai inovasi {regency}:"
            ),
            (Lang::En, InstitutionBasis::Confirmed) => {
                format!("OPSI KIPP 2025 award-winning innovation of {regency}:")
            }
            (Lang::En, _) => format!(
                "OPSI KIPP 2025 award-winning innovation identified by its name as {regency}'s:"
            ),
        }
    }
}
