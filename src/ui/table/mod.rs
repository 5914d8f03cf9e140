//! The one table component: used by the Programmes and Figures tabs (and by any later table).
//!
//! It shows a [`Row`] slice with a text filter, category toggles with counts, sortable and
//! resizable columns, virtualised rows, and a selection kept by row id through sorting and
//! filtering. The filtered, sorted view is recomputed only when its inputs change.

use std::collections::BTreeSet;

use egui::{Align, FontId, Label, Layout, Modifiers, RichText, Sense, Stroke, TextEdit, Ui, Vec2, text::LayoutJob};
use egui_extras::{Column as TableColumn, TableBuilder};

mod a11y;
mod details;
mod selection;

pub use details::table_with_details;
pub use selection::Selection;

use super::{Action, Actions, export::export_button, shortcuts};
use crate::model::{
    Catalogue, Category, Corpus, Origin, Revision,
    table::{Column, Row, Sort, ViewSpec, category_counts, view},
};

/// Height of a body row: two lines of text.
const ROW_HEIGHT: f32 = 40.0;

/// Columns at most this wide (a category, a period, a status) keep their width when a table is
/// fitted to a narrow window; wider ones, of running text, give way, down to this width.
const SHORT_COLUMN: f32 = 130.0;

/// What a table remembers between runs: what it shows and what is selected.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct TableMemory {
    /// The filter text.
    pub filter: String,
    /// The categories shown.
    pub categories: Vec<Category>,
    /// The sort column and whether it is ascending.
    pub sort: Option<(usize, bool)>,
    /// Whether automatic rows are shown.
    pub show_auto: bool,
    /// Whether others' assistance (context) is shown.
    pub show_context: bool,
    /// The selected row ids.
    pub selected: Vec<String>,
    /// The row whose details are shown.
    pub current: Option<String>,
    /// The columns hidden, by title.
    pub hidden_columns: Vec<String>,
}

impl Default for TableMemory {
    fn default() -> Self {
        let spec = ViewSpec::default();
        Self {
            filter: spec.filter,
            categories: spec.categories.into_iter().collect(),
            sort: None,
            show_auto: spec.show_auto,
            show_context: spec.show_context,
            selected: Vec::new(),
            current: None,
            hidden_columns: Vec::new(),
        }
    }
}

/// State of one table: what it shows and what is selected.
#[derive(Debug)]
pub struct TableView {
    id: &'static str,
    spec: ViewSpec,
    selection: Selection,
    /// The rows shown, as indices into the slice; rebuilt only when the spec or the rows change.
    shown: Vec<usize>,
    counts: Vec<(Category, usize)>,
    auto_rows: usize,
    /// How many rows are others' assistance, kept as context.
    context_rows: usize,
    /// What `shown` was made from: the spec, and the revisions of the catalogue and the corpus
    /// (so a new catalogue — after an import or a review — or a new corpus is noticed).
    shown_for: Option<(ViewSpec, Revision, Revision)>,
    /// How many of the rows shown are selected; `None` once either changes.
    selected_shown: Option<usize>,
    /// The current row's id and index in the rows, so the details panel finds it without a
    /// search through every row each frame.
    current_row: Option<(String, usize)>,
    /// The columns hidden, by title (chosen from the header's menu).
    hidden: BTreeSet<String>,
    /// The column widths are to go back to their defaults on the next frame.
    reset_widths: bool,
}

