//! The Articles tab: a list of the articles beside a reader for the selected one.

use std::ops::Range;

use egui::{
    Align, FontId, Key, Panel, Rect, RichText, Role, ScrollArea, Sense, Ui, Vec2, WidgetInfo,
    text::{LayoutJob, TextWrapping},
};

use super::{
    Action, Actions,
    export::export_button,
    reader::{self, InvalidRange, Reader},
};
use crate::model::{Article, Corpus, Revision, TitleSource};

/// Height of one entry in the list: a title line and a source line.
const ROW_HEIGHT: f32 = 46.0;

/// The orders the list can be shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum ArticleOrder {
    /// Most recent publication first.
    #[default]
    NewestFirst,
    /// Oldest publication first.
    OldestFirst,
    /// By title, A to Z.
    Title,
    /// By publisher, A to Z, then newest first.
    Publisher,
}

impl ArticleOrder {
    const ALL: [Self; 4] = [Self::NewestFirst, Self::OldestFirst, Self::Title, Self::Publisher];

    /// The order's name, as the list's menu shows it.
    pub fn label(self) -> &'static str {
        match self {
            Self::NewestFirst => "Newest first",
            Self::OldestFirst => "Oldest first",
            Self::Title => "Title A–Z",
            Self::Publisher => "Publisher A–Z",
        }
    }

    /// Indices of `articles` in this order. Ties keep the corpus order, so the list is stable.
    pub fn sorted(self, articles: &[Article]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..articles.len()).collect();
        let key = |i: &usize| articles.get(*i);
        // Undated articles come after the dated ones, whichever way the dates run.
        let by_date = |a: &Article, b: &Article, newest_first: bool| match (a.date_value(), b.date_value()) {
            (Some(x), Some(y)) if newest_first => y.cmp(&x),
            (Some(x), Some(y)) => x.cmp(&y),
            (x, y) => y.is_some().cmp(&x.is_some()),
        };
        order.sort_by(|a, b| match (key(a), key(b)) {
            (Some(a), Some(b)) => match self {
                Self::NewestFirst => by_date(a, b, true),
                Self::OldestFirst => by_date(a, b, false),
                Self::Title => a.title.to_lowercase().cmp(&b.title.to_lowercase()),
                Self::Publisher => a
                    .publisher
                    .to_lowercase()
                    .cmp(&b.publisher.to_lowercase())
                    .then(by_date(a, b, true)),
            },
            _ => std::cmp::Ordering::Equal,
        });
        order
    }
}

/// State of the Articles tab.
#[derive(Debug, Default)]
pub struct ArticlesTab {
    selected: Option<String>,
    order: ArticleOrder,
    /// The list order, rebuilt only when the order or the corpus changes.
    sorted: Vec<usize>,
    /// What `sorted` was made from: the order, and the corpus's revision (so a new corpus —
    /// after an import or an edit — is noticed).
    sorted_for: Option<(ArticleOrder, Revision)>,
    scroll_to_selected: bool,
    reader: Reader,
}

