//! The dated evidence behind a row, from the research's `batch_note`.

use domain::Evidence;

use crate::citizen_text::non_empty;

/// `[2023-10-31; high] what the source says || [2022; medium] …`
pub(crate) fn parse_evidence(batch_note: &str) -> Vec<Evidence> {
    batch_note
        .split("||")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| {
            let parsed = item.strip_prefix('[').and_then(|rest| rest.split_once(']'));
            match parsed {
                Some((head, text)) => {
                    let (date, confidence) = match head.split_once(';') {
                        Some((d, c)) => (d.trim(), c.trim()),
                        None => (head.trim(), ""),
                    };
                    Evidence {
                        date: non_empty(date).filter(|d| d != "undated" && d != "-"),
                        confidence: non_empty(confidence),
                        text: text.trim().to_owned(),
                    }
                }
                None => Evidence {
                    date: None,
                    confidence: None,
                    text: item.to_owned(),
                },
            }
        })
        .collect()
}
