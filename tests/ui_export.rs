//! Exporting from the window, through the save-dialog seam instead of a real dialog.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::{
    path::PathBuf,
    sync::{Arc, Mutex},
};

use common::{ScriptedDialog, finish_export};
use egui::{Modifiers, Role};
use egui_kittest::{Harness, kittest::Queryable as _};
use parama::{
    open::Target,
    ui::{ParamaApp, Tab},
};

/// The file names the save dialog was offered.
type Suggested = Arc<Mutex<Vec<String>>>;
/// What the app asked the system to open.
type Opened = Arc<Mutex<Vec<Target>>>;

fn harness(tab: Tab, answers: Vec<Option<PathBuf>>) -> (Harness<'static, ParamaApp>, Suggested) {
    let (harness, suggested, _) = harness_opening(tab, answers);
    (harness, suggested)
}

fn harness_opening(tab: Tab, answers: Vec<Option<PathBuf>>) -> (Harness<'static, ParamaApp>, Suggested, Opened) {
    let suggested = Arc::default();
    let (opener, opened) = common::recording_opener(None);
    let mut app = ParamaApp::embedded();
    app.set_opener(opener);
    app.open_tab(tab);
    app.set_save_dialog(Box::new(ScriptedDialog {
        answers,
        suggested: Arc::clone(&suggested),
    }));
    (common::window(app, [1600.0, 1000.0]), suggested, opened)
}

fn figure_ids(path: &PathBuf) -> Vec<String> {
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    reader.records().map(|r| r.unwrap()[0].to_owned()).collect()
}

#[test]
fn exporting_two_selected_figures_writes_exactly_those_rows() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("two.csv");
    let (mut harness, suggested, opened) = harness_opening(Tab::Figures, vec![Some(target.clone())]);
    // Of the eight built-in figures, three are context (the war's and Ukraine's own), hidden by default.
    harness.get_by_role_and_label(Role::Button, "Export all 5 rows…");

    harness.get_by_label("64 %").click();
    harness.run();
    harness
        .get_by_label("≈ 1,500 people")
        .click_modifiers(Modifiers::COMMAND);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Export 2 selected rows…")
        .click();
    finish_export(&mut harness);

    assert_eq!(figure_ids(&target), ["trainees-2023", "public-support-2018"]);
    let name = suggested.lock().unwrap()[0].clone();
    // A workbook is offered first; the user chose CSV.
    assert!(name.starts_with("parama-figures-") && name.ends_with(".xlsx"), "{name}");
    harness.get_by_label_contains(&format!("Exported 2 rows to {}", target.display()));

    // The notice's link shows the file in the file manager.
    harness.get_by_role_and_label(Role::Link, "Show in folder").click();
    harness.run();
    assert_eq!(*opened.lock().unwrap(), [Target::Reveal(target)]);
}

#[test]
fn ctrl_e_exports_the_whole_filtered_table() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("cyber.csv");
    let (mut harness, _) = harness(Tab::Programmes, vec![Some(target.clone())]);
    harness.get_by_label("cyber (3)").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
    finish_export(&mut harness);
    let mut ids = figure_ids(&target);
    ids.dedup();
    assert_eq!(
        ids,
        ["cyber-declaration", "kaunas-cyber-centre", "eu-cyber-rapid-reaction"]
    );
}

#[test]
fn without_a_dialog_the_user_can_type_a_path() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("typed.csv");
    let (mut harness, _) = harness(Tab::Articles, vec![None]);
    harness
        .get_by_role_and_label(Role::Button, "Export all 5 rows…")
        .click();
    harness.run();
    harness.get_by_label_contains("If no save dialog appeared");
    // A workbook is suggested; choosing CSV changes the suggested name's extension.
    let suggested = |harness: &Harness<'static, ParamaApp>| {
        harness
            .get_by_role_and_label(Role::TextInput, "File path")
            .value()
            .unwrap_or_default()
    };
    assert!(suggested(&harness).ends_with(".xlsx"), "{}", suggested(&harness));
    harness.get_by_role_and_label(Role::RadioButton, "CSV (.csv)").click();
    harness.run();
    assert!(suggested(&harness).ends_with(".csv"), "{}", suggested(&harness));
    harness.get_by_role_and_label(Role::TextInput, "File path").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "File path")
        .type_text(target.to_str().unwrap());
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    finish_export(&mut harness);
    assert_eq!(figure_ids(&target).len(), 5);
}

#[test]
fn a_failed_export_explains_and_offers_retry_and_save_as() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("gone").join("x.csv");
    let good = dir.path().join("good.csv");
    let (mut harness, _) = harness(Tab::Figures, vec![Some(missing), Some(good.clone())]);
    harness
        .get_by_role_and_label(Role::Button, "Export all 5 rows…")
        .click();
    for _ in 0..10_000 {
        harness.step();
        if harness.query_by_label("The export failed").is_some() {
            break;
        }
        std::thread::yield_now();
    }
    harness.get_by_label_contains("does not exist");
    harness.get_by_role_and_label(Role::Button, "Retry");
    harness.get_by_role_and_label(Role::Button, "Save as…").click();
    finish_export(&mut harness);
    assert_eq!(figure_ids(&good).len(), 5, "the three context figures are hidden");
    assert!(!dir.path().join("gone").exists());
}

#[test]
fn a_workbook_by_default_then_the_kind_last_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let (book, csv, bare) = (
        dir.path().join("chosen.xlsx"),
        dir.path().join("chosen.csv"),
        dir.path().join("no-extension"),
    );
    let answers = vec![Some(book.clone()), Some(csv.clone()), Some(bare.clone())];
    let (mut harness, suggested) = harness(Tab::Programmes, answers);
    harness.get_by_label("cyber (3)").click();
    harness.run();
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
        finish_export(&mut harness);
    }
    let suggested = suggested.lock().unwrap().clone();
    let ends: Vec<&str> = suggested.iter().map(|n| n.rsplit('.').next().unwrap()).collect();
    assert_eq!(ends, ["xlsx", "xlsx", "csv"], "the last kind chosen is offered next");

    // The workbook has the rows and says how they were chosen.
    let mut workbook: calamine::Xlsx<_> = calamine::open_workbook(&book).unwrap();
    use calamine::Reader as _;
    let rows = workbook.worksheet_range("Programmes").unwrap();
    assert_eq!(rows.height(), 1 + figure_ids(&csv).len());
    let about = workbook.worksheet_range("About").unwrap();
    let said: Vec<String> = about.used_cells().map(|(_, _, c)| c.to_string()).collect();
    assert!(said.iter().any(|s| s == "cyber"), "{said:?}");

    // A name without an extension gets the kind last chosen.
    assert!(!bare.exists());
    let written = dir.path().join("no-extension.csv");
    assert_eq!(figure_ids(&written), figure_ids(&csv));
    assert_eq!(
        harness.state().remembered().export_format,
        parama::model::export::Format::Csv
    );
}
