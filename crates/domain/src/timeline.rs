//! How the network grew: MPPs inaugurated per year and the running total,
//! from the feed's own dates. Unconfirmed MPPs are never counted; MPPs with
//! no date are counted apart and said.

use crate::feed::{Mpp, MppStatus};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearCount {
    pub year: u32,
    /// Confirmed MPPs inaugurated that year.
    pub inaugurated: usize,
    /// Confirmed MPPs with a date up to the end of that year.
    pub cumulative: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Timeline {
    /// Every year from the first to the last, gaps included (as zero).
    pub years: Vec<YearCount>,
    /// Confirmed MPPs without an inauguration date.
    pub undated: usize,
    /// Unconfirmed MPPs, left out.
    pub unconfirmed: usize,
}

impl Timeline {
    pub fn of(mpps: &[Mpp]) -> Timeline {
        let confirmed: Vec<&Mpp> = mpps
            .iter()
            .filter(|m| m.status != MppStatus::Unconfirmed)
            .collect();
        let dated: Vec<u32> = confirmed
            .iter()
            .filter_map(|m| m.inauguration_year())
            .collect();
        let (Some(&first), Some(&last)) = (dated.iter().min(), dated.iter().max()) else {
            return Timeline {
                years: Vec::new(),
                undated: confirmed.len(),
                unconfirmed: mpps.len() - confirmed.len(),
            };
        };
        let mut cumulative = 0;
        let years = (first..=last)
            .map(|year| {
                let inaugurated = dated.iter().filter(|&&y| y == year).count();
                cumulative += inaugurated;
                YearCount {
                    year,
                    inaugurated,
                    cumulative,
                }
            })
            .collect();
        Timeline {
            years,
            undated: confirmed.len() - dated.len(),
            unconfirmed: mpps.len() - confirmed.len(),
        }
    }

    /// The running total at the end of the last year.
    pub fn last_total(&self) -> usize {
        self.years.last().map_or(0, |y| y.cumulative)
    }
}
