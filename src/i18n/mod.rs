//! Every user-visible string: the words in `id.rs` (Bahasa Indonesia, the
//! default) and `en.rs`, a field each; the sentences built from numbers and
//! data as methods on `Texts`, one file per area (`list.rs`, `detail.rs`,
//! `hours.rs`, `status.rs`, `statistics.rs`, `innovations.rs`, `owner.rs`,
//! `calendar.rs`, `open_data.rs`, `editor.rs`), one `match` per language,
//! so a translation is read side by side. The words of a page with a chunk
//! of its own are a struct in that page's file (`about.rs`,
//! `embed_generator.rs`, `statistics.rs`, `detail.rs`, `editor.rs`): they
//! are downloaded with that page's code, not before. The language itself is
//! a signal in context, read by `texts()` where the words are shown.

mod about;
mod calendar;
mod detail;
mod editor;
mod embed_generator;
mod en;
mod hours;
mod id;
mod innovations;
mod list;
mod open_data;
mod owner;
mod statistics;
mod status;

use leptos::prelude::*;
use leptos::reactive::graph::Observer;

use domain::{dates::format_date, geo::format_km, Lang};

pub use editor::{EditorLabels, EditorPart};
pub use en::EN;
pub use id::ID;

/// The language pages are drawn in, in context: the app's choice (a signal
/// the language switch sets) or, pre-rendered, the page's language. Read
/// through `texts()` inside a closure, so a switch redraws the words only.
#[derive(Clone, Copy)]
pub struct Language(pub Signal<Lang>);

/// Puts `lang` in context for `texts()` below this owner.
pub fn provide_language(lang: Signal<Lang>) {
    provide_context(Language(lang));
}

/// The language in context, tracked when read inside a reactive closure
/// (a view's `move ||`, an effect), so that closure runs again on a switch.
/// Without one (no app around, e.g. a test), Bahasa Indonesia.
pub fn current_language() -> Lang {
    let Some(Language(lang)) = use_context::<Language>() else {
        return Lang::default();
    };
    // Outside a reactive closure (a component's body, an event handler)
    // the value is read as it is now, without a debug build's warning.
    if Observer::get().is_some() {
        lang.get()
    } else {
        lang.get_untracked()
    }
}

/// One of `Texts`' words, named for a component's prop (`label=|t| t.retry`)
/// and read in the language of the moment where it is shown.
pub type Word = fn(&'static Texts) -> &'static str;

/// `word` as a view or an attribute's value that follows the language:
/// `{tr(|t| t.retry)}`. One closure type for every such word, so the many
/// words of the pages share one copy of the code that keeps them current.
pub fn tr(word: Word) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || word(texts())
}

impl Texts {
    /// `id` or `en`, whichever is this language's: a page's own words.
    fn either<T>(&self, id: &'static T, en: &'static T) -> &'static T {
        match self.lang {
            Lang::Id => id,
            Lang::En => en,
        }
    }
}

pub fn texts_for(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

pub struct Texts {
    pub lang: Lang,
    /// Names the other language, in that language (the switch's label).
    pub other_language: &'static str,
    pub language_label: &'static str,
    pub skip_link: &'static str,
    /// Under a pre-rendered page when scripts cannot run.
    pub noscript_prerendered: &'static str,
    pub app_name: &'static str,
    pub home_title: &'static str,
    pub list_label: &'static str,
    pub loading: &'static str,
    pub retry: &'static str,
    /// `?feed=` named a feed this page does not read; the default is shown.
    pub feed_link_refused: &'static str,
    pub badge_new: &'static str,
    pub badge_unconfirmed: &'static str,
    pub no_data: &'static str,
    pub inaugurated: &'static str,
    pub back_to_list: &'static str,
    pub regency: &'static str,
    pub province: &'static str,
    pub location: &'static str,
    pub hours: &'static str,
    pub services: &'static str,
    pub website: &'static str,
    pub sources: &'static str,
    pub mpp_not_found: &'static str,
    pub mpp_not_found_body: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub data_as_of: &'static str,
    pub licences: &'static str,
    pub skipped_records: &'static str,
    pub map_label: &'static str,
    pub map_failed: &'static str,
    pub see_details: &'static str,
    pub show_on_map: &'static str,
    pub cluster_suffix: &'static str,
    /// After `cluster_suffix`, on a cluster that holds a new MPP.
    pub cluster_holds_new: &'static str,
    pub fallback_attribution: &'static str,
    pub tab_list: &'static str,
    pub tab_map: &'static str,
    pub views_label: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub filters_label: &'static str,
    /// Under "Saring" until the filters' code is here (`FilterGrid`).
    pub filters_loading: &'static str,
    pub filters_failed: &'static str,
    pub all_provinces: &'static str,
    pub service_filter: &'static str,
    pub all_services: &'static str,
    pub year_filter: &'static str,
    pub all_years: &'static str,
    pub clear_filters: &'static str,
    pub no_results: &'static str,
    pub locate: &'static str,
    pub locating: &'static str,
    pub clear_location: &'static str,
    pub nearest_first: &'static str,
    pub your_location: &'static str,
    pub geo_denied: &'static str,
    pub geo_unavailable: &'static str,
    pub geo_timeout: &'static str,
    pub geo_unsupported: &'static str,
    pub from_you: &'static str,
    pub hours_unknown: &'static str,
    pub open_now: &'static str,
    pub closing_soon: &'static str,
    pub closed: &'static str,
    pub until: &'static str,
    pub break_from: &'static str,
    pub opens: &'static str,
    pub weekdays: [&'static str; 7],
    pub directions: &'static str,
    pub share: &'static str,
    pub link_copied: &'static str,
    pub copy_this_link: &'static str,
    pub show_more: &'static str,
    /// The link to `/semua` in pre-rendered pages (read without JavaScript).
    pub show_all: &'static str,
    /// `/semua`'s title.
    pub all_mpps_title: &'static str,
    pub bad_params: &'static str,
    pub embed_all_title: &'static str,
    pub embed_open_full_label: &'static str,
    pub embed_unknown_region: &'static str,
    pub embed_widen_to: &'static str,
    pub embed_widen_all: &'static str,
    pub embed_link: &'static str,
    pub stats_link: &'static str,
    pub about_link: &'static str,
    pub col_share: &'static str,
    /// Said after a sortable column's name ("Cakupan — urutkan").
    pub sort_by: &'static str,
    pub coverage_map_label: &'static str,
    pub region: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    /// A page whose code (its own chunk) could not be downloaded.
    pub page_load_failed: &'static str,
    pub page_load_failed_why: &'static str,
    pub page_load_failed_again: &'static str,
    pub page_load_retrying: &'static str,
    /// While a page's code downloads (a slow link).
    pub page_loading: &'static str,
    pub data_generated: &'static str,
    /// High, medium, medium (inferred), low.
    pub confidence_levels: [&'static str; 4],
}

/// What a detail page or an innovation may lack; said once, in one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Address,
    Hours,
    Services,
    InaugurationDate,
    /// An innovation's (`/inovasi`).
    Region,
    Category,
    Description,
}

/// The words in the language in context: call it where the words are used,
/// inside the closure that shows them (`{tr(|t| t.home_title)}`), not
/// once in a component's body, so a language switch changes them in place.
pub fn texts() -> &'static Texts {
    texts_for(current_language())
}

impl Texts {
    /// A partial date in this language ("15 Desember 2025" / "15 December 2025").
    pub fn date(&self, date: &str) -> String {
        format_date(date, self.lang)
    }

    pub fn km(&self, km: f64) -> String {
        format_km(km, self.lang == Lang::Id)
    }
}
