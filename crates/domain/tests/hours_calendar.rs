//! "Open now" with the calendar: national holidays, joint-leave days, an
//! MPP's dated exceptions, its own time zone at the day's edges; and "open
//! at" a chosen day and time in the filters and the URL.

use domain::{
    filters::{apply_at, Clock, Filters},
    hours::{OpenState, TimeZone},
    hours_calendar::{open_at, verdict, Calendar, DayKind, OpenAt, OpenAtAnswer, OpenDay},
    search::SearchIndex,
    url_state::UrlState,
    Holiday, HolidayKind, HoursException, HoursRule, Mpp,
};

fn rule(days: &[&str], open: &str, close: &str, brk: Option<(&str, &str)>) -> HoursRule {
    HoursRule {
        days: days.iter().map(|d| (*d).to_owned()).collect(),
        open: open.into(),
        close: close.into(),
        break_start: brk.map(|b| b.0.to_owned()),
        break_end: brk.map(|b| b.1.to_owned()),
    }
}

/// Kota Banda Aceh's hours as the feed has them (stated 2026-01-13).
fn banda_aceh_week() -> Vec<HoursRule> {
    vec![
        rule(
            &["Mon", "Tue", "Wed", "Thu"],
            "08:30",
            "15:30",
            Some(("12:30", "14:00")),
        ),
        rule(&["Fri"], "08:30", "15:30", Some(("11:30", "14:00"))),
    ]
}

/// The committed holiday list (data/holidays.json), as the feed carries it.
fn holidays() -> Vec<Holiday> {
    #[derive(serde::Deserialize)]
    struct File {
        days: Vec<Holiday>,
    }
    let text = include_str!("../../../data/holidays.json");
    serde_json::from_str::<File>(text).unwrap().days
}

/// Unix ms of a local date and time in `zone`.
fn at(zone: TimeZone, (y, m, d): (u32, u32, u32), hour: u32, minute: u32) -> f64 {
    let days = domain::dates::days_from_civil(y, m, d);
    let minutes = days * 1440 + i64::from(hour * 60 + minute) - zone.utc_offset_minutes();
    minutes as f64 * 60_000.0
}

fn check(
    rules: &[HoursRule],
    cal: Calendar<'_>,
    zone: TimeZone,
    when: f64,
) -> (DayKind, OpenState) {
    let v = verdict(rules, cal, zone, when).expect("hours are readable");
    (v.day, v.state)
}

/// Banda Aceh's verdict at a date and time on its clock (WIB), with the
/// committed holidays and no dated exceptions.
fn banda_aceh_at(date: (u32, u32, u32), hour: u32, minute: u32) -> (DayKind, OpenState) {
    let holidays = holidays();
    let cal = Calendar {
        holidays: &holidays,
        exceptions: &[],
    };
    check(
        &banda_aceh_week(),
        cal,
        TimeZone::Wib,
        at(TimeZone::Wib, date, hour, minute),
    )
}

#[test]
fn a_national_holiday_closes_an_mpp_with_hours() {
    // Monday 17 August 2026, 10:00 WIB: Hari Kemerdekaan.
    let (day, state) = banda_aceh_at((2026, 8, 17), 10, 0);
    match day {
        DayKind::Holiday(h) => {
            assert_eq!(h.name_id, "Hari Kemerdekaan Republik Indonesia");
            assert_eq!(h.kind, HolidayKind::National);
        }
        other => panic!("expected a holiday, got {other:?}"),
    }
    // It opens again the next day, Tuesday, at 08:30.
    assert_eq!(
        state,
        OpenState::Closed {
            next: Some((1, "08:30".into()))
        }
    );
    // Without the calendar the week alone would have said "open".
    let plain = Calendar::default();
    let (day, state) = check(
        &banda_aceh_week(),
        plain,
        TimeZone::Wib,
        at(TimeZone::Wib, (2026, 8, 17), 10, 0),
    );
    assert_eq!(day, DayKind::Regular);
    assert!(matches!(state, OpenState::Open { .. }));
}

