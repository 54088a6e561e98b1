//! `make publishers` (issue 22, point 3): for each registered publisher,
//! fetch its feed ([`crate::fetch`]), check it ([`crate::publisher::check`],
//! then [`crate::feed_rules`]), and store a good one as
//! `data/publishers/<regency_code>.json` with when it was fetched and its
//! hash. A failing feed leaves the last good copy untouched; a publisher
//! taken off the registry has its copy removed. The rest of the build reads
//! only these stored copies, so it stays offline and reproducible.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::feed_rules::{owner_rules, rfc3339_utc};
use crate::fetch::{fetch, FetchPolicy};
use crate::publisher::{self, Problem};
use crate::registry::{Publisher, Registry, Seats};

/// The folder of stored copies in the data directory.
pub const STORED_DIR: &str = "publishers";

/// A stored copy, `data/publishers/<regency_code>.json`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct StoredCopy {
    pub regency_code: String,
    pub feed_url: String,
    /// When this content was first fetched (RFC 3339, UTC). A later fetch of
    /// the same bytes leaves the copy as it is.
    pub fetched_at: String,
    /// SHA-256 of the body as fetched, in hex.
    pub sha256: String,
    /// The publisher file as parsed (schema 1.0).
    pub feed: Value,
}

/// What became of one publisher's feed.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Fetched and good; `new` when its hash differs from the stored copy's.
    Fetched { new: bool, sha256: String },
    /// Fetched or checked without success; the stored copy of `fetched_at` stays.
    KeptLastGood {
        fetched_at: String,
        reason: Vec<String>,
    },
    /// Without success, and no copy stored before.
    Refused { reason: Vec<String> },
}

/// The step's report: one outcome per registered publisher, in the
/// registry's order, and the copies removed with their publishers.
#[derive(Debug, Clone, PartialEq)]
pub struct StepReport {
    pub publishers: Vec<(Publisher, Outcome)>,
    pub removed: Vec<String>,
}

/// Runs the step over `registry`, storing copies under `data_dir` (the
/// folder is made with the first copy). An error only when the stored
/// copies cannot be read, written or removed.
pub fn run(
    registry: &Registry,
    seats: &Seats,
    data_dir: &Path,
    policy: &FetchPolicy,
    now_unix: i64,
) -> Result<StepReport, String> {
    let dir = data_dir.join(STORED_DIR);
    let mut publishers = Vec::new();
    for p in &registry.publishers {
        let path = stored_path(data_dir, &p.regency_code);
        let last = read_stored(&path);
        let seat = seats.get(&p.regency_code).copied().flatten();
        let outcome = match fetch_checked(p, seat, policy, now_unix) {
            Ok((body, feed)) => {
                let sha256 = hex_sha256(&body);
                let unchanged = last
                    .as_ref()
                    .is_some_and(|c| c.sha256 == sha256 && c.feed_url == p.feed_url);
                if !unchanged {
                    let copy = StoredCopy {
                        regency_code: p.regency_code.clone(),
                        feed_url: p.feed_url.clone(),
                        fetched_at: rfc3339_utc(now_unix),
                        sha256: sha256.clone(),
                        feed,
                    };
                    write_stored(&path, &copy)?;
                }
                Outcome::Fetched {
                    new: !unchanged,
                    sha256,
                }
            }
            Err(reason) => match (path.exists(), last) {
                (true, Some(c)) => Outcome::KeptLastGood {
                    fetched_at: c.fetched_at,
                    reason,
                },
                (true, None) => Outcome::KeptLastGood {
                    fetched_at: "unknown: the stored copy is unreadable".into(),
                    reason,
                },
                (false, _) => Outcome::Refused { reason },
            },
        };
        publishers.push((p.clone(), outcome));
    }
    let removed = remove_unregistered(&dir, registry)?;
    Ok(StepReport {
        publishers,
        removed,
    })
}

