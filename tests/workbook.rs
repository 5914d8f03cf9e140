//! The .xlsx export, read back with an independent reader (calamine): every cell has the type its
//! column means (numbers, dates, text never converted), nothing is a formula, and the About sheet
//! names where every row comes from.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{fs, io::Cursor, process::Command};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use parama::model::{
    Catalogue, Corpus,
    export::{self, About, CsvOptions, Export, Format, Rows, Table, TableKind, xlsx::Cell},
    overview::{Chart, Overview},
};

fn workbook(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes)).unwrap()
}

fn xlsx(kind: TableKind, table: Table, corpus: &Corpus, filters: Vec<(String, String)>) -> Vec<u8> {
    let about = About::new(kind, &table, corpus, filters, 1_796_613_059);
    Export { table, about }
        .bytes(Format::Xlsx, CsvOptions::default(), &|_, _| {})
        .unwrap()
}

/// Reads `kind`'s sheet back and checks every cell against the table it was made from.
fn read_back(kind: TableKind, table: &Table, bytes: Vec<u8>) {
    let mut book = workbook(bytes);
    assert_eq!(book.sheet_names(), [kind.title(), "About"]);
    let range = book.worksheet_range(kind.title()).unwrap();
    let mut rows = range.rows();
    let header: Vec<String> = rows.next().unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(header, table.header, "{kind:?}");
    let mut count = 0;
    for (got, want) in rows.zip(&table.rows) {
        count += 1;
        for ((cell, text), column) in got.iter().zip(want).zip(&table.header) {
            let kind = Cell::of(column);
            match cell {
                Data::Empty => assert!(text.is_empty(), "{column}: {text:?} went missing"),
                Data::Float(n) => {
                    assert!(
                        matches!(kind, Cell::Number | Cell::Amount),
                        "{column}: {text:?} became a number"
                    );
                    assert_eq!(*n, text.parse::<f64>().unwrap(), "{column}");
                }
                Data::DateTime(date) => {
                    assert_eq!(kind, Cell::Date, "{column}: {text:?} became a date");
                    let (y, m, d, ..) = date.to_ymd_hms_milli();
                    assert_eq!(format!("{y:04}-{m:02}-{d:02}"), *text, "{column}");
                }
                Data::String(s) => {
                    assert_eq!(s, text, "{column}: text is written exactly");
                    if kind == Cell::Date {
                        assert!(text.len() < 10, "{column}: only partial dates are text: {text}");
                    }
                }
                other => panic!("{column}: unexpected cell {other:?} for {text:?}"),
            }
        }
    }
    assert_eq!(count, table.rows.len());
    let formulas = book.worksheet_formula(kind.title()).unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell is a formula"
    );
}

#[test]
fn every_table_reads_back_with_the_types_its_columns_mean() {
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let overview = Overview::of(&corpus, &catalogue);
    let tables = [
        (
            TableKind::Programmes,
            export::programmes_table(&catalogue, &corpus, Rows::All, &[]),
        ),
        (
            TableKind::Figures,
            export::figures_table(&catalogue, &corpus, Rows::All, &[]),
        ),
        (TableKind::Articles, export::articles_table(&corpus, Rows::All)),
        (TableKind::Timeline, export::chart_table(&overview, Chart::Timeline)),
        (
            TableKind::ProgrammeCounts,
            export::chart_table(&overview, Chart::Categories),
        ),
        (
            TableKind::FiguresOverTime,
            export::chart_table(&overview, Chart::Figures),
        ),
    ];
    for (kind, table) in tables {
        assert!(!table.rows.is_empty(), "{kind:?}");
        let bytes = xlsx(kind, table.clone(), &corpus, Vec::new());
        read_back(kind, &table, bytes);
    }
}

#[test]
fn figures_keep_what_spreadsheets_would_change() {
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let table = export::figures_table(&catalogue, &corpus, Rows::All, &[]);
    let mut book = workbook(xlsx(TableKind::Figures, table.clone(), &corpus, Vec::new()));
    let range = book.worksheet_range("Figures").unwrap();
    let column = |name: &str| table.header.iter().position(|h| *h == name).unwrap();
    let cells: Vec<&[Data]> = range.rows().skip(1).collect();
    // Numbers as written stay text: "1,500" is not 1500, "64%" is not 0.64.
    let written = column("number_as_written");
    assert!(
        cells
            .iter()
            .any(|r| matches!(&r[written], Data::String(s) if s.contains(',')))
    );
    assert!(
        cells
            .iter()
            .all(|r| matches!(&r[written], Data::String(_) | Data::Empty))
    );
    // Values are numbers; full dates are dates, partial ones text; periods are text.
    assert!(cells.iter().all(|r| matches!(r[column("value")], Data::Float(_))));
    assert!(cells.iter().any(|r| matches!(r[column("date")], Data::DateTime(_))));
    assert!(
        cells
            .iter()
            .any(|r| matches!(&r[column("date")], Data::String(s) if s.len() == 7))
    );
    assert!(
        cells
            .iter()
            .all(|r| matches!(r[column("period")], Data::String(_) | Data::Empty))
    );
    assert!(
        cells
            .iter()
            .all(|r| matches!(&r[column("date_inferred")], Data::String(s) if s == "yes" || s == "no"))
    );
}

