//! Every committed fuzz input, run through the fuzz targets' own checks (`fuzz/checks.rs`) on
//! every `cargo test`: the seed corpora (`fuzz/seeds/<target>/`) and every input a fuzzer once
//! crashed on (`fuzz/regressions/<target>/`). The fuzzers themselves need libFuzzer and run by
//! hand; see docs/RELIABILITY.md.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{fs, path::Path};

#[path = "../fuzz/checks.rs"]
mod checks;

/// Runs `check` on every file under `fuzz/<kind>/<target>/`, naming the file that fails.
fn each_input(target: &str, mut check: impl FnMut(&[u8])) -> usize {
    let mut count = 0;
    for kind in ["seeds", "regressions"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz")
            .join(kind)
            .join(target);
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths {
            let data = fs::read(&path).unwrap();
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&data)));
            assert!(outcome.is_ok(), "fuzz input {} fails its check", path.display());
            count += 1;
        }
    }
    count
}

#[test]
fn import_inputs() {
    assert!(each_input("import", checks::import) >= 5);
}

#[test]
fn html_inputs() {
    assert!(each_input("html", checks::html) >= 3);
}

#[test]
fn figures_inputs() {
    assert!(each_input("figures", checks::figures) >= 3);
}

#[test]
fn search_inputs() {
    assert!(each_input("search", checks::search) >= 2);
}

#[test]
fn neutralise_inputs() {
    assert!(each_input("neutralise", checks::neutralise_cell) >= 10);
}

#[test]
fn state_inputs() {
    let mut app = parama::ui::app::ParamaApp::embedded();
    assert!(each_input("state", |data| checks::state(data, &mut app)) >= 3);
}

/// An input whose check fails fails the test, and the message names the file to replay.
#[test]
#[should_panic(expected = "fuzz input")]
fn a_failing_check_names_its_input() {
    each_input("neutralise", |data| assert!(!data.starts_with(b"=")));
}
