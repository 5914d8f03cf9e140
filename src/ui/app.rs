//! The application: owns the data and the views, draws the views, and applies what they ask
//! for ([`Action`]s) in one place, [`ParamaApp::apply`].

use std::sync::Arc;

use egui::{Panel, Ui};

use super::{
    Action, Actions, OpenAt, Tab,
    articles::{ArticleOrder, ArticlesTab},
    clipboard::{self, Clipboard, SettledSelection},
    correct::Corrector,
    edit::Editor,
    export::{ExportRequest, Exporter, SaveDialog},
    figures::FiguresTab,
    history::{History, Place},
    import::{self, Finished, Importer},
    menu::Menu,
    notices::{FollowUp, Notice, Notices},
    overview::OverviewTab,
    programmes::ProgrammesTab,
    search::Search,
    shortcuts,
    table::TableMemory,
};
use crate::model::{
    Catalogue, CatalogueError, Corpus, CorpusError, Figure, Programme, capitalise, count,
    date::unix_now,
    export::{self, About, Clip, Export, Format, Rows, TableKind},
    library::{Change, Correction, Edit, Kind, Library, Review},
    plural,
};
use crate::open::{Opener, Target};

/// What the app remembers between runs (window size, theme and zoom are remembered by eframe
/// and egui themselves).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Remembered {
    /// The tab shown.
    pub tab: Tab,
    /// The article open in the reader.
    pub article: Option<String>,
    /// The order of the article list.
    pub article_order: ArticleOrder,
    /// The Programmes table.
    pub programmes: TableMemory,
    /// The Figures table.
    pub figures: TableMemory,
    /// The kind of file tables were last exported as.
    pub export_format: Format,
}

impl Remembered {
    /// Reads remembered state saved as RON; anything unreadable (a damaged file, a format from
    /// another version) gives the defaults, never an error.
    pub fn from_ron(text: &str) -> Self {
        ron::from_str(text).unwrap_or_default()
    }
}

/// The whole app's state. It draws into any [`Ui`], so the same code runs in the real window
/// and in tests.
#[derive(Debug, Default)]
pub struct ParamaApp {
    corpus: Arc<Corpus>,
    /// The curated catalogue, as loaded.
    curated: Arc<Catalogue>,
    /// What the tables show: the curated rows and those found in imported articles.
    catalogue: Arc<Catalogue>,
    tab: Tab,
    overview: OverviewTab,
    articles: ArticlesTab,
    programmes: ProgrammesTab,
    figures: FiguresTab,
    notices: Notices,
    exporter: Exporter,
    search: Search,
    /// The user's imported articles; `None` when the app runs without a data folder.
    library: Option<Library>,
    importer: Importer,
    editor: Editor,
    corrector: Corrector,
    menu: Menu,
    opener: Opener,
    clipboard: Clipboard,
    history: History,
}

impl ParamaApp {
    /// An app on `corpus` and the catalogue read from it. Whatever failed to load, the app still
    /// opens, with what it has, and says what went wrong.
    pub fn new(
        corpus: Result<Corpus, CorpusError>,
        catalogue: impl FnOnce(&Corpus) -> Result<Catalogue, CatalogueError>,
    ) -> Self {
        let mut app = Self::default();
        match corpus {
            Ok(corpus) => app.corpus = Arc::new(corpus),
            Err(error) => app.notices.error(format!(
                "Parama could not load its built-in articles: {error}. Please report this."
            )),
        }
        match catalogue(&app.corpus) {
            Ok(catalogue) => {
                app.curated = Arc::new(catalogue);
                app.catalogue = Arc::clone(&app.curated);
            }
            Err(error) if !app.corpus.is_empty() => app.notices.error(format!(
                "Parama could not load its programmes and figures: {error}. Please report this."
            )),
            Err(_) => {}
        }
        app
    }

    /// The app on the corpus and catalogue built into the binary.
    pub fn embedded() -> Self {
        Self::new(Corpus::embedded(), Catalogue::embedded)
    }

