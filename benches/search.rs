//! Search latency on a synthetic corpus: `cargo bench --bench search [-- ARTICLES [RUNS]]`.
//!
//! Builds the deterministic synthetic corpus (10,000 articles, about 30 MB, by default), folds it
//! once, then times each query `RUNS` times and prints the median and 95th percentile for
//! one-word, three-word and phrase queries. Figures are recorded in `docs/PERFORMANCE.md`; this
//! program never fails on timing.

use std::time::{Duration, Instant};

use parama::model::{
    search::{Query, SearchIndex},
    synthetic,
};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(at).copied().unwrap_or_default()
}

fn main() {
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with('-'));
    let articles: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(50);

    let started = Instant::now();
    let corpus = synthetic::corpus(articles, 2026);
    let bytes: usize = corpus.articles().iter().map(|a| a.text.len()).sum();
    println!(
        "corpus: {articles} articles, {:.1} MB, generated in {:?}",
        bytes as f64 / 1e6,
        started.elapsed()
    );
    let started = Instant::now();
    let index = SearchIndex::new(&corpus);
    println!("index: folded in {:?}", started.elapsed());

    let classes: [(&str, &[&str]); 3] = [
        (
            "1 word",
            &["simonyte", "druskininkai", "rehabilitation", "kaunas", "2015-2017"],
        ),
        (
            "3 words",
            &[
                "military training kaunas",
                "simonyte seimas ukraine",
                "cyber security varena",
            ],
        ),
        (
            "phrase",
            &[
                "\"military assistance\"",
                "\"regional centre\"",
                "\"thermal imaging devices\"",
            ],
        ),
    ];
    for (class, queries) in classes {
        let mut times = Vec::new();
        let mut search_only = Vec::new();
        let mut found = 0;
        for query in queries {
            let query = Query::parse(query);
            for _ in 0..runs {
                // What the window does per query: find and rank every match, and map the hits
                // of the first 100 articles it lists.
                let started = Instant::now();
                let results = index.search(&query);
                search_only.push(started.elapsed());
                let listed: usize = results
                    .iter()
                    .take(100)
                    .map(|m| index.hits(&query, m.article, &corpus).len())
                    .sum();
                times.push(started.elapsed());
                found = found.max(results.len());
                assert!(listed > 0 || results.is_empty());
            }
        }
        times.sort();
        search_only.sort();
        println!(
            "{class:>8}: median {:>8.2?}  p95 {:>8.2?}  (finding and ranking alone: median {:>8.2?}; {} timings, up to {found} articles matched)",
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            percentile(&search_only, 0.5),
            times.len()
        );
    }
}
