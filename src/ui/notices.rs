//! Messages for the user, shown in the status bar at the foot of the window.
//!
//! The model reports problems as typed errors; whoever catches one turns it into a notice here,
//! in words a reader understands. Nothing is printed to a console nobody sees.

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
}

/// One message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// How serious it is.
    pub level: Level,
    /// What to tell the user.
    pub text: String,
    /// A link to follow it up, as (label, what it does): "Show in folder", say.
    pub link: Option<(String, FollowUp)>,
}

impl Notice {
    /// That something went as asked ("Citation copied").
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            level: Level::Info,
            text: text.into(),
            link: None,
        }
    }

    /// That something went wrong.
    pub fn error(text: impl Into<String>) -> Self {
        Self {
            level: Level::Error,
            text: text.into(),
            link: None,
        }
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
        let mut dismissed = None;
        for (i, notice) in self.items.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                let text = match notice.level {
                    Level::Info => RichText::new(&notice.text),
                    Level::Error => RichText::new(&notice.text).strong().color(error_color(ui)),
                };
                ui.label(text);
                if let Some((label, follow_up)) = &notice.link {
                    let link = ui.link(label);
                    let link = match follow_up {
                        FollowUp::Open(target) => link.on_hover_text(target.to_string()),
                        FollowUp::EditArticle(_) => link,
                    };
                    if link.clicked() {
                        actions.push(match follow_up {
                            FollowUp::Open(target) => Action::Follow(target.clone()),
                            FollowUp::EditArticle(id) => Action::EditArticle(id.clone()),
                        });
                    }
                }
                if ui.small_button("Dismiss").clicked() {
                    dismissed = Some(i);
                }
            });
        }
        if let Some(i) = dismissed {
            self.items.remove(i);
        }
    }
}

fn error_color(ui: &Ui) -> Color32 {
    ui.visuals().error_fg_color
}
