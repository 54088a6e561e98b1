//! One slug for the feed builder and the app, and the list's pages.

use domain::{
    filters::{apply, Filters},
    list_page::list_page,
    parse_feed,
    search::SearchIndex,
    summary::sort_for_list,
    text::{fold, slug},
    Mpp,
};

const FEED: &str = include_str!("../../../public/data/mpp.json");

#[test]
fn a_slug_drops_apostrophes_and_accents_and_joins_words_with_hyphens() {
    assert_eq!(
        slug("Kabupaten Hulu Sungai Selatan"),
        "kabupaten-hulu-sungai-selatan"
    );
    assert_eq!(
        slug("Kabupaten Pangkajene dan Kepulauan"),
        "kabupaten-pangkajene-dan-kepulauan"
    );
    assert_eq!(slug("  Kota Bau-Bau "), "kota-bau-bau");
    assert_eq!(slug("Ma'rang"), "marang");
    assert_eq!(slug("Ma’rang"), "marang");
    assert_eq!(slug("Tōkyō"), "tokyo");
    assert_eq!(
        slug("Kab. Pangkajene & Kepulauan"),
        "kab-pangkajene-kepulauan"
    );
    assert_eq!(slug("!!!"), "");
}

#[test]
fn search_folds_a_name_the_way_its_slug_does() {
    // What a citizen types matches what the link says.
    for name in ["Ma'rang", "Tōkyō", "Kota Bau-Bau"] {
        assert_eq!(
            fold(name).split_whitespace().collect::<Vec<_>>().join("-"),
            slug(name)
        );
    }
}

#[test]
fn every_shipped_slug_is_the_slug_of_its_regency_name() {
    let feed = parse_feed(FEED).unwrap();
    for mpp in &feed.mpps {
        assert_eq!(mpp.slug, slug(&mpp.regency.name), "{}", mpp.name);
    }
}

fn all_hits() -> (Vec<Mpp>, Vec<domain::filters::Hit>) {
    let feed = parse_feed(FEED).unwrap();
    let mut mpps = feed.mpps;
    sort_for_list(&mut mpps);
    let index = SearchIndex::new(&mpps, &feed.meta.categories);
    let hits = apply(&mpps, &index, &Filters::default(), None).hits;
    (mpps, hits)
}

#[test]
fn a_list_page_shows_the_first_rows_in_the_result_order() {
    let (mpps, hits) = all_hits();
    let page = list_page(&mpps, &hits, None, 20, 20);
    assert_eq!(page.len(), 20);
    assert_eq!(page[0].mpp.id, mpps[hits[0].index].id);
    assert_eq!(page[19].mpp.id, mpps[hits[19].index].id);
    assert!(page.iter().all(|e| e.distance_km.is_none()));
    // More than there are: all of them, no padding.
    assert_eq!(list_page(&mpps, &hits, None, 1000, 20).len(), hits.len());
}

#[test]
fn a_list_page_reaches_the_selected_mpp_in_whole_pages() {
    let (mpps, hits) = all_hits();
    let far = &mpps[hits[45].index].slug;
    // Row 46 is on the third page of 20.
    assert_eq!(list_page(&mpps, &hits, Some(far), 20, 20).len(), 60);
    // Already on screen, or unknown: the limit stands.
    let near = &mpps[hits[3].index].slug;
    assert_eq!(list_page(&mpps, &hits, Some(near), 20, 20).len(), 20);
    assert_eq!(list_page(&mpps, &hits, Some("atlantis"), 20, 20).len(), 20);
    // A zero page size never divides by zero.
    assert_eq!(list_page(&mpps, &hits, Some(far), 20, 0).len(), 20);
}
