//! Search, filters and ranking over the shipped feed: what a citizen types.

use domain::{
    filters::{apply, years, Filters},
    geo::LatLon,
    parse_details, parse_feed,
    search::{normalise, SearchIndex},
    summary::sort_for_list,
    text::within_one_edit,
    Mpp,
};

const FEED: &str = include_str!("../../../public/data/mpp.json");
const DETAILS: &str = include_str!("../../../public/data/mpp-details.json");

fn feed() -> (Vec<Mpp>, SearchIndex) {
    let parsed = parse_feed(FEED).expect("shipped feed parses");
    let mut mpps = parsed.mpps;
    sort_for_list(&mut mpps);
    let index = SearchIndex::new(&mpps, &parsed.meta.categories);
    (mpps, index)
}

fn search(query: &str) -> Vec<String> {
    let (mpps, index) = feed();
    let filters = Filters {
        query: query.into(),
        ..Default::default()
    };
    apply(&mpps, &index, &filters, None)
        .hits
        .iter()
        .map(|h| mpps[h.index].name.clone())
        .collect()
}

fn slugs_where(f: impl Fn(&Mpp) -> bool) -> Vec<String> {
    let (mpps, _) = feed();
    let mut slugs: Vec<String> = mpps
        .iter()
        .filter(|m| f(m))
        .map(|m| m.slug.clone())
        .collect();
    slugs.sort();
    slugs
}

fn found_slugs(query: &str) -> Vec<String> {
    let (mpps, index) = feed();
    let filters = Filters {
        query: query.into(),
        ..Default::default()
    };
    let mut slugs: Vec<String> = apply(&mpps, &index, &filters, None)
        .hits
        .iter()
        .map(|h| mpps[h.index].slug.clone())
        .collect();
    slugs.sort();
    slugs
}

#[test]
fn normalisation_folds_case_accents_and_punctuation() {
    assert_eq!(
        normalise("  Kab. PANGKAJENE & Kepulauan "),
        "kab pangkajene kepulauan"
    );
    assert_eq!(normalise("Bélitung Tímur"), "belitung timur");
    assert_eq!(normalise("DKI-Jakarta/Pusat"), "dki jakarta pusat");
    assert_eq!(normalise("<script>"), "script");
}

#[test]
fn one_edit_means_one() {
    for (a, b) in [
        ("balangan", "balangan"),
        ("balangan", "balangn"),
        ("balangan", "balanagn"),
        ("cianjur", "cianjyr"),
        ("buol", "buoll"),
    ] {
        assert!(within_one_edit(a, b), "{a} ~ {b}");
    }
    for (a, b) in [
        ("balangan", "blangn"),
        ("cianjur", "cjanjyr"),
        ("abc", "cba"),
        ("buol", "buolxx"),
    ] {
        assert!(!within_one_edit(a, b), "{a} !~ {b}");
    }
}

#[test]
fn exact_name_ranks_first() {
    let found = search("balangan");
    assert_eq!(
        found.first().map(String::as_str),
        Some("MPP Kabupaten Balangan")
    );
    let found = search("Cianjur");
    assert_eq!(
        found.first().map(String::as_str),
        Some("MPP Kabupaten Cianjur")
    );
}

#[test]
fn kab_kab_dot_and_kabupaten_are_one_word_and_kota_is_understood() {
    let kab = search("kab bandung");
    assert_eq!(kab, search("kab. bandung"));
    assert_eq!(kab, search("Kabupaten Bandung"));
    assert!(kab.contains(&"MPP Kabupaten Bandung".to_owned()));
    assert!(
        !kab.contains(&"MPP Kota Bandung".to_owned()),
        "kabupaten excludes the city"
    );
    let kota = search("kota bandung");
    assert_eq!(kota.first().map(String::as_str), Some("MPP Kota Bandung"));
    assert!(!kota.contains(&"MPP Kabupaten Bandung".to_owned()));
    // Without a kind word both are found, exact names first.
    let both = search("bandung");
    assert!(both[..2].contains(&"MPP Kota Bandung".to_owned()));
    assert!(both[..2].contains(&"MPP Kabupaten Bandung".to_owned()));
}

#[test]
fn province_short_names_find_the_whole_province() {
    for (alias, code) in [
        ("jateng", "33"),
        ("Jatim", "35"),
        ("jabar", "32"),
        ("kalsel", "63"),
        ("KALTARA", "65"),
        ("sulteng", "72"),
        ("kepri", "21"),
        ("ntb", "52"),
        ("ntt", "53"),
        ("jogja", "34"),
        ("DIY", "34"),
        ("babel", "19"),
        ("sumut", "12"),
        ("sumbar", "13"),
        ("sumsel", "16"),
    ] {
        let expected = slugs_where(|m| m.province.code == code);
        assert!(!expected.is_empty(), "{alias}: feed has province {code}");
        assert_eq!(
            found_slugs(alias),
            expected,
            "{alias} lists every MPP of province {code} and only those"
        );
    }
    assert_eq!(found_slugs("jawa tengah"), found_slugs("jateng"));
    assert!(found_slugs("dki")
        .iter()
        .all(|s| slugs_where(|m| m.province.code == "31").contains(s)));
}

#[test]
fn one_typo_is_forgiven_in_long_words_only() {
    assert_eq!(
        search("balangn").first().map(String::as_str),
        Some("MPP Kabupaten Balangan")
    );
    assert_eq!(
        search("blaangan").first().map(String::as_str),
        Some("MPP Kabupaten Balangan")
    );
    assert_eq!(
        search("cianjru").first().map(String::as_str),
        Some("MPP Kabupaten Cianjur")
    );
    // Two typos are too many; four-letter words get none.
    assert!(search("blaangn").is_empty());
    assert!(!search("buol").is_empty());
    assert!(search("bual").iter().all(|n| n != "MPP Kabupaten Buol"));
}

