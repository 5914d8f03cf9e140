//! The command line: the window's options (defined by the window, [`Launch`]), and commands that
//! work without a window. The command line depends on the model and the UI; neither depends on
//! it.

use std::{
    io::{self, Write},
    path::{Path, PathBuf},
};

use clap::{Parser, Subcommand, builder::PossibleValue};

use crate::{
    model::{
        Catalogue, CatalogueError, Category, CorpusError,
        date::unix_now,
        export::{self, About, CsvOptions, Export, ExportError, Format, Rows, Table, TableKind},
        library::{self, LibraryError},
        overview::{Chart, Overview},
        search::{Query, SearchIndex, snippet},
    },
    ui::window::Launch,
};

/// Parama: Lithuania's military assistance to Ukraine, every figure one click from its source.
#[derive(Debug, Clone, Parser)]
#[command(name = "parama", version, about)]
pub struct Args {
    /// Without a command, Parama opens its window.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Where Parama keeps your imported articles (default: the platform's data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// How to open the window, when no command is given.
    #[command(flatten)]
    pub window: Launch,
}

/// Commands that run without opening a window.
#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Write a table as an Excel workbook or as CSV (UTF-8 with BOM, CRLF), one row per
    /// citation, to a file or stdout.
    Export(ExportArgs),
    /// Import articles (.txt, .md, .html; folders are searched) into your library.
    Import {
        /// Files or folders to import.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Search the articles; print each hit as: article id, title, character range, snippet
    /// (tab-separated). Exits 1 when nothing matches.
    Search {
        /// Words and "quoted phrases" that must all occur; case, accents and dashes are ignored.
        #[arg(required = true)]
        query: Vec<String>,
    },
}

/// The tables `export` can write, by the names [`TableKind::name`] gives them.
impl clap::ValueEnum for TableKind {
    fn value_variants<'a>() -> &'a [Self] {
        &TableKind::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.name()).help(self.description()))
    }
}

/// The formats `export` writes, by their extensions.
impl clap::ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &Format::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.extension()).help(self.name()))
    }
}

/// Options of `parama export`.
#[derive(Debug, Clone, clap::Args)]
pub struct ExportArgs {
    /// The table to write.
    #[arg(value_enum)]
    pub table: TableKind,

    /// Only rows in this category: training, rehabilitation, cyber, procurement or other.
    /// Repeat for several.
    #[arg(long = "category", value_name = "C")]
    pub categories: Vec<Category>,

    /// Write to this file (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The kind of file: an Excel workbook (with an About sheet on where every row comes from)
    /// or CSV. Default: told by --output's extension, else CSV.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// CSV: leave out the UTF-8 byte-order mark (Excel needs it; most other programs do not).
    #[arg(long)]
    pub no_bom: bool,

