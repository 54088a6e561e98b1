//! A small JSON reader and string writer for what the first download reads:
//! the feed and the saved copy of it. serde_json's reader, its `Value`
//! deserializer and one serde visitor per feed type were about 67 KB of the
//! main wasm (issue 24); this tree and the hand-written readers in
//! `parse.rs` do the same work in a fraction of that. The feed builder,
//! the details and the other files keep serde (they are not in the first
//! download). RFC 8259: any input gives a `Value` or an error with its line
//! and column, never a panic; nesting is capped so no input exhausts the
//! stack.

use std::fmt;

/// A parsed JSON document. Objects keep their members in order (a few
/// dozen keys at most, so a lookup is a scan).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object (the first, if repeated).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Takes the member `key` out of an object, leaving `Null` in its place.
    pub fn take(&mut self, key: &str) -> Option<Value> {
        match self {
            Value::Object(members) => members
                .iter_mut()
                .find(|(k, _)| k == key)
                .map(|(_, v)| std::mem::replace(v, Value::Null)),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// A whole number from 0 to `u32::MAX`.
    pub fn as_u32(&self) -> Option<u32> {
        let n = self.as_f64()?;
        (n.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(&n)).then_some(n as u32)
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// What kind of value this is, for messages ("a string", "null").
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }
}

/// Where and why a text is not JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub what: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.what, self.line, self.column
        )
    }
}

/// Deeper than any feed: a hostile document cannot overflow the stack.
const MAX_DEPTH: usize = 64;

/// Parses a whole document (surrounding white space allowed).
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut reader = Reader { text, at: 0 };
    let value = reader.value(0)?;
    reader.space();
    if reader.at < reader.text.len() {
        return Err(reader.error("trailing characters"));
    }
    Ok(value)
}

