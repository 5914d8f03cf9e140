//! Exporting from the window, a table as an Excel workbook or CSV, or a chart as PNG: ask where (native dialog, or a
//! typed path when no dialog can be shown), write in the background, and report success or
//! failure with a way on.

mod picture;

use std::{
    fmt,
    path::{Path, PathBuf},
    sync::Arc,
};

use egui::{Id, Modal, ProgressBar, RichText, TextEdit, Ui};
pub use picture::{capture, crop, png_bytes, save_png};

use super::{
    Actions,
    notices::{FollowUp, Notice},
    shortcuts,
    task::{Poll, Task},
};
use crate::{
    model::{
        catalogue::format_number,
        date::today_utc,
        export::{self, CsvOptions, Export, ExportError, Format, TableKind},
        plural,
    },
    open::Target,
};

/// Asks the user where to save a file. The real one is the system's dialog; tests use their own.
pub trait SaveDialog {
    /// Where to save a file suggested as `name`; `None` if the user cancelled or no dialog could
    /// be shown (on Linux without a desktop portal the two look the same). The name's extension
    /// says which kind of file is preferred; a table may also be saved as the other kind.
    fn save_path(&mut self, name: &str) -> Option<PathBuf>;
}

/// The system's save dialog.
#[derive(Debug, Default)]
pub struct NativeDialog;

impl SaveDialog for NativeDialog {
    fn save_path(&mut self, name: &str) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new().set_file_name(name);
        match Format::of_path(Path::new(name)) {
            // A table: the preferred kind first (the dialog starts with it), then the other.
            Some(preferred) => {
                dialog = dialog.set_title("Export table");
                let others = Format::ALL.into_iter().filter(|f| *f != preferred);
                for format in std::iter::once(preferred).chain(others) {
                    dialog = dialog.add_filter(file_type(format), &[format.extension()]);
                }
            }
            None => dialog = dialog.set_title("Save chart as PNG").add_filter("PNG image", &["png"]),
        }
        dialog.save_file()
    }
}

/// A table format as a save dialog lists it: `Excel workbook (.xlsx)`.
fn file_type(format: Format) -> String {
    format!("{} (.{})", format.name(), format.extension())
}

/// What an export writes.
#[derive(Clone)]
pub enum Content {
    /// A table, made on the writing thread (so 100,000 rows never hold up the window) from its
    /// own snapshot of the data (so a retry writes the same rows), in the format the user picks.
    Table {
        /// Which table it is, for the file's name.
        kind: TableKind,
        /// Makes the table and what it says about itself.
        make: Arc<dyn Fn() -> Export + Send + Sync>,
    },
    /// A picture of a chart, as PNG.
    Picture {
        /// Which chart's table it pictures, for the file's name.
        kind: TableKind,
        /// The PNG's bytes.
        png: Arc<Vec<u8>>,
    },
}

/// A file to export (a table, a chart's PNG), waiting for a place to go.
#[derive(Clone)]
pub struct ExportRequest {
    /// What it holds, for the message once it is saved: `24 rows`, `the chart`.
    pub what: String,
    /// What to write.
    pub content: Content,
}

impl ExportRequest {
    /// A chart's picture.
    pub fn picture(kind: TableKind, png: Vec<u8>) -> Self {
        Self {
            what: "the chart".to_owned(),
            content: Content::Picture {
                kind,
                png: Arc::new(png),
            },
        }
    }

    /// A table of `rows` rows (programmes, figures or articles; not citations), made by `make`.
    pub fn table(rows: usize, kind: TableKind, make: impl Fn() -> Export + Send + Sync + 'static) -> Self {
        Self {
            what: plural(rows, "row"),
            content: Content::Table {
                kind,
                make: Arc::new(make),
            },
        }
    }

    /// The file's bytes, a table written as `format` (a picture is a PNG whatever the format).
    pub fn bytes(&self, format: Format, progress: &dyn Fn(usize, usize)) -> Result<Vec<u8>, ExportError> {
        match &self.content {
            Content::Table { make, .. } => make().bytes(format, CsvOptions::default(), progress),
            Content::Picture { png, .. } => Ok(png.to_vec()),
        }
    }

    /// Writes the file to `path`, a table as `format`.
    fn write_to(&self, path: &Path, format: Format, progress: &dyn Fn(usize, usize)) -> Result<(), ExportError> {
        match &self.content {
            Content::Table { make, .. } => make().write_to(path, format, CsvOptions::default(), progress),
            Content::Picture { png, .. } => export::write_atomically(path, png),
        }
    }

    /// The file name to suggest today, for a table in `format`.
    fn file_name(&self, format: Format) -> String {
        match &self.content {
            Content::Table { kind, .. } => kind.file_name(&today_utc(), format.extension()),
            Content::Picture { kind, .. } => kind.file_name(&today_utc(), "png"),
        }
    }

    /// The heading of the export's own windows.
    fn title(&self) -> &'static str {
        match self.content {
            Content::Table { .. } => "Export table",
            Content::Picture { .. } => "Save chart as PNG",
        }
    }
}

