//! Search from every tab: a box in the tab bar (Ctrl/Cmd+F), results beside the content grouped
//! by article and by programme or figure, each hit with its snippet, and next/previous stepping.
//!
//! A query runs on a background thread when the query changes (never every frame), so a large
//! corpus never blocks the window; results of an outdated query are dropped.

use std::{
    ops::Range,
    sync::{
        Arc,
        mpsc::{self, Receiver},
    },
};

use egui::{Key, Label, Modifiers, Panel, RichText, ScrollArea, Sense, TextEdit, Ui, text::LayoutJob};

use super::reader::Formats;
use crate::model::{
    Catalogue, Corpus,
    search::{Query, SearchIndex, snippet},
    table::row_text,
};

/// Where a search result leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// An article, with all its hits highlighted and hit number `current` in view.
    Article {
        /// The article's id.
        id: String,
        /// Every hit in the article, as byte ranges.
        hits: Vec<Range<usize>>,
        /// The hit to bring into view.
        current: usize,
    },
    /// A programme of the catalogue.
    Programme(String),
    /// A figure of the catalogue.
    Figure(String),
}

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
    /// The folded corpus, built by the first search after the corpus changes (off the UI thread).
    index: Option<Arc<SearchIndex>>,
    indexed_for: Option<usize>,
    pending: Option<Receiver<(String, Arc<SearchIndex>, Results)>>,
    results: Results,
    /// The hit in view, as (result number, hit number), for next/previous.
    current: Option<(usize, usize)>,
    focus: bool,
    /// Open the first hit as soon as the results arrive (for `--search`).
    open_first: bool,
}

