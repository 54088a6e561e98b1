//! What an embedding site asks for: regions by code or slug, views, and
//! unreadable values reported.

use domain::{
    embed::{EmbedParams, EmbedView},
    filters::{apply, Filters},
    parse_feed,
    region::{resolve_region, Region},
    search::SearchIndex,
    text::slug,
    Lang, Mpp,
};

const FEED: &str = include_str!("../../../public/data/mpp.json");

fn mpps() -> Vec<Mpp> {
    parse_feed(FEED).unwrap().mpps
}

#[test]
fn regions_resolve_by_code_and_slug() {
    let mpps = mpps();
    for wilayah in ["63", "kalimantan-selatan", "Kalimantan-Selatan"] {
        assert_eq!(
            resolve_region(&mpps, wilayah),
            Some(Region::Province {
                code: "63".into(),
                name: "Kalimantan Selatan".into()
            }),
            "{wilayah}"
        );
    }
    for wilayah in ["63.11", "kabupaten-balangan", "balangan"] {
        let region = resolve_region(&mpps, wilayah).expect(wilayah);
        assert_eq!(region.code(), "63.11", "{wilayah}");
        assert_eq!(region.name(), "Kabupaten Balangan");
        assert_eq!(region.province().unwrap().code(), "63");
    }
    assert_eq!(
        resolve_region(&mpps, "kota-bandung").unwrap().name(),
        "Kota Bandung"
    );
    for unknown in ["", "99", "atlantis", "<script>", "63.99"] {
        assert_eq!(resolve_region(&mpps, unknown), None, "{unknown}");
    }
    assert_eq!(
        slug("Daerah Istimewa Yogyakarta"),
        "daerah-istimewa-yogyakarta"
    );
}

#[test]
fn a_region_limits_the_result() {
    let parsed = parse_feed(FEED).unwrap();
    let index = SearchIndex::new(&parsed.mpps, &parsed.meta.categories);
    let region = resolve_region(&parsed.mpps, "kalimantan-selatan");
    let filters = Filters {
        region,
        ..Default::default()
    };
    let hits = apply(&parsed.mpps, &index, &filters, None).hits;
    let expected = parsed
        .mpps
        .iter()
        .filter(|m| m.province.code == "63")
        .count();
    assert_eq!(hits.len(), expected);
    assert!(hits
        .iter()
        .all(|h| parsed.mpps[h.index].province.code == "63"));
}

#[test]
fn embed_params_read_and_report() {
    let params = EmbedParams::from_pairs([
        ("wilayah", "63"),
        ("mpp", "kabupaten-balangan"),
        ("tampilan", "peta"),
        ("lang", "en"),
        ("utm_source", "x"),
    ]);
    assert_eq!(params.wilayah.as_deref(), Some("63"));
    assert_eq!(params.mpp.as_deref(), Some("kabupaten-balangan"));
    assert_eq!(params.view, EmbedView::Map);
    assert_eq!(params.lang, Some(Lang::En));
    assert!(params.invalid.is_empty());
    let bad = EmbedParams::from_pairs([
        ("tampilan", "3d"),
        ("lang", "fr"),
        ("mpp", "<b>"),
        ("wilayah", &"x".repeat(200)),
    ]);
    assert_eq!(bad.view, EmbedView::Both, "the default view stays");
    assert_eq!(bad.invalid.len(), 4);
    assert!(bad.invalid[0].starts_with("tampilan=3d"));
    assert_eq!(EmbedParams::from_pairs([]).view, EmbedView::Both);
}

#[test]
fn the_snippet_is_a_titled_lazy_iframe_with_geolocation_and_the_script() {
    use domain::embed::{embed_snippet, SnippetOptions};
    let options = SnippetOptions {
        region: Some(("63".into(), "Kalimantan \"Selatan\" <b>".into())),
        view: EmbedView::List,
        lang: Lang::En,
        height: 640,
        auto_height: true,
        full_width: false,
        open_at: None,
    };
    let html = embed_snippet("https://peta.example.go.id/peta-mpp", &options);
    assert_eq!(
        html,
        "<iframe src=\"https://peta.example.go.id/peta-mpp/embed/63?tampilan=daftar&amp;lang=en\" \
         title=\"Peta MPP — Kalimantan &quot;Selatan&quot; &lt;b&gt;\" width=\"100%\" height=\"640\" \
         style=\"border:0;width:100%\" loading=\"lazy\" allow=\"geolocation\" \
         referrerpolicy=\"strict-origin-when-cross-origin\" data-peta-mpp></iframe>\n\
         <script src=\"https://peta.example.go.id/peta-mpp/embed.js\" async></script>"
    );
    let plain = embed_snippet(
        "https://x.id/",
        &SnippetOptions {
            region: None,
            auto_height: false,
            height: 10,
            lang: Lang::Id,
            view: EmbedView::Both,
            full_width: true,
            open_at: None,
        },
    );
    assert!(
        plain.contains("src=\"https://x.id/embed?tampilan=keduanya\""),
        "{plain}"
    );
    assert!(
        plain.contains("height=\"200\""),
        "heights are kept sensible"
    );
    assert!(!plain.contains("<script"));
    assert!(
        plain.contains(" class=\"alignfull\"") && plain.contains("max-width:100%"),
        "full width: {plain}"
    );
    assert!(
        !html.contains("max-width") && !html.contains("alignfull"),
        "by default the host theme's content width applies: {html}"
    );
}

