//! CSV export: what is written parses back to exactly the source data, is safe in spreadsheets,
//! and a failed write loses nothing.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{fs, path::Path, process::Command};

use parama::model::{
    Catalogue, Category, Corpus,
    export::{self, CsvOptions, ExportError, Rows, Table},
};

fn corpus() -> Corpus {
    Corpus::embedded().unwrap()
}

/// Parses CSV bytes back: (had a BOM, header, rows).
fn parse(bytes: &[u8]) -> (bool, Vec<String>, Vec<Vec<String>>) {
    let bom = bytes.starts_with("\u{feff}".as_bytes());
    let body = if bom { &bytes[3..] } else { bytes };
    let mut reader = csv::ReaderBuilder::new().from_reader(body);
    let header = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (bom, header, rows)
}

/// What a spreadsheet shows for a neutralised cell: the text without the protecting quote.
fn unprotect(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

fn round_trip(table: &Table) {
    let bytes = export::csv_bytes(table, CsvOptions::default());
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "BOM by default");
    let text = std::str::from_utf8(&bytes).unwrap().trim_start_matches('\u{feff}');
    assert!(
        text.starts_with(&format!("{}\r\n", table.header.join(","))),
        "CRLF after the header"
    );
    assert!(text.ends_with("\r\n"), "CRLF after the last row");
    let (_, header, rows) = parse(&bytes);
    assert_eq!(header, table.header);
    assert_eq!(rows.len(), table.rows.len());
    for (got, want) in rows.iter().zip(&table.rows) {
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(want) {
            if g == w {
                continue;
            }
            assert_eq!(unprotect(g), w, "only neutralised cells may differ");
            assert_eq!(export::neutralise(w), g.as_str());
        }
    }
    // --raw writes every cell as it is.
    let (_, _, raw) = parse(&export::csv_bytes(table, CsvOptions { bom: true, raw: true }));
    assert_eq!(raw, table.rows);
}

#[test]
fn every_table_round_trips_cell_for_cell() {
    let corpus = corpus();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let programmes = export::programmes_table(&catalogue, &corpus, Rows::All, &[]);
    let figures = export::figures_table(&catalogue, &corpus, Rows::All, &[]);
    let articles = export::articles_table(&corpus, Rows::All);
    for table in [&programmes, &figures, &articles] {
        round_trip(table);
    }
    // One row per citation, every citation there once.
    let citations: usize = catalogue.programmes().iter().map(|p| p.citations.len()).sum();
    assert_eq!(programmes.rows.len(), citations);
    assert_eq!(articles.rows.len(), 5);

    // The cells carry the source data itself.
    let col = |t: &Table, name: &str| t.header.iter().position(|h| *h == name).unwrap();
    let budget = figures.rows.iter().find(|r| r[0] == "rehabilitation-budget").unwrap();
    assert_eq!(budget[col(&figures, "value")], "58000");
    assert_eq!(budget[col(&figures, "qualifier")], "up to");
    assert_eq!(budget[col(&figures, "per")], "per year");
    assert_eq!(budget[col(&figures, "unit")], "EUR");
    assert_eq!(budget[col(&figures, "number_as_written")], "58 thousand");
    assert_eq!(budget[col(&figures, "date_inferred")], "yes");
    assert!(budget[col(&figures, "quote")].contains("up to 58 thousand euros annually"));
    let kaunas: Vec<_> = programmes
        .rows
        .iter()
        .filter(|r| r[0] == "kaunas-cyber-centre")
        .collect();
    assert_eq!(kaunas.len(), 3);
    assert_eq!(
        kaunas
            .iter()
            .map(|r| r[col(&programmes, "citation_no")].as_str())
            .collect::<Vec<_>>(),
        ["1", "2", "3"]
    );

    // The character positions point at the quote.
    for row in &programmes.rows {
        let text: Vec<char> = corpus
            .get(&row[col(&programmes, "article_id")])
            .unwrap()
            .text
            .chars()
            .collect();
        let start: usize = row[col(&programmes, "quote_start")].parse().unwrap();
        let end: usize = row[col(&programmes, "quote_end")].parse().unwrap();
        assert_eq!(
            text[start..end].iter().collect::<String>(),
            row[col(&programmes, "quote")]
        );
    }
}

#[test]
fn adversarial_cells_survive_and_formulas_are_neutralised() {
    let nasty = [
        "=HYPERLINK(\"http://x\",\"click\")",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\tTab first",
        "\rCR first",
        "\nLF first",
        "  =spaced",
        "quote \" inside, and comma",
        "line\r\nbreak and\nnewline",
        "no\u{a0}break\u{a0}space",
        "emoji 🇱🇹🇺🇦",
        "Šimonytė, Kalniņš, Balčiūnas",
        "Київ, Україна",
        "-5",
        "+3.5",
        "64%",
        "",
    ];
    let table = Table {
        header: vec!["id", "text"],
        rows: nasty
            .iter()
            .enumerate()
            .map(|(i, n)| vec![i.to_string(), (*n).to_owned()])
            .collect(),
    };
    round_trip(&table);

    let (_, _, rows) = parse(&export::csv_bytes(&table, CsvOptions::default()));
    let cell = |i: usize| rows[i][1].as_str();
    for (i, text) in nasty.iter().enumerate().take(8) {
        assert!(cell(i).starts_with('\''), "{text:?} must be neutralised");
    }
    assert_eq!(cell(14), "-5");
    assert_eq!(cell(15), "+3.5");
    assert_eq!(cell(16), "64%");
    assert_eq!(cell(12), "Šimonytė, Kalniņš, Balčiūnas");
    assert_eq!(cell(9), "line\r\nbreak and\nnewline");

    let no_bom = export::csv_bytes(&table, CsvOptions { bom: false, raw: false });
    assert!(no_bom.starts_with(b"id,text\r\n"));
}

