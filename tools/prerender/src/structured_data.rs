//! schema.org JSON-LD for the pre-rendered pages: a `GovernmentOffice` on
//! each MPP page and a `WebSite` with its `Dataset` (the feed) on `/`.
//!
//! It says only what the page itself says, from the same feed: nothing a
//! source does not state. In particular:
//! - `geo` only where the point is the MPP building (an owner's, issue 22);
//!   a regency seat or city point is never given as the office's place. The
//!   regency is `areaServed` instead.
//! - `openingHoursSpecification` only from hours the page vouches for: the
//!   same rule as "open now" (`hours_vouched_for`: researched hours stated
//!   within the last two years, an owner's checked within 12 months, on the
//!   MPP's clock, rules that "open now" can read). With them,
//!   the coming national holidays (not the package's estimated dates) and
//!   the MPP's own dated exceptions, each with `validFrom`/`validThrough`.
//! - `department` only for agencies whose presence the feed dates: the feed
//!   (schema 1.4) lists tenants without dates, so none is given today.
//! - `sameAs` only for the MPP's website where it passes the app's link
//!   safety rule (`is_safe_link`).
//!
//! [`script`] writes a value as a `<script type="application/ld+json">`
//! data block that no text can close early.

use domain::hours::{hours_lines, hours_vouched_for, local_date, open_state, TimeZone};
use domain::{
    dates::iso_date, is_safe_link, FeedMeta, Holiday, HolidayKind, HoursRule, Mpp, MppDetails,
    MppKind, PointKind,
};
use serde_json::{json, Map, Value};

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The `GovernmentOffice` of `mpp`'s page at `page_url` (absolute, as its
/// `og:url`), with the MPP's details and the feed's holidays, as of
/// `now_ms` (Unix ms: the build's time, as the page's own "open now").
pub fn office(
    mpp: &Mpp,
    details: Option<&MppDetails>,
    holidays: &[Holiday],
    page_url: &str,
    now_ms: f64,
) -> Value {
    let mut office = Map::new();
    office.insert("@context".into(), json!("https://schema.org"));
    office.insert("@type".into(), json!("GovernmentOffice"));
    office.insert("@id".into(), json!(format!("{page_url}#office")));
    office.insert("name".into(), json!(mpp.name));
    office.insert("url".into(), json!(page_url));

    if let Some(street) = details.and_then(|d| d.address.as_deref()) {
        let mut address = Map::new();
        address.insert("@type".into(), json!("PostalAddress"));
        address.insert("streetAddress".into(), json!(street));
        if mpp.kind != MppKind::Provinsi {
            address.insert("addressLocality".into(), json!(mpp.regency.name));
        }
        address.insert("addressRegion".into(), json!(mpp.province.name));
        address.insert("addressCountry".into(), json!("ID"));
        office.insert("address".into(), Value::Object(address));
    }

    if let Some(location) = mpp
        .location
        .as_ref()
        .filter(|l| l.point == PointKind::Building)
    {
        office.insert(
            "geo".into(),
            json!({
                "@type": "GeoCoordinates",
                "latitude": location.lat,
                "longitude": location.lon,
            }),
        );
    }

    office.insert("areaServed".into(), area_served(mpp));
    office.insert(
        "parentOrganization".into(),
        json!({
            "@type": "GovernmentOrganization",
            "name": format!("Pemerintah {}", mpp.regency.name),
        }),
    );

    let hours = opening_hours(mpp, holidays, now_ms);
    if !hours.is_empty() {
        office.insert("openingHoursSpecification".into(), Value::Array(hours));
    }

    if let Some(website) = details
        .and_then(|d| d.website.as_deref())
        .filter(|w| is_safe_link(w))
    {
        office.insert("sameAs".into(), json!([website]));
    }
    Value::Object(office)
}

/// The regency or city the MPP serves, in its province; the province itself
/// for a province-level MPP.
fn area_served(mpp: &Mpp) -> Value {
    let province = json!({ "@type": "AdministrativeArea", "name": mpp.province.name });
    if mpp.kind == MppKind::Provinsi {
        return province;
    }
    json!({
        "@type": "AdministrativeArea",
        "name": mpp.regency.name,
        "containedInPlace": province,
    })
}

/// The week, the coming closures and the dated exceptions, or nothing when
/// the page does not vouch for the hours.
fn opening_hours(mpp: &Mpp, holidays: &[Holiday], now_ms: f64) -> Vec<Value> {
    let Some(zone) = TimeZone::of_province(&mpp.province.code) else {
        return Vec::new();
    };
    let today = local_date(now_ms, zone);
    let readable = |rules: &[HoursRule]| open_state(rules, zone, now_ms).is_some();
    if !hours_vouched_for(mpp, today) || !readable(&mpp.hours) {
        return Vec::new();
    }
    let today = iso_date(today);
    let mut specs = week(&mpp.hours);

    // The MPP's own dated exceptions that have not ended (as "open now"
    // reads them: valid dates, hours readable or none = closed).
    let exceptions: Vec<_> = mpp
        .hours_exceptions
        .iter()
        .filter(|e| domain::dates::parse_date(&e.from).is_some())
        .filter(|e| domain::dates::parse_date(&e.to).is_some())
        .filter(|e| e.from <= e.to && e.to >= today)
        .filter(|e| e.hours.is_empty() || readable(&e.hours))
        .collect();
    for e in &exceptions {
        let mut dated = if e.hours.is_empty() {
            vec![closed()]
        } else {
            week(&e.hours)
        };
        for spec in &mut dated {
            let spec = spec.as_object_mut().expect("a spec is an object");
            if let Some(label) = &e.label {
                spec.insert("name".into(), json!(label));
            }
            spec.insert("validFrom".into(), json!(e.from));
            spec.insert("validThrough".into(), json!(e.to));
        }
        specs.extend(dated);
    }

    // National holidays to come, where no exception of the MPP decides the
    // day; not the dates the package only estimates.
    for h in holidays.iter().filter(|h| {
        h.kind == HolidayKind::National
            && !h.estimated
            && h.date >= today
            && domain::dates::parse_date(&h.date).is_some()
            && !exceptions
                .iter()
                .any(|e| e.from <= h.date && h.date <= e.to)
    }) {
        let mut spec = closed();
        let fields = spec.as_object_mut().expect("a spec is an object");
        fields.insert("name".into(), json!(h.name_id));
        fields.insert("validFrom".into(), json!(h.date));
        fields.insert("validThrough".into(), json!(h.date));
        specs.push(spec);
    }
    specs
}