#[test]
fn a_normal_day_is_open() {
    let (day, state) = banda_aceh_at((2026, 8, 18), 10, 0);
    assert_eq!(day, DayKind::Regular);
    assert_eq!(
        state,
        OpenState::Open {
            until: "12:30".into(),
            for_break: true
        }
    );
}

#[test]
fn a_joint_leave_day_keeps_the_week_but_says_so() {
    // Friday 20 March 2026: Cuti Bersama Hari Raya Idul Fitri.
    let (day, state) = banda_aceh_at((2026, 3, 20), 10, 0);
    match day {
        DayKind::JointLeave(h) => assert_eq!(h.name_id, "Cuti Bersama Hari Raya Idul Fitri"),
        other => panic!("expected a joint-leave day, got {other:?}"),
    }
    assert!(matches!(state, OpenState::Open { .. }));
}

#[test]
fn the_next_opening_skips_holidays_and_joint_leave_is_not_a_closure() {
    // (date, hour on Banda Aceh's clock, the weekday it opens again: 0 = Monday)
    let cases = [
        // Thursday 19 March 2026, 10:00 (Nyepi): closed; Friday 20 is cuti
        // bersama (the week's hours apply), so it opens again Friday 08:30.
        ((2026, 3, 19), 10, 4),
        // Friday 20 March 2026, 16:00: Saturday and Sunday are closed,
        // Monday 23 and Tuesday 24 are cuti bersama (hours of the week).
        ((2026, 3, 20), 16, 0),
        // Sunday 16 August 2026: Monday is a holiday, so Tuesday.
        ((2026, 8, 16), 10, 1),
    ];
    for (date, hour, next_day) in cases {
        let (_, state) = banda_aceh_at(date, hour, 0);
        assert_eq!(
            state,
            OpenState::Closed {
                next: Some((next_day, "08:30".into()))
            },
            "{date:?} {hour}:00"
        );
    }
}

#[test]
fn a_stated_closure_and_ramadan_hours_come_before_holidays_and_the_week() {
    let holidays = holidays();
    let closure = HoursException {
        from: "2026-08-18".into(),
        to: "2026-08-19".into(),
        hours: vec![],
        label: Some("renovasi".into()),
        source: None,
    };
    let ramadan = HoursException {
        from: "2026-02-18".into(),
        to: "2026-03-19".into(),
        hours: vec![rule(
            &["Mon", "Tue", "Wed", "Thu", "Fri"],
            "08:00",
            "14:00",
            None,
        )],
        label: Some("Ramadan 1447 H".into()),
        source: None,
    };
    // Open on a holiday, by the MPP's own notice.
    let open_on_holiday = HoursException {
        from: "2026-08-17".into(),
        to: "2026-08-17".into(),
        hours: vec![rule(&["Mon"], "09:00", "12:00", None)],
        label: None,
        source: None,
    };
    let exceptions = [closure.clone(), ramadan.clone(), open_on_holiday.clone()];
    let cal = Calendar {
        holidays: &holidays,
        exceptions: &exceptions,
    };
    let zone = TimeZone::Wib;
    // Tuesday 18 August 2026, a normal day, closed by the stated closure.
    let (day, state) = check(
        &banda_aceh_week(),
        cal,
        zone,
        at(zone, (2026, 8, 18), 10, 0),
    );
    assert_eq!(day, DayKind::Exception(closure));
    assert_eq!(
        state,
        OpenState::Closed {
            next: Some((3, "08:30".into()))
        }
    );
    // Ramadan: Wednesday 4 March 2026, 13:45 is open until 14:00 (no break).
    let (day, state) = check(
        &banda_aceh_week(),
        cal,
        zone,
        at(zone, (2026, 3, 4), 13, 45),
    );
    assert_eq!(day, DayKind::Exception(ramadan.clone()));
    assert_eq!(
        state,
        OpenState::ClosingSoon {
            until: "14:00".into(),
            for_break: false
        }
    );
    // 14:30 the week would be open; Ramadan hours are over.
    let (_, state) = check(
        &banda_aceh_week(),
        cal,
        zone,
        at(zone, (2026, 3, 4), 14, 30),
    );
    assert!(matches!(state, OpenState::Closed { .. }));
    // Nyepi (19 March) falls inside the Ramadan exception, which wins.
    let (day, _) = check(
        &banda_aceh_week(),
        cal,
        zone,
        at(zone, (2026, 3, 19), 10, 0),
    );
    assert_eq!(day, DayKind::Exception(ramadan));
    // The MPP's notice opens it on 17 August.
    let (day, state) = check(
        &banda_aceh_week(),
        cal,
        zone,
        at(zone, (2026, 8, 17), 10, 0),
    );
    assert_eq!(day, DayKind::Exception(open_on_holiday));
    assert_eq!(
        state,
        OpenState::Open {
            until: "12:00".into(),
            for_break: false
        }
    );
}

