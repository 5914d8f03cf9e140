//! The keyboard shortcuts, defined once: what the app listens for, what menus and tooltips show,
//! and what the Keyboard shortcuts window lists.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Export the current table.
pub const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
/// Put the cursor in the search box.
pub const SEARCH: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
/// The next search match.
pub const NEXT_MATCH: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F3);
/// The previous search match.
pub const PREVIOUS_MATCH: KeyboardShortcut = KeyboardShortcut::new(Modifiers::SHIFT, Key::F3);
/// Select every row a table shows.
pub const SELECT_ALL: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::A);
/// Select no row.
pub const SELECT_NONE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::Escape);

/// Whether `shortcut` was pressed this frame (and takes the key press, so nothing else acts on
/// it).
pub fn pressed(ui: &egui::Ui, shortcut: &KeyboardShortcut) -> bool {
    ui.input_mut(|i| i.consume_shortcut(shortcut))
}

/// How `shortcut` is written on this system ("Ctrl+E", "⌘E").
pub fn text(ui: &egui::Ui, shortcut: &KeyboardShortcut) -> String {
    ui.ctx().format_shortcut(shortcut)
}
