//! The calendar's sentences in both languages (natively): a national
//! holiday by its name, a joint-leave day as possibly limited service, an
//! estimated date said as such, "open at" and its two counts.

use domain::{
    hours::OpenState,
    hours_calendar::{DayKind, OpenAt, OpenDay, Verdict},
    Holiday, HolidayKind, Lang,
};
use peta_mpp::i18n::texts_for;

fn holiday(date: &str, kind: HolidayKind, id: &str, en: &str, estimated: bool) -> Holiday {
    Holiday {
        date: date.into(),
        kind,
        name_id: id.into(),
        name_en: en.into(),
        estimated,
    }
}

fn independence_day() -> Holiday {
    holiday(
        "2026-08-17",
        HolidayKind::National,
        "Hari Kemerdekaan Republik Indonesia",
        "Independence Day",
        false,
    )
}

#[test]
fn a_national_holiday_is_closed_by_its_name() {
    let v = Verdict {
        day: DayKind::Holiday(independence_day()),
        state: OpenState::Closed {
            next: Some((1, "08:30".into())),
        },
    };
    assert_eq!(
        texts_for(Lang::Id).verdict(&v, "WIB"),
        (
            "Tutup — libur nasional: Hari Kemerdekaan Republik Indonesia · buka lagi Selasa 08:30 WIB".to_owned(),
            "holiday"
        )
    );
    let (en, _) = texts_for(Lang::En).verdict(&v, "WIB");
    assert!(
        en.starts_with("Closed — national holiday: Independence Day · "),
        "{en}"
    );
    assert!(!en.contains("Hari"), "{en}");
}

#[test]
fn a_joint_leave_day_is_never_a_plain_open() {
    let leave = holiday(
        "2026-03-20",
        HolidayKind::JointLeave,
        "Cuti Bersama Hari Raya Idul Fitri",
        "Eid al-Fitr Joint Holiday",
        false,
    );
    let v = Verdict {
        day: DayKind::JointLeave(leave),
        state: OpenState::Open {
            until: "11:30".into(),
            for_break: true,
        },
    };
    let (id, kind) = texts_for(Lang::Id).verdict(&v, "WIB");
    assert_eq!(
        id,
        "Cuti bersama — layanan mungkin terbatas · Cuti Bersama Hari Raya Idul Fitri"
    );
    assert_eq!(kind, "limited");
    assert!(!id.contains("Buka sekarang"));
    let (en, _) = texts_for(Lang::En).verdict(&v, "WIB");
    assert_eq!(
        en,
        "Joint leave day — service may be limited · Eid al-Fitr Joint Holiday"
    );
}

#[test]
fn an_estimated_date_says_so_and_a_regular_day_reads_as_before() {
    let eid = holiday(
        "2027-03-10",
        HolidayKind::National,
        "Hari Raya Idul Fitri",
        "Eid al-Fitr",
        true,
    );
    assert_eq!(
        texts_for(Lang::Id).holiday_name(&eid),
        "Hari Raya Idul Fitri (perkiraan)"
    );
    assert_eq!(
        texts_for(Lang::En).holiday_name(&eid),
        "Eid al-Fitr (estimated)"
    );
    let state = OpenState::Open {
        until: "12:30".into(),
        for_break: true,
    };
    let t = texts_for(Lang::Id);
    let v = Verdict {
        day: DayKind::Regular,
        state: state.clone(),
    };
    assert_eq!(t.verdict(&v, "WIB"), t.open_state(&state, "WIB"));
    assert_eq!(
        t.holiday_ahead(&independence_day(), 0),
        "Senin, 17 Agustus 2026 — Hari Kemerdekaan Republik Indonesia (libur nasional: tutup)"
    );
    assert_eq!(
        texts_for(Lang::En).holiday_ahead(&independence_day(), 0),
        "Monday, 17 August 2026 — Independence Day (national holiday: closed)"
    );
}

#[test]
fn open_at_says_what_was_asked_and_both_counts() {
    let saturday = OpenAt {
        day: OpenDay::Weekday(5),
        time: Some(9 * 60),
    };
    let id = texts_for(Lang::Id).open_at_count(saturday, 0, 307);
    assert!(id.starts_with("0 MPP buka Sabtu 09.00"), "{id}");
    assert!(id.contains("307 MPP jam layanannya belum tercatat"), "{id}");
    let en = texts_for(Lang::En).open_at_count(saturday, 1, 307);
    assert!(en.starts_with("1 MPP open on Saturday 09:00"), "{en}");
}
