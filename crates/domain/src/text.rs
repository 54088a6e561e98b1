//! Text folded for matching: lower case, accents removed, punctuation
//! turned into spaces, so "Kab. Pangkajene & Kepulauan" and "kab pangkajene"
//! meet as words.

/// Folds `text` into matching words.
pub fn words(text: &str) -> Vec<String> {
    fold(text).split_whitespace().map(str::to_owned).collect()
}

/// A name as a URL slug: "Kalimantan Selatan" → "kalimantan-selatan",
/// "Ma'rang" → "marang", "Tōkyō" → "tokyo". The feed builder gives every
/// MPP its slug with this, and the app matches `wilayah=` with it, so a
/// link made by one is always understood by the other.
pub fn slug(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join("-")
}

/// Lower case without accents, every non-alphanumeric character a space.
/// An apostrophe is dropped, not a space: "Ma'rang" is one word.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_apostrophe(c) {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii() {
            out.push(' ');
        } else if let Some(base) = strip_accent(c) {
            out.push(base);
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else {
            out.push(' ');
        }
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '`' | '\u{2018}' | '\u{2019}' | '\u{02BC}')
}

/// The base letter of a Latin letter with a diacritic (the ones names in
/// Indonesia and typing on phones produce), lower case.
fn strip_accent(c: char) -> Option<char> {
    let base = match c {
        'à'..='å' | 'À'..='Å' | 'ā' | 'Ā' => 'a',
        'ç' | 'Ç' => 'c',
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'Ē' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'Ī' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'Ø' | 'ō' | 'Ō' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'Ū' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        _ => return None,
    };
    Some(base)
}

/// True when `a` becomes `b` with at most one insertion, deletion,
/// substitution or swap of neighbouring letters.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        let (rest_a, rest_b) = (&a[prefix..], &b[prefix..]);
        // One substitution, or one swap of neighbours.
        rest_a[1..] == rest_b[1..]
            || (rest_a.len() >= 2
                && rest_a[0] == rest_b[1]
                && rest_a[1] == rest_b[0]
                && rest_a[2..] == rest_b[2..])
    } else {
        // One letter more in `long`.
        short[prefix..] == long[prefix + 1..]
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
