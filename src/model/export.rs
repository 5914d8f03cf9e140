//! CSV export of the tables, correct and safe in Excel, LibreOffice and pandas.
//!
//! - **Layout**: one row per citation. A programme with three sources is three rows that repeat
//!   the programme's columns, numbered `citation_no` 1–3 of `citation_count`. This stays a plain
//!   rectangle that spreadsheets filter and pandas groups (`df.groupby("programme_id")`), where
//!   numbered columns (`quote_1`, `quote_2`…) would be wide, sparse and unequal between tables.
//! - **Format**: RFC 4180 quoting, CRLF line ends, a header row, UTF-8 with a byte-order mark so
//!   Excel reads š, ū and ė (omit it with `bom: false`).
//! - **Origin**: every programme and figure row says whether it is `curated` (written by reading
//!   the articles), `reviewed` (found automatically, checked by the user) or `auto`.
//! - **Formula injection** (OWASP "CSV Injection"): a text cell whose first non-space character
//!   is `=`, `+`, `-`, `@`, a tab, CR or LF gets a leading `'`, so no spreadsheet runs it;
//!   cells that are plain numbers (`-5`, `+3.5`, `64%`) stay numbers. `raw: true` turns this off.
//! - **Nothing lost on failure**: files are written to a temporary file beside the target,
//!   flushed, synced and renamed over it; on any error the old file is untouched and the
//!   temporary file is removed.

use std::{
    borrow::Cow,
    collections::HashMap,
    fs,
    io::{self, Write},
    path::{Path, PathBuf},
};

use super::{
    catalogue::{Catalogue, Category, Figure, Programme, Scope},
    citation::Citation,
    corpus::{Article, Corpus, TitleSource},
    date::DateProvenance,
};

/// The tables that can be exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TableKind {
    /// The assistance programmes, one row per citation.
    Programmes,
    /// The figures, one row per citation.
    Figures,
    /// The articles, one row each.
    Articles,
    /// The Overview's timeline: the articles by date.
    Timeline,
    /// The Overview's programme counts by category.
    ProgrammeCounts,
    /// The Overview's figures placed in time.
    FiguresOverTime,
}

impl TableKind {
    /// The table's name, as in file names and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::Programmes => "programmes",
            Self::Figures => "figures",
            Self::Articles => "articles",
            Self::Timeline => "timeline",
            Self::ProgrammeCounts => "programme-counts",
            Self::FiguresOverTime => "figures-over-time",
        }
    }

    /// A file name for an export made on `date` (`YYYY-MM-DD`) with this extension:
    /// `parama-figures-2026-11-22.csv`, or `.png` for a chart's picture.
    pub fn file_name(self, date: &str, extension: &str) -> String {
        format!("parama-{}-{date}.{extension}", self.name())
    }
}

/// How to write the CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// Start with a UTF-8 byte-order mark (Excel needs it to read UTF-8).
    pub bom: bool,
    /// Leave cells exactly as they are, without neutralising formulas.
    pub raw: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        Self { bom: true, raw: false }
    }
}

/// A table ready to write: a header and rows of cells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// Column names.
    pub header: Vec<&'static str>,
    /// The rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
}

/// Why an export failed. Every message names the file and says what the system reported.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The folder to write into does not exist.
    #[error("can't write {path}: the folder {folder} does not exist")]
    NoFolder {
        /// The file asked for.
        path: PathBuf,
        /// Its folder.
        folder: PathBuf,
    },
    /// The target is a folder, not a file.
    #[error("can't write {path}: it is a folder, not a file")]
    IsDirectory {
        /// The path asked for.
        path: PathBuf,
    },
    /// The system refused the write.
    #[error("can't write {path}: {}", advice(.source))]
    Write {
        /// The file asked for.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// Writing to standard output failed.
    #[error("can't write the CSV: {0}")]
    Output(#[source] io::Error),
}

/// What the system said about a failed write, without the temporary file's name, and what the
/// user can do about it.
fn advice(error: &io::Error) -> String {
    let said = error.to_string();
    match error.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::FileTooLarge | io::ErrorKind::QuotaExceeded => {
            format!("{said} — free some space on that disk, or save somewhere else")
        }
        io::ErrorKind::ReadOnlyFilesystem => format!("{said} — that disk is read-only; save somewhere else"),
        _ => format!("{said} — if the file is open in another program such as Excel, close it and retry"),
    }
}

