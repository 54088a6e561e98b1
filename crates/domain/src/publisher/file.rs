//! The publisher file itself, field for field as
//! `public/schema/mpp-publisher-1.0.schema.json` says, and a checked
//! draft's conversion to it.

use serde::{Deserialize, Serialize};

use super::{minutes, Context, Draft, Interval, Issue, Week, BYDAY, SCHEMA_URL, SCHEMA_VERSION};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct PublisherFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub schema_version: String,
    pub publisher: Publisher,
    pub published_at: String,
    pub mpps: Vec<MppRecord>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Publisher {
    pub name: String,
    pub regency_code: String,
    pub website: String,
    pub contact: PublisherContact,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct PublisherContact {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct MppRecord {
    pub regency_code: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<BuildingPoint>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Hours>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agencies: Option<Agencies>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Services>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online: Option<Online>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Address {
    pub address_1: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub village: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    pub city: String,
    pub state_province: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directions: Option<String>,
    pub checked_on: String,
}

/// What a building's point marks.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Marks {
    /// The door citizens use.
    Entrance,
    /// Somewhere on the building.
    #[default]
    Building,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct BuildingPoint {
    pub latitude: f64,
    pub longitude: f64,
    pub marks: Marks,
    pub checked_on: String,
}

/// One HSDS interval: `byday` absent means every day (in an exception).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct OpeningInterval {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    pub opens_at: String,
    pub closes_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A regular week: HSDS intervals, or an OSM string (read by the feed
/// builder only; the editor writes intervals).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct Weekly {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regular: Vec<OpeningInterval>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Hours {
    pub timezone: u8,
    #[serde(flatten)]
    pub weekly: Weekly,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exceptions: Vec<Exception>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    pub checked_on: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Exception {
    pub valid_from: String,
    pub valid_to: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub intervals: Vec<OpeningInterval>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Agencies {
    pub items: Vec<AgencyRecord>,
    pub checked_on: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AgencyRecord {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Weekly>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Services {
    pub items: Vec<ServiceRecord>,
    pub checked_on: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ServiceRecord {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    pub checked_on: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Phone {
    pub number: String,
    pub kind: PhoneKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PhoneKind {
    Voice,
    Whatsapp,
    Sms,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Online {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub booking: Vec<Booking>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub social: Vec<Social>,
    pub checked_on: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Booking {
    pub name: String,
    pub url: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Social {
    pub platform: Platform,
    pub url: String,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    #[default]
    Instagram,
    Facebook,
    X,
    Tiktok,
    Youtube,
    Threads,
    WhatsappChannel,
    Other,
}

impl Platform {
    pub const ALL: [Platform; 8] = [
        Platform::Instagram,
        Platform::Facebook,
        Platform::X,
        Platform::Tiktok,
        Platform::Youtube,
        Platform::Threads,
        Platform::WhatsappChannel,
        Platform::Other,
    ];

    /// The schema's name for it (also the `<option>` value).
    pub fn key(self) -> &'static str {
        match self {
            Platform::Instagram => "instagram",
            Platform::Facebook => "facebook",
            Platform::X => "x",
            Platform::Tiktok => "tiktok",
            Platform::Youtube => "youtube",
            Platform::Threads => "threads",
            Platform::WhatsappChannel => "whatsapp_channel",
            Platform::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Platform> {
        Platform::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// Trimmed text, `None` when empty.
fn optional(value: &str) -> Option<String> {
    Some(value.trim().to_owned()).filter(|v| !v.is_empty())
}

fn trimmed(value: &str) -> String {
    value.trim().to_owned()
}

/// An interval's times as the schema writes them (`8:00` is refused by
/// the checks before this; a stray space is not kept).
fn interval(byday: Option<String>, i: &Interval) -> OpeningInterval {
    OpeningInterval {
        byday,
        opens_at: trimmed(&i.opens),
        closes_at: trimmed(&i.closes),
        description: None,
    }
}

/// A week as HSDS intervals: days with the same intervals share one
/// `byday` (Monday to Thursday 08:00–12:00 and 13:00–16:00 is two
/// intervals, not eight), in the order of their first day.
pub fn regular_of(week: &Week) -> Vec<OpeningInterval> {
    let mut groups: Vec<(Vec<&'static str>, Vec<&Interval>)> = Vec::new();
    for (day, code) in BYDAY.iter().enumerate() {
        let mut intervals: Vec<&Interval> = week.filled(day).collect();
        if intervals.is_empty() {
            continue;
        }
        intervals.sort_by_key(|i| minutes(&i.opens));
        match groups.iter_mut().find(|(_, same)| *same == intervals) {
            Some((days, _)) => days.push(code),
            None => groups.push((vec![code], intervals)),
        }
    }
    groups
        .into_iter()
        .flat_map(|(days, intervals)| {
            let byday = days.join(",");
            intervals
                .into_iter()
                .map(move |i| interval(Some(byday.clone()), i))
        })
        .collect()
}

impl Draft {
    /// The publisher file of a draft without issues, published at
    /// `published_at` (see `publisher::published_at`); else its issues.
    pub fn to_file(
        &self,
        ctx: Context<'_>,
        published_at: &str,
    ) -> Result<PublisherFile, Vec<Issue>> {
        let issues = self.check(ctx);
        if !issues.is_empty() {
            return Err(issues);
        }
        let p = &self.publisher;
        let code = trimmed(&self.regency_code);
        Ok(PublisherFile {
            schema: Some(SCHEMA_URL.to_owned()),
            schema_version: SCHEMA_VERSION.to_owned(),
            publisher: Publisher {
                name: trimmed(&p.name),
                regency_code: code.clone(),
                website: trimmed(&p.website),
                contact: PublisherContact {
                    name: trimmed(&p.contact_name),
                    email: optional(&p.email),
                    phone: optional(&p.phone),
                },
            },
            published_at: published_at.to_owned(),
            mpps: vec![MppRecord {
                regency_code: code,
                name: trimmed(&self.mpp_name),
                address: self.has_address().then(|| self.address_record()),
                location: self.location_record(),
                hours: self.has_hours().then(|| self.hours_record()),
                agencies: self.agencies_record(),
                services: self.services_record(),
                contact: self.has_contact().then(|| self.contact_record()),
                online: self.has_online().then(|| self.online_record()),
            }],
        })
    }

    fn address_record(&self) -> Address {
        let a = &self.address;
        Address {
            address_1: trimmed(&a.address_1),
            address_2: optional(&a.address_2),
            village: optional(&a.village),
            district: optional(&a.district),
            city: trimmed(&a.city),
            state_province: trimmed(&a.state_province),
            postal_code: optional(&a.postal_code),
            directions: optional(&a.directions),
            checked_on: trimmed(&a.checked_on),
        }
    }

    fn location_record(&self) -> Option<BuildingPoint> {
        let point = self.location.point()?;
        Some(BuildingPoint {
            latitude: point.lat,
            longitude: point.lon,
            marks: self.location.marks,
            checked_on: trimmed(&self.location.checked_on),
        })
    }

    fn hours_record(&self) -> Hours {
        let h = &self.hours;
        let exceptions = h
            .exceptions
            .iter()
            .map(|e| Exception {
                valid_from: trimmed(&e.from),
                valid_to: trimmed(&e.to),
                description: trimmed(&e.description),
                closed: e.closed.then_some(true),
                intervals: if e.closed {
                    Vec::new()
                } else {
                    e.intervals
                        .iter()
                        .filter(|i| !(i.opens.trim().is_empty() && i.closes.trim().is_empty()))
                        .map(|i| interval(None, i))
                        .collect()
                },
            })
            .collect();
        Hours {
            timezone: h.timezone,
            weekly: Weekly {
                regular: regular_of(&h.week),
                opening_hours: None,
            },
            exceptions,
            notes: optional(&h.notes),
            checked_on: trimmed(&h.checked_on),
        }
    }

    fn agencies_record(&self) -> Option<Agencies> {
        let items: Vec<AgencyRecord> = self
            .agencies()
            .map(|(_, a)| AgencyRecord {
                name: trimmed(&a.name),
                hours: a.own_hours.then(|| Weekly {
                    regular: regular_of(&a.week),
                    opening_hours: None,
                }),
                notes: optional(&a.notes),
            })
            .collect();
        (!items.is_empty()).then(|| Agencies {
            items,
            checked_on: trimmed(&self.agencies.checked_on),
        })
    }

    fn services_record(&self) -> Option<Services> {
        let items: Vec<ServiceRecord> = self
            .services
            .lines()
            .map(|name| ServiceRecord {
                name: name.to_owned(),
                agency: None,
            })
            .collect();
        (!items.is_empty()).then(|| Services {
            items,
            checked_on: trimmed(&self.services.checked_on),
        })
    }

    fn contact_record(&self) -> Contact {
        let c = &self.contact;
        let phones = [
            (&c.phone, PhoneKind::Voice),
            (&c.whatsapp, PhoneKind::Whatsapp),
        ]
        .into_iter()
        .filter_map(|(number, kind)| {
            optional(number).map(|number| Phone {
                number,
                kind,
                description: None,
            })
        })
        .collect();
        Contact {
            phones,
            email: optional(&c.email),
            website: optional(&c.website),
            checked_on: trimmed(&c.checked_on),
        }
    }

    fn online_record(&self) -> Online {
        let o = &self.online;
        let booking = optional(&o.booking_url)
            .map(|url| Booking {
                name: trimmed(&o.booking_name),
                url,
            })
            .into_iter()
            .collect();
        let social = o
            .social
            .iter()
            .filter_map(|s| {
                optional(&s.url).map(|url| Social {
                    platform: s.platform,
                    url,
                })
            })
            .collect();
        Online {
            booking,
            social,
            checked_on: trimmed(&o.checked_on),
        }
    }
}
