//! Fetching one publisher's feed over the network (issue 22, point 3), the
//! only place the builder touches the internet, and only under
//! `make publishers`. Every address, the first and each redirect, must be
//! https on the registered `go.id` domain or a subdomain of it; redirects are
//! followed here, by hand, so each one is checked; the body is cut at 1 MB
//! and the whole fetch at 10 s.

use std::time::{Duration, Instant};

use ureq::http::Uri;
use ureq::Agent;

/// The one host a test may fetch over plain http, and only when the policy
/// says so ([`FetchPolicy::allow_loopback_http`]).
pub const LOOPBACK: &str = "127.0.0.1";

/// The limits of a fetch. [`FetchPolicy::default`] is the real run's.
#[derive(Debug, Clone)]
pub struct FetchPolicy {
    /// Test-only: allow `http://127.0.0.1:<port>/…` for a publisher whose
    /// registered domain is exactly `127.0.0.1`. A normal run refuses http.
    pub allow_loopback_http: bool,
    /// For the whole fetch, redirects and body included.
    pub timeout: Duration,
    /// The largest body read; a longer one is refused.
    pub max_bytes: u64,
    /// Redirects followed before giving up.
    pub max_redirects: u32,
}

impl Default for FetchPolicy {
    fn default() -> Self {
        Self {
            allow_loopback_http: false,
            timeout: Duration::from_secs(10),
            max_bytes: 1_000_000,
            max_redirects: 5,
        }
    }
}

impl FetchPolicy {
    /// The test-only policy: loopback http allowed, the other limits the
    /// real run's.
    pub fn loopback_test() -> Self {
        Self {
            allow_loopback_http: true,
            ..Self::default()
        }
    }
}

/// A registered domain must be a `go.id` domain (a government's own; the
/// reviewer checks it is the regency's), or the test loopback when allowed.
pub fn check_domain(domain: &str, policy: &FetchPolicy) -> Result<(), String> {
    if policy.allow_loopback_http && domain == LOOPBACK {
        return Ok(());
    }
    if domain.len() > ".go.id".len() && domain.ends_with(".go.id") && !domain.starts_with('.') {
        Ok(())
    } else {
        Err(format!(
            "{domain} is not a go.id domain: a publisher is registered only under its government's own go.id domain"
        ))
    }
}

/// An address a fetch may use: https (or, for the test loopback only, http)
/// on the registered domain or a subdomain of it, without a user name.
pub fn check_url(url: &str, domain: &str, policy: &FetchPolicy) -> Result<(), String> {
    let uri: Uri = url
        .parse()
        .map_err(|e| format!("{url} is not an address: {e}"))?;
    let (Some(scheme), Some(authority)) = (uri.scheme_str(), uri.authority()) else {
        return Err(format!("{url} is not an absolute address"));
    };
    if authority.as_str().contains('@') {
        return Err(format!("{url} carries a user name: refused"));
    }
    let host = authority.host().trim_end_matches('.').to_ascii_lowercase();
    if host != domain && !host.ends_with(&format!(".{domain}")) {
        return Err(format!(
            "{url}: the host {host} is not the registered domain {domain} or a subdomain of it"
        ));
    }
    let loopback_allowed = policy.allow_loopback_http && domain == LOOPBACK && host == LOOPBACK;
    match scheme.to_ascii_lowercase().as_str() {
        "https" => Ok(()),
        "http" if loopback_allowed => Ok(()),
        _ => Err(format!("{url}: only https is fetched")),
    }
}

/// Fetches `url`, following at most `policy.max_redirects` redirects, each
/// checked by [`check_url`]. The body's bytes, or why there are none.
pub fn fetch(url: &str, domain: &str, policy: &FetchPolicy) -> Result<Vec<u8>, String> {
    let deadline = Instant::now() + policy.timeout;
    let mut current = url.to_string();
    for hop in 0..=policy.max_redirects {
        check_url(&current, domain, policy).map_err(|e| match hop {
            0 => e,
            _ => format!("redirected to {e}"),
        })?;
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            return Err(timed_out(policy));
        }
        let mut response = agent(&current, remaining)
            .get(&current)
            .call()
            .map_err(|e| describe(e, policy))?;
        let status = response.status().as_u16();
        match status {
            200 => {}
            301 | 302 | 303 | 307 | 308 => {
                let location = response
                    .headers()
                    .get("location")
                    .and_then(|v| v.to_str().ok())
                    .ok_or_else(|| format!("HTTP {status} from {current} without a Location"))?;
                current = resolve(&current, location);
                continue;
            }
            _ => return Err(format!("HTTP {status} from {current}")),
        }
        let declared = response
            .headers()
            .get("content-length")
            .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
        if declared.is_some_and(|n| n > policy.max_bytes) {
            return Err(too_large(policy));
        }
        return response
            .body_mut()
            .with_config()
            .limit(policy.max_bytes)
            .read_to_vec()
            .map_err(|e| describe(e, policy));
    }
    Err(format!(
        "more than {} redirects from {url}",
        policy.max_redirects
    ))
}

