use super::*;
use crate::geo::LatLon;

const TODAY: &str = "2026-03-03";
/// Buol's seat (data/mpp_sources.csv).
const BUOL: LatLon = LatLon {
    lat: 1.15631,
    lon: 121.43805,
};

fn ctx() -> Context<'static> {
    Context {
        today: TODAY,
        seat: Some(BUOL),
    }
}

/// A draft with only what the publisher part needs.
fn minimal() -> Draft {
    let mut d = Draft::empty("72.05", TODAY);
    d.mpp_name = "MPP Kabupaten Buol".into();
    d.publisher = PublisherDraft {
        name: "Pemerintah Kabupaten Buol".into(),
        website: "https://buolkab.go.id".into(),
        contact_name: "Pengelola MPP".into(),
        email: "mpp@buolkab.go.id".into(),
        phone: String::new(),
    };
    d
}

fn problems(d: &Draft) -> Vec<(String, Problem)> {
    d.check(ctx())
        .into_iter()
        .map(|i| (i.field, i.problem))
        .collect()
}

fn has(d: &Draft, field: &str, problem: Problem) -> bool {
    problems(d).contains(&(field.to_owned(), problem))
}

#[test]
fn a_minimal_draft_is_clean_and_leaves_every_blank_part_out() {
    let d = minimal();
    assert_eq!(problems(&d), vec![]);
    let file = d.to_file(ctx(), "2026-03-03T09:00:00+08:00").unwrap();
    let mpp = &file.mpps[0];
    assert_eq!(file.schema_version, "1.0");
    assert_eq!(mpp.regency_code, "72.05");
    assert!(mpp.address.is_none() && mpp.location.is_none() && mpp.hours.is_none());
    assert!(mpp.agencies.is_none() && mpp.services.is_none() && mpp.contact.is_none());
    // The pre-filled province alone begins no address.
    let mut d = minimal();
    d.address.state_province = "Sulawesi Tengah".into();
    assert_eq!(problems(&d), vec![]);
}

#[test]
fn the_publisher_needs_a_name_an_https_site_and_an_email_or_phone() {
    let mut d = minimal();
    d.publisher.name.clear();
    d.publisher.website = "http://buolkab.go.id".into();
    d.publisher.email.clear();
    assert!(has(&d, "publisher-name", Problem::Required));
    assert!(has(&d, "publisher-website", Problem::NotHttps));
    assert!(has(&d, "publisher-email", Problem::ContactNeeded));
    d.publisher.phone = "0812 3456 789".into();
    assert!(has(&d, "publisher-phone", Problem::NotPhone));
    d.publisher.phone = "+62 812-3456-789".into();
    assert!(!problems(&d)
        .iter()
        .any(|(f, _)| f.starts_with("publisher-phone")));
}

#[test]
fn times_must_read_close_after_opening_and_not_overlap() {
    let mut d = minimal();
    d.hours.timezone = 8;
    d.hours.week.0[0] = vec![Interval::new("8.00", "12:00")];
    assert!(has(&d, "hours-0-0-opens", Problem::NotTime));
    d.hours.week.0[0] = vec![Interval::new("12:00", "08:00")];
    assert!(has(&d, "hours-0-0-closes", Problem::ClosesBeforeOpens));
    d.hours.week.0[0] = vec![
        Interval::new("08:00", "12:00"),
        Interval::new("11:00", "16:00"),
    ];
    assert!(has(&d, "hours-0-1-opens", Problem::Overlaps));
    d.hours.week.0[0] = vec![
        Interval::new("08:00", "12:00"),
        Interval::new("13:00", "24:00"),
    ];
    assert!(has(&d, "hours-0-1-closes", Problem::NotTime));
    d.hours.week.0[0] = vec![
        Interval::new("08:00", "12:00"),
        Interval::new("13:00", "16:00"),
    ];
    assert_eq!(problems(&d), vec![]);
    d.hours.timezone = 0;
    assert!(has(&d, "hours-timezone", Problem::Required));
}

#[test]
fn a_point_must_be_in_indonesia_and_near_the_seat() {
    let mut d = minimal();
    d.location.latitude = "1,1570".into(); // a decimal comma reads
    d.location.longitude = "121.4391".into();
    assert_eq!(problems(&d), vec![]);
    d.location.latitude = "-6.2".into(); // Jakarta
    d.location.longitude = "106.8".into();
    assert!(matches!(
        problems(&d).as_slice(),
        [(f, Problem::FarFromSeat { km })] if f == "location-latitude" && *km > 1500
    ));
    d.location.latitude = "40".into();
    assert!(has(&d, "location-latitude", Problem::OutsideIndonesia));
    d.location.longitude = "abc".into();
    assert!(has(&d, "location-longitude", Problem::NotNumber));
    d.location.longitude.clear();
    assert!(has(&d, "location-longitude", Problem::Required));
}

