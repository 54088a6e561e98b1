//! `data/holidays.json` is the `holidays` package's output (tools/holidays/,
//! `make holidays`), matches the SKB for 2026, and reaches the feed.

use std::{path::PathBuf, process::Command};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn committed() -> String {
    std::fs::read_to_string(repo().join("data/holidays.json")).unwrap()
}

/// The pinned package in its venv (tools/holidays/install.sh, run by
/// tools/setup.sh and so by `make test`); `None` where it is not installed.
fn python() -> Option<PathBuf> {
    let python = repo().join("target/holidays-venv/bin/python");
    python.exists().then_some(python)
}

fn check(file: &std::path::Path) -> Option<std::process::Output> {
    let python = python()?;
    Some(
        Command::new(python)
            .current_dir(repo())
            .arg("tools/holidays/generate.py")
            .arg("--check")
            .arg(file)
            .output()
            .unwrap(),
    )
}

#[test]
fn committed_holidays_equal_the_package_output() {
    let Some(out) = check(&repo().join("data/holidays.json")) else {
        eprintln!("SKIPPED: the holidays package is not installed (tools/holidays/install.sh)");
        return;
    };
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // And the check can fail: one name changed by hand is caught.
    let edited = committed().replacen("Hari Kemerdekaan Republik Indonesia", "Hari Merdeka", 1);
    let tmp = std::env::temp_dir().join(format!("holidays-edited-{}.json", std::process::id()));
    std::fs::write(&tmp, edited).unwrap();
    let out = check(&tmp).unwrap();
    std::fs::remove_file(&tmp).ok();
    assert!(
        !out.status.success(),
        "an edited holiday file must fail the check"
    );
}

#[test]
fn the_2026_list_is_the_skb_17_national_holidays_and_8_joint_leave_days() {
    let days = feed_builder::read_holidays(&committed()).unwrap();
    let of_2026 = |kind: domain::HolidayKind| {
        days.iter()
            .filter(|h| h.date.starts_with("2026-") && h.kind == kind)
            .count()
    };
    assert_eq!(of_2026(domain::HolidayKind::National), 17);
    assert_eq!(of_2026(domain::HolidayKind::JointLeave), 8);
    let on = |date: &str| days.iter().find(|h| h.date == date).unwrap();
    assert_eq!(
        on("2026-08-17").name_id,
        "Hari Kemerdekaan Republik Indonesia"
    );
    assert_eq!(on("2026-08-17").name_en, "Independence Day");
    assert_eq!(on("2026-03-20").kind, domain::HolidayKind::JointLeave);
    assert!(
        !on("2026-03-21").estimated,
        "2026's Idul Fitri is set by the SKB"
    );
    // The package's estimate for a later year's Islamic date is kept.
    assert!(on("2027-03-10").estimated);
    assert!(days.iter().any(|h| h.date.starts_with("2027-")));
}

#[test]
fn the_feed_carries_the_holidays() {
    // As the app reads it.
    let feed =
        domain::parse_feed(&std::fs::read_to_string(repo().join("public/data/mpp.json")).unwrap())
            .unwrap();
    assert_eq!(
        *feed.meta.holidays,
        feed_builder::read_holidays(&committed()).unwrap()
    );
}

#[test]
fn a_wrong_holiday_file_fails_the_build() {
    let file = |days: &str| {
        format!(r#"{{"source":"s","generated_by":"g","years":[2026],"days":[{days}]}}"#)
    };
    let day = |date: &str, name: &str| {
        format!(r#"{{"date":"{date}","kind":"national","name_id":"{name}","name_en":"{name}"}}"#)
    };
    assert!(feed_builder::read_holidays(&file(&day("2026-08-17", "X"))).is_ok());
    for bad in [
        file(&day("2026-02-30", "X")),
        file(&day("2027-01-01", "X")),
        file(&day("2026-08-17", " ")),
        file(&format!(
            "{},{}",
            day("2026-08-17", "X"),
            day("2026-01-01", "Y")
        )),
        file(r#"{"date":"2026-08-17","kind":"regional","name_id":"X","name_en":"X"}"#),
    ] {
        assert!(feed_builder::read_holidays(&bad).is_err(), "{bad}");
    }
}
