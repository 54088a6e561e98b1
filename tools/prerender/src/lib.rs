//! Writes the pages of a release build as HTML, rendered by the app's own
//! components (`peta_mpp::prerender`), so a page reads completely before
//! (and without) its script, and a shared link previews with its MPP.
//!
//! Layout in the build (every host's fallback finds them, see `deploy/`):
//! `index.html` (`/`), `semua.html` (every MPP listed), `mpp/<slug>.html`, `statistik.html`, `tentang.html`,
//! `inovasi.html`; `embed/<code>.html` (`/embed/63`, `/embed/63.11`: each
//! region with an MPP, for other sites' frames, the default view);
//! `shell.html` is the app without content, for every other path
//! (`/embed?wilayah=`, `/sematkan`, an unknown page) and for the service
//! worker.

mod geojson;

pub mod structured_data;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use domain::{embed::embed_regions, parse_details, parse_feed, Lang, Mpp};
use peta_mpp::i18n::texts_for;
use peta_mpp::prerender::{render_page, SiteData};
use peta_mpp::state::LoadedFeed;

/// Where the build is and where it will be served.
pub struct Options {
    /// The release build (Trunk's `dist`).
    pub dist: PathBuf,
    /// The app's path on its host without a trailing slash: "" or "/peta-mpp".
    pub base: String,
    /// Scheme and host the build is served from (absolute links in previews
    /// and the sitemap), e.g. `https://peta-mpp.example.go.id`.
    pub site_url: String,
}

/// What was written.
#[derive(Debug)]
pub struct Report {
    pub pages: usize,
    /// The regions' embed pages (`embed/<code>.html`), not in `pages`.
    pub embed_pages: usize,
    /// Pages of MPPs (their slug) and regions (`embed/<code>`) no longer in
    /// the feed, removed.
    pub removed: Vec<String>,
}

/// The one language pages are pre-rendered in (the app's default). Other
/// languages are rendered by the app; the page hides the Indonesian copy
/// until then (see `index.html`).
const LANG: Lang = Lang::Id;

/// Every page the build holds: its path below the base and its file.
pub fn pages(mpps: &[Mpp]) -> Vec<(String, String)> {
    let mut pages = vec![
        ("/".to_owned(), "index.html".to_owned()),
        ("/semua".to_owned(), "semua.html".to_owned()),
        ("/statistik".to_owned(), "statistik.html".to_owned()),
        ("/tentang".to_owned(), "tentang.html".to_owned()),
        ("/inovasi".to_owned(), "inovasi.html".to_owned()),
    ];
    pages.extend(
        mpps.iter()
            .map(|m| (format!("/mpp/{}", m.slug), format!("mpp/{}.html", m.slug))),
    );
    pages
}

/// Every region's embed page: `/embed/<code>` and its file. Not in the
/// sitemap: robots.txt keeps crawlers out of other sites' frames.
pub fn embed_pages(mpps: &[Mpp]) -> Vec<(String, String)> {
    embed_regions(mpps)
        .into_iter()
        .map(|code| (format!("/embed/{code}"), format!("embed/{code}.html")))
        .collect()
}

