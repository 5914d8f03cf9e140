//! Export of the tables, as Excel workbooks (see [`xlsx`]) and as CSV, correct and safe in
//! Excel, LibreOffice and pandas. What follows is about the CSV; both have the same rows.
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
    fs,
    io::{self, Write},
    path::{Path, PathBuf},
};

mod about;
mod clipboard;
mod tables;
pub mod xlsx;

pub use about::{About, Source};
pub use clipboard::{Clip, clip};
pub use tables::{Rows, articles_table, chart_table, figures_table, programmes_table};

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
    /// Every table, in the order the command line lists them.
    pub const ALL: [Self; 6] = [
        Self::Programmes,
        Self::Figures,
        Self::Articles,
        Self::Timeline,
        Self::ProgrammeCounts,
        Self::FiguresOverTime,
    ];

    /// What the table holds, in a line (for the command line's help).
    pub fn description(self) -> &'static str {
        match self {
            Self::Programmes => "Assistance programmes, one row per citation",
            Self::Figures => "Figures, one row per citation",
            Self::Articles => "Articles, one row each",
            Self::Timeline => "The Overview's timeline: articles by date, with the stretch of time each date covers",
            Self::ProgrammeCounts => "The Overview's bar chart: programmes counted by category",
            Self::FiguresOverTime => "The Overview's figures placed in time, by measure",
        }
    }

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

    /// The table's name as a heading and a sheet's name: `Figures over time`.
    pub fn title(self) -> &'static str {
        match self {
            Self::Programmes => "Programmes",
            Self::Figures => "Figures",
            Self::Articles => "Articles",
            Self::Timeline => "Timeline",
            Self::ProgrammeCounts => "Programme counts",
            Self::FiguresOverTime => "Figures over time",
        }
    }

    /// A file name for an export made on `date` (`YYYY-MM-DD`) with this extension:
    /// `parama-figures-2026-11-22.csv`, or `.png` for a chart's picture.
    pub fn file_name(self, date: &str, extension: &str) -> String {
        format!("parama-{}-{date}.{extension}", self.name())
    }
}

/// The kinds of file a table is written as.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Format {
    /// An Excel workbook (`.xlsx`): typed cells, links, and an About sheet.
    #[default]
    Xlsx,
    /// Comma-separated values (`.csv`), for scripts and pandas.
    Csv,
}

impl Format {
    /// Both, the workbook first.
    pub const ALL: [Self; 2] = [Self::Xlsx, Self::Csv];

    /// The file extension, without its dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Xlsx => "xlsx",
            Self::Csv => "csv",
        }
    }

    /// The format's name, as a save dialog lists it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Xlsx => "Excel workbook",
            Self::Csv => "CSV",
        }
    }

    /// The format a file called `path` is in, told by its extension (in any case).
    pub fn of_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?;
        Self::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(extension))
    }
}

/// A table to export, with what it says about itself.
#[derive(Debug, Clone)]
pub struct Export {
    /// The rows.
    pub table: Table,
    /// Where they come from, for the workbook's About sheet.
    pub about: About,
}

impl Export {
    /// The file's bytes in `format` (`csv` says how to write a CSV). `progress` hears how many
    /// rows of how many are written, now and then. Making a workbook uses temporary files; the
    /// system's refusal to write them is an [`ExportError::Output`].
    pub fn bytes(
        &self,
        format: Format,
        csv: CsvOptions,
        progress: &dyn Fn(usize, usize),
    ) -> Result<Vec<u8>, ExportError> {
        match format {
            Format::Csv => Ok(csv_bytes(&self.table, csv)),
            Format::Xlsx => xlsx::xlsx_bytes(&self.table, &self.about, progress).map_err(|e| match e {
                rust_xlsxwriter::XlsxError::IoError(e) => ExportError::Output(e),
                other => ExportError::Workbook(other.to_string()),
            }),
        }
    }

    /// Writes the file to `path` in `format`, atomically (see [`write_atomically`]); a system
    /// error on the way names `path` and says what to do, as any failed write does.
    pub fn write_to(
        &self,
        path: &Path,
        format: Format,
        csv: CsvOptions,
        progress: &dyn Fn(usize, usize),
    ) -> Result<(), ExportError> {
        let bytes = self.bytes(format, csv, progress).map_err(|e| match e {
            ExportError::Output(source) => ExportError::Write {
                path: path.to_owned(),
                source,
            },
            other => other,
        })?;
        write_atomically(path, &bytes)
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
    #[error("can't write the export: {0}")]
    Output(#[source] io::Error),
    /// The workbook could not be made.
    #[error("can't make the workbook: {0}")]
    Workbook(String),
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
