//! The feed's types read from a parsed `json::Value` by hand, with serde's
//! meaning (a missing `Option` is `None`, a missing list with a default is
//! empty, unknown fields are ignored) but none of its per-type visitors in
//! the first download (issue 24). `tests/feed_parsing.rs` checks that these
//! readers and serde's derives read the committed feed alike.

use crate::feed::*;
use crate::json::Value;
use crate::read_later::FromJson;

/// What is wrong with a record, for `SkipReason::Malformed`.
pub type Read<T> = Result<T, String>;

/// The member `key`, which must be there and not null.
fn field<'a>(v: &'a Value, key: &str) -> Read<&'a Value> {
    match v.get(key) {
        None | Some(Value::Null) => Err(format!("missing field `{key}`")),
        Some(value) => Ok(value),
    }
}

fn wrong(key: &str, expected: &str, found: &Value) -> String {
    format!("`{key}`: expected {expected}, found {}", found.kind())
}

fn text(v: &Value, key: &str) -> Read<String> {
    let value = field(v, key)?;
    value
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| wrong(key, "a string", value))
}

/// An optional member: missing and null are `None`, anything else is read.
fn optional<T>(v: &Value, key: &str, read: impl Fn(&Value, &str) -> Read<T>) -> Read<Option<T>> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(_) => read(v, key).map(Some),
    }
}

fn count(v: &Value, key: &str) -> Read<u32> {
    let value = field(v, key)?;
    value
        .as_u32()
        .ok_or_else(|| wrong(key, "a whole number", value))
}

fn number(v: &Value, key: &str) -> Read<f64> {
    let value = field(v, key)?;
    value.as_f64().ok_or_else(|| wrong(key, "a number", value))
}

/// A flag that is false when missing.
fn flag(v: &Value, key: &str) -> Read<bool> {
    match v.get(key) {
        None => Ok(false),
        Some(value) => value
            .as_bool()
            .ok_or_else(|| wrong(key, "true or false", value)),
    }
}

/// One of `names` (the enum's snake_case names, in the order of `values`).
fn choice<T: Copy>(v: &Value, key: &str, names: &[&str], values: &[T]) -> Read<T> {
    let name = text(v, key)?;
    names
        .iter()
        .position(|n| *n == name)
        .map(|i| values[i])
        .ok_or_else(|| format!("`{key}`: unknown value `{name}`"))
}

/// An object member read by `read`, its errors prefixed with `key`.
fn object<T>(v: &Value, key: &str, read: fn(&Value) -> Read<T>) -> Read<T> {
    let value = field(v, key)?;
    if !matches!(value, Value::Object(_)) {
        return Err(wrong(key, "an object", value));
    }
    read(value).map_err(|e| format!("{key}: {e}"))
}

/// A list member; missing is empty when `required` is false.
fn list<T>(v: &Value, key: &str, required: bool, item: fn(&Value) -> Read<T>) -> Read<Vec<T>> {
    match v.get(key) {
        None if !required => Ok(Vec::new()),
        None => Err(format!("missing field `{key}`")),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, value)| item(value).map_err(|e| format!("{key}[{i}]: {e}")))
            .collect(),
        Some(value) => Err(wrong(key, "an array", value)),
    }
}

fn string_item(v: &Value) -> Read<String> {
    v.as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("expected a string, found {}", v.kind()))
}

fn confidence(v: &Value, key: &str) -> Read<Confidence> {
    use Confidence::*;
    choice(
        v,
        key,
        &["high", "medium", "medium_inferred", "low"],
        &[High, Medium, MediumInferred, Low],
    )
}

fn area(v: &Value) -> Read<Area> {
    Ok(Area {
        code: text(v, "code")?,
        name: text(v, "name")?,
    })
}

fn location(v: &Value) -> Read<Location> {
    use PointKind::*;
    Ok(Location {
        lat: number(v, "lat")?,
        lon: number(v, "lon")?,
        point: choice(
            v,
            "point",
            &[
                "regency_seat",
                "city_centre",
                "province_capital",
                "approximate_place",
                "building",
            ],
            &[
                RegencySeat,
                CityCentre,
                ProvinceCapital,
                ApproximatePlace,
                Building,
            ],
        )?,
        place: optional(v, "place", text)?,
        confidence: confidence(v, "confidence")?,
        marks: None,
    })
}

/// A rule of a week's hours.
pub fn hours_rule(v: &Value) -> Read<HoursRule> {
    Ok(HoursRule {
        days: list(v, "days", true, string_item)?,
        open: text(v, "open")?,
        close: text(v, "close")?,
        break_start: optional(v, "break_start", text)?,
        break_end: optional(v, "break_end", text)?,
    })
}

