//! Editing an imported article's details (title, publisher, date and how it is known,
//! address), and removing it from the library, in a small modal window.

use egui::{Id, Modal, RichText, Ui};

use super::{Action, Actions, labelled_field};
use crate::model::library::{Edit, Stored};

/// The open editor, if any.
#[derive(Debug, Default)]
pub struct Editor {
    open: Option<(String, Edit)>,
    confirm_remove: bool,
    /// Why the last save was refused, shown in the editor.
    error: Option<String>,
}

impl Editor {
    /// Opens the editor on `stored`.
    pub fn open(&mut self, stored: &Stored) {
        self.open = Some((stored.id.clone(), Edit::of(stored)));
        self.confirm_remove = false;
        self.error = None;
    }

    /// Closes the editor; says whether it was open.
    pub fn close(&mut self) -> bool {
        self.open.take().is_some()
    }

    /// Says in the editor why what the user asked could not be done; it stays open.
    pub fn refuse(&mut self, reason: String) {
        self.error = Some(reason);
    }

    /// Shows the editor if it is open, and queues what the user decided.
    pub fn ui(&mut self, ui: &Ui, actions: &mut Actions) {
        let Some((id, edit)) = self.open.as_mut() else { return };
        let mut cancel = false;
        Modal::new(Id::unique("parama_edit_article")).show(ui.ctx(), |ui| {
            ui.set_width(520.0);
            ui.heading("Article details");
            let field = |ui: &mut Ui, label: &str, value: &mut String, hint: &str| {
                labelled_field(ui, label, value, hint, 500.0);
            };
            field(ui, "Title", &mut edit.title, "");
            field(ui, "Publisher", &mut edit.publisher, "");
            field(
                ui,
                "Date",
                &mut edit.date,
                "YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown",
            );
            let mut printed = edit.printed_as.is_some();
            ui.horizontal(|ui| {
                ui.radio_value(&mut printed, true, "Printed in the article");
                ui.radio_value(&mut printed, false, "Worked out (inferred)");
            });
            match (printed, &mut edit.printed_as) {
                (true, None) => edit.printed_as = Some(String::new()),
                (false, Some(_)) => edit.printed_as = None,
                _ => {}
            }
            match edit.printed_as.as_mut() {
                Some(as_printed) => field(
                    ui,
                    "The date as printed",
                    as_printed,
                    "exactly as in the text, e.g. May 9, 2024",
                ),
                None => field(
                    ui,
                    "Why this date",
                    &mut edit.reason,
                    "e.g. the date on the publisher's page",
                ),
            }
            field(ui, "Address of the published copy", &mut edit.url, "https://…");
            if let Some(error) = &self.error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    actions.push(Action::SaveArticle(id.clone(), edit.clone()));
                }
                if ui.button("Cancel").clicked() {
                    cancel = true;
                }
                ui.separator();
                if self.confirm_remove {
                    ui.label("Remove it from your library?");
                    if ui.button("Yes, remove").clicked() {
                        actions.push(Action::RemoveArticle(id.clone()));
                    }
                } else if ui.button("Remove from library…").clicked() {
                    self.confirm_remove = true;
                }
            });
        });
        if cancel {
            self.close();
        }
    }
}