#[test]
fn each_zone_reads_the_holiday_on_its_own_clock_at_the_days_edges() {
    let holidays = holidays();
    let cal = Calendar {
        holidays: &holidays,
        exceptions: &[],
    };
    let every_day = vec![rule(
        &["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "00:00",
        "24:00",
        None,
    )];
    for zone in [TimeZone::Wib, TimeZone::Wita, TimeZone::Wit] {
        // 23:59 on 16 August on the zone's clock: not yet the holiday.
        let (day, state) = check(&every_day, cal, zone, at(zone, (2026, 8, 16), 23, 59));
        assert_eq!(day, DayKind::Regular, "{zone:?}");
        assert!(matches!(state, OpenState::ClosingSoon { .. }), "{zone:?}");
        // 00:00 on 17 August: the holiday.
        let (day, _) = check(&every_day, cal, zone, at(zone, (2026, 8, 17), 0, 0));
        assert!(matches!(day, DayKind::Holiday(_)), "{zone:?}");
        // 23:59 on 17 August: still the holiday; 00:00 on the 18th: not.
        let (day, _) = check(&every_day, cal, zone, at(zone, (2026, 8, 17), 23, 59));
        assert!(matches!(day, DayKind::Holiday(_)), "{zone:?}");
        let (day, state) = check(&every_day, cal, zone, at(zone, (2026, 8, 18), 0, 0));
        assert_eq!(day, DayKind::Regular, "{zone:?}");
        assert!(matches!(state, OpenState::Open { .. }), "{zone:?}");
    }
    // The same instant, 16 Aug 2026 16:30 UTC, is 23:30 on the 16th in WIB
    // and 00:30 on the 17th in WIT: an MPP in Papua is on its holiday.
    let instant = at(TimeZone::Wib, (2026, 8, 16), 23, 30);
    let (wib, _) = check(&every_day, cal, TimeZone::Wib, instant);
    let (wit, _) = check(&every_day, cal, TimeZone::Wit, instant);
    assert_eq!(wib, DayKind::Regular);
    assert!(matches!(wit, DayKind::Holiday(_)));
}

#[test]
fn holidays_of_the_coming_two_weeks() {
    let holidays = holidays();
    let cal = Calendar {
        holidays: &holidays,
        exceptions: &[],
    };
    let names: Vec<&str> = cal
        .holidays_within((2026, 3, 14), 14)
        .iter()
        .map(|h| h.date.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "2026-03-18",
            "2026-03-19",
            "2026-03-20",
            "2026-03-21",
            "2026-03-22",
            "2026-03-23",
            "2026-03-24"
        ]
    );
    assert!(cal.holidays_within((2026, 9, 1), 14).is_empty());
}