/// The fetched body and the parsed feed, or every reason it is refused.
fn fetch_checked(
    p: &Publisher,
    seat: Option<domain::geo::LatLon>,
    policy: &FetchPolicy,
    now_unix: i64,
) -> Result<(Vec<u8>, Value), Vec<String>> {
    let body = fetch(&p.feed_url, &p.domain, policy).map_err(|e| vec![e])?;
    let text = std::str::from_utf8(&body).map_err(|e| vec![format!("not UTF-8 text: {e}")])?;
    let feed = publisher::check(text).map_err(as_reasons)?;
    let problems = owner_rules(&feed, p, seat, now_unix);
    if problems.is_empty() {
        Ok((body, feed))
    } else {
        Err(as_reasons(problems))
    }
}

fn as_reasons(problems: Vec<Problem>) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

/// Where a regency's stored copy lives.
pub fn stored_path(data_dir: &Path, regency_code: &str) -> PathBuf {
    data_dir
        .join(STORED_DIR)
        .join(format!("{regency_code}.json"))
}

fn read_stored(path: &Path) -> Option<StoredCopy> {
    serde_json::from_str(&fs::read_to_string(path).ok()?).ok()
}

/// Writes through a temporary file, so an interrupted run never leaves half a copy.
fn write_stored(path: &Path, copy: &StoredCopy) -> Result<(), String> {
    let mut text = serde_json::to_string_pretty(copy).map_err(|e| e.to_string())?;
    text.push('\n');
    let partial = path.with_extension("json.partial");
    path.parent()
        .map_or(Ok(()), fs::create_dir_all)
        .and_then(|_| fs::write(&partial, text))
        .and_then(|_| fs::rename(&partial, path))
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Removes the stored copies of regencies no longer registered; their codes.
fn remove_unregistered(dir: &Path, registry: &Registry) -> Result<Vec<String>, String> {
    let mut removed = Vec::new();
    if !dir.exists() {
        return Ok(removed);
    }
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(code) = path
            .file_name()
            .and_then(|n| n.to_str()?.strip_suffix(".json"))
        else {
            continue;
        };
        if registry.publishers.iter().any(|p| p.regency_code == code) {
            continue;
        }
        fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        removed.push(code.to_string());
    }
    removed.sort();
    Ok(removed)
}

fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// At most this many reasons are printed per publisher.
const MAX_REASONS_SHOWN: usize = 5;

impl fmt::Display for StepReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (mut new, mut same, mut kept, mut refused) = (0, 0, 0, 0);
        for (p, outcome) in &self.publishers {
            let who = format!("{} {}", p.regency_code, p.name);
            let file = format!("{STORED_DIR}/{}.json", p.regency_code);
            let reason = match outcome {
                Outcome::Fetched {
                    new: is_new,
                    sha256,
                } => {
                    let hash = &sha256[..12];
                    let what = if *is_new {
                        new += 1;
                        format!("new (sha256 {hash}…), stored as {file}")
                    } else {
                        same += 1;
                        format!("unchanged (sha256 {hash}…), {file} kept as it was")
                    };
                    writeln!(f, "{who}: fetched, {what}")?;
                    continue;
                }
                Outcome::KeptLastGood { fetched_at, reason } => {
                    kept += 1;
                    writeln!(
                        f,
                        "{who}: kept the last good copy ({file}, fetched {fetched_at}), because:"
                    )?;
                    reason
                }
                Outcome::Refused { reason } => {
                    refused += 1;
                    writeln!(f, "{who}: refused, no copy stored, because:")?;
                    reason
                }
            };
            for r in reason.iter().take(MAX_REASONS_SHOWN) {
                writeln!(f, "    - {r}")?;
            }
            if reason.len() > MAX_REASONS_SHOWN {
                writeln!(f, "    … and {} more", reason.len() - MAX_REASONS_SHOWN)?;
            }
        }
        for code in &self.removed {
            writeln!(
                f,
                "{code}: no longer registered, {STORED_DIR}/{code}.json removed"
            )?;
        }
        write!(
            f,
            "{} publisher(s): {new} fetched new, {same} unchanged, {kept} kept the last good copy, {refused} refused; {} copy(ies) removed",
            self.publishers.len(),
            self.removed.len()
        )
    }
}