#[test]
fn the_shortcode_names_the_same_frame_and_keeps_markup_out() {
    use domain::embed::{embed_shortcode, SnippetOptions};
    let mut options = SnippetOptions {
        region: Some(("63.11".into(), "Kabupaten Balangan".into())),
        view: EmbedView::Both,
        lang: Lang::Id,
        height: 600,
        auto_height: true,
        full_width: false,
        open_at: None,
    };
    assert_eq!(
        embed_shortcode(&options),
        "[peta_mpp wilayah=\"63.11\" tampilan=\"keduanya\" bahasa=\"id\" tinggi=\"600\"]"
    );
    options.region = Some(("63\"]<script>".into(), "x".into()));
    options.view = EmbedView::Map;
    options.lang = Lang::En;
    options.height = 99_999;
    options.full_width = true;
    assert_eq!(
        embed_shortcode(&options),
        "[peta_mpp wilayah=\"63script\" tampilan=\"peta\" bahasa=\"en\" tinggi=\"4000\" lebar=\"penuh\"]"
    );
    options.region = None;
    assert!(!embed_shortcode(&options).contains("wilayah"));
}

#[test]
fn open_at_travels_in_the_frames_address_and_the_shortcode() {
    use domain::embed::{embed_shortcode, embed_url, EmbedParams, SnippetOptions};
    use domain::hours_calendar::{OpenAt, OpenDay};
    let mut options = SnippetOptions {
        region: Some(("63.11".into(), "Kabupaten Balangan".into())),
        view: EmbedView::List,
        lang: Lang::Id,
        height: 600,
        auto_height: false,
        full_width: false,
        open_at: Some(OpenAt {
            day: OpenDay::Weekday(5),
            time: Some(9 * 60),
        }),
    };
    let url = embed_url("https://x.id/", &options);
    assert_eq!(
        url,
        "https://x.id/embed/63.11?tampilan=daftar&buka=sab&jam=09.00"
    );
    assert_eq!(
        embed_shortcode(&options),
        "[peta_mpp wilayah=\"63.11\" tampilan=\"daftar\" bahasa=\"id\" tinggi=\"600\" buka=\"sab\" jam=\"09.00\"]"
    );
    // What the frame reads back is what was chosen.
    let query = url.split_once('?').unwrap().1;
    let pairs: Vec<(&str, &str)> = query.split('&').filter_map(|p| p.split_once('=')).collect();
    assert_eq!(EmbedParams::from_pairs(pairs).open_at, options.open_at);
    // "Now" has no time; no day, no parameter.
    options.open_at = Some(OpenAt {
        day: OpenDay::Now,
        time: Some(600),
    });
    assert!(embed_url("https://x.id/", &options).ends_with("&buka=sekarang"));
    options.open_at = None;
    assert!(!embed_shortcode(&options).contains("buka"));
}

#[test]
fn a_region_code_goes_in_the_path_and_anything_else_in_the_query() {
    use domain::embed::{embed_url, is_path_region, SnippetOptions};
    let mut options = SnippetOptions {
        region: Some(("63".into(), "Kalimantan Selatan".into())),
        view: EmbedView::Both,
        lang: Lang::Id,
        height: 600,
        auto_height: false,
        full_width: false,
        open_at: None,
    };
    assert_eq!(
        embed_url("https://x.id/app", &options),
        "https://x.id/app/embed/63?tampilan=keduanya"
    );
    options.region = Some(("kalimantan-selatan".into(), "Kalimantan Selatan".into()));
    assert_eq!(
        embed_url("https://x.id/", &options),
        "https://x.id/embed?wilayah=kalimantan-selatan&tampilan=keduanya"
    );
    for code in ["63", "63.11", "11.05"] {
        assert!(is_path_region(code), "{code}");
    }
    for other in [
        "", ".63", "63.", "63..11", "63/11", "../63", "kalsel", "63.11a",
    ] {
        assert!(!is_path_region(other), "{other:?}");
    }
}

#[test]
fn the_region_in_the_path_wins_over_the_query() {
    let params = EmbedParams::from_path_and_pairs(
        Some("63.11"),
        [
            ("wilayah", "11"),
            ("tampilan", "daftar"),
            ("mpp", "kabupaten-balangan"),
        ],
    );
    assert_eq!(params.wilayah.as_deref(), Some("63.11"));
    assert_eq!(params.view, EmbedView::List);
    assert_eq!(params.mpp.as_deref(), Some("kabupaten-balangan"));
    assert!(params.invalid.is_empty());
    let query_only = EmbedParams::from_path_and_pairs(None, [("wilayah", "63")]);
    assert_eq!(query_only.wilayah.as_deref(), Some("63"));
}

#[test]
fn every_region_with_an_mpp_has_one_embed_page() {
    use domain::embed::embed_regions;
    let mpps = mpps();
    let regions = embed_regions(&mpps);
    for mpp in &mpps {
        assert!(
            regions.contains(&mpp.province.code),
            "{}",
            mpp.province.code
        );
        assert!(regions.contains(&mpp.regency.code), "{}", mpp.regency.code);
    }
    assert!(regions.iter().all(|code| mpps
        .iter()
        .any(|m| &m.province.code == code || &m.regency.code == code)));
    assert!(regions.windows(2).all(|w| w[0] < w[1]), "once each, sorted");
}
