//! The copy of a feed kept on the device (the app's `feed_client` stores
//! it), as JSON: `{"url", "saved_at", "text"}` for one copy, an array of
//! them for several. Written and read by `json` rather than serde, which is
//! no longer in the first download (issue 24); the shape is the one earlier
//! versions stored, so an update keeps a device's copies.

use crate::json::{self, Value};

/// A feed that parsed, kept on the device.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedFeed {
    pub url: String,
    /// Date and time it was fetched, on the device's clock.
    pub saved_at: String,
    /// The feed as fetched.
    pub text: String,
}

impl SavedFeed {
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(self.text.len() + self.text.len() / 8 + 64);
        self.write(&mut out);
        out
    }

    /// `None` for anything but one well-formed copy.
    pub fn from_json(text: &str) -> Option<SavedFeed> {
        Self::of(&json::parse(text).ok()?)
    }

    /// Several copies, most recent first.
    pub fn list_to_json(copies: &[SavedFeed]) -> String {
        let mut out = String::from("[");
        for (i, copy) in copies.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            copy.write(&mut out);
        }
        out.push(']');
        out
    }

    /// Several copies; none for anything but an array of them (a copy
    /// that is not one is dropped, the others kept).
    pub fn list_from_json(text: &str) -> Vec<SavedFeed> {
        match json::parse(text) {
            Ok(Value::Array(items)) => items.iter().filter_map(Self::of).collect(),
            _ => Vec::new(),
        }
    }

    fn write(&self, out: &mut String) {
        for (i, (key, value)) in [
            ("url", &self.url),
            ("saved_at", &self.saved_at),
            ("text", &self.text),
        ]
        .into_iter()
        .enumerate()
        {
            out.push(if i == 0 { '{' } else { ',' });
            json::write_string(out, key);
            out.push(':');
            json::write_string(out, value);
        }
        out.push('}');
    }

    fn of(v: &Value) -> Option<SavedFeed> {
        let text = |key| v.get(key)?.as_str().map(str::to_owned);
        Some(SavedFeed {
            url: text("url")?,
            saved_at: text("saved_at")?,
            text: text("text")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::SavedFeed;

    fn copy(n: u32) -> SavedFeed {
        SavedFeed {
            url: format!("https://example.go.id/feed-{n}.json"),
            saved_at: "2026-12-06T21:05".into(),
            text: format!("{{\"schema_version\":\"1.5\",\"mpps\":[\"é\\n\\\"{n}\\\"\"]}}\n"),
        }
    }

    #[test]
    fn reads_back_what_it_writes() {
        let one = copy(1);
        assert_eq!(SavedFeed::from_json(&one.to_json()), Some(one.clone()));
        let list = vec![copy(1), copy(2)];
        assert_eq!(
            SavedFeed::list_from_json(&SavedFeed::list_to_json(&list)),
            list
        );
        assert_eq!(
            SavedFeed::list_from_json(&SavedFeed::list_to_json(&[])),
            vec![]
        );
    }

    #[test]
    fn reads_what_earlier_versions_stored() {
        // serde_json's output for the same struct, as stored until this version.
        let stored = r#"{"url":"https://a.example/mpp.json","saved_at":"2026-12-01T08:00","text":"{\"a\":\"\\u00e9\"}"}"#;
        let copy = SavedFeed::from_json(stored).unwrap();
        assert_eq!(copy.url, "https://a.example/mpp.json");
        assert_eq!(copy.text, r#"{"a":"\u00e9"}"#);
        assert_eq!(copy.to_json(), stored);
    }

    #[test]
    fn bad_copies_are_none_or_dropped() {
        for bad in [
            "",
            "null",
            "[]",
            "{\"url\":\"x\"}",
            "{\"url\":1,\"saved_at\":\"\",\"text\":\"\"}",
            "{",
        ] {
            assert_eq!(SavedFeed::from_json(bad), None, "{bad}");
        }
        let mixed = format!("[{},1,{{}}]", copy(3).to_json());
        assert_eq!(SavedFeed::list_from_json(&mixed), vec![copy(3)]);
        assert_eq!(SavedFeed::list_from_json("{}"), vec![]);
    }
}
