//! Importing articles from the window: files or a folder from a dialog, or dropped on the
//! window; the import runs in the background with progress and a Cancel button.

use std::path::PathBuf;

use egui::{ProgressBar, Ui};

use super::{
    Action, Actions,
    task::{Poll, Task},
};
use crate::model::library::{Library, LibraryError, Report};

/// What a finished import hands back: the library with the new articles, and what happened.
pub type Finished = (Library, Result<Report, LibraryError>);

/// Runs one import at a time, off the UI thread.
#[derive(Debug, Default)]
pub struct Importer {
    job: Option<Task<Finished>>,
}

/// Asks the system's dialog for files to import; `None` if the user cancelled.
pub fn pick_files() -> Option<Vec<PathBuf>> {
    rfd::FileDialog::new()
        .set_title("Import articles")
        .add_filter("Articles", &["txt", "md", "markdown", "html", "htm"])
        .pick_files()
}

/// Asks the system's dialog for a folder to import; `None` if the user cancelled.
pub fn pick_folder() -> Option<Vec<PathBuf>> {
    rfd::FileDialog::new()
        .set_title("Import a folder of articles")
        .pick_folder()
        .map(|f| vec![f])
}

impl Importer {
    /// Whether an import is under way.
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    /// Imports `paths` into a copy of `library` in the background.
    pub fn start(&mut self, library: &Library, paths: Vec<PathBuf>, ctx: &egui::Context) {
        if self.job.is_some() || paths.is_empty() {
            return;
        }
        let mut library = library.clone();
        self.job = Some(Task::spawn(ctx, move |control| {
            let report = library.import_paths_with(&paths, |n, of| {
                control.progress(n, of);
                !control.is_cancelled()
            });
            (library, report)
        }));
    }

    /// Shows the progress of an import under way, and queues its outcome when it has finished.
    pub fn ui(&mut self, ui: &mut Ui, actions: &mut Actions) {
        let Some(job) = &self.job else { return };
        match job.poll() {
            Poll::Ready(finished) => {
                self.job = None;
                actions.push(Action::Imported(finished));
                return;
            }
            Poll::Lost => {
                self.job = None;
                actions.problem("The import stopped unexpectedly. Your library is as it was.");
                return;
            }
            Poll::Pending => {}
        }
        let (done, total) = job.progress();
        ui.horizontal(|ui| {
            let fraction = if total == 0 { 0.0 } else { done as f32 / total as f32 };
            ui.add(
                ProgressBar::new(fraction)
                    .desired_width(220.0)
                    .text(format!("Importing {done} of {total} files…")),
            );
            if ui
                .button("Cancel")
                .on_hover_text("Stop; what is imported so far is kept")
                .clicked()
            {
                job.cancel();
            }
        });
    }
}
