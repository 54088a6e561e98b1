//! Why the feed (or a file it names) could not be used. Told apart here, in
//! the domain, so the texts that explain it to a citizen need not know how
//! the app fetches.

use crate::parse::FeedError;

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// No answer at all: offline, DNS, CORS, refused.
    Network,
    /// The server answered with an error status.
    Http(u16),
    /// An answer came, but it is not a feed this app can read.
    Feed(FeedError),
}