pub fn run(options: &Options) -> Result<Report, String> {
    let dist = &options.dist;
    let shell = shell_template(dist)?;
    let data = site_data(&dist.join("data"))?;
    let t = texts_for(LANG);
    let pages = pages(&data.feed.mpps);
    let embeds = embed_pages(&data.feed.mpps);
    let slugs: Vec<&str> = data.feed.mpps.iter().map(|m| m.slug.as_str()).collect();
    let regions: Vec<&str> = embeds
        .iter()
        .filter_map(|(path, _)| path.strip_prefix("/embed/"))
        .collect();
    let mut removed = remove_gone_pages(&dist.join("mpp"), &slugs)?;
    removed.extend(
        remove_gone_pages(&dist.join("embed"), &regions)?
            .into_iter()
            .map(|code| format!("embed/{code}")),
    );
    for dir in ["mpp", "embed"] {
        fs::create_dir_all(dist.join(dir)).map_err(|e| format!("{}: {e}", dist.display()))?;
    }
    // The build's time, as the pages' own "open now" (`browser::now_ms`).
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64);

    for (path, file) in pages.iter().chain(&embeds) {
        let rendered = render_page(path, &options.base, LANG, &data);
        let slug = path.strip_prefix("/mpp/");
        let description = match (slug.and_then(|s| data.feed.by_slug(s)), path.as_str()) {
            (Some(mpp), _) => t.mpp_page_description(mpp),
            (None, "/inovasi") => t.kipp_page_description(
                data.innovations.innovations.len(),
                data.innovations.meta.total_awarded,
            ),
            _ => meta_content(&shell, "description").unwrap_or_default(),
        };
        let url = format!("{}{}{}", options.site_url, options.base, canonical(path));
        // schema.org JSON-LD: the MPP's office, or the site and its dataset.
        let structured = match (slug.and_then(|s| data.feed.by_slug(s)), path.as_str()) {
            (Some(mpp), _) => Some(structured_data::office(
                mpp,
                data.details.details.get(&mpp.id),
                &data.feed.meta.holidays,
                &url,
                now_ms,
            )),
            (None, "/") => Some(structured_data::home(
                &data.feed.meta,
                &url,
                &data.feed.url,
                &description,
            )),
            _ => None,
        };
        let head = Head {
            title: rendered.title,
            description,
            url,
            image: format!("{}{}/icons/icon-512.png", options.site_url, options.base),
            locale: "id_ID",
            structured_data: structured.as_ref().map(structured_data::script),
        };
        // Leptos marks where its views may change (`<!>`): nothing will
        // hydrate this HTML, so the markers are only bytes.
        let body = rendered.body.replace("<!>", "");
        let html = page_html(&shell, &head, &body, t.noscript_prerendered)?;
        let out = dist.join(file);
        fs::write(&out, html).map_err(|e| format!("{}: {e}", out.display()))?;
    }

    let urls: Vec<String> = pages
        .iter()
        .map(|(path, _)| format!("{}{}{}", options.site_url, options.base, canonical(path)))
        .collect();
    write(dist, "sitemap.xml", &sitemap(&urls))?;
    write(
        dist,
        "robots.txt",
        &robots(&options.site_url, &options.base),
    )?;
    geojson::add_page_urls(dist, &options.site_url, &options.base)?;
    Ok(Report {
        pages: pages.len(),
        embed_pages: embeds.len(),
        removed,
    })
}

/// The path as it is linked: "/" for the home page, else without a slash.
fn canonical(path: &str) -> &str {
    if path == "/" {
        "/"
    } else {
        path
    }
}

/// Trunk's `index.html`, kept the first time as `shell.html`: a second run
/// (or a run after `csp.mjs`) starts again from the same shell.
fn shell_template(dist: &Path) -> Result<String, String> {
    let shell = dist.join("shell.html");
    if !shell.exists() {
        let index = dist.join("index.html");
        let html = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
        write(dist, "shell.html", &preloads_by_script(&html))?;
    }
    let html = fs::read_to_string(&shell).map_err(|e| format!("{}: {e}", shell.display()))?;
    if html.contains(PRERENDERED_ROOT) {
        return Err(format!(
            "{}: already holds a pre-rendered page",
            shell.display()
        ));
    }
    Ok(html)
}