#[test]
fn text_is_plain_and_bounded_links_https_and_dates_real_and_past() {
    let mut d = minimal();
    d.address.address_1 = "Jalan <script>".into();
    d.address.city = "x".repeat(201);
    d.address.checked_on = "2026-02-30".into();
    d.address.postal_code = "9445".into();
    assert!(has(&d, "address-address_1", Problem::Markup));
    assert!(has(&d, "address-city", Problem::TooLong { max: 200 }));
    assert!(has(&d, "address-checked_on", Problem::NotDate));
    assert!(has(&d, "address-postal_code", Problem::NotPostalCode));
    d.address.checked_on = "2026-03-04".into();
    assert!(has(&d, "address-checked_on", Problem::InFuture));
    d.contact.website = "javascript:alert(1)".into();
    assert!(has(&d, "contact-website", Problem::NotHttps));
    for bad in [
        "https://",
        "https://host",
        "https://a.b/ c",
        "https://a.b:123456",
    ] {
        assert_eq!(link_problem(bad), Some(Problem::NotHttps), "{bad}");
    }
    assert_eq!(
        link_problem("https://mpp.buolkab.go.id:8443/antrian?x=1"),
        None
    );
}

#[test]
fn an_agency_with_own_days_needs_them_and_names_are_unique() {
    let mut d = minimal();
    d.agencies.items = vec![
        Agency::named("Kantor Imigrasi"),
        Agency::named("kantor imigrasi "),
    ];
    d.agencies.items[0].own_hours = true;
    assert!(has(&d, "agency-0-week", Problem::NoHours));
    assert!(has(&d, "agency-1-name", Problem::Duplicate));
    // A blank row is ignored, not an error.
    d.agencies.items = vec![Agency::default()];
    assert_eq!(problems(&d), vec![]);
}

#[test]
fn exceptions_need_real_ordered_dates_and_nest_or_stay_apart() {
    let mut d = minimal();
    d.hours.timezone = 8;
    d.hours.week.0[0] = vec![Interval::new("08:00", "16:00")];
    d.hours.exceptions = vec![
        ExceptionDraft {
            from: "2026-03-20".into(),
            to: "2026-03-18".into(),
            description: "Cuti bersama".into(),
            closed: true,
            intervals: vec![],
        },
        ExceptionDraft {
            from: "2026-04-01".into(),
            to: "2026-04-10".into(),
            description: String::new(),
            closed: false,
            intervals: vec![],
        },
        ExceptionDraft {
            from: "2026-04-05".into(),
            to: "2026-04-15".into(),
            description: "Ramadan".into(),
            closed: true,
            intervals: vec![],
        },
    ];
    assert!(has(&d, "exception-0-to", Problem::EndsBeforeStarts));
    assert!(has(&d, "exception-1-description", Problem::Required));
    assert!(has(&d, "exception-1-week", Problem::NoHours));
    assert!(has(&d, "exception-2-from", Problem::Overlaps));
}

