//! Search and filter latency per keystroke, natively (`make bench-search`):
//! the real feed and 10,000 synthetic MPPs made from it. A benchmark, not
//! a test: it prints numbers and never fails on them.

use std::time::Instant;

use domain::{
    filters::{apply, Filters},
    geo::LatLon,
    parse_details, parse_feed,
    search::SearchIndex,
    summary::sort_for_list,
    Mpp,
};

const FEED: &str = include_str!("../../../public/data/mpp.json");
const DETAILS: &str = include_str!("../../../public/data/mpp-details.json");

/// Sets the filters a typing session starts with.
type Setup = fn(&mut Filters);

/// What a citizen types, one keystroke at a time, with the filters set.
const SESSIONS: &[(&str, Setup)] = &[
    ("kabupaten balangan", |_| {}),
    ("jateng", |_| {}),
    ("paspor", |_| {}),
    ("kab. cianjru", |_| {}),
    ("kota", |f| f.category = Some("kependudukan".into())),
    ("mpp kalimantan selatan", |f| f.year = Some(2024)),
];

fn synthetic(real: &[Mpp], count: usize) -> Vec<Mpp> {
    (0..count)
        .map(|i| {
            let mut mpp = real[i % real.len()].clone();
            mpp.id = format!("{}.{i}", mpp.id);
            mpp.slug = format!("{}-{i}", mpp.slug);
            mpp.name = format!("{} {i}", mpp.name);
            mpp
        })
        .collect()
}

fn measure(label: &str, mpps: &[Mpp], index: &SearchIndex, near: Option<LatLon>) {
    let mut times = Vec::new();
    for (text, set) in SESSIONS {
        let mut filters = Filters::default();
        set(&mut filters);
        for end in text.char_indices().map(|(i, c)| i + c.len_utf8()) {
            filters.query = text[..end].to_owned();
            let start = Instant::now();
            let result = apply(mpps, index, &filters, near);
            times.push(start.elapsed().as_secs_f64() * 1000.0);
            std::hint::black_box(result);
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "| {label} | {} | {:.3} | {:.3} | {:.3} |",
        times.len(),
        at(0.5),
        at(0.95),
        times[times.len() - 1]
    );
}

fn main() {
    let parsed = parse_feed(FEED).expect("the shipped feed parses");
    let details = parse_details(DETAILS).expect("the shipped details parse");
    let mut real = parsed.mpps;
    sort_for_list(&mut real);
    let paringin = Some(LatLon {
        lat: -2.334,
        lon: 115.467,
    });

    println!("| feed (native, release) | keystrokes | median ms | p95 ms | max ms |");
    println!("|---|---|---|---|---|");
    let start = Instant::now();
    let mut index = SearchIndex::new(&real, &parsed.meta.categories);
    index.add_details(&real, &details);
    let build_real = start.elapsed().as_secs_f64() * 1000.0;
    measure(&format!("real ({})", real.len()), &real, &index, None);
    measure(
        &format!("real ({}), nearest first", real.len()),
        &real,
        &index,
        paringin,
    );

    let many = synthetic(&real, 10_000);
    let start = Instant::now();
    let index = SearchIndex::new(&many, &parsed.meta.categories);
    let build_many = start.elapsed().as_secs_f64() * 1000.0;
    measure("synthetic (10,000)", &many, &index, None);
    measure("synthetic (10,000), nearest first", &many, &index, paringin);
    println!();
    println!("Index build: {build_real:.2} ms (real, with details), {build_many:.2} ms (10,000).");
}
