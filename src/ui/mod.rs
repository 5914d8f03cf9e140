//! The window: one file per tab or widget, all drawn from the model.
//!
//! How a click becomes a change: a view never changes another view's state or the data. It
//! queues an [`Action`] in the frame's [`Actions`]; after the frame is drawn, the app
//! ([`ParamaApp`]) applies them, in order, in one `match` (`ParamaApp::apply`). Problems and
//! confirmations for the user are actions too ([`Action::Tell`]), shown in the status bar.

pub mod app;
pub mod articles;
pub mod citations;
pub mod clipboard;
pub mod correct;
pub mod edit;
pub mod export;
pub mod figures;
pub mod history;
pub mod import;
pub mod menu;
pub mod notices;
pub mod overview;
pub mod programmes;
pub mod reader;
pub mod renderer;
pub mod search;
pub mod shortcuts;
pub mod table;
pub mod task;
pub mod window;

use std::{ops::Range, path::PathBuf};

pub use app::ParamaApp;

use crate::model::{Category, library::Review};

/// A request to open an article with passages highlighted and one of them in view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenAt {
    /// The article's id.
    pub article: String,
    /// The passages to highlight, as byte ranges of the article's text.
    pub ranges: Vec<Range<usize>>,
    /// Which of `ranges` to bring into view.
    pub current: usize,
}

impl OpenAt {
    /// One passage of an article, highlighted and in view.
    pub fn passage(article: &str, range: Range<usize>) -> Self {
        Self {
            article: article.to_owned(),
            ranges: vec![range],
            current: 0,
        }
    }
}

/// What a view asks the app to do.
#[derive(Debug)]
pub enum Action {
    /// Show this tab.
    Tab(Tab),
    /// Select the article, programme or figure with this id, and show its tab.
    Select(String),
    /// Open an article at a passage.
    Open(OpenAt),
    /// Show all the programmes of this category, and only those.
    ShowCategory(Category),
    /// Export the current tab's table (its selected rows, or all it shows).
    ExportTable,
    /// Copy the current tab's selected rows (or its current row) as a table, with their sources.
    CopyRows,
    /// Put this text on the clipboard.
    CopyText(String),
    /// Go back to where the user was before the last jump.
    Back,
    /// Go forward again.
    Forward,
    /// Save a file made elsewhere (a chart's numbers or picture), asking where.
    Save(export::ExportRequest),
    /// Record the user's decision about a row found automatically.
    Review {
        /// The row's id.
        id: String,
        /// Reviewed, or hidden.
        review: Review,
    },
    /// Open the corrector on a row found automatically.
    OpenCorrect(crate::model::library::Kind, String),
    /// Record corrections of rows found automatically.
    Correct(Vec<crate::model::library::Correction>),
    /// Take a row back to what was found, forgetting the user's corrections and review of it.
    Revert(crate::model::library::Kind, String),
    /// Open the editor on an imported article's details.
    EditArticle(String),
    /// Save the edited details of an imported article.
    SaveArticle(String, crate::model::library::Edit),
    /// Remove an imported article from the library.
    RemoveArticle(String),
    /// Ask for files (`false`) or a folder (`true`) to import.
    ChooseImport {
        /// Whether to ask for a folder rather than files.
        folder: bool,
    },
    /// Import these files and folders, in the background.
    Import(Vec<PathBuf>),
    /// An import has finished.
    Imported(import::Finished),
    /// Tell the user something: that it went as asked, or what went wrong.
    Tell(notices::Notice),
    /// Open an address or show a file with the system's programs (every link in the window).
    Follow(crate::open::Target),
}

/// The actions queued during a frame, applied by the app once it is drawn.
#[derive(Debug, Default)]
pub struct Actions(Vec<Action>);

impl Actions {
    /// Queues `action`.
    pub fn push(&mut self, action: Action) {
        self.0.push(action);
    }

    /// Tells the user that something went as asked.
    pub fn info(&mut self, text: impl Into<String>) {
        self.push(Action::Tell(notices::Notice::info(text)));
    }

    /// Tells the user that something went wrong.
    pub fn problem(&mut self, text: impl Into<String>) {
        self.push(Action::Tell(notices::Notice::error(text)));
    }

    /// The actions queued, oldest first, leaving the queue empty.
    pub fn take(&mut self) -> Vec<Action> {
        std::mem::take(&mut self.0)
    }
}

/// The tabs of the main window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Serialize, serde::Deserialize)]
pub enum Tab {
    /// What is in the corpus at a glance: a timeline and charts.
    #[default]
    Overview,
    /// The articles and a reader.
    Articles,
    /// The assistance programmes and their sources.
    Programmes,
    /// The key figures beside the passages that state them.
    Figures,
}

impl Tab {
    /// Every tab, in the order of the tab bar.
    pub const ALL: [Self; 4] = [Self::Overview, Self::Articles, Self::Programmes, Self::Figures];

    /// The tab's name in the tab bar.
    pub fn label(self) -> &'static str {
        match self {
            Self::Overview => "Overview",
            Self::Articles => "Articles",
            Self::Programmes => "Programmes",
            Self::Figures => "Figures",
        }
    }
}

/// A label and a one-line text field `width` wide after it, the field named by the label for
/// screen readers: the fields of the app's small forms.
pub fn labelled_field(ui: &mut egui::Ui, label: &str, value: &mut String, hint: &str, width: f32) {
    ui.label(label);
    let response = ui.add(egui::TextEdit::singleline(value).desired_width(width).hint_text(hint));
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(label));
}