fn site_data(data: &Path) -> Result<SiteData, String> {
    let read = |name: &str| {
        let path = data.join(name);
        fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let parsed = parse_feed(&read("mpp.json")?).map_err(|e| format!("mpp.json: {e}"))?;
    if !parsed.skipped.is_empty() {
        return Err(format!(
            "mpp.json: {} records could not be read",
            parsed.skipped.len()
        ));
    }
    let details = match parsed.meta.details_url.as_deref() {
        Some(name) => parse_details(&read(name)?).map_err(|e| format!("{name}: {e}"))?,
        None => Default::default(),
    };
    let regions = match parsed.meta.regions_url.as_deref() {
        Some(name) => Some(Arc::new(
            serde_json::from_str(&read(name)?).map_err(|e| format!("{name}: {e}"))?,
        )),
        None => None,
    };
    let innovations = serde_json::from_str(&read(INNOVATIONS_FILE)?)
        .map_err(|e| format!("{INNOVATIONS_FILE}: {e}"))?;
    Ok(SiteData {
        feed: Arc::new(LoadedFeed::new(parsed, "data/mpp.json".to_owned())),
        details: Arc::new(details),
        regions,
        innovations: Arc::new(innovations),
    })
}

/// The OPSI KIPP 2025 file the app ships beside itself (see `src/state.rs`).
const INNOVATIONS_FILE: &str = "kipp2025.json";

/// Removes the pages in `dir` (`mpp/<slug>.html`, `embed/<code>.html`)
/// whose name the feed no longer holds (`kept`); returns their names.
fn remove_gone_pages(dir: &Path, kept: &[&str]) -> Result<Vec<String>, String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(page) = name.strip_suffix(".html") else {
            continue;
        };
        if !kept.contains(&page) {
            fs::remove_file(entry.path()).map_err(|e| format!("{name}: {e}"))?;
            removed.push(page.to_owned());
        }
    }
    Ok(removed)
}

/// The element the app replaces once it runs (see `src/mount.rs`).
const PRERENDERED_ROOT: &str = r#"<div id="prerendered" class="app-root">"#;

struct Head {
    title: String,
    description: String,
    url: String,
    image: String,
    locale: &'static str,
    /// A `<script type="application/ld+json">` block, where the page has one.
    structured_data: Option<String>,
}

