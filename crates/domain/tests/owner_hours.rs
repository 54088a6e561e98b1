//! "Open now" from an MPP's own hours (issue 22): an owner's hours older
//! than 12 months give no verdict (researched ones keep their two years),
//! and an owner's dated exceptions — a closure, special hours, opening on
//! a joint-leave day — come before holidays and the week (the builder puts
//! the narrowest first where one lies within another).

use domain::{
    hours::{hours_vouched_for, OpenState, TimeZone},
    hours_calendar::{open_at, verdict, Calendar, DayKind, OpenAt, OpenAtAnswer, OpenDay},
    Holiday, HoursException, HoursRule, Mpp,
};

fn rule(days: &[&str], open: &str, close: &str) -> HoursRule {
    HoursRule {
        days: days.iter().map(|d| (*d).to_owned()).collect(),
        open: open.into(),
        close: close.into(),
        break_start: None,
        break_end: None,
    }
}

fn week() -> Vec<HoursRule> {
    vec![rule(&["Mon", "Tue", "Wed", "Thu", "Fri"], "08:00", "16:00")]
}

/// Buol (Sulawesi Tengah, WITA) with hours checked on 2026-03-03.
fn buol(by_owner: bool) -> Mpp {
    serde_json::from_value(serde_json::json!({
        "id": "72.05", "slug": "kabupaten-buol", "name": "MPP Kabupaten Buol", "kind": "kabupaten",
        "regency": { "code": "72.05", "name": "Kabupaten Buol" },
        "province": { "code": "72", "name": "Sulawesi Tengah" },
        "location": null, "inauguration": null, "status": "new", "confidence": "high",
        "hours": week(), "hours_as_of": "2026-03-03", "hours_by_owner": by_owner,
        "publisher": by_owner.then_some("Pemerintah Kabupaten Buol"),
    }))
    .unwrap()
}

fn holidays() -> Vec<Holiday> {
    #[derive(serde::Deserialize)]
    struct File {
        days: Vec<Holiday>,
    }
    serde_json::from_str::<File>(include_str!("../../../data/holidays.json"))
        .unwrap()
        .days
}

/// Unix ms of a local date and time in WITA.
fn wita(y: u32, m: u32, d: u32, hour: u32) -> f64 {
    let days = domain::dates::days_from_civil(y, m, d);
    (days * 1440 + i64::from(hour * 60) - 8 * 60) as f64 * 60_000.0
}

/// "Open at: now" for `mpp` at a local date and hour in WITA.
fn open_now(mpp: &Mpp, (y, m, d): (u32, u32, u32), hour: u32) -> OpenAtAnswer {
    let now = OpenAt {
        day: OpenDay::Now,
        time: None,
    };
    open_at(mpp, &holidays(), now, wita(y, m, d, hour))
}

#[test]
fn an_owners_hours_are_vouched_for_twelve_months() {
    let (owner, research) = (buol(true), buol(false));
    assert!(hours_vouched_for(&owner, (2026, 3, 3)));
    assert!(hours_vouched_for(&owner, (2027, 3, 3)));
    assert!(!hours_vouched_for(&owner, (2027, 3, 4)));
    // Researched hours stated the same day keep their two years.
    assert!(hours_vouched_for(&research, (2027, 3, 4)));
    assert!(hours_vouched_for(&research, (2028, 3, 3)));
    assert!(!hours_vouched_for(&research, (2028, 3, 4)));
    // Never from the future.
    assert!(!hours_vouched_for(&owner, (2026, 3, 2)));

    // "Open at" then says it does not know, on a weekday at 10:00 WITA.
    assert_eq!(open_now(&owner, (2027, 3, 2), 10), OpenAtAnswer::Open);
    assert_eq!(open_now(&owner, (2027, 3, 9), 10), OpenAtAnswer::Unknown);
    assert_eq!(open_now(&research, (2027, 3, 9), 10), OpenAtAnswer::Open);
}

fn exception(from: &str, to: &str, hours: Vec<HoursRule>, label: &str) -> HoursException {
    HoursException {
        from: from.into(),
        to: to.into(),
        hours,
        label: Some(label.into()),
        source: Some("https://buolkab.go.id/data-uji/mpp.json".into()),
    }
}

#[test]
fn an_owners_exceptions_come_before_holidays_and_the_week() {
    let holidays = holidays();
    let every_day = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let mut mpp = buol(true);
    mpp.hours_exceptions = vec![
        // A closure inside a month of special hours, the narrowest first
        // as the builder writes them.
        exception(
            "2026-04-10",
            "2026-04-10",
            vec![],
            "Tutup: pemeliharaan listrik",
        ),
        exception(
            "2026-04-01",
            "2026-04-30",
            vec![rule(&every_day, "08:00", "12:00")],
            "Jam khusus",
        ),
        // Open half a day on a joint-leave day, and on a national holiday.
        exception(
            "2026-05-15",
            "2026-05-15",
            vec![rule(&every_day, "08:00", "12:00")],
            "Buka saat cuti bersama",
        ),
        exception(
            "2026-05-14",
            "2026-05-14",
            vec![rule(&every_day, "09:00", "11:00")],
            "Buka saat libur",
        ),
    ]
    .into();
    let calendar = Calendar::of(&mpp, &holidays);
    let at = |y, m, d, h| {
        let v = verdict(&mpp.hours, calendar, TimeZone::Wita, wita(y, m, d, h)).unwrap();
        let label = match &v.day {
            DayKind::Exception(e) => e.label.clone().unwrap(),
            other => format!("{other:?}"),
        };
        let open = matches!(
            v.state,
            OpenState::Open { .. } | OpenState::ClosingSoon { .. }
        );
        (label, open)
    };
    // The closure holds inside the month of special hours.
    assert_eq!(
        at(2026, 4, 10, 10),
        ("Tutup: pemeliharaan listrik".into(), false)
    );
    assert_eq!(at(2026, 4, 9, 10), ("Jam khusus".into(), true));
    assert_eq!(at(2026, 4, 9, 13), ("Jam khusus".into(), false));
    // Joint-leave day and national holiday: the owner's word.
    assert_eq!(at(2026, 5, 15, 10), ("Buka saat cuti bersama".into(), true));
    assert_eq!(at(2026, 5, 14, 10), ("Buka saat libur".into(), true));
    // The next joint-leave day without a notice is still one.
    let v = verdict(&mpp.hours, calendar, TimeZone::Wita, wita(2026, 5, 28, 10)).unwrap();
    assert!(matches!(v.day, DayKind::JointLeave(_)));
    // "Open at" follows the same rules.
    assert_eq!(open_now(&mpp, (2026, 4, 10), 10), OpenAtAnswer::Closed);
    assert_eq!(open_now(&mpp, (2026, 5, 14), 10), OpenAtAnswer::Open);
}
