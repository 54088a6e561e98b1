//! Reusable pieces of UI, one per file.
pub mod about_data;
pub mod badges;
pub mod directions;
pub mod feed_status;
pub mod hours_table;
pub mod innovation_entry;
pub mod language_switch;
pub mod licences;
pub mod map;
pub mod mpp_list;
pub mod near_me;
pub mod open_now;
pub mod search_panel;
pub mod share_button;
pub mod site_footer;
pub mod stats;
pub mod update_prompt;