#[test]
fn the_week_is_written_as_few_hsds_intervals_as_it_takes() {
    let mut week = Week::default();
    week.0[0] = vec![
        Interval::new("13:00", "16:00"),
        Interval::new("08:00", "12:00"),
    ];
    week.copy_monday_to_weekdays();
    week.0[4] = vec![
        Interval::new("08:00", "11:30"),
        Interval::new("13:30", "16:00"),
    ];
    week.0[5] = vec![Interval::new("08:00", "12:00"), Interval::default()];
    let regular = regular_of(&week);
    let got: Vec<(String, &str, &str)> = regular
        .iter()
        .map(|i| {
            (
                i.byday.clone().unwrap(),
                i.opens_at.as_str(),
                i.closes_at.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("MO,TU,WE,TH".into(), "08:00", "12:00"),
            ("MO,TU,WE,TH".into(), "13:00", "16:00"),
            ("FR".into(), "08:00", "11:30"),
            ("FR".into(), "13:30", "16:00"),
            ("SA".into(), "08:00", "12:00"),
        ]
    );
}

#[test]
fn the_file_serialises_with_the_schema_names() {
    let mut d = minimal();
    d.location.set_point(LatLon {
        lat: 1.157,
        lon: 121.4391,
    });
    d.location.marks = Marks::Entrance;
    d.online.social = vec![SocialDraft {
        platform: Platform::WhatsappChannel,
        url: "https://whatsapp.com/channel/x".into(),
    }];
    let file = d.to_file(ctx(), "2026-03-03T09:00:00+08:00").unwrap();
    let json = serde_json::to_value(&file).unwrap();
    assert_eq!(json["$schema"], SCHEMA_URL);
    assert_eq!(json["mpps"][0]["location"]["marks"], "entrance");
    assert_eq!(json["mpps"][0]["location"]["latitude"], 1.157);
    assert_eq!(
        json["mpps"][0]["online"]["social"][0]["platform"],
        "whatsapp_channel"
    );
    assert!(json["mpps"][0]["online"].get("booking").is_none());
    let back: PublisherFile = serde_json::from_value(json).unwrap();
    assert_eq!(back, file);
}

#[test]
fn published_at_is_on_the_mpps_clock() {
    // 2026-03-03 01:30:05 UTC is 09:30:05 WITA.
    let ms = 1_772_501_405_000.0;
    assert_eq!(
        published_at(ms, TimeZone::Wita),
        "2026-03-03T09:30:05+08:00"
    );
    assert_eq!(published_at(ms, TimeZone::Wib), "2026-03-03T08:30:05+07:00");
}

#[test]
fn a_draft_survives_the_round_trip_through_storage_as_typed() {
    let mut d = minimal();
    d.hours.week.0[2] = vec![Interval::new("8:0", "")];
    d.location.latitude = "1,2x".into();
    let stored = serde_json::to_string(&d).unwrap();
    assert_eq!(serde_json::from_str::<Draft>(&stored).unwrap(), d);
    // An older or partial draft still reads; what it lacks is blank.
    let partial: Draft = serde_json::from_str(r#"{"mpp_name":"MPP"}"#).unwrap();
    assert_eq!(partial.mpp_name, "MPP");
}

#[test]
fn prefill_takes_what_the_national_data_gives_and_invents_nothing() {
    let mpp: crate::Mpp = serde_json::from_str(
        r#"{"id":"11.71","slug":"kota-banda-aceh","name":"MPP Kota Banda Aceh","kind":"kota",
        "regency":{"code":"11.71","name":"Kota Banda Aceh"},"province":{"code":"11","name":"Aceh"},
        "location":null,"inauguration":null,"status":"confirmed","confidence":"high",
        "hours":[{"days":["Mon","Tue"],"open":"08:30","close":"15:30","break_start":"12:30","break_end":"14:00"}]}"#,
    )
    .unwrap();
    let details = crate::MppDetails {
        tenants: vec!["Disdukcapil".into()],
        ..Default::default()
    };
    let (d, filled) = prefill(&mpp, &details, TODAY);
    assert_eq!(d.hours.timezone, 7);
    assert_eq!(
        d.hours.week.0[1],
        vec![
            Interval::new("08:30", "12:30"),
            Interval::new("14:00", "15:30")
        ]
    );
    assert!(d.hours.week.0[2].is_empty());
    assert_eq!(d.agencies.items[0].name, "Disdukcapil");
    assert!(d.address.address_1.is_empty() && d.address.city.is_empty());
    assert!(
        d.location.latitude.is_empty(),
        "the seat is not the building"
    );
    assert_eq!(
        filled,
        Prefilled {
            hours: true,
            agencies: true,
            ..Prefilled::default()
        }
    );
}

#[test]
fn the_seat_is_the_researched_point_never_a_building() {
    let mut mpp: crate::Mpp = serde_json::from_str(
        r#"{"id":"72.05","slug":"kabupaten-buol","name":"MPP Kabupaten Buol","kind":"kabupaten",
        "regency":{"code":"72.05","name":"Kabupaten Buol"},"province":{"code":"72","name":"Sulawesi Tengah"},
        "location":{"lat":1.15631,"lon":121.43805,"point":"regency_seat","confidence":"high"},
        "inauguration":null,"status":"new","confidence":"high"}"#,
    )
    .unwrap();
    let none = crate::MppDetails::default();
    assert_eq!(seat_of(&mpp, &none), Some(BUOL));
    // An owner's building replaced the seat in the first load: the
    // researched point it replaced is the seat.
    let seat = mpp.location.clone();
    let building = mpp.location.as_mut().unwrap();
    building.point = crate::PointKind::Building;
    building.lat = 1.157;
    assert_eq!(seat_of(&mpp, &none), None);
    let details = crate::MppDetails {
        researched: Some(serde_json::json!({ "location": seat })),
        ..Default::default()
    };
    assert_eq!(seat_of(&mpp, &details), Some(BUOL));
}
