//! The list a page at a time: the rows on screen for a result.

use crate::feed::Mpp;
use crate::filters::Hit;

/// One row of the list: an MPP and, when the user shared a position, how far.
#[derive(Clone, Debug, PartialEq)]
pub struct ListEntry {
    pub mpp: Mpp,
    pub distance_km: Option<f64>,
}

/// The rows a list shows: the first `limit` hits, and whole pages more when
/// the selected MPP lies further down (a shared link must show it).
pub fn list_page(
    mpps: &[Mpp],
    hits: &[Hit],
    selected: Option<&str>,
    limit: usize,
    page_size: usize,
) -> Vec<ListEntry> {
    let wanted = selected
        .and_then(|slug| hits.iter().position(|h| mpps[h.index].slug == slug))
        .map_or(0, |i| i + 1);
    let count = limit.max(wanted.div_ceil(page_size.max(1)) * page_size);
    hits.iter()
        .take(count)
        .map(|h| ListEntry {
            mpp: mpps[h.index].clone(),
            distance_km: h.distance_km,
        })
        .collect()
}

impl ListEntry {
    /// What identifies a row on screen: a new distance is a new row.
    pub fn key(&self) -> (String, Option<u64>) {
        (self.mpp.id.clone(), self.distance_km.map(f64::to_bits))
    }
}