impl fmt::Debug for ExportRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExportRequest")
            .field("what", &self.what)
            .finish_non_exhaustive()
    }
}

enum State {
    Idle,
    /// No path came back from the dialog: the user may type one.
    AskPath {
        request: ExportRequest,
        path: String,
    },
    Writing {
        request: ExportRequest,
        path: PathBuf,
        done: Task<Result<(), ExportError>>,
    },
    Failed {
        request: ExportRequest,
        path: PathBuf,
        error: String,
    },
}

/// Runs exports one at a time and shows their progress.
pub struct Exporter {
    dialog: Box<dyn SaveDialog>,
    state: State,
    /// The kind of file tables are saved as: the user's last choice.
    format: Format,
}

impl Default for Exporter {
    fn default() -> Self {
        Self::new(Box::new(NativeDialog))
    }
}

impl fmt::Debug for Exporter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Exporter")
            .field("busy", &self.is_busy())
            .finish_non_exhaustive()
    }
}

impl Exporter {
    /// An exporter that asks `dialog` where to save.
    pub fn new(dialog: Box<dyn SaveDialog>) -> Self {
        Self {
            dialog,
            state: State::Idle,
            format: Format::default(),
        }
    }

    /// The kind of file tables are saved as, unless the user picks the other: their last choice.
    pub fn format(&self) -> Format {
        self.format
    }

    /// Saves tables as `format` unless the user picks the other.
    pub fn set_format(&mut self, format: Format) {
        self.format = format;
    }

    /// Whether an export is under way or waiting for the user.
    pub fn is_busy(&self) -> bool {
        !matches!(self.state, State::Idle)
    }

    /// Asks where to save `request`, then writes it.
    pub fn start(&mut self, ctx: &egui::Context, request: ExportRequest) {
        if matches!(self.state, State::Writing { .. }) {
            return;
        }
        let name = request.file_name(self.format);
        match self.dialog.save_path(&name) {
            Some(path) => self.write(ctx, request, path),
            None => {
                let path = default_folder().join(name).display().to_string();
                self.state = State::AskPath { request, path };
            }
        }
    }

    fn write(&mut self, ctx: &egui::Context, request: ExportRequest, path: PathBuf) {
        let path = match &request.content {
            // The format is the one the name says; a name that says none gets the one preferred.
            Content::Table { .. } => match Format::of_path(&path) {
                Some(format) => {
                    self.format = format;
                    path
                }
                None => with_extension(path, self.format.extension()),
            },
            Content::Picture { .. } => path,
        };
        let (format, target, made) = (self.format, path.clone(), request.clone());
        // Making and writing happen off the UI thread, so a slow disk never freezes the window.
        let done = Task::spawn(ctx, move |control| {
            made.write_to(&target, format, &|done, total| control.progress(done, total))
        });
        self.state = State::Writing { request, path, done };
    }

    /// Closes the export's window (the typed path, or the failure), as its Cancel does; says
    /// whether one was open. An export being written goes on.
    pub fn close_window(&mut self) -> bool {
        match self.state {
            State::AskPath { .. } | State::Failed { .. } => {
                self.state = State::Idle;
                true
            }
            State::Idle | State::Writing { .. } => false,
        }
    }

    /// While a table is being written, its progress, for the status bar.
    pub fn progress_ui(&self, ui: &mut Ui) {
        let State::Writing { path, done, .. } = &self.state else {
            return;
        };
        let (written, total) = done.progress();
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let (fraction, text) = match (written, total) {
            // A CSV or a picture says nothing on the way; a workbook counts its rows, then
            // compresses them.
            (_, 0) => (0.0, format!("Writing {name}…")),
            (written, total) if written < total => (
                written as f32 / total as f32,
                format!(
                    "Writing {name}: {} of {}",
                    format_number(written as f64),
                    plural(total, "row")
                ),
            ),
            _ => (1.0, format!("Writing {name}: finishing…")),
        };
        ui.add(
            ProgressBar::new(fraction)
                .desired_width(260.0)
                .animate(total == 0)
                .text(text),
        );
    }

    /// Follows the export under way and shows whatever it needs from the user.
    pub fn ui(&mut self, ui: &Ui, actions: &mut Actions) {
        let state = std::mem::replace(&mut self.state, State::Idle);
        self.state = match state {
            State::Idle => State::Idle,
            State::Writing { request, path, done } => match done.poll() {
                Poll::Ready(Ok(())) => {
                    let told = Notice::info(format!("Exported {} to {}", request.what, path.display()));
                    actions.push(super::Action::Tell(
                        told.with_link("Show in folder", FollowUp::Open(Target::Reveal(path))),
                    ));
                    State::Idle
                }
                Poll::Ready(Err(error)) => State::Failed {
                    request,
                    path,
                    error: error.to_string(),
                },
                Poll::Pending => State::Writing { request, path, done },
                Poll::Lost => State::Failed {
                    request,
                    path,
                    error: "the export stopped unexpectedly".to_owned(),
                },
            },
            State::AskPath { request, path } => self.ask_path_ui(ui, request, path),
            State::Failed { request, path, error } => self.failed_ui(ui, request, path, error),
        };
    }

