//! The keyboard shortcuts, defined once: what the app listens for, what menus and tooltips show,
//! and what the Keyboard shortcuts window lists.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Back to where the user was before the last jump (Alt+Left; ⌘[ on macOS, below).
pub const BACK: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowLeft);
/// Forward again (Alt+Right; ⌘] on macOS).
pub const FORWARD: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowRight);
/// Back, as macOS programs have it.
pub const BACK_MAC: KeyboardShortcut = KeyboardShortcut::new(Modifiers::MAC_CMD, Key::OpenBracket);
/// Forward, as macOS programs have it.
pub const FORWARD_MAC: KeyboardShortcut = KeyboardShortcut::new(Modifiers::MAC_CMD, Key::CloseBracket);
/// Import files.
pub const IMPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Quit.
pub const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
/// Export the current table.
pub const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
/// Copy the selected rows as a table (what egui reports as a copy: Ctrl+C, ⌘C).
pub const COPY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::C);
/// Copy the text selected in the reader, followed by its citation.
pub const COPY_WITH_CITATION: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::C);
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

/// Whether the user asked to copy this frame: the system's copy command (egui's `Copy` event), or
/// the keys pressed where no system translates them (tests).
pub fn copy_pressed(ui: &egui::Ui) -> bool {
    ui.input(|i| {
        i.events.iter().any(|e| match e {
            egui::Event::Copy => true,
            egui::Event::Key {
                key: Key::C,
                pressed: true,
                modifiers,
                ..
            } => modifiers.command_only(),
            _ => false,
        })
    })
}

/// How `shortcut` is written on this system ("Ctrl+E", "⌘E").
pub fn text(ui: &egui::Ui, shortcut: &KeyboardShortcut) -> String {
    ui.ctx().format_shortcut(shortcut)
}
