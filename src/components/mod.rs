//! Reusable pieces of UI.
pub mod badges;
pub mod feed_status;
pub mod map;
pub mod mpp_list;
pub mod site_footer;
