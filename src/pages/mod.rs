//! One file per route.
pub mod about;
pub mod detail;
pub mod embed;
pub mod embed_generator;
pub mod home;
pub mod not_found;
pub mod statistics;

/// Sets the document title (the tab and what a screen reader announces first).
pub(crate) fn set_title(title: &str) {
    crate::browser::set_document_title(title);
}
