//! CSV export speed: `cargo bench --bench export [-- ROWS]` (default 100,000).
//!
//! Builds a synthetic library big enough to hold ROWS programme citations, then times the three
//! steps of an export of ROWS rows — building the table (one row per citation), writing the CSV
//! bytes (quoting, formula safety), and the atomic write to a file — and prints rows per second.
//! Figures are recorded in `docs/PERFORMANCE.md`; this program never fails on timing.

use std::time::Instant;

use parama::model::{
    export::{self, CsvOptions, Rows},
    synthetic,
};

fn main() {
    let wanted: usize = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    // About 17 programme citations per synthetic article.
    let Ok((corpus, catalogue)) = synthetic::library(wanted / 15 + 1, 2026) else {
        eprintln!("the synthetic library did not load");
        return;
    };
    // The automatic rows, one citation each: as many as asked, as a user exporting a filtered
    // table of them would.
    let ids: Vec<String> = catalogue
        .programmes()
        .iter()
        .filter(|p| p.citations.len() == 1)
        .take(wanted)
        .map(|p| p.id.clone())
        .collect();

    let started = Instant::now();
    let table = export::programmes_table(&catalogue, &corpus, Rows::Only(&ids), &[]);
    let build = started.elapsed().as_secs_f64();
    let rows = table.rows.len();

    let started = Instant::now();
    let bytes = export::csv_bytes(&table, CsvOptions::default());
    let encode = started.elapsed().as_secs_f64();

    let Ok(dir) = tempfile::tempdir() else {
        eprintln!("no temporary folder");
        return;
    };
    let path = dir.path().join("programmes.csv");
    let started = Instant::now();
    if let Err(error) = export::write_atomically(&path, &bytes) {
        eprintln!("{error}");
        return;
    }
    let write = started.elapsed().as_secs_f64();

    let total = build + encode + write;
    println!(
        "{rows} rows, {} columns, {:.1} MB of CSV",
        table.header.len(),
        bytes.len() as f64 / 1e6
    );
    println!("| step | time | rows/s |");
    println!("| --- | ---: | ---: |");
    for (step, secs) in [
        ("build the table", build),
        ("write the CSV bytes", encode),
        ("atomic write to disk", write),
        ("whole export", total),
    ] {
        println!("| {step} | {:.0} ms | {:.0} |", secs * 1000.0, rows as f64 / secs);
    }
}