    /// The app on the built-in articles and the user's imported ones, kept in `data_dir` (or
    /// the platform's data folder). A library that cannot be read is set aside and reported.
    pub fn with_library(data_dir: Option<&std::path::Path>) -> Self {
        let (corpus, library, problem) = crate::model::library::open_corpus(data_dir);
        let mut app = Self::new(corpus, Catalogue::embedded);
        app.catalogue = Arc::new(library.catalogue(&app.curated));
        app.library = Some(library);
        if let Some(problem) = problem {
            app.notices.error(format!("{}.", capitalise(&problem.to_string())));
        }
        if let Some(report) = app.library.as_ref().and_then(|l| crate::crash::take_unseen(l.folder())) {
            app.notices.error(format!(
                "Parama stopped unexpectedly last time. Your articles are safe; a report of what went \
                 wrong is in {} — please send it to the maintainers.",
                report.display()
            ));
        }
        app
    }

    /// The corpus shown.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// The catalogue shown.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// The tab shown.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// Switches to `tab`.
    pub fn open_tab(&mut self, tab: Tab) {
        self.tab = tab;
    }

    /// Selects the article, programme or figure with this id and opens its tab; says whether
    /// anything has that id.
    pub fn select(&mut self, id: &str) -> bool {
        if self.corpus.get(id).is_some() {
            self.articles.select(id);
            self.tab = Tab::Articles;
        } else if self.catalogue.programme(id).is_some() {
            self.programmes.table_mut().select(id);
            self.tab = Tab::Programmes;
        } else if self.catalogue.figure(id).is_some() {
            self.figures.table_mut().select(id);
            self.tab = Tab::Figures;
        } else {
            self.notices
                .error(format!("Nothing has the id “{id}”: no article, programme or figure."));
            return false;
        }
        true
    }

    /// The Articles tab.
    pub fn articles(&self) -> &ArticlesTab {
        &self.articles
    }

    /// The Articles tab, to select an article or highlight part of it.
    pub fn articles_mut(&mut self) -> &mut ArticlesTab {
        &mut self.articles
    }

    /// The Programmes tab.
    pub fn programmes(&self) -> &ProgrammesTab {
        &self.programmes
    }

    /// The Figures tab.
    pub fn figures(&self) -> &FiguresTab {
        &self.figures
    }

    /// Messages for the user.
    pub fn notices(&self) -> &Notices {
        &self.notices
    }

    /// What to remember of this session.
    pub fn remembered(&self) -> Remembered {
        Remembered {
            tab: self.tab,
            article: self.articles.selected().map(str::to_owned),
            article_order: self.articles.order(),
            programmes: self.programmes.table().memory(),
            figures: self.figures.table().memory(),
            export_format: self.exporter.format(),
        }
    }

    /// Puts back what was remembered from the last session.
    pub fn restore(&mut self, remembered: Remembered) {
        self.tab = remembered.tab;
        self.exporter.set_format(remembered.export_format);
        if let Some(id) = remembered.article.as_deref().filter(|id| self.corpus.get(id).is_some()) {
            self.articles.select(id);
        }
        self.articles.set_order(remembered.article_order);
        self.programmes.table_mut().restore(remembered.programmes);
        self.figures.table_mut().restore(remembered.figures);
    }

    /// The search box and its results.
    pub fn search(&self) -> &Search {
        &self.search
    }

    /// The search box and its results, to search from code.
    pub fn search_mut(&mut self) -> &mut Search {
        &mut self.search
    }

    /// Uses `dialog` to ask where to save exports (tests use one that answers by itself).
    pub fn set_save_dialog(&mut self, dialog: Box<dyn SaveDialog>) {
        let format = self.exporter.format();
        self.exporter = Exporter::new(dialog);
        self.exporter.set_format(format);
    }

