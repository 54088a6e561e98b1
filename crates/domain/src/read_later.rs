//! A part of the feed kept as JSON and read the first time it is used.
//!
//! The holidays and an MPP's dated exceptions matter only to "open now" and
//! "open at", whose code the browser build loads as a chunk after the feed
//! (`src/hooks/use_hours_code.rs`). Reading them in `parse_feed` put their
//! reader (dates, kinds, hours) in the first download: about 0.9 KB brotli
//! of code for data most pages never look at (issue 23). Kept as JSON, they
//! are read by the first code that dereferences them, and only that code
//! links the reader, so in the browser it travels in the chunk.

use std::fmt;
use std::ops::Deref;
use std::sync::OnceLock;

use crate::json::Value;

/// What a [`ReadLater`] becomes: read leniently, an unreadable entry left
/// out and never guessed.
pub trait FromJson: Default {
    fn from_json(json: &Value) -> Self;
}

/// `T`, kept as its JSON until first dereferenced.
pub struct ReadLater<T> {
    json: Value,
    read: OnceLock<T>,
}

impl<T> ReadLater<T> {
    /// Kept as `json`, read on first use.
    pub fn of(json: Value) -> Self {
        ReadLater {
            json,
            read: OnceLock::new(),
        }
    }
}

impl<T: FromJson> Deref for ReadLater<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.read.get_or_init(|| T::from_json(&self.json))
    }
}

/// Already read (built in code, or by serde).
impl<T> From<T> for ReadLater<T> {
    fn from(value: T) -> Self {
        ReadLater {
            json: Value::Null,
            read: OnceLock::from(value),
        }
    }
}

impl<T: Default> Default for ReadLater<T> {
    fn default() -> Self {
        T::default().into()
    }
}

impl<T: Clone> Clone for ReadLater<T> {
    fn clone(&self) -> Self {
        ReadLater {
            json: self.json.clone(),
            read: self.read.clone(),
        }
    }
}

/// Equal when made from the same JSON, or when both were given values that
/// are equal. Comparing never reads (a value read from JSON and the same
/// value given in code compare unequal): `Mpp`'s equality runs in the first
/// download, which must not link the reader.
impl<T: PartialEq> PartialEq for ReadLater<T> {
    fn eq(&self, other: &Self) -> bool {
        self.json == other.json
            && match (self.read.get(), other.read.get()) {
                (Some(a), Some(b)) => a == b,
                // Made from the same (non-null) JSON: read alike.
                _ => true,
            }
    }
}

impl<T: Eq> Eq for ReadLater<T> {}

impl<T: fmt::Debug> fmt::Debug for ReadLater<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.read.get() {
            Some(value) => value.fmt(f),
            None => write!(f, "(not read yet) {:?}", self.json),
        }
    }
}

impl<T: FromJson + serde::Serialize> serde::Serialize for ReadLater<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

/// For `skip_serializing_if`.
pub fn is_empty<E>(list: &ReadLater<Vec<E>>) -> bool
where
    Vec<E>: FromJson,
{
    list.is_empty()
}