/// One record of `mpps`, its `hours_exceptions` left for `exception_of`.
pub fn mpp(v: &Value) -> Read<Mpp> {
    use MppKind::*;
    use MppStatus::*;
    if !matches!(v, Value::Object(_)) {
        return Err(format!("expected an object, found {}", v.kind()));
    }
    Ok(Mpp {
        id: text(v, "id")?,
        slug: text(v, "slug")?,
        name: text(v, "name")?,
        kind: choice(
            v,
            "kind",
            &["kabupaten", "kota", "provinsi"],
            &[Kabupaten, Kota, Provinsi],
        )?,
        regency: object(v, "regency", area)?,
        province: object(v, "province", area)?,
        location: optional(v, "location", |v, key| object(v, key, location))?,
        inauguration: optional(v, "inauguration", |v, key| {
            object(v, key, |v| {
                Ok(Inauguration {
                    date: text(v, "date")?,
                })
            })
        })?,
        status: choice(
            v,
            "status",
            &["new", "confirmed", "unconfirmed"],
            &[New, Confirmed, Unconfirmed],
        )?,
        confidence: confidence(v, "confidence")?,
        services: list(v, "services", false, string_item)?,
        service_count: optional(v, "service_count", count)?,
        hours: list(v, "hours", false, hours_rule)?,
        hours_as_of: optional(v, "hours_as_of", text)?,
        hours_exceptions: Default::default(),
        publisher: optional(v, "publisher", text)?,
        hours_by_owner: flag(v, "hours_by_owner")?,
    })
}

fn licence(v: &Value) -> Read<Licence> {
    Ok(Licence {
        data: text(v, "data")?,
        data_en: optional(v, "data_en", text)?,
        licence: text(v, "licence")?,
        licence_en: optional(v, "licence_en", text)?,
        url: optional(v, "url", text)?,
    })
}

fn citation(v: &Value) -> Read<Citation> {
    Ok(Citation {
        title: text(v, "title")?,
        publisher: text(v, "publisher")?,
        version: text(v, "version")?,
        date: text(v, "date")?,
        licence: text(v, "licence")?,
        licence_url: text(v, "licence_url")?,
    })
}

fn category(v: &Value) -> Read<ServiceCategory> {
    Ok(ServiceCategory {
        id: text(v, "id")?,
        label_id: text(v, "label_id")?,
        label_en: text(v, "label_en")?,
    })
}

fn batch(v: &Value) -> Read<Batch> {
    Ok(Batch {
        date: text(v, "date")?,
        inaugurated: count(v, "inaugurated")?,
        total_before: optional(v, "total_before", count)?,
        total_after: optional(v, "total_after", count)?,
        minister: optional(v, "minister", text)?,
        online: flag(v, "online")?,
        mpp_ids: list(v, "mpp_ids", false, string_item)?,
    })
}

/// The feed's `meta`, its holidays left for `holiday_of`. A citation that
/// cannot be read is left out: it is a courtesy, not the feed.
pub fn meta(v: &Value) -> Read<FeedMeta> {
    if !matches!(v, Value::Object(_)) {
        return Err(format!("expected an object, found {}", v.kind()));
    }
    Ok(FeedMeta {
        generated: text(v, "generated")?,
        announced_total: count(v, "announced_total")?,
        announced_date: text(v, "announced_date")?,
        listed: count(v, "listed")?,
        provenance: text(v, "provenance")?,
        provenance_en: optional(v, "provenance_en", text)?,
        licences: list(v, "licences", true, licence)?,
        citation: v.get("citation").and_then(|c| citation(c).ok()),
        details_url: optional(v, "details_url", text)?,
        categories: list(v, "categories", false, category)?,
        regions_url: optional(v, "regions_url", text)?,
        corrections_url: optional(v, "corrections_url", text)?,
        current_batch: optional(v, "current_batch", |v, key| object(v, key, batch))?,
        batches: list(v, "batches", false, batch)?,
        holidays: Default::default(),
    })
}

/// The feed's holidays, read when first used (`read_later.rs`).
impl FromJson for Vec<Holiday> {
    fn from_json(json: &Value) -> Self {
        each(json, holiday_of)
    }
}

/// An MPP's dated exceptions, read when first used (`read_later.rs`).
impl FromJson for Vec<HoursException> {
    fn from_json(json: &Value) -> Self {
        each(json, exception_of)
    }
}

/// The readable entries of an array (none of anything else).
fn each<T>(json: &Value, read: fn(&Value) -> Option<T>) -> Vec<T> {
    match json {
        Value::Array(entries) => entries.iter().filter_map(read).collect(),
        _ => Vec::new(),
    }
}

/// A holiday of the feed's metadata: `None` when any field is missing or
/// wrong (it is then left out, never guessed).
pub fn holiday_of(v: &Value) -> Option<Holiday> {
    use HolidayKind::*;
    let date = text(v, "date")
        .ok()
        .filter(|d| crate::dates::parse_date(d).is_some())?;
    Some(Holiday {
        date,
        kind: choice(
            v,
            "kind",
            &["national", "joint_leave"],
            &[National, JointLeave],
        )
        .ok()?,
        name_id: text(v, "name_id").ok()?,
        name_en: text(v, "name_en").ok()?,
        estimated: flag(v, "estimated").unwrap_or(false),
    })
}

/// An MPP's dated exception: `None` when its dates or hours cannot be read
/// (it is then left out, never guessed).
pub fn exception_of(v: &Value) -> Option<HoursException> {
    let date = |key| {
        text(v, key)
            .ok()
            .filter(|d| crate::dates::parse_date(d).is_some())
    };
    Some(HoursException {
        from: date("from")?,
        to: date("to")?,
        hours: match v.get("hours") {
            None | Some(Value::Null) => Vec::new(),
            Some(_) => list(v, "hours", false, hours_rule).ok()?,
        },
        label: text(v, "label").ok(),
        source: text(v, "source").ok(),
    })
}