/// Appends `s` to `out` as a JSON string, quotes included.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    // Runs that need no escape are copied at once (a whole feed is one
    // string in the saved copy): only `"`, `\` and control bytes stop them,
    // all ASCII, so every run ends on a character boundary.
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        start = i + 1;
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        } else {
            out.push_str(escape);
        }
    }
    out.push_str(&s[start..]);
    out.push('"');
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl Reader<'_> {
    fn error(&self, what: &'static str) -> SyntaxError {
        let before = &self.text.as_bytes()[..self.at.min(self.text.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        // Columns count characters, not bytes.
        let column = before[line_start..]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count()
            + 1;
        SyntaxError { what, line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nesting too deep"));
        }
        self.space();
        match self.peek() {
            None => Err(self.error("unexpected end of input")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => {
                for (word, value) in [
                    ("null", Value::Null),
                    ("true", Value::Bool(true)),
                    ("false", Value::Bool(false)),
                ] {
                    if self.text.as_bytes()[self.at..].starts_with(word.as_bytes()) {
                        self.at += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error("expected a value"))
            }
        }
    }

    /// After `[` or `{`: the items up to `close`, each read by `item`.
    fn items(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        self.at += 1;
        self.space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b) if b == close => {
                    self.at += 1;
                    return Ok(());
                }
                None => return Err(self.error("unexpected end of input")),
                Some(_) => return Err(self.error("expected `,` or a closing bracket")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        let mut values = Vec::new();
        self.items(b']', |r| {
            values.push(r.value(depth + 1)?);
            Ok(())
        })?;
        Ok(Value::Array(values))
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        let mut members = Vec::new();
        self.items(b'}', |r| {
            r.space();
            if r.peek() != Some(b'"') {
                return Err(r.error("expected a key in quotes"));
            }
            let key = r.string()?;
            r.space();
            if r.peek() != Some(b':') {
                return Err(r.error("expected `:`"));
            }
            r.at += 1;
            members.push((key, r.value(depth + 1)?));
            Ok(())
        })?;
        Ok(Value::Object(members))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Runs of plain bytes are copied at once; they end at ASCII
            // bytes, so on character boundaries of the &str.
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            out.push_str(&self.text[start..self.at]);
            match self.peek() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(self.error("invalid escape")),
                    };
                    self.at += 1;
                    out.push(c);
                }
                Some(_) => return Err(self.error("control character in a string")),
            }
        }
    }

    /// At the `u` of `\uXXXX` (a surrogate pair is two): leaves `at` on the
    /// last hex digit read.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.text.as_bytes()[self.at + 1..].starts_with(b"\\u") {
                return Err(self.error("unpaired surrogate"));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("unpaired surrogate"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("unpaired surrogate"))
    }

    /// At a `u`: the four hex digits after it.
    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            self.at += 1;
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => return Err(self.error("invalid \\u escape")),
            };
            code = code * 16 + u32::from(digit);
        }
        Ok(code)
    }

    /// RFC 8259's number grammar. The value is exact (correctly rounded)
    /// when its digits fit in 2^53 and its power of ten is within 10^±22,
    /// as every coordinate and count in a feed does; beyond that it is
    /// within a few units in the last place.
    fn number(&mut self) -> Result<Value, SyntaxError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let mut mantissa: u64 = 0;
        let mut exponent: i32 = 0;
        let mut digit = |r: &mut Self, after_point: bool| -> bool {
            match r.peek() {
                Some(b @ b'0'..=b'9') => {
                    if mantissa < 1_000_000_000_000_000_000 {
                        mantissa = mantissa * 10 + u64::from(b - b'0');
                        exponent -= i32::from(after_point);
                    } else {
                        // Digits past the 19th only scale the value.
                        exponent += i32::from(!after_point);
                    }
                    r.at += 1;
                    true
                }
                _ => false,
            }
        };
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => while digit(self, false) {},
            _ => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !digit(self, true) {
                return Err(self.error("invalid number"));
            }
            while digit(self, true) {}
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            let sign = match self.peek() {
                Some(b'-') => {
                    self.at += 1;
                    -1
                }
                Some(b'+') => {
                    self.at += 1;
                    1
                }
                _ => 1,
            };
            let mut written: i32 = 0;
            let mut any = false;
            while let Some(b @ b'0'..=b'9') = self.peek() {
                written = written
                    .saturating_mul(10)
                    .saturating_add(i32::from(b - b'0'));
                any = true;
                self.at += 1;
            }
            if !any {
                return Err(self.error("invalid number"));
            }
            exponent = exponent.saturating_add(sign * written);
        }
        let value = scale(mantissa, exponent);
        if !value.is_finite() {
            return Err(self.error("number out of range"));
        }
        Ok(Value::Number(if negative { -value } else { value }))
    }
}

/// `mantissa × 10^exponent`.
fn scale(mantissa: u64, exponent: i32) -> f64 {
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if mantissa == 0 {
        return 0.0;
    }
    let m = mantissa as f64;
    if mantissa < 1 << 53 && exponent.unsigned_abs() < 23 {
        // One correctly rounded operation on exact operands.
        let power = EXACT[exponent.unsigned_abs() as usize];
        return if exponent < 0 { m / power } else { m * power };
    }
    let mut value = m;
    let mut left = exponent.clamp(-400, 400);
    while left != 0 {
        let step = left.clamp(-22, 22);
        let power = EXACT[step.unsigned_abs() as usize];
        value = if step < 0 {
            value / power
        } else {
            value * power
        };
        left -= step;
    }
    value
}

