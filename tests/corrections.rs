//! Reviews that correct: a wrong automatic figure or programme corrected by the user stays
//! corrected (after a restart, in exports, and however its row id comes out), and a figure said
//! to measure the same as another meets it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fs;

use egui::Role;
use egui_kittest::kittest::Queryable as _;

use parama::{
    model::{
        Catalogue, Category, Figure, Origin, Qualifier, Stage,
        export::{Rows, figures_table},
        library::{Change, Correction, Fields, Kind, Library},
    },
    ui::{ParamaApp, Tab},
};

const ARTICLE: &str = "21-wire-training-1600.txt";

/// A library in a fresh folder with the development set's article on the 1,600-soldier plan.
fn library() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().unwrap();
    let (mut library, problem) = Library::open(dir.path());
    assert!(problem.is_none());
    let bytes = fs::read(format!("tests/fixtures/devset/{ARTICLE}")).unwrap();
    library.add(ARTICLE, &bytes).unwrap();
    library.save().unwrap();
    (dir, library)
}

fn catalogue(library: &Library) -> Catalogue {
    let corpus = library.corpus().unwrap();
    library.catalogue(&Catalogue::embedded(&corpus).unwrap())
}

/// The imported figure of this value.
fn found(catalogue: &Catalogue, value: f64) -> Figure {
    catalogue
        .figures()
        .iter()
        .find(|f| f.origin != Origin::Curated && f.value == value)
        .cloned()
        .unwrap_or_else(|| panic!("no imported figure of {value}"))
}

#[test]
fn a_corrected_figure_stays_corrected_after_a_restart_and_exports_as_reviewed() {
    let (dir, mut library) = library();
    let before = catalogue(&library);
    let plan = found(&before, 1600.0);
    assert_eq!(plan.origin, Origin::Auto);
    assert!(
        plan.disagrees_with.contains(&"trainees-2023".to_owned()),
        "1,600 and about 1,500 disagree"
    );

    // The user reads it as "about 1,500" (say a correction in the source): it now agrees.
    let fields = Fields {
        value: Some(1500.0),
        qualifier: Some(Qualifier::About),
        ..Fields::default()
    };
    let correction = Correction::new(&before, Kind::Figure, &plan.id, Change::Set { fields }).unwrap();
    library.correct(correction);
    library.save().unwrap();

    // A new library over the same folder: as after a restart.
    let (reopened, problem) = Library::open(dir.path());
    assert!(problem.is_none());
    let after = catalogue(&reopened);
    let corrected = found(&after, 1500.0);
    assert_eq!(corrected.citations, plan.citations, "the same passages");
    assert_eq!(corrected.origin, Origin::Reviewed);
    assert_eq!(corrected.qualifier, Qualifier::About);
    assert_eq!(
        corrected.note.as_deref(),
        Some("Corrected by you; as found: 1,600 people."),
        "what was found stays readable"
    );
    assert!(corrected.disagrees_with.is_empty());
    assert!(corrected.agrees_with.contains(&"trainees-2023".to_owned()));
    assert!(after.figures().iter().all(|f| f.value != 1600.0), "1,600 is gone");

    // Exports carry the corrected value, as reviewed.
    let corpus = reopened.corpus().unwrap();
    let table = figures_table(&after, &corpus, Rows::All, &[]);
    let column = |name: &str| table.header.iter().position(|h| *h == name).unwrap();
    let row = table
        .rows
        .iter()
        .find(|r| r[column("figure_id")] == corrected.id)
        .unwrap();
    assert_eq!(row[column("origin")], "reviewed");
    assert_eq!(row[column("value")], "1500");
    assert_eq!(row[column("qualifier")], "about");
    assert_eq!(row[column("note")], "Corrected by you; as found: 1,600 people.");

    // Taken back to what was found: 1,600 again, automatic, and in disagreement again.
    let mut reopened = reopened;
    assert_eq!(reopened.revert(&after, Kind::Figure, &corrected.id), 1);
    let reverted = found(&catalogue(&reopened), 1600.0);
    assert_eq!(reverted.origin, Origin::Auto);
    assert!(reverted.note.is_none());
    assert!(reverted.disagrees_with.contains(&"trainees-2023".to_owned()));
}

#[test]
fn a_figure_said_to_measure_the_same_as_another_meets_it() {
    let (_dir, mut library) = library();
    let before = catalogue(&library);
    // The EU's 30,000 is context: it never meets Lithuania's plan…
    let eu = found(&before, 30000.0);
    assert!(eu.is_context());
    assert!(eu.disagrees_with.is_empty());
    // …until the user says it measures the same (wrongly, but it is theirs to say).
    let target = Correction::target(&before, Kind::Figure, "trainees-2023").unwrap();
    let same = Correction::new(&before, Kind::Figure, &eu.id, Change::SameAs { target }).unwrap();
    library.correct(same);
    let after = catalogue(&library);
    let eu = found(&after, 30000.0);
    assert!(!eu.is_context());
    assert_eq!(eu.key, after.figure("trainees-2023").unwrap().key);
    assert_eq!(eu.measure.stage, Stage::Planned, "its own stage is kept");
    assert!(eu.disagrees_with.contains(&"trainees-2023".to_owned()));
    assert_eq!(eu.origin, Origin::Reviewed);
}