/// Which rows to export: by id, in the order given, or every row (in catalogue order).
#[derive(Debug, Clone, Copy)]
pub enum Rows<'a> {
    /// Every row.
    All,
    /// Only these ids, in this order.
    Only(&'a [String]),
}

impl Rows<'_> {
    fn pick<T>(self, items: &[T], id: impl Fn(&T) -> &str) -> Vec<&T> {
        match self {
            Self::All => items.iter().collect(),
            Self::Only(ids) => {
                // One pass to index the items, so picking k of n rows is O(n + k), not O(n × k).
                let mut by_id: HashMap<&str, &T> = HashMap::with_capacity(items.len());
                for item in items {
                    by_id.entry(id(item)).or_insert(item);
                }
                ids.iter()
                    .filter_map(|wanted| by_id.get(wanted.as_str()).copied())
                    .collect()
            }
        }
    }
}

const CITATION_HEADER: [&str; 13] = [
    "citation_no",
    "citation_count",
    "article_id",
    "article_title",
    "title_supplied",
    "publisher",
    "date",
    "date_inferred",
    "date_reason",
    "url",
    "quote",
    "quote_start",
    "quote_end",
];

/// The columns describing one citation, in the order of [`CITATION_HEADER`].
fn citation_cells(no: usize, count: usize, c: &Citation, corpus: &Corpus) -> Vec<String> {
    let article = corpus.get(&c.article);
    let field = |f: fn(&Article) -> String| article.map(f).unwrap_or_default();
    vec![
        no.to_string(),
        count.to_string(),
        c.article.clone(),
        field(|a| a.title.clone()),
        field(|a| yes_no(a.title_source == TitleSource::Supplied)),
        field(|a| a.publisher.clone()),
        field(|a| a.date.value.to_string()),
        field(|a| yes_no(a.date.is_inferred())),
        field(|a| a.date.inferred_reason().unwrap_or_default().to_owned()),
        field(|a| a.url.clone()),
        c.exact.clone(),
        c.position.start.to_string(),
        c.position.end.to_string(),
    ]
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_owned()
}

/// One row per citation of each entry: the entry's own cells, then the citation's.
fn per_citation<T>(
    entries: &[&T],
    own: impl Fn(&T) -> Vec<String>,
    citations: impl Fn(&T) -> &[Citation],
    corpus: &Corpus,
) -> Vec<Vec<String>> {
    let mut rows = Vec::with_capacity(entries.len());
    for entry in entries {
        let cited = citations(entry);
        for (i, c) in cited.iter().enumerate() {
            let mut row = own(entry);
            row.reserve_exact(CITATION_HEADER.len());
            row.extend(citation_cells(i + 1, cited.len(), c, corpus));
            rows.push(row);
        }
    }
    rows
}

/// The programmes table.
pub fn programmes_table(catalogue: &Catalogue, corpus: &Corpus, rows: Rows<'_>, categories: &[Category]) -> Table {
    let mut header = vec![
        "programme_id",
        "origin",
        "category",
        "programme",
        "summary",
        "providers",
        "period",
        "status",
        "scope",
        "note",
    ];
    header.extend(CITATION_HEADER);
    let picked: Vec<&Programme> = rows
        .pick(catalogue.programmes(), |p| &p.id)
        .into_iter()
        .filter(|p| categories.is_empty() || categories.contains(&p.category))
        .collect();
    let own = |p: &Programme| {
        vec![
            p.id.clone(),
            p.origin.label().to_owned(),
            p.category.label().to_owned(),
            p.name.clone(),
            p.summary.clone(),
            p.providers.join("; "),
            p.period.clone(),
            p.status.label().to_owned(),
            match p.scope {
                Scope::Ukraine => "ukraine",
                Scope::Regional => "regional",
            }
            .to_owned(),
            p.note.clone().unwrap_or_default(),
        ]
    };
    Table {
        header,
        rows: per_citation(&picked, own, |p| &p.citations, corpus),
    }
}

