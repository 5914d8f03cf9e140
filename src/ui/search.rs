//! Search from every tab: a box in the tab bar (Ctrl/Cmd+F), results beside the content grouped
//! by article and by programme or figure, each hit with its snippet, and next/previous stepping.
//!
//! A query runs on a background thread when the query changes (never every frame), so a large
//! corpus never blocks the window; results of an outdated query are dropped.

use std::{ops::Range, sync::Arc};

use egui::{Key, Label, Panel, RichText, ScrollArea, Sense, TextEdit, Ui, text::LayoutJob};

use super::{
    Action, Actions, OpenAt,
    reader::Formats,
    shortcuts,
    task::{Poll, Task},
};
use crate::model::{
    Catalogue, Corpus, Revision, count,
    search::{Query, SearchIndex, snippet},
    table::row_text,
};

/// How many articles are listed with their hits; the rest are counted. A query that matches
/// thousands of articles wants refining, not scrolling, and mapping every hit would be slow.
const LISTED: usize = 100;

/// One article found: how often the query occurs, and (for the first [`LISTED`]) where.
#[derive(Debug, Clone, Default)]
struct ArticleResult {
    article: usize,
    count: usize,
    hits: Vec<Range<usize>>,
}

/// What one query found.
#[derive(Debug, Clone, Default)]
struct Results {
    articles: Vec<ArticleResult>,
    programmes: Vec<(String, String)>,
    figures: Vec<(String, String)>,
}

/// State of the search box and its results.
#[derive(Debug, Default)]
pub struct Search {
    query: String,
    searched: String,
    /// The folded corpus, built by the first search after the corpus changes (off the UI thread),
    /// and the corpus's revision it was built from.
    index: Option<(Revision, Arc<SearchIndex>)>,
    /// The revisions of the corpus and catalogue last searched: a change searches again.
    searched_in: Option<(Revision, Revision)>,
    pending: Option<Task<(String, Arc<SearchIndex>, Results)>>,
    results: Results,
    /// The hit in view, as (result number, hit number), for next/previous.
    current: Option<(usize, usize)>,
    focus: bool,
    /// Open the first hit as soon as the results arrive (for `--search`).
    open_first: bool,
}

const SEARCH_BOX: &str = "search_box";

impl Search {
    /// The query as typed.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// Replaces the query (as if typed).
    pub fn set_query(&mut self, query: &str) {
        self.query = query.to_owned();
    }

    /// Searches for `query` and opens the first hit when the results arrive.
    pub fn search_and_open(&mut self, query: &str) {
        self.set_query(query);
        self.open_first = true;
    }

    /// Whether a query is still running.
    pub fn is_searching(&self) -> bool {
        self.pending.is_some()
    }