#[test]
fn a_row_can_be_split_and_merged_back() {
    let (_dir, mut library) = library();
    let before = catalogue(&library);
    // The headline and the body state 1,600: one figure, two passages.
    let plan = found(&before, 1600.0);
    assert_eq!(plan.citations.len(), 2);
    library.correct(Correction::split(&before, Kind::Figure, &plan.id, 0).unwrap());
    let split = catalogue(&library);
    let both: Vec<&Figure> = split.figures().iter().filter(|f| f.value == 1600.0).collect();
    assert_eq!(both.len(), 2, "split into two rows");
    assert!(
        both.iter()
            .all(|f| f.citations.len() == 1 && f.origin == Origin::Reviewed)
    );
    assert_ne!(both[0].id, both[1].id);

    // Merged back: one row again, with both passages.
    let target = Correction::target(&split, Kind::Figure, &both[1].id).unwrap();
    let merge = Correction::new(&split, Kind::Figure, &both[0].id, Change::MergeInto { target }).unwrap();
    library.correct(merge);
    let merged = catalogue(&library);
    let one: Vec<&Figure> = merged.figures().iter().filter(|f| f.value == 1600.0).collect();
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].citations.len(), 2);

    // Reverting the row forgets both the split and the merge: as found.
    let id = one[0].id.clone();
    assert_eq!(library.revert(&merged, Kind::Figure, &id), 2);
    assert!(library.corrections().is_empty());
    assert_eq!(found(&catalogue(&library), 1600.0).origin, Origin::Auto);
}

#[test]
fn a_found_programme_can_be_renamed_recategorised_and_a_figure_moved_to_it() {
    let (_dir, mut library) = library();
    let before = catalogue(&library);
    let pledge = before
        .programmes()
        .iter()
        .find(|p| p.origin == Origin::Auto && p.citations.iter().any(|c| c.exact.contains("Tallinn Pledge")))
        .expect("the pledge is a found programme");
    let fields = Fields {
        label: Some("Tallinn Pledge".to_owned()),
        category: Some(Category::Procurement),
        ..Fields::default()
    };
    library.correct(Correction::new(&before, Kind::Programme, &pledge.id, Change::Set { fields }).unwrap());
    // The 125 million euros package belongs to it.
    let package = found(&before, 125_000_000.0);
    let fields = Fields {
        programme: Some(Correction::target(&before, Kind::Programme, &pledge.id).unwrap()),
        ..Fields::default()
    };
    library.correct(Correction::new(&before, Kind::Figure, &package.id, Change::Set { fields }).unwrap());

    let after = catalogue(&library);
    let renamed = after.programmes().iter().find(|p| p.name == "Tallinn Pledge").unwrap();
    assert_eq!(renamed.category, Category::Procurement);
    assert_eq!(renamed.origin, Origin::Reviewed);
    assert_eq!(
        found(&after, 125_000_000.0).programme.as_deref(),
        Some(renamed.id.as_str())
    );
}

#[test]
fn curated_rows_and_empty_labels_are_refused_kindly() {
    let (_dir, library) = library();
    let catalogue = catalogue(&library);
    let set = |label: &str| Change::Set {
        fields: Fields {
            label: Some(label.to_owned()),
            ..Fields::default()
        },
    };
    let curated = Correction::new(&catalogue, Kind::Figure, "trainees-2023", set("x")).unwrap_err();
    assert!(curated.to_string().contains("curated"), "{curated}");
    let plan = found(&catalogue, 1600.0);
    let empty = Correction::new(&catalogue, Kind::Figure, &plan.id, set("  ")).unwrap_err();
    assert_eq!(empty.to_string(), "the label cannot be empty");
    let target = Correction::target(&catalogue, Kind::Figure, &plan.id).unwrap();
    let itself = Correction::new(&catalogue, Kind::Figure, &plan.id, Change::MergeInto { target });
    assert!(itself.is_err());
}

#[test]
fn the_correct_window_changes_a_found_figure_and_says_so() {
    let (dir, _library) = library();
    let mut app = ParamaApp::with_library(Some(dir.path()));
    app.open_tab(Tab::Figures);
    let mut harness = common::window(app, [1600.0, 1000.0]);
    harness.get_by_label("1,600 people (sources disagree)").click();
    harness.run();
    harness.get_by_label("Sources disagree");
    harness.get_by_role_and_label(Role::Button, "Correct…").click();
    harness.run();
    harness.get_by_label("Correct this figure");

    // Nonsense is refused in the window, which stays open.
    let value = |h: &mut egui_kittest::Harness<'static, ParamaApp>| {
        h.get_by_role_and_label(Role::TextInput, "Value").focus();
        h.run();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.run();
    };
    value(&mut harness);
    harness
        .get_by_role_and_label(Role::TextInput, "Value")
        .type_text("many");
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();
    harness.get_by_label("“many” is not a number.");

    value(&mut harness);
    harness
        .get_by_role_and_label(Role::TextInput, "Value")
        .type_text("1,700");
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();
    harness.get_by_label("Corrected. It is marked as reviewed by you.");
    assert!(
        harness.query_by_label("Correct this figure").is_none(),
        "the window closed"
    );
    let corrected = found(harness.state().catalogue(), 1700.0);
    assert_eq!(corrected.origin, Origin::Reviewed);
    // Still a different value from the built-in ≈ 1,500: still flagged.
    assert!(corrected.disagrees_with.contains(&"trainees-2023".to_owned()));
    // Saved: a new window over the same folder shows it corrected.
    let again = ParamaApp::with_library(Some(dir.path()));
    assert_eq!(found(again.catalogue(), 1700.0).origin, Origin::Reviewed);

    // And it can be taken back.
    harness.get_by_role_and_label(Role::Button, "Back to as found").click();
    harness.run();
    harness.get_by_label("Back to what was found: your corrections and review of it are forgotten.");
    assert_eq!(found(harness.state().catalogue(), 1600.0).origin, Origin::Auto);
    harness.get_by_label("Found automatically, not reviewed.");
}