/// The figures table. `value` is a plain number; `figure` is the same figure formatted.
pub fn figures_table(catalogue: &Catalogue, corpus: &Corpus, rows: Rows<'_>, categories: &[Category]) -> Table {
    let mut header = vec![
        "figure_id",
        "origin",
        "value",
        "unit",
        "noun",
        "qualifier",
        "per",
        "figure",
        "measures",
        "measure_key",
        "period",
        "category",
        "programme_id",
        "sources_disagree_with",
        "note",
    ];
    header.extend(CITATION_HEADER);
    header.push("number_as_written");
    let picked: Vec<&Figure> = rows
        .pick(catalogue.figures(), |f| &f.id)
        .into_iter()
        .filter(|f| categories.is_empty() || categories.contains(&f.category))
        .collect();
    let own = |f: &Figure| {
        vec![
            f.id.clone(),
            f.origin.label().to_owned(),
            plain_number(f.value),
            f.unit.label().to_owned(),
            f.noun.clone().unwrap_or_default(),
            f.qualifier.label().to_owned(),
            f.per.map(|p| p.label().to_owned()).unwrap_or_default(),
            f.formatted(),
            f.label.clone(),
            f.measure.clone(),
            f.period.clone().unwrap_or_default(),
            f.category.label().to_owned(),
            f.programme.clone().unwrap_or_default(),
            f.disagrees_with.join("; "),
            f.note.clone().unwrap_or_default(),
        ]
    };
    let mut table_rows = per_citation(&picked, own, |f| &f.citations, corpus);
    // The number as written belongs to each citation; add it at the end of its row.
    let written = picked
        .iter()
        .flat_map(|f| f.citations.iter().map(|c| c.as_written.clone().unwrap_or_default()));
    for (row, w) in table_rows.iter_mut().zip(written) {
        row.push(w);
    }
    Table {
        header,
        rows: table_rows,
    }
}

/// The articles table: one row per article, with how its date is known.
pub fn articles_table(corpus: &Corpus, rows: Rows<'_>) -> Table {
    let header = vec![
        "article_id",
        "title",
        "title_supplied",
        "publisher",
        "byline",
        "date",
        "date_inferred",
        "date_reason",
        "date_as_printed",
        "url",
        "characters",
    ];
    let rows = rows
        .pick(corpus.articles(), |a| &a.id)
        .into_iter()
        .map(|a| {
            let (reason, printed) = match &a.date.provenance {
                DateProvenance::Stated { as_printed } => (String::new(), as_printed.clone()),
                DateProvenance::Inferred { reason } => (reason.clone(), String::new()),
            };
            vec![
                a.id.clone(),
                a.title.clone(),
                yes_no(a.title_source == TitleSource::Supplied),
                a.publisher.clone(),
                a.byline.clone().unwrap_or_default(),
                a.date.value.to_string(),
                yes_no(a.date.is_inferred()),
                reason,
                printed,
                a.url.clone(),
                a.text.chars().count().to_string(),
            ]
        })
        .collect();
    Table { header, rows }
}

/// A number as a spreadsheet reads it: `1500`, `58000`, `2.5` (no separators, no exponent).
pub fn plain_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        value.to_string()
    }
}

/// Whether `text` is a plain number a spreadsheet should keep as one: an optional sign, digits
/// with an optional decimal part, and an optional `%` (`-5`, `+3.5`, `64%`, `1500`).
pub fn is_plain_number(text: &str) -> bool {
    let t = text.trim();
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let t = t.strip_suffix('%').unwrap_or(t);
    let (whole, fraction) = t.split_once('.').unwrap_or((t, ""));
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && ((fraction.is_empty() && !t.ends_with('.'))
            || (!fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit())))
}

/// A cell made safe from formula injection: a leading `'` when its first non-space character
/// could start a formula, unless it is a plain number.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    let first = cell.trim_start_matches(' ').chars().next();
    let risky = matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\n'));
    if risky && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Writes `table` as CSV to `out`.