#[test]
fn category_filters_and_row_choices_are_honoured() {
    let corpus = corpus();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let cyber = export::programmes_table(&catalogue, &corpus, Rows::All, &[Category::Cyber]);
    assert!(cyber.rows.iter().all(|r| r[1] == "curated" && r[2] == "cyber"));
    assert!(!cyber.rows.is_empty());
    let ids = vec!["public-support-2018".to_owned(), "trainees-2023".to_owned()];
    let two = export::figures_table(&catalogue, &corpus, Rows::Only(&ids), &[]);
    assert_eq!(
        two.rows.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(),
        ["public-support-2018", "trainees-2023"]
    );
}

// ---- writing files: nothing lost on failure ----

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_write_replaces_the_file_whole_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.csv");
    fs::write(&target, "old").unwrap();
    export::write_atomically(&target, b"new contents").unwrap();
    assert_eq!(fs::read(&target).unwrap(), b"new contents");
    assert_eq!(entries(dir.path()), ["out.csv"]);
    // Not the private permissions of a temporary file: the same as any new file the user makes.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let (fresh, reference) = (dir.path().join("fresh.csv"), dir.path().join("reference"));
        export::write_atomically(&fresh, b"x").unwrap();
        fs::write(&reference, "x").unwrap();
        assert_eq!(mode(&fresh), mode(&reference));
    }
}

#[test]
fn a_missing_folder_is_reported_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("missing").join("out.csv");
    let error = export::write_atomically(&target, b"x").unwrap_err();
    assert!(matches!(error, ExportError::NoFolder { .. }), "{error}");
    assert!(error.to_string().contains("does not exist"));
    assert!(entries(dir.path()).is_empty());
}

#[test]
fn a_folder_as_target_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("a-folder.csv");
    fs::create_dir(&target).unwrap();
    let error = export::write_atomically(&target, b"x").unwrap_err();
    assert!(matches!(error, ExportError::IsDirectory { .. }), "{error}");
    assert!(target.is_dir());
    assert_eq!(entries(dir.path()), ["a-folder.csv"]);
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_reported_and_the_old_file_kept() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.csv");
    fs::write(&target, "old").unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
    // Root ignores folder permissions; then a folder of the kernel's, which nobody may write
    // into, stands in for a read-only one.
    let probe = dir.path().join("probe");
    let (folder_target, old) = if fs::write(&probe, "").is_ok() {
        fs::remove_file(&probe).unwrap();
        (Path::new("/proc/parama-export-test.csv").to_path_buf(), None)
    } else {
        (target.clone(), Some("old"))
    };
    let error = export::write_atomically(&folder_target, b"new").unwrap_err();
    assert!(matches!(error, ExportError::Write { .. }), "{error}");
    let message = error.to_string();
    assert!(
        message.contains("can't write") && message.contains("close it and retry"),
        "{message}"
    );
    if let Some(old) = old {
        assert_eq!(fs::read_to_string(&target).unwrap(), old);
        assert_eq!(entries(dir.path()), ["out.csv"]);
    }
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
}

// ---- the command line, run as a real process ----

fn parama(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parama")).args(args).output().unwrap()
}

#[test]
fn cli_export_writes_csv_to_stdout() {
    let out = parama(&["export", "figures"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (bom, header, rows) = parse(&out.stdout);
    assert!(bom);
    assert_eq!(header[0], "figure_id");
    assert_eq!(rows.len(), Catalogue::embedded(&corpus()).unwrap().figures().len());
}

#[test]
fn cli_export_filters_by_category_and_honours_no_bom() {
    let out = parama(&[
        "export",
        "programmes",
        "--category",
        "cyber",
        "--category",
        "rehabilitation",
        "--no-bom",
    ]);
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"programme_id,"));
    let (_, _, rows) = parse(&out.stdout);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r[2] == "cyber" || r[2] == "rehabilitation"));
    assert!(rows.iter().any(|r| r[2] == "cyber") && rows.iter().any(|r| r[2] == "rehabilitation"));
}

#[test]
fn cli_export_writes_a_file_with_output() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("articles.csv");
    let out = parama(&["export", "articles", "--output", target.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let (_, header, rows) = parse(&fs::read(&target).unwrap());
    assert_eq!(header[0], "article_id");
    assert_eq!(rows.len(), 5);
}

#[test]
fn cli_export_errors_are_one_line_and_a_failure_exit() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/folder/x.csv");
    for args in [
        vec!["export", "programmes", "--output", missing.to_str().unwrap()],
        vec!["export", "articles", "--category", "cyber"],
    ] {
        let out = parama(&args);
        assert!(!out.status.success(), "{args:?}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("parama: "), "{stderr}");
    }
    let out = parama(&["export", "programmes", "--category", "space"]);
    assert_eq!(out.status.code(), Some(2), "clap's usage error");
}
