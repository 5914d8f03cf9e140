//! The native window: opens eframe on a [`ParamaApp`] and, for `--screenshot`, saves a
//! picture of the window once it is laid out and closes it.

use std::{
    path::{Path, PathBuf},
    sync::{Arc, mpsc},
};

use egui::{ColorImage, ViewportCommand, mutex::Mutex};

use super::{ParamaApp, Tab, app::Remembered};
use crate::cli::WindowSize;

/// The window's size when nothing else is asked for, in points.
pub const DEFAULT_SIZE: WindowSize = WindowSize {
    width: 1280.0,
    height: 800.0,
};
/// The smallest the window can be made, in points.
const MIN_SIZE: [f32; 2] = [720.0, 480.0];
/// The icon the window shows in the title bar, task bar and dock (rendered from
/// `assets/icon/parama.svg` by `assets/icon/render.sh`).
const ICON_PNG: &[u8] = include_bytes!("../../assets/icon/png/256x256.png");
/// Frames to let pass before a screenshot, so that panels and tables have settled their sizes.
const SETTLE_FRAMES: u64 = 6;

/// How to open the window.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// The tab to open on.
    pub tab: Option<Tab>,
    /// The id of an article, programme or figure to select (this also picks its tab).
    pub select: Option<String>,
    /// A search to run, opening its first match.
    pub search: Option<String>,
    /// The window's inner size.
    pub size: Option<WindowSize>,
    /// Save a PNG of the laid-out window here, then close.
    pub screenshot: Option<PathBuf>,
    /// Where the imported articles are kept (default: the platform's data folder).
    pub data_dir: Option<PathBuf>,
    /// Close once the first frame is drawn (startup benchmark).
    pub quit_after_first_frame: bool,
}

/// Why the window could not do what it was asked.
#[derive(Debug, thiserror::Error)]
pub enum WindowError {
    /// No window could be opened (no display, no graphics driver…).
    #[error("could not open a window: {0}")]
    Open(String),
    /// The screenshot could not be saved.
    #[error("could not save the screenshot to {path}: {reason}")]
    Screenshot {
        /// Where it was to go.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// The window closed before the screenshot was taken.
    #[error("the window closed before the screenshot was taken")]
    NoScreenshot,
}

/// Parama's icon, decoded for the window.
fn icon() -> Result<egui::IconData, image::ImageError> {
    eframe::icon_data::from_png_bytes(ICON_PNG)
}

/// Opens the window and runs until it is closed.
pub fn run(launch: Launch) -> Result<(), WindowError> {
    let size = launch.size.unwrap_or(DEFAULT_SIZE);
    // A screenshot (or a benchmark run) shows the app as asked, not as last left, and leaves the
    // remembered state alone.
    let remember = launch.screenshot.is_none() && !launch.quit_after_first_frame;
    let quit_after_first_frame = launch.quit_after_first_frame;
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Parama")
        .with_app_id("parama")
        .with_inner_size([size.width, size.height])
        .with_min_inner_size(MIN_SIZE);
    // The icon is embedded and a test decodes it; if it somehow failed, the window would still
    // open, with the system's default icon.
    if let Ok(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        persist_window: remember && launch.size.is_none(),
        // eframe takes a file here; it goes beside the library in the data folder.
        persistence_path: launch.data_dir.as_ref().map(|d| d.join("window.ron")),
        ..Default::default()
    };

    let outcome: Arc<Mutex<Option<Result<(), WindowError>>>> = Arc::default();
    let screenshot = launch
        .screenshot
        .map(|path| Screenshot::new(path, Arc::clone(&outcome)));
    let wants_screenshot = screenshot.is_some();
    let mut app = ParamaApp::with_library(launch.data_dir.as_deref());
    let start = move |app: &mut ParamaApp, storage: Option<&dyn eframe::Storage>| {
        if let Some(text) = storage.filter(|_| remember).and_then(|s| s.get_string(eframe::APP_KEY)) {
            app.restore(Remembered::from_ron(&text));
        }
        // What the command line asks for wins over what was remembered.
        if let Some(id) = &launch.select {
            app.select(id);
        }
        if let Some(tab) = launch.tab {
            app.open_tab(tab);
        }
        if let Some(query) = &launch.search {
            app.search_mut().search_and_open(query);
        }
    };

    eframe::run_native(
        "Parama",
        options,
        Box::new(move |cc| {
            start(&mut app, cc.storage);
            Ok(Box::new(Window {
                app,
                screenshot,
                remember,
                quit_after_first_frame,
            }))
        }),
    )
    .map_err(|e| WindowError::Open(e.to_string()))?;

    match outcome.lock().take() {
        Some(result) => result,
        None if wants_screenshot => Err(WindowError::NoScreenshot),
        None => Ok(()),
    }
}

/// The app as eframe runs it.
struct Window {
    app: ParamaApp,
    screenshot: Option<Screenshot>,
    /// Whether to save the app's state for next time.
    remember: bool,
    /// Close after this frame (startup benchmark).
    quit_after_first_frame: bool,
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.ui(ui);
        if let Some(screenshot) = &mut self.screenshot {
            screenshot.step(ui.ctx());
        }
        if self.quit_after_first_frame {
            ui.ctx().send_viewport_cmd(ViewportCommand::Close);
        }
    }

