//! Image snapshots: the glyphs Parama must draw, and an imported Ukrainian article in the
//! real reader, rendered through wgpu (Mesa's lavapipe on a machine without a GPU).
//!
//! `cargo test --features snapshots --test snapshots`; after an intended change, update the
//! pictures with `UPDATE_SNAPSHOTS=1` and look at them before committing. The tolerance is in
//! `kittest.toml`.

#![cfg(feature = "snapshots")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{FontFamily, FontId, RichText};
use egui_kittest::Harness;
use parama::{model::library::Library, ui::ParamaApp};

#[test]
fn glyphs() {
    let corpus = common::corpus_characters();
    let mut harness = Harness::builder()
        .with_size([760.0, 330.0])
        .with_render_cursor(false)
        .build_ui(move |ui| {
            ui.set_visuals(egui::Visuals::light());
            ui.painter()
                .rect_filled(ui.max_rect().expand(8.0), 0.0, ui.visuals().panel_fill);
            ui.heading("Every character of the corpus, and the alphabets Parama must draw");
            ui.add_space(6.0);
            egui::Grid::new("specimen")
                .num_columns(2)
                .spacing([16.0, 8.0])
                .show(ui, |ui| {
                    ui.strong("Corpus");
                    ui.label(&corpus);
                    ui.end_row();
                    for (name, text) in common::SPECIMEN {
                        ui.strong(*name);
                        ui.label(*text);
                        ui.end_row();
                    }
                    ui.strong("Monospace");
                    ui.label(RichText::new("Šimonytė “64 %” – Київ ґ").font(FontId::new(14.0, FontFamily::Monospace)));
                    ui.end_row();
                });
        });
    harness.run();
    harness.fit_contents();
    harness.snapshot("glyphs");
}

/// The app in the light theme (pictures compare better on light), settled.
fn light_window(app: ParamaApp, size: [f32; 2]) -> Harness<'static, ParamaApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_render_cursor(false)
        .build_ui_state(
            |ui, app: &mut ParamaApp| {
                ui.set_visuals(egui::Visuals::light());
                ui.painter()
                    .rect_filled(ui.max_rect().expand(8.0), 0.0, ui.visuals().panel_fill);
                app.ui(ui);
            },
            app,
        );
    harness.run();
    harness
}

#[test]
fn ukrainian_article_in_the_reader() {
    let data = tempfile::tempdir().unwrap();
    let (mut library, error) = Library::open(data.path());
    assert!(error.is_none());
    let id = library
        .add("ukrainian.html", common::UKRAINIAN_HTML.as_bytes())
        .unwrap();
    library.save().unwrap();

    let mut app = ParamaApp::with_library(Some(data.path()));
    assert!(app.select(&id));
    let mut harness = light_window(app, [1024.0, 560.0]);
    harness.snapshot("ukrainian_article");
}

#[test]
fn overview_in_the_light_theme() {
    let mut harness = light_window(ParamaApp::embedded(), [1024.0, 700.0]);
    harness.snapshot("overview_light");
}

#[test]
fn a_chart_saves_as_a_png_of_just_that_chart() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("timeline.png");
    let suggested = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut app = ParamaApp::embedded();
    app.set_save_dialog(Box::new(common::ScriptedDialog {
        answers: vec![Some(target.clone())],
        suggested: std::sync::Arc::clone(&suggested),
    }));
    let mut harness = Harness::builder()
        .with_size([1024.0, 700.0])
        .with_render_cursor(false)
        .build_ui_state(|ui, app: &mut ParamaApp| app.ui(ui), app);
    harness.run();
    let timeline = harness.get_by_label("Timeline of the articles by date").rect();
    // The first PNG… button is the timeline's.
    use egui_kittest::kittest::Queryable as _;
    harness
        .get_all_by_role_and_label(egui::Role::Button, "PNG…")
        .next()
        .unwrap()
        .click();
    // The picture is taken with a later frame; then the save dialog is asked and the file written.
    for _ in 0..20 {
        harness.step();
        if harness.state().is_exporting() {
            break;
        }
    }
    common::finish_export(&mut harness);
    let name = suggested.lock().unwrap()[0].clone();
    assert!(name.starts_with("parama-timeline-") && name.ends_with(".png"), "{name}");
    let picture = image::open(&target).unwrap().to_rgba8();
    // The chart with its axis, not the window.
    assert!(
        picture.width() < 1024 && picture.height() < 700,
        "{:?}",
        picture.dimensions()
    );
    assert!(
        picture.width() as f32 >= timeline.width().floor() - 1.0,
        "{:?} for {timeline:?}",
        picture.dimensions()
    );
    let colours: std::collections::BTreeSet<[u8; 4]> = picture.pixels().map(|p| p.0).collect();
    assert!(
        colours.len() > 20,
        "a picture of a chart, not a blank: {} colours",
        colours.len()
    );
}
