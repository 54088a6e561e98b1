//! The words of `/kelola/<slug>` (the editor for MPP staff) and of the
//! link to it on an MPP's page, one `match` per language, side by side.
//! The domain's problem codes become sentences here.

use domain::{
    publisher::{Marks, Platform, Problem},
    Lang,
};

use super::Texts;

/// The labels of the editor's fields, by language.
pub struct EditorLabels {
    pub mpp_name: &'static str,
    pub publisher_name: &'static str,
    pub publisher_website: &'static str,
    pub contact_name: &'static str,
    pub email: &'static str,
    pub phone: &'static str,
    pub whatsapp: &'static str,
    pub website: &'static str,
    pub address_1: &'static str,
    pub address_2: &'static str,
    pub village: &'static str,
    pub district: &'static str,
    pub city: &'static str,
    pub state_province: &'static str,
    pub postal_code: &'static str,
    pub directions: &'static str,
    pub latitude: &'static str,
    pub longitude: &'static str,
    pub marks: &'static str,
    pub timezone: &'static str,
    pub notes: &'static str,
    pub checked_on: &'static str,
    pub opens: &'static str,
    pub closes: &'static str,
    pub agency_name: &'static str,
    pub agency_own_hours: &'static str,
    pub services: &'static str,
    pub booking_name: &'static str,
    pub booking_url: &'static str,
    pub social_platform: &'static str,
    pub social_url: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub description: &'static str,
    pub closed: &'static str,
}

const LABELS_ID: EditorLabels = EditorLabels {
    mpp_name: "Nama MPP (seperti pada papan nama)",
    publisher_name: "Nama pemerintah daerah",
    publisher_website: "Situs resmi pemerintah daerah",
    contact_name: "Unit atau jabatan yang bisa dihubungi",
    email: "Email",
    phone: "Telepon",
    whatsapp: "WhatsApp",
    website: "Situs MPP",
    address_1: "Jalan dan nomor",
    address_2: "Gedung, lantai atau kompleks",
    village: "Desa atau kelurahan",
    district: "Kecamatan",
    city: "Kota",
    state_province: "Provinsi",
    postal_code: "Kode pos",
    directions: "Petunjuk menemukan pintu masuk",
    latitude: "Lintang (latitude)",
    longitude: "Bujur (longitude)",
    marks: "Titik ini menandai",
    timezone: "Zona waktu",
    notes: "Catatan",
    checked_on: "Diperiksa pada",
    opens: "Buka",
    closes: "Tutup",
    agency_name: "Nama instansi",
    agency_own_hours: "Hari atau jamnya berbeda dari jam MPP",
    services: "Layanan (satu per baris)",
    booking_name: "Nama layanan antrean atau pemesanan",
    booking_url: "Tautan antrean online atau pemesanan",
    social_platform: "Media sosial",
    social_url: "Tautan akun",
    from: "Dari tanggal",
    to: "Sampai tanggal",
    description: "Keterangan",
    closed: "Tutup sepanjang tanggal ini",
};

const LABELS_EN: EditorLabels = EditorLabels {
    mpp_name: "The MPP's name (as on its sign)",
    publisher_name: "The local government's name",
    publisher_website: "The local government's official website",
    contact_name: "Unit or role to contact",
    email: "Email",
    phone: "Phone",
    whatsapp: "WhatsApp",
    website: "The MPP's website",
    address_1: "Street and number",
    address_2: "Building, floor or complex",
    village: "Village (desa or kelurahan)",
    district: "District (kecamatan)",
    city: "Town",
    state_province: "Province",
    postal_code: "Postal code",
    directions: "How to find the entrance",
    latitude: "Latitude",
    longitude: "Longitude",
    marks: "This point marks",
    timezone: "Time zone",
    notes: "Notes",
    checked_on: "Checked on",
    opens: "Opens",
    closes: "Closes",
    agency_name: "Agency name",
    agency_own_hours: "Its days or hours differ from the MPP's",
    services: "Services (one a line)",
    booking_name: "Name of the queue or booking service",
    booking_url: "Online queue or booking link",
    social_platform: "Social media",
    social_url: "Account link",
    from: "From",
    to: "To",
    description: "Description",
    closed: "Closed on these dates",
};

