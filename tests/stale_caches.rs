//! Regression tests for caches keyed by memory addresses: a new corpus or catalogue can be given
//! the place in memory of the old one, and a cache keyed by that place then keeps showing the old
//! data (the Overview kept drawing the old timeline after an import or an edit). Every view must
//! show the data of now, however the allocator places it.

// A test fails by panicking, so unwrap and expect are how it says what went wrong. An allocator
// is unsafe code by nature: `Eager` below is the one piece of it in the project, for these tests.
#![allow(clippy::unwrap_used, clippy::expect_used, unsafe_code)]

mod common;

use std::{
    alloc::{GlobalAlloc, Layout, System},
    fs,
    sync::{Arc, Mutex},
};

use common::{Dropped, settle, window};
use egui::{Key, Modifiers, Role};
use egui_kittest::{Harness, kittest::Queryable as _};
use parama::{
    model::{Catalogue, Category, Corpus, Programme, library::Library},
    ui::{Actions, ParamaApp, Tab, programmes::ProgrammesTab},
};

/// An allocator that hands freed memory back as eagerly as it can: the last block freed of a
/// size is the next one given out for that size. The system's allocator often does the same
/// (glibc's per-thread caches), but not always; with this one, a cache keyed by an address sees
/// new data at the old address as reliably as the bug needs to show.
struct Eager;

/// Blocks kept for reuse, as (size, alignment, address); zero size marks an empty slot.
static KEPT: Mutex<[(usize, usize, usize); 64]> = Mutex::new([(0, 0, 0); 64]);

// SAFETY: every block comes from `System` and goes back to it, or is handed out again for a
// request of exactly its size and alignment, which it was made for.
unsafe impl GlobalAlloc for Eager {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if let Ok(mut kept) = KEPT.try_lock()
            && let Some(slot) = kept
                .iter_mut()
                .rev()
                .find(|(size, align, _)| *size == layout.size() && *align == layout.align())
        {
            let address = slot.2;
            *slot = (0, 0, 0);
            return address as *mut u8;
        }
        // SAFETY: as the caller promised for `layout`.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if layout.size() > 0
            && let Ok(mut kept) = KEPT.try_lock()
        {
            // The newest at the end: drop the oldest to make room.
            if let Some(free) = kept.iter().position(|(size, _, _)| *size == 0) {
                kept[free..].rotate_left(1);
            } else {
                let (size, align, address) = kept[0];
                // SAFETY: it came from `System` with this layout.
                unsafe { System.dealloc(address as *mut u8, Layout::from_size_align_unchecked(size, align)) };
                kept.rotate_left(1);
            }
            if let Some(last) = kept.last_mut() {
                *last = (layout.size(), layout.align(), ptr as usize);
            }
            return;
        }
        // SAFETY: as the caller promised.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Eager = Eager;

/// A page saved from a news site, written for these tests.
const PAGE: &str = r#"<!doctype html><html><head><title>Kaunas | Medics</title>
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2024-03-01T10:00:00+02:00">
</head><body><article><h1>Lithuanian doctors train Ukrainian combat medics</h1>
<p>About 120 Ukrainian combat medics were trained by Lithuanian instructors in Kaunas.</p>
</article></body></html>"#;

const TITLE: &str = "Lithuanian doctors train Ukrainian combat medics";

/// The timeline's clickable place for an article of `title` dated `date`.
fn on_timeline(date: &str, title: &str) -> String {
    format!("Test Wire, {date}: {title}")
}

#[test]
fn articles_imported_into_a_running_app_show_in_the_overview_and_in_every_tab() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = window(ParamaApp::with_library(Some(&dir.path().join("data"))), [1280.0, 800.0]);
    harness.get_by_label_contains("5 articles (5 built in, 0 imported)");
    // One after another, each a year apart, so that no two share a place on the timeline.
    for n in 1..=6 {
        let (title, year) = (format!("{TITLE}, part {n}"), 2014 + n);
        let file = dir.path().join(format!("medics-{n}.html"));
        fs::write(
            &file,
            PAGE.replace(TITLE, &title)
                .replace("2024-03-01", &format!("{year}-03-01")),
        )
        .unwrap();
        let (programmes, figures) = {
            let catalogue = harness.state().catalogue();
            (catalogue.programmes().len(), catalogue.figures().len())
        };
        harness.input_mut().dropped_files.push(Arc::new(Dropped(file)));
        settle(&mut harness, |app| !app.is_importing());
        harness.get_by_role_and_label(Role::ListBoxOption, &title);

        harness.state_mut().open_tab(Tab::Overview);
        harness.run();
        harness.get_by_label_contains(&format!("{} articles (5 built in, {n} imported)", 5 + n));
        harness.get_by_role_and_label(Role::Button, &on_timeline(&format!("1 March {year}"), &title));

        // The tables count the rows found in the new article.
        let catalogue = harness.state().catalogue();
        let (more_programmes, more_figures) = (catalogue.programmes().len(), catalogue.figures().len());
        assert!(more_programmes > programmes && more_figures > figures);
        harness.state_mut().open_tab(Tab::Programmes);
        harness.run();
        harness.get_by_label_contains(&format!("of {more_programmes} programmes"));
        harness.state_mut().open_tab(Tab::Figures);
        harness.run();
        harness.get_by_label_contains(&format!("of {more_figures} figures"));
    }
}

