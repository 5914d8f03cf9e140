//! Importing articles from the window: files or a folder from a dialog, or dropped on the
//! window; the import runs in the background with progress and a Cancel button.

use std::{
    path::PathBuf,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicUsize, Ordering},
        mpsc::{self, Receiver},
    },
};

use egui::{ProgressBar, Ui};

use crate::model::library::{Library, LibraryError, Report};

/// What a finished import hands back: the library with the new articles, and what happened.
pub type Finished = (Library, Result<Report, LibraryError>);

struct Job {
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    result: Receiver<Finished>,
}

/// Runs one import at a time, off the UI thread.
#[derive(Default)]
pub struct Importer {
    job: Option<Job>,
}

impl std::fmt::Debug for Importer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Importer").field("busy", &self.is_busy()).finish()
    }
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
        let (done, total, cancel) = (
            Arc::<AtomicUsize>::default(),
            Arc::<AtomicUsize>::default(),
            Arc::<AtomicBool>::default(),
        );
        let (send, result) = mpsc::channel();
        let mut library = library.clone();
        let (d, t, c, ctx) = (Arc::clone(&done), Arc::clone(&total), Arc::clone(&cancel), ctx.clone());
        std::thread::spawn(move || {
            let report = library.import_paths_with(&paths, |n, of| {
                d.store(n, Ordering::Relaxed);
                t.store(of, Ordering::Relaxed);
                ctx.request_repaint();
                !c.load(Ordering::Relaxed)
            });
            let _ = send.send((library, report));
            ctx.request_repaint();
        });
        self.job = Some(Job {
            done,
            total,
            cancel,
            result,
        });
    }

    /// Shows the progress of an import under way; returns its outcome when it has finished.
    pub fn ui(&mut self, ui: &mut Ui) -> Option<Finished> {
        let job = self.job.as_ref()?;
        if let Ok(finished) = job.result.try_recv() {
            self.job = None;
            return Some(finished);
        }
        let (done, total) = (job.done.load(Ordering::Relaxed), job.total.load(Ordering::Relaxed));
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
                job.cancel.store(true, Ordering::Relaxed);
            }
        });
        ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
        None
    }
}