/// What changed in a frame's [`Search::update`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Update {
    /// The query has just been cleared: highlights of the old query should go.
    pub cleared: bool,
    /// A hit to show now.
    pub found: Option<Found>,
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

    /// Handles Ctrl/Cmd+F, F3 and Shift+F3, anywhere in the window; returns a hit to show.
    pub fn shortcuts(&mut self, ui: &Ui, corpus: &Corpus) -> Option<Found> {
        if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::F)) {
            self.focus = true;
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::SHIFT, Key::F3)) {
            return self.step(-1, corpus);
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F3)) {
            return self.step(1, corpus);
        }
        None
    }

    /// The search box, for the tab bar; returns a hit to show when Enter steps to one.
    pub fn box_ui(&mut self, ui: &mut Ui, corpus: &Corpus) -> Option<Found> {
        let shortcut = ui
            .ctx()
            .format_shortcut(&egui::KeyboardShortcut::new(Modifiers::COMMAND, Key::F));
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
        let mut found = None;
        if response.lost_focus() {
            let (enter, shift, escape) =
                ui.input(|i| (i.key_pressed(Key::Enter), i.modifiers.shift, i.key_pressed(Key::Escape)));
            if escape {
                self.query.clear();
            } else if enter {
                found = self.step(if shift { -1 } else { 1 }, corpus);
                // Keep typing or stepping without clicking back into the box.
                response.request_focus();
            }
        }
        found
    }

    /// Starts a search when the query or the corpus changed, and collects finished ones.
    pub fn update(&mut self, ui: &Ui, corpus: &Arc<Corpus>, catalogue: &Arc<Catalogue>) -> Update {
        let mut update = Update {
            cleared: self.query.trim().is_empty() && !self.searched.trim().is_empty(),
            found: None,
        };
        // A new corpus is a new allocation: its address tells that the index is stale.
        let corpus_id = Arc::as_ptr(corpus) as usize;
        if self.indexed_for != Some(corpus_id) {
            self.index = None;
            self.indexed_for = Some(corpus_id);
            // Search again, over the new corpus.
            self.searched = String::from("\u{0}");
        }
        if self.query != self.searched {
            self.searched = self.query.clone();
            let (send, receive) = mpsc::channel();
            let (query, index, corpus, catalogue) = (
                self.query.clone(),
                self.index.clone(),
                Arc::clone(corpus),
                Arc::clone(catalogue),
            );
            let ctx = ui.ctx().clone();
            std::thread::spawn(move || {
                let index = index.unwrap_or_else(|| Arc::new(SearchIndex::new(&corpus)));
                let results = run(&query, &index, &corpus, &catalogue);
                let _ = send.send((query, index, results));
                ctx.request_repaint();
            });
            self.pending = Some(receive);
        }
        if let Some(pending) = &self.pending {
            match pending.try_recv() {
                Ok((query, index, results)) if query == self.query => {
                    self.index = Some(index);
                    self.results = results;
                    self.current = None;
                    self.pending = None;
                    if std::mem::take(&mut self.open_first) {
                        update.found = self.step(1, corpus);
                    }
                }
                Ok((_, index, _)) => {
                    self.index = Some(index);
                    self.pending = None;
                }
                Err(mpsc::TryRecvError::Disconnected) => self.pending = None,
                Err(mpsc::TryRecvError::Empty) => {}
            }
        }
        update
    }

    /// The next (`+1`) or previous (`-1`) hit across all articles found, wrapping around.
    fn step(&mut self, direction: isize, corpus: &Corpus) -> Option<Found> {
        let flat: Vec<(usize, usize)> = self
            .results
            .articles
            .iter()
            .enumerate()
            .flat_map(|(r, a)| (0..a.hits.len()).map(move |h| (r, h)))
            .collect();
        if flat.is_empty() {
            return None;
        }
        let at = self.current.and_then(|c| flat.iter().position(|f| *f == c));
        let next = match at {
            Some(i) => (i as isize + direction).rem_euclid(flat.len() as isize) as usize,
            None if direction < 0 => flat.len() - 1,
            None => 0,
        };
        let (result, hit) = *flat.get(next)?;
        self.open_hit(result, hit, corpus)
    }

    fn open_hit(&mut self, result: usize, hit: usize, corpus: &Corpus) -> Option<Found> {
        let found = self.results.articles.get(result)?;
        let article = corpus.articles().get(found.article)?;
        self.current = Some((result, hit));
        Some(Found::Article {
            id: article.id.clone(),
            hits: found.hits.clone(),
            current: hit,
        })
    }

    /// The results panel, shown while there is a query; returns a result the user picked.
    pub fn results_ui(&mut self, ui: &mut Ui, corpus: &Corpus) -> Option<Found> {
        if self.query.trim().is_empty() {
            return None;
        }
        let mut found = None;
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
                        found = self.step(1, corpus);
                    }
                    if ui
                        .small_button("Previous")
                        .on_hover_text("Previous match (Shift+Enter, Shift+F3)")
                        .clicked()
                    {
                        found = self.step(-1, corpus);
                    }
                });
                ui.weak(self.summary());
                ui.separator();
                ScrollArea::vertical()
                    .id_salt("search_results_scroll")
                    .auto_shrink(false)
                    .show(ui, |ui| {
                        if let Some(f) = self.list_ui(ui, corpus) {
                            found = Some(f);
                        }
                    });
            });
        found
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

    fn list_ui(&mut self, ui: &mut Ui, corpus: &Corpus) -> Option<Found> {
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
        let found = found.and_then(|(r, h)| self.open_hit(r, h, corpus));
        let mut picked = None;
        for (title, items, make) in [
            (
                "Programmes",
                &self.results.programmes,
                Found::Programme as fn(String) -> Found,
            ),
            ("Figures", &self.results.figures, Found::Figure as fn(String) -> Found),
        ] {
            if items.is_empty() {
                continue;
            }
            ui.add_space(8.0);
            ui.strong(title);
            for (id, name) in items {
                if ui.link(name).clicked() {
                    picked = Some(make(id.clone()));
                }
            }
        }
        found.or(picked)
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
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