#[test]
fn editing_an_imported_articles_date_moves_it_on_the_timeline() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("medics.html"), PAGE).unwrap();
    let data = dir.path().join("data");
    let id = Library::open(&data)
        .0
        .import_paths(&[dir.path().join("medics.html")])
        .unwrap()
        .imported[0]
        .clone();
    let mut harness = window(ParamaApp::with_library(Some(&data)), [1400.0, 900.0]);
    let mut shown = on_timeline("1 March 2024", TITLE);
    harness.get_by_role_and_label(Role::Button, &shown);

    for year in (2001..=2015).step_by(2) {
        let (typed, date) = (format!("{year}-06-15"), format!("15 June {year}"));
        harness.state_mut().select(&id);
        harness.run();
        harness.get_by_role_and_label(Role::Button, "Edit details…").click();
        harness.run();
        harness.get_by_role_and_label(Role::TextInput, "Date").focus();
        harness.run();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness.run();
        harness.get_by_role_and_label(Role::TextInput, "Date").type_text(&typed);
        harness.run();
        harness.get_by_role_and_label(Role::Button, "Save").click();
        harness.run();
        harness.get_by_label("Details saved.");

        harness.state_mut().open_tab(Tab::Overview);
        harness.run();
        let moved = on_timeline(&date, TITLE);
        harness.get_by_role_and_label(Role::Button, &moved);
        assert!(
            harness.query_by_role_and_label(Role::Button, &shown).is_none(),
            "the timeline still shows the old date"
        );
        shown = moved;
    }
}

/// The Programmes tab over a catalogue that the test swaps.
struct Swapped {
    tab: ProgrammesTab,
    corpus: Corpus,
    catalogue: Catalogue,
}

#[test]
fn a_table_given_another_catalogue_of_the_same_length_shows_the_new_rows() {
    let corpus = Corpus::embedded().unwrap();
    let toml = include_str!("../assets/catalogue.toml");
    // The same rows, but every training programme (and figure) filed under cyber.
    let all_cyber = toml.replace("category = \"training\"", "category = \"cyber\"");
    let rows = |text: &str| {
        let catalogue = Catalogue::from_toml(text, &corpus).unwrap();
        (catalogue.programmes().to_vec(), catalogue.figures().to_vec())
    };
    let (as_built, as_cyber) = (rows(toml), rows(&all_cyber));
    let count = |rows: &[Programme], category| rows.iter().filter(|p| p.category == category).count();
    let (training, cyber) = (
        count(&as_built.0, Category::Training),
        count(&as_built.0, Category::Cyber),
    );
    assert!(training > 0);
    assert_eq!(as_built.0.len(), as_cyber.0.len(), "the same length");
    let state = Swapped {
        tab: ProgrammesTab::default(),
        catalogue: Catalogue::default().with_extracted(as_built.0.clone(), as_built.1.clone()),
        corpus,
    };
    let mut harness = Harness::builder().with_size([1280.0, 800.0]).build_ui_state(
        |ui, s: &mut Swapped| s.tab.ui(ui, &s.corpus, &s.catalogue, &mut Actions::default()),
        state,
    );
    harness.run();
    harness.get_by_label(&format!("training ({training})"));

    // Back and forth, the old catalogue going first each time, so that the new one's rows can be
    // put where the old one's were.
    let as_built_chips = (
        format!("training ({training})"),
        format!("cyber ({})", cyber + training),
    );
    let as_cyber_chips = (
        format!("cyber ({})", cyber + training),
        format!("training ({training})"),
    );
    for ((programmes, figures), (shown, gone)) in [(&as_cyber, &as_cyber_chips), (&as_built, &as_built_chips)]
        .into_iter()
        .cycle()
        .take(6)
    {
        let next = (programmes.clone(), figures.clone());
        let state = harness.state_mut();
        state.catalogue = Catalogue::default();
        state.catalogue = Catalogue::default().with_extracted(next.0, next.1);
        harness.run();
        harness.get_by_label(shown);
        assert!(harness.query_by_label(gone).is_none(), "still shows {gone}");
    }
}
