//! Browser state as signals, one hook per file (after leptos-use).
pub mod use_clock;
pub mod use_filter_result;
pub mod use_full_load_after_update;
pub mod use_geolocation;
pub mod use_height_reporter;
pub mod use_in_view;
pub mod use_language;
pub mod use_links_leave_frame;
pub mod use_media_query;
pub mod use_page_ready;
pub mod use_service_worker;
pub mod use_share;
pub mod use_url_state;

pub use use_clock::{use_clock, UseClock};
pub use use_filter_result::{use_filter_result, UseFilterResult, UseFilterResultOptions};
pub use use_full_load_after_update::use_full_load_after_update;
pub use use_geolocation::{use_geolocation, GeoError, UseGeolocation};
pub use use_height_reporter::use_height_reporter;
pub use use_in_view::use_in_view;
pub use use_language::{use_language, UseLanguage};
pub use use_links_leave_frame::use_links_leave_frame;
pub use use_media_query::use_media_query;
pub use use_page_ready::{use_page_ready, PageReady};
pub use use_service_worker::{use_service_worker, UseServiceWorker};
pub use use_share::{copy_to_clipboard, use_share, ShareOutcome, UseShare};
pub use use_url_state::{use_url_state, UseUrlState};
