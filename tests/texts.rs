//! Sentences composed from the data's facts, in both languages (natively:
//! the texts need no browser). Nothing the data's maintainers wrote in
//! English reaches them.

use domain::{hours::HoursLine, Batch, Lang};
use peta_mpp::i18n::{texts_for, Missing};

fn december_2025() -> Batch {
    Batch {
        date: "2025-12-15".into(),
        inaugurated: 9,
        total_before: Some(296),
        total_after: Some(305),
        minister: Some("Rini Widyantini".into()),
        online: false,
        mpp_ids: vec!["72.05".into()],
    }
}

#[test]
fn the_inauguration_sentence_comes_from_the_batch() {
    let batch = december_2025();
    assert_eq!(
        texts_for(Lang::Id).inauguration("2025-12-15", Some(&batch)),
        "Diresmikan 15 Desember 2025 oleh Menteri PANRB Rini Widyantini bersama 8 MPP lain (total 296 → 305)."
    );
    assert_eq!(
        texts_for(Lang::En).inauguration("2025-12-15", Some(&batch)),
        "Inaugurated on 15 December 2025 by the PANRB Minister, Rini Widyantini, together with 8 other MPPs (total 296 → 305)."
    );
}

#[test]
fn an_inauguration_says_only_what_is_known() {
    let online = Batch {
        date: "2025-09-24".into(),
        inaugurated: 11,
        total_before: None,
        total_after: Some(296),
        minister: None,
        online: true,
        mpp_ids: vec![],
    };
    assert_eq!(
        texts_for(Lang::Id).inauguration("2025-09-24", Some(&online)),
        "Diresmikan 24 September 2025 secara daring bersama 10 MPP lain."
    );
    assert_eq!(
        texts_for(Lang::En).inauguration("2025-09-24", Some(&online)),
        "Inaugurated on 24 September 2025 online together with 10 other MPPs."
    );
    // No batch of that date: the date alone.
    assert_eq!(
        texts_for(Lang::Id).inauguration("2017", None),
        "Diresmikan 2017."
    );
    assert_eq!(
        texts_for(Lang::En).inauguration("2023-10-31", Some(&december_2025())),
        "Inaugurated on 31 October 2023."
    );
}

#[test]
fn conflicts_and_gaps_are_one_sentence_in_the_page_language() {
    let (id, en) = (texts_for(Lang::Id), texts_for(Lang::En));
    assert!(id.detail().sources_differ.starts_with("Sumber berbeda"));
    assert!(en.detail().sources_differ.starts_with("Sources differ"));
    let all = [Missing::Address, Missing::Hours, Missing::Services];
    assert_eq!(
        id.missing(&all),
        "Belum tercatat: alamat, jam layanan, daftar layanan"
    );
    assert_eq!(
        en.missing(&all),
        "Not recorded yet: address, opening hours, list of services"
    );
}

#[test]
fn hours_read_as_a_timetable_and_carry_their_date() {
    let line = HoursLine {
        days: (0, 3),
        open: "07:30".into(),
        close: "15:30".into(),
        pause: Some(("12:00".into(), "13:00".into())),
    };
    assert_eq!(
        texts_for(Lang::Id).hours_line(&line),
        "Senin–Kamis 07:30–15:30 (istirahat 12:00–13:00)"
    );
    assert_eq!(
        texts_for(Lang::En).hours_line(&line),
        "Monday–Thursday 07:30–15:30 (break 12:00–13:00)"
    );
    assert_eq!(
        texts_for(Lang::Id).hours_may_have_changed(Some("2019-01-24")),
        "Jam layanan per 24 Januari 2019 — mungkin sudah berubah"
    );
    assert_eq!(
        texts_for(Lang::En).planned_site(Some("2025-08")),
        "A new site is planned (as of August 2025); it is not where the MPP is now"
    );
}