impl TableView {
    /// A table with its own id (for remembered column widths and scroll position).
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            spec: ViewSpec::default(),
            selection: Selection::default(),
            shown: Vec::new(),
            counts: Vec::new(),
            auto_rows: 0,
            context_rows: 0,
            shown_for: None,
            selected_shown: None,
            current_row: None,
            hidden: BTreeSet::new(),
            reset_widths: false,
        }
    }

    /// The columns shown, by index into the row type's columns, in order.
    pub fn visible_columns<R: Row>(&self) -> Vec<usize> {
        let visible: Vec<usize> = (0..R::COLUMNS.len())
            .filter(|&c| R::COLUMNS.get(c).is_some_and(|col| !self.hidden.contains(col.title)))
            .collect();
        // A table always shows a column.
        if visible.is_empty() {
            (0..R::COLUMNS.len()).collect()
        } else {
            visible
        }
    }

    /// What is selected.
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// The indices of the rows shown, in order (as of the last frame).
    pub fn shown(&self) -> &[usize] {
        &self.shown
    }

    /// What the table shows: its filter, categories, sort and whether automatic rows show.
    pub fn spec(&self) -> &ViewSpec {
        &self.spec
    }

    /// What to remember of this table.
    pub fn memory(&self) -> TableMemory {
        TableMemory {
            filter: self.spec.filter.clone(),
            categories: self.spec.categories.iter().copied().collect(),
            sort: self.spec.sort.map(|s| (s.column, s.ascending)),
            show_auto: self.spec.show_auto,
            show_context: self.spec.show_context,
            selected: self.selection.ids().iter().cloned().collect(),
            current: self.selection.current().map(str::to_owned),
            hidden_columns: self.hidden.iter().cloned().collect(),
        }
    }

    /// Puts back what was remembered. Rows that no longer exist are simply not shown.
    pub fn restore(&mut self, memory: TableMemory) {
        let categories: BTreeSet<Category> = memory.categories.into_iter().collect();
        self.spec = ViewSpec {
            filter: memory.filter,
            categories: if categories.is_empty() {
                Category::ALL.into_iter().collect()
            } else {
                categories
            },
            sort: memory.sort.map(|(column, ascending)| Sort { column, ascending }),
            show_auto: memory.show_auto,
            show_context: memory.show_context,
        };
        self.hidden = memory.hidden_columns.into_iter().collect();
        let ids: Vec<&str> = memory.selected.iter().map(String::as_str).collect();
        self.selection.clear();
        self.selection.select_all(&ids);
        if let Some(current) = &memory.current {
            self.selection.set_current(current);
        }
        self.selected_shown = None;
    }

    /// Selects just the row with this id, as a plain click would.
    pub fn select(&mut self, id: &str) {
        self.selection.click(id, false, false, &[id]);
        self.selected_shown = None;
    }

    /// The row whose details are shown, if any. Found by id once, then kept by index while it
    /// is still the same row.
    pub fn current_row<'r, R: Row>(&mut self, rows: &'r [R]) -> Option<&'r R> {
        let id = self.selection.current()?;
        let kept = self
            .current_row
            .as_ref()
            .filter(|(kept, i)| kept == id && rows.get(*i).is_some_and(|r| r.id() == id))
            .map(|&(_, i)| i);
        let index = match kept {
            Some(i) => i,
            None => {
                let i = rows.iter().position(|r| r.id() == id)?;
                self.current_row = Some((id.to_owned(), i));
                i
            }
        };
        rows.get(index)
    }

    /// Shows every row of `category` and only those: the filter text is cleared and rows found
    /// automatically are shown, so the table holds as many rows as the category has.
    pub fn only_category(&mut self, category: Category) {
        self.spec.categories = BTreeSet::from([category]);
        self.spec.filter.clear();
        self.spec.show_auto = true;
    }

    /// Works out again which rows are shown, if the spec, the catalogue or the corpus changed.
    fn refresh<R: Row>(&mut self, catalogue: &Catalogue, corpus: &Corpus) {
        let fresh = matches!(&self.shown_for, Some((spec, rows, articles))
            if *spec == self.spec && *rows == catalogue.revision() && *articles == corpus.revision());
        if !fresh {
            let rows = R::of(catalogue);
            self.shown = view(rows, &self.spec, corpus);
            self.counts = category_counts(rows, &self.spec, corpus);
            self.auto_rows = rows.iter().filter(|r| r.origin() == Origin::Auto).count();
            self.context_rows = rows.iter().filter(|r| r.is_context()).count();
            self.shown_for = Some((self.spec.clone(), catalogue.revision(), corpus.revision()));
            self.selected_shown = None;
        }
    }

    /// Shows the filter bar and the table of the `R` rows of `catalogue`, filling the available
    /// space.
    pub fn ui<R: Row>(
        &mut self,
        ui: &mut Ui,
        catalogue: &Catalogue,
        corpus: &Corpus,
        noun: &str,
        actions: &mut Actions,
    ) {
        self.refresh::<R>(catalogue, corpus);
        let rows = R::of(catalogue);
        if self.controls_ui(ui, rows, noun) {
            actions.push(Action::ExportTable);
        }
        self.refresh::<R>(catalogue, corpus);
        ui.add_space(4.0);
        self.keyboard(ui, rows);
        if self.shown.is_empty() {
            ui.add_space(24.0);
            ui.vertical_centered(|ui| {
                ui.weak(format!("No {noun} match the filter."));
                if ui.button("Show all").clicked() {
                    self.spec = ViewSpec {
                        sort: self.spec.sort,
                        ..ViewSpec::default()
                    };
                }
            });
            return;
        }
        let width = ui.available_width();
        egui::ScrollArea::horizontal().id_salt((self.id, "h")).show(ui, |ui| {
            // The table's own node: a scope around it, named by what it lists.
            let scope = egui::UiBuilder::new().accessibility_label(crate::model::capitalise(noun));
            ui.scope_builder(scope, |ui| self.table_ui(ui, rows, corpus, width));
        });
    }

    /// The ids to export, in the order shown: the selected rows among those shown, or, when
    /// none is selected, every row shown. The flag says whether they are a selection.
    pub fn export_ids<R: Row>(&self, catalogue: &Catalogue) -> (Vec<String>, bool) {
        let shown = self.order(R::of(catalogue));
        let selected: Vec<String> = shown
            .iter()
            .filter(|id| self.selection.contains(id))
            .map(|id| (*id).to_owned())
            .collect();
        if selected.is_empty() {
            (shown.into_iter().map(str::to_owned).collect(), false)
        } else {
            (selected, true)
        }
    }

    /// The rows to copy: those selected, in the order shown, or else the current row.
    pub fn copy_ids<R: Row>(&self, catalogue: &Catalogue) -> Vec<String> {
        match self.export_ids::<R>(catalogue) {
            (selected, true) => selected,
            _ => self.selection.current().map(str::to_owned).into_iter().collect(),
        }
    }

    fn controls_ui<R: Row>(&mut self, ui: &mut Ui, rows: &[R], noun: &str) -> bool {
        let total = rows.len();
        let selected = *self.selected_shown.get_or_insert_with(|| {
            self.shown
                .iter()
                .filter_map(|&i| rows.get(i))
                .filter(|r| self.selection.contains(r.id()))
                .count()
        });
        let mut export = false;
        ui.horizontal_wrapped(|ui| {
            let filter = ui.add(
                TextEdit::singleline(&mut self.spec.filter)
                    .hint_text(format!("Filter {noun}…"))
                    .desired_width(220.0),
            );
            // The hint disappears while typing; screen readers get a name that stays.
            ui.ctx()
                .accesskit_node_builder(filter.id, |node| node.set_label(format!("Filter {noun}")));
            if !self.spec.filter.is_empty() && ui.small_button("Clear").on_hover_text("Clear the filter").clicked() {
                self.spec.filter.clear();
                filter.request_focus();
            }
            ui.separator();
            if self.auto_rows > 0 {
                let text = format!("automatic ({})", self.auto_rows);
                ui.checkbox(&mut self.spec.show_auto, text)
                    .on_hover_text("Show the rows found automatically in imported articles and not yet reviewed");
                ui.separator();
            }
            if self.context_rows > 0 {
                let text = format!("context ({})", self.context_rows);
                ui.checkbox(&mut self.spec.show_context, text).on_hover_text(
                    "Show what imported articles report of others: other countries' and the EU's assistance, \
                     and figures of the war itself, kept as context",
                );
                ui.separator();
            }
            for &(category, count) in &self.counts {
                let on = self.spec.categories.contains(&category);
                let text = format!("{} ({count})", category.label());
                let hint = "Show only this category; click others to add them, or this one again to show all";
                if ui.selectable_label(on, text).on_hover_text(hint).clicked() {
                    self.spec.categories = toggle_category(&self.spec.categories, category);
                }
            }
            ui.separator();
            export = export_button(ui, selected, self.shown.len());
            let mut status = format!("{} of {total} {noun}", self.shown.len());
            if selected > 0 {
                status.push_str(&format!(" · {selected} selected"));
            }
            ui.add(Label::new(RichText::new(status).weak()).extend());
        });
        export
    }

    /// Ctrl/Cmd+A selects every row shown; Escape selects none.
    fn keyboard<R: Row>(&mut self, ui: &Ui, rows: &[R]) {
        if ui.ctx().egui_wants_keyboard_input() || egui::Popup::is_any_open(ui.ctx()) {
            return;
        }
        if shortcuts::pressed(ui, &shortcuts::SELECT_ALL) {
            let order = self.order(rows);
            self.selection.select_all(&order);
            self.selected_shown = None;
        }
        if shortcuts::pressed(ui, &shortcuts::SELECT_NONE) {
            self.selection.clear();
            self.selected_shown = None;
        }
    }

    fn order<'r, R: Row>(&self, rows: &'r [R]) -> Vec<&'r str> {
        self.shown.iter().filter_map(|&i| rows.get(i)).map(Row::id).collect()
    }

    /// The table itself, its columns first fitted to `width` (their widths are remembered from
    /// then on, as the user resizes them).
    fn table_ui<R: Row>(&mut self, ui: &mut Ui, rows: &[R], corpus: &Corpus, width: f32) {
        let ctx = ui.ctx().clone();
        // For screen readers, a table of rows of cells under a header row.
        let visible = self.visible_columns::<R>();
        let table_node = a11y::Table::new(ui, ui.unique_id(), visible.len(), self.shown.len());
        let columns: Vec<(usize, &Column)> = visible.iter().filter_map(|&c| Some((c, R::COLUMNS.get(c)?))).collect();
        // Each set of columns remembers its own widths; all of them, under the table's own id.
        let salt = match columns.len() == R::COLUMNS.len() {
            true => egui::IdSalt::new(self.id),
            false => egui::IdSalt::new((self.id, &visible)),
        };
        // egui_extras's handles between the columns, named for a screen reader.
        // (The builder keys its state by `IdSalt::new` of the salt it is given.)
        let handles = ui.scope_id().with(egui::IdSalt::new(salt)).with("resize_column");
        let mut table = TableBuilder::new(ui)
            .id_salt(salt)
            .striped(true)
            .resizable(true)
            .sense(Sense::click())
            .cell_layout(Layout::left_to_right(Align::Center))
            .auto_shrink(false);
        if std::mem::take(&mut self.reset_widths) {
            table.reset();
        }
        // Default widths that fit the space the table has: short columns (a category, a status)
        // keep theirs, the wide ones of running text share what is left. The last column takes
        // whatever width remains, so the table fills wide windows.
        let short = |c: &Column| c.width <= SHORT_COLUMN;
        let fixed: f32 = columns
            .iter()
            .map(|(_, c)| c.width)
            .filter(|w| *w <= SHORT_COLUMN)
            .sum();
        let wide: f32 = columns.iter().map(|(_, c)| c.width).filter(|w| *w > SHORT_COLUMN).sum();
        let spacing = ctx.global_style().spacing.item_spacing.x * columns.len() as f32;
        let scroll_bar = ctx.global_style().spacing.scroll.allocated_width();
        let room = width - spacing - scroll_bar - fixed;
        let scale = (room / wide.max(1.0)).min(1.0);
        let last = columns.len().saturating_sub(1);
        for (i, (_, column)) in columns.iter().enumerate() {
            let least = column.width.min(60.0);
            let sized = if i == last {
                TableColumn::remainder()
            } else if short(column) {
                TableColumn::initial(column.width)
            } else {
                // Never narrower than a few words a line: below that, the table scrolls instead.
                TableColumn::initial((column.width * scale).max(SHORT_COLUMN.min(column.width)))
            };
            table = table.column(sized.at_least(least).clip(true));
        }
        let mut clicked: Option<(String, Modifiers)> = None;
        // For screen readers, a table of rows of cells under a header row (see `a11y`).
        table
            .header(26.0, |mut header| {
                for (c, &(i, column)) in columns.iter().enumerate() {
                    header.col(|ui| {
                        table_node.header_cell(ui, c, column.title, |ui| self.header_ui::<R>(ui, i, column.title));
                    });
                }
            })
            .body(|body| {
                body.rows(ROW_HEIGHT, self.shown.len(), |mut row| {
                    let index = row.index();
                    let Some(entry) = self.shown.get(index).and_then(|&i| rows.get(i)) else {
                        return;
                    };
                    let selected = self.selection.contains(entry.id());
                    row.set_selected(selected);
                    for (c, &(column, _)) in columns.iter().enumerate() {
                        row.col(|ui| {
                            let text = entry.cell(column, corpus);
                            let cell = (index, c, entry.id(), selected);
                            if table_node.cell(ui, cell, |ui| cell_ui(ui, &text, entry.origin() == Origin::Auto)) {
                                clicked = Some((entry.id().to_owned(), Modifiers::NONE));
                            }
                        });
                    }
                    if row.response().clicked() {
                        clicked = Some((entry.id().to_owned(), ctx.input(|i| i.modifiers)));
                    }
                });
            });
        for (i, (_, column)) in columns.iter().enumerate() {
            let handle = handles.with(i);
            if ctx.read_response(handle).is_some() {
                let name = format!("Width of the {} column", column.title);
                ctx.accesskit_node_builder(handle, |node| {
                    node.set_role(egui::accesskit::Role::Splitter);
                    node.set_label(name);
                });
            }
        }
        if let Some((id, modifiers)) = clicked {
            let order = self.order(rows);
            self.selection.click(&id, modifiers.command, modifiers.shift, &order);
            self.selected_shown = None;
            // The details panel was drawn before the click; draw again to show the new choice.
            ctx.request_repaint();
        }
    }

    /// A column heading: click to sort by it, click again to reverse; right-click to choose the
    /// columns.
    fn header_ui<R: Row>(&mut self, ui: &mut Ui, column: usize, title: &str) {
        let sorted = self.spec.sort.filter(|s| s.column == column);
        let response = ui.add(egui::Button::new(RichText::new(title).strong()).frame(false));
        if let Some(sort) = sorted {
            // A small triangle after the title: up for ascending, down for descending.
            let r = response.rect;
            let c = egui::pos2(r.right() + 8.0, r.center().y);
            let (tip, base) = if sort.ascending { (-4.0, 3.0) } else { (4.0, -3.0) };
            let points = vec![
                c + Vec2::new(0.0, tip),
                c + Vec2::new(-4.0, base),
                c + Vec2::new(4.0, base),
            ];
            let color = ui.visuals().strong_text_color();
            ui.painter()
                .add(egui::Shape::convex_polygon(points, color, Stroke::NONE));
        }
        let direction = match sorted {
            Some(s) if s.ascending => "sorted ascending; click to sort descending",
            Some(_) => "sorted descending; click to sort ascending",
            None => "click to sort",
        };
        let response = response.on_hover_text(format!("{title}: {direction}; right-click to choose the columns"));
        response.context_menu(|ui| self.columns_menu::<R>(ui));
        if response.clicked() {
            self.spec.sort = Some(Sort {
                column,
                ascending: sorted.is_none_or(|s| !s.ascending),
            });
        }
    }

    /// The header's menu: show or hide each column (one always stays), or go back to all of
    /// them at their first widths.
    fn columns_menu<R: Row>(&mut self, ui: &mut Ui) {
        ui.label(RichText::new("Columns").strong());
        let shown = self.visible_columns::<R>().len();
        for column in R::COLUMNS {
            let mut on = !self.hidden.contains(column.title);
            let last = on && shown == 1;
            let toggle = ui.add_enabled(!last, egui::Checkbox::new(&mut on, column.title));
            if toggle.changed() {
                if on {
                    self.hidden.remove(column.title);
                } else {
                    self.hidden.insert(column.title.to_owned());
                }
            }
        }
        ui.separator();
        if ui.button("Show all columns at their first widths").clicked() {
            self.hidden.clear();
            self.reset_widths = true;
            ui.close();
        }
    }
}

