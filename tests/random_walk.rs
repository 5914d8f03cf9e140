//! A random walk through the real app: thousands of random clicks (with and without modifiers),
//! keys, typing, scrolling, resizing, file drops and exports, with the app's invariants checked
//! after every step. The walk is fixed by its seed; a failure prints the seed and the step so it
//! can be replayed: `PARAMA_WALK_SEED=… PARAMA_WALK_STEPS=… cargo test --test random_walk --
//! --ignored`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    fs,
    path::{Path, PathBuf},
    sync::Arc,
};

use egui::{Event, Key, Modifiers, MouseWheelUnit, Role, Vec2, pos2};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use parama::{
    model::{synthetic::Rng, table::view},
    ui::{ParamaApp, Tab, export::SaveDialog},
};

/// Widgets a user can click. The import dialogs are left out: they would open a native dialog;
/// the save dialog is scripted below, and links go to an opener that only records them.
const CLICKABLE: &[Role] = &[
    Role::Button,
    Role::Link,
    Role::ListBoxOption,
    Role::CheckBox,
    Role::Row,
    Role::RadioButton,
];
const NOT_HERE: &[&str] = &["Import", "Import…", "Import files…", "Import a folder…"];
const KEYS: &[Key] = &[
    Key::Escape,
    Key::Enter,
    Key::ArrowUp,
    Key::ArrowDown,
    Key::Home,
    Key::End,
    Key::F3,
    Key::Tab,
];
const WORDS: &[&str] = &[
    "kaunas",
    "simonyte",
    "2014-2019",
    "\"military assistance\"",
    "ü",
    "–",
    "zzz",
    " ",
    "1",
];

/// Answers every save dialog with a new file in a temporary folder, or now and then "cancel".
struct TempDialog {
    folder: PathBuf,
    count: usize,
}

impl SaveDialog for TempDialog {
    fn save_path(&mut self, name: &str) -> Option<PathBuf> {
        self.count += 1;
        (!self.count.is_multiple_of(5)).then(|| self.folder.join(format!("{}-{name}", self.count)))
    }
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Prints the seed and step if the walk fails, so that it can be replayed.
struct Replay {
    seed: u64,
    step: usize,
    last: String,
}

impl Drop for Replay {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!(
                "random walk failed at step {} ({}); replay with PARAMA_WALK_SEED={} PARAMA_WALK_STEPS={}",
                self.step,
                self.last,
                self.seed,
                self.step + 1
            );
        }
    }
}