    /// egui's memory (column widths among it) is kept only from ordinary runs, not from a
    /// screenshot or a benchmark run.
    fn persist_egui_memory(&self) -> bool {
        self.remember
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.remember {
            eframe::set_value(storage, eframe::APP_KEY, &self.app.remembered());
        }
    }
}

/// A screenshot to take once the window has settled.
struct Screenshot {
    path: PathBuf,
    frames: u64,
    requested: bool,
    images: (mpsc::Sender<Arc<ColorImage>>, mpsc::Receiver<Arc<ColorImage>>),
    outcome: Arc<Mutex<Option<Result<(), WindowError>>>>,
}

impl Screenshot {
    fn new(path: PathBuf, outcome: Arc<Mutex<Option<Result<(), WindowError>>>>) -> Self {
        Self {
            path,
            frames: 0,
            requested: false,
            images: mpsc::channel(),
            outcome,
        }
    }

    /// Called once a frame: waits, asks for the picture, then saves it and closes the window.
    fn step(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        if let Ok(image) = self.images.1.try_recv() {
            let result = save_png(&self.path, &image).map_err(|reason| WindowError::Screenshot {
                path: self.path.clone(),
                reason,
            });
            *self.outcome.lock() = Some(result);
            ctx.send_viewport_cmd(ViewportCommand::Close);
        } else if !self.requested && self.frames >= SETTLE_FRAMES {
            let sender = self.images.0.clone();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                // The receiver lives as long as the window; if it is gone there is nobody to tell.
                let _ = sender.send(image);
                repaint.request_repaint();
            });
            self.requested = true;
        } else {
            ctx.request_repaint();
        }
    }
}

/// Writes `image` to `path` as a PNG.
pub fn save_png(path: &Path, image: &ColorImage) -> Result<(), String> {
    std::fs::write(path, png_bytes(image)?).map_err(|e| e.to_string())
}

/// `image` encoded as a PNG.
pub fn png_bytes(image: &ColorImage) -> Result<Vec<u8>, String> {
    let [width, height] = image.size;
    let (width, height) = (
        u32::try_from(width).map_err(|e| e.to_string())?,
        u32::try_from(height).map_err(|e| e.to_string())?,
    );
    let pixels: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
    let buffer =
        image::RgbaImage::from_raw(width, height, pixels).ok_or("the picture has the wrong number of pixels")?;
    let mut png = std::io::Cursor::new(Vec::new());
    buffer
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    Ok(png.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_icon_decodes_to_an_opaque_square_picture() {
        let icon = icon().unwrap();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        // The centre of the icon is the highlighted passage on the page: opaque.
        let centre = ((128 * 256 + 128) * 4) as usize;
        assert_eq!(icon.rgba[centre + 3], 255, "the centre is opaque");
        // The corner is outside the rounded square: transparent.
        assert_eq!(icon.rgba[3], 0, "the corner is transparent");
    }
}