impl ArticlesTab {
    /// The id of the selected article.
    pub fn selected(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    /// Selects the article with this id and brings it into view in the list.
    pub fn select(&mut self, id: &str) {
        if self.selected.as_deref() != Some(id) {
            self.selected = Some(id.to_owned());
            self.scroll_to_selected = true;
        }
    }

    /// Opens `article` with `ranges` (byte ranges of its text) highlighted and
    /// `ranges[current]` scrolled into view: what "open in article" and search hits call.
    pub fn open_at(
        &mut self,
        article: &Article,
        ranges: Vec<Range<usize>>,
        current: usize,
    ) -> Result<(), InvalidRange> {
        self.reader.reveal(article, ranges, current)?;
        self.select(&article.id);
        Ok(())
    }

    /// Removes every highlight from the reader.
    pub fn clear_highlights(&mut self) {
        self.reader.clear();
    }

    /// The list's order.
    pub fn order(&self) -> ArticleOrder {
        self.order
    }

    /// Shows the list in `order`.
    pub fn set_order(&mut self, order: ArticleOrder) {
        self.order = order;
    }

    /// The reader, to see what it shows.
    pub fn reader(&self) -> &Reader {
        &self.reader
    }

    /// Shows the tab.
    pub fn ui(&mut self, ui: &mut Ui, corpus: &Corpus, actions: &mut Actions) {
        let articles = corpus.articles();
        let key = (self.order, corpus.revision());
        if self.sorted_for != Some(key) {
            self.sorted = self.order.sorted(articles);
            self.sorted_for = Some(key);
        }
        if self.selected.as_deref().and_then(|id| corpus.get(id)).is_none() {
            self.selected = self.sorted.first().and_then(|&i| articles.get(i)).map(|a| a.id.clone());
        }
        self.keyboard(ui, articles);

        Panel::left("article_list")
            .resizable(true)
            .default_size(380.0)
            .min_size(240.0)
            .max_size(ui.available_width() * 0.6)
            .show(ui, |ui| self.list_ui(ui, articles, actions));

        egui::CentralPanel::default().show(ui, |ui| match self.selected.as_deref().and_then(|id| corpus.get(id)) {
            Some(article) => {
                reader::column(ui, |ui| header_ui(ui, article, actions));
                ui.separator();
                self.reader.ui(ui, article, actions);
            }
            None => {
                ui.centered_and_justified(|ui| ui.weak("No articles to show."));
            }
        });
    }

    /// Up and Down move through the list, Home and End jump to its ends, unless a text field
    /// or an open menu has the keyboard.
    fn keyboard(&mut self, ui: &Ui, articles: &[Article]) {
        let busy = ui.ctx().egui_wants_keyboard_input() || egui::Popup::is_any_open(ui.ctx());
        if busy || self.sorted.is_empty() {
            return;
        }
        let last = self.sorted.len() - 1;
        let position = self.selected.as_deref().and_then(|id| {
            self.sorted
                .iter()
                .position(|&i| articles.get(i).is_some_and(|a| a.id == id))
        });
        let pressed = |key| ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
        let next = if pressed(Key::ArrowDown) {
            position.map_or(0, |p| (p + 1).min(last))
        } else if pressed(Key::ArrowUp) {
            position.map_or(0, |p| p.saturating_sub(1))
        } else if pressed(Key::Home) {
            0
        } else if pressed(Key::End) {
            last
        } else {
            return;
        };
        if let Some(article) = self.sorted.get(next).and_then(|&i| articles.get(i)) {
            let id = article.id.clone();
            self.select(&id);
        }
    }

    /// The ids of the articles in the order listed: what an export writes (the list has no
    /// multiple selection, so it exports every article).
    pub fn export_ids(&self, corpus: &Corpus) -> Vec<String> {
        let articles = corpus.articles();
        let order = if self.sorted.len() == articles.len() {
            self.sorted.clone()
        } else {
            self.order.sorted(articles)
        };
        order
            .iter()
            .filter_map(|&i| articles.get(i))
            .map(|a| a.id.clone())
            .collect()
    }

    /// The list, with its order, export and import buttons above it.
    fn list_ui(&mut self, ui: &mut Ui, articles: &[Article], actions: &mut Actions) {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.strong(format!("{} articles", articles.len()));
            ui.with_layout(egui::Layout::right_to_left(Align::Center), |ui| {
                let combo = egui::ComboBox::from_id_salt("article_order")
                    .selected_text(self.order.label())
                    .show_ui(ui, |ui| {
                        for order in ArticleOrder::ALL {
                            ui.selectable_value(&mut self.order, order, order.label());
                        }
                    })
                    .response;
                let label = ui.weak("Sort by");
                combo.labelled_by(label.id);
            });
        });
        ui.horizontal(|ui| {
            if export_button(ui, 0, articles.len()) {
                actions.push(Action::ExportTable);
            }
            ui.menu_button("Import…", |ui| {
                if ui.button("Files…").on_hover_text(".txt, .md and .html files").clicked() {
                    actions.push(Action::ChooseImport { folder: false });
                }
                if ui
                    .button("A folder…")
                    .on_hover_text("Every .txt, .md and .html file in it")
                    .clicked()
                {
                    actions.push(Action::ChooseImport { folder: true });
                }
            })
            .response
            .on_hover_text("Add your own articles (you can also drop files on the window)");
        });
        ui.add_space(2.0);

        let spacing = ui.spacing().item_spacing.y;
        let scroll_to = if std::mem::take(&mut self.scroll_to_selected) {
            self.selected.as_deref().and_then(|id| {
                self.sorted
                    .iter()
                    .position(|&i| articles.get(i).is_some_and(|a| a.id == id))
            })
        } else {
            None
        };
        ScrollArea::vertical()
            .auto_shrink(false)
            .show_rows(ui, ROW_HEIGHT, self.sorted.len(), |ui, rows| {
                let top = ui.cursor().top() - rows.start as f32 * (ROW_HEIGHT + spacing);
                for position in rows {
                    let Some(article) = self.sorted.get(position).and_then(|&i| articles.get(i)) else {
                        continue;
                    };
                    let selected = self.selected.as_deref() == Some(article.id.as_str());
                    if row_ui(ui, article, selected).clicked() {
                        self.selected = Some(article.id.clone());
                    }
                }
                if let Some(position) = scroll_to {
                    let y = top + position as f32 * (ROW_HEIGHT + spacing);
                    let rect = Rect::from_min_size(egui::pos2(ui.min_rect().left(), y), Vec2::new(1.0, ROW_HEIGHT));
                    ui.scroll_to_rect(rect, None);
                }
            });
    }
}

