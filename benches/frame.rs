//! Frame time of each tab, without a GPU: the real UI stepped by egui_kittest, at the five
//! built-in articles and with a library of synthetic ones (10,000 by default, about 100,000
//! table rows), idle and while scrolling the table or list, with a row selected.
//!
//! `cargo bench --bench frame [-- ARTICLES [FRAMES]]`. Prints the median and 95th percentile of
//! each; the figures are recorded in `docs/PERFORMANCE.md`. This program never fails on timing.

use std::time::{Duration, Instant};

use egui::{Event, MouseWheelUnit, Vec2, pos2};
use egui_kittest::Harness;
use parama::{
    model::{Catalogue, Corpus, synthetic},
    ui::{ParamaApp, Tab},
};

const SIZE: [f32; 2] = [1280.0, 800.0];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(at).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Times `frames` frames, adding them to `times`; `before_each` feeds input first.
fn measure(
    harness: &mut Harness<'_, ParamaApp>,
    frames: usize,
    times: &mut Vec<Duration>,
    mut before_each: impl FnMut(&mut Harness<'_, ParamaApp>, usize),
) {
    for frame in 0..frames {
        before_each(harness, frame);
        let started = Instant::now();
        harness.step();
        times.push(started.elapsed());
    }
}

/// Median and 95th percentile.
fn summary(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.95))
}

/// The wheel over the list (Articles) or the table (the others): down for a while, then up.
fn scroll(tab: Tab) -> impl FnMut(&mut Harness<'_, ParamaApp>, usize) {
    let over = match tab {
        Tab::Articles => pos2(180.0, 400.0),
        _ => pos2(300.0, 400.0),
    };
    move |h, frame| {
        let down = (frame / 50) % 2 == 0;
        h.hover_at(over);
        h.event(Event::MouseWheel {
            unit: MouseWheelUnit::Point,
            delta: Vec2::new(0.0, if down { -60.0 } else { 60.0 }),
            modifiers: Default::default(),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
    }
}

fn app(corpus: &Corpus, catalogue: &Catalogue, tab: Tab) -> ParamaApp {
    let catalogue = catalogue.clone();
    let mut app = ParamaApp::new(Ok(corpus.clone()), move |_| Ok(catalogue));
    // A row selected, as in use: the details panel (or the reader) is drawn too. The Overview
    // has nothing to select.
    let selected = match tab {
        Tab::Overview => None,
        Tab::Articles => Some("baltictimes-assistance-2023"),
        Tab::Programmes => Some("kaunas-cyber-centre"),
        Tab::Figures => Some("rehabilitation-budget"),
    };
    if let Some(id) = selected {
        app.select(id);
    }
    app.open_tab(tab);
    app
}

fn main() {
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with('-'));
    let articles: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let frames: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(500);

    let embedded = Corpus::embedded().map(|c| (Catalogue::embedded(&c), c));
    let Ok((Ok(small_catalogue), small_corpus)) = embedded else {
        eprintln!("the built-in corpus did not load");
        return;
    };
    let started = Instant::now();
    let Ok((big_corpus, big_catalogue)) = synthetic::library(articles, 2026) else {
        eprintln!("the synthetic library did not load");
        return;
    };
    println!(
        "library: {} articles, {} programmes, {} figures, built in {:.1} s; {frames} frames each",
        big_corpus.len(),
        big_catalogue.programmes().len(),
        big_catalogue.figures().len(),
        started.elapsed().as_secs_f64()
    );
    println!("| tab | articles | idle median | idle p95 | scrolling median | scrolling p95 |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");

    // The two sizes take turns, a hundred frames at a time, so that a slow spell of the machine
    // falls on both and not on one.
    const ROUNDS: usize = 5;
    let per_round = (frames / ROUNDS).max(1);
    for tab in Tab::ALL {
        let sizes = [(&small_corpus, &small_catalogue), (&big_corpus, &big_catalogue)];
        let mut harnesses: Vec<Harness<'_, ParamaApp>> = sizes
            .iter()
            .map(|(corpus, catalogue)| {
                let mut harness = Harness::builder()
                    .with_size(SIZE)
                    .with_max_steps(64)
                    .build_ui_state(|ui, app: &mut ParamaApp| app.ui(ui), app(corpus, catalogue, tab));
                harness.run();
                harness
            })
            .collect();
        let mut idle = [Vec::new(), Vec::new()];
        let mut scrolling = [Vec::new(), Vec::new()];
        for _ in 0..ROUNDS {
            for (k, harness) in harnesses.iter_mut().enumerate() {
                measure(harness, per_round, &mut idle[k], |_, _| {});
            }
            for (k, harness) in harnesses.iter_mut().enumerate() {
                measure(harness, per_round, &mut scrolling[k], scroll(tab));
            }
        }
        let mut medians = Vec::new();
        for (k, (corpus, _)) in sizes.iter().enumerate() {
            let idle = summary(std::mem::take(&mut idle[k]));
            let scrolling = summary(std::mem::take(&mut scrolling[k]));
            println!(
                "| {tab:?} | {} | {:.2} ms | {:.2} ms | {:.2} ms | {:.2} ms |",
                corpus.len(),
                ms(idle.0),
                ms(idle.1),
                ms(scrolling.0),
                ms(scrolling.1)
            );
            medians.push((idle.0, scrolling.0));
        }
        if let [small, big] = medians[..] {
            println!(
                "|   | ratio | {:.2}× | | {:.2}× | |",
                ms(big.0) / ms(small.0).max(1e-9),
                ms(big.1) / ms(small.1).max(1e-9)
            );
        }
    }
}