#[cfg(test)]
mod tests {
    use super::{parse, write_string, Value};

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" {"a": [1, -2.5, 3e2, 0.25E-1, true, false, null], "b": {"c": "d\n\u00e9\ud83d\ude00"}} "#)
            .unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Value::Array(vec![
                Value::Number(1.0),
                Value::Number(-2.5),
                Value::Number(300.0),
                Value::Number(0.025),
                Value::Bool(true),
                Value::Bool(false),
                Value::Null,
            ]))
        );
        assert_eq!(
            v.get("b").and_then(|b| b.get("c")).and_then(Value::as_str),
            Some("d\né😀")
        );
        assert_eq!(parse("[]").unwrap(), Value::Array(vec![]));
        assert_eq!(parse("{}").unwrap(), Value::Object(vec![]));
    }

    #[test]
    fn numbers_read_as_rust_reads_them() {
        for text in [
            "0",
            "-0",
            "1",
            "-7.405123",
            "114.5907",
            "0.1",
            "123456789012345",
            "9007199254740993",
            "1e22",
            "1e23",
            "1.7976931348623157e308",
            "5e-324",
            "2.2250738585072014e-308",
            "0.30000000000000004",
            "-3.14159265358979323846",
            "12345678901234567890123",
        ] {
            let expected: f64 = text.parse().unwrap();
            let got = parse(text).unwrap().as_f64().unwrap();
            let ulp = expected.abs() * f64::EPSILON * 4.0;
            assert!(
                (got - expected).abs() <= ulp.max(f64::MIN_POSITIVE),
                "{text}: {got} ≠ {expected}"
            );
        }
        // Exact wherever a feed's coordinates and counts are.
        for i in -200_000..200_000 {
            let text = format!("{:.6}", f64::from(i) * 0.000_731);
            let expected: f64 = text.parse().unwrap();
            assert_eq!(parse(&text).unwrap().as_f64(), Some(expected), "{text}");
        }
        assert_eq!(parse("3").unwrap().as_u32(), Some(3));
        assert_eq!(parse("3.5").unwrap().as_u32(), None);
        assert_eq!(parse("-1").unwrap().as_u32(), None);
        assert_eq!(parse("4294967296").unwrap().as_u32(), None);
    }

    #[test]
    fn refuses_what_is_not_json_with_where() {
        for text in [
            "",
            " ",
            "{",
            "[1,]",
            "[1 2]",
            "{\"a\" 1}",
            "{a:1}",
            "{\"a\":1,}",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "NaN",
            "tru",
            "\"abc",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\ud800\"",
            "\"\\ud800\\u0041\"",
            "\"a\tb\"",
            "[1] 2",
            "1e400",
            "{\"a\":1}}",
        ] {
            assert!(parse(text).is_err(), "{text:?} was read");
        }
        let error = parse("{\n  \"a\": [1,\n  é]\n}").unwrap_err();
        assert_eq!((error.line, error.column), (3, 3));
        assert_eq!(error.to_string(), "expected a value at line 3 column 3");
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().what, "nesting too deep");
    }

    #[test]
    fn strings_written_read_back() {
        for s in [
            "",
            "plain",
            "quote \" backslash \\ slash /",
            "line\nbreak\ttab\r",
            "\u{1}\u{1f}",
            "é 😀 Ω",
            "é\"é\\😀\n",
            "\u{7f}\u{80}\u{2028}",
        ] {
            let mut out = String::new();
            write_string(&mut out, s);
            assert_eq!(parse(&out).unwrap(), Value::String(s.to_owned()), "{out}");
        }
        // Only what must be escaped is: the rest is copied as it is.
        let mut out = String::new();
        write_string(&mut out, "a\"é\u{1}\u{7f}");
        assert_eq!(out, "\"a\\\"é\\u0001\u{7f}\"");
    }

    #[test]
    fn take_and_get() {
        let mut v = parse(r#"{"a":1,"a":2,"b":[true]}"#).unwrap();
        assert_eq!(v.get("a"), Some(&Value::Number(1.0)));
        assert_eq!(v.take("b"), Some(Value::Array(vec![Value::Bool(true)])));
        assert_eq!(v.get("b"), Some(&Value::Null));
        assert_eq!(v.get("zzz"), None);
        assert_eq!(Value::Null.get("a"), None);
    }
}
