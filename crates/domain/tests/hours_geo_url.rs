//! Opening hours across time zones, distances, and the URL state.

use domain::{
    filters::Filters,
    geo::{distance_km, format_km, LatLon},
    hours::{local_time, open_state, OpenState, TimeZone},
    url_state::UrlState,
    HoursRule, Lang,
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

/// Unix ms of a UTC date and time (2026-11-30 is a Monday).
fn utc(day: u32, hour: u32, minute: u32) -> f64 {
    // 2026-11-30T00:00:00Z
    let monday = 1_795_996_800_000.0;
    monday
        + f64::from(day) * 86_400_000.0
        + f64::from(hour) * 3_600_000.0
        + f64::from(minute) * 60_000.0
}

/// Mon–Thu 08:00–16:00 with a 12:00–13:00 break; Friday 08:00–16:30 with
/// the longer Friday-prayer break 11:30–13:30.
fn week() -> Vec<HoursRule> {
    vec![
        rule(
            &["Mon", "Tue", "Wed", "Thu"],
            "08:00",
            "16:00",
            Some(("12:00", "13:00")),
        ),
        rule(&["Fri"], "08:00", "16:30", Some(("11:30", "13:30"))),
    ]
}

#[test]
fn the_test_clock_is_right() {
    assert_eq!(local_time(utc(0, 0, 0), TimeZone::Wib), (0, 7 * 60));
    assert_eq!(
        local_time(utc(0, 20, 0), TimeZone::Wit),
        (1, 5 * 60),
        "20:00 UTC Monday is 05:00 Tuesday WIT"
    );
}

#[test]
fn time_zones_follow_the_province() {
    assert_eq!(TimeZone::of_province("11"), Some(TimeZone::Wib)); // Aceh
    assert_eq!(TimeZone::of_province("62"), Some(TimeZone::Wib)); // Kalimantan Tengah
    assert_eq!(TimeZone::of_province("63"), Some(TimeZone::Wita)); // Kalimantan Selatan
    assert_eq!(TimeZone::of_province("72"), Some(TimeZone::Wita)); // Sulawesi Tengah (Buol)
    assert_eq!(TimeZone::of_province("51"), Some(TimeZone::Wita)); // Bali
    assert_eq!(TimeZone::of_province("94"), Some(TimeZone::Wit)); // Papua Tengah
    assert_eq!(TimeZone::of_province("xx"), None);
    assert_eq!(TimeZone::of_province("99"), None);
}

#[test]
fn the_same_instant_is_open_in_one_zone_and_closed_in_another() {
    // 01:30 UTC Monday: 08:30 WIB, 09:30 WITA, 10:30 WIT — all open.
    assert!(matches!(
        open_state(&week(), TimeZone::Wib, utc(0, 1, 30)),
        Some(OpenState::Open { .. })
    ));
    // 08:45 UTC Monday: 15:45 WIB (closing soon), 16:45 WITA (closed).
    assert_eq!(
        open_state(&week(), TimeZone::Wib, utc(0, 8, 45)),
        Some(OpenState::ClosingSoon {
            until: "16:00".into(),
            for_break: false
        })
    );
    assert_eq!(
        open_state(&week(), TimeZone::Wita, utc(0, 8, 45)),
        Some(OpenState::Closed {
            next: Some((1, "08:00".into()))
        })
    );
    // 21:30 UTC Sunday is 06:30 Monday WIT: closed, opens at 08:00 today.
    assert_eq!(
        open_state(&week(), TimeZone::Wit, utc(0, 0, 0) - 150.0 * 60_000.0),
        Some(OpenState::Closed {
            next: Some((0, "08:00".into()))
        })
    );
}

#[test]
fn breaks_and_fridays_are_respected() {
    // 04:45 UTC = 11:45 WIB: Monday open (break at 12:00 soon), Friday on break.
    assert_eq!(
        open_state(&week(), TimeZone::Wib, utc(0, 4, 45)),
        Some(OpenState::ClosingSoon {
            until: "12:00".into(),
            for_break: true
        })
    );
    assert_eq!(
        open_state(&week(), TimeZone::Wib, utc(4, 4, 45)),
        Some(OpenState::Closed {
            next: Some((4, "13:30".into()))
        })
    );
    // 12:45 WIB: Monday on break, Friday still on break; 13:15 Monday open.
    assert!(matches!(
        open_state(&week(), TimeZone::Wib, utc(0, 5, 45)),
        Some(OpenState::Closed { .. })
    ));
    assert_eq!(
        open_state(&week(), TimeZone::Wib, utc(0, 6, 15)),
        Some(OpenState::Open {
            until: "16:00".into(),
            for_break: false
        })
    );
    // Friday 16:15 WIB is still open (closes 16:30); Monday at that time is not.
    assert!(matches!(
        open_state(&week(), TimeZone::Wib, utc(4, 9, 15)),
        Some(OpenState::ClosingSoon { .. })
    ));
    assert!(matches!(
        open_state(&week(), TimeZone::Wib, utc(0, 9, 15)),
        Some(OpenState::Closed { .. })
    ));
    // Saturday: closed until Monday.
    assert_eq!(
        open_state(&week(), TimeZone::Wib, utc(5, 3, 0)),
        Some(OpenState::Closed {
            next: Some((0, "08:00".into()))
        })
    );
}

#[test]
fn no_or_broken_hours_say_nothing() {
    assert_eq!(open_state(&[], TimeZone::Wib, utc(0, 3, 0)), None);
    for bad in [
        rule(&["Mon"], "8 pagi", "16:00", None),
        rule(&["Mon"], "16:00", "08:00", None),
        rule(&["Senin"], "08:00", "16:00", None),
        rule(&["Mon"], "25:00", "26:00", None),
    ] {
        assert_eq!(
            open_state(std::slice::from_ref(&bad), TimeZone::Wib, utc(0, 3, 0)),
            None,
            "{bad:?}"
        );
    }
}

#[test]
fn haversine_distances() {
    let jakarta = LatLon {
        lat: -6.2,
        lon: 106.816_666,
    };
    let surabaya = LatLon {
        lat: -7.257_472,
        lon: 112.752_088,
    };
    let d = distance_km(jakarta, surabaya);
    assert!(
        (d - 663.0).abs() < 5.0,
        "Jakarta–Surabaya ≈ 663 km, got {d}"
    );
    assert_eq!(distance_km(jakarta, jakarta), 0.0);
    // Across the antimeridian-free width of Indonesia: Sabang to Merauke ≈ 5,245 km.
    let sabang = LatLon {
        lat: 5.894,
        lon: 95.316,
    };
    let merauke = LatLon {
        lat: -8.497,
        lon: 140.405,
    };
    assert!((distance_km(sabang, merauke) - 5245.0).abs() < 30.0);
    assert_eq!(format_km(3.44, true), "3,4 km");
    assert_eq!(format_km(3.44, false), "3.4 km");
    assert_eq!(format_km(1234.4, true), "1.234 km");
    assert_eq!(format_km(1234.4, false), "1,234 km");
    assert_eq!(format_km(f64::NAN, true), "");
}

#[test]
fn url_state_round_trips() {
    let (state, invalid) = UrlState::from_pairs([
        ("q", "kab. bandung & co"),
        ("provinsi", "32"),
        ("layanan", "kependudukan"),
        ("baru", "1"),
        ("tahun", "2024"),
        ("mpp", "kabupaten-bandung"),
        ("peta", "-6.9,107.6,9"),
        ("lang", "en"),
        ("utm_source", "whatsapp"),
    ]);
    assert!(invalid.is_empty());
    assert_eq!(
        state.filters,
        Filters {
            query: "kab. bandung & co".into(),
            province: Some("32".into()),
            category: Some("kependudukan".into()),
            new_only: true,
            year: Some(2024),
            region: None,
            open_at: None,
        }
    );
    assert_eq!(state.lang, Some(Lang::En));
    let query = state.to_query();
    assert_eq!(query, "?q=kab.%20bandung%20%26%20co&provinsi=32&layanan=kependudukan&baru=1&tahun=2024&mpp=kabupaten-bandung&peta=-6.900,107.600,9&lang=en");
    // Decode it again as a browser would and get the same state.
    let decoded: Vec<(String, String)> = query[1..]
        .split('&')
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap();
            (k.to_owned(), percent_decode(v))
        })
        .collect();
    let (again, _) = UrlState::from_pairs(decoded.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    assert_eq!(again, state);
    assert_eq!(UrlState::default().to_query(), "");
}

