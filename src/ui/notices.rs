//! Messages for the user, shown in the status bar at the foot of the window.
//!
//! The model reports problems as typed errors; whoever catches one turns it into a notice here,
//! in words a reader understands. Nothing is printed to a console nobody sees.
//!
//! A message that something went as asked fades after a few seconds (longer when it offers a
//! link, and never while the pointer rests on it); an error stays until dismissed.

use egui::{Color32, RichText, Ui};

use super::{Action, Actions};
use crate::open::Target;

/// How serious a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Something went as asked ("Citation copied").
    Info,
    /// Something went wrong and the user should know.
    Error,
}

/// What a notice's link does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUp {
    /// Opens an address or shows a file, with the system's programs.
    Open(Target),
    /// Opens the editor on an imported article's details.
    EditArticle(String),
    /// Puts this text on the clipboard (an address no browser could open, say).
    Copy(String),
}

/// One message.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// How serious it is.
    pub level: Level,
    /// What to tell the user.
    pub text: String,
    /// A link to follow it up, as (label, what it does): "Show in folder", say.
    pub link: Option<(String, FollowUp)>,
    /// When it was first shown, or last had the pointer on it (egui's clock, in seconds).
    seen: Option<f64>,
}

/// How long a message that something went as asked stays, in seconds; one with a link stays
/// twice as long. It fades out over its last second.
const STAYS: f64 = 6.0;

impl Notice {
    /// That something went as asked ("Citation copied").
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            level: Level::Info,
            text: text.into(),
            link: None,
            seen: None,
        }
    }

    /// That something went wrong.
    pub fn error(text: impl Into<String>) -> Self {
        Self {
            level: Level::Error,
            text: text.into(),
            link: None,
            seen: None,
        }
    }

    /// How visible it is at `now`: 1 until its last second, then fading to 0; errors always 1.
    fn opacity(&self, now: f64) -> f32 {
        match (self.level, self.seen) {
            (Level::Error, _) | (Level::Info, None) => 1.0,
            (Level::Info, Some(seen)) => ((seen + self.stays() - now).clamp(0.0, 1.0)) as f32,
        }
    }

    /// How long it stays once seen, in seconds.
    fn stays(&self) -> f64 {
        if self.link.is_some() { 2.0 * STAYS } else { STAYS }
    }

    /// The notice with a link to follow it up: "Show in folder", say.
    pub fn with_link(mut self, label: impl Into<String>, follow_up: FollowUp) -> Self {
        self.link = Some((label.into(), follow_up));
        self
    }
}

/// The queue of messages. Errors stay until dismissed; an info message gives way to the next.
#[derive(Debug, Default)]
pub struct Notices {
    items: Vec<Notice>,
}

impl Notices {
    /// Shows `notice`: an error stays until dismissed; an info message replaces the last one.
    pub fn tell(&mut self, notice: Notice) {
        if notice.level == Level::Info {
            self.items.retain(|n| n.level == Level::Error);
        }
        self.items.push(notice);
    }

    /// Tells the user that something went as asked.
    pub fn info(&mut self, text: impl Into<String>) {
        self.tell(Notice::info(text));
    }

    /// Tells the user that something went wrong.
    pub fn error(&mut self, text: impl Into<String>) {
        self.tell(Notice::error(text));
    }

    /// The current messages, oldest first.
    pub fn items(&self) -> &[Notice] {
        &self.items
    }

    /// Shows the messages, each with a button to dismiss it; `idle` is shown when there are none.
    pub fn ui(&mut self, ui: &mut Ui, idle: &str, actions: &mut Actions) {
        if self.items.is_empty() {
            ui.weak(idle);
            return;
        }
        let now = ui.input(|i| i.time);
        // Messages that have faded are gone; the others are timed from when first shown.
        self.items.retain(|n| n.opacity(now) > 0.0);
        let mut dismissed = None;
        let mut next_change: Option<f64> = None;
        for (i, notice) in self.items.iter_mut().enumerate() {
            let seen = *notice.seen.get_or_insert(now);
            let opacity = notice.opacity(now);
            let row = ui.horizontal_wrapped(|ui| {
                ui.multiply_opacity(opacity);
                let text = match notice.level {
                    Level::Info => RichText::new(&notice.text),
                    Level::Error => RichText::new(&notice.text).strong().color(error_color(ui)),
                };
                ui.label(text);
                if let Some((label, follow_up)) = &notice.link {
                    let link = ui.link(label);
                    let link = match follow_up {
                        FollowUp::Open(target) => link.on_hover_text(target.to_string()),
                        FollowUp::Copy(text) => link.on_hover_text(text),
                        FollowUp::EditArticle(_) => link,
                    };
                    if link.clicked() {
                        actions.push(match follow_up {
                            FollowUp::Open(target) => Action::Follow(target.clone()),
                            FollowUp::EditArticle(id) => Action::EditArticle(id.clone()),
                            FollowUp::Copy(text) => Action::CopyText(text.clone()),
                        });
                    }
                }
                if ui.small_button("Dismiss").clicked() {
                    dismissed = Some(i);
                }
            });
            if notice.level == Level::Info {
                // The pointer on it keeps it; otherwise look again when it starts to fade, then
                // as it fades.
                if row.response.contains_pointer() {
                    notice.seen = Some(now);
                }
                let fades_at = notice.seen.unwrap_or(seen) + notice.stays() - 1.0;
                let wait = if now < fades_at { fades_at - now } else { 0.05 };
                next_change = Some(next_change.map_or(wait, |w| w.min(wait)));
            }
        }
        if let Some(wait) = next_change {
            ui.ctx().request_repaint_after_secs(wait as f32);
        }
        if let Some(i) = dismissed {
            self.items.remove(i);
        }
    }
}

fn error_color(ui: &Ui) -> Color32 {
    ui.visuals().error_fg_color
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn information_fades_after_a_while_and_errors_stay() {
        let mut told = Notice::info("Citation copied to the clipboard.");
        told.seen = Some(10.0);
        assert_eq!(told.opacity(10.0), 1.0);
        assert_eq!(told.opacity(10.0 + STAYS - 1.0), 1.0, "whole until its last second");
        assert!((told.opacity(10.0 + STAYS - 0.5) - 0.5).abs() < 1e-6, "then fading");
        assert_eq!(told.opacity(10.0 + STAYS), 0.0);
        let linked = told
            .clone()
            .with_link("Show in folder", FollowUp::EditArticle("a".to_owned()));
        assert_eq!(linked.opacity(10.0 + STAYS), 1.0, "a message with a link stays longer");
        let mut error = Notice::error("The export failed.");
        error.seen = Some(10.0);
        assert_eq!(error.opacity(1e6), 1.0);
    }
}
