//! A panic leaves a crash report beside the library, and the next start says where it is.
//! (Its own test binary: the panic hook is global to the process.)

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::kittest::Queryable as _;
use parama::{crash, ui::ParamaApp};

#[test]
fn a_panic_writes_a_report_that_the_next_start_announces() {
    let dir = tempfile::tempdir().unwrap();
    crash::install(dir.path().to_owned());
    let outcome = std::panic::catch_unwind(|| panic!("the unthinkable"));
    let _ = std::panic::take_hook(); // back to the default hook for the rest of the test
    assert!(outcome.is_err());

    let reports: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(reports.len(), 1, "{reports:?}");
    let text = std::fs::read_to_string(&reports[0]).unwrap();
    assert!(text.contains("the unthinkable"), "{text}");
    assert!(text.contains("tests/crash.rs"), "the report says where: {text}");

    let harness = common::window(ParamaApp::with_library(Some(dir.path())), [1280.0, 800.0]);
    harness.get_by_label_contains("Parama stopped unexpectedly last time");

    // Told once: the start after that is quiet.
    let harness = common::window(ParamaApp::with_library(Some(dir.path())), [1280.0, 800.0]);
    assert!(harness.query_by_label_contains("Parama stopped unexpectedly").is_none());
}
