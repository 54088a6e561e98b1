//! What an embedding page asks for: `/embed/<wilayah>?mpp=&tampilan=&lang=`
//! (or `/embed?wilayah=…`). A regency government pastes one iframe; the
//! region is a regency or province code or slug, matched against the feed.
//! A region code in the path names a file a static host can serve:
//! `embed/<code>.html`, pre-rendered for that region (`tools/prerender`).

use crate::feed::Mpp;
use crate::hours_calendar::{OpenAt, OpenDay};
use crate::lang::Lang;
use crate::text::percent_encode;
use crate::url_state::{parse_time, write_time};

/// What the frame shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum EmbedView {
    Map,
    List,
    #[default]
    Both,
}

impl EmbedView {
    pub fn parse(text: &str) -> Option<EmbedView> {
        match text {
            "peta" | "map" => Some(EmbedView::Map),
            "daftar" | "list" => Some(EmbedView::List),
            "keduanya" | "both" => Some(EmbedView::Both),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            EmbedView::Map => "peta",
            EmbedView::List => "daftar",
            EmbedView::Both => "keduanya",
        }
    }

    pub fn shows_map(self) -> bool {
        self != EmbedView::List
    }

    pub fn shows_list(self) -> bool {
        self != EmbedView::Map
    }
}

/// The parameters of `/embed`, as read (values not yet matched to the feed).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedParams {
    pub wilayah: Option<String>,
    pub mpp: Option<String>,
    pub view: EmbedView,
    pub lang: Option<Lang>,
    /// `buka=` and `jam=`, as on the home page: "open at" a day and time.
    pub open_at: Option<OpenAt>,
    /// `name=value` of every parameter that could not be read.
    pub invalid: Vec<String>,
}

impl EmbedParams {
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> EmbedParams {
        let mut params = EmbedParams::default();
        for (name, value) in pairs {
            let value = value.trim();
            let ok = match name {
                "wilayah" if value.len() <= 80 => {
                    params.wilayah = Some(value.to_owned()).filter(|v| !v.is_empty());
                    true
                }
                "mpp" if crate::parse::is_valid_slug(value) => {
                    params.mpp = Some(value.to_owned());
                    true
                }
                "tampilan" => EmbedView::parse(value).map(|v| params.view = v).is_some(),
                "lang" => Lang::parse(value).map(|l| params.lang = Some(l)).is_some(),
                "buka" => OpenDay::parse(value)
                    .map(|day| {
                        let time = params.open_at.and_then(|a| a.time);
                        params.open_at = Some(OpenAt { day, time });
                    })
                    .is_some(),
                "jam" => parse_time(value)
                    .map(|time| {
                        let day = params.open_at.map_or(OpenDay::Any, |a| a.day);
                        params.open_at = Some(OpenAt {
                            day,
                            time: Some(time),
                        });
                    })
                    .is_some(),
                "wilayah" | "mpp" => false,
                _ => true,
            };
            if !ok {
                let shown: String = value.chars().take(40).collect();
                params.invalid.push(format!("{name}={shown}"));
            }
        }
        params
    }

    /// The parameters of `/embed/<wilayah>?…`: the region in the path wins
    /// over a `wilayah=` in the query (a static host served the path's page).
    pub fn from_path_and_pairs<'a>(
        path_region: Option<&'a str>,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> EmbedParams {
        let pairs = pairs
            .into_iter()
            .filter(move |(name, _)| path_region.is_none() || *name != "wilayah");
        let path_pair = path_region.map(|region| ("wilayah", region));
        EmbedParams::from_pairs(path_pair.into_iter().chain(pairs))
    }
}

/// True when `code` may stand in the path, `/embed/<code>`: a province or
/// regency code (digits and dots), the name of a file a static host serves.
pub fn is_path_region(code: &str) -> bool {
    code.len() <= 16
        && code.starts_with(|c: char| c.is_ascii_digit())
        && code.chars().all(|c| c.is_ascii_digit() || c == '.')
        && !code.contains("..")
        && !code.ends_with('.')
}

/// Every region with at least one MPP in the feed, as `/embed/<code>` names
/// it: each province's and each regency's code, once, sorted.
pub fn embed_regions(mpps: &[Mpp]) -> Vec<String> {
    let mut codes: Vec<String> = mpps
        .iter()
        .flat_map(|m| [m.province.code.clone(), m.regency.code.clone()])
        .filter(|code| is_path_region(code))
        .collect();
    crate::order::sort(&mut codes);
    codes.dedup();
    codes
}