    /// The ids of the articles found, best first.
    pub fn found_articles<'c>(&self, corpus: &'c Corpus) -> Vec<&'c str> {
        self.results
            .articles
            .iter()
            .filter_map(|r| corpus.articles().get(r.article))
            .map(|a| a.id.as_str())
            .collect()
    }

    /// Handles Ctrl/Cmd+F, F3 and Shift+F3, anywhere in the window.
    pub fn shortcuts(&mut self, ui: &Ui, corpus: &Corpus, actions: &mut Actions) {
        if shortcuts::pressed(ui, &shortcuts::SEARCH) {
            self.focus = true;
        }
        if shortcuts::pressed(ui, &shortcuts::PREVIOUS_MATCH) {
            self.step(-1, corpus, actions);
        }
        if shortcuts::pressed(ui, &shortcuts::NEXT_MATCH) {
            self.step(1, corpus, actions);
        }
    }

    /// The search box, for the tab bar; Enter steps to the next hit.
    pub fn box_ui(&mut self, ui: &mut Ui, corpus: &Corpus, actions: &mut Actions) {
        let shortcut = shortcuts::text(ui, &shortcuts::SEARCH);
        let response = ui.add(
            TextEdit::singleline(&mut self.query)
                .id_salt(SEARCH_BOX)
                .hint_text(format!("Search ({shortcut})"))
                .desired_width(240.0),
        );
        // The hint disappears while typing; screen readers get a name that stays.
        ui.ctx()
            .accesskit_node_builder(response.id, |node| node.set_label("Search"));
        if std::mem::take(&mut self.focus) {
            response.request_focus();
        }
        if response.lost_focus() {
            let (enter, shift, escape) =
                ui.input(|i| (i.key_pressed(Key::Enter), i.modifiers.shift, i.key_pressed(Key::Escape)));
            if escape {
                self.query.clear();
            } else if enter {
                self.step(if shift { -1 } else { 1 }, corpus, actions);
                // Keep typing or stepping without clicking back into the box.
                response.request_focus();
            }
        }
    }

    /// Starts a search when the query, the corpus or the catalogue changed, and collects
    /// finished ones. Returns whether the query has just been cleared (so that the highlights of
    /// the old one should go).
    pub fn update(&mut self, ui: &Ui, corpus: &Arc<Corpus>, catalogue: &Arc<Catalogue>, actions: &mut Actions) -> bool {
        let cleared = self.query.trim().is_empty() && !self.searched.trim().is_empty();
        let data = (corpus.revision(), catalogue.revision());
        if self.searched_in != Some(data) {
            self.searched_in = Some(data);
            // Search again, over the new data.
            self.searched = String::from("\u{0}");
        }
        if self.query != self.searched {
            self.searched = self.query.clone();
            let index = self
                .index
                .as_ref()
                .filter(|(revision, _)| *revision == corpus.revision())
                .map(|(_, index)| Arc::clone(index));
            let (query, corpus, catalogue) = (self.query.clone(), Arc::clone(corpus), Arc::clone(catalogue));
            // A query typed over is not worth finishing; the index it built is kept.
            if let Some(outdated) = &self.pending {
                outdated.cancel();
            }
            self.pending = Some(Task::spawn(ui.ctx(), move |control| {
                let index = index.unwrap_or_else(|| Arc::new(SearchIndex::new(&corpus)));
                let results = if control.is_cancelled() {
                    Results::default()
                } else {
                    run(&query, &index, &corpus, &catalogue)
                };
                (query, index, results)
            }));
        }
        if let Some(pending) = &self.pending {
            match pending.poll() {
                Poll::Ready((query, index, results)) => {
                    self.index = Some((corpus.revision(), index));
                    self.pending = None;
                    // Results of a query that has been typed over since are dropped.
                    if query == self.query {
                        self.results = results;
                        self.current = None;
                        if std::mem::take(&mut self.open_first) {
                            self.step(1, corpus, actions);
                        }
                    }
                }
                Poll::Lost => self.pending = None,
                Poll::Pending => {}
            }
        }
        cleared
    }

    /// Opens the next (`+1`) or previous (`-1`) hit across all articles found, wrapping around.
    fn step(&mut self, direction: isize, corpus: &Corpus, actions: &mut Actions) {
        let flat = self.steps();
        if flat.is_empty() {
            return;
        }
        let at = self.current.and_then(|c| flat.iter().position(|f| *f == c));
        let next = match at {
            Some(i) => (i as isize + direction).rem_euclid(flat.len() as isize) as usize,
            None if direction < 0 => flat.len() - 1,
            None => 0,
        };
        if let Some(&(result, hit)) = flat.get(next) {
            self.open_hit(result, hit, corpus, actions);
        }
    }

    /// The matches Next and Previous step through, in order: (result, hit) pairs.
    fn steps(&self) -> Vec<(usize, usize)> {
        self.results
            .articles
            .iter()
            .enumerate()
            .flat_map(|(r, a)| (0..a.hits.len()).map(move |h| (r, h)))
            .collect()
    }

    /// Which match is open, counting from 1, and of how many: "2 of 3".
    pub fn position(&self) -> Option<(usize, usize)> {
        let steps = self.steps();
        let at = self.current.and_then(|c| steps.iter().position(|s| *s == c))?;
        Some((at + 1, steps.len()))
    }

    fn open_hit(&mut self, result: usize, hit: usize, corpus: &Corpus, actions: &mut Actions) {
        let Some(found) = self.results.articles.get(result) else {
            return;
        };
        let Some(article) = corpus.articles().get(found.article) else {
            return;
        };
        self.current = Some((result, hit));
        actions.push(Action::Open(OpenAt {
            article: article.id.clone(),
            ranges: found.hits.clone(),
            current: hit,
        }));
    }

    /// The results panel, shown while there is a query.
    pub fn results_ui(&mut self, ui: &mut Ui, corpus: &Corpus, actions: &mut Actions) {
        if self.query.trim().is_empty() {
            return;
        }
        Panel::right("search_results")
            .resizable(true)
            .default_size(340.0)
            .min_size(240.0)
            .show(ui, |ui| {
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    ui.strong("Search");
                    if ui
                        .small_button("Close")
                        .on_hover_text("Clear the search (Escape in the box)")
                        .clicked()
                    {
                        self.query.clear();
                    }
                    if ui
                        .small_button("Next")
                        .on_hover_text("Next match (Enter, F3)")
                        .clicked()
                    {
                        self.step(1, corpus, actions);
                    }
                    if ui
                        .small_button("Previous")
                        .on_hover_text("Previous match (Shift+Enter, Shift+F3)")
                        .clicked()
                    {
                        self.step(-1, corpus, actions);
                    }
                    if let Some((at, of)) = self.position() {
                        ui.label(format!("{at} of {of}"))
                            .on_hover_text("The match open in the article, of those listed");
                    }
                });
                ui.weak(self.summary());
                ui.separator();
                ScrollArea::vertical()
                    .id_salt("search_results_scroll")
                    .auto_shrink(false)
                    .show(ui, |ui| self.list_ui(ui, corpus, actions));
            });
    }

    /// "12 matches in 3 articles · 2 programmes · 1 figure", or why there are none.
    pub fn summary(&self) -> String {
        if self.pending.is_some() {
            return "Searching…".to_owned();
        }
        let r = &self.results;
        let matches: usize = r.articles.iter().map(|a| a.count).sum();
        if matches == 0 && r.programmes.is_empty() && r.figures.is_empty() {
            return "No matches. Every word must occur; put a phrase in quotes.".to_owned();
        }
        let mut parts = vec![format!(
            "{} in {}",
            count(matches, "match", "matches"),
            count(r.articles.len(), "article", "articles")
        )];
        if !r.programmes.is_empty() {
            parts.push(count(r.programmes.len(), "programme", "programmes"));
        }
        if !r.figures.is_empty() {
            parts.push(count(r.figures.len(), "figure", "figures"));
        }
        parts.join(" · ")
    }

    fn list_ui(&mut self, ui: &mut Ui, corpus: &Corpus, actions: &mut Actions) {
        let mut found = None;
        let formats = Formats::new(ui, 13.5);
        for (r, result) in self.results.articles.iter().enumerate() {
            let Some(article) = corpus.articles().get(result.article) else {
                continue;
            };
            ui.add_space(4.0);
            ui.add(Label::new(RichText::new(&article.title).strong()).wrap());
            ui.weak(format!(
                "{} · {}",
                article.publisher_short,
                count(result.hits.len(), "match", "matches")
            ));
            for (h, hit) in result.hits.iter().enumerate() {
                let (text, mark) = snippet(&article.text, hit.clone(), 70);
                let mut job = LayoutJob::default();
                job.wrap.max_width = ui.available_width();
                job.append(text.get(..mark.start).unwrap_or_default(), 0.0, formats.body.clone());
                let marked = if self.current == Some((r, h)) {
                    &formats.current
                } else {
                    &formats.highlight
                };
                job.append(text.get(mark.clone()).unwrap_or_default(), 0.0, marked.clone());
                job.append(text.get(mark.end..).unwrap_or_default(), 0.0, formats.body.clone());
                let response = ui.add(Label::new(job).sense(Sense::click()).selectable(false));
                if response.on_hover_text("Open the article at this match").clicked() {
                    found = Some((r, h));
                }
            }
        }
        if self.results.articles.len() > LISTED {
            ui.add_space(6.0);
            ui.weak(format!(
                "…and {} more articles. Add words to narrow the search.",
                self.results.articles.len() - LISTED
            ));
        }
        if let Some((r, h)) = found {
            self.open_hit(r, h, corpus, actions);
        }
        for (title, items) in [
            ("Programmes", &self.results.programmes),
            ("Figures", &self.results.figures),
        ] {
            if items.is_empty() {
                continue;
            }
            ui.add_space(8.0);
            ui.strong(title);
            for (id, name) in items {
                if ui.link(name).clicked() {
                    actions.push(Action::Select(id.clone()));
                }
            }
        }
    }
}

/// Runs one query over the articles and the catalogue.
fn run(query: &str, index: &SearchIndex, corpus: &Corpus, catalogue: &Catalogue) -> Results {
    let query = Query::parse(query);
    if query.is_empty() {
        return Results::default();
    }
    let programmes = catalogue
        .programmes()
        .iter()
        .filter(|p| query.matches(&row_text(*p, corpus)))
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    let figures = catalogue
        .figures()
        .iter()
        .filter(|f| query.matches(&row_text(*f, corpus)))
        .map(|f| (f.id.clone(), format!("{} — {}", f.formatted(), f.label)))
        .collect();
    let articles = index
        .search(&query)
        .into_iter()
        .enumerate()
        .map(|(rank, m)| ArticleResult {
            article: m.article,
            count: m.count,
            hits: if rank < LISTED {
                index.hits(&query, m.article, corpus)
            } else {
                Vec::new()
            },
        })
        .collect();
    Results {
        articles,
        programmes,
        figures,
    }
}