#[test]
fn bad_url_values_are_dropped_and_reported() {
    let long = "x".repeat(5000);
    let (state, invalid) = UrlState::from_pairs([
        ("provinsi", "<script>"),
        ("layanan", "javascript:alert(1)"),
        ("baru", "maybe"),
        ("tahun", "20x4"),
        ("mpp", "../../etc/passwd"),
        ("peta", "NaN,107,9"),
        ("lang", "fr"),
        ("q", long.as_str()),
    ]);
    assert_eq!(
        invalid,
        ["provinsi", "layanan", "baru", "tahun", "mpp", "peta", "lang"]
    );
    assert_eq!(
        state.filters.query.len(),
        100,
        "a long query is cut, not refused"
    );
    assert_eq!(state.filters.province, None);
    assert_eq!(state.view, None);
    let (_, invalid) =
        UrlState::from_pairs([("peta", "-95,107,9"), ("peta", "1,2"), ("tahun", "1800")]);
    assert_eq!(invalid.len(), 3);
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

mod vouched_hours {
    use domain::hours::{hours_vouched, local_date, TimeZone};

    const TODAY: (u32, u32, u32) = (2026, 12, 2);

    #[test]
    fn hours_from_the_last_two_years_give_a_verdict() {
        assert!(hours_vouched(Some("2026-01-13"), TODAY));
        assert!(hours_vouched(Some("2024-12-02"), TODAY));
        assert!(hours_vouched(Some("2025"), TODAY));
    }

    #[test]
    fn older_undated_or_future_hours_give_none() {
        // Kota Padang's hours, stated in 2019 at a site it has since left.
        assert!(!hours_vouched(Some("2019-01-24"), TODAY));
        assert!(!hours_vouched(Some("2024-12-01"), TODAY));
        // "2024" counts from 1 January 2024: doubt goes against the verdict.
        assert!(!hours_vouched(Some("2024"), TODAY));
        assert!(!hours_vouched(None, TODAY));
        assert!(!hours_vouched(Some("undated (after 2019)"), TODAY));
        assert!(!hours_vouched(Some("2027-01-01"), TODAY));
    }

    #[test]
    fn the_local_date_follows_the_zone() {
        // 2026-12-01 17:30 UTC is already 2 December in WIT (UTC+9).
        let ms = 1_796_146_200_000.0;
        assert_eq!(local_date(ms, TimeZone::Wib), (2026, 12, 2));
        assert_eq!(local_date(ms, TimeZone::Wit), (2026, 12, 2));
        assert_eq!(local_date(0.0, TimeZone::Wib), (1970, 1, 1));
        // A leap day.
        assert_eq!(
            local_date(1_709_208_000_000.0, TimeZone::Wib),
            (2024, 2, 29)
        );
    }
}

mod timetable {
    use domain::hours::{hours_lines, HoursLine};
    use domain::HoursRule;

    fn rule(days: &[&str], open: &str, close: &str, pause: Option<(&str, &str)>) -> HoursRule {
        HoursRule::new(days, open, close, pause)
    }

    #[test]
    fn consecutive_days_become_one_line_in_week_order() {
        let lines = hours_lines(&[
            rule(&["Fri"], "07:30", "10:30", None),
            rule(
                &["Mon", "Tue", "Wed", "Thu"],
                "07:30",
                "15:30",
                Some(("12:00", "13:00")),
            ),
        ]);
        assert_eq!(
            lines,
            vec![
                HoursLine {
                    days: (0, 3),
                    open: "07:30".into(),
                    close: "15:30".into(),
                    pause: Some(("12:00".into(), "13:00".into()))
                },
                HoursLine {
                    days: (4, 4),
                    open: "07:30".into(),
                    close: "10:30".into(),
                    pause: None
                },
            ]
        );
    }

    #[test]
    fn a_break_outside_the_opening_hours_is_not_shown() {
        let lines = hours_lines(&[rule(&["Mon"], "08:00", "12:00", Some(("12:30", "13:00")))]);
        assert_eq!(lines[0].pause, None);
    }

    #[test]
    fn gaps_split_a_rule_and_unknown_days_are_left_out() {
        let lines = hours_lines(&[rule(
            &["Mon", "Wed", "Thu", "Funday"],
            "08:00",
            "16:00",
            None,
        )]);
        let days: Vec<(usize, usize)> = lines.iter().map(|l| l.days).collect();
        assert_eq!(days, vec![(0, 0), (2, 3)]);
    }
}
