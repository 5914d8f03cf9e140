//! The native window: opens eframe on a [`ParamaApp`] and, for `--screenshot`, saves a
//! picture of the window once it is laid out and closes it.

use std::{
    fmt,
    path::{Path, PathBuf},
    str::FromStr,
    sync::Arc,
};

use egui::{ColorImage, ViewportCommand, mutex::Mutex};

use eframe::egui_wgpu::WgpuSetup;

use super::{
    ParamaApp, Tab,
    app::Remembered,
    export::{capture, save_png},
    renderer::{self, Backend, COULD_NOT_OPEN, RENDERER_VARIABLE},
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

    /// Stop with an internal error once the first frame is drawn: how CI checks, on each system,
    /// that a crash leaves a report in the data folder and that the next start tells of it.
    #[arg(long, hide = true)]
    pub panic_after_first_frame: bool,
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

/// How a message that a window could not be opened begins (a new try reads it).
const OPEN_FAILED: &str = "could not open a window:";
/// Set for a further try that Parama starts itself.
const ANOTHER_TRY: &str = "PARAMA_ANOTHER_TRY";

/// Why the window could not do what it was asked.
#[derive(Debug, thiserror::Error)]
pub enum WindowError {
    /// No window could be opened (no display, no graphics driver…).
    #[error("{OPEN_FAILED} {0}")]
    Open(String),
    /// No way of drawing worked: each backend tried, and why it failed.
    #[error(
        "could not open a window with any way of drawing this system offers. Tried: {}. Updating the graphics driver may help; {RENDERER_VARIABLE} or WGPU_BACKEND choose one",
        .0.iter().map(|(b, why)| format!("{b} ({why})")).collect::<Vec<_>>().join("; ")
    )]
    NothingDraws(Vec<(Backend, String)>),
    /// A new try of Parama ran the window and ended with this exit code (it has said why).
    #[error("Parama ended with exit code {0}")]
    Ended(u8),
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
/// until it is closed, trying one way of drawing after another until one works (see
/// [`renderer`](super::renderer)).
pub fn run(launch: Launch, folder: &Path) -> Result<(), WindowError> {
    // wgpu's own variable decides alone.
    if std::env::var_os("WGPU_BACKEND").is_some() {
        return open(launch, folder, None);
    }
    let named = std::env::var(RENDERER_VARIABLE).ok();
    let plan = renderer::plan(named.as_deref(), renderer::remembered(folder));
    // A further try of a Parama started by the user tries its one backend and reports back.
    if std::env::var_os(ANOTHER_TRY).is_some() {
        return open(launch, folder, plan.first().copied());
    }
    let mut tried = Vec::new();
    let mut rest = plan.into_iter();
    // The first here; a window can be opened once per process, so the others in a new one each.
    if let Some(first) = rest.next() {
        match open(launch, folder, Some(first)) {
            Err(WindowError::Open(reason)) => tried.push((first, reason)),
            other => return other,
        }
    }
    for backend in rest {
        match again_with(backend) {
            Ok(Again::CouldNotOpen(reason)) => tried.push((backend, reason)),
            Ok(Again::Ended(code)) => {
                return if code == 0 {
                    Ok(())
                } else {
                    Err(WindowError::Ended(code))
                };
            }
            Err(error) => tried.push((backend, format!("Parama could not be started again: {error}"))),
        }
    }
    Err(WindowError::NothingDraws(tried))
}

/// How a try in a new process of Parama ended.
enum Again {
    /// It could not open its window, for this reason.
    CouldNotOpen(String),
    /// It ran (or failed otherwise) and ended with this exit code.
    Ended(u8),
}

/// Runs Parama again, as it was started, drawing with `backend` alone.
fn again_with(backend: Backend) -> std::io::Result<Again> {
    let output = std::process::Command::new(std::env::current_exe()?)
        .args(std::env::args_os().skip(1))
        .env(RENDERER_VARIABLE, backend.name())
        .env(ANOTHER_TRY, "1")
        .stdin(std::process::Stdio::inherit())
        .stdout(std::process::Stdio::inherit())
        .stderr(std::process::Stdio::piped())
        .output()?;
    let said = String::from_utf8_lossy(&output.stderr);
    let code = output.status.code().and_then(|c| u8::try_from(c).ok()).unwrap_or(1);
    if code == COULD_NOT_OPEN {
        let reason = said
            .lines()
            .rev()
            .find_map(|l| l.split_once(OPEN_FAILED).map(|(_, r)| r.trim().to_owned()));
        return Ok(Again::CouldNotOpen(reason.unwrap_or_else(|| said.trim().to_owned())));
    }
    // What it said is for the user, as if it had said it itself.
    eprint!("{said}");
    Ok(Again::Ended(code))
}

/// Opens the window, drawing with `backend` (or as wgpu's variables say, for `None`), and runs
/// until it is closed.
fn open(launch: Launch, folder: &Path, backend: Option<Backend>) -> Result<(), WindowError> {
    let size = launch.size.unwrap_or(DEFAULT_SIZE);
    // A screenshot (or a benchmark run) shows the app as asked, not as last left, and leaves the
    // remembered state alone.
    let remember = launch.screenshot.is_none() && !launch.quit_after_first_frame;
    let quit_after_first_frame = launch.quit_after_first_frame;
    let panic_after_first_frame = launch.panic_after_first_frame;
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
    let mut options = eframe::NativeOptions {
        viewport,
        persist_window: remember && launch.size.is_none(),
        // The window's state (size, theme, column widths, what was open) goes beside the library.
        persistence_path: Some(folder.join("window.ron")),
        ..Default::default()
    };
    if let (Some(backend), WgpuSetup::CreateNew(setup)) = (backend, &mut options.wgpu_options.wgpu_setup) {
        setup.instance_descriptor.backends = backend.wgpu();
    }
    // Once the window has drawn, the backend is known to work here.
    let works = backend.map(|b| (folder.to_owned(), b));

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
                panic_after_first_frame,
                works,
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
    /// Panic after this frame (the crash-report check).
    panic_after_first_frame: bool,
    /// The backend drawing the window and the data folder, until it is noted there that it works.
    works: Option<(PathBuf, Backend)>,
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.ui(ui);
        if let Some((folder, backend)) = self.works.take() {
            renderer::remember(&folder, backend);
        }
        if let Some(screenshot) = &mut self.screenshot {
            screenshot.step(ui.ctx());
        }
        if self.quit_after_first_frame {
            ui.ctx().send_viewport_cmd(ViewportCommand::Close);
        }
        #[allow(clippy::panic)] // asked for on the command line, to check the crash report
        if self.panic_after_first_frame {
            panic!("a panic on purpose (--panic-after-first-frame)");
        }
    }

    /// What shows where nothing is drawn (while the window is resized, say): the theme's own
    /// background, not eframe's near-black.
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
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
