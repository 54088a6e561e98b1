//! The editor for MPP staff (`/kelola/<slug>`, issue 22 point 2) writes
//! the publisher file with the domain crate's `publisher` module; the
//! native check (schema and rules) is the judge. A full draft, a minimal
//! one and one with an agency on its own days must all pass it — and the
//! example file must read back into the editor's types unchanged, so the
//! types and the schema cannot drift apart. The drafts start where the
//! editor starts for Kabupaten Buol: pre-filled from the shipped feed.

use std::{fs, path::PathBuf};

use domain::geo::LatLon;
use domain::publisher::{
    prefill, Agency, Context, Draft, ExceptionDraft, Interval, Marks, Platform, PublisherFile,
    SocialDraft,
};
use domain::{parse_feed, Mpp, MppDetails};
use feed_builder::publisher;
use serde_json::Value;

const TODAY: &str = "2026-03-03";
const PUBLISHED_AT: &str = "2026-03-03T09:00:00+08:00";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Kabupaten Buol as the shipped feed has it (no building, no hours).
fn buol() -> Mpp {
    let feed = fs::read_to_string(repo().join("public/data/mpp.json")).unwrap();
    let parsed = parse_feed(&feed).unwrap();
    parsed
        .mpps
        .into_iter()
        .find(|m| m.slug == "kabupaten-buol")
        .unwrap()
}

fn ctx() -> Context<'static> {
    let seat = buol().location.map(|l| LatLon {
        lat: l.lat,
        lon: l.lon,
    });
    Context { today: TODAY, seat }
}

/// What the editor opens with for Buol, and the publisher's part filled
/// in: the least a valid file needs.
fn minimal() -> Draft {
    let (mut d, _) = prefill(&buol(), &MppDetails::default(), TODAY);
    d.publisher.website = "https://buolkab.go.id".into();
    d.publisher.contact_name = "Pengelola MPP, DPMPTSP Kabupaten Buol".into();
    d.publisher.phone = "+62 812-0000-0000".into();
    d
}

fn office_week() -> [Vec<Interval>; 7] {
    let mut week: [Vec<Interval>; 7] = Default::default();
    for day in &mut week[..4] {
        *day = vec![
            Interval::new("08:00", "12:00"),
            Interval::new("13:00", "16:00"),
        ];
    }
    week[4] = vec![
        Interval::new("08:00", "11:30"),
        Interval::new("13:30", "16:00"),
    ];
    week
}

fn with_agency_days() -> Draft {
    let mut d = minimal();
    d.hours.timezone = 8;
    d.hours.week.0 = office_week();
    let mut immigration = Agency::named("Kantor Imigrasi");
    immigration.own_hours = true;
    immigration.week.0[1] = vec![Interval::new("08:00", "12:00")];
    immigration.week.0[3] = vec![Interval::new("08:00", "12:00")];
    d.agencies.items = vec![Agency::named("Disdukcapil"), immigration];
    d
}

fn full() -> Draft {
    let mut d = with_agency_days();
    d.publisher.email = "mpp@buolkab.go.id".into();
    let a = &mut d.address;
    a.address_1 = "Jalan Contoh No. 1".into();
    a.address_2 = "Lantai 1".into();
    a.village = "Kelurahan Contoh".into();
    a.district = "Kecamatan Biau".into();
    a.city = "Buol".into();
    a.state_province = "Sulawesi Tengah".into();
    a.postal_code = "94564".into();
    a.directions = "Di samping kantor bupati.".into();
    d.location.set_point(LatLon {
        lat: 1.1571,
        lon: 121.4392,
    });
    d.location.marks = Marks::Entrance;
    d.hours.notes = "Nomor antrean terakhir 30 menit sebelum tutup.".into();
    d.hours.exceptions = vec![
        ExceptionDraft {
            from: "2026-03-18".into(),
            to: "2026-03-24".into(),
            description: "Tutup: Idulfitri dan cuti bersama".into(),
            closed: true,
            intervals: vec![],
        },
        ExceptionDraft {
            from: "2026-03-20".into(),
            to: "2026-03-20".into(),
            description: "Buka setengah hari".into(),
            closed: false,
            intervals: vec![Interval::new("08:00", "12:00")],
        },
    ];
    d.agencies.items[0].notes = "Perekaman KTP-el sampai pukul 14.00.".into();
    d.services.items = "Perekaman KTP-el\nPaspor\n".into();
    d.contact.phone = "+62 445 000 000".into();
    d.contact.whatsapp = "+62 812 0000 0001".into();
    d.contact.email = "mpp@buolkab.go.id".into();
    d.contact.website = "https://mpp.buolkab.go.id".into();
    d.online.booking_name = "Antrian online MPP Buol".into();
    d.online.booking_url = "https://antrian.buolkab.go.id/mpp".into();
    d.online.social = vec![SocialDraft {
        platform: Platform::Instagram,
        url: "https://www.instagram.com/mppbuol".into(),
    }];
    d
}

/// The file the editor offers for download, as text.
fn output(draft: &Draft) -> String {
    let file = draft
        .to_file(ctx(), PUBLISHED_AT)
        .unwrap_or_else(|issues| panic!("the draft has issues: {issues:?}"));
    serde_json::to_string_pretty(&file).unwrap()
}

#[test]
fn the_editors_files_pass_the_schema_and_the_rules() {
    for (name, draft) in [
        ("full", full()),
        ("minimal", minimal()),
        ("agency with own days", with_agency_days()),
    ] {
        let text = output(&draft);
        if let Err(problems) = publisher::check(&text) {
            panic!("{name}: {problems:#?}\n{text}");
        }
    }
}

#[test]
fn the_agency_days_and_the_week_come_out_as_hsds_intervals() {
    let doc: Value = serde_json::from_str(&output(&with_agency_days())).unwrap();
    let mpp = &doc["mpps"][0];
    assert_eq!(mpp["hours"]["regular"][0]["byday"], "MO,TU,WE,TH");
    assert_eq!(mpp["hours"]["regular"][2]["byday"], "FR");
    assert_eq!(mpp["hours"]["regular"][2]["closes_at"], "11:30");
    let immigration = &mpp["agencies"]["items"][1];
    assert_eq!(immigration["name"], "Kantor Imigrasi");
    assert_eq!(immigration["hours"]["regular"][0]["byday"], "TU,TH");
    assert!(mpp["agencies"]["items"][0].get("hours").is_none());
}

#[test]
fn the_documented_example_reads_into_the_editors_types_unchanged() {
    let text =
        fs::read_to_string(repo().join("docs/examples/mpp-publisher-1.0.example.json")).unwrap();
    let as_written: Value = serde_json::from_str(&text).unwrap();
    let typed: PublisherFile = serde_json::from_str(&text).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), as_written);
}

#[test]
fn a_draft_with_issues_gives_no_file() {
    let mut d = full();
    d.online.booking_url = "http://antrian.buolkab.go.id".into();
    assert!(d.to_file(ctx(), PUBLISHED_AT).is_err());
}
