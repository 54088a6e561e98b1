//! The app state that lives in the URL, so a shared link opens the same
//! view: `?q=&provinsi=&layanan=&baru=1&tahun=&buka=sab&jam=09.00&mpp=&peta=lat,lon,zoom&lang=`
//! (and `feed=` when another feed is shown).
//! Parameter names are Indonesian, like the app. A value that cannot be
//! read is dropped and reported, never guessed.

use crate::filters::Filters;
use crate::hours_calendar::{OpenAt, OpenDay};
use crate::lang::Lang;
use crate::text::percent_encode;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    pub lat: f64,
    pub lon: f64,
    pub zoom: f64,
}

impl MapView {
    fn parse(text: &str) -> Option<MapView> {
        let mut parts = text.split(',').map(|p| crate::decimal::parse(p.trim()));
        let (lat, lon, zoom) = (parts.next()??, parts.next()??, parts.next()??);
        let valid = parts.next().is_none()
            && (-90.0..=90.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon)
            && (0.0..=20.0).contains(&zoom);
        valid.then_some(MapView { lat, lon, zoom })
    }

    /// Rounded to ~100 m and half zoom steps: short URLs, same view.
    fn write(&self) -> String {
        use crate::decimal::fixed;
        let halves = (self.zoom * 2.0).round();
        let zoom = if halves % 2.0 == 0.0 {
            fixed(halves / 2.0, 0)
        } else {
            fixed(halves / 2.0, 1)
        };
        format!("{},{},{zoom}", fixed(self.lat, 3), fixed(self.lon, 3))
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    pub filters: Filters,
    /// Slug of the selected MPP.
    pub selected: Option<String>,
    pub view: Option<MapView>,
    pub lang: Option<Lang>,
    /// Another feed's URL (`?feed=`), kept so a reload reads the same data.
    pub feed: Option<String>,
}

/// Longest search text kept from a URL.
const MAX_QUERY_CHARS: usize = 100;

impl UrlState {
    /// Reads decoded `(name, value)` pairs. Returns the state and the names
    /// of parameters whose values could not be read (unknown names are
    /// ignored silently: other sites add their own, like `utm_source`).
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (UrlState, Vec<String>) {
        let mut state = UrlState::default();
        let mut invalid = Vec::new();
        for (name, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let ok = match name {
                "q" => {
                    state.filters.query = value.chars().take(MAX_QUERY_CHARS).collect();
                    true
                }
                "provinsi" => set_if(
                    &mut state.filters.province,
                    is_code(value, 2).then(|| value.to_owned()),
                ),
                "layanan" => set_if(
                    &mut state.filters.category,
                    is_category_id(value).then(|| value.to_owned()),
                ),
                "baru" => match value {
                    "1" | "true" | "ya" => {
                        state.filters.new_only = true;
                        true
                    }
                    "0" | "false" | "tidak" => true,
                    _ => false,
                },
                "tahun" => set_if(
                    &mut state.filters.year,
                    value.parse().ok().filter(|y| (1990..=2100).contains(y)),
                ),
                "buka" => match OpenDay::parse(value) {
                    Some(day) => {
                        let time = state.filters.open_at.and_then(|a| a.time);
                        state.filters.open_at = Some(OpenAt { day, time });
                        true
                    }
                    None => false,
                },
                "jam" => match parse_time(value) {
                    Some(time) => {
                        let day = state.filters.open_at.map_or(OpenDay::Any, |a| a.day);
                        state.filters.open_at = Some(OpenAt {
                            day,
                            time: Some(time),
                        });
                        true
                    }
                    None => false,
                },
                "mpp" => set_if(
                    &mut state.selected,
                    crate::parse::is_valid_slug(value).then(|| value.to_owned()),
                ),
                "peta" => set_if(&mut state.view, MapView::parse(value)),
                "lang" => set_if(&mut state.lang, Lang::parse(value)),
                "feed" => set_if(&mut state.feed, Some(value.to_owned())),
                _ => true,
            };
            if !ok {
                invalid.push(name.to_owned());
            }
        }
        (state, invalid)
    }

    /// The query string (with its `?`, or empty), parameters in a fixed order.
    pub fn to_query(&self) -> String {
        let f = &self.filters;
        let year = f.year.map(|y| y.to_string());
        let view = self.view.map(|v| v.write());
        let open_day = f.open_at.map(|a| a.day.code());
        let open_time = f
            .open_at
            .filter(|a| a.day != OpenDay::Now)
            .and_then(|a| a.time)
            .map(write_time);
        let pairs = [
            ("q", Some(f.query.trim()).filter(|q| !q.is_empty())),
            ("provinsi", f.province.as_deref()),
            ("layanan", f.category.as_deref()),
            ("baru", f.new_only.then_some("1")),
            ("tahun", year.as_deref()),
            ("buka", open_day),
            ("jam", open_time.as_deref()),
            ("mpp", self.selected.as_deref()),
            ("peta", view.as_deref()),
            ("lang", self.lang.filter(|l| *l != Lang::Id).map(Lang::code)),
            ("feed", self.feed.as_deref()),
        ];
        let mut query = String::new();
        for (name, value) in pairs {
            if let Some(value) = value {
                query.push(if query.is_empty() { '?' } else { '&' });
                query.push_str(name);
                query.push('=');
                query.push_str(&percent_encode(value));
            }
        }
        query
    }
}

fn set_if<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
    let ok = value.is_some();
    if ok {
        *slot = value;
    }
    ok
}

fn is_code(value: &str, len: usize) -> bool {
    value.len() == len && value.bytes().all(|b| b.is_ascii_digit())
}

fn is_category_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 40
        && value.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

const DAY_CODES: [&str; 7] = ["sen", "sel", "rab", "kam", "jum", "sab", "min"];

impl OpenDay {
    /// `buka=`: `sekarang`, `hari-ini`, `sen` … `min`, or `semua`.
    pub fn parse(value: &str) -> Option<OpenDay> {
        Some(match value.to_ascii_lowercase().as_str() {
            "sekarang" => OpenDay::Now,
            "hari-ini" => OpenDay::Today,
            "semua" => OpenDay::Any,
            code => OpenDay::Weekday(DAY_CODES.iter().position(|d| *d == code)?),
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            OpenDay::Now => "sekarang",
            OpenDay::Today => "hari-ini",
            OpenDay::Any => "semua",
            OpenDay::Weekday(w) => DAY_CODES[w % 7],
        }
    }
}

/// `jam=`: `09.00` (as Indonesians write it) or `09:00`, as minutes.
pub fn parse_time(value: &str) -> Option<u32> {
    let (h, m) = value.split_once(['.', ':'])?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Minutes as `09.00`.
pub fn write_time(minutes: u32) -> String {
    format!("{:02}.{:02}", minutes / 60, minutes % 60)
}