/// The shell with this page's head and body.
fn page_html(shell: &str, head: &Head, body: &str, noscript: &str) -> Result<String, String> {
    let title = escape(&head.title);
    let description = escape(&head.description);
    let tags = format!(
        concat!(
            r#"<link rel="canonical" href="{url}">"#,
            r#"<meta property="og:type" content="website">"#,
            r#"<meta property="og:site_name" content="Peta MPP">"#,
            r#"<meta property="og:locale" content="{locale}">"#,
            r#"<meta property="og:title" content="{title}">"#,
            r#"<meta property="og:description" content="{description}">"#,
            r#"<meta property="og:url" content="{url}">"#,
            r#"<meta property="og:image" content="{image}">"#,
            r#"<meta name="twitter:card" content="summary">"#,
        ),
        url = escape(&head.url),
        locale = head.locale,
        title = title,
        description = description,
        image = escape(&head.image),
    );
    let html = replace_between(shell, "<title>", "</title>", &title).ok_or("shell: no <title>")?;
    let html = replace_tag(
        &html,
        "<meta",
        "name=description",
        &format!(r#"<meta name="description" content="{description}">"#),
    )
    .ok_or("shell: no meta description")?;
    let tags = tags + head.structured_data.as_deref().unwrap_or_default();
    let html = html.replacen("</title>", &format!("</title>{tags}"), 1);
    let html = replace_between(&html, "<noscript>", "</noscript>", &escape(noscript))
        .ok_or("shell: no <noscript>")?;
    let html = html.replacen(
        "</noscript>",
        &format!("</noscript>{PRERENDERED_ROOT}{body}</div>"),
        1,
    );
    // After <base>, so it resolves from any page's path (and after the
    // body's <noscript> is placed: this one is the head's).
    let html = html.replacen(
        "</head>",
        r#"<noscript><link rel="stylesheet" href="noscript.css"></noscript></head>"#,
        1,
    );
    Ok(start_after_first_paint(&html))
}

/// The page is readable from its HTML and CSS alone, so the app starts only
/// after the first paint: Trunk's loader waits a frame before it runs the
/// wasm. Its download does not wait (`preloads_by_script`, done to the
/// shell every page is made from). `tools/csp.mjs` hashes the loader as it is.
fn start_after_first_paint(html: &str) -> String {
    let Some(import) = html.find("import init, * as bindings from ") else {
        return html.to_owned();
    };
    let Some(end) = html[import..].find(';').map(|i| import + i + 1) else {
        return html.to_owned();
    };
    format!(
        "{}\nawait new Promise((r) => requestAnimationFrame(() => setTimeout(r)));{}",
        &html[..end],
        &html[end..]
    )
}

/// The head's preloads, asked for by a script instead: Trunk's of the wasm
/// and of its JS glue, and `index.html`'s of the feed. On a slow link the
/// one big file is then on its way while the HTML and CSS are read and
/// painted (the search answered 0.4 s sooner at 1.6 Mbps and 150 ms, with
/// the first MPP on screen no later; `make bench`), and a browser with
/// JavaScript off, which can run none of them, downloads none (`/` without
/// JavaScript: 11 KB, where the glue and the feed made it 32). The script
/// goes before the CSS, which it would otherwise wait for. The glue
/// keeps its `integrity`; the wasm's preload has none: wasm-bindgen's fetch,
/// which must match it to reuse its response, asks for none (and Chromium
/// ignores one on a fetch preload).
fn preloads_by_script(original: &str) -> String {
    let quoted = |s: &str| format!("'{}'", s.replace(['\'', '\\', '<'], ""));
    let mut html = original.to_owned();
    let mut preloads = Vec::new();
    for (marker, rel, kind, keep_integrity) in [
        ("rel=modulepreload", "modulepreload", "", true),
        ("type=application/wasm", "preload", "fetch", false),
        ("rel=preload", "preload", "fetch", false),
    ] {
        let Some(tag) = find_tag(&html, "<link", marker) else {
            continue;
        };
        let link = html[tag.clone()].to_owned();
        html.replace_range(tag, "");
        let Some(href) = attribute(&link, "href") else {
            continue;
        };
        let integrity = keep_integrity
            .then(|| attribute(&link, "integrity"))
            .flatten();
        preloads.push(format!(
            "p('{rel}',{},'{kind}',{})",
            quoted(&href),
            integrity.as_deref().map_or("''".to_owned(), quoted)
        ));
    }
    // Without a stylesheet to go before, or nothing to preload, the page
    // keeps its links as they were.
    let Some(css) = find_tag(&html, "<link", "rel=stylesheet").filter(|_| !preloads.is_empty())
    else {
        return original.to_owned();
    };
    let script = format!(
        "<script>(function(d){{function p(r,h,a,i){{var l=d.createElement('link');l.rel=r;\
         l.href=h;l.crossOrigin='anonymous';if(a)l.as=a;if(i)l.integrity=i;d.head.appendChild(l)}}\
         {}}})(document)</script>",
        preloads.join(";")
    );
    html.insert_str(css.start, &script);
    html
}

/// Where the first tag opening with `open` that holds `marker` is (quoted or not).
fn find_tag(html: &str, open: &str, marker: &str) -> Option<std::ops::Range<usize>> {
    let mut from = 0;
    while let Some(at) = html[from..].find(open).map(|i| from + i) {
        let end = at + html[at..].find('>')? + 1;
        let tag = &html[at..end];
        if tag.contains(marker) || tag.contains(&marker.replace('=', "=\"")) {
            return Some(at..end);
        }
        from = end;
    }
    None
}

/// The value of `tag`'s attribute `name`, quoted or not.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let value = &tag[tag.find(&format!(" {name}="))? + name.len() + 2..];
    let value = match value.chars().next()? {
        quote @ ('"' | '\'') => value[1..].split(quote).next()?,
        _ => value.split([' ', '>']).next()?,
    };
    Some(unescape(value))
}

