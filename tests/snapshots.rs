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

#[test]
fn ukrainian_article_in_the_reader() {
    let data = tempfile::tempdir().unwrap();
    let (mut library, error) = Library::open(data.path());
    assert!(error.is_none());
    let id = library
        .add("ukrainian.html", common::UKRAINIAN_HTML.as_bytes(), None)
        .unwrap();
    library.save().unwrap();

    let mut app = ParamaApp::with_library(Some(data.path()));
    assert!(app.select(&id));
    let mut harness = Harness::builder()
        .with_size([1024.0, 560.0])
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
    harness.snapshot("ukrainian_article");
}
