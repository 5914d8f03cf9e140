//! The clipboard: rows copied as a table (text and HTML together, so a paste into a spreadsheet,
//! a document or an e-mail gives a table), and the text selected in the reader, which egui tells
//! only once it has settled.
//!
//! egui's own clipboard takes text alone; tables go through `arboard`, which offers HTML beside
//! the text on Windows, macOS and X11. Where it cannot (no clipboard of its own, or a Wayland
//! session, where it would reach only X11 programs), the text goes through egui as before: a
//! paste still gives a table, tab-separated.

use std::{
    fmt,
    sync::{Arc, Mutex},
};

use egui::{Context, FullOutput, OutputCommand, text_selection::LabelSelectionState};

use crate::model::export::Clip;

type Put = dyn Fn(&Context, Clip) + Send + Sync;

/// Puts tables on the clipboard: the system's by default; tests use one that records.
#[derive(Clone)]
pub struct Clipboard(Arc<Put>);

impl Clipboard {
    /// A clipboard that does `put` instead of the system's.
    pub fn new(put: impl Fn(&Context, Clip) + Send + Sync + 'static) -> Self {
        Self(Arc::new(put))
    }

    /// Puts `clip` on the clipboard.
    pub fn put(&self, ctx: &Context, clip: Clip) {
        (self.0)(ctx, clip);
    }
}

impl Default for Clipboard {
    /// The system's clipboard.
    fn default() -> Self {
        // Kept for the life of the app: on X11 the program that copied serves every paste.
        let system: Mutex<Option<arboard::Clipboard>> = Mutex::new(None);
        Self::new(move |ctx, clip| {
            let wayland = cfg!(target_os = "linux") && std::env::var_os("WAYLAND_DISPLAY").is_some();
            if !wayland && let Ok(mut system) = system.lock() {
                if system.is_none() {
                    *system = arboard::Clipboard::new().ok();
                }
                if let Some(clipboard) = system.as_mut()
                    && clipboard.set_html(&clip.html, Some(&clip.text)).is_ok()
                {
                    return;
                }
            }
            ctx.copy_text(clip.text);
        })
    }
}

impl fmt::Debug for Clipboard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Clipboard")
    }
}

/// Remembers the text last selected in labels (the reader's text), as egui reports it once the
/// selection has settled, so that it can be copied with its citation.
#[derive(Debug, Default)]
pub struct SettledSelection {
    text: Option<String>,
}

impl egui::Plugin for SettledSelection {
    fn debug_name(&self) -> &'static str {
        "Parama's settled selection"
    }

    fn output_hook(&mut self, _ctx: &Context, output: &mut FullOutput) {
        for command in &output.platform_output.commands {
            if let OutputCommand::TextSelectionSettled(text) = command {
                self.text = Some(text.clone());
            }
        }
    }
}

/// The text selected in labels right now, if any.
pub fn selected_text(ctx: &Context) -> Option<String> {
    if !is_text_selected(ctx) {
        return None;
    }
    ctx.plugin_or_default::<SettledSelection>()
        .lock()
        .text
        .clone()
        .filter(|t| !t.trim().is_empty())
}

/// Whether a copy now copies selected label text (egui does that itself) rather than rows.
pub fn is_text_selected(ctx: &Context) -> bool {
    ctx.plugin_opt::<LabelSelectionState>()
        .is_some_and(|state| state.lock().has_selection())
}

/// `text` quoted, followed by its citation: what *Copy with citation* puts on the clipboard.
pub fn with_citation(text: &str, citation: &str) -> String {
    format!("“{}”\n{citation}", text.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_is_followed_by_its_citation() {
        assert_eq!(
            with_citation(
                " Lithuania will train 1,500 soldiers.\n",
                "The Baltic Times, “Title”, 3 January 2023"
            ),
            "“Lithuania will train 1,500 soldiers.”\nThe Baltic Times, “Title”, 3 January 2023"
        );
    }
}
