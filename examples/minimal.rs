//! The smallest eframe window, built with the same eframe features and release profile as
//! Parama: the baseline for Parama's startup time and memory (`benches/startup.sh`).
//!
//! `cargo run --release --example minimal [-- --quit-after-first-frame]`

fn main() -> eframe::Result {
    let quit = std::env::args().any(|a| a == "--quit-after-first-frame");
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Minimal")
            .with_inner_size([1280.0, 800.0]),
        // As Parama does when benchmarked: nothing remembered from an earlier run.
        persist_window: false,
        ..Default::default()
    };
    eframe::run_ui_native("Minimal", options, move |ui, _frame| {
        ui.label("Hello from a minimal eframe window.");
        if quit {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    })
}
