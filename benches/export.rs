//! Export speed: `cargo bench --bench export [-- ROWS]` (default 100,000).
//!
//! Builds a synthetic library big enough to hold ROWS programme citations, then times the steps
//! of an export of ROWS rows — building the table (one row per citation), writing the CSV bytes
//! (quoting, formula safety), writing the Excel workbook (typed cells, links, the About sheet),
//! and the atomic write to a file — and prints rows per second. Figures are recorded in
//! `docs/PERFORMANCE.md`; this program never fails on timing.

use std::time::Instant;

use parama::model::{
    date::unix_now,
    export::{self, About, CsvOptions, Export, Format, Rows, TableKind},
    synthetic,
};

fn main() {
    let wanted: usize = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    // Enough synthetic articles for ROWS programme citations: try a size, double it until it holds
    // them.
    let mut articles = wanted / 10 + 1;
    let (corpus, catalogue) = loop {
        let Ok((corpus, catalogue)) = synthetic::library(articles, 2026) else {
            eprintln!("the synthetic library did not load");
            return;
        };
        let citations: usize = catalogue.programmes().iter().map(|p| p.citations.len()).sum();
        if citations >= wanted {
            break (corpus, catalogue);
        }
        articles *= 2;
    };
    // Programmes in catalogue order, as many as make ROWS rows (one per citation), as a user
    // exporting a large filtered table would.
    let mut ids = Vec::new();
    let mut citations = 0;
    for programme in catalogue.programmes() {
        if citations >= wanted {
            break;
        }
        citations += programme.citations.len();
        ids.push(programme.id.clone());
    }

    let started = Instant::now();
    let table = export::programmes_table(&catalogue, &corpus, Rows::Only(&ids), &[]);
    let build = started.elapsed().as_secs_f64();
    let rows = table.rows.len();

    let started = Instant::now();
    let bytes = export::csv_bytes(&table, CsvOptions::default());
    let encode = started.elapsed().as_secs_f64();

    let export = Export {
        about: About::new(TableKind::Programmes, &table, &corpus, Vec::new(), unix_now()),
        table,
    };
    let started = Instant::now();
    let workbook = match export.bytes(Format::Xlsx, CsvOptions::default(), &|_, _| {}) {
        Ok(workbook) => workbook,
        Err(error) => {
            eprintln!("{error}");
            return;
        }
    };
    let workbook_secs = started.elapsed().as_secs_f64();
    let table = export.table;

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
        "{rows} rows, {} columns, {:.1} MB of CSV, {:.1} MB of workbook",
        table.header.len(),
        bytes.len() as f64 / 1e6,
        workbook.len() as f64 / 1e6
    );
    println!("| step | time | rows/s |");
    println!("| --- | ---: | ---: |");
    for (step, secs) in [
        ("build the table", build),
        ("write the CSV bytes", encode),
        ("atomic write to disk", write),
        ("whole CSV export", total),
        ("write the workbook's bytes", workbook_secs),
        ("whole workbook export", build + workbook_secs + write),
    ] {
        println!("| {step} | {:.0} ms | {:.0} |", secs * 1000.0, rows as f64 / secs);
    }
}