/// One entry of the list: the title, and below it the publisher and date.
fn row_ui(ui: &mut Ui, article: &Article, selected: bool) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::new(ui.available_width(), ROW_HEIGHT), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(Role::ListBoxOption, true, &article.title));
    // A list option is "selected", not "toggled" like a checkbox: say so to screen readers.
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_selected(selected));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, selected);
        if selected || response.hovered() || response.has_focus() {
            ui.painter()
                .rect_filled(rect, visuals.corner_radius, visuals.weak_bg_fill);
        }
        let inner = rect.shrink2(Vec2::new(8.0, 5.0));
        let text_color = if selected {
            visuals.text_color()
        } else {
            ui.visuals().strong_text_color()
        };
        let weak = ui.visuals().weak_text_color();
        let line = |text: String, size: f32, color, width: f32| {
            let mut job = LayoutJob::simple_singleline(text, FontId::proportional(size), color);
            job.wrap = TextWrapping::truncate_at_width(width.max(0.0));
            ui.painter().layout_job(job)
        };
        // The date keeps its place on the right; a long publisher name gives way.
        let title = line(article.title.clone(), 14.5, text_color, inner.width());
        let date = line(article.date_text(), 12.5, weak, inner.width());
        let publisher = line(
            article.publisher_short.clone(),
            12.5,
            weak,
            inner.width() - date.size().x - 12.0,
        );
        let bottom = inner.bottom() - date.size().y;
        ui.painter().galley(inner.left_top(), title, text_color);
        ui.painter().galley(egui::pos2(inner.left(), bottom), publisher, weak);
        ui.painter()
            .galley(egui::pos2(inner.right() - date.size().x, bottom), date, weak);
    }
    response.on_hover_ui(|ui| {
        ui.set_max_width(360.0);
        ui.strong(&article.title);
        ui.label(&article.publisher);
        ui.weak(article.date_explained());
    })
}

/// Title, source line and actions above the reader.
fn header_ui(ui: &mut Ui, article: &Article, actions: &mut Actions) {
    ui.add_space(6.0);
    let heading = ui.label(RichText::new(&article.title).size(24.0).strong());
    // A heading whose name is the title (a screen reader otherwise hears an empty heading).
    ui.ctx().accesskit_node_builder(heading.id, |node| {
        node.set_role(Role::Heading);
        node.set_label(article.title.clone());
    });
    if article.title_source == TitleSource::Supplied {
        ui.weak("The text has no title of its own; this one is from the published copy.");
    }
    // Each of an imported article's details says, on hover, how it was found.
    let how = |detail: &str| {
        article
            .how
            .get(detail)
            .map(|how| format!("{}: {how}", crate::model::capitalise(detail)))
    };
    ui.horizontal_wrapped(|ui| {
        let publisher = ui.label(&article.publisher);
        if let Some(how) = how("publisher") {
            publisher.on_hover_text(how);
        }
        if let Some(byline) = &article.byline {
            ui.weak("·");
            let byline = ui.label(byline);
            if let Some(how) = how("byline") {
                byline.on_hover_text(how);
            }
        }
        ui.weak("·");
        let date = ui.label(article.date_text());
        // How the date is known, readable (not faint): for an inferred date it is the reason.
        date.on_hover_ui(|ui| {
            ui.set_max_width(360.0);
            ui.label(article.date_explained());
            if let Some(how) = how("date") {
                ui.label(how);
            }
        });
    });
    ui.horizontal(|ui| {
        if !article.url.is_empty() {
            ui.hyperlink_to("Open the published copy", &article.url)
                .on_hover_text(&article.url);
        }
        super::reader::copy_citation_button(ui, article, actions);
        if article.imported
            && ui
                .button("Edit details…")
                .on_hover_text("Title, publisher, date, address; or remove it")
                .clicked()
        {
            actions.push(Action::EditArticle(article.id.clone()));
        }
    });
    ui.add_space(2.0);
}