/// An agent for one request: no redirects of its own, every status
/// returned as a response, the time left of the fetch's budget, no gzip
/// (the limit and the hash are of the bytes sent). No proxy for the test
/// loopback; a real run honours the environment's proxy.
fn agent(url: &str, remaining: Duration) -> Agent {
    let builder = Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_global(Some(remaining))
        .user_agent("peta-mpp-publishers/1 (make publishers)");
    let builder = if url.contains(&format!("://{LOOPBACK}")) {
        builder.proxy(None)
    } else {
        builder
    };
    builder.build().into()
}

/// A redirect's `Location`, absolute or relative, as an absolute address.
fn resolve(base: &str, location: &str) -> String {
    let lower = location.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return location.to_string();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("https", base));
    if let Some(scheme_relative) = location.strip_prefix("//") {
        return format!("{scheme}://{scheme_relative}");
    }
    let authority = rest.split('/').next().unwrap_or_default();
    if location.starts_with('/') {
        return format!("{scheme}://{authority}{location}");
    }
    let path = &rest[authority.len()..];
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    let dir = if dir.is_empty() { "/" } else { dir };
    format!("{scheme}://{authority}{dir}{location}")
}

fn describe(error: ureq::Error, policy: &FetchPolicy) -> String {
    match error {
        ureq::Error::Timeout(_) => timed_out(policy),
        ureq::Error::BodyExceedsLimit(_) => too_large(policy),
        ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => timed_out(policy),
        e => format!("fetch failed: {e}"),
    }
}

fn timed_out(policy: &FetchPolicy) -> String {
    format!(
        "no complete answer within {} s: stopped (timeout)",
        policy.timeout.as_secs_f32()
    )
}

fn too_large(policy: &FetchPolicy) -> String {
    format!(
        "larger than {} bytes: stopped reading (the limit is {} MB)",
        policy.max_bytes,
        policy.max_bytes as f64 / 1_000_000.0
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_redirects_resolve_against_the_address_they_came_from() {
        let base = "https://buolkab.go.id/data/mpp.json";
        assert_eq!(resolve(base, "/x.json"), "https://buolkab.go.id/x.json");
        assert_eq!(resolve(base, "y.json"), "https://buolkab.go.id/data/y.json");
        assert_eq!(resolve(base, "//evil.example/z"), "https://evil.example/z");
        assert_eq!(resolve(base, "HTTPS://a.go.id/"), "HTTPS://a.go.id/");
    }

    #[test]
    fn only_https_on_the_registered_go_id_domain_passes() {
        let real = FetchPolicy::default();
        let domain = "buolkab.go.id";
        assert!(check_url("https://buolkab.go.id/mpp.json", domain, &real).is_ok());
        assert!(check_url("https://mpp.buolkab.go.id/mpp.json", domain, &real).is_ok());
        for bad in [
            "http://buolkab.go.id/mpp.json",
            "https://buolkab.go.id.evil.example/mpp.json",
            "https://evilbuolkab.go.id/mpp.json",
            "https://buolkab.go.id@evil.example/mpp.json",
            "ftp://buolkab.go.id/mpp.json",
        ] {
            assert!(check_url(bad, domain, &real).is_err(), "{bad} passed");
        }
        assert!(check_domain("buolkab.go.id", &real).is_ok());
        for bad in ["go.id", ".go.id", "buolkab.com", "127.0.0.1"] {
            assert!(check_domain(bad, &real).is_err(), "{bad} passed");
        }
    }

    #[test]
    fn loopback_http_needs_the_test_switch_and_the_loopback_domain() {
        let url = "http://127.0.0.1:9/feed.json";
        assert!(check_url(url, LOOPBACK, &FetchPolicy::default()).is_err());
        assert!(check_domain(LOOPBACK, &FetchPolicy::default()).is_err());
        let test = FetchPolicy::loopback_test();
        assert!(check_url(url, LOOPBACK, &test).is_ok());
        assert!(check_domain(LOOPBACK, &test).is_ok());
        // The switch opens http for the loopback only.
        assert!(check_url("http://buolkab.go.id/x.json", "buolkab.go.id", &test).is_err());
    }
}