    /// Uses `clipboard` for copied tables (tests use one that records).
    pub fn set_clipboard(&mut self, clipboard: Clipboard) {
        self.clipboard = clipboard;
    }

    /// Whether the current tab has rows to copy: a table with a selection or a current row.
    fn can_copy(&self) -> bool {
        let table = match self.tab {
            Tab::Programmes => self.programmes.table(),
            Tab::Figures => self.figures.table(),
            Tab::Overview | Tab::Articles => return false,
        };
        !table.selection().ids().is_empty() || table.selection().current().is_some()
    }

    /// The current tab's rows to copy, as a table: its selected rows, or its current row.
    pub fn copied_rows(&self) -> Option<(usize, Clip)> {
        let (corpus, catalogue) = (&*self.corpus, &*self.catalogue);
        let clip = match self.tab {
            Tab::Programmes => {
                let ids = self.programmes.table().copy_ids::<Programme>(catalogue);
                let rows: Vec<&Programme> = ids.iter().filter_map(|id| catalogue.programme(id)).collect();
                (rows.len(), export::clip(&rows, corpus))
            }
            Tab::Figures => {
                let ids = self.figures.table().copy_ids::<Figure>(catalogue);
                let rows: Vec<&Figure> = ids.iter().filter_map(|id| catalogue.figure(id)).collect();
                (rows.len(), export::clip(&rows, corpus))
            }
            Tab::Overview | Tab::Articles => return None,
        };
        (clip.0 > 0).then_some(clip)
    }

    /// Uses `opener` to open links and show files (tests use one that records).
    pub fn set_opener(&mut self, opener: Opener) {
        self.opener = opener;
    }

    /// Whether an export is under way or waiting for the user.
    pub fn is_exporting(&self) -> bool {
        self.exporter.is_busy()
    }

    /// The current tab's table to export: its selected rows, or every row it shows. The
    /// Overview has no one table (each chart exports its own numbers), so none.
    pub fn export_request(&self) -> Option<ExportRequest> {
        let (kind, (ids, selected), mut filters) = match self.tab {
            Tab::Overview => return None,
            Tab::Articles => (
                TableKind::Articles,
                (self.articles.export_ids(&self.corpus), false),
                vec![("Order".to_owned(), self.articles.order().label().to_owned())],
            ),
            Tab::Programmes => {
                let table = self.programmes.table();
                (
                    TableKind::Programmes,
                    table.export_ids::<Programme>(&self.catalogue),
                    table.spec().describe::<Programme>(),
                )
            }
            Tab::Figures => {
                let table = self.figures.table();
                (
                    TableKind::Figures,
                    table.export_ids::<Figure>(&self.catalogue),
                    table.spec().describe::<Figure>(),
                )
            }
        };
        if selected {
            filters.insert(
                0,
                (
                    "Chosen rows".to_owned(),
                    format!("the {} selected", plural(ids.len(), "row")),
                ),
            );
        }
        let (corpus, catalogue) = (Arc::clone(&self.corpus), Arc::clone(&self.catalogue));
        let rows = ids.len();
        Some(ExportRequest::table(rows, kind, move || {
            let only = Rows::Only(&ids);
            let table = match kind {
                TableKind::Programmes => export::programmes_table(&catalogue, &corpus, only, &[]),
                TableKind::Figures => export::figures_table(&catalogue, &corpus, only, &[]),
                _ => export::articles_table(&corpus, only),
            };
            let about = About::new(kind, &table, &corpus, filters.clone(), unix_now());
            Export { table, about }
        }))
    }

    /// Where the user is now, to come back to.
    fn place(&self) -> Place {
        Place {
            tab: self.tab,
            article: self.articles.selected().map(str::to_owned),
            highlights: self
                .articles
                .reader()
                .highlights()
                .map(|(article, ranges, current)| OpenAt {
                    article: article.to_owned(),
                    ranges: ranges.to_vec(),
                    current,
                }),
            programmes: self.programmes.table().memory(),
            figures: self.figures.table().memory(),
        }
    }

