//! The native window: opens eframe on a [`ParamaApp`] and, for `--screenshot`, saves a
//! picture of the window once it is laid out and closes it.

use std::{
    fmt,
    path::{Path, PathBuf},
    str::FromStr,
    sync::Arc,
};

use egui::{ColorImage, ViewportCommand, mutex::Mutex};

use super::{
    ParamaApp, Tab,
    app::Remembered,
    export::{capture, save_png},
    task::{Poll, Task},
};

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

/// How to open the window: the command line's options for it.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Launch {
    /// Open the window, wait until it is laid out, save a PNG of it to PATH and exit.
    #[arg(long, value_name = "PATH")]
    pub screenshot: Option<PathBuf>,

    /// The tab to open on.
    #[arg(long, value_enum, value_name = "NAME")]
    pub tab: Option<Tab>,

    /// Open with the article, programme or figure with this id selected (and its tab shown).
    #[arg(long, value_name = "ID")]
    pub select: Option<String>,

    /// Open with this search, and its first match shown.
    #[arg(long, value_name = "QUERY")]
    pub search: Option<String>,

    /// The window's inner size in points, e.g. 1280x800.
    #[arg(long, value_name = "WxH")]
    pub size: Option<WindowSize>,

    /// Close the window as soon as its first frame is drawn (for the startup benchmark).
    #[arg(long, hide = true)]
    pub quit_after_first_frame: bool,
}

/// A window size given as `WIDTHxHEIGHT`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WindowSize {
    /// Width in points.
    pub width: f32,
    /// Height in points.
    pub height: f32,
}

/// Why a `WxH` size was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("“{0}” is not a size like 1280x800 (each side from 200 to 10000)")]
pub struct BadSize(String);

impl FromStr for WindowSize {
    type Err = BadSize;

    fn from_str(text: &str) -> Result<Self, BadSize> {
        let bad = || BadSize(text.to_owned());
        let (w, h) = text.split_once(['x', 'X']).ok_or_else(bad)?;
        let side = |s: &str| s.trim().parse::<u16>().ok().filter(|v| (200..=10_000).contains(v));
        match (side(w), side(h)) {
            (Some(width), Some(height)) => Ok(Self {
                width: f32::from(width),
                height: f32::from(height),
            }),
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for WindowSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}x{}", self.width, self.height)
    }
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

/// Opens the window on the library in `folder` (where the window's state is kept too) and runs
/// until it is closed.
pub fn run(launch: Launch, folder: &Path) -> Result<(), WindowError> {
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
        // The window's state (size, theme, column widths, what was open) goes beside the library.
        persistence_path: Some(folder.join("window.ron")),
        ..Default::default()
    };

    let outcome: Arc<Mutex<Option<Result<(), WindowError>>>> = Arc::default();
    let screenshot = launch
        .screenshot
        .map(|path| Screenshot::new(path, Arc::clone(&outcome)));
    let wants_screenshot = screenshot.is_some();
    let mut app = ParamaApp::with_library(Some(folder));
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
    picture: Option<Task<Arc<ColorImage>>>,
    /// Whether the picture has been saved (or failed): the window is closing.
    done: bool,
    outcome: Arc<Mutex<Option<Result<(), WindowError>>>>,
}

impl Screenshot {
    fn new(path: PathBuf, outcome: Arc<Mutex<Option<Result<(), WindowError>>>>) -> Self {
        Self {
            path,
            frames: 0,
            picture: None,
            done: false,
            outcome,
        }
    }

    /// Called once a frame: waits, asks for the picture, then saves it and closes the window.
    fn step(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        if self.done {
            // The window may draw once more before it closes.
            return;
        }
        let Some(picture) = &self.picture else {
            if self.frames >= SETTLE_FRAMES {
                self.picture = Some(capture(ctx));
            }
            ctx.request_repaint();
            return;
        };
        let result = match picture.poll() {
            // The picture is taken at the end of a frame: keep drawing until it comes.
            Poll::Pending => {
                ctx.request_repaint();
                return;
            }
            Poll::Ready(image) => save_png(&self.path, &image).map_err(|reason| WindowError::Screenshot {
                path: self.path.clone(),
                reason,
            }),
            Poll::Lost => Err(WindowError::NoScreenshot),
        };
        *self.outcome.lock() = Some(result);
        self.done = true;
        ctx.send_viewport_cmd(ViewportCommand::Close);
    }
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
