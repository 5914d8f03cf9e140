//! The tables as Excel workbooks: the same one-row-per-citation rectangle as the CSV, with cells
//! whose types mean what they say, and a second sheet, About, saying where every row comes from.
//!
//! - **Types**, by column ([`Cell::of`]): values, positions and counts are numbers; full dates are
//!   date cells shown as ISO dates, partial ones (`2024-11`) text; addresses are links to the
//!   published copy; everything else is text, written as text, so "1,500" stays as written,
//!   "November 2024" never becomes a day, and `=1+2` is never a formula (no apostrophe needed).
//! - **Reading**: a bold, frozen header row with an autofilter, columns as wide as their contents
//!   (long passages wrap), notes on the headers whose cells need explaining.
//! - **Size**: rows go to disk as they are written (the library's low-memory mode keeps one row
//!   and the shared strings in memory), so 100,000 rows take tens of megabytes, not hundreds.
//! - **Limits** of the format are kept: a cell holds at most 32,767 characters (longer text is
//!   cut, and says so), a link at most 2,079 (longer ones are text), a sheet at most 65,530 links
//!   (later addresses are text).

use std::io;

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Note, Url, Workbook, Worksheet, XlsxError,
};

use super::{
    Table,
    about::{self, About},
};
use crate::model::date::{PartialDate, moment_utc};

/// What kind of cell a column's values become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// Text, never converted.
    Text,
    /// Text long enough to wrap: passages, summaries, notes.
    Prose,
    /// A number (an empty cell stays empty): a position, a count, a year.
    Number,
    /// A figure's value, a number whose thousands are grouped when it is whole (250,000,000).
    Amount,
    /// A date: a date cell when the day is known, text when only the month or year is.
    Date,
    /// An address: a link to it.
    Link,
}

impl Cell {
    /// The kind of cell the column called `column` holds, in every table Parama exports.
    pub fn of(column: &str) -> Self {
        match column {
            "value" => Self::Amount,
            "citation_no"
            | "citation_count"
            | "quote_start"
            | "quote_end"
            | "characters"
            | "year_from"
            | "year_to"
            | "programmes"
            | "checked"
            | "found_automatically" => Self::Number,
            "date" => Self::Date,
            "url" => Self::Link,
            "quote" | "summary" | "note" | "date_reason" => Self::Prose,
            _ => Self::Text,
        }
    }

    /// The column's width in characters, for a header of `header` characters (bold, with the
    /// autofilter's button beside it) over cells at most `longest` characters long.
    fn width(self, header: usize, longest: usize) -> f64 {
        let (min, max) = match self {
            Self::Prose => (12, 60),
            Self::Link => (12, 40),
            Self::Date => (10, 12),
            Self::Number | Self::Amount => (6, 18),
            Self::Text => (6, 40),
        };
        // Room for the thousands separators.
        let cells = if self == Self::Amount { longest * 4 / 3 } else { longest };
        (cells.max(header + 3).clamp(min, max) + 2) as f64
    }
}

/// What a header's note explains, for the columns whose cells need it.
fn header_note(column: &str) -> Option<&'static str> {
    match column {
        "date" => Some(about::DATES),
        "number_as_written" => Some("The number exactly as the article writes it (text, never converted)."),
        "value" => Some("The figure as a plain number; unit, qualifier and per say what it counts."),
        "quote_start" | "quote_end" => Some("Where the quote starts and ends in the article's text, in characters."),
        "origin" => Some(about::LAYOUT),
        _ => None,
    }
}

/// The most characters a cell holds.
const CELL_LIMIT: usize = 32_767;
/// The most links a sheet holds.
const LINK_LIMIT: usize = 65_530;
/// The longest link address.
const LINK_LENGTH: usize = 2_079;
/// How many rows are written between reports of progress.
const PROGRESS_EVERY: usize = 2_000;

/// The formats cells are written with.
struct Formats {
    header: Format,
    text: Format,
    /// A figure's value: thousands grouped (as the spreadsheet's locale groups them).
    whole: Format,
    prose: Format,
    date: Format,
    link: Format,
}

impl Formats {
    fn new() -> Self {
        let top = Format::new().set_align(FormatAlign::Top);
        Self {
            header: Format::new()
                .set_bold()
                .set_align(FormatAlign::Top)
                .set_border_bottom(FormatBorder::Thin),
            prose: top.clone().set_text_wrap(),
            date: top.clone().set_num_format("yyyy-mm-dd"),
            link: top.clone().set_hyperlink(),
            whole: top.clone().set_num_format("#,##0"),
            text: top,
        }
    }
}