    /// Shows `place` again, as it was.
    fn go_to(&mut self, place: Place) {
        self.tab = place.tab;
        if let Some(id) = &place.article {
            self.articles.select(id);
        }
        let shown = place
            .highlights
            .and_then(|at| Some((self.corpus.get(&at.article)?, at)))
            .map(|(article, at)| self.articles.open_at(article, at.ranges, at.current));
        if !matches!(shown, Some(Ok(()))) {
            self.articles.clear_highlights();
        }
        self.programmes.table_mut().restore(place.programmes);
        self.figures.table_mut().restore(place.figures);
    }

    /// Whether the user asked to go back (`-1`) or forward (`1`) this frame: the keys, or the
    /// mouse's back and forward buttons.
    fn navigation_asked(ui: &Ui) -> Option<Action> {
        if ui.ctx().text_edit_focused() {
            return None;
        }
        let mouse = |button| ui.input(|i| i.pointer.button_pressed(button));
        if shortcuts::pressed(ui, &shortcuts::BACK)
            || (cfg!(target_os = "macos") && shortcuts::pressed(ui, &shortcuts::BACK_MAC))
            || mouse(egui::PointerButton::Extra1)
        {
            Some(Action::Back)
        } else if shortcuts::pressed(ui, &shortcuts::FORWARD)
            || (cfg!(target_os = "macos") && shortcuts::pressed(ui, &shortcuts::FORWARD_MAC))
            || mouse(egui::PointerButton::Extra2)
        {
            Some(Action::Forward)
        } else {
            None
        }
    }

