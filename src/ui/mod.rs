//! The window: one file per tab or widget, all drawn from the model.

pub mod app;
pub mod articles;
pub mod citations;
pub mod edit;
pub mod export;
pub mod figures;
pub mod import;
pub mod menu;
pub mod notices;
pub mod overview;
pub mod programmes;
pub mod reader;
pub mod search;
pub mod table;
pub mod window;

pub use app::ParamaApp;

/// What a tab asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Open an article with a passage highlighted.
    Open(citations::OpenAt),
    /// Export the tab's table (its selected rows, or all it shows).
    Export,
    /// Record the user's decision about a row found automatically.
    Review {
        /// The row's id.
        id: String,
        /// Reviewed, or hidden.
        review: crate::model::library::Review,
    },
    /// Edit the details of an imported article (or remove it).
    EditArticle(String),
    /// Import articles: files (`false`) or a folder (`true`) chosen in a dialog.
    Import {
        /// Whether to ask for a folder rather than files.
        folder: bool,
    },
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
