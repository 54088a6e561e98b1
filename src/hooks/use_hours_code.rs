//! The code behind "open now" and "open at": the verdict on an MPP's own
//! clock with national holidays, joint-leave days and its dated exceptions,
//! and the sentences that say it. Few MPPs have hours, and pre-rendered
//! pages leave "open now" blank for the browser to say, so the browser
//! build (feature `split`) keeps this code in a wasm chunk of its own,
//! fetched once the feed is here instead of inside the first download
//! (issue 23: holidays add their data to the first load, not their code). Until
//! it is here a row with hours keeps the pre-rendered blank line and "open
//! at" lists nothing yet; one that could not be had is asked for again
//! (`use_chunk.rs`).

use leptos::prelude::*;

use crate::i18n::texts;
use domain::{
    feed::Holidays,
    filters::OpenAtRule,
    hours::{hours_vouched_for, local_date, TimeZone},
    hours_calendar::{open_at_in_feed, verdict, Calendar, OpenAt},
    Mpp,
};

/// The hours' code, once it is here.
#[derive(Clone, Copy)]
pub struct HoursCode {
    /// The "open now" line of an MPP with hours at a time (Unix ms): its
    /// words in the language in context, and its kind (`open-state-{kind}`).
    pub open_now: fn(&Mpp, &Holidays, f64) -> (String, &'static str),
    /// How an MPP answers "open at".
    pub open_at: OpenAtRule,
    /// "Open at" 's count line: (the day and time, open then, unknown).
    pub open_at_count: fn(OpenAt, usize, usize) -> String,
}

/// The hours' code, in context.
#[derive(Clone, Copy)]
pub struct UseHoursCode {
    /// `None` until the code is here.
    pub code: Signal<Option<HoursCode>>,
}

/// The hours' code, loaded once the feed is here (at once where it is not
/// split: natively, in the component tests). Needs the feed's store in
/// context.
pub fn use_hours_code() -> UseHoursCode {
    #[cfg(not(feature = "split"))]
    let code = Signal::stored(Some(hours_code()));
    #[cfg(feature = "split")]
    let code = {
        // Asked for once the feed is here (it answers nothing without it),
        // so it never slows the feed's own download.
        let store = crate::state::use_feed_store();
        let here = Signal::derive(move || store.feed.with(Option::is_some));
        let code = RwSignal::new(None);
        crate::hooks::use_chunk(here, move || {
            Box::pin(async move {
                code.set(Some(hours_code::load().await?));
                Ok(())
            })
        });
        code.into()
    };
    UseHoursCode { code }
}

/// The code itself: what the chunk hands over.
fn hours_code() -> HoursCode {
    HoursCode {
        open_now,
        open_at: open_at_in_feed,
        open_at_count: |at, open, unknown| texts().open_at_count(at, open, unknown),
    }
}

/// "Buka sekarang", "Tutup sebentar lagi" or "Tutup", with the feed's
/// holidays and the MPP's exceptions, only from hours stated recently
/// enough to vouch for (older ones are dated and said to be possibly out of
/// date); "jam layanan belum tercatat" where they cannot be read. The
/// holidays and exceptions are read here, the first time (`read_later.rs`).
fn open_now(mpp: &Mpp, holidays: &Holidays, now: f64) -> (String, &'static str) {
    let zone = TimeZone::of_province(&mpp.province.code);
    let vouched = zone.is_some_and(|zone| hours_vouched_for(mpp, local_date(now, zone)));
    if !vouched {
        return (
            texts().hours_may_have_changed(mpp.hours_as_of.as_deref()),
            "dated",
        );
    }
    zone.and_then(|zone| {
        let v = verdict(&mpp.hours, Calendar::of(mpp, holidays), zone, now)?;
        Some(texts().verdict(&v, zone.abbreviation()))
    })
    .unwrap_or_else(|| (texts().hours_unknown.to_owned(), "unknown"))
}

// The hours' code as a chunk (used where split; elsewhere it is set at once).
split_chunk!(hours_code::load() -> HoursCode { hours_code() });
