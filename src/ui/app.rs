//! The application: owns the corpus and the tabs, and routes between them.

use egui::{Panel, Ui};

use super::{Tab, articles::ArticlesTab, notices::Notices};
use crate::model::{Corpus, CorpusError};

/// The whole app's state. It draws into any [`Ui`], so the same code runs in the real window
/// and in tests.
#[derive(Debug, Default)]
pub struct ParamaApp {
    corpus: Corpus,
    tab: Tab,
    articles: ArticlesTab,
    notices: Notices,
}

impl ParamaApp {
    /// An app on `corpus`. If the corpus failed to load, the app still opens, empty, and says why.
    pub fn new(corpus: Result<Corpus, CorpusError>) -> Self {
        let mut app = Self::default();
        match corpus {
            Ok(corpus) => app.corpus = corpus,
            Err(error) => app.notices.error(format!(
                "Parama could not load its built-in articles: {error}. Please report this."
            )),
        }
        app
    }

    /// The app on the corpus built into the binary.
    pub fn embedded() -> Self {
        Self::new(Corpus::embedded())
    }

    /// The corpus shown.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// The tab shown.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// Switches to `tab`.
    pub fn open_tab(&mut self, tab: Tab) {
        self.tab = tab;
    }

    /// The Articles tab.
    pub fn articles(&self) -> &ArticlesTab {
        &self.articles
    }

    /// The Articles tab, to select an article or highlight part of it.
    pub fn articles_mut(&mut self) -> &mut ArticlesTab {
        &mut self.articles
    }

    /// Messages for the user.
    pub fn notices(&self) -> &Notices {
        &self.notices
    }

    /// Draws the app.
    pub fn ui(&mut self, ui: &mut Ui) {
        Panel::top("tab_bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.add_space(4.0);
                ui.label(egui::RichText::new("Parama").size(18.0).strong());
                ui.add_space(12.0);
                for tab in Tab::ALL {
                    ui.selectable_value(&mut self.tab, tab, tab.label());
                }
            });
        });
        let idle = format!("{} articles · built-in corpus", self.corpus.len());
        Panel::bottom("status_bar").show(ui, |ui| self.notices.ui(ui, &idle));
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| match self.tab {
                Tab::Articles => self.articles.ui(ui, &self.corpus, &mut self.notices),
            });
    }
}
