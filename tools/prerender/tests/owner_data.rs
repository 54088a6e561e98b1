//! An MPP's own data on its pre-rendered page (issue 22, point 5): a feed
//! built with the test publisher's stored copy for Buol
//! (`tools/feed-builder/tests/fixtures/publishers/stored/`) shows who stated each
//! fact and when, the phone as a `tel:` link, the queue button, each
//! agency's own days and the building's point in the JSON-LD.

use std::fs;
use std::path::{Path, PathBuf};

use prerender::{run, Options};

const SHELL: &str = "<!doctype html><html lang=id><head><meta charset=utf-8>\
<title>Peta MPP</title><meta content=\"Peta dan daftar MPP\" name=description>\
<base href=/></head><body><noscript>JS</noscript></body></html>";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A build directory whose feed merged the fixture's stored copies.
fn build_with_owner_data() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peta-mpp-owner-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    let data = dir.join("data");
    fs::create_dir_all(&data).unwrap();
    let publishers = repo().join("tools/feed-builder/tests/fixtures/publishers/stored");
    let built = feed_builder::build_with(&repo().join("data"), &publishers).unwrap();
    fs::write(
        data.join("mpp.json"),
        feed_builder::render_feed(&built.feed),
    )
    .unwrap();
    fs::write(
        data.join("mpp-details.json"),
        feed_builder::render_details(&built.details),
    )
    .unwrap();
    for file in ["regions.json", "kipp2025.json"] {
        fs::copy(repo().join("public/data").join(file), data.join(file)).unwrap();
    }
    fs::write(dir.join("index.html"), SHELL).unwrap();
    dir
}

#[test]
fn buols_page_shows_its_own_data_with_who_stated_it() {
    let dist = build_with_owner_data();
    run(&Options {
        dist: dist.clone(),
        base: String::new(),
        site_url: "https://peta-mpp.example.go.id".to_owned(),
    })
    .unwrap();
    let page = fs::read_to_string(dist.join("mpp/kabupaten-buol.html")).unwrap();
    for expected in [
        "Data dari Pemerintah Kabupaten Buol, diperiksa 3 Maret 2026",
        "Jalan Data Uji No. 1, Buol, Sulawesi Tengah",
        r#"href="tel:+620000000000""#,
        "Imigrasi</span>: Selasa dan Kamis, 08:00–12:00",
        "Samsat</span>: Senin, Selasa, Rabu, Kamis dan Jumat, 08:00–12:00",
        "Senin–Kamis 08:00–16:00 (istirahat 12:00–13:00)",
        "Titik ini adalah lokasi gedung MPP.",
    ] {
        assert!(page.contains(expected), "Buol's page lacks {expected}");
    }
    // The queue link is a button.
    let queue = page
        .split("<a ")
        .find(|a| a.starts_with(r#"href="https://antrian.example.go.id/mpp-buol""#))
        .expect("no link to the queue");
    assert!(queue[..queue.find('>').unwrap()].contains(r#"class="button queue-button""#));
    // The owner's website, once.
    assert_eq!(
        page.matches(r#"href="https://mpp.example.go.id/buol""#)
            .count(),
        1
    );
    // Address, hours, agencies and services are known now.
    assert!(!page.contains("Belum tercatat: alamat"));
    // The building's point is the office's place in the JSON-LD.
    assert!(page.contains(r#""geo":{"#), "no geo in the JSON-LD");
    assert!(page.contains("1.1602"));

    // /statistik counts it.
    let stats = fs::read_to_string(dist.join("statistik.html")).unwrap();
    assert!(
        stats.contains("1 dari 308 MPP memiliki data dari pemerintah daerahnya sendiri"),
        "/statistik does not count the MPP with owner data"
    );
    let _ = fs::remove_dir_all(&dist);
}
