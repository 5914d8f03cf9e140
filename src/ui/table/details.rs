//! The layout of the Programmes and Figures tabs: a table beside a panel with the details of its
//! current row, and, for a row found automatically, the buttons to review, hide or correct it.

use egui::{Panel, RichText, ScrollArea, Ui};

use super::TableView;
use crate::{
    model::{Catalogue, Corpus, Origin, library::Review, table::Row},
    ui::{Action, Actions},
};

/// A table of the `R` rows of `catalogue` beside a panel with the details of its current row:
/// the layout of the Programmes and Figures tabs.
pub fn table_with_details<R: Row>(
    ui: &mut Ui,
    table: &mut TableView,
    (catalogue, corpus): (&Catalogue, &Corpus),
    (noun, placeholder): (&str, &str),
    actions: &mut Actions,
    details: impl FnOnce(&mut Ui, &R, &mut Actions),
) {
    let current = table.current_row(R::of(catalogue));
    match current {
        // The details of the current row, in a panel as wide as the user last made it.
        Some(row) => {
            Panel::right((table.id, "details"))
                .resizable(true)
                .default_size(400.0)
                .min_size(260.0)
                .max_size(ui.available_width() * 0.65)
                .show(ui, |ui| {
                    ScrollArea::vertical()
                        .id_salt((table.id, "details_scroll"))
                        .auto_shrink(false)
                        .show(ui, |ui| {
                            review_ui(ui, row, actions);
                            details(ui, row, actions);
                        });
                });
        }
        // With nothing selected, a narrow panel that only says what it will show: the table
        // gets the width.
        None => {
            Panel::right((table.id, "details_empty"))
                .resizable(false)
                .exact_size(200.0)
                .show(ui, |ui| {
                    ui.add_space(40.0);
                    ui.vertical_centered(|ui| ui.weak(placeholder));
                });
        }
    }
    egui::CentralPanel::default().show(ui, |ui| table.ui::<R>(ui, catalogue, corpus, noun, actions));
}

/// For a row found automatically: says so, and offers to mark it reviewed, hide or correct it.
fn review_ui<R: Row>(ui: &mut Ui, row: &R, actions: &mut Actions) {
    let review = |review| Action::Review {
        id: row.id().to_owned(),
        review,
    };
    match row.origin() {
        Origin::Curated => {}
        Origin::Reviewed => {
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                ui.weak("Found automatically; reviewed by you.");
                correct_button(ui, row, actions);
                if ui
                    .button("Back to as found")
                    .on_hover_text("Forget your corrections and review of it: show it as it was found")
                    .clicked()
                {
                    actions.push(Action::Revert(R::KIND, row.id().to_owned()));
                }
            });
        }
        Origin::Auto => {
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new("Found automatically, not reviewed.")
                        .italics()
                        .color(ui.visuals().warn_fg_color),
                );
                if ui
                    .button("Mark reviewed")
                    .on_hover_text("You checked it against its source")
                    .clicked()
                {
                    actions.push(review(Review::Reviewed));
                }
                if ui
                    .button("Hide")
                    .on_hover_text("Leave it out of the tables and exports")
                    .clicked()
                {
                    actions.push(review(Review::Hidden));
                }
                correct_button(ui, row, actions);
            });
        }
    }
}

/// "Correct…": opens the corrector on the row.
fn correct_button<R: Row>(ui: &mut Ui, row: &R, actions: &mut Actions) {
    if ui
        .button("Correct…")
        .on_hover_text("Change what was found wrongly: value, period, stage, label, programme; merge or split")
        .clicked()
    {
        actions.push(Action::OpenCorrect(R::KIND, row.id().to_owned()));
    }
}