fn mpp(slug: &str, province: &str, hours: Vec<HoursRule>, as_of: Option<&str>) -> Mpp {
    serde_json::from_value(serde_json::json!({
        "id": slug, "slug": slug, "name": format!("MPP {slug}"), "kind": "kota",
        "regency": { "code": format!("{province}.01"), "name": slug },
        "province": { "code": province, "name": "P" },
        "location": null, "inauguration": null, "status": "confirmed", "confidence": "high",
        "hours": hours, "hours_as_of": as_of,
    }))
    .unwrap()
}

#[test]
fn open_at_a_day_and_time_never_hides_unknown_hours() {
    let holidays = holidays();
    let week_days = vec![rule(
        &["Mon", "Tue", "Wed", "Thu", "Fri"],
        "08:00",
        "15:00",
        None,
    )];
    let saturdays = vec![rule(&["Sat"], "08:00", "12:00", None)];
    let mpps = vec![
        mpp("senin-jumat", "11", week_days.clone(), Some("2026-01-13")),
        mpp("tanpa-jam", "11", vec![], None),
        mpp("sabtu", "73", saturdays, Some("2026-05-01")),
        mpp("jam-lama", "11", week_days, Some("2019-01-24")),
    ];
    let index = SearchIndex::new(&mpps, &[]);
    // Monday 17 August 2026 (the holiday), 10:00 WIB.
    let now = at(TimeZone::Wib, (2026, 8, 17), 10, 0);
    let feed_holidays = holidays.clone().into();
    let clock = Some(Clock::new(now, &feed_holidays));
    let run = |day, time| {
        let filters = Filters {
            open_at: Some(OpenAt { day, time }),
            ..Filters::default()
        };
        let result = apply_at(&mpps, &index, &filters, None, clock);
        let slugs: Vec<&str> = result
            .hits
            .iter()
            .map(|h| mpps[h.index].slug.as_str())
            .collect();
        (slugs, result.hours_unknown)
    };
    // Saturday 09:00: the Saturday MPP first, then the unknown ones.
    assert_eq!(
        run(OpenDay::Weekday(5), Some(9 * 60)),
        (vec!["sabtu", "tanpa-jam", "jam-lama"], 2)
    );
    // Now (the holiday): nobody is open; the unknown ones still show.
    assert_eq!(run(OpenDay::Now, None), (vec!["tanpa-jam", "jam-lama"], 2));
    // Today (the holiday) at any time: nobody; tomorrow, Tuesday, 10:00.
    assert_eq!(run(OpenDay::Today, None).0, vec!["tanpa-jam", "jam-lama"]);
    assert_eq!(
        run(OpenDay::Weekday(1), Some(10 * 60)).0,
        vec!["senin-jumat", "tanpa-jam", "jam-lama"]
    );
    // Monday means the coming Monday: today, the holiday.
    assert_eq!(run(OpenDay::Weekday(0), Some(10 * 60)).1, 2);
    assert_eq!(run(OpenDay::Weekday(0), Some(10 * 60)).0.len(), 2);
    // Any day at 11:00: both with recent hours.
    assert_eq!(
        run(OpenDay::Any, Some(11 * 60)),
        (vec!["senin-jumat", "sabtu", "tanpa-jam", "jam-lama"], 2)
    );
    // Without "open at" nothing is counted as unknown, nothing reordered.
    let result = apply_at(&mpps, &index, &Filters::default(), None, clock);
    assert_eq!((result.hits.len(), result.hours_unknown), (4, 0));
    // The MPP-level answer.
    assert_eq!(
        open_at(
            &mpps[1],
            &holidays,
            OpenAt {
                day: OpenDay::Now,
                time: None
            },
            now
        ),
        OpenAtAnswer::Unknown
    );
    assert_eq!(
        open_at(
            &mpps[0],
            &holidays,
            OpenAt {
                day: OpenDay::Now,
                time: None
            },
            now
        ),
        OpenAtAnswer::Closed
    );
}

