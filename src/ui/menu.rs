//! The menu bar (File, View, Help) and the windows it opens: keyboard shortcuts and About.

use egui::{Key, KeyboardShortcut, Modifiers, ThemePreference, Ui, ViewportCommand, gui_zoom};

use super::{Action, Tab};
use crate::model::{Catalogue, Corpus};

/// Which of the menu's windows are open.
#[derive(Debug, Default)]
pub struct Menu {
    shortcuts: bool,
    about: bool,
}

/// What the menu asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Something a tab could also ask for (import, export).
    Action(Action),
    /// Show this tab.
    Tab(Tab),
}

const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);

impl Menu {
    /// The menu bar; returns what the user chose.
    pub fn bar_ui(&mut self, ui: &mut Ui) -> Option<Choice> {
        let mut choice = None;
        let shortcut = |s: &KeyboardShortcut| ui.ctx().format_shortcut(s);
        let export = shortcut(&EXPORT);
        let zoom = [
            ("Zoom in", shortcut(&gui_zoom::kb_shortcuts::ZOOM_IN)),
            ("Zoom out", shortcut(&gui_zoom::kb_shortcuts::ZOOM_OUT)),
            ("Actual size", shortcut(&gui_zoom::kb_shortcuts::ZOOM_RESET)),
        ];
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Import files…").clicked() {
                    choice = Some(Choice::Action(Action::Import { folder: false }));
                }
                if ui.button("Import a folder…").clicked() {
                    choice = Some(Choice::Action(Action::Import { folder: true }));
                }
                if ui
                    .add(egui::Button::new("Export CSV…").shortcut_text(&export))
                    .clicked()
                {
                    choice = Some(Choice::Action(Action::Export));
                }
                ui.separator();
                if ui.button("Quit").clicked() {
                    ui.ctx().send_viewport_cmd(ViewportCommand::Close);
                }
            });
            ui.menu_button("View", |ui| {
                for tab in Tab::ALL {
                    if ui.button(format!("{} tab", tab.label())).clicked() {
                        choice = Some(Choice::Tab(tab));
                    }
                }
                ui.separator();
                let mut theme = ui.ctx().options(|o| o.theme_preference);
                ui.label("Theme");
                for (value, label) in [
                    (ThemePreference::System, "Follow the system"),
                    (ThemePreference::Light, "Light"),
                    (ThemePreference::Dark, "Dark"),
                ] {
                    if ui.radio_value(&mut theme, value, label).clicked() {
                        ui.ctx().set_theme(theme);
                    }
                }
                ui.separator();
                for (i, (label, keys)) in zoom.iter().enumerate() {
                    if ui.add(egui::Button::new(*label).shortcut_text(keys)).clicked() {
                        match i {
                            0 => gui_zoom::zoom_in(ui.ctx()),
                            1 => gui_zoom::zoom_out(ui.ctx()),
                            _ => ui.ctx().set_zoom_factor(1.0),
                        }
                    }
                }
            });
            ui.menu_button("Help", |ui| {
                if ui.button("Keyboard shortcuts").clicked() {
                    self.shortcuts = true;
                }
                if ui.button("About Parama").clicked() {
                    self.about = true;
                }
            });
        });
        choice
    }

    /// The keyboard-shortcuts and About windows, when open.
    pub fn windows_ui(&mut self, ui: &Ui, corpus: &Corpus, catalogue: &Catalogue) {
        let ctx = ui.ctx().clone();
        // Open in the middle of the window, clear of the menu bar.
        let middle = ctx.content_rect().center();
        let command = |key| ctx.format_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key));
        egui::Window::new("Keyboard shortcuts")
            .open(&mut self.shortcuts)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(middle)
            .resizable(false)
            .collapsible(false)
            .show(&ctx, |ui| {
                egui::Grid::new("shortcuts")
                    .num_columns(2)
                    .spacing([24.0, 6.0])
                    .show(ui, |ui| {
                        let rows = [
                            (command(Key::F), "Search everything"),
                            ("Enter / Shift+Enter, F3 / Shift+F3".to_owned(), "Next / previous match"),
                            (
                                "Escape".to_owned(),
                                "Clear the search (in the box); clear the selection (in a table)",
                            ),
                            (command(Key::E), "Export the table as CSV"),
                            (command(Key::A), "Select every row shown"),
                            ("Ctrl/Cmd+click, Shift+click".to_owned(), "Add a row; select a range"),
                            ("Up / Down, Home / End".to_owned(), "Move through the articles"),
                            (
                                format!(
                                    "{} / {} / {}",
                                    command(Key::Plus),
                                    command(Key::Minus),
                                    command(Key::Num0)
                                ),
                                "Zoom in / out / actual size",
                            ),
                        ];
                        for (keys, what) in rows {
                            ui.strong(keys);
                            ui.label(what);
                            ui.end_row();
                        }
                    });
            });
        egui::Window::new("About Parama")
            .open(&mut self.about)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(middle).resizable(false).collapsible(false).show(&ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(format!("Parama {}", env!("CARGO_PKG_VERSION")));
            ui.label("A desktop reference on Lithuania's military assistance to Ukraine: every programme and figure one click away from the sentence that states it.");
            ui.add_space(6.0);
            let imported = corpus.articles().iter().filter(|a| a.imported).count();
            ui.label(format!(
                "{} articles ({} built in, {imported} imported) · {} programmes · {} figures.",
                corpus.len(),
                corpus.len() - imported,
                catalogue.programmes().len(),
                catalogue.figures().len()
            ));
            ui.add_space(6.0);
            ui.strong("Sources of the built-in articles");
            for article in corpus.articles().iter().filter(|a| !a.imported) {
                ui.hyperlink_to(format!("{} — {}", article.publisher_short, article.title), &article.url);
            }
            ui.add_space(6.0);
            ui.label("Code licensed under MIT or Apache-2.0. The articles remain the work of their publishers, quoted unchanged as sources.");
        });
    }
}