#[test]
fn search_reaches_seat_towns_services_and_tenants() {
    // Meulaboh is the seat of Aceh Barat.
    assert!(search("meulaboh").contains(&"MPP Kabupaten Aceh Barat".to_owned()));
    // A service category, in either language.
    let tax = search("pertanahan");
    assert!(tax.contains(&"MPP Kabupaten Aceh Barat".to_owned()));
    let offering: Vec<String> = slugs_where(|m| m.services.iter().any(|s| s == "pertanahan"));
    for words in ["pertanahan", "land administration"] {
        let found = found_slugs(words);
        assert!(
            offering.iter().all(|s| found.contains(s)),
            "{words} finds every MPP offering it"
        );
    }
    assert!(
        search("paspor").len()
            >= slugs_where(|m| m.services.iter().any(|s| s == "keimigrasian")).len()
    );
    // Tenants arrive with the details file.
    let (mpps, mut index) = feed();
    let details = parse_details(DETAILS).expect("details parse");
    let filters = Filters {
        query: "bpjs".into(),
        ..Default::default()
    };
    let before = apply(&mpps, &index, &filters, None).hits.len();
    index.add_details(&mpps, &details);
    let after = apply(&mpps, &index, &filters, None).hits.len();
    assert!(after > before, "tenants add matches: {before} -> {after}");
}

#[test]
fn stopwords_alone_match_everything_and_nonsense_matches_nothing() {
    let (mpps, _) = feed();
    assert_eq!(search("mal pelayanan publik").len(), mpps.len());
    assert_eq!(search("   ").len(), mpps.len());
    assert!(search("zzqxw").is_empty());
    assert!(search("<script>alert(1)</script>").is_empty());
}

#[test]
fn a_result_counts_its_mpps_without_a_point() {
    let (mpps, index) = feed();
    let everything = apply(&mpps, &index, &Filters::default(), None);
    let unlocated = mpps.iter().filter(|m| m.location.is_none()).count();
    assert!(unlocated > 0);
    assert_eq!(everything.without_location, unlocated);
    // Narrowed to a province: only the unlocated among its MPPs.
    let located = mpps.iter().find(|m| m.location.is_some()).unwrap();
    let one = Filters {
        province: Some(located.province.code.clone()),
        ..Default::default()
    };
    let result = apply(&mpps, &index, &one, None);
    let expected = result
        .hits
        .iter()
        .filter(|h| mpps[h.index].location.is_none())
        .count();
    assert_eq!(result.without_location, expected);
}

#[test]
fn category_filter_counts_the_mpps_without_a_service_list() {
    let (mpps, index) = feed();
    let filters = Filters {
        category: Some("kependudukan".into()),
        ..Default::default()
    };
    let result = apply(&mpps, &index, &filters, None);
    let offering = mpps
        .iter()
        .filter(|m| m.services.iter().any(|s| s == "kependudukan"))
        .count();
    let without = mpps.iter().filter(|m| m.services.is_empty()).count();
    assert_eq!(result.hits.len(), offering);
    assert_eq!(result.without_service_list, without);
    assert!(without > 0 && offering > 0);
    // An unknown category matches nothing, and still counts the unlisted.
    let unknown = Filters {
        category: Some("teleportasi".into()),
        ..Default::default()
    };
    assert!(apply(&mpps, &index, &unknown, None).hits.is_empty());
}

#[test]
fn filters_combine() {
    let (mpps, index) = feed();
    let new = Filters {
        new_only: true,
        ..Default::default()
    };
    assert_eq!(apply(&mpps, &index, &new, None).hits.len(), 9);
    let province = Filters {
        province: Some("63".into()),
        ..Default::default()
    };
    let kalsel = apply(&mpps, &index, &province, None).hits;
    assert_eq!(
        kalsel.len(),
        mpps.iter().filter(|m| m.province.code == "63").count()
    );
    let new_in_kalsel = Filters {
        province: Some("63".into()),
        new_only: true,
        ..Default::default()
    };
    let hits = apply(&mpps, &index, &new_in_kalsel, None).hits;
    assert_eq!(hits.len(), 1);
    assert_eq!(mpps[hits[0].index].slug, "kabupaten-balangan");
    let year = Filters {
        year: Some(2019),
        ..Default::default()
    };
    let in_2019 = apply(&mpps, &index, &year, None).hits;
    assert!(!in_2019.is_empty());
    assert!(in_2019.iter().all(|h| mpps[h.index]
        .inauguration
        .as_ref()
        .unwrap()
        .date
        .starts_with("2019")));
    assert_eq!(years(&mpps).first(), Some(&2025));
}

#[test]
fn near_a_position_sorts_by_distance_unlocated_last() {
    let (mpps, index) = feed();
    // Paringin, the seat of Balangan.
    let paringin = LatLon {
        lat: -2.334,
        lon: 115.467,
    };
    let hits = apply(&mpps, &index, &Filters::default(), Some(paringin)).hits;
    assert_eq!(mpps[hits[0].index].slug, "kabupaten-balangan");
    assert!(hits[0].distance_km.unwrap() < 5.0);
    assert!(hits
        .windows(2)
        .all(|w| match (w[0].distance_km, w[1].distance_km) {
            (Some(a), Some(b)) => a <= b,
            (None, Some(_)) => false,
            _ => true,
        }));
    assert!(hits.last().unwrap().distance_km.is_none());
    assert_eq!(hits.len(), mpps.len());
}