/// The app's invariants.
fn check(app: &ParamaApp) {
    let corpus = app.corpus();
    let catalogue = app.catalogue();
    if let Some(id) = app.articles().selected() {
        let article = corpus
            .get(id)
            .unwrap_or_else(|| panic!("selected article {id} does not exist"));
        for range in app.articles().reader().highlights_in(article) {
            assert!(
                range.start <= range.end
                    && article.text.is_char_boundary(range.start)
                    && article.text.is_char_boundary(range.end),
                "highlight {range:?} is not on character boundaries of {id}"
            );
        }
    }
    let programmes = app.programmes().table();
    for id in programmes.selection().ids() {
        assert!(
            catalogue.programme(id).is_some(),
            "selected programme {id} does not exist"
        );
    }
    assert!(programmes.shown().iter().all(|&i| i < catalogue.programmes().len()));
    let figures = app.figures().table();
    for id in figures.selection().ids() {
        assert!(catalogue.figure(id).is_some(), "selected figure {id} does not exist");
    }
    assert!(figures.shown().iter().all(|&i| i < catalogue.figures().len()));
    // The table on screen shows exactly the rows its filter, categories and sort select.
    match app.tab() {
        Tab::Programmes => assert_eq!(
            programmes.shown(),
            view(catalogue.programmes(), programmes.spec(), corpus),
            "the Programmes table does not match its filters"
        ),
        Tab::Figures => assert_eq!(
            figures.shown(),
            view(catalogue.figures(), figures.spec(), corpus),
            "the Figures table does not match its filters"
        ),
        _ => {}
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
#[ignore = "about three minutes in a debug build: .ci/run runs it with --ignored"]
fn five_thousand_random_steps_keep_the_app_consistent() {
    let seed = env_number("PARAMA_WALK_SEED", 2026);
    let steps = env_number("PARAMA_WALK_STEPS", 5_000) as usize;
    let mut rng = Rng::new(seed);
    let dir = tempfile::tempdir().unwrap();
    let exports = dir.path().join("exports");
    fs::create_dir_all(&exports).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");

    let mut app = ParamaApp::with_library(Some(&dir.path().join("data")));
    app.set_opener(parama::open::Opener::new(|_| Ok(())));
    app.set_save_dialog(Box::new(TempDialog {
        folder: exports.clone(),
        count: 0,
    }));
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut ParamaApp| app.ui(ui), app);
    harness.run();

    let mut replay = Replay {
        seed,
        step: 0,
        last: String::new(),
    };
    let modifiers = [Modifiers::NONE, Modifiers::NONE, Modifiers::COMMAND, Modifiers::SHIFT];
    for step in 0..steps {
        replay.step = step;
        match rng.below(100) {
            // Click something clickable, sometimes with Ctrl/Cmd or Shift.
            0..=54 => {
                let nodes: Vec<_> = harness
                    .query_all(egui_kittest::kittest::By::new().predicate(|n| CLICKABLE.contains(&n.role())))
                    .filter(|n| {
                        let label = n.accesskit_node().label().unwrap_or_default();
                        !NOT_HERE.iter().any(|x| label.starts_with(x))
                    })
                    .collect();
                if nodes.is_empty() {
                    continue;
                }
                let node = &nodes[rng.below(nodes.len())];
                let m = modifiers[rng.below(modifiers.len())];
                replay.last = format!(
                    "click {:?} {:?} {m:?}",
                    node.accesskit_node().role(),
                    node.accesskit_node().label()
                );
                node.click_modifiers(m);
            }
            // A key, sometimes with Ctrl/Cmd (Ctrl+A, Ctrl+F, Ctrl+E…).
            55..=69 => {
                let key = if rng.below(4) == 0 {
                    [Key::A, Key::F, Key::E, Key::Plus, Key::Minus, Key::Num0][rng.below(6)]
                } else {
                    KEYS[rng.below(KEYS.len())]
                };
                let m = if matches!(key, Key::A | Key::F | Key::E | Key::Plus | Key::Minus | Key::Num0) {
                    Modifiers::COMMAND
                } else {
                    modifiers[rng.below(modifiers.len())]
                };
                replay.last = format!("key {key:?} {m:?}");
                harness.key_press_modifiers(m, key);
            }
            // Type into whatever has the keyboard (the search box, a filter, or nothing).
            70..=79 => {
                let text = WORDS[rng.below(WORDS.len())];
                replay.last = format!("type {text:?}");
                harness.event(Event::Text(text.to_owned()));
            }
            // Scroll somewhere.
            80..=89 => {
                let at = pos2(rng.below(1280) as f32, rng.below(800) as f32);
                let dy = rng.below(600) as f32 - 300.0;
                replay.last = format!("scroll {dy} at {at:?}");
                harness.hover_at(at);
                harness.event(Event::MouseWheel {
                    unit: MouseWheelUnit::Point,
                    delta: Vec2::new(0.0, dy),
                    modifiers: Modifiers::NONE,
                    phase: egui::TouchPhase::Move,
                    source: egui::MouseWheelSource::Wheel,
                });
            }
            // Resize the window.
            90..=94 => {
                let size = Vec2::new(720.0 + rng.below(900) as f32, 480.0 + rng.below(500) as f32);
                replay.last = format!("resize {size:?}");
                harness.set_size(size);
            }
            // Drop files on the window: an article to import, and one that cannot be.
            _ => {
                let name = ["ukrainian.html", "not-an-article.bin"][rng.below(2)];
                replay.last = format!("drop {name}");
                let path = fixtures.join(name);
                harness.input_mut().dropped_files.push(Arc::new(Dropped(path)));
            }
        }
        harness.step();
        harness.step();
        check(harness.state());
    }
    // The walk really went places: it exported files and kept going.
    let exported = fs::read_dir(&exports).unwrap().count();
    assert!(exported > 0, "no export in {steps} steps");
    drop(replay);
}
