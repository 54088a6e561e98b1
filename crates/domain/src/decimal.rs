//! Decimal numbers as the home page writes and reads them (a map view in
//! the URL, a distance), without `core`'s float printing and parsing:
//! `format!("{:.3}", x)` and `str::parse::<f64>` bring Grisu, Dragon and
//! Eisel–Lemire with their tables (about 15 KB of wasm) into the browser's
//! first download. The feed's numbers are serde_json's to read.

/// `value` rounded to `decimals` places (half away from zero), written with
/// a point, as `format!("{value:.decimals$}")` writes it but for a value a
/// hair off a tie, and for a negative value that rounds to zero (no "-0").
/// Empty for what is not a number of this app's size (not finite, or past
/// 10^15 once scaled).
pub fn fixed(value: f64, decimals: u32) -> String {
    let scale = 10_u64.pow(decimals);
    let scaled = (value * scale as f64).round();
    if !scaled.is_finite() || scaled.abs() >= 1e15 {
        return String::new();
    }
    let units = scaled.abs() as u64;
    let mut text = String::new();
    if scaled < 0.0 {
        text.push('-');
    }
    text.push_str(&(units / scale).to_string());
    if decimals > 0 {
        let fraction = (units % scale).to_string();
        text.push('.');
        for _ in fraction.len()..decimals as usize {
            text.push('0');
        }
        text.push_str(&fraction);
    }
    text
}

/// A plain decimal ("-7.405", "10", "8.5"): an optional sign, digits, and
/// an optional point with more digits; no exponent, at most 15 digits on
/// either side of the point (within those, as exact as `str::parse`'s
/// value to a few parts in 10^16).
pub fn parse(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |part: &str| -> Option<u64> {
        if part.len() > 15 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(part.bytes().fold(0, |n, b| n * 10 + u64::from(b - b'0')))
    };
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let value =
        digits(whole)? as f64 + digits(fraction)? as f64 / 10_u64.pow(fraction.len() as u32) as f64;
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::{fixed, parse};

    #[test]
    fn reads_what_str_parse_reads() {
        for i in -30_000..30_000 {
            for text in [
                format!("{:.3}", i as f64 * 0.017_3),
                format!("{}", i / 7),
                format!("{:.1}", i as f64 / 11.0),
                format!("{:.6}", i as f64 * 0.000_731),
            ] {
                let expected: f64 = text.parse().unwrap();
                let got = parse(&text).unwrap_or_else(|| panic!("{text} not read"));
                assert!(
                    (got - expected).abs() <= expected.abs() * 4e-16,
                    "{text}: {got} ≠ {expected}"
                );
            }
        }
        assert_eq!(parse("+2.5"), Some(2.5));
        assert_eq!(parse(".5"), Some(0.5));
        assert_eq!(parse("5."), Some(5.0));
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        for text in [
            "",
            "-",
            ".",
            "-.",
            "1e5",
            "1.2.3",
            "abc",
            " 1",
            "1,5",
            "NaN",
            "inf",
            "--1",
            "1234567890123456",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn writes_what_format_writes_away_from_ties() {
        for decimals in 0..=4 {
            for i in -20_000..20_000 {
                let value = i as f64 * 0.012_345_67 + 0.000_1;
                let scaled = value * 10_f64.powi(decimals as i32);
                // A tie (x.5 once scaled) may round either way in binary.
                if (scaled.fract().abs() - 0.5).abs() < 1e-6 {
                    continue;
                }
                let expected = format!("{value:.*}", decimals as usize);
                let expected = match expected.strip_prefix('-') {
                    Some(rest) if rest.bytes().all(|b| b == b'0' || b == b'.') => rest.to_owned(),
                    _ => expected,
                };
                assert_eq!(
                    fixed(value, decimals),
                    expected,
                    "{value} to {decimals} places"
                );
            }
        }
    }

    #[test]
    fn coordinates_and_distances() {
        assert_eq!(fixed(-7.405_12, 3), "-7.405");
        assert_eq!(fixed(109.299, 3), "109.299");
        assert_eq!(fixed(0.05, 1), "0.1");
        assert_eq!(fixed(9.96, 1), "10.0");
        assert_eq!(fixed(1234.4, 0), "1234");
        assert_eq!(fixed(-0.000_4, 3), "0.000");
        assert_eq!(fixed(2.0, 3), "2.000");
    }

    #[test]
    fn not_a_number_is_empty() {
        assert_eq!(fixed(f64::NAN, 2), "");
        assert_eq!(fixed(f64::INFINITY, 0), "");
        assert_eq!(fixed(1e300, 1), "");
    }
}
