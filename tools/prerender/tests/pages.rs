//! The pre-rendered build agrees with the feed: a page for every MPP and
//! none for an MPP that is gone, each holding what its page shows.

use std::fs;
use std::path::{Path, PathBuf};

use domain::{embed::embed_regions, parse_feed};
use prerender::{run, Options};

const SHELL: &str = "<!doctype html><html lang=id><head><meta charset=utf-8>\
<title>Peta MPP</title><meta content=\"Peta dan daftar MPP\" name=description>\
<base href=/></head><body><noscript>JS</noscript></body></html>";

/// A build directory holding the shell and the committed feed files.
fn build_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("peta-mpp-prerender-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("data")).unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
    for file in [
        "mpp.json",
        "mpp-details.json",
        "regions.json",
        "kipp2025.json",
    ] {
        fs::copy(data.join(file), dir.join("data").join(file)).unwrap();
    }
    fs::write(dir.join("index.html"), SHELL).unwrap();
    dir
}

fn options(dist: &Path, base: &str) -> Options {
    Options {
        dist: dist.to_owned(),
        base: base.to_owned(),
        site_url: "https://peta-mpp.example.go.id".to_owned(),
    }
}

fn feed_slugs(dist: &Path) -> Vec<String> {
    let text = fs::read_to_string(dist.join("data/mpp.json")).unwrap();
    parse_feed(&text)
        .unwrap()
        .mpps
        .into_iter()
        .map(|m| m.slug)
        .collect()
}

