//! The statistics page's pieces: the growth chart and the coverage table.
pub mod coverage_table;
pub mod timeline_chart;
