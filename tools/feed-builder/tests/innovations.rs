//! `kipp2025.json`: the builder keeps every winner, every source and how
//! firmly each institution is known, leaves the maintainers' notes out, and
//! refuses a record it cannot stand behind.

use std::{fs, path::PathBuf};

use domain::{
    coverage::RegionsFile,
    innovation::{InnovationsFile, InstitutionBasis},
    Mpp,
};
use feed_builder::{has_english, innovations::build_innovations};

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

fn research() -> serde_json::Value {
    serde_json::from_str(&fs::read_to_string(data_dir().join("kipp2025.json")).unwrap()).unwrap()
}

fn inputs() -> (RegionsFile, Vec<Mpp>) {
    let regions = feed_builder::build_regions(&data_dir()).unwrap();
    let built = feed_builder::build(&data_dir()).expect("data builds");
    (regions, built.feed.mpps)
}

fn build(research: &serde_json::Value) -> Result<InnovationsFile, String> {
    let (regions, mpps) = inputs();
    build_innovations(&research.to_string(), &regions, &mpps)
}

#[test]
fn keeps_every_winner_and_every_source() {
    let research = research();
    let file = build(&research).unwrap();
    let rows = research["innovations"].as_array().unwrap();
    assert_eq!(file.innovations.len(), rows.len());
    assert_eq!(file.meta.total_awarded, 28);
    assert_eq!(file.not_found(), 13);
    assert_eq!(file.meta.awarded, "2025-12-15");
    for (row, innovation) in rows.iter().zip(&file.innovations) {
        assert_eq!(row["innovation"], innovation.name.as_str());
        let urls: Vec<&str> = innovation.sources.iter().map(|s| s.url.as_str()).collect();
        let expected: Vec<&str> = row["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u.as_str().unwrap())
            .collect();
        assert_eq!(
            urls, expected,
            "{}: every source, in order",
            innovation.name
        );
    }
    // A date the research gives with a note keeps the date only.
    let digitalent = &file.innovations[0];
    assert_eq!(digitalent.sources[3].date.as_deref(), Some("2025-12"));
}

#[test]
fn keeps_how_firmly_each_institution_is_known() {
    let file = build(&research()).unwrap();
    let with = |basis| {
        file.innovations
            .iter()
            .filter(|i| i.basis == basis)
            .map(|i| i.id.as_str())
            .collect::<Vec<_>>()
    };
    // As PROVENANCE.md counts them: 9 confirmed, 3 by name, 2 candidates, 1 unknown.
    assert_eq!(with(InstitutionBasis::Confirmed).len(), 9);
    assert_eq!(
        with(InstitutionBasis::NameMatch),
        ["kardi-saras", "ibuk-anting", "goker-wangi"]
    );
    assert_eq!(
        with(InstitutionBasis::Candidate),
        [
            "hari-belanja-cantik-ke-pasar-tradisional-dan-umkm",
            "kpbu-apj"
        ]
    );
    assert_eq!(with(InstitutionBasis::Unknown), ["pinteres"]);
    let pinteres = file
        .innovations
        .iter()
        .find(|i| i.id == "pinteres")
        .unwrap();
    assert_eq!(pinteres.institution, None, "unknown stays unknown");
    let kpbu = file
        .innovations
        .iter()
        .find(|i| i.id == "kpbu-apj")
        .unwrap();
    assert_eq!(
        kpbu.institution.as_deref(),
        Some("Pemerintah Kabupaten Madiun"),
        "a candidate is named as the note names it"
    );
    assert_eq!(
        kpbu.description, None,
        "a candidate's programme is not the winner's"
    );
}

#[test]
fn leaves_the_maintainers_notes_out() {
    let file = build(&research()).unwrap();
    for i in &file.innovations {
        for text in [&i.institution, &i.category, &i.description]
            .into_iter()
            .flatten()
        {
            assert!(!has_english(text), "{}: English note {text:?}", i.name);
            assert!(!text.contains("not stated"), "{}: {text:?}", i.name);
        }
    }
    let pandora = file.innovations.iter().find(|i| i.id == "pandora").unwrap();
    assert_eq!(
        pandora.description.as_deref(),
        Some("peran manajer dalam korporasi pertanian"),
        "a nested aside goes as a whole"
    );
    let supermie = file
        .innovations
        .iter()
        .find(|i| i.id == "supermie")
        .unwrap();
    assert_eq!(
        supermie.category, None,
        "a guessed category ('fits …') is no category"
    );
}

#[test]
fn ties_firm_local_winners_to_their_mpps_only() {
    let file = build(&research()).unwrap();
    let mpps = |id: &str| {
        file.innovations
            .iter()
            .find(|i| i.id == id)
            .unwrap()
            .mpps
            .clone()
    };
    assert_eq!(mpps("serving-the-villager"), ["kabupaten-bintan"]);
    assert_eq!(mpps("baca-meter-mandiri"), ["kota-pontianak"]);
    assert_eq!(mpps("kardi-saras"), ["kabupaten-dharmasraya"]);
    assert!(
        mpps("kpbu-apj").is_empty(),
        "a candidate is not said on Madiun's page"
    );
    assert!(
        mpps("e-va-centil").is_empty(),
        "the province won, not Banyumas"
    );
    assert!(mpps("supermie").is_empty(), "Kota Madiun has no MPP");

    let local = file
        .innovations
        .iter()
        .filter(|i| !i.mpps.is_empty())
        .count();
    assert_eq!(
        local, 8,
        "Bintan, Kebumen, Magetan, Bantaeng, Dharmasraya, Lumajang, Banyuwangi, Pontianak"
    );
}

#[test]
fn refuses_a_record_without_a_source() {
    let mut research = research();
    research["innovations"][3]["sources"] = serde_json::json!([]);
    let error = build(&research).unwrap_err();
    assert!(
        error.contains("PANDORA") && error.contains("no source"),
        "{error}"
    );
}

#[test]
fn refuses_what_it_cannot_read() {
    let cases = [
        ("confidence", serde_json::json!("fairly sure")),
        ("group", serde_json::json!("khusus")),
        ("institution_kind", serde_json::json!("yayasan")),
        ("regency_or_city", serde_json::json!("Kabupaten Atlantis")),
        ("sources", serde_json::json!(["javascript:alert(1)"])),
    ];
    for (field, value) in cases {
        let mut research = research();
        research["innovations"][1][field] = value;
        let error = build(&research).unwrap_err();
        assert!(error.contains("E-Va Centil"), "{field}: {error}");
    }
    let mut research = research();
    research["meta"]["found"] = serde_json::json!(16);
    assert!(build(&research).unwrap_err().contains("meta.found"));
}
