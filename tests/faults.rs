//! Faults from outside: a disk that fills up while writing, files that vanish or are cut off
//! while being imported. Each ends in a clear error or a clean skip, never a panic, and leaves
//! no half-written file. (Damaged stores, read-only and missing folders are in `import.rs` and
//! `export.rs`.)

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    fs,
    io::{self, Write},
    path::PathBuf,
};

use parama::model::{
    Catalogue, Corpus,
    export::{self, CsvOptions, Rows},
    library::Library,
};

/// A writer that accepts `left` bytes and then reports a full disk.
struct FullAfter {
    left: usize,
}

impl Write for FullAfter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Err(io::Error::new(io::ErrorKind::StorageFull, "no space left on device"));
        }
        let n = buf.len().min(self.left);
        self.left -= n;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.left == 0 {
            return Err(io::Error::new(io::ErrorKind::StorageFull, "no space left on device"));
        }
        Ok(())
    }
}

#[test]
fn a_disk_that_fills_up_at_any_point_gives_an_error() {
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let table = export::figures_table(&catalogue, &corpus, Rows::All, &[]);
    let whole = export::csv_bytes(&table, CsvOptions::default()).len();
    assert!(whole > 4096);
    // Every point within the first 100 bytes (the BOM, the header), then every 97th byte.
    for left in (0..100).chain((100..whole).step_by(97)) {
        let result = export::write_csv(FullAfter { left }, &table, CsvOptions::default());
        let error = result.expect_err(&format!("a disk full after {left} of {whole} bytes"));
        assert_eq!(error.kind(), io::ErrorKind::StorageFull);
    }
    // With room for everything, it succeeds.
    export::write_csv(FullAfter { left: whole + 1 }, &table, CsvOptions::default()).unwrap();
}

#[cfg(target_os = "linux")]
#[test]
fn the_command_line_says_so_when_standard_output_is_full() {
    // /dev/full answers every write with "no space left on device".
    let full = fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_parama"))
        .args(["--data-dir"])
        .arg(dir.path())
        .args(["export", "figures"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("can't write the CSV"), "{stderr}");
}

#[test]
fn a_file_that_vanishes_before_it_is_read_is_skipped_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let present = dir.path().join("present.txt");
    fs::write(&present, "Lithuania sent 40 instructors to Ukraine.").unwrap();
    let gone: PathBuf = dir.path().join("gone.txt");
    let (mut library, _) = Library::open(&dir.path().join("data"));
    let report = library.import_paths(&[present, gone.clone()]).unwrap();
    assert_eq!(report.imported.len(), 1);
    assert_eq!(report.skipped.len(), 1);
    assert_eq!(report.skipped[0].0, gone);
    assert!(!report.skipped[0].1.to_string().is_empty());
}

#[test]
fn a_file_cut_off_at_any_byte_imports_or_is_skipped_cleanly() {
    // The Ukrainian page: cut anywhere, even inside a two-byte Cyrillic letter or a tag.
    let page = include_bytes!("fixtures/ukrainian.html");
    let dir = tempfile::tempdir().unwrap();
    let mut imported = 0;
    for cut in 0..=page.len() {
        let (mut library, _) = Library::open(&dir.path().join(format!("data-{cut}")));
        match library.add("cut.html", &page[..cut], None) {
            Ok(id) => {
                imported += 1;
                let corpus = library.corpus().unwrap();
                let article = corpus.get(&id).unwrap();
                assert!(!article.text.trim().is_empty());
            }
            Err(skip) => assert!(!skip.to_string().is_empty()),
        }
    }
    assert!(
        imported > page.len() / 2,
        "most cuts still hold text: {imported} of {}",
        page.len()
    );
}
