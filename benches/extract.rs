//! Extraction throughput and import speed on the synthetic corpus:
//! `cargo bench --bench extract [-- ARTICLES]` (default 10,000).
//!
//! Prints MB/s for figure extraction and for the whole automatic catalogue (figures and
//! programmes), then writes the articles as `.txt` files to a temporary folder and times
//! importing them all into a fresh library, reopening it, and building the tables' catalogue
//! (which links every found programme to the known ones), and then how long the figures take to
//! meet by measure (group, agree, disagree) at half and at all of them. Figures are recorded in
//! `docs/EXTRACTION.md` and `docs/PERFORMANCE.md`; this program never fails on timing.

use std::time::Instant;

use parama::model::{Catalogue, Corpus, CorpusError, extract, library::Library, synthetic};

fn main() {
    let articles: usize = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let corpus = synthetic::corpus(articles, 2026);
    let bytes: usize = corpus.articles().iter().map(|a| a.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!("corpus: {articles} articles, {mb:.1} MB");

    let started = Instant::now();
    let figures: usize = corpus.articles().iter().map(|a| extract::figures(&a.text).len()).sum();
    let secs = started.elapsed().as_secs_f64();
    println!("figures: {figures} found in {secs:.2} s = {:.1} MB/s", mb / secs);

    let started = Instant::now();
    let rows: usize = corpus
        .articles()
        .iter()
        .map(|a| {
            let (p, f) = extract::rows(a);
            p.len() + f.len()
        })
        .sum();
    let secs = started.elapsed().as_secs_f64();
    println!(
        "catalogue rows (figures and programmes): {rows} in {secs:.2} s = {:.1} MB/s",
        mb / secs
    );

    let Ok(dir) = tempfile::tempdir() else {
        eprintln!("no temporary folder; import not measured");
        return;
    };
    let files = dir.path().join("files");
    if std::fs::create_dir_all(&files).is_err() {
        return;
    }
    for (i, article) in corpus.articles().iter().enumerate() {
        let _ = std::fs::write(files.join(format!("article-{i:05}.txt")), &article.text);
    }
    let (mut library, _) = Library::open(&dir.path().join("data"));
    let started = Instant::now();
    match library.import_paths(&[files]) {
        Ok(report) => {
            let secs = started.elapsed().as_secs_f64();
            println!(
                "import: {} in {secs:.2} s = {:.0} files/s",
                report.summary(),
                report.imported.len() as f64 / secs
            );
        }
        Err(error) => eprintln!("import failed: {error}"),
    }
    let started = Instant::now();
    let (reopened, _) = Library::open(&dir.path().join("data"));
    println!(
        "reopen the library of {} articles: {:.2} s",
        reopened.articles().len(),
        started.elapsed().as_secs_f64()
    );
    let Ok(curated) =
        Corpus::embedded().and_then(|c| Catalogue::embedded(&c).map_err(|e| CorpusError::Metadata(e.to_string())))
    else {
        return;
    };
    let started = Instant::now();
    let catalogue = reopened.catalogue(&curated);
    println!(
        "the tables' catalogue ({} programmes, {} figures): {:.2} s",
        catalogue.programmes().len(),
        catalogue.figures().len(),
        started.elapsed().as_secs_f64()
    );

    // Figures meeting each other (keys, grouping, agreement and disagreement): at half and at
    // all the figures, so that the cost per figure shows whether it stays linear.
    let figures = catalogue.figures().to_vec();
    let keys: std::collections::HashSet<&str> = figures.iter().map(|f| f.key.as_str()).collect();
    let flagged = figures.iter().filter(|f| !f.disagrees_with.is_empty()).count();
    println!(
        "measures: {} figures in {} measures, {flagged} flagged as disagreeing",
        figures.len(),
        keys.len()
    );
    for share in [2, 1] {
        let some = figures.get(..figures.len() / share).unwrap_or_default().to_vec();
        let n = some.len();
        let started = Instant::now();
        let met = Catalogue::from_rows(Vec::new(), some);
        let secs = started.elapsed().as_secs_f64();
        println!(
            "figures meeting by measure: {n} in {:.3} s = {:.2} µs per figure ({} rows)",
            secs,
            secs * 1e6 / n.max(1) as f64,
            met.figures().len()
        );
    }
}
