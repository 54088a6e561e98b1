//! Which feed a page reads: the deployer's (`<meta name="peta-mpp-feed">`,
//! else `data/mpp.json`), or the one a link names with `?feed=` — but only
//! from this site, or from the origin the deployer's own feed lives on
//! (the origin `tools/csp.mjs` writes into the policy's `connect-src`, so
//! what is allowed here is exactly what the browser lets through).
//!
//! A link can never make the page show another site's data under this
//! site's address: `?feed=//other.host/x.json`, `/\other.host`,
//! `javascript:`, `data:`, `blob:`, `file:` and any absolute URL to an
//! origin not named by the deployer are refused, and the page says so.
//!
//! The URL is read the way a browser's URL parser reads it (WHATWG URL):
//! leading and trailing spaces and control characters are stripped, tabs
//! and newlines anywhere are dropped, a scheme is case-insensitive, `\`
//! counts as `/` in an http(s) URL, and two or more leading slashes start a
//! host. Whatever is accepted is handed on in a form whose origin was
//! checked; whatever is doubtful is refused.

/// The feed shipped beside the app, when the page names none.
pub const BUILT_IN_FEED: &str = "data/mpp.json";

/// What one feed URL (from `?feed=` or the meta tag) comes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedRef {
    /// Nothing given (absent, empty or only spaces).
    Absent,
    /// A reference on the page's own origin, as given (tabs, newlines and
    /// outer spaces removed): resolve it against the app's base.
    SameOrigin(String),
    /// An absolute http(s) URL on an allowed origin, rebuilt from the parts
    /// that were checked.
    Absolute(String),
    /// Another scheme, another origin, or something that cannot be read.
    Refused,
}

/// The feed the page reads, and whether a link's `?feed=` was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedChoice {
    /// What to fetch (resolve a relative one against the app's base).
    pub url: String,
    /// The deployer's feed: `url` is `default_url`.
    pub default_url: String,
    /// The link named a feed this page does not read; the default is shown.
    pub refused: bool,
}

/// Chooses the feed from the page's `?feed=` (`param`), the deployer's
/// `<meta name="peta-mpp-feed">` (`meta`) and the page's own origin
/// (`page_origin`, e.g. `https://peta-mpp.example`).
///
/// The deployer's meta may name any http(s) URL or a relative one (a meta
/// that is neither is ignored: the built-in feed is read). `?feed=` may
/// name a same-origin URL, or one on the deployer's feed's origin.
pub fn choose_feed(param: Option<&str>, meta: Option<&str>, page_origin: &str) -> FeedChoice {
    let meta_origin = meta.and_then(origin_of);
    let deployer: Vec<&str> = meta_origin.iter().map(String::as_str).collect();
    let default_url = match meta.map(|m| check_feed_ref(m, page_origin, &deployer)) {
        Some(FeedRef::SameOrigin(url) | FeedRef::Absolute(url)) => url,
        _ => BUILT_IN_FEED.to_owned(),
    };
    match param.map(|p| check_feed_ref(p, page_origin, &deployer)) {
        Some(FeedRef::SameOrigin(url) | FeedRef::Absolute(url)) => FeedChoice {
            url,
            default_url,
            refused: false,
        },
        Some(FeedRef::Refused) => FeedChoice {
            url: default_url.clone(),
            default_url,
            refused: true,
        },
        None | Some(FeedRef::Absent) => FeedChoice {
            url: default_url.clone(),
            default_url,
            refused: false,
        },
    }
}