#[test]
fn open_at_round_trips_through_the_url() {
    for (query, day, time) in [
        ("?buka=sab&jam=09.00", OpenDay::Weekday(5), Some(540)),
        ("?buka=sekarang", OpenDay::Now, None),
        (
            "?buka=hari-ini&jam=17.30",
            OpenDay::Today,
            Some(17 * 60 + 30),
        ),
        ("?buka=semua&jam=07.05", OpenDay::Any, Some(425)),
        ("?buka=min", OpenDay::Weekday(6), None),
    ] {
        let pairs: Vec<(&str, &str)> = query[1..]
            .split('&')
            .map(|p| p.split_once('=').unwrap())
            .collect();
        let (state, invalid) = UrlState::from_pairs(pairs);
        assert!(invalid.is_empty(), "{query}");
        assert_eq!(state.filters.open_at, Some(OpenAt { day, time }), "{query}");
        assert_eq!(state.to_query(), query);
    }
    // "jam" alone means any day; 09:00 is read too.
    let (state, _) = UrlState::from_pairs([("jam", "09:00")]);
    assert_eq!(
        state.filters.open_at,
        Some(OpenAt {
            day: OpenDay::Any,
            time: Some(540)
        })
    );
    // Unreadable values are named, never guessed.
    let (state, invalid) = UrlState::from_pairs([("buka", "besok"), ("jam", "25.00")]);
    assert_eq!(state.filters.open_at, None);
    assert_eq!(invalid, ["buka", "jam"]);
}

#[test]
fn the_embed_reads_open_at_like_the_home_page() {
    use domain::embed::EmbedParams;
    let params = EmbedParams::from_pairs([("wilayah", "11.71"), ("jam", "09.00"), ("buka", "sab")]);
    assert_eq!(
        params.open_at,
        Some(OpenAt {
            day: OpenDay::Weekday(5),
            time: Some(540)
        })
    );
    assert!(params.invalid.is_empty());
    let params = EmbedParams::from_pairs([("buka", "sekarang")]);
    assert_eq!(
        params.open_at,
        Some(OpenAt {
            day: OpenDay::Now,
            time: None
        })
    );
    let params = EmbedParams::from_pairs([("buka", "kapan-kapan"), ("jam", "9")]);
    assert_eq!(params.open_at, None);
    assert_eq!(params.invalid, ["buka=kapan-kapan", "jam=9"]);
}

#[test]
fn the_parser_reads_holidays_and_exceptions_and_skips_a_broken_one() {
    let feed = include_str!("../../../public/data/mpp.json");
    let mut value: serde_json::Value = serde_json::from_str(feed).unwrap();
    let entries = value["meta"]["holidays"].as_array_mut().unwrap();
    let shipped = entries.len();
    entries.push(serde_json::json!({"date": "2026-02-30", "kind": "national", "name_id": "X", "name_en": "X"}));
    entries.push(serde_json::json!({"date": "2026-09-01", "kind": "regional", "name_id": "X", "name_en": "X"}));
    value["mpps"][0]["hours_exceptions"] = serde_json::json!([
        {"from": "2026-08-18", "to": "2026-08-19", "label": "renovasi"},
        {"from": "2026-03-01", "to": "2026-03-19", "hours": [{"days": ["Mon"], "open": "08:00", "close": "14:00"}]},
        {"from": "kemarin", "to": "2026-08-19"},
        {"from": "2026-08-18", "to": "2026-08-19", "hours": "pagi saja"}
    ]);
    let parsed = domain::parse_feed(&value.to_string()).unwrap();
    assert_eq!(
        parsed.meta.holidays.len(),
        shipped,
        "the two broken holidays are skipped"
    );
    assert_eq!(*parsed.meta.holidays, holidays());
    assert!(
        parsed.skipped.is_empty(),
        "a broken exception never costs the MPP"
    );
    let exceptions = &parsed.mpps[0].hours_exceptions;
    assert_eq!(exceptions.len(), 2);
    assert_eq!(exceptions[0].label.as_deref(), Some("renovasi"));
    assert!(exceptions[0].hours.is_empty());
    assert_eq!(exceptions[1].hours[0].close, "14:00");
}
