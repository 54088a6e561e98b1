//! What of the research's text a citizen reads: the maintainers' English
//! asides left out, nothing added. The heuristics that tell those notes
//! apart live here, where they are used: the app never needs them.

/// An address or hours statement as a citizen reads it: the maintainers'
/// English asides (a parenthesis, or a later part, in English) are left
/// out; nothing is added; empty when even its first part is English. The
/// full text stays in `data/`.
pub fn citizen_text(raw: &str) -> String {
    let kept = without_english_asides(raw);
    let mut address = String::new();
    for (i, part) in kept.split_inclusive([';', ',']).enumerate() {
        if !has_english(part) {
            address.push_str(part);
        } else if i == 0 {
            return String::new();
        }
    }
    address.trim_end_matches([',', ';', ' ']).to_owned()
}

/// A name or phrase from the sources for a citizen's page: its English
/// asides left out, or nothing when what is left is still the maintainers'
/// English ("KTP and KK with self-print machines").
pub fn citizen_phrase(raw: &str) -> Option<String> {
    let kept = without_english_asides(raw);
    (!kept.is_empty() && !has_english(&kept)).then_some(kept)
}

pub(crate) fn citizen_phrases(items: Vec<String>) -> Vec<String> {
    items.iter().filter_map(|i| citizen_phrase(i)).collect()
}

pub(crate) fn non_empty(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Words of the data maintainers' English notes that some source texts
/// carry ("(next to …)", "; previously …"). None is an Indonesian word.
const ENGLISH_MARKERS: [&str; 57] = [
    "the",
    "and",
    "of",
    "until",
    "since",
    "former",
    "shopping",
    "building",
    "floor",
    "centre",
    "temporary",
    "temporarily",
    "planned",
    "at",
    "in",
    "next",
    "to",
    "above",
    "across",
    "south",
    "north",
    "east",
    "west",
    "near",
    "behind",
    "opposite",
    "site",
    "with",
    "previously",
    "from",
    "on",
    "least",
    "once",
    "not",
    "only",
    "still",
    "being",
    "each",
    "own",
    "saturday",
    "sunday",
    "after",
    "opening",
    "hours",
    "closed",
    "for",
    "following",
    "visitors",
    "day",
    "days",
    "run",
    "by",
    "every",
    "some",
    "innovation",
    "local",
    "pages",
];

/// Whether `text` reads as the maintainers' English (a marker word in it).
pub fn has_english(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| ENGLISH_MARKERS.contains(&w.to_lowercase().as_str()))
}

/// `text` without its parenthesised asides that are in English; nothing
/// else changes (an aside may hold a `;` or `,` of its own, or an aside of
/// its own: "(full name: 'PANDORA (…) di Kebumen')" is one aside).
pub fn without_english_asides(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = matching_close(&rest[open..]).map(|c| open + c) else {
            break;
        };
        kept.push_str(&rest[..open]);
        if !has_english(&rest[open + 1..close]) {
            kept.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    kept.push_str(rest);
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The byte index of the `)` that closes the `(` `text` starts with.
fn matching_close(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::without_english_asides;

    #[test]
    fn an_english_aside_goes_whole_even_with_an_aside_inside() {
        assert_eq!(
            without_english_asides(
                "peran manajer (full name from the list: 'PANDORA (x) di Kebumen') dalam korporasi"
            ),
            "peran manajer dalam korporasi"
        );
        assert_eq!(
            without_english_asides("kampung ramah ASI (Puskesmas Loka)"),
            "kampung ramah ASI (Puskesmas Loka)",
            "an Indonesian aside stays"
        );
        assert_eq!(
            without_english_asides("buka (tidak tutup"),
            "buka (tidak tutup"
        );
    }
}