    /// CSV: do not neutralise cells that a spreadsheet could run as formulas (for pandas and
    /// scripts). A workbook never needs it: its text cells are never formulas.
    #[arg(long)]
    pub raw: bool,
}

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// The built-in articles did not load.
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    /// The built-in catalogue did not load.
    #[error(transparent)]
    Catalogue(#[from] CatalogueError),
    /// `--category` was given for a table that has no categories.
    #[error("--category does not apply to the {0} table")]
    CategoryNotApplicable(&'static str),
    /// The CSV could not be written.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// The library of imported articles could not be read or saved.
    #[error(transparent)]
    Library(#[from] LibraryError),
}

/// Runs `parama import`: prints what was imported and what was skipped, and why.
pub fn import(paths: &[PathBuf], data_dir: Option<&Path>, mut out: impl Write) -> Result<bool, CommandError> {
    let (_, mut library, problem) = library::open_corpus(data_dir);
    if let Some(problem) = problem {
        eprintln!("parama: {problem}");
    }
    let report = library.import_paths(paths)?;
    let _ = writeln!(out, "{} (library: {})", report.summary(), library.folder().display());
    for (path, reason) in &report.skipped {
        let _ = writeln!(out, "skipped {}: {reason}", path.display());
    }
    for incomplete in &report.incomplete {
        let _ = writeln!(out, "to check {}", incomplete.line());
    }
    Ok(report.skipped.is_empty() || !report.imported.is_empty())
}

/// Runs `parama export`.
pub fn export(args: &ExportArgs, data_dir: Option<&Path>) -> Result<(), CommandError> {
    let (corpus, library, _) = library::open_corpus(data_dir);
    let corpus = corpus?;
    // The same rows as the window: curated, and those found in imported articles.
    let catalogue = || Catalogue::embedded(&corpus).map(|curated| library.catalogue(&curated));
    let kind = args.table;
    let by_category = matches!(kind, TableKind::Programmes | TableKind::Figures);
    if !by_category && !args.categories.is_empty() {
        return Err(CommandError::CategoryNotApplicable(kind.name()));
    }
    let chart = |chart: Chart| -> Result<Table, CommandError> {
        Ok(export::chart_table(&Overview::of(&corpus, &catalogue()?), chart))
    };
    let table = match kind {
        TableKind::Articles => export::articles_table(&corpus, Rows::All),
        TableKind::Programmes => export::programmes_table(&catalogue()?, &corpus, Rows::All, &args.categories),
        TableKind::Figures => export::figures_table(&catalogue()?, &corpus, Rows::All, &args.categories),
        TableKind::Timeline => chart(Chart::Timeline)?,
        TableKind::ProgrammeCounts => chart(Chart::Categories)?,
        TableKind::FiguresOverTime => chart(Chart::Figures)?,
    };
    let options = CsvOptions {
        bom: !args.no_bom,
        raw: args.raw,
    };
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(Format::of_path))
        .unwrap_or(Format::Csv);
    let filters = match args.categories.as_slice() {
        [] => Vec::new(),
        categories => vec![(
            "Categories".to_owned(),
            categories.iter().map(|c| c.label()).collect::<Vec<_>>().join(", "),
        )],
    };
    let about = About::new(kind, &table, &corpus, filters, unix_now());
    let export = Export { table, about };
    match &args.output {
        Some(path) => export.write_to(path, format, options, &|_, _| {})?,
        None => match export.bytes(format, options, &|_, _| {}).and_then(|bytes| {
            let mut out = io::stdout().lock();
            out.write_all(&bytes)
                .and_then(|()| out.flush())
                .map_err(ExportError::Output)
        }) {
            // A reader that stops early (`parama export figures | head`) is not an error.
            Err(ExportError::Output(e)) if reader_stopped(&e) => {}
            result => result?,
        },
    }
    Ok(())
}

/// Whether a write failed because whoever reads the output stopped reading (`parama search | head`):
/// a broken pipe, or on Windows also a pipe being closed (232) or no longer connected (233), which
/// the standard library does not count as broken.
fn reader_stopped(error: &io::Error) -> bool {
    error.kind() == io::ErrorKind::BrokenPipe || (cfg!(windows) && matches!(error.raw_os_error(), Some(232 | 233)))
}

/// Runs `parama search`: prints every hit to `out`; returns how many articles matched.
pub fn search(query: &[String], data_dir: Option<&Path>, mut out: impl Write) -> Result<usize, CommandError> {
    let corpus = library::open_corpus(data_dir).0?;
    let index = SearchIndex::new(&corpus);
    let query = Query::parse(&query.join(" "));
    let results = index.search(&query);
    let write = |out: &mut dyn Write| -> io::Result<()> {
        for result in &results {
            let Some(article) = corpus.articles().get(result.article) else {
                continue;
            };
            for hit in index.hits(&query, result.article, &corpus) {
                let chars = |byte: usize| article.text.get(..byte).map_or(0, |s| s.chars().count());
                let (snippet, _) = snippet(&article.text, hit.clone(), 80);
                writeln!(
                    out,
                    "{}\t{}\t{}-{}\t{snippet}",
                    article.id,
                    article.title,
                    chars(hit.start),
                    chars(hit.end)
                )?;
            }
        }
        out.flush()
    };
    match write(&mut out) {
        Err(e) if !reader_stopped(&e) => return Err(ExportError::Output(e).into()),
        _ => {}
    }
    Ok(results.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::{
        Tab,
        window::{Launch, WindowSize},
    };

    #[test]
    fn reads_sizes_and_refuses_nonsense() {
        assert_eq!(
            "1280x800".parse(),
            Ok(WindowSize {
                width: 1280.0,
                height: 800.0
            })
        );
        assert_eq!(
            "1024X700".parse(),
            Ok(WindowSize {
                width: 1024.0,
                height: 700.0
            })
        );
        for bad in [
            "",
            "1280",
            "x800",
            "1280x",
            "0x0",
            "-5x10",
            "1280x800x2",
            "99999x800",
            "10x10",
        ] {
            assert!(bad.parse::<WindowSize>().is_err(), "{bad}");
        }
    }

    #[test]
    fn parses_the_screenshot_command() {
        let args = Args::try_parse_from([
            "parama",
            "--screenshot",
            "out.png",
            "--tab",
            "articles",
            "--size",
            "1024x700",
        ])
        .unwrap();
        let Launch {
            screenshot, tab, size, ..
        } = args.window;
        assert_eq!(screenshot, Some(PathBuf::from("out.png")));
        assert_eq!(tab, Some(Tab::Articles));
        assert_eq!(
            size,
            Some(WindowSize {
                width: 1024.0,
                height: 700.0
            })
        );
        assert!(Args::try_parse_from(["parama", "--tab", "nowhere"]).is_err());
    }

    #[test]
    fn every_table_is_named_on_the_command_line_as_in_its_file_names() {
        for kind in TableKind::ALL {
            let args = Args::try_parse_from(["parama", "export", kind.name()]).unwrap();
            assert!(matches!(args.command, Some(Command::Export(ExportArgs { table, .. })) if table == kind));
        }
        assert!(Args::try_parse_from(["parama", "export", "nothing"]).is_err());
    }
}
