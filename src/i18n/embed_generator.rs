//! The words of `/sematkan` (the embed code generator for regency sites),
//! in Bahasa Indonesia and English, side by side.

use super::Texts;

/// The words of `/sematkan`, by language. Not fields of `Texts`: every
/// `Texts` word of both languages is in the first download, while
/// words read only by a split route's code go with that route's chunk.
pub struct EmbedGeneratorWords {
    pub title: &'static str,
    pub intro: &'static str,
    pub region: &'static str,
    pub all_regions: &'static str,
    pub view: &'static str,
    pub view_both: &'static str,
    pub view_map: &'static str,
    pub view_list: &'static str,
    pub language: &'static str,
    pub height: &'static str,
    pub auto_height: &'static str,
    pub preview: &'static str,
    pub code: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub notes: &'static str,
    pub full_width: &'static str,
    pub wordpress_title: &'static str,
    pub wordpress_who: &'static str,
    pub shortcode: &'static str,
    pub copy_shortcode: &'static str,
    pub shortcode_copied: &'static str,
    pub wordpress_plugin: &'static str,
}

const GEN_ID: EmbedGeneratorWords = EmbedGeneratorWords {
    title: "Sematkan Peta MPP di situs Anda",
    intro: "Pilih wilayah, tampilan, bahasa dan tinggi, lalu salin kodenya ke halaman situs Anda (misalnya blok HTML khusus di WordPress).",
    region: "Wilayah",
    all_regions: "Seluruh Indonesia",
    view: "Tampilan",
    view_both: "Peta dan daftar",
    view_map: "Peta saja",
    view_list: "Daftar saja",
    language: "Bahasa",
    height: "Tinggi bingkai (px)",
    auto_height: "Sesuaikan tinggi otomatis (menambahkan embed.js)",
    preview: "Pratinjau",
    code: "Kode untuk ditempel",
    copy: "Salin kode",
    copied: "Kode disalin.",
    notes: "Kode ini memuat allow=\"geolocation\" agar tombol “Lokasi saya” berfungsi di dalam bingkai. Tanpa embed.js bingkai tetap berfungsi dengan tinggi tetap. Situs Anda tidak perlu mengubah apa pun; server Peta MPP harus mengizinkan /embed dibingkai (lihat README).",
    full_width: "Lebar penuh (selebar halaman, bukan selebar kolom teks tema)",
    wordpress_title: "Di WordPress",
    wordpress_who: "Hanya Administrator dan Editor situs tunggal (dan hanya Super Admin di multisitus) yang boleh menempel HTML mentah. Bila Penulis atau Kontributor menempel kode di atas, atau DISALLOW_UNFILTERED_HTML aktif, WordPress menghapus iframe dan skripnya tanpa pemberitahuan dan halaman yang terbit kosong. Gunakan plugin Peta MPP dan kode pendek berikut: siapa pun yang boleh menulis halaman dapat memakainya.",
    shortcode: "Kode pendek WordPress (plugin Peta MPP)",
    copy_shortcode: "Salin kode pendek",
    shortcode_copied: "Kode pendek disalin.",
    wordpress_plugin: "Plugin Peta MPP (berkas zip dari repositori, lihat README) menambahkan kode pendek [peta_mpp] dan blok “Peta MPP”. Alamat Peta MPP diatur sekali di Pengaturan → Peta MPP.",
};

const GEN_EN: EmbedGeneratorWords = EmbedGeneratorWords {
    title: "Embed Peta MPP on your site",
    intro: "Pick a region, view, language and height, then copy the code into a page of your site (for example a Custom HTML block in WordPress).",
    region: "Region",
    all_regions: "All of Indonesia",
    view: "View",
    view_both: "Map and list",
    view_map: "Map only",
    view_list: "List only",
    language: "Language",
    height: "Frame height (px)",
    auto_height: "Adjust the height automatically (adds embed.js)",
    preview: "Preview",
    code: "Code to paste",
    copy: "Copy code",
    copied: "Code copied.",
    notes: "The code includes allow=\"geolocation\" so that “My location” works inside the frame. Without embed.js the frame still works at a fixed height. Your site needs no other change; the Peta MPP server must allow /embed to be framed (see the README).",
    full_width: "Full width (as wide as the page, not the theme’s text column)",
    wordpress_title: "On WordPress",
    wordpress_who: "Only Administrators and Editors of a single site (and only Super Admins on a multisite network) may paste raw HTML. When an Author or Contributor pastes the code above, or DISALLOW_UNFILTERED_HTML is set, WordPress silently removes the iframe and its script and the published page is empty. Use the Peta MPP plugin and this shortcode instead: anyone who may write pages can use it.",
    shortcode: "WordPress shortcode (Peta MPP plugin)",
    copy_shortcode: "Copy shortcode",
    shortcode_copied: "Shortcode copied.",
    wordpress_plugin: "The Peta MPP plugin (a zip built from the repository, see the README) adds the [peta_mpp] shortcode and a “Peta MPP” block. The Peta MPP address is set once under Settings → Peta MPP.",
};

impl Texts {
    pub fn embed_generator(&self) -> &'static EmbedGeneratorWords {
        self.either(&GEN_ID, &GEN_EN)
    }
}
