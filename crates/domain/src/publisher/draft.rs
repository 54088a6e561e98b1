//! The draft the editor edits and keeps on the device: every field as
//! typed (a half-typed time or a link without https stays as it is, and
//! is said to be wrong), and its checks. A blank part is left out of the
//! file; a part begun must be whole.

use serde::{Deserialize, Serialize};

use super::{
    date_problem, email_problem, link_problem, minutes, parse_degrees, phone_problem,
    point_problem, text_problem, Context, Issue, Marks, Platform, Problem, MAX_LONG_TEXT, MAX_TEXT,
};
use crate::dates::parse_date;
use crate::geo::LatLon;

/// Most intervals the grid offers on one day (a morning, a break, an
/// afternoon, an evening): the schema's 28 for a week.
pub const MAX_INTERVALS_A_DAY: usize = 4;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Draft {
    pub regency_code: String,
    pub mpp_name: String,
    pub publisher: PublisherDraft,
    pub address: AddressDraft,
    pub location: LocationDraft,
    pub hours: HoursDraft,
    pub agencies: AgenciesDraft,
    pub services: ServicesDraft,
    pub contact: ContactDraft,
    pub online: OnlineDraft,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct PublisherDraft {
    pub name: String,
    pub website: String,
    pub contact_name: String,
    pub email: String,
    pub phone: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct AddressDraft {
    pub address_1: String,
    pub address_2: String,
    pub village: String,
    pub district: String,
    pub city: String,
    pub state_province: String,
    pub postal_code: String,
    pub directions: String,
    pub checked_on: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct LocationDraft {
    pub latitude: String,
    pub longitude: String,
    pub marks: Marks,
    pub checked_on: String,
}

impl LocationDraft {
    /// The point, when both numbers read.
    pub fn point(&self) -> Option<LatLon> {
        Some(LatLon {
            lat: parse_degrees(&self.latitude)?,
            lon: parse_degrees(&self.longitude)?,
        })
    }

    /// Places the point (a tap on the map, a drag), to six decimals (~0.1 m).
    pub fn set_point(&mut self, point: LatLon) {
        self.latitude = format!("{:.6}", point.lat);
        self.longitude = format!("{:.6}", point.lon);
    }
}

/// One opening interval as typed, `HH:MM` to `HH:MM`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(default)]
pub struct Interval {
    pub opens: String,
    pub closes: String,
}

impl Interval {
    pub fn new(opens: &str, closes: &str) -> Self {
        Self {
            opens: opens.to_owned(),
            closes: closes.to_owned(),
        }
    }

    fn is_blank(&self) -> bool {
        self.opens.trim().is_empty() && self.closes.trim().is_empty()
    }
}

/// A week as the grid shows it: intervals per weekday, Monday first.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct Week(pub [Vec<Interval>; 7]);

impl Week {
    /// True when no interval holds anything.
    pub fn is_blank(&self) -> bool {
        self.0.iter().flatten().all(Interval::is_blank)
    }

    /// "Copy to every weekday": Monday's intervals on Tuesday to Friday.
    pub fn copy_monday_to_weekdays(&mut self) {
        let monday = self.0[0].clone();
        for day in &mut self.0[1..5] {
            *day = monday.clone();
        }
    }

    /// The filled intervals of a day.
    pub fn filled(&self, day: usize) -> impl Iterator<Item = &Interval> {
        self.0[day].iter().filter(|i| !i.is_blank())
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct HoursDraft {
    /// Hours from UTC: 7 (WIB), 8 (WITA), 9 (WIT); 0 when not chosen.
    pub timezone: u8,
    pub week: Week,
    pub exceptions: Vec<ExceptionDraft>,
    pub notes: String,
    pub checked_on: String,
}

/// Dated hours that replace the week: closed, or open with intervals
/// (the same on every day of the span).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct ExceptionDraft {
    pub from: String,
    pub to: String,
    pub description: String,
    pub closed: bool,
    pub intervals: Vec<Interval>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct AgenciesDraft {
    pub items: Vec<Agency>,
    pub checked_on: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Agency {
    pub name: String,
    /// Its days or hours differ from the MPP's: `week` holds them.
    pub own_hours: bool,
    pub week: Week,
    pub notes: String,
}

impl Agency {
    pub fn named(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            ..Self::default()
        }
    }

    fn is_blank(&self) -> bool {
        self.name.trim().is_empty() && self.notes.trim().is_empty() && self.week.is_blank()
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct ServicesDraft {
    /// One service a line.
    pub items: String,
    pub checked_on: String,
}

impl ServicesDraft {
    pub fn lines(&self) -> impl Iterator<Item = &str> {
        self.items.lines().map(str::trim).filter(|l| !l.is_empty())
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct ContactDraft {
    pub phone: String,
    pub whatsapp: String,
    pub email: String,
    pub website: String,
    pub checked_on: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct OnlineDraft {
    pub booking_name: String,
    pub booking_url: String,
    pub social: Vec<SocialDraft>,
    pub checked_on: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct SocialDraft {
    pub platform: Platform,
    pub url: String,
}

/// The input ids of the form, shared by the checks (an issue names its
/// field) and the page (a message sits beside its input).
pub mod field {
    /// An interval's end (`"opens"` / `"closes"`) in a week: `prefix` is
    /// `"hours"` for the MPP, `"agency-<n>"` for an agency.
    pub fn interval(prefix: &str, day: usize, n: usize, end: &str) -> String {
        format!("{prefix}-{day}-{n}-{end}")
    }

    pub fn agency(n: usize, part: &str) -> String {
        format!("agency-{n}-{part}")
    }

    pub fn exception(n: usize, part: &str) -> String {
        format!("exception-{n}-{part}")
    }

    pub fn social(n: usize) -> String {
        format!("social-{n}-url")
    }
}

/// Collects the issues of one check after another.
struct Checker<'a> {
    ctx: Context<'a>,
    out: Vec<Issue>,
}

impl Checker<'_> {
    fn add(&mut self, field: impl Into<String>, problem: Problem) {
        self.out.push(Issue {
            field: field.into(),
            problem,
        });
    }

    fn text(&mut self, field: &str, value: &str, required: bool, max: usize) {
        if required && value.trim().is_empty() {
            self.add(field, Problem::Required);
        } else if let Some(p) = text_problem(value, max) {
            self.add(field, p);
        }
    }

    fn link(&mut self, field: &str, value: &str, required: bool) {
        if value.trim().is_empty() {
            if required {
                self.add(field, Problem::Required);
            }
        } else if let Some(p) = link_problem(value) {
            self.add(field, p);
        }
    }

    fn checked_on(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.add(field, Problem::Required);
        } else if let Some(p) = date_problem(value, self.ctx.today) {
            self.add(field, p);
        }
    }

    /// Each interval reads, closes after it opens, and overlaps no other
    /// of its day; at least one when `required`.
    fn week(&mut self, prefix: &str, week: &Week, required: bool) {
        if required && week.is_blank() {
            self.add(format!("{prefix}-week"), Problem::NoHours);
        }
        for (day, intervals) in week.0.iter().enumerate() {
            let spans = self.intervals(intervals, |n, end| {
                super::field::interval(prefix, day, n, end)
            });
            self.overlaps(spans, |n| super::field::interval(prefix, day, n, "opens"));
        }
    }

    /// The readable spans `(opens, closes, n)` of a day's intervals.
    fn intervals(
        &mut self,
        intervals: &[Interval],
        field: impl Fn(usize, &str) -> String,
    ) -> Vec<(u32, u32, usize)> {
        let mut spans = Vec::new();
        for (n, interval) in intervals.iter().enumerate() {
            if interval.is_blank() {
                continue;
            }
            let opens = minutes(&interval.opens);
            let closes = minutes(&interval.closes);
            if opens.is_none() {
                self.add(field(n, "opens"), Problem::NotTime);
            }
            if closes.is_none() {
                self.add(field(n, "closes"), Problem::NotTime);
            }
            match (opens, closes) {
                (Some(o), Some(c)) if c <= o => {
                    self.add(field(n, "closes"), Problem::ClosesBeforeOpens)
                }
                (Some(o), Some(c)) => spans.push((o, c, n)),
                _ => {}
            }
        }
        spans
    }

    fn overlaps(&mut self, mut spans: Vec<(u32, u32, usize)>, field: impl Fn(usize) -> String) {
        spans.sort();
        for pair in spans.windows(2) {
            if pair[1].0 < pair[0].1 {
                self.add(field(pair[1].2), Problem::Overlaps);
            }
        }
    }
}

impl Draft {
    /// A blank draft for a regency, each `checked_on` today.
    pub fn empty(regency_code: &str, today: &str) -> Self {
        let mut draft = Self {
            regency_code: regency_code.to_owned(),
            ..Self::default()
        };
        for date in [
            &mut draft.address.checked_on,
            &mut draft.location.checked_on,
            &mut draft.hours.checked_on,
            &mut draft.agencies.checked_on,
            &mut draft.services.checked_on,
            &mut draft.contact.checked_on,
            &mut draft.online.checked_on,
        ] {
            *date = today.to_owned();
        }
        draft.hours.week.0[0].push(Interval::default());
        draft
    }

    pub fn has_address(&self) -> bool {
        let a = &self.address;
        // The province is pre-filled from the national data: alone, it
        // begins no address.
        [
            &a.address_1,
            &a.address_2,
            &a.village,
            &a.district,
            &a.city,
            &a.postal_code,
            &a.directions,
        ]
        .iter()
        .any(|v| !v.trim().is_empty())
    }

    pub fn has_location(&self) -> bool {
        !(self.location.latitude.trim().is_empty() && self.location.longitude.trim().is_empty())
    }

    pub fn has_hours(&self) -> bool {
        !self.hours.week.is_blank()
            || !self.hours.exceptions.is_empty()
            || !self.hours.notes.trim().is_empty()
    }

    /// The agencies with anything in them (a blank row is ignored).
    pub fn agencies(&self) -> impl Iterator<Item = (usize, &Agency)> {
        self.agencies
            .items
            .iter()
            .enumerate()
            .filter(|(_, a)| !a.is_blank())
    }

    pub fn has_contact(&self) -> bool {
        let c = &self.contact;
        [&c.phone, &c.whatsapp, &c.email, &c.website]
            .iter()
            .any(|v| !v.trim().is_empty())
    }

    pub fn has_online(&self) -> bool {
        let o = &self.online;
        !o.booking_url.trim().is_empty()
            || !o.booking_name.trim().is_empty()
            || o.social.iter().any(|s| !s.url.trim().is_empty())
    }

    /// Everything wrong with the draft, in the form's order. Empty: the
    /// draft makes a valid publisher file.
    pub fn check(&self, ctx: Context<'_>) -> Vec<Issue> {
        let mut c = Checker {
            ctx,
            out: Vec::new(),
        };
        self.check_publisher(&mut c);
        c.text("mpp-name", &self.mpp_name, true, MAX_TEXT);
        if self.has_address() {
            self.check_address(&mut c);
        }
        if self.has_location() {
            self.check_location(&mut c);
        }
        if self.has_hours() {
            self.check_hours(&mut c);
        }
        self.check_agencies(&mut c);
        if self.services.lines().next().is_some() {
            for line in self.services.lines() {
                if let Some(p) = text_problem(line, MAX_TEXT) {
                    c.add("services-items", p);
                    break;
                }
            }
            c.checked_on("services-checked_on", &self.services.checked_on);
        }
        if self.has_contact() {
            self.check_contact(&mut c);
        }
        if self.has_online() {
            self.check_online(&mut c);
        }
        c.out
    }

    fn check_publisher(&self, c: &mut Checker<'_>) {
        let p = &self.publisher;
        c.text("publisher-name", &p.name, true, MAX_TEXT);
        c.link("publisher-website", &p.website, true);
        c.text("publisher-contact_name", &p.contact_name, true, MAX_TEXT);
        if p.email.trim().is_empty() && p.phone.trim().is_empty() {
            c.add("publisher-email", Problem::ContactNeeded);
        }
        if !p.email.trim().is_empty() {
            if let Some(problem) = email_problem(&p.email) {
                c.add("publisher-email", problem);
            }
        }
        if !p.phone.trim().is_empty() {
            if let Some(problem) = phone_problem(&p.phone) {
                c.add("publisher-phone", problem);
            }
        }
    }

    fn check_address(&self, c: &mut Checker<'_>) {
        let a = &self.address;
        c.text("address-address_1", &a.address_1, true, MAX_TEXT);
        for (field, value) in [
            ("address-address_2", &a.address_2),
            ("address-village", &a.village),
            ("address-district", &a.district),
        ] {
            c.text(field, value, false, MAX_TEXT);
        }
        c.text("address-city", &a.city, true, MAX_TEXT);
        c.text("address-state_province", &a.state_province, true, MAX_TEXT);
        let postal = a.postal_code.trim();
        let postal_ok =
            postal.is_empty() || (postal.len() == 5 && postal.bytes().all(|b| b.is_ascii_digit()));
        if !postal_ok {
            c.add("address-postal_code", Problem::NotPostalCode);
        }
        c.text("address-directions", &a.directions, false, MAX_LONG_TEXT);
        c.checked_on("address-checked_on", &a.checked_on);
    }

    fn check_location(&self, c: &mut Checker<'_>) {
        let l = &self.location;
        let lat = parse_degrees(&l.latitude);
        let lon = parse_degrees(&l.longitude);
        for (field, value, parsed) in [
            ("location-latitude", &l.latitude, lat),
            ("location-longitude", &l.longitude, lon),
        ] {
            if value.trim().is_empty() {
                c.add(field, Problem::Required);
            } else if parsed.is_none() {
                c.add(field, Problem::NotNumber);
            }
        }
        if let Some(point) = l.point() {
            if let Some(p) = point_problem(point, c.ctx.seat) {
                c.add("location-latitude", p);
            }
        }
        c.checked_on("location-checked_on", &l.checked_on);
    }

    fn check_hours(&self, c: &mut Checker<'_>) {
        let h = &self.hours;
        if !matches!(h.timezone, 7..=9) {
            c.add("hours-timezone", Problem::Required);
        }
        c.week("hours", &h.week, true);
        let mut spans = Vec::new();
        for (n, e) in h.exceptions.iter().enumerate() {
            let from = parse_date(e.from.trim());
            let to = parse_date(e.to.trim());
            for (part, value, parsed) in [("from", &e.from, from), ("to", &e.to, to)] {
                if value.trim().is_empty() {
                    c.add(field::exception(n, part), Problem::Required);
                } else if parsed.is_none() {
                    c.add(field::exception(n, part), Problem::NotDate);
                }
            }
            if let (Some(from), Some(to)) = (from, to) {
                if to < from {
                    c.add(field::exception(n, "to"), Problem::EndsBeforeStarts);
                } else {
                    spans.push((from, to, n));
                }
            }
            c.text(
                &field::exception(n, "description"),
                &e.description,
                true,
                MAX_TEXT,
            );
            if !e.closed {
                if e.intervals.iter().all(Interval::is_blank) {
                    c.add(field::exception(n, "week"), Problem::NoHours);
                }
                let prefix = format!("exception-{n}");
                let day = c.intervals(&e.intervals, |i, end| format!("{prefix}-{i}-{end}"));
                c.overlaps(day, |i| format!("{prefix}-{i}-opens"));
            }
        }
        // Two spans may share days only when one lies within the other.
        for (i, a) in spans.iter().enumerate() {
            for b in &spans[i + 1..] {
                let overlap = a.0 <= b.1 && b.0 <= a.1;
                let nested = (a.0 <= b.0 && b.1 <= a.1) || (b.0 <= a.0 && a.1 <= b.1);
                if overlap && !nested {
                    c.add(field::exception(b.2, "from"), Problem::Overlaps);
                }
            }
        }
        c.text("hours-notes", &h.notes, false, MAX_LONG_TEXT);
        c.checked_on("hours-checked_on", &h.checked_on);
    }

    fn check_agencies(&self, c: &mut Checker<'_>) {
        let mut names = std::collections::BTreeSet::new();
        let mut any = false;
        for (n, agency) in self.agencies() {
            any = true;
            let name_field = field::agency(n, "name");
            c.text(&name_field, &agency.name, true, MAX_TEXT);
            if !agency.name.trim().is_empty() && !names.insert(agency.name.trim().to_lowercase()) {
                c.add(name_field, Problem::Duplicate);
            }
            if agency.own_hours {
                c.week(&format!("agency-{n}"), &agency.week, true);
            }
            c.text(
                &field::agency(n, "notes"),
                &agency.notes,
                false,
                MAX_LONG_TEXT,
            );
        }
        if any {
            c.checked_on("agencies-checked_on", &self.agencies.checked_on);
        }
    }

    fn check_contact(&self, c: &mut Checker<'_>) {
        let k = &self.contact;
        for (field, value) in [
            ("contact-phone", &k.phone),
            ("contact-whatsapp", &k.whatsapp),
        ] {
            if !value.trim().is_empty() {
                if let Some(p) = phone_problem(value) {
                    c.add(field, p);
                }
            }
        }
        if !k.email.trim().is_empty() {
            if let Some(p) = email_problem(&k.email) {
                c.add("contact-email", p);
            }
        }
        c.link("contact-website", &k.website, false);
        c.checked_on("contact-checked_on", &k.checked_on);
    }

    fn check_online(&self, c: &mut Checker<'_>) {
        let o = &self.online;
        let booking = !o.booking_url.trim().is_empty() || !o.booking_name.trim().is_empty();
        if booking {
            c.text("online-booking_name", &o.booking_name, true, MAX_TEXT);
            c.link("online-booking_url", &o.booking_url, true);
        }
        for (n, s) in o.social.iter().enumerate() {
            c.link(&field::social(n), &s.url, false);
        }
        c.checked_on("online-checked_on", &o.checked_on);
    }
}