/// The categories shown after a click on `category`'s toggle: with every category shown, the
/// click shows only that one; otherwise it adds or removes it, and removing the last one shows
/// them all again.
pub fn toggle_category(shown: &BTreeSet<Category>, category: Category) -> BTreeSet<Category> {
    let all: BTreeSet<Category> = Category::ALL.into_iter().collect();
    let mut next = shown.clone();
    if *shown == all {
        next = BTreeSet::from([category]);
    } else if !next.remove(&category) {
        next.insert(category);
    }
    if next.is_empty() { all } else { next }
}

/// A cell: up to two lines of text; the full text shows on hover when it does not fit.
fn cell_ui(ui: &mut Ui, text: &str, auto: bool) {
    let mut job = LayoutJob::simple(
        text.to_owned(),
        FontId::proportional(13.5),
        ui.visuals().text_color(),
        ui.available_width(),
    );
    // Rows found automatically and not yet reviewed are set in italics.
    if let Some(section) = job.sections.first_mut() {
        section.format.italics = auto;
    }
    job.wrap.max_rows = 2;
    let galley = ui.painter().layout_job(job);
    // egui's label shows the whole text on hover when it was cut; a second tooltip of our own
    // would stack an identical one beneath it.
    ui.add(Label::new(galley).selectable(false).show_tooltip_when_elided(true));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_toggles_solo_add_remove_and_fall_back_to_all() {
        let all: BTreeSet<Category> = Category::ALL.into_iter().collect();
        let cyber = toggle_category(&all, Category::Cyber);
        assert_eq!(cyber, BTreeSet::from([Category::Cyber]));
        let two = toggle_category(&cyber, Category::Training);
        assert_eq!(two, BTreeSet::from([Category::Cyber, Category::Training]));
        assert_eq!(
            toggle_category(&two, Category::Cyber),
            BTreeSet::from([Category::Training])
        );
        assert_eq!(toggle_category(&cyber, Category::Cyber), all);
    }
}
