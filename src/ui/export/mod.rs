//! Exporting from the window, a table as CSV or a chart as PNG: ask where (native dialog, or a
//! typed path when no dialog can be shown), write in the background, and report success or
//! failure with a way on.

mod picture;

use std::{fmt, path::PathBuf, sync::Arc};

use egui::{Id, Modal, RichText, TextEdit, Ui};
pub use picture::{capture, crop, png_bytes, save_png};

use super::{
    Actions,
    notices::{FollowUp, Notice},
    shortcuts,
    task::{Poll, Task},
};
use crate::{
    model::{
        export::{self, ExportError},
        plural,
    },
    open::Target,
};

/// Asks the user where to save a file. The real one is the system's dialog; tests use their own.
pub trait SaveDialog {
    /// Where to save a file suggested as `name`; `None` if the user cancelled or no dialog could
    /// be shown (on Linux without a desktop portal the two look the same).
    fn save_path(&mut self, name: &str) -> Option<PathBuf>;
}

/// The system's save dialog.
#[derive(Debug, Default)]
pub struct NativeDialog;

impl SaveDialog for NativeDialog {
    fn save_path(&mut self, name: &str) -> Option<PathBuf> {
        let format = FileFormat::of(name);
        rfd::FileDialog::new()
            .set_title(format.title())
            .set_file_name(name)
            .add_filter(format.filter_name(), &[format.extension()])
            .save_file()
    }
}

/// What kind of file an export writes, told by the suggested name's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// A table.
    Csv,
    /// A picture of a chart.
    Png,
}

impl FileFormat {
    /// The format of a file called `name`.
    pub fn of(name: &str) -> Self {
        if name.to_ascii_lowercase().ends_with(".png") {
            Self::Png
        } else {
            Self::Csv
        }
    }

    fn title(self) -> &'static str {
        match self {
            Self::Csv => "Export CSV",
            Self::Png => "Save chart as PNG",
        }
    }

    fn filter_name(self) -> &'static str {
        match self {
            Self::Csv => "CSV",
            Self::Png => "PNG image",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Png => "png",
        }
    }
}

/// A file to export (a table's CSV, a chart's PNG), waiting for a place to go.
#[derive(Clone)]
pub struct ExportRequest {
    /// What it holds, for the message once it is saved: `24 rows`, `the chart`.
    pub what: String,
    /// Makes the file's bytes. It runs on the writing thread, so a table of 100,000 rows never
    /// holds up the window; it holds its own snapshot of the data, so a retry writes the same
    /// file.
    pub bytes: Arc<dyn Fn() -> Vec<u8> + Send + Sync>,
    /// The file name to suggest; its extension says what kind of file it is.
    pub file_name: String,
}

impl ExportRequest {
    /// A request to save bytes already made (a chart's picture).
    pub fn of_bytes(what: impl Into<String>, bytes: Vec<u8>, file_name: String) -> Self {
        Self {
            what: what.into(),
            bytes: Arc::new(move || bytes.clone()),
            file_name,
        }
    }

    /// A CSV of `rows` table rows (programmes, figures or articles; not CSV lines).
    pub fn csv(rows: usize, csv: impl Fn() -> Vec<u8> + Send + Sync + 'static, file_name: String) -> Self {
        Self {
            what: plural(rows, "row"),
            bytes: Arc::new(csv),
            file_name,
        }
    }
}

impl fmt::Debug for ExportRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExportRequest")
            .field("what", &self.what)
            .field("file_name", &self.file_name)
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
        }
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
        match self.dialog.save_path(&request.file_name) {
            Some(path) => self.write(ctx, request, path),
            None => {
                let path = default_folder().join(&request.file_name).display().to_string();
                self.state = State::AskPath { request, path };
            }
        }
    }

    fn write(&mut self, ctx: &egui::Context, request: ExportRequest, path: PathBuf) {
        let (bytes, target) = (Arc::clone(&request.bytes), path.clone());
        // Writing happens off the UI thread, so a slow disk never freezes the window.
        let done = Task::spawn(ctx, move |_| export::write_atomically(&target, &bytes()));
        self.state = State::Writing { request, path, done };
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
            ui.heading(FileFormat::of(&request.file_name).title());
            ui.label("No file was chosen. If no save dialog appeared, type where to save the file:");
            let field = ui.add(
                TextEdit::singleline(&mut path)
                    .desired_width(500.0)
                    .hint_text("File path"),
            );
            ui.ctx()
                .accesskit_node_builder(field.id, |node| node.set_label("File path"));
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
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
        .on_hover_text(format!("Save as CSV, with every row's sources ({shortcut})"))
        .clicked()
}
