//! The menu bar (File, Edit, View, Help) and the windows it opens: keyboard shortcuts and About.

use egui::{KeyboardShortcut, ThemePreference, Ui, ViewportCommand, gui_zoom};

use super::{Action, Actions, Tab, shortcuts};
use crate::model::{Catalogue, Corpus, plural};

/// Which of the menu's commands can be done now.
#[derive(Debug, Clone, Copy, Default)]
pub struct Can {
    /// Copy rows: the tab has rows selected.
    pub copy: bool,
    /// Back: there is a place behind.
    pub go_back: bool,
    /// Forward: there is a place ahead.
    pub go_forward: bool,
}

/// Which of the menu's windows are open.
#[derive(Debug, Default)]
pub struct Menu {
    shortcuts: bool,
    about: bool,
}

impl Menu {
    /// The menu bar; `can` says which of its commands can be done now.
    pub fn bar_ui(&mut self, ui: &mut Ui, can: Can, actions: &mut Actions) {
        let shortcut = |s: &KeyboardShortcut| shortcuts::text(ui, s);
        let export = shortcut(&shortcuts::EXPORT);
        let copy = shortcut(&shortcuts::COPY);
        let (import, quit) = (shortcut(&shortcuts::IMPORT), shortcut(&shortcuts::QUIT));
        let (back, forward) = if cfg!(target_os = "macos") {
            (shortcut(&shortcuts::BACK_MAC), shortcut(&shortcuts::FORWARD_MAC))
        } else {
            (shortcut(&shortcuts::BACK), shortcut(&shortcuts::FORWARD))
        };
        let zoom = [
            ("Zoom in", shortcut(&gui_zoom::kb_shortcuts::ZOOM_IN)),
            ("Zoom out", shortcut(&gui_zoom::kb_shortcuts::ZOOM_OUT)),
            ("Actual size", shortcut(&gui_zoom::kb_shortcuts::ZOOM_RESET)),
        ];
        egui::MenuBar::new().ui(ui, |ui| {
            let bar = ui.unique_id();
            ui.ctx().accesskit_node_builder(bar, |node| node.set_label("Menu bar"));
            ui.menu_button("File", |ui| {
                if ui
                    .add(egui::Button::new("Import files…").shortcut_text(&import))
                    .clicked()
                {
                    actions.push(Action::ChooseImport { folder: false });
                }
                if ui.button("Import a folder…").clicked() {
                    actions.push(Action::ChooseImport { folder: true });
                }
                if ui
                    .add(egui::Button::new("Export table…").shortcut_text(&export))
                    .clicked()
                {
                    actions.push(Action::ExportTable);
                }
                ui.separator();
                if ui.add(egui::Button::new("Quit").shortcut_text(&quit)).clicked() {
                    ui.ctx().send_viewport_cmd(ViewportCommand::Close);
                }
            });
            ui.menu_button("Edit", |ui| {
                let button = egui::Button::new("Copy rows").shortcut_text(&copy);
                if ui
                    .add_enabled(can.copy, button)
                    .on_hover_text("The selected rows of the table, with their sources, as a table to paste")
                    .on_disabled_hover_text("Select rows in the Programmes or Figures table to copy them")
                    .clicked()
                {
                    actions.push(Action::CopyRows);
                }
            });
            ui.menu_button("View", |ui| {
                let go_back = egui::Button::new("Back").shortcut_text(&back);
                if ui
                    .add_enabled(can.go_back, go_back)
                    .on_hover_text("To where you were before the last jump (also the mouse's back button)")
                    .clicked()
                {
                    actions.push(Action::Back);
                }
                let go_forward = egui::Button::new("Forward").shortcut_text(&forward);
                if ui.add_enabled(can.go_forward, go_forward).clicked() {
                    actions.push(Action::Forward);
                }
                ui.separator();
                for tab in Tab::ALL {
                    if ui.button(format!("{} tab", tab.label())).clicked() {
                        actions.push(Action::Tab(tab));
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
    }

    /// Closes the window the menu opened, if one is open (About, then Keyboard shortcuts, both
    /// being open); says whether it closed one.
    pub fn close_window(&mut self) -> bool {
        if std::mem::take(&mut self.about) {
            return true;
        }
        std::mem::take(&mut self.shortcuts)
    }

    /// The keyboard-shortcuts and About windows, when open.
    pub fn windows_ui(&mut self, ui: &Ui, corpus: &Corpus, catalogue: &Catalogue) {
        let ctx = ui.ctx().clone();
        // Open in the middle of the window, clear of the menu bar.
        let middle = ctx.content_rect().center();
        let keys = |shortcut: &KeyboardShortcut| ctx.format_shortcut(shortcut);
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
                            (keys(&shortcuts::IMPORT), "Import files"),
                            (keys(&shortcuts::QUIT), "Quit"),
                            (
                                format!("{} / {}", keys(&shortcuts::BACK), keys(&shortcuts::FORWARD)),
                                "Back / forward after Open in article, a click in the Overview or a search result",
                            ),
                            (keys(&shortcuts::SEARCH), "Search everything"),
                            (
                                format!(
                                    "Enter / Shift+Enter, {} / {}",
                                    keys(&shortcuts::NEXT_MATCH),
                                    keys(&shortcuts::PREVIOUS_MATCH)
                                ),
                                "Next / previous match",
                            ),
                            (
                                keys(&shortcuts::SELECT_NONE),
                                "Clear the search (in the box); clear the selection (in a table)",
                            ),
                            (keys(&shortcuts::EXPORT), "Export the table (Excel workbook or CSV)"),
                            (keys(&shortcuts::SELECT_ALL), "Select every row shown"),
                            (
                                keys(&shortcuts::COPY),
                                "Copy the selected rows as a table, with their sources; in the reader, the selected text",
                            ),
                            (
                                keys(&shortcuts::COPY_WITH_CITATION),
                                "Copy the text selected in the reader, with its citation",
                            ),
                            ("Ctrl/Cmd+click, Shift+click".to_owned(), "Add a row; select a range"),
                            ("Up / Down, Home / End".to_owned(), "Move through the articles"),
                            (
                                format!(
                                    "{} / {} / {}",
                                    keys(&gui_zoom::kb_shortcuts::ZOOM_IN),
                                    keys(&gui_zoom::kb_shortcuts::ZOOM_OUT),
                                    keys(&gui_zoom::kb_shortcuts::ZOOM_RESET)
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
                "{} ({} built in, {imported} imported) · {} · {}.",
                plural(corpus.len(), "article"),
                corpus.len() - imported,
                plural(catalogue.programmes().len(), "programme"),
                plural(catalogue.figures().len(), "figure")
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