pub fn write_csv(out: impl Write, table: &Table, options: CsvOptions) -> io::Result<()> {
    let mut out = io::BufWriter::new(out);
    if options.bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(&table.header).map_err(io_error)?;
    for row in &table.rows {
        for cell in row {
            // Only a risky cell is copied (to prefix it); the rest are written as they are.
            let cell = if options.raw {
                Cow::Borrowed(cell.as_str())
            } else {
                neutralise(cell)
            };
            writer.write_field(cell.as_bytes()).map_err(io_error)?;
        }
        writer.write_record(None::<&[u8]>).map_err(io_error)?;
    }
    // The writer would swallow a failed flush on drop: flush explicitly and pass the error on.
    let mut out = writer.into_inner().map_err(|e| e.into_error())?;
    out.flush()
}

/// The system's own error inside a CSV error (a full disk stays a full disk), or the CSV error.
fn io_error(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// The CSV bytes of `table`.
pub fn csv_bytes(table: &Table, options: CsvOptions) -> Vec<u8> {
    let mut bytes = Vec::new();
    // Writing into memory cannot fail.
    let _ = write_csv(&mut bytes, table, options);
    bytes
}

/// Writes `bytes` to `path` without ever leaving a half-written file: into a temporary file in
/// the same folder, flushed and synced, then renamed over `path`. On failure `path` is as it
/// was and the temporary file is gone.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    if path.is_dir() {
        return Err(ExportError::IsDirectory { path: path.to_owned() });
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(ExportError::NoFolder {
            path: path.to_owned(),
            folder,
        });
    }
    let fail = |source| ExportError::Write {
        path: path.to_owned(),
        source,
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".parama-").suffix(".tmp");
    // A temporary file is private (0600); the export should get the usual permissions, which the
    // system derives from 0666 and the user's umask.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    // `tempfile` names its file in the errors it returns, which would mean nothing to the user:
    // creation failures are told by their kind, and the writes go to the plain file.
    let mut temp = builder
        .tempfile_in(&folder)
        .map_err(|e| fail(io::Error::from(e.kind())))?;
    let file = temp.as_file_mut();
    file.write_all(bytes).map_err(fail)?;
    file.flush().map_err(fail)?;
    file.sync_all().map_err(fail)?;
    temp.persist(path).map_err(|e| fail(e.error))?;
    // Make the rename itself durable where the system allows it; failing here loses nothing.
    if let Ok(dir) = fs::File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_errors_advise_by_kind() {
        let message = |kind| {
            ExportError::Write {
                path: PathBuf::from("out.csv"),
                source: io::Error::new(kind, "the system's words"),
            }
            .to_string()
        };
        assert_eq!(
            message(io::ErrorKind::StorageFull),
            "can't write out.csv: the system's words — free some space on that disk, or save somewhere else"
        );
        assert_eq!(
            message(io::ErrorKind::PermissionDenied),
            "can't write out.csv: the system's words — if the file is open in another program such as Excel, close it and retry"
        );
    }

    #[test]
    fn plain_numbers_are_recognised() {
        for n in ["1500", "-5", "+3.5", "64%", " 42 ", "-0.25%"] {
            assert!(is_plain_number(n), "{n}");
        }
        for n in ["", "-", "5.", ".5", "1,500", "=1+1", "-5e3", "12 apples", "+", "--5"] {
            assert!(!is_plain_number(n), "{n}");
        }
    }

    #[test]
    fn formulas_are_neutralised_and_numbers_left_alone() {
        assert_eq!(neutralise("=SUM(A1:A2)"), "'=SUM(A1:A2)");
        assert_eq!(neutralise("  @cmd"), "'  @cmd");
        assert_eq!(neutralise("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(neutralise("-2+3"), "'-2+3");
        assert_eq!(neutralise("\tTAB"), "'\tTAB");
        assert_eq!(neutralise("\r\nx"), "'\r\nx");
        assert_eq!(neutralise("-5"), "-5");
        assert_eq!(neutralise("+3.5"), "+3.5");
        assert_eq!(neutralise("64%"), "64%");
        assert_eq!(neutralise("Šimonytė = PM"), "Šimonytė = PM");
    }

    #[test]
    fn plain_numbers_have_no_separators_or_exponents() {
        assert_eq!(plain_number(1500.0), "1500");
        assert_eq!(plain_number(58000.0), "58000");
        assert_eq!(plain_number(2.5), "2.5");
    }
}