#[test]
fn hostile_and_huge_cells_stay_text_and_fit() {
    let corpus = Corpus::embedded().unwrap();
    let long = "ą".repeat(40_000);
    let table = Table {
        header: vec!["article_id", "quote", "note", "url", "value"],
        rows: vec![
            vec![
                "baltictimes-assistance-2023".to_owned(),
                "=HYPERLINK(\"http://evil\")".to_owned(),
                "@SUM(1+1) Šimonytė, Žemaitija, ė ū".to_owned(),
                "https://example.org/a b".to_owned(),
                "not a number".to_owned(),
            ],
            vec![
                String::new(),
                long.clone(),
                "+1".to_owned(),
                "javascript:alert(1)".to_owned(),
                "-5".to_owned(),
            ],
        ],
    };
    let mut book = workbook(xlsx(TableKind::Articles, table, &corpus, Vec::new()));
    let range = book.worksheet_range("Articles").unwrap();
    let row = |r: u32, c: u32| range.get_value((r, c)).unwrap().clone();
    assert_eq!(row(1, 1), Data::String("=HYPERLINK(\"http://evil\")".to_owned()));
    assert_eq!(row(1, 2), Data::String("@SUM(1+1) Šimonytė, Žemaitija, ė ū".to_owned()));
    assert_eq!(row(1, 3), Data::String("https://example.org/a b".to_owned()));
    assert_eq!(row(1, 4), Data::String("not a number".to_owned()));
    assert_eq!(row(2, 2), Data::String("+1".to_owned()));
    assert_eq!(row(2, 3), Data::String("javascript:alert(1)".to_owned()));
    assert_eq!(row(2, 4), Data::Float(-5.0));
    let Data::String(cut) = row(2, 1) else {
        panic!("a long quote is text")
    };
    assert_eq!(cut.chars().count(), 32_767);
    assert!(cut.ends_with("longer than a spreadsheet cell holds]"));
    let formulas = book.worksheet_formula("Articles").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
}

#[test]
fn the_about_sheet_says_where_every_row_comes_from() {
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let table = export::programmes_table(&catalogue, &corpus, Rows::All, &[]);
    let filters = vec![("Filter".to_owned(), "rows containing “cyber”".to_owned())];
    let mut book = workbook(xlsx(TableKind::Programmes, table, &corpus, filters));
    let about = book.worksheet_range("About").unwrap();
    let text: Vec<String> = about.used_cells().map(|(_, _, c)| c.to_string()).collect();
    let has = |s: &str| text.iter().any(|t| t.contains(s));
    assert!(has("Lithuania's military assistance to Ukraine"));
    assert!(has("2026-12-07 03:10 UTC"), "when it was made");
    assert!(has("rows containing “cyber”"), "from what filters");
    assert!(has("remain the work of their publishers"), "the credit notice");
    for article in corpus.articles() {
        assert!(has(&article.publisher), "{}", article.publisher);
        assert!(has(&article.url), "{}", article.url);
        assert!(has(&article.date_explained()), "{}", article.id);
    }
}

fn parama(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parama")).args(args).output().unwrap()
}

#[test]
fn the_command_line_writes_a_workbook_by_extension_or_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let by_extension = dir.path().join("figures.XLSX");
    let out = parama(&["export", "figures", "-o", by_extension.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut book = workbook(fs::read(&by_extension).unwrap());
    assert_eq!(book.sheet_names(), ["Figures", "About"]);
    assert!(book.worksheet_range("Figures").unwrap().height() > 1);

    // --format wins over the extension.
    let named = dir.path().join("figures.xlsx");
    let out = parama(&["export", "figures", "--format", "csv", "-o", named.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(fs::read(&named).unwrap().starts_with("\u{feff}figure_id,".as_bytes()));

    // To standard output, a workbook is the zip it is.
    let out = parama(&["export", "programmes", "--format", "xlsx", "--category", "cyber"]);
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"PK\x03\x04"));
    let mut book = workbook(out.stdout);
    let about = book.worksheet_range("About").unwrap();
    assert!(about.used_cells().any(|(_, _, c)| *c == "cyber"), "the filter is told");
}

#[test]
fn values_are_grouped_numbers_and_positions_plain_ones() {
    assert_eq!(Cell::of("value"), Cell::Amount);
    assert_eq!(Cell::of("quote_start"), Cell::Number);
    assert_eq!(Cell::of("number_as_written"), Cell::Text);
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let table = export::figures_table(&catalogue, &corpus, Rows::All, &[]);
    let bytes = xlsx(TableKind::Figures, table, &corpus, Vec::new());
    let mut book = workbook(bytes);
    let styles = book.worksheet_style("Figures").unwrap();
    let format = |row: u32, col: u32| {
        styles
            .get((row, col))
            .and_then(|s| s.number_format.as_ref())
            .map(|f| f.format_code.clone())
    };
    assert_eq!(format(1, 2).as_deref(), Some("#,##0"), "values are grouped");
    let start = export::figures_table(&catalogue, &corpus, Rows::All, &[])
        .header
        .iter()
        .position(|h| *h == "quote_start")
        .unwrap();
    assert_ne!(format(1, start as u32).as_deref(), Some("#,##0"), "positions are not");
}