/// Tables longer than this are written in the library's low-memory mode (one row and the shared
/// strings in memory, the rows in a temporary file); shorter ones, entirely in memory. In memory
/// 100,000 rows take 1.2 GB and twice as long; 20,000 take about 200 MB.
const LOW_MEMORY_ROWS: usize = 20_000;

std::thread_local! {
    /// Whether this thread is writing a large workbook (see [`panic_is_contained`]).
    static WRITING_TEMPORARY_FILES: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether a panic on this thread comes from writing a large workbook's temporary files: the
/// library reports a failed write (a full disk) by panicking, which [`xlsx_bytes`] catches and
/// returns as an error, so a crash report would be wrong.
pub fn panic_is_contained() -> bool {
    WRITING_TEMPORARY_FILES.with(std::cell::Cell::get)
}

/// The workbook of `table`, with the About sheet `about` describes. `progress` hears how many
/// rows of how many are written, now and then.
pub fn xlsx_bytes(table: &Table, about: &About, progress: &dyn Fn(usize, usize)) -> Result<Vec<u8>, XlsxError> {
    if table.rows.len() <= LOW_MEMORY_ROWS {
        return workbook(table, about, false, progress);
    }
    WRITING_TEMPORARY_FILES.with(|w| w.set(true));
    let written = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| workbook(table, about, true, progress)));
    WRITING_TEMPORARY_FILES.with(|w| w.set(false));
    written.unwrap_or_else(|panic| {
        let said = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_default();
        // "Couldn't write to xml file: Os { code: 28, kind: StorageFull, … }"
        let kind = [
            io::ErrorKind::StorageFull,
            io::ErrorKind::FileTooLarge,
            io::ErrorKind::QuotaExceeded,
            io::ErrorKind::ReadOnlyFilesystem,
            io::ErrorKind::PermissionDenied,
        ]
        .into_iter()
        .find(|kind| said.contains(&format!("kind: {kind:?}")))
        .unwrap_or(io::ErrorKind::Other);
        Err(XlsxError::IoError(io::Error::new(
            kind,
            "the workbook's temporary files could not be written",
        )))
    })
}

fn workbook(
    table: &Table,
    about: &About,
    low_memory: bool,
    progress: &dyn Fn(usize, usize),
) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let kind = about.table;
    let made = ExcelDateTime::from_timestamp(about.made)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(format!("Parama: {}", kind.title()))
            .set_subject(format!(
                "Lithuania's military assistance to Ukraine. {}.",
                kind.description()
            ))
            .set_author("Parama")
            .set_comment(format!("Exported by Parama {}", env!("CARGO_PKG_VERSION")))
            .set_creation_datetime(&made),
    );
    let formats = Formats::new();
    let sheet = if low_memory {
        workbook.add_worksheet_with_low_memory()?
    } else {
        workbook.add_worksheet()
    };
    sheet.set_name(kind.title())?;
    write_table(sheet, table, &formats, progress)?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("About")?;
    write_about(sheet, about, &formats)?;
    workbook.save_to_buffer()
}