/// `html` with the text between the first `open` and the next `close` replaced.
fn replace_between(html: &str, open: &str, close: &str, with: &str) -> Option<String> {
    let start = html.find(open)? + open.len();
    let end = start + html[start..].find(close)?;
    Some(format!("{}{with}{}", &html[..start], &html[end..]))
}

/// `html` with the first tag starting `open` and holding `marker` replaced.
fn replace_tag(html: &str, open: &str, marker: &str, with: &str) -> Option<String> {
    let tag = find_tag(html, open, marker)?;
    Some(format!("{}{with}{}", &html[..tag.start], &html[tag.end..]))
}

fn meta_content(html: &str, name: &str) -> Option<String> {
    let at = html
        .find(&format!("name={name}"))
        .or_else(|| html.find(&format!("name=\"{name}\"")))?;
    let start = html[..at].rfind("<meta")?;
    attribute(
        &html[start..start + html[start..].find('>')? + 1],
        "content",
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn sitemap(urls: &[String]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for url in urls {
        xml.push_str(&format!("  <url><loc>{}</loc></url>\n", escape(url)));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Everything may be crawled but the embed (other sites' frames).
fn robots(site_url: &str, base: &str) -> String {
    format!("User-agent: *\nDisallow: {base}/embed\n\nSitemap: {site_url}{base}/sitemap.xml\n")
}

fn write(dist: &Path, name: &str, text: &str) -> Result<(), String> {
    let path = dist.join(name);
    fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trunk's release output as it stands in the head (minified), with
    /// `index.html`'s preload of the feed.
    const TRUNK_HEAD: &str = "<head><link as=fetch crossorigin href=data/mpp.json rel=preload>\
        <script type=module>import init, * as bindings from '/peta-mpp-1a_bg.js';\n\
        const wasm = await init({ module_or_path: '/peta-mpp-1a_bg.wasm' });</script>\
        <link href=/main-2b.css integrity=sha384-UR3 rel=stylesheet>\
        <link crossorigin href=/peta-mpp-1a.js integrity=sha384-bwR rel=modulepreload>\
        <link as=fetch crossorigin href=/peta-mpp-1a_bg.wasm integrity=sha384-9R0 rel=preload type=application/wasm></head>";

    #[test]
    fn the_preloads_are_asked_for_by_a_script_before_the_css_and_the_app_starts_after_the_first_paint(
    ) {
        let html = start_after_first_paint(&preloads_by_script(TRUNK_HEAD));
        // No preload a browser without JavaScript would follow.
        assert!(!html.contains("rel=preload") && !html.contains("rel=modulepreload"));
        let script = html
            .find(
                "p('modulepreload','/peta-mpp-1a.js','','sha384-bwR');\
                   p('preload','/peta-mpp-1a_bg.wasm','fetch','');\
                   p('preload','data/mpp.json','fetch','')",
            )
            .unwrap();
        assert!(script < html.find("rel=stylesheet").unwrap());
        // The CSS and the glue keep their integrity, the wasm's preload has none.
        assert!(html.contains("integrity=sha384-UR3"));
        assert!(!html.contains("sha384-9R0"));
        let wait = html.find("requestAnimationFrame").unwrap();
        assert!(html.find("import init").unwrap() < wait);
        assert!(wait < html.find("await init").unwrap());
    }

    #[test]
    fn an_attribute_is_read_quoted_or_not() {
        assert_eq!(
            attribute("<link a=1 href=\"/x y\" b=2>", "href").as_deref(),
            Some("/x y")
        );
        assert_eq!(
            attribute("<link a=1 href=/x>", "href").as_deref(),
            Some("/x")
        );
        assert_eq!(attribute("<link a=1>", "href"), None);
    }
}
