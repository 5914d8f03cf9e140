//! Test helpers shared by several test files: the glyph specimen, fixtures, waiting for a
//! search or an export, and a save dialog that answers by itself.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use egui_kittest::Harness;
use parama::{
    model::{Catalogue, Corpus},
    ui::ParamaApp,
};

/// Letters and marks Parama must draw beyond what the embedded corpus uses today: the whole
/// Lithuanian and Latvian alphabets, the typography of news text, and Ukrainian (Cyrillic) for
/// imported articles.
pub const SPECIMEN: &[(&str, &str)] = &[
    (
        "Lithuanian",
        "Ą Č Ę Ė Į Š Ų Ū Ž ą č ę ė į š ų ū ž — Šimonytė, Kaunas, Rukla",
    ),
    (
        "Latvian",
        "Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž ā č ē ģ ī ķ ļ ņ š ū ž — Ādaži, Rēzekne",
    ),
    (
        "Punctuation",
        "“quoted” ‘single’ it’s • bullet – en — em … 1\u{a0}500 € 64 % ≈ ≤ ≥ № «»",
    ),
    ("Ukrainian", "Чуєш їх, доцю, га? Кумедна ж ти, прощайся без ґольфів!"),
    (
        "Ukrainian capitals",
        "А Б В Г Ґ Д Е Є Ж З И І Ї Й К Л М Н О П Р С Т У Ф Х Ц Ч Ш Щ Ь Ю Я",
    ),
];

/// Every character the embedded corpus and the curated catalogue show, other than ASCII and
/// control characters, in order.
pub fn corpus_characters() -> String {
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let mut texts: Vec<String> = Vec::new();
    for article in corpus.articles() {
        texts.extend([article.title.clone(), article.publisher.clone(), article.text.clone()]);
        texts.extend(article.byline.clone());
    }
    texts.push(format!("{catalogue:?}"));
    let chars: BTreeSet<char> = texts
        .iter()
        .flat_map(|t| t.chars())
        .filter(|c| !c.is_ascii() && !c.is_control())
        .collect();
    chars.into_iter().collect()
}

/// A Ukrainian-language page to import: a test fixture, not a news article.
pub const UKRAINIAN_HTML: &str = include_str!("../fixtures/ukrainian.html");

/// How many programmes and figures the built-in catalogue has.
pub fn built_in_rows() -> (usize, usize) {
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    (catalogue.programmes().len(), catalogue.figures().len())
}

/// Steps until the background search has answered, then lets the window settle.
pub fn settle_search(harness: &mut Harness<'static, ParamaApp>) {
    settle(harness, |app| !app.search().is_searching());
}

/// Answers every save dialog with the next of its answers, and remembers the names suggested.
pub struct ScriptedDialog {
    /// The paths to answer with, in order; `None` is a cancelled dialog.
    pub answers: Vec<Option<std::path::PathBuf>>,
    /// The file names the app suggested, in order.
    pub suggested: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl parama::ui::export::SaveDialog for ScriptedDialog {
    fn save_path(&mut self, name: &str) -> Option<std::path::PathBuf> {
        self.suggested.lock().unwrap().push(name.to_owned());
        if self.answers.is_empty() {
            None
        } else {
            self.answers.remove(0)
        }
    }
}

/// Steps the UI until the background write has finished.
pub fn finish_export(harness: &mut Harness<'static, ParamaApp>) {
    settle(harness, |app| !app.is_exporting());
}

/// The real app in a test window of `size`, drawn until it has settled (allowed a few more
/// frames than kittest's default, for modal windows to settle).
pub fn window(app: ParamaApp, size: [f32; 2]) -> Harness<'static, ParamaApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut ParamaApp| app.ui(ui), app);
    harness.run();
    harness
}

/// Steps the UI until `done` says the app's background work has finished (a search, an import,
/// an export: each reports back through the UI and asks for frames until then, so `run()` alone
/// would not settle meanwhile), then lets the window settle.
pub fn settle(harness: &mut Harness<'static, ParamaApp>, done: impl Fn(&ParamaApp) -> bool) {
    // One frame takes the input in, the next starts the work off the UI thread; only then does
    // "not busy" mean "finished".
    harness.step();
    for _ in 0..10_000 {
        harness.step();
        if done(harness.state()) {
            harness.run();
            return;
        }
        std::thread::yield_now();
    }
    panic!("the background work never finished");
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
pub struct Dropped(pub std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// An opener that records what the app asked the system to open and answers `Ok`, or refuses
/// with `reason` when one is given.
pub fn recording_opener(
    reason: Option<&'static str>,
) -> (
    parama::open::Opener,
    std::sync::Arc<std::sync::Mutex<Vec<parama::open::Target>>>,
) {
    let opened = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = std::sync::Arc::clone(&opened);
    let opener = parama::open::Opener::new(move |target| {
        record.lock().unwrap().push(target.clone());
        match reason {
            None => Ok(()),
            Some(reason) => Err(parama::open::OpenError {
                target: target.clone(),
                reason: reason.to_owned(),
            }),
        }
    });
    (opener, opened)
}

/// The "Open in article" buttons, each named by the source and passage it opens.
pub fn open_in_article<'h>(harness: &'h Harness<'_, ParamaApp>) -> impl Iterator<Item = egui_kittest::Node<'h>> {
    use egui_kittest::kittest::Queryable as _;
    harness.get_all(
        egui_kittest::kittest::By::new()
            .role(egui::accesskit::Role::Button)
            .label_contains("Open in article: "),
    )
}