fn write_table(
    sheet: &mut Worksheet,
    table: &Table,
    formats: &Formats,
    progress: &dyn Fn(usize, usize),
) -> Result<(), XlsxError> {
    let cells: Vec<Cell> = table.header.iter().map(|h| Cell::of(h)).collect();
    // Widths first: the rows go to disk as they are written.
    for (c, (name, cell)) in table.header.iter().zip(&cells).enumerate() {
        let longest = table
            .rows
            .iter()
            .filter_map(|r| r.get(c))
            .map(|s| s.chars().count())
            .max()
            .unwrap_or(0);
        sheet.set_column_width(column(c), cell.width(name.chars().count(), longest))?;
    }
    for (c, name) in table.header.iter().enumerate() {
        sheet.write_string_with_format(0, column(c), *name, &formats.header)?;
        if let Some(text) = header_note(name) {
            sheet.insert_note(
                0,
                column(c),
                &Note::new(text)
                    .set_author("Parama")
                    .add_author_prefix(false)
                    .set_width(360),
            )?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    let total = table.rows.len();
    let mut links = 0;
    for (r, cells_of_row) in table.rows.iter().enumerate() {
        let row = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (c, (text, cell)) in cells_of_row.iter().zip(&cells).enumerate() {
            if text.is_empty() {
                continue;
            }
            let col = column(c);
            match cell {
                Cell::Number | Cell::Amount => match text.parse::<f64>() {
                    Ok(number) if number.is_finite() => {
                        let grouped = *cell == Cell::Amount && number.fract() == 0.0;
                        let format = if grouped { &formats.whole } else { &formats.text };
                        sheet.write_number_with_format(row, col, number, format)?;
                    }
                    _ => write_text(sheet, row, col, text, &formats.text)?,
                },
                Cell::Date => write_date(sheet, row, col, text, formats)?,
                Cell::Link if links < LINK_LIMIT => {
                    if write_link(sheet, row, col, text, formats, &formats.text)? {
                        links += 1;
                    }
                }
                Cell::Prose => write_text(sheet, row, col, text, &formats.prose)?,
                Cell::Text | Cell::Link => write_text(sheet, row, col, text, &formats.text)?,
            }
        }
        if r % PROGRESS_EVERY == 0 {
            progress(r, total);
        }
    }
    let last_row = u32::try_from(total).map_err(|_| XlsxError::RowColumnLimitError)?;
    sheet.autofilter(0, 0, last_row, column(table.header.len().saturating_sub(1)))?;
    progress(total, total);
    Ok(())
}

/// The About sheet's columns: a label, then the sources' title, publisher, date, how the date is
/// known, address and origin.
const ABOUT_WIDTHS: [f64; 7] = [22.0, 70.0, 28.0, 12.0, 40.0, 40.0, 20.0];

fn write_about(sheet: &mut Worksheet, about: &About, formats: &Formats) -> Result<(), XlsxError> {
    let title = Format::new().set_bold().set_font_size(14);
    let bold = Format::new().set_bold().set_align(FormatAlign::Top);
    for (c, width) in ABOUT_WIDTHS.iter().enumerate() {
        sheet.set_column_width(column(c), *width)?;
    }
    sheet.set_row_height(0, 20)?;
    sheet.write_string_with_format(0, 0, "Parama", &title)?;
    let mut row = 1;
    let pair = |sheet: &mut Worksheet, row: &mut u32, what: &str, how: &str| -> Result<(), XlsxError> {
        sheet.write_string_with_format(*row, 0, what, &bold)?;
        write_text(sheet, *row, 1, how, &formats.prose)?;
        fit_height(sheet, *row, &[(1, how)])?;
        *row += 1;
        Ok(())
    };
    pair(sheet, &mut row, "What it is", about::WHAT)?;
    pair(sheet, &mut row, "Table", about.table.description())?;
    pair(sheet, &mut row, "Exported", &moment_utc(about.made))?;
    pair(sheet, &mut row, "Parama version", env!("CARGO_PKG_VERSION"))?;
    pair(sheet, &mut row, "Rows", &about.rows.to_string())?;
    if about.filters.is_empty() {
        pair(sheet, &mut row, "Chosen rows", "every row")?;
    }
    for (what, how) in &about.filters {
        pair(sheet, &mut row, what, how)?;
    }
    pair(sheet, &mut row, "Layout", about::LAYOUT)?;
    pair(sheet, &mut row, "Dates", about::DATES)?;
    pair(sheet, &mut row, "Credit", about::CREDIT)?;
    row += 1;
    sheet.set_row_height(row, 20)?;
    sheet.write_string_with_format(row, 0, "Sources", &title)?;
    row += 1;
    let header = [
        "article_id",
        "title",
        "publisher",
        "date",
        "how the date is known",
        "address",
        "built in or imported",
    ];
    for (c, name) in header.iter().enumerate() {
        sheet.write_string_with_format(row, column(c), *name, &formats.header)?;
    }
    for source in &about.sources {
        row += 1;
        write_text(sheet, row, 0, &source.id, &formats.text)?;
        write_text(sheet, row, 1, &source.title, &formats.prose)?;
        write_text(sheet, row, 2, &source.publisher, &formats.prose)?;
        write_date(sheet, row, 3, &source.date, formats)?;
        write_text(sheet, row, 4, &source.date_how, &formats.prose)?;
        write_link(sheet, row, 5, &source.url, formats, &formats.prose)?;
        let origin = if source.built_in { "built in" } else { "imported" };
        write_text(sheet, row, 6, origin, &formats.text)?;
        let wrapped = [(1, &source.title), (2, &source.publisher), (4, &source.date_how)];
        fit_height(sheet, row, &wrapped.map(|(c, text)| (c, text.as_str())))?;
    }
    Ok(())
}

/// Makes `row` tall enough for its wrapped `cells` (column, text), as every spreadsheet shows them:
/// Excel and LibreOffice fit a row to wrapped text by themselves, Gnumeric does not.
fn fit_height(sheet: &mut Worksheet, row: u32, cells: &[(usize, &str)]) -> Result<(), XlsxError> {
    let lines = cells
        .iter()
        .map(|(c, text)| {
            // Words wrap whole, so a line holds about four fifths of the column's characters.
            let width = ABOUT_WIDTHS.get(*c).copied().unwrap_or(20.0) * 0.8;
            text.chars().count().div_ceil((width as usize).max(1))
        })
        .max()
        .unwrap_or(1);
    if lines > 1 {
        sheet.set_row_height(row, 15.0 * lines as f64)?;
    }
    Ok(())
}

/// Writes `text` as a text cell, cut to what a cell holds.
fn write_text(sheet: &mut Worksheet, row: u32, col: u16, text: &str, format: &Format) -> Result<(), XlsxError> {
    if text.is_empty() {
        return Ok(());
    }
    if text.chars().count() <= CELL_LIMIT {
        sheet.write_string_with_format(row, col, text, format)?;
    } else {
        const CUT: &str = " […cut: longer than a spreadsheet cell holds]";
        let kept: String = text.chars().take(CELL_LIMIT - CUT.chars().count()).collect();
        sheet.write_string_with_format(row, col, kept + CUT, format)?;
    }
    Ok(())
}

/// Writes `text` as a date cell when it is a full date, else as text (a month, a year).
fn write_date(sheet: &mut Worksheet, row: u32, col: u16, text: &str, formats: &Formats) -> Result<(), XlsxError> {
    match full_date(text) {
        Some(date) => {
            sheet.write_datetime_with_format(row, col, &date, &formats.date)?;
            Ok(())
        }
        None => write_text(sheet, row, col, text, &formats.text),
    }
}

/// Writes `text` as a link when it is a web address, else as text in `otherwise`; says whether
/// it made a link.
fn write_link(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    text: &str,
    formats: &Formats,
    otherwise: &Format,
) -> Result<bool, XlsxError> {
    if is_link(text) {
        sheet.write_url_with_format(row, col, Url::new(text), &formats.link)?;
        Ok(true)
    } else {
        write_text(sheet, row, col, text, otherwise)?;
        Ok(false)
    }
}

/// A date with its day, as a date cell; `None` for a month, a year, or anything else.
fn full_date(text: &str) -> Option<ExcelDateTime> {
    let date: PartialDate = text.parse().ok()?;
    let (month, day) = (date.month()?, date.day()?);
    let year = u16::try_from(date.year()).ok()?;
    ExcelDateTime::from_ymd(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()
}

/// Whether `text` is an address a spreadsheet can link to.
fn is_link(text: &str) -> bool {
    let lower = text.get(..8).unwrap_or(text).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && text.len() <= LINK_LENGTH
        && !text.chars().any(char::is_whitespace)
}

/// Column `c` as the library counts them (a sheet has at most 16,384; tables have a few dozen).
fn column(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_full_dates_become_date_cells() {
        assert!(full_date("2023-01-03").is_some());
        assert!(full_date("2024-11").is_none());
        assert!(full_date("2021").is_none());
        assert!(full_date("yesterday").is_none());
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert!(is_link("https://www.baltictimes.com/a"));
        assert!(is_link("HTTP://example.org"));
        assert!(!is_link("file:///home/me/article.txt"));
        assert!(!is_link("https://example.org/a b"));
        assert!(!is_link(&format!("https://example.org/{}", "a".repeat(LINK_LENGTH))));
        assert!(!is_link(""));
    }

    #[test]
    fn widths_fit_and_stay_readable() {
        assert_eq!(Cell::Text.width(2, 3), 8.0);
        assert_eq!(Cell::Text.width(4, 25), 27.0);
        assert_eq!(Cell::Text.width(14, 1), 19.0, "the header and its filter button fit");
        assert_eq!(Cell::Prose.width(5, 400), 62.0);
        assert_eq!(Cell::Date.width(4, 10), 12.0);
        assert_eq!(Cell::Amount.width(5, 9), 14.0, "250,000,000");
        assert_eq!(Cell::Number.width(8, 4), 13.0, "citation_no");
    }
}