impl Texts {
    /// The link on an MPP's page.
    pub fn manage_link(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Petugas MPP ini? Perbarui datanya",
            Lang::En => "Staff at this MPP? Update its data",
        }
    }

    pub fn back_to_mpp(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Kembali ke halaman MPP",
            Lang::En => "Back to the MPP's page",
        }
    }

    pub fn editor_labels(&self) -> &'static EditorLabels {
        self.either(&LABELS_ID, &LABELS_EN)
    }

    pub fn editor_title(&self, mpp: &str) -> String {
        match self.lang {
            Lang::Id => format!("Perbarui data {mpp}"),
            Lang::En => format!("Update the data of {mpp}"),
        }
    }

    pub fn editor_intro(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Untuk petugas MPP dan pemerintah daerahnya. Isi yang Anda ketahui pasti; bagian yang dibiarkan kosong tidak ikut. Hasilnya sebuah berkas data untuk diterbitkan di situs resmi daerah Anda. Halaman ini tidak mengirim apa pun: isian disimpan hanya di perangkat ini.",
            Lang::En => "For the MPP's staff and its local government. Fill in what you know for certain; a part left empty is left out. The result is a data file to publish on your government's official website. This page sends nothing anywhere: what you type is kept on this device only.",
        }
    }

    pub fn editor_loading(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Memuat data MPP…",
            Lang::En => "Loading the MPP's data…",
        }
    }

    pub fn editor_restored(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Draf yang tersimpan di perangkat ini dipulihkan.",
            Lang::En => "The draft kept on this device was restored.",
        }
    }

    pub fn editor_saved_note(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Isian tersimpan otomatis di perangkat ini sampai Anda menghapus drafnya.",
            Lang::En => "What you type is kept on this device until you clear the draft.",
        }
    }

    pub fn clear_draft(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Hapus draf",
            Lang::En => "Clear draft",
        }
    }

    pub fn clear_draft_confirm(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Hapus semua isian di perangkat ini dan mulai lagi dari data Peta MPP?",
            Lang::En => {
                "Clear everything typed on this device and start again from Peta MPP's data?"
            }
        }
    }

    pub fn draft_cleared(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Draf dihapus. Formulir kembali berisi data Peta MPP.",
            Lang::En => "Draft cleared. The form holds Peta MPP's data again.",
        }
    }

    /// The headings of the form's parts.
    pub fn editor_part(&self, part: EditorPart) -> &'static str {
        use EditorPart::*;
        match (self.lang, part) {
            (Lang::Id, Publisher) => "Penerbit data",
            (Lang::En, Publisher) => "Who publishes this data",
            (Lang::Id, Address) => "Alamat",
            (Lang::En, Address) => "Address",
            (Lang::Id, Location) => "Letak gedung",
            (Lang::En, Location) => "The building's location",
            (Lang::Id, Hours) => "Jam layanan",
            (Lang::En, Hours) => "Opening hours",
            (Lang::Id, Exceptions) => "Tanggal khusus (libur, jam Ramadan)",
            (Lang::En, Exceptions) => "Special dates (closures, Ramadan hours)",
            (Lang::Id, Agencies) => "Instansi yang hadir",
            (Lang::En, Agencies) => "Agencies present",
            (Lang::Id, Services) => "Layanan",
            (Lang::En, Services) => "Services",
            (Lang::Id, Contact) => "Kontak untuk warga",
            (Lang::En, Contact) => "Contact for citizens",
            (Lang::Id, Online) => "Antrean online dan media sosial",
            (Lang::En, Online) => "Online queue and social media",
            (Lang::Id, Result) => "Berkas data",
            (Lang::En, Result) => "The data file",
        }
    }

    /// Where a pre-filled part comes from, or that nothing is known yet.
    pub fn prefill_note(&self, filled: bool) -> &'static str {
        match (self.lang, filled) {
            (Lang::Id, true) => "Diisi dari data Peta MPP (lihat sumbernya di atas). Periksa dan perbaiki bila perlu.",
            (Lang::En, true) => "Filled from Peta MPP's data (its sources are listed above). Check it and correct it if needed.",
            (Lang::Id, false) => "Belum ada data tentang ini. Isi jika Anda mengetahuinya.",
            (Lang::En, false) => "No data about this yet. Fill it in if you know it.",
        }
    }

    pub fn current_sources(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Sumber data Peta MPP saat ini",
            Lang::En => "Peta MPP's current sources",
        }
    }

    pub fn no_sources(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Belum ada sumber yang mencatat rincian MPP ini.",
            Lang::En => "No source records this MPP's details yet.",
        }
    }

    pub fn map_help(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Ketuk peta di letak gedung MPP, atau geser penandanya. Dengan papan ketik, ketik lintang dan bujurnya di bawah.",
            Lang::En => "Tap the map where the MPP's building is, or drag its marker. With a keyboard, type its latitude and longitude below.",
        }
    }

    pub fn seat_label(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Ibu kota kabupaten/kota (bukan gedung MPP)",
            Lang::En => "The regency's or city's seat (not the MPP's building)",
        }
    }

    pub fn building_marker(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Gedung MPP (geser untuk memindahkan)",
            Lang::En => "The MPP's building (drag to move)",
        }
    }

    pub fn editor_map_label(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Peta untuk menandai letak gedung",
            Lang::En => "Map to mark the building's location",
        }
    }

    pub fn seat_shown(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Lingkaran abu-abu di peta adalah ibu kota kabupaten/kota, bukan gedung MPP.",
            Lang::En => "The grey circle on the map is the regency's or city's seat, not the MPP's building.",
        }
    }

    pub fn marks(&self, marks: Marks) -> &'static str {
        match (self.lang, marks) {
            (Lang::Id, Marks::Entrance) => "Pintu masuk untuk warga",
            (Lang::En, Marks::Entrance) => "The entrance citizens use",
            (Lang::Id, Marks::Building) => "Gedungnya (bukan pintu tertentu)",
            (Lang::En, Marks::Building) => "The building (no particular door)",
        }
    }

    pub fn clear_point(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Hapus titik",
            Lang::En => "Remove the point",
        }
    }

    pub fn hours_help(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Satu baris per rentang jam. Hari dengan jam istirahat punya dua rentang (misalnya 08:00–12:00 dan 13:00–16:00). Hari tanpa rentang berarti tutup.",
            Lang::En => "One row per span of hours. A day with a break has two spans (e.g. 08:00–12:00 and 13:00–16:00). A day without a span is closed.",
        }
    }

    pub fn copy_to_weekdays(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Salin ke semua hari kerja",
            Lang::En => "Copy to every weekday",
        }
    }

    pub fn copied_to_weekdays(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Jam Senin disalin ke Selasa sampai Jumat.",
            Lang::En => "Monday's hours copied to Tuesday to Friday.",
        }
    }

    pub fn add_interval(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Tambah rentang jam",
            Lang::En => "Add a span",
        }
    }

    pub fn remove(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Hapus",
            Lang::En => "Remove",
        }
    }

    pub fn day_closed(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Tutup",
            Lang::En => "Closed",
        }
    }

    /// An interval's place, for the labels of its inputs: "Senin, rentang 2".
    pub fn interval_name(&self, day: &str, n: usize) -> String {
        match self.lang {
            Lang::Id => format!("{day}, rentang {}", n + 1),
            Lang::En => format!("{day}, span {}", n + 1),
        }
    }

    pub fn timezone_name(&self, hours: u8) -> &'static str {
        match hours {
            7 => "WIB (UTC+7)",
            8 => "WITA (UTC+8)",
            9 => "WIT (UTC+9)",
            _ => match self.lang {
                Lang::Id => "Pilih zona waktu",
                Lang::En => "Choose a time zone",
            },
        }
    }

    pub fn add_agency(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Tambah instansi",
            Lang::En => "Add an agency",
        }
    }

    pub fn agency_hours_legend(&self, name: &str) -> String {
        match (self.lang, name.trim().is_empty()) {
            (Lang::Id, false) => format!("Hari dan jam {name}"),
            (Lang::En, false) => format!("Days and hours of {name}"),
            (Lang::Id, true) => "Hari dan jam instansi ini".to_owned(),
            (Lang::En, true) => "This agency's days and hours".to_owned(),
        }
    }

    pub fn add_exception(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Tambah tanggal khusus",
            Lang::En => "Add special dates",
        }
    }

    pub fn add_social(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Tambah akun media sosial",
            Lang::En => "Add a social account",
        }
    }

    pub fn platform(&self, platform: Platform) -> &'static str {
        match (self.lang, platform) {
            (_, Platform::Instagram) => "Instagram",
            (_, Platform::Facebook) => "Facebook",
            (_, Platform::X) => "X",
            (_, Platform::Tiktok) => "TikTok",
            (_, Platform::Youtube) => "YouTube",
            (_, Platform::Threads) => "Threads",
            (Lang::Id, Platform::WhatsappChannel) => "Saluran WhatsApp",
            (Lang::En, Platform::WhatsappChannel) => "WhatsApp channel",
            (Lang::Id, Platform::Other) => "Lainnya",
            (Lang::En, Platform::Other) => "Other",
        }
    }

    pub fn phone_hint(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Bentuk internasional: +62 lalu nomor tanpa 0 di depan, misalnya +62 445 123456.",
            Lang::En => "International form: +62 then the number without its leading 0, e.g. +62 445 123456.",
        }
    }

    pub fn publisher_help(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Pemerintah kabupaten/kota yang menyatakan data ini. Kontaknya tidak ditampilkan kepada warga; hanya untuk pertanyaan tentang berkas ini.",
            Lang::En => "The regency or city government that states this data. Its contact is not shown to citizens; it is for questions about this file.",
        }
    }

    pub fn make_file(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Periksa dan buat berkas",
            Lang::En => "Check and make the file",
        }
    }

    pub fn issues_heading(&self, count: usize) -> String {
        match (self.lang, count) {
            (Lang::Id, _) => format!("Ada {count} isian yang perlu diperbaiki"),
            (Lang::En, 1) => "One field needs correcting".to_owned(),
            (Lang::En, _) => format!("{count} fields need correcting"),
        }
    }

    pub fn file_ready(&self, name: &str) -> String {
        match self.lang {
            Lang::Id => format!("Berkas {name} sudah diperiksa dan siap."),
            Lang::En => format!("The file {name} has been checked and is ready."),
        }
    }

    pub fn download_file(&self, name: &str) -> String {
        match self.lang {
            Lang::Id => format!("Unduh {name}"),
            Lang::En => format!("Download {name}"),
        }
    }

    pub fn copy_file(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Salin isi berkas",
            Lang::En => "Copy the file's text",
        }
    }

    pub fn copied(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Isi berkas disalin.",
            Lang::En => "The file's text was copied.",
        }
    }

    pub fn copy_failed(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Tidak dapat menyalin otomatis: pilih teks di bawah dan salin.",
            Lang::En => "Could not copy automatically: select the text below and copy it.",
        }
    }

    pub fn file_text_label(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Isi berkas (JSON)",
            Lang::En => "The file's text (JSON)",
        }
    }

    pub fn next_steps_heading(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Langkah berikutnya",
            Lang::En => "Next steps",
        }
    }

    /// The two steps after the download.
    pub fn next_steps(&self, name: &str) -> [String; 2] {
        match self.lang {
            Lang::Id => [
                format!("Terbitkan {name} di alamat tetap pada situs resmi pemerintah daerah Anda (domain go.id-nya), misalnya https://namadaerah.go.id/data/{name}. Setiap kali data berubah, ganti berkas di alamat yang sama."),
                "Minta alamat berkas itu didaftarkan di Peta MPP melalui alamat koreksi di bawah, dari email resmi pemerintah daerah. Setelah didaftarkan, data Anda diambil dan diperiksa secara berkala, lalu ditampilkan dengan nama penerbitnya.".to_owned(),
            ],
            Lang::En => [
                format!("Publish {name} at a fixed address on your government's official website (its go.id domain), e.g. https://regionname.go.id/data/{name}. Whenever the data changes, replace the file at the same address."),
                "Ask for that address to be registered with Peta MPP at the corrections address below, from the government's official email. Once registered, your data is fetched and checked regularly, and shown with its publisher's name.".to_owned(),
            ],
        }
    }

    pub fn register_link(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Minta pendaftaran",
            Lang::En => "Ask to be registered",
        }
    }

    pub fn publisher_guide(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Panduan lengkap untuk penerbit data",
            Lang::En => "The full guide for publishers",
        }
    }

    /// A problem, said beside its field.
    pub fn problem(&self, problem: Problem) -> String {
        use Problem::*;
        let id = self.lang == Lang::Id;
        match problem {
            Required if id => "Wajib diisi.".into(),
            Required => "Required.".into(),
            TooLong { max } if id => format!("Terlalu panjang: paling banyak {max} karakter."),
            TooLong { max } => format!("Too long: at most {max} characters."),
            Markup if id => "Hanya teks biasa: tanpa tanda < atau >.".into(),
            Markup => "Plain text only: no < or > signs.".into(),
            NotHttps if id => {
                "Tautan harus lengkap dan diawali https://, misalnya https://mpp.namadaerah.go.id."
                    .into()
            }
            NotHttps => {
                "A link must be whole and begin with https://, e.g. https://mpp.regionname.go.id."
                    .into()
            }
            NotTime if id => "Isi jam dalam bentuk JJ:MM, misalnya 08:00.".into(),
            NotTime => "Enter a time as HH:MM, e.g. 08:00.".into(),
            ClosesBeforeOpens if id => "Jam tutup harus setelah jam buka.".into(),
            ClosesBeforeOpens => "The closing time must be after the opening time.".into(),
            Overlaps if id => "Bertumpang tindih dengan rentang lain pada hari yang sama.".into(),
            Overlaps => "Overlaps another span on the same day.".into(),
            NotDate if id => "Isi tanggal yang ada, dalam bentuk TTTT-BB-HH.".into(),
            NotDate => "Enter a real date, as YYYY-MM-DD.".into(),
            InFuture if id => "Tanggal pemeriksaan tidak boleh setelah hari ini.".into(),
            InFuture => "A check cannot be dated after today.".into(),
            EndsBeforeStarts if id => {
                "Tanggal akhir harus sama dengan atau setelah tanggal awal.".into()
            }
            EndsBeforeStarts => "The end must be on or after the start.".into(),
            NotPhone if id => {
                "Tulis dengan +62 lalu nomor tanpa 0 di depan, misalnya +62 445 123456.".into()
            }
            NotPhone => {
                "Write +62 then the number without its leading 0, e.g. +62 445 123456.".into()
            }
            NotEmail if id => {
                "Alamat email ini tidak lengkap, misalnya mpp@namadaerah.go.id.".into()
            }
            NotEmail => "This email address is not complete, e.g. mpp@regionname.go.id.".into(),
            NotPostalCode if id => "Kode pos terdiri dari 5 angka.".into(),
            NotPostalCode => "A postal code is 5 digits.".into(),
            NotNumber if id => "Isi angka desimal, misalnya 1.15631.".into(),
            NotNumber => "Enter a decimal number, e.g. 1.15631.".into(),
            OutsideIndonesia if id => "Titik ini di luar Indonesia.".into(),
            OutsideIndonesia => "This point is outside Indonesia.".into(),
            FarFromSeat { km } if id => {
                format!("Titik ini {km} km dari ibu kota kabupaten/kota; paling jauh 150 km.")
            }
            FarFromSeat { km } => {
                format!("This point is {km} km from the regency's seat; at most 150 km.")
            }
            Duplicate if id => "Nama ini sudah ada di daftar.".into(),
            Duplicate => "This name is already in the list.".into(),
            ContactNeeded if id => "Isi email atau telepon (salah satu cukup).".into(),
            ContactNeeded => "Enter an email or a phone (one is enough).".into(),
            NoHours if id => "Isi paling sedikit satu rentang jam.".into(),
            NoHours => "Enter at least one span of hours.".into(),
        }
    }
}

/// The parts of the editor's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorPart {
    Publisher,
    Address,
    Location,
    Hours,
    Exceptions,
    Agencies,
    Services,
    Contact,
    Online,
    Result,
}
