//! The words of `/tentang` (about Peta MPP and its data), in Bahasa
//! Indonesia and English, side by side.

use super::Texts;

/// The words of `/tentang`, by language. Not fields of `Texts`:
/// every `Texts` word of both languages is in the first download, while
/// words read only by a split route's code go with that route's chunk.
pub struct AboutWords {
    pub title: &'static str,
    pub what_title: &'static str,
    pub what: &'static str,
    pub data_title: &'static str,
    pub data: &'static str,
    pub licences_title: &'static str,
    /// The data as files for other tools (GeoJSON).
    pub open_data_title: &'static str,
    pub geojson: &'static str,
    pub hsds: &'static str,
    pub osm: &'static str,
    pub software: &'static str,
}

const ABOUT_ID: AboutWords = AboutWords {
    title: "Tentang Peta MPP",
    what_title: "Apa itu MPP?",
    what: "Mal Pelayanan Publik (MPP) adalah satu gedung tempat layanan pemerintah pusat, daerah, BUMN dan swasta hadir bersama: KTP elektronik dan akta, paspor, SIM dan SKCK, pajak kendaraan, perizinan usaha, BPJS, dan lainnya. MPP dibentuk pemerintah kabupaten/kota (atau provinsi) dan diresmikan oleh Kementerian PANRB.",
    data_title: "Dari mana datanya?",
    data: "Setiap MPP di sini dihimpun dari berita dan laman pemerintah yang tersimpan, dan setiap catatan menyebut sumbernya (lihat halaman rincian setiap MPP). Tidak ada nilai yang dikarang: yang tidak disebut sumber dinyatakan sekali sebagai “belum tercatat”. Titik di peta adalah ibu kota kabupaten/kota dari GeoNames, bukan gedung MPP, kecuali disebut lain. Kode dan nama wilayah dari idn-area-data.",
    licences_title: "Lisensi",
    open_data_title: "Data terbuka",
    geojson: "Semua MPP dalam satu berkas GeoJSON (RFC 7946) untuk QGIS, uMap atau aplikasi peta lain. Setiap titik menyebut apa yang ditandainya: ibu kota kabupaten/kota, bukan gedung MPP, kecuali disebut lain. Lisensinya tercantum di bawah.",
    hsds: "direktori layanan: instansi di setiap MPP, jam layanan dengan zona waktunya, dan siapa yang menyatakan apa dan kapan",
    osm: "Ubin peta: © kontributor OpenStreetMap (ODbL), dimuat dari tile.openstreetmap.org hanya saat dilihat",
    software: "Perangkat lunak: Leaflet (BSD-2-Clause), Leaflet.markercluster (MIT), Workbox (MIT), Leptos (MIT)",
};

const ABOUT_EN: AboutWords = AboutWords {
    title: "About Peta MPP",
    what_title: "What is an MPP?",
    what: "A Public Service Mall (Mal Pelayanan Publik, MPP) is one building where central-government, regional, state-enterprise and private services sit together: electronic ID cards and civil records, passports, driving licences and police certificates, vehicle tax, business permits, social security and more. MPPs are set up by regency, city (or province) governments and inaugurated by the Ministry PANRB.",
    data_title: "Where does the data come from?",
    data: "Every MPP here was compiled from stored news articles and government pages, and every record names its sources (see each MPP's detail page). Nothing is invented: what no source gives is said once, as “not recorded yet”. Map points are regency or city seats from GeoNames, not MPP buildings, unless stated otherwise. Region codes and names come from idn-area-data.",
    licences_title: "Licences",
    open_data_title: "Open data",
    geojson: "Every MPP in one GeoJSON file (RFC 7946) for QGIS, uMap or another map tool. Each point says what it marks: the regency or city seat, not the MPP building, unless stated otherwise. Its licences are listed below.",
    hsds: "a service directory: the agencies at each MPP, hours with their time zone, and who stated what and when",
    osm: "Map tiles: © OpenStreetMap contributors (ODbL), loaded from tile.openstreetmap.org only when viewed",
    software: "Software: Leaflet (BSD-2-Clause), Leaflet.markercluster (MIT), Workbox (MIT), Leptos (MIT)",
};

impl Texts {
    pub fn about(&self) -> &'static AboutWords {
        self.either(&ABOUT_ID, &ABOUT_EN)
    }
}