/// Reads `raw` as a feed URL that may be fetched from a page on
/// `page_origin`: a same-origin reference, or an http(s) URL whose origin
/// is the page's or one of `allowed` (origins as `origin_of` writes them).
pub fn check_feed_ref(raw: &str, page_origin: &str, allowed: &[&str]) -> FeedRef {
    let cleaned = clean(raw);
    if cleaned.is_empty() {
        return FeedRef::Absent;
    }
    let page = origin_of(page_origin);
    let allowed_origin = |origin: &str| {
        page.as_deref() == Some(origin)
            || allowed
                .iter()
                .any(|a| origin_of(a).as_deref() == Some(origin))
    };
    let (scheme, after_scheme) = match split_scheme(&cleaned) {
        Some((scheme, rest)) => (scheme, rest),
        None => {
            if !starts_with_two_slashes(&cleaned) {
                // A path, `./x`, `../x`, `?x`: on the page's own origin.
                return FeedRef::SameOrigin(cleaned);
            }
            // `//host/x`, `/\host`, `\\host`: a host, under the page's scheme.
            let Some(scheme) = page
                .as_deref()
                .and_then(|p| p.split_once("://"))
                .map(|(s, _)| s)
            else {
                return FeedRef::Refused;
            };
            (scheme.to_owned(), cleaned.as_str())
        }
    };
    if scheme != "http" && scheme != "https" {
        return FeedRef::Refused;
    }
    // `https:x.json` is relative to some bases and not others: refused.
    let after_slashes = after_scheme.trim_start_matches(['/', '\\']);
    if after_slashes.len() == after_scheme.len() {
        return FeedRef::Refused;
    }
    let end = after_slashes
        .find(['/', '\\', '?', '#'])
        .unwrap_or(after_slashes.len());
    let (authority, rest) = after_slashes.split_at(end);
    let Some(origin) = origin_from_parts(&scheme, authority) else {
        return FeedRef::Refused;
    };
    if !allowed_origin(&origin) {
        return FeedRef::Refused;
    }
    let path = if rest.starts_with(['/', '\\']) {
        rest.replacen('\\', "/", 1)
    } else {
        format!("/{rest}")
    };
    FeedRef::Absolute(format!("{origin}{path}"))
}

/// The origin of an absolute http(s) URL, as a browser writes it
/// (`https://host` or `http://host:8080`: lower case, no default port);
/// `None` for a relative URL, another scheme, or a host this cannot read
/// (user names, percent-escapes, anything but letters, digits, `-`, `.`,
/// and an IPv6 address in brackets).
pub fn origin_of(url: &str) -> Option<String> {
    let cleaned = clean(url);
    let (scheme, rest) = split_scheme(&cleaned)?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let after_slashes = rest.trim_start_matches(['/', '\\']);
    if after_slashes.len() == rest.len() {
        return None;
    }
    let end = after_slashes
        .find(['/', '\\', '?', '#'])
        .unwrap_or(after_slashes.len());
    origin_from_parts(&scheme, &after_slashes[..end])
}

/// `scheme://authority` checked and normalised; `None` when the authority
/// holds a user name, an escape or anything but a plain host and port.
fn origin_from_parts(scheme: &str, authority: &str) -> Option<String> {
    let authority = authority.to_ascii_lowercase();
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => {
            let (address, after) = v6.split_once(']')?;
            if address.is_empty()
                || !address
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
            {
                return None;
            }
            let port = match after {
                "" => None,
                p => Some(p.strip_prefix(':')?),
            };
            (format!("[{address}]"), port)
        }
        None => {
            let (host, port) = match authority.split_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (authority.as_str(), None),
            };
            let plain = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.';
            if host.is_empty() || !host.chars().all(plain) || host.starts_with('.') {
                return None;
            }
            (host.to_owned(), port)
        }
    };
    let default_port = if scheme == "https" { 443 } else { 80 };
    let port = match port {
        None | Some("") => None,
        Some(p) if p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()) => {
            let n: u32 = p.parse().ok()?;
            if n > 65_535 {
                return None;
            }
            (n != default_port).then_some(n)
        }
        Some(_) => return None,
    };
    Some(match port {
        Some(port) => format!("{scheme}://{host}:{port}"),
        None => format!("{scheme}://{host}"),
    })
}

/// As a browser's URL parser sees it: outer spaces and control characters
/// stripped, tabs and newlines anywhere removed.
fn clean(raw: &str) -> String {
    raw.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// `scheme:` at the start (a letter, then letters, digits, `+`, `-`, `.`),
/// lower-cased, and what follows the colon.
fn split_scheme(url: &str) -> Option<(String, &str)> {
    let colon = url.find(':')?;
    let scheme = &url[..colon];
    let mut chars = scheme.chars();
    let first = chars.next()?;
    if !first.is_ascii_alphabetic()
        || !chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    {
        return None;
    }
    Some((scheme.to_ascii_lowercase(), &url[colon + 1..]))
}

/// `//`, `/\`, `\/` or `\\`: what follows is a host.
fn starts_with_two_slashes(url: &str) -> bool {
    let mut chars = url.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some('/' | '\\'), Some('/' | '\\'))
    )
}
