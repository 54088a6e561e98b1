//! `cargo run -p feed-builder -- [DATA_DIR] [OUT_DIR] [--publishers DIR]`
//! (defaults: `data`, `public/data`, `DATA_DIR/publishers`: the MPPs' own
//! feeds as the fetch step stored them). Run by `make feed`.

use std::{fs, path::PathBuf, process::ExitCode};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let publishers = match args.iter().position(|a| a == "--publishers") {
        Some(at) if at + 1 < args.len() => {
            let dir = args.remove(at + 1);
            args.remove(at);
            Some(PathBuf::from(dir))
        }
        Some(_) => {
            eprintln!("feed-builder: --publishers needs a directory");
            return ExitCode::from(2);
        }
        None => None,
    };
    let mut args = args.into_iter();
    let data_dir = PathBuf::from(args.next().unwrap_or_else(|| "data".into()));
    let out_dir = PathBuf::from(args.next().unwrap_or_else(|| "public/data".into()));
    let publishers = publishers.unwrap_or_else(|| data_dir.join("publishers"));
    let built = match feed_builder::build_with(&data_dir, &publishers) {
        Ok(built) => built,
        Err(e) => {
            eprintln!("feed-builder: {e}");
            return ExitCode::FAILURE;
        }
    };
    let write = |name: &str, text: String| {
        fs::write(out_dir.join(name), text).map_err(|e| format!("{name}: {e}"))
    };
    let result = fs::create_dir_all(&out_dir)
        .map_err(|e| e.to_string())
        .and_then(|_| write("mpp.json", feed_builder::render_feed(&built.feed)))
        .and_then(|_| {
            write(
                "mpp-details.json",
                feed_builder::render_details(&built.details),
            )
        })
        .and_then(|_| {
            write(
                feed_builder::GEOJSON_FILE,
                feed_builder::render_geojson(&built.feed),
            )
        })
        .and_then(|_| {
            write(
                "kipp2025.json",
                feed_builder::render_innovations(&built.innovations),
            )
        })
        .and_then(|_| {
            let regions = feed_builder::build_regions(&data_dir)?;
            write("regions.json", feed_builder::render_regions(&regions))
        })
        .and_then(|_| feed_builder::hsds::write_hsds(&out_dir, &built))
        .and_then(|_| {
            feed_builder::BASEMAPS.iter().try_for_each(|(from, to)| {
                fs::copy(data_dir.join(from), out_dir.join(to))
                    .map(|_| ())
                    .map_err(|e| format!("{from}: {e}"))
            })
        });
    if let Err(e) = result {
        eprintln!("feed-builder: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "feed-builder: {} MPPs -> {}",
        built.feed.mpps.len(),
        out_dir.display()
    );
    ExitCode::SUCCESS
}