    /// Escape closes the topmost window or dialog, and is then spent: it never reaches the
    /// table or the search box behind it.
    fn escape_closes_the_topmost(&mut self, ui: &Ui) {
        if !ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            return;
        }
        let closed =
            self.exporter.close_window() || self.corrector.close() || self.editor.close() || self.menu.close_window();
        if closed {
            ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
        }
    }

    /// Draws the app, then applies what its views asked for.
    pub fn ui(&mut self, ui: &mut Ui) {
        // The window, as a screen reader names it.
        ui.ctx()
            .accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label("Parama"));
        self.escape_closes_the_topmost(ui);
        let mut actions = Actions::default();
        if self.search.update(ui, &self.corpus, &self.catalogue, &mut actions) {
            self.articles.clear_highlights();
        }
        self.search.shortcuts(ui, &self.corpus, &mut actions);
        let can = super::menu::Can {
            copy: self.can_copy(),
            go_back: self.history.can_go_back(),
            go_forward: self.history.can_go_forward(),
        };
        Panel::top("menu_bar").show(ui, |ui| self.menu.bar_ui(ui, can, &mut actions));
        Panel::top("tab_bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.add_space(4.0);
                ui.label(egui::RichText::new("Parama").size(18.0).strong());
                ui.add_space(12.0);
                for tab in Tab::ALL {
                    ui.selectable_value(&mut self.tab, tab, tab.label());
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    self.search.box_ui(ui, &self.corpus, &mut actions);
                });
            });
        });
        let idle = format!(
            "{} · {} · {}",
            plural(self.corpus.len(), "article"),
            plural(self.catalogue.programmes().len(), "programme"),
            plural(self.catalogue.figures().len(), "figure")
        );
        Panel::bottom("status_bar").show(ui, |ui| {
            self.importer.ui(ui, &mut actions);
            self.exporter.progress_ui(ui);
            self.notices.ui(ui, &idle, &mut actions);
        });
        let dropped: Vec<std::path::PathBuf> =
            ui.input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect());
        if !dropped.is_empty() {
            actions.push(Action::Import(dropped));
        }
        self.search.results_ui(ui, &self.corpus, &mut actions);
        if !ui.ctx().text_edit_focused() && shortcuts::pressed(ui, &shortcuts::EXPORT) {
            actions.push(Action::ExportTable);
        }
        if let Some(go) = Self::navigation_asked(ui) {
            actions.push(go);
        }
        if shortcuts::pressed(ui, &shortcuts::IMPORT) {
            actions.push(Action::ChooseImport { folder: false });
        }
        if shortcuts::pressed(ui, &shortcuts::QUIT) {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        // A copy with text selected is egui's (it copies the text); otherwise it copies rows.
        ui.ctx().plugin_or_default::<SettledSelection>();
        if shortcuts::copy_pressed(ui)
            && !ui.ctx().text_edit_focused()
            && !clipboard::is_text_selected(ui.ctx())
            && matches!(self.tab, Tab::Programmes | Tab::Figures)
        {
            actions.push(Action::CopyRows);
        }
        // The tabs lay out their own margins; the background is the theme's, never the window's
        // clear colour (which eframe leaves near-black, light theme or not).
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE.fill(ui.visuals().panel_fill))
            .show(ui, |ui| match self.tab {
                Tab::Overview => self.overview.ui(ui, &self.corpus, &self.catalogue, &mut actions),
                Tab::Articles => self.articles.ui(ui, &self.corpus, &mut actions),
                Tab::Programmes => self.programmes.ui(ui, &self.corpus, &self.catalogue, &mut actions),
                Tab::Figures => self.figures.ui(ui, &self.corpus, &self.catalogue, &mut actions),
            });
        self.exporter.ui(ui, &mut actions);
        self.editor.ui(ui, &mut actions);
        self.corrector.ui(ui, &self.catalogue, &mut actions);
        self.menu.windows_ui(ui, &self.corpus, &self.catalogue);
        // Every link drawn this frame (the published copy in the menu, links in notices) opens
        // through the system's opener, not egui's browser launcher.
        let links = ui.ctx().output_mut(|o| {
            let mut links = Vec::new();
            o.commands.retain(|command| match command {
                egui::OutputCommand::OpenUrl(open) => {
                    links.push(open.url.clone());
                    false
                }
                _ => true,
            });
            links
        });
        for link in links {
            actions.push(Action::Follow(Target::Address(link)));
        }
        for action in actions.take() {
            self.apply(ui, action);
        }
    }

    /// Does what a view asked for: the one place where a click becomes a change.
    fn apply(&mut self, ui: &Ui, action: Action) {
        match action {
            Action::Tab(tab) => self.tab = tab,
            Action::Select(id) => {
                let here = self.place();
                if self.select(&id) {
                    self.history.leave(here);
                }
            }
            Action::Open(at) => {
                self.history.leave(self.place());
                self.open_in_article(ui, at);
            }
            Action::Back => {
                if let Some(place) = self.history.back(self.place()) {
                    self.go_to(place);
                }
            }
            Action::Forward => {
                if let Some(place) = self.history.forward(self.place()) {
                    self.go_to(place);
                }
            }
            Action::ShowCategory(category) => {
                self.history.leave(self.place());
                self.programmes.table_mut().only_category(category);
                self.tab = Tab::Programmes;
            }
            Action::ExportTable => match self.export_request() {
                Some(request) => self.exporter.start(ui.ctx(), request),
                None => self
                    .notices
                    .info("The Overview has no one table: each chart has its own Table… button."),
            },
            Action::Save(request) => self.exporter.start(ui.ctx(), request),
            Action::CopyRows => match self.copied_rows() {
                Some((rows, clip)) => {
                    self.clipboard.put(ui.ctx(), clip);
                    let whose = if rows == 1 { "its" } else { "their" };
                    self.notices.info(format!(
                        "Copied {} with {whose} sources, as a table.",
                        plural(rows, "row")
                    ));
                }
                None => self.notices.info("Select rows in the table to copy them."),
            },
            Action::Review { id, review } => self.review(&id, review),
            Action::EditArticle(id) => {
                if let Some(stored) = self
                    .library
                    .as_ref()
                    .and_then(|l| l.articles().iter().find(|a| a.id == id))
                {
                    self.editor.open(stored);
                }
            }
            Action::SaveArticle(id, edit) => self.edit(&id, Some(&edit)),
            Action::OpenCorrect(kind, id) => self.corrector.open(kind, &id, &self.catalogue, &self.corpus),
            Action::Correct(corrections) => self.correct(corrections),
            Action::Revert(kind, id) => self.revert(kind, &id),
            Action::RemoveArticle(id) => self.edit(&id, None),
            Action::ChooseImport { folder } => {
                let chosen = if folder {
                    import::pick_folder()
                } else {
                    import::pick_files()
                };
                self.import(ui, chosen.unwrap_or_default());
            }
            Action::Import(paths) => self.import(ui, paths),
            Action::Imported(finished) => self.imported(finished),
            Action::Tell(notice) => self.notices.tell(notice),
            Action::Follow(target) => {
                if let Err(error) = self.opener.open(&target) {
                    let said = Notice::error(format!("{}.", capitalise(&error.to_string())));
                    self.notices.tell(match &target {
                        // No browser: the address can still be pasted into one.
                        Target::Address(address) => said.with_link("Copy address", FollowUp::Copy(address.clone())),
                        Target::Reveal(_) => said,
                    });
                }
            }
            Action::CopyText(text) => {
                ui.ctx().copy_text(text);
                self.notices.info("Copied to the clipboard.");
            }
        }
    }

    /// Saves the edited details of imported article `id`, or removes it (`None`), and saves the
    /// library. A refusal is shown in the editor, which stays open.
    fn edit(&mut self, id: &str, edit: Option<&Edit>) {
        let Some(library) = &mut self.library else { return };
        let done = match edit {
            Some(edit) => library.edit(id, edit).map(|()| "Details saved."),
            None => {
                library.remove(id);
                Ok("Removed from your library.")
            }
        };
        match done {
            Ok(message) => match library.save() {
                Ok(()) => {
                    self.notices.info(message);
                    self.editor.close();
                    self.refresh_library();
                }
                Err(error) => self.editor.refuse(format!("Could not save: {error}.")),
            },
            Err(error) => self.editor.refuse(capitalise(&format!("{error}."))),
        }
    }

    /// Records the user's corrections in the library and saves it; the row is then shown as
    /// corrected. A failure to save is shown in the corrector, which stays open.
    fn correct(&mut self, corrections: Vec<Correction>) {
        let Some(library) = &mut self.library else { return };
        let split = corrections.iter().any(|c| c.change == Change::Split);
        for correction in corrections {
            library.correct(correction);
        }
        match library.save() {
            Ok(()) => {
                self.notices.info(if split {
                    "Split off into a row of its own. It is marked as reviewed by you."
                } else {
                    "Corrected. It is marked as reviewed by you."
                });
                if !split {
                    self.corrector.close();
                }
            }
            Err(error) => self
                .corrector
                .refuse(format!("Your correction could not be saved: {error}.")),
        }
        self.catalogue = Arc::new(library.catalogue(&self.curated));
        // After a split the corrector shows the row as it now is.
        if split && let Some((kind, id)) = self.corrector.row() {
            self.corrector.open(kind, &id, &self.catalogue, &self.corpus);
        }
    }

    /// Takes a row back to what was found, and saves the library.
    fn revert(&mut self, kind: Kind, id: &str) {
        let Some(library) = &mut self.library else { return };
        if library.revert(&self.catalogue, kind, id) == 0 {
            self.notices.info("Nothing to take back: it is as it was found.");
            return;
        }
        match library.save() {
            Ok(()) => self
                .notices
                .info("Back to what was found: your corrections and review of it are forgotten."),
            Err(error) => self.notices.error(format!("Your choice could not be saved: {error}.")),
        }
        self.catalogue = Arc::new(library.catalogue(&self.curated));
    }

    /// Rebuilds the corpus and the catalogue after the library changed.
    fn refresh_library(&mut self) {
        let Some(library) = &self.library else { return };
        match library.corpus() {
            Ok(corpus) => self.corpus = Arc::new(corpus),
            Err(error) => self
                .notices
                .error(format!("Parama could not load its built-in articles: {error}.")),
        }
        self.catalogue = Arc::new(library.catalogue(&self.curated));
    }

    /// Imports `paths` into the library in the background.
    pub fn import(&mut self, ui: &Ui, paths: Vec<std::path::PathBuf>) {
        match &self.library {
            Some(library) => self.importer.start(library, paths, ui.ctx()),
            None => self
                .notices
                .error("Importing is not available: Parama has no data folder to keep articles in."),
        }
    }

    /// Whether an import is under way.
    pub fn is_importing(&self) -> bool {
        self.importer.is_busy()
    }

    /// Takes in a finished import: the new library, its articles in the corpus, and a summary.
    fn imported(&mut self, (library, report): Finished) {
        match report {
            Ok(report) => {
                let mut summary = format!("{}.", report.summary());
                for (path, reason) in report.skipped.iter().take(3) {
                    let name = path
                        .file_name()
                        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into());
                    summary.push_str(&format!(" {name}: {reason}."));
                }
                if report.skipped.len() > 3 {
                    summary.push_str(&format!(" …and {} more skipped.", report.skipped.len() - 3));
                }
                if report.skipped.is_empty() {
                    self.notices.info(summary);
                } else {
                    self.notices.error(summary);
                }
                if let Some(first) = report.incomplete.first() {
                    let mut text = format!(
                        "{} without all {} details: ",
                        count(
                            report.incomplete.len(),
                            "article was imported",
                            "articles were imported"
                        ),
                        if report.incomplete.len() == 1 { "its" } else { "their" }
                    );
                    let lines: Vec<String> = report.incomplete.iter().take(3).map(|i| i.line()).collect();
                    text.push_str(&lines.join("; "));
                    if report.incomplete.len() > 3 {
                        text.push_str(&format!("; …and {} more", report.incomplete.len() - 3));
                    }
                    text.push('.');
                    let fill_in = FollowUp::EditArticle(first.id.clone());
                    self.notices
                        .tell(Notice::error(text).with_link("Fill in the details…", fill_in));
                }
                if let Some(first) = report.incomplete.first().map(|i| &i.id).or(report.imported.first()) {
                    self.articles.select(first);
                    self.tab = Tab::Articles;
                }
            }
            Err(error) => self
                .notices
                .error(format!("The import could not be saved: {error}. Nothing was lost.")),
        }
        self.library = Some(library);
        self.refresh_library();
    }

    /// Records the user's decision about an automatically found row, saves it, and redraws the
    /// tables.
    fn review(&mut self, id: &str, review: Review) {
        let Some(library) = &mut self.library else { return };
        library.set_review(id, review);
        match library.save() {
            Ok(()) => self.notices.info(match review {
                Review::Reviewed => "Marked as reviewed.",
                Review::Hidden => "Hidden. It stays out of the tables and exports.",
            }),
            Err(error) => self.notices.error(format!("Your choice could not be saved: {error}.")),
        }
        self.catalogue = Arc::new(library.catalogue(&self.curated));
    }

    /// Switches to the Articles tab with the passages of `at` highlighted and its current one
    /// in view.
    fn open_in_article(&mut self, ui: &Ui, at: OpenAt) {
        let Some(article) = self.corpus.get(&at.article) else {
            self.notices
                .error(format!("The article “{}” is not in the corpus.", at.article));
            return;
        };
        match self.articles.open_at(article, at.ranges, at.current) {
            Ok(()) => {
                self.tab = Tab::Articles;
                ui.ctx().request_repaint();
            }
            Err(error) => self.notices.error(format!("Could not show that passage: {error}.")),
        }
    }
}