/// One specification per opening interval of the week (a break splits a
/// day in two), days as the timetable reads them.
fn week(rules: &[HoursRule]) -> Vec<Value> {
    let mut specs: Vec<(Vec<&str>, String, String)> = Vec::new();
    for line in hours_lines(rules) {
        let days = &DAYS[line.days.0..=line.days.1];
        let intervals = match &line.pause {
            Some((start, end)) => vec![
                (line.open.clone(), start.clone()),
                (end.clone(), line.close.clone()),
            ],
            None => vec![(line.open.clone(), line.close.clone())],
        };
        for (opens, closes) in intervals {
            match specs
                .iter_mut()
                .find(|(_, o, c)| *o == opens && *c == closes)
            {
                Some((d, _, _)) => d.extend(days),
                None => specs.push((days.to_vec(), opens, closes)),
            }
        }
    }
    specs
        .into_iter()
        .map(|(days, opens, closes)| {
            json!({
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": days.iter().map(|d| format!("https://schema.org/{d}")).collect::<Vec<_>>(),
                "opens": time(&opens),
                "closes": time(&closes),
            })
        })
        .collect()
}

/// Closed all day (opens and closes at midnight), for a dated specification.
fn closed() -> Value {
    json!({
        "@type": "OpeningHoursSpecification",
        "opens": "00:00:00",
        "closes": "00:00:00",
    })
}

/// `HH:MM` as schema.org's `Time` (`HH:MM:SS`), local to the MPP.
fn time(hh_mm: &str) -> String {
    format!("{hh_mm}:00")
}

/// `/`: the site and the dataset it publishes (the feed), with the feed's
/// licences and date. `root` is the site's absolute URL ending in `/`;
/// `feed_path` the feed below it (`data/mpp.json`).
pub fn home(meta: &FeedMeta, root: &str, feed_path: &str, description: &str) -> Value {
    let website = format!("{root}#website");
    let feed_dir = feed_path.rsplit_once('/').map_or("", |(dir, _)| dir);
    let file_url = |name: &str| {
        if is_safe_link(name) {
            name.to_owned()
        } else if feed_dir.is_empty() {
            format!("{root}{name}")
        } else {
            format!("{root}{feed_dir}/{name}")
        }
    };
    let mut files = vec![feed_path.rsplit('/').next().unwrap_or(feed_path).to_owned()];
    files.extend(meta.details_url.clone());
    files.extend(meta.regions_url.clone());
    let distribution: Vec<Value> = files
        .iter()
        .map(|name| {
            json!({
                "@type": "DataDownload",
                "name": name.rsplit('/').next().unwrap_or(name),
                "contentUrl": file_url(name),
                "encodingFormat": "application/json",
            })
        })
        .collect();
    let licences: Vec<Value> = meta
        .licences
        .iter()
        .map(|l| {
            let mut licence = Map::new();
            licence.insert("@type".into(), json!("CreativeWork"));
            licence.insert("name".into(), json!(l.licence));
            if let Some(url) = l.url.as_deref().filter(|u| is_safe_link(u)) {
                licence.insert("url".into(), json!(url));
            }
            licence.insert("description".into(), json!(l.data));
            Value::Object(licence)
        })
        .collect();
    let mut dataset = json!({
        "@type": "Dataset",
        "@id": format!("{root}#dataset"),
        "name": "Peta MPP: daftar Mal Pelayanan Publik (MPP) di Indonesia",
        "description": meta.provenance,
        "url": root,
        "isPartOf": { "@id": website },
        "creator": { "@type": "Organization", "name": "Peta MPP", "url": root },
        "dateModified": meta.generated,
        "spatialCoverage": { "@type": "Country", "name": "Indonesia" },
        "license": licences,
        "distribution": distribution,
    });
    // The data set's own name and version, as its citation gives them
    // (the database's licence is the first of `licences`).
    if let Some(c) = &meta.citation {
        dataset["name"] = json!(c.title);
        dataset["version"] = json!(c.version);
    }
    json!({
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebSite",
                "@id": website,
                "name": "Peta MPP",
                "url": root,
                "description": description,
                "inLanguage": "id",
            },
            dataset,
        ],
    })
}

/// `value` as a JSON-LD data block in HTML. `<`, `>` and `&` are written as
/// JSON escapes, so no text in it (a `</script>` in an address) can end the
/// block or start markup; the JSON reads the same.
pub fn script(value: &Value) -> String {
    let json = serde_json::to_string(value)
        .expect("a JSON value serialises")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    format!(r#"<script type="application/ld+json">{json}</script>"#)
}
