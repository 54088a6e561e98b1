//! What the list and the map show: the feed narrowed by the search and the
//! filters, ranked by the search or sorted by distance. List and map get the
//! same result, so they never disagree.

use crate::feed::{Holidays, Mpp};
use crate::geo::{distance_km, LatLon};
use crate::hours_calendar::{open_at_in_feed, OpenAt, OpenAtAnswer};
use crate::region::Region;
use crate::search::{Query, Rank, SearchIndex};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    pub query: String,
    /// Province code.
    pub province: Option<String>,
    /// Service-category id.
    pub category: Option<String>,
    /// Only the MPPs of the newest batch.
    pub new_only: bool,
    /// Inauguration year.
    pub year: Option<u32>,
    /// A region an embedding site is limited to.
    pub region: Option<Region>,
    /// Open at a chosen day and time: MPPs whose hours are unknown are
    /// never hidden by it, they follow the matching ones.
    pub open_at: Option<OpenAt>,
}

impl Filters {
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty()
            || self.province.is_some()
            || self.category.is_some()
            || self.new_only
            || self.year.is_some()
            || self.region.is_some()
            || self.open_at.is_some()
    }
}

/// One MPP of a result: its index in the feed and, with a position, how far.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub index: usize,
    pub distance_km: Option<f64>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FilterResult {
    pub hits: Vec<Hit>,
    /// With a category filter: MPPs that pass every other filter but have no
    /// service list yet, so may offer it too. Said, never silently hidden.
    pub without_service_list: usize,
    /// How many of `hits` have no point: on the list only, not on the map.
    pub without_location: usize,
    /// With "open at": how many of `hits`, at their end, have hours that
    /// are unknown or too old to vouch for (the others are open then).
    pub hours_unknown: usize,
}

/// How an MPP answers "open at": [`open_at_in_feed`], passed in rather than called
/// here so that a browser build can keep the hours' code out of its first
/// download (it loads it as a chunk of its own and hands it over).
pub type OpenAtRule = fn(&Mpp, &Holidays, OpenAt, f64) -> OpenAtAnswer;

/// What "open at" is asked against: the time, the feed's holidays (as the
/// feed keeps them: only the rule reads them) and the rule that answers.
#[derive(Clone, Copy, Debug)]
pub struct Clock<'a> {
    pub now_ms: f64,
    pub holidays: &'a Holidays,
    pub open_at: OpenAtRule,
}

impl<'a> Clock<'a> {
    /// The clock with [`open_at_in_feed`] itself.
    pub fn new(now_ms: f64, holidays: &'a Holidays) -> Self {
        Clock {
            now_ms,
            holidays,
            open_at: open_at_in_feed,
        }
    }
}

/// Applies `filters` to `mpps` (indexed by `index`, in the same order). With
/// a query the best matches come first; with `near` the nearest come first
/// (MPPs without a point last); otherwise the feed's order is kept.
pub fn apply(
    mpps: &[Mpp],
    index: &SearchIndex,
    filters: &Filters,
    near: Option<LatLon>,
) -> FilterResult {
    apply_at(mpps, index, filters, near, None)
}

/// [`apply`], with the clock "open at" needs (without one it is ignored).
/// MPPs open then come first, in the order [`apply`] gives; those whose
/// hours are unknown follow, in the same order.
pub fn apply_at(
    mpps: &[Mpp],
    index: &SearchIndex,
    filters: &Filters,
    near: Option<LatLon>,
    clock: Option<Clock<'_>>,
) -> FilterResult {
    let open_at_clock = filters.open_at.zip(clock);
    let query = Query::new(&filters.query);
    let ranks = if query.is_empty() {
        None
    } else {
        Some(index.rank_all(&query))
    };
    // An unknown category id matches nothing (and the page says so).
    let category_bit = filters
        .category
        .as_deref()
        .map(|id| index.category_bit(id).unwrap_or(0));
    let mut without_service_list = 0;
    let mut without_location = 0;
    let mut ranked: Vec<(Rank, Hit)> = Vec::new();
    // With "open at": the MPPs whose hours are unknown, listed after.
    let mut unknown: Vec<(Rank, Hit)> = Vec::new();
    for (i, mpp) in mpps.iter().enumerate() {
        let rank = match &ranks {
            Some(ranks) => match ranks.get(i).copied().flatten() {
                Some(rank) => rank,
                None => continue,
            },
            None => Rank {
                inexact: true,
                score: 0,
            },
        };
        if filters
            .province
            .as_ref()
            .is_some_and(|p| *p != mpp.province.code)
            || (filters.new_only && !mpp.is_new())
            || filters
                .year
                .is_some_and(|y| mpp.inauguration_year() != Some(y))
            || filters.region.as_ref().is_some_and(|r| !r.contains(mpp))
        {
            continue;
        }
        let unknown_hours = match open_at_clock {
            Some((at, clock)) => match (clock.open_at)(mpp, clock.holidays, at, clock.now_ms) {
                OpenAtAnswer::Open => false,
                OpenAtAnswer::Unknown => true,
                OpenAtAnswer::Closed => continue,
            },
            None => false,
        };
        if let Some(bit) = category_bit {
            let services = index.services_of(i);
            if services == 0 {
                without_service_list += 1;
                continue;
            }
            if services & bit == 0 {
                continue;
            }
        }
        let distance_km = near.zip(mpp.location.as_ref()).map(|(from, to)| {
            distance_km(
                from,
                LatLon {
                    lat: to.lat,
                    lon: to.lon,
                },
            )
        });
        if mpp.location.is_none() {
            without_location += 1;
        }
        let hit = Hit {
            index: i,
            distance_km,
        };
        if unknown_hours {
            unknown.push((rank, hit));
        } else {
            ranked.push((rank, hit));
        }
    }
    let by_distance = near.is_some();
    let by_rank = ranks.is_some();
    let order = |list: &mut Vec<(Rank, Hit)>| {
        // The lists are in the feed's order and the sort is stable: ties
        // keep it.
        if by_distance {
            crate::order::sort_by(list, |(_, a), (_, b)| {
                match (a.distance_km, b.distance_km) {
                    (Some(x), Some(y)) => x.total_cmp(&y),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                }
            });
        } else if by_rank {
            crate::order::sort_by(list, |(a, _), (b, _)| a.cmp(b));
        }
    };
    order(&mut ranked);
    order(&mut unknown);
    let hours_unknown = unknown.len();
    FilterResult {
        hits: ranked
            .into_iter()
            .chain(unknown)
            .map(|(_, hit)| hit)
            .collect(),
        without_service_list,
        without_location,
        hours_unknown,
    }
}

/// The inauguration years present in the feed, newest first.
pub fn years(mpps: &[Mpp]) -> Vec<u32> {
    let mut years: Vec<u32> = mpps.iter().filter_map(Mpp::inauguration_year).collect();
    crate::order::sort_by(&mut years, |a, b| b.cmp(a));
    years.dedup();
    years
}

/// The provinces present in the feed as (code, name), by code.
pub fn provinces(mpps: &[Mpp]) -> Vec<(String, String)> {
    let mut provinces: Vec<(String, String)> = mpps
        .iter()
        .map(|m| (m.province.code.clone(), m.province.name.clone()))
        .collect();
    crate::order::sort(&mut provinces);
    provinces.dedup_by(|a, b| a.0 == b.0);
    provinces
}
