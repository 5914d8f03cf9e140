//! The extractor measured against the curated catalogue: run it over the five built-in
//! articles and match its figures with the curated ones on article, value and unit.
//!
//! `cargo test --test extraction -- --nocapture` prints the figures recorded in
//! `docs/EXTRACTION.md`. The floors below sit just under the measured values (1.00 and 1.00), so
//! losing a single figure, or adding a single wrong one, fails the test.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use parama::model::{Catalogue, Corpus, extract};

/// Precision floor: measured 1.00 (8 of 8) when this was written.
const PRECISION_FLOOR: f64 = 0.95;
/// Recall floor: measured 1.00 (8 of 8) when this was written.
const RECALL_FLOOR: f64 = 0.95;

#[test]
fn extraction_matches_the_curated_figures() {
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let curated: Vec<(String, f64, String)> = catalogue
        .figures()
        .iter()
        .map(|f| (f.citations[0].article.clone(), f.value, f.unit.label().to_owned()))
        .collect();
    let mut extracted = Vec::new();
    for article in corpus.articles() {
        for f in extract::figures(&article.text) {
            println!(
                "{:<30} {:>10} {:<8} {:?}",
                article.id,
                f.value,
                f.unit.label(),
                &article.text[f.span.clone()]
            );
            extracted.push((article.id.clone(), f.value, f.unit.label().to_owned()));
        }
    }
    let correct = extracted.iter().filter(|e| curated.contains(e)).count();
    let found = curated.iter().filter(|c| extracted.contains(c)).count();
    let precision = correct as f64 / extracted.len().max(1) as f64;
    let recall = found as f64 / curated.len().max(1) as f64;
    println!(
        "precision {precision:.2} ({correct} of {} extracted), recall {recall:.2} ({found} of {} curated)",
        extracted.len(),
        curated.len()
    );
    for missed in curated.iter().filter(|c| !extracted.contains(c)) {
        println!("missed: {missed:?}");
    }
    assert!(
        precision >= PRECISION_FLOOR,
        "precision {precision:.2} fell below {PRECISION_FLOOR}"
    );
    assert!(recall >= RECALL_FLOOR, "recall {recall:.2} fell below {RECALL_FLOOR}");
}