#[test]
fn a_page_for_every_mpp_and_none_for_one_that_is_gone() {
    let dist = build_dir("agree");
    fs::create_dir_all(dist.join("mpp")).unwrap();
    fs::write(dist.join("mpp/kabupaten-yang-sudah-tiada.html"), "old").unwrap();

    let report = run(&options(&dist, "")).unwrap();

    let slugs = feed_slugs(&dist);
    assert_eq!(slugs.len(), 308);
    let mut pages: Vec<String> = fs::read_dir(dist.join("mpp"))
        .unwrap()
        .map(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .trim_end_matches(".html")
                .to_owned()
        })
        .collect();
    pages.sort();
    let mut expected = slugs.clone();
    expected.sort();
    assert_eq!(pages, expected, "mpp/*.html and the feed disagree");
    assert_eq!(
        report.removed,
        vec!["kabupaten-yang-sudah-tiada".to_owned()]
    );
    // `/`, `/semua`, `/statistik`, `/tentang`, `/inovasi` and an MPP's each.
    assert_eq!(report.pages, slugs.len() + 5);
    // `/semua` lists every MPP (a reader without JavaScript reaches all of
    // them), and `/` links there in place of the app's "show more" button.
    let all = fs::read_to_string(dist.join("semua.html")).unwrap();
    assert!(all.contains("<title>Semua MPP — Peta MPP</title>"));
    for slug in &slugs {
        assert!(
            all.contains(&format!(r#"href="/mpp/{slug}""#)),
            "/semua lacks {slug}"
        );
    }
    let home = fs::read_to_string(dist.join("index.html")).unwrap();
    assert!(home.contains(&format!(
        r#"<a href="/semua" class="button show-more">Tampilkan semua ({})</a>"#,
        slugs.len()
    )));

    let sitemap = fs::read_to_string(dist.join("sitemap.xml")).unwrap();
    for slug in &slugs {
        let url = format!("<loc>https://peta-mpp.example.go.id/mpp/{slug}</loc>");
        assert!(sitemap.contains(&url), "sitemap lacks {slug}");
    }
    assert_eq!(sitemap.matches("<loc>").count(), slugs.len() + 5);
    let robots = fs::read_to_string(dist.join("robots.txt")).unwrap();
    assert!(robots.contains("Sitemap: https://peta-mpp.example.go.id/sitemap.xml"));
    assert!(robots.contains("Disallow: /embed"));
}

#[test]
fn a_detail_page_holds_what_the_app_shows_and_previews_with_its_mpp() {
    let dist = build_dir("detail");
    run(&options(&dist, "/peta-mpp")).unwrap();
    let buol = fs::read_to_string(dist.join("mpp/kabupaten-buol.html")).unwrap();
    for expected in [
        "<title>MPP Kabupaten Buol — Peta MPP</title>",
        r#"<meta property="og:title" content="MPP Kabupaten Buol — Peta MPP">"#,
        r#"<meta property="og:url" content="https://peta-mpp.example.go.id/peta-mpp/mpp/kabupaten-buol">"#,
        r#"<meta property="og:image" content="https://peta-mpp.example.go.id/peta-mpp/icons/icon-512.png">"#,
        r#"<meta name="twitter:card" content="summary">"#,
        "Kabupaten Buol · Sulawesi Tengah",
        "Diresmikan 15 Desember 2025 oleh Menteri PANRB Rini Widyantini",
        "Belum tercatat: alamat, jam layanan, daftar layanan",
        r#"href="/peta-mpp/statistik""#,
    ] {
        assert!(buol.contains(expected), "Buol's page lacks {expected}");
    }
    let description = buol
        .split(r#"<meta name="description" content=""#)
        .nth(1)
        .unwrap();
    assert!(description.starts_with("MPP Kabupaten Buol di Kabupaten Buol, Sulawesi Tengah."));
    // One head: the shell's own description was replaced, not repeated.
    assert_eq!(
        buol.matches("name=\"description\"").count() + buol.matches("name=description").count(),
        1
    );

    // An MPP with hours and an address: both are in its HTML.
    let padang = fs::read_to_string(dist.join("mpp/kota-padang.html")).unwrap();
    assert!(padang.contains("Senin"), "Padang's hours are missing");
    assert!(
        padang.contains("class=\"hours"),
        "Padang's timetable is missing"
    );

    // The home page lists the first page, the newest batch marked.
    let home = fs::read_to_string(dist.join("index.html")).unwrap();
    assert_eq!(home.matches("class=\"badge badge-new\"").count(), 9);
    assert!(home.contains("MPP Kabupaten Aceh Barat"));
    // The page's content is in <body>, right after its <noscript> sentence.
    let body = &buol[buol.find("<body>").unwrap()..];
    assert!(body.starts_with("<body><noscript>Tanpa JavaScript"));
    assert!(body.contains(r#"</noscript><div id="prerendered""#));
    // The shell stays empty: it answers paths that have no page of their own.
    let shell = fs::read_to_string(dist.join("shell.html")).unwrap();
    assert!(!shell.contains("id=\"prerendered\""));
    // A second run starts again from the shell (no page inside a page).
    run(&options(&dist, "/peta-mpp")).unwrap();
    let again = fs::read_to_string(dist.join("mpp/kabupaten-buol.html")).unwrap();
    assert_eq!(again, buol);
}

#[test]
fn the_innovations_page_lists_the_winners_found_and_says_the_rest_are_missing() {
    let dist = build_dir("inovasi");
    run(&options(&dist, "")).unwrap();
    let page = fs::read_to_string(dist.join("inovasi.html")).unwrap();
    assert!(page.contains("<title>Inovasi peraih OPSI KIPP 2025 — Peta MPP</title>"));
    assert!(page.contains(
        r#"<meta property="og:description" content="15 dari 28 inovasi peraih penghargaan OPSI KIPP 2025"#
    ));
    assert_eq!(page.matches("class=\"innovation\"").count(), 15);
    assert!(page.contains("13 lainnya belum ditemukan di sumber yang tersedia."));
    assert!(page.contains(r#"id="serving-the-villager""#));
    assert!(page.contains(r#"href="/mpp/kabupaten-bintan""#));
    // The candidate is said to be one; the unknown winner is said unknown.
    assert!(page.contains("kemungkinan <span translate=\"no\">Pemerintah Kabupaten Madiun"));
    assert!(page.contains("Penerima belum ditemukan di sumber yang tersedia."));

    // Bintan's MPP page names its award and links to it.
    let bintan = fs::read_to_string(dist.join("mpp/kabupaten-bintan.html")).unwrap();
    assert!(
        bintan.contains(r#"href="/inovasi#serving-the-villager""#),
        "Bintan's page does not link its innovation"
    );
    let buol = fs::read_to_string(dist.join("mpp/kabupaten-buol.html")).unwrap();
    assert!(!buol.contains(r#"class="award""#), "Buol won no award");
}

/// How many MPPs an embedded list shows at first (`src/pages/embed.rs`).
const EMBED_PAGE_SIZE: usize = 10;

#[test]
fn every_region_has_an_embed_page_listing_its_own_mpps_and_no_others() {
    let dist = build_dir("embed");
    fs::create_dir_all(dist.join("embed")).unwrap();
    fs::write(dist.join("embed/99.99.html"), "old").unwrap();

    let report = run(&options(&dist, "")).unwrap();

    let feed = fs::read_to_string(dist.join("data/mpp.json")).unwrap();
    let mpps = parse_feed(&feed).unwrap().mpps;
    let regions = embed_regions(&mpps);
    let mut files: Vec<String> = fs::read_dir(dist.join("embed"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut expected: Vec<String> = regions.iter().map(|code| format!("{code}.html")).collect();
    expected.sort();
    assert_eq!(
        files, expected,
        "embed/*.html and the feed's regions disagree"
    );
    assert_eq!(report.embed_pages, regions.len());
    assert!(report.removed.contains(&"embed/99.99".to_owned()));
    // Both kinds: 35 provinces and a regency (or city) per MPP.
    assert!(regions.contains(&"63".to_owned()) && regions.contains(&"63.11".to_owned()));

    for code in &regions {
        let html = fs::read_to_string(dist.join(format!("embed/{code}.html"))).unwrap();
        let own: Vec<_> = mpps
            .iter()
            .filter(|m| &m.province.code == code || &m.regency.code == code)
            .collect();
        let name = if &own[0].province.code == code {
            &own[0].province.name
        } else {
            &own[0].regency.name
        };
        let listed: Vec<&str> = html
            .split(r#" data-id=""#)
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert_eq!(
            listed.len(),
            own.len().min(EMBED_PAGE_SIZE),
            "{code}: {listed:?}"
        );
        for id in &listed {
            assert!(own.iter().any(|m| &m.id == id), "embed/{code} lists {id}");
        }
        for expected in [
            format!("<title>MPP — {name} — Peta MPP</title>"),
            format!(r#"<h1 class="embed-title">MPP — {name}</h1>"#),
            format!(">{} dari {} MPP<", own.len(), mpps.len()),
            format!(r#"<link rel="canonical" href="https://peta-mpp.example.go.id/embed/{code}">"#),
        ] {
            assert!(html.contains(&expected), "embed/{code} lacks {expected}");
        }
    }
    let sitemap = fs::read_to_string(dist.join("sitemap.xml")).unwrap();
    assert!(
        !sitemap.contains("/embed"),
        "other sites' frames are not for crawlers"
    );
}
