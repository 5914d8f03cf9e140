//! The window: one file per tab or widget, all drawn from the model.

pub mod app;
pub mod articles;
pub mod notices;
pub mod reader;
pub mod window;

pub use app::ParamaApp;

/// The tabs of the main window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Tab {
    /// The articles and a reader.
    #[default]
    Articles,
}

impl Tab {
    /// Every tab, in the order of the tab bar.
    pub const ALL: [Self; 1] = [Self::Articles];

    /// The tab's name in the tab bar.
    pub fn label(self) -> &'static str {
        match self {
            Self::Articles => "Articles",
        }
    }
}
