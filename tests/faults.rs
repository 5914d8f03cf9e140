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
    assert!(stderr.contains("can't write the export"), "{stderr}");
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
        match library.add("cut.html", &page[..cut]) {
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

/// Runs Parama with the system's file-size limit set to `blocks` (of 512 or 1024 bytes, as the
/// shell counts them), and SIGXFSZ ignored: the kernel then fails the write that crosses the
/// limit with EFBIG, in the middle of the file, as a disk that fills up does.
#[cfg(unix)]
fn parama_with_file_size_limit(blocks: u32, args: &[&std::ffi::OsStr]) -> std::process::Output {
    with_file_size_limit(blocks, env!("CARGO_BIN_EXE_parama").as_ref(), args)
}

/// Runs `program` with `args` where no file may grow past `blocks` blocks.
#[cfg(unix)]
fn with_file_size_limit(blocks: u32, program: &std::ffi::OsStr, args: &[&std::ffi::OsStr]) -> std::process::Output {
    std::process::Command::new("sh")
        .arg("-c")
        // An ignored signal stays ignored across exec.
        .arg(format!("trap '' XFSZ; ulimit -f {blocks} && exec \"$0\" \"$@\""))
        .arg(program)
        .args(args)
        .output()
        .unwrap()
}

/// A workbook too large to build in memory is built through temporary files, whose failed writes
/// the workbook library reports by panicking: the panic is caught and becomes an error that says
/// what happened, and no crash report. Run in a child process (this file's own test binary, the
/// next test) under a file-size limit.
#[cfg(unix)]
#[test]
fn a_large_workbook_whose_temporary_files_fill_the_disk_is_an_error_not_a_crash() {
    let me = std::env::current_exe().unwrap();
    let args: [&std::ffi::OsStr; 4] = [
        "--ignored".as_ref(),
        "--exact".as_ref(),
        "large_workbook_under_a_file_size_limit".as_ref(),
        "--nocapture".as_ref(),
    ];
    let output = with_file_size_limit(64, me.as_os_str(), &args);
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{said}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(said.contains("1 passed"), "{said}");
    assert!(
        said.contains("the workbook's temporary files could not be written"),
        "{said}"
    );
}

/// The child of the test above: not a test of its own (it needs the file-size limit).
#[cfg(unix)]
#[test]
#[ignore = "run by a_large_workbook_whose_temporary_files_fill_the_disk_is_an_error_not_a_crash"]
fn large_workbook_under_a_file_size_limit() {
    use parama::model::export::{About, Export, ExportError, Format, Table, TableKind, xlsx};
    let row = vec!["a sentence long enough to fill the temporary file quickly".to_owned(); 8];
    let table = Table {
        header: vec!["a", "b", "c", "d", "e", "f", "g", "h"],
        rows: vec![row; 30_000],
    };
    let corpus = parama::model::Corpus::embedded().unwrap();
    let about = About::new(TableKind::Articles, &table, &corpus, Vec::new(), 0);
    let error = Export { table, about }
        .bytes(Format::Xlsx, CsvOptions::default(), &|_, _| {})
        .unwrap_err();
    println!("{error}");
    assert!(
        matches!(error, ExportError::Output(ref e) if e.kind() == std::io::ErrorKind::FileTooLarge),
        "{error:?}"
    );
    assert!(!xlsx::panic_is_contained(), "the thread is back to normal");
}

/// The names in `dir`, sorted (for the tests that need Unix's file-size limit).
#[cfg(unix)]
fn names_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn an_export_that_fills_the_disk_keeps_the_old_file_and_leaves_no_temporary_file() {
    // A CSV, and a workbook (whose own temporary files are refused too).
    for name in ["figures.csv", "figures.xlsx"] {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join(name);
        fs::write(&target, "the user's earlier export\n").unwrap();
        let data = dir.path().join("data");
        let export: [&std::ffi::OsStr; 6] = [
            "--data-dir".as_ref(),
            data.as_os_str(),
            "export".as_ref(),
            "figures".as_ref(),
            "--output".as_ref(),
            target.as_os_str(),
        ];
        let output = parama_with_file_size_limit(2, &export);
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(name), "the message names the file: {stderr}");
        assert!(stderr.contains("free some space"), "and says what to do: {stderr}");
        assert!(!stderr.contains(".parama-"), "but not the temporary file: {stderr}");
        assert_eq!(fs::read_to_string(&target).unwrap(), "the user's earlier export\n");
        assert_eq!(names_in(dir.path()), [name], "no temporary file is left");

        // Without the limit the same command succeeds, so it was the limit that failed it.
        let output = parama_with_file_size_limit(100_000, &export);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        assert!(fs::metadata(&target).unwrap().len() > 4096);
    }
}

#[cfg(unix)]
#[test]
fn a_store_that_fills_the_disk_keeps_the_library_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let first = dir.path().join("first.txt");
    fs::write(&first, "Lithuania sent 40 instructors to Ukraine.").unwrap();
    let (mut library, _) = Library::open(&data);
    library.import_paths(std::slice::from_ref(&first)).unwrap();
    let before = fs::read(data.join("library.json")).unwrap();

    // A second import whose store would cross the limit.
    let second = dir.path().join("second.txt");
    fs::write(&second, "Lithuania trained 1,500 soldiers. ".repeat(200)).unwrap();
    let output = parama_with_file_size_limit(
        4,
        &[
            "--data-dir".as_ref(),
            data.as_os_str(),
            "import".as_ref(),
            second.as_os_str(),
        ],
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_ne!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("library.json"), "the message names the store: {stderr}");
    assert!(stderr.contains("free some space"), "and says what to do: {stderr}");
    assert_eq!(
        fs::read(data.join("library.json")).unwrap(),
        before,
        "the store is as it was"
    );
    assert_eq!(names_in(&data), ["library.json"], "no temporary file is left");
    let (library, problem) = Library::open(&data);
    assert!(problem.is_none());
    assert_eq!(library.articles().len(), 1);
}