/// What the embed-code generator (`/sematkan`) was asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct SnippetOptions {
    /// Code and name of the region, or all of Indonesia.
    pub region: Option<(String, String)>,
    pub view: EmbedView,
    pub lang: Lang,
    /// The frame's height in px (the start height with `auto_height`).
    pub height: u32,
    /// Add `embed.js`, which sizes the frame to its content.
    pub auto_height: bool,
    /// As wide as the host's page allows (WordPress's `alignfull`), instead
    /// of the width the host's theme gives its content.
    pub full_width: bool,
    /// "Buka pada": only the MPPs open then first (`buka=`, `jam=`).
    pub open_at: Option<OpenAt>,
}

impl SnippetOptions {
    /// The height asked for, kept between 200 and 4000 px.
    pub fn frame_height(&self) -> u32 {
        self.height.clamp(200, 4000)
    }

    /// `buka=` and `jam=` as the home page writes them: "now" has no time.
    fn open_at_pairs(&self) -> Vec<(&'static str, String)> {
        let Some(at) = self.open_at else {
            return Vec::new();
        };
        let mut pairs = vec![("buka", at.day.code().to_owned())];
        if let Some(time) = at.time.filter(|_| at.day != OpenDay::Now) {
            pairs.push(("jam", write_time(time)));
        }
        pairs
    }
}

/// The frame's address: `<app>/embed/<wilayah>?tampilan=…&lang=…`, the
/// region's pre-rendered page (a region that is no code: `embed?wilayah=`).
pub fn embed_url(app_root: &str, o: &SnippetOptions) -> String {
    let mut url = format!("{}embed", with_slash(app_root));
    match &o.region {
        Some((code, _)) if is_path_region(code) => url.push_str(&format!("/{code}?")),
        Some((code, _)) => url.push_str(&format!("?wilayah={}&", percent_encode(code))),
        None => url.push('?'),
    }
    url.push_str("tampilan=");
    url.push_str(o.view.code());
    for (name, value) in o.open_at_pairs() {
        url.push_str(&format!("&{name}={value}"));
    }
    if o.lang != Lang::Id {
        url.push_str("&lang=");
        url.push_str(o.lang.code());
    }
    url
}

/// The HTML a regency web admin pastes: an iframe with a title, lazy
/// loading, geolocation allowed and a referrer policy that sends only the
/// origin, plus (optionally) the auto-height script.
pub fn embed_snippet(app_root: &str, o: &SnippetOptions) -> String {
    let title = match &o.region {
        Some((_, name)) => format!("Peta MPP — {name}"),
        None => "Peta MPP — Mal Pelayanan Publik di Indonesia".to_owned(),
    };
    let height = o.frame_height();
    // No max-width of its own by default: the host theme's content width
    // applies (an inline max-width would override it).
    let (class, style) = if o.full_width {
        (" class=\"alignfull\"", "border:0;width:100%;max-width:100%")
    } else {
        ("", "border:0;width:100%")
    };
    let mut html = format!(
        "<iframe src=\"{}\" title=\"{}\"{class} width=\"100%\" height=\"{height}\" style=\"{style}\" loading=\"lazy\" allow=\"geolocation\" referrerpolicy=\"strict-origin-when-cross-origin\" data-peta-mpp></iframe>",
        escape_attribute(&embed_url(app_root, o)),
        escape_attribute(&title),
    );
    if o.auto_height {
        html.push_str(&format!(
            "\n<script src=\"{}embed.js\" async></script>",
            escape_attribute(&with_slash(app_root))
        ));
    }
    html
}

/// The same frame as a shortcode of the Peta MPP WordPress plugin
/// (`integrations/wordpress/peta-mpp`), which any author may use: WordPress
/// strips a pasted iframe from users without `unfiltered_html`.
pub fn embed_shortcode(o: &SnippetOptions) -> String {
    let mut code = String::from("[peta_mpp");
    if let Some((region, _)) = &o.region {
        // Region codes are digits and dots; nothing else reaches the shortcode.
        let region: String = region
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
            .collect();
        code.push_str(&format!(" wilayah=\"{region}\""));
    }
    code.push_str(&format!(
        " tampilan=\"{}\" bahasa=\"{}\" tinggi=\"{}\"",
        o.view.code(),
        o.lang.code(),
        o.frame_height()
    ));
    for (name, value) in o.open_at_pairs() {
        code.push_str(&format!(" {name}=\"{value}\""));
    }
    if o.full_width {
        code.push_str(" lebar=\"penuh\"");
    }
    code.push(']');
    code
}

fn with_slash(root: &str) -> String {
    if root.ends_with('/') {
        root.to_owned()
    } else {
        format!("{root}/")
    }
}

/// Text made safe inside a double-quoted HTML attribute.
pub fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