    fn ask_path_ui(&mut self, ui: &Ui, request: ExportRequest, mut path: String) -> State {
        let mut choice = None;
        Modal::new(Id::unique("parama_export_path")).show(ui.ctx(), |ui| {
            ui.set_max_width(520.0);
            ui.heading(request.title());
            ui.label("No file was chosen. If no save dialog appeared, type where to save the file:");
            let field = ui.add(
                TextEdit::singleline(&mut path)
                    .desired_width(500.0)
                    .hint_text("File path"),
            );
            ui.ctx()
                .accesskit_node_builder(field.id, |node| node.set_label("File path"));
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            // A table may be either kind of file: choosing one gives the path its extension.
            if matches!(request.content, Content::Table { .. }) {
                let current = Format::of_path(Path::new(path.trim()));
                ui.horizontal(|ui| {
                    ui.label("Save as:");
                    for format in Format::ALL {
                        if ui.radio(current == Some(format), file_type(format)).clicked() {
                            path = switch_extension(path.trim(), format);
                        }
                    }
                });
            }
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() || entered {
                    choice = Some(true);
                }
                if ui.button("Cancel").clicked() {
                    choice = Some(false);
                }
            });
        });
        match choice {
            Some(true) if !path.trim().is_empty() => {
                self.write(ui.ctx(), request, PathBuf::from(path.trim()));
                std::mem::replace(&mut self.state, State::Idle)
            }
            Some(false) => State::Idle,
            _ => State::AskPath { request, path },
        }
    }

    fn failed_ui(&mut self, ui: &Ui, request: ExportRequest, path: PathBuf, error: String) -> State {
        let mut choice = None;
        Modal::new(Id::unique("parama_export_failed")).show(ui.ctx(), |ui| {
            ui.set_max_width(520.0);
            ui.heading("The export failed");
            ui.label(RichText::new(&error).color(ui.visuals().error_fg_color));
            ui.label("Nothing was lost: any file that was there is unchanged.");
            ui.horizontal(|ui| {
                if ui.button("Retry").clicked() {
                    choice = Some(0);
                }
                if ui.button("Save as…").clicked() {
                    choice = Some(1);
                }
                if ui.button("Cancel").clicked() {
                    choice = Some(2);
                }
            });
        });
        match choice {
            Some(0) => {
                self.write(ui.ctx(), request, path);
                std::mem::replace(&mut self.state, State::Idle)
            }
            Some(1) => {
                self.start(ui.ctx(), request);
                std::mem::replace(&mut self.state, State::Idle)
            }
            Some(_) => State::Idle,
            None => State::Failed { request, path, error },
        }
    }
}

/// `path` as a file of `format`: its table extension replaced (`a.csv` becomes `a.xlsx`), or
/// added when it has none.
fn switch_extension(path: &str, format: Format) -> String {
    let lower = path.to_ascii_lowercase();
    let stem = Format::ALL
        .into_iter()
        .find(|old| lower.ends_with(&format!(".{}", old.extension())))
        .and_then(|old| path.get(..path.len() - old.extension().len() - 1))
        .unwrap_or(path);
    format!("{stem}.{}", format.extension())
}

/// `path` with `.extension` added: `report` becomes `report.xlsx`.
fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    let mut name = path.into_os_string();
    name.push(".");
    name.push(extension);
    PathBuf::from(name)
}

/// Where to suggest saving when there is no dialog: the user's home folder, else the current one.
fn default_folder() -> PathBuf {
    std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map_or_else(|| PathBuf::from("."), PathBuf::from)
}

/// The export button, saying what it will export; returns whether it was clicked.
pub fn export_button(ui: &mut Ui, selected: usize, shown: usize) -> bool {
    let text = match (selected, shown) {
        (1, _) => "Export 1 selected row…".to_owned(),
        (0, 1) => "Export the 1 row…".to_owned(),
        (0, n) => format!("Export all {n} rows…"),
        (n, _) => format!("Export {n} selected rows…"),
    };
    let shortcut = shortcuts::text(ui, &shortcuts::EXPORT);
    ui.add_enabled(shown > 0, egui::Button::new(text))
        .on_hover_text(format!(
            "Save as an Excel workbook or CSV, with every row's sources ({shortcut})"
        ))
        .clicked()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choosing_a_kind_of_file_sets_the_extension() {
        assert_eq!(
            switch_extension("/home/me/figures.xlsx", Format::Csv),
            "/home/me/figures.csv"
        );
        assert_eq!(
            switch_extension("C:\\Data\\Šaltinis.CSV", Format::Xlsx),
            "C:\\Data\\Šaltinis.xlsx"
        );
        assert_eq!(switch_extension("report", Format::Xlsx), "report.xlsx");
        assert_eq!(switch_extension("notes.txt", Format::Csv), "notes.txt.csv");
    }
}
