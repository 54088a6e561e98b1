//! Honest counting and the order the list is shown in.

use std::cmp::Ordering;

use crate::feed::{Mpp, MppStatus};

/// What the feed lists, against the nationally announced total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeedSummary {
    pub listed: usize,
    /// Confirmed, including the new ones. Unconfirmed ones never count here.
    pub confirmed: usize,
    pub new: usize,
    pub unconfirmed: usize,
    pub without_location: usize,
}

impl FeedSummary {
    pub fn of(mpps: &[Mpp]) -> Self {
        let count = |status| mpps.iter().filter(|m| m.status == status).count();
        let new = count(MppStatus::New);
        Self {
            listed: mpps.len(),
            confirmed: count(MppStatus::Confirmed) + new,
            new,
            unconfirmed: count(MppStatus::Unconfirmed),
            without_location: mpps.iter().filter(|m| m.location.is_none()).count(),
        }
    }
}

/// The list's order: the newest batch first, then by province code
/// (which runs roughly west to east), then by name.
pub fn list_order(a: &Mpp, b: &Mpp) -> Ordering {
    b.is_new()
        .cmp(&a.is_new())
        .then_with(|| a.province.code.cmp(&b.province.code))
        .then_with(|| a.name.cmp(&b.name))
}

/// Sorted by `list_order`, ties (never in a sound feed: the same name twice
/// in a province) by id, so one feed gives one order.
pub fn sort_for_list(mpps: &mut [Mpp]) {
    crate::order::sort_by(mpps, |a, b| list_order(a, b).then_with(|| a.id.cmp(&b.id)));
}
