//! The one table component: used by the Programmes and Figures tabs (and by any later table).
//!
//! It shows a [`Row`] slice with a text filter, category toggles with counts, sortable and
//! resizable columns, virtualised rows, and a selection kept by row id through sorting and
//! filtering. The filtered, sorted view is recomputed only when its inputs change.

use std::collections::BTreeSet;

use egui::{
    Align, FontId, Key, Label, Layout, Modifiers, Panel, RichText, ScrollArea, Sense, Stroke, TextEdit, Ui, Vec2,
    text::LayoutJob,
};
use egui_extras::{Column as TableColumn, TableBuilder};

use super::{Action, citations::OpenAt};
use crate::model::{
    Category, Corpus, Origin,
    library::Review,
    table::{Row, Sort, ViewSpec, category_counts, view},
};

/// Height of a body row: two lines of text.
const ROW_HEIGHT: f32 = 40.0;

/// Which rows are selected, by id, and which one was clicked last.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    ids: BTreeSet<String>,
    anchor: Option<String>,
    current: Option<String>,
}

impl Selection {
    /// Applies a click on row `id`: alone it selects just that row; with `command` it toggles
    /// the row; with `shift` it selects the range from the last clicked row to this one, in
    /// `order` (the rows as shown), adding to the selection if `command` is held too.
    pub fn click(&mut self, id: &str, command: bool, shift: bool, order: &[&str]) {
        let anchor_at = self.anchor.as_deref().and_then(|a| order.iter().position(|o| *o == a));
        let here = order.iter().position(|o| *o == id);
        match (shift, anchor_at, here) {
            (true, Some(a), Some(h)) => {
                if !command {
                    self.ids.clear();
                }
                let range = a.min(h)..=a.max(h);
                self.ids
                    .extend(order.get(range).unwrap_or_default().iter().map(|s| (*s).to_owned()));
            }
            _ if command => {
                if !self.ids.remove(id) {
                    self.ids.insert(id.to_owned());
                }
                self.anchor = Some(id.to_owned());
            }
            _ => {
                self.ids = BTreeSet::from([id.to_owned()]);
                self.anchor = Some(id.to_owned());
            }
        }
        self.current = self.ids.contains(id).then(|| id.to_owned());
    }

    /// Selects every row in `order`.
    pub fn select_all(&mut self, order: &[&str]) {
        self.ids = order.iter().map(|s| (*s).to_owned()).collect();
    }

    /// Makes `id` the row whose details are shown, if it is selected.
    pub fn set_current(&mut self, id: &str) {
        if self.ids.contains(id) {
            self.current = Some(id.to_owned());
            self.anchor = Some(id.to_owned());
        }
    }

    /// Selects nothing.
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// Whether row `id` is selected.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// The selected ids.
    pub fn ids(&self) -> &BTreeSet<String> {
        &self.ids
    }

    /// The row whose details are shown: the last one clicked, while it is selected.
    pub fn current(&self) -> Option<&str> {
        self.current.as_deref().filter(|c| self.ids.contains(*c))
    }
}

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
    /// The selected row ids.
    pub selected: Vec<String>,
    /// The row whose details are shown.
    pub current: Option<String>,
}

impl Default for TableMemory {
    fn default() -> Self {
        let spec = ViewSpec::default();
        Self {
            filter: spec.filter,
            categories: spec.categories.into_iter().collect(),
            sort: None,
            show_auto: spec.show_auto,
            selected: Vec::new(),
            current: None,
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
    /// What `shown` was made from: the spec, and the rows (by address and length, so a new
    /// catalogue — after an import or a review — is noticed).
    shown_for: Option<(ViewSpec, usize, usize)>,
    /// How many of the rows shown are selected; `None` once either changes.
    selected_shown: Option<usize>,
    /// The current row's id and index in the rows, so the details panel finds it without a
    /// search through every row each frame.
    current_row: Option<(String, usize)>,
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
            shown_for: None,
            selected_shown: None,
            current_row: None,
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
            selected: self.selection.ids().iter().cloned().collect(),
            current: self.selection.current().map(str::to_owned),
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
        };
        let ids: Vec<&str> = memory.selected.iter().map(String::as_str).collect();
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

    fn refresh<R: Row>(&mut self, rows: &[R], corpus: &Corpus) {
        let rows_key = (rows.as_ptr() as usize, rows.len());
        let fresh = matches!(&self.shown_for, Some((spec, ptr, len)) if *spec == self.spec && (*ptr, *len) == rows_key);
        if !fresh {
            self.shown = view(rows, &self.spec, corpus);
            self.counts = category_counts(rows, &self.spec.filter, corpus);
            self.auto_rows = rows.iter().filter(|r| r.origin() == Origin::Auto).count();
            self.shown_for = Some((self.spec.clone(), rows_key.0, rows_key.1));
            self.selected_shown = None;
        }
    }

    /// Shows the filter bar and the table, filling the available space.
    /// Returns whether the user asked to export the table.
    pub fn ui<R: Row>(&mut self, ui: &mut Ui, rows: &[R], corpus: &Corpus, noun: &str) -> bool {
        self.refresh(rows, corpus);
        let export = self.controls_ui(ui, rows, noun);
        self.refresh(rows, corpus);
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
            return export;
        }
        egui::ScrollArea::horizontal()
            .id_salt((self.id, "h"))
            .show(ui, |ui| self.table_ui(ui, rows, corpus));
        export
    }

    /// The ids to export, in the order shown: the selected rows among those shown, or, when
    /// none is selected, every row shown. The flag says whether they are a selection.
    pub fn export_ids<R: Row>(&self, rows: &[R]) -> (Vec<String>, bool) {
        let shown = self.order(rows);
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
        if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::A)) {
            let order = self.order(rows);
            self.selection.select_all(&order);
            self.selected_shown = None;
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            self.selection.clear();
            self.selected_shown = None;
        }
    }

    fn order<'r, R: Row>(&self, rows: &'r [R]) -> Vec<&'r str> {
        self.shown.iter().filter_map(|&i| rows.get(i)).map(Row::id).collect()
    }

    fn table_ui<R: Row>(&mut self, ui: &mut Ui, rows: &[R], corpus: &Corpus) {
        let ctx = ui.ctx().clone();
        let mut table = TableBuilder::new(ui)
            .id_salt(self.id)
            .striped(true)
            .resizable(true)
            .sense(Sense::click())
            .cell_layout(Layout::left_to_right(Align::Center))
            .auto_shrink(false);
        // The last column takes whatever width is left, so the table fills wide windows.
        let last = R::COLUMNS.len().saturating_sub(1);
        for (i, column) in R::COLUMNS.iter().enumerate() {
            let sized = if i == last {
                TableColumn::remainder()
            } else {
                TableColumn::initial(column.width)
            };
            table = table.column(sized.at_least(column.width.min(60.0)).clip(true));
        }
        let mut clicked: Option<(String, Modifiers)> = None;
        table
            .header(26.0, |mut header| {
                for (i, column) in R::COLUMNS.iter().enumerate() {
                    header.col(|ui| self.header_ui(ui, i, column.title));
                }
            })
            .body(|body| {
                body.rows(ROW_HEIGHT, self.shown.len(), |mut row| {
                    let Some(entry) = self.shown.get(row.index()).and_then(|&i| rows.get(i)) else {
                        return;
                    };
                    row.set_selected(self.selection.contains(entry.id()));
                    for column in 0..R::COLUMNS.len() {
                        row.col(|ui| cell_ui(ui, &entry.cell(column, corpus), entry.origin() == Origin::Auto));
                    }
                    if row.response().clicked() {
                        clicked = Some((entry.id().to_owned(), ctx.input(|i| i.modifiers)));
                    }
                });
            });
        if let Some((id, modifiers)) = clicked {
            let order = self.order(rows);
            self.selection.click(&id, modifiers.command, modifiers.shift, &order);
            self.selected_shown = None;
            // The details panel was drawn before the click; draw again to show the new choice.
            ctx.request_repaint();
        }
    }

    /// A column heading: click to sort by it, click again to reverse.
    fn header_ui(&mut self, ui: &mut Ui, column: usize, title: &str) {
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
        if response.on_hover_text(format!("{title}: {direction}")).clicked() {
            self.spec.sort = Some(Sort {
                column,
                ascending: sorted.is_none_or(|s| !s.ascending),
            });
        }
    }
}

/// A table beside a panel with the details of its current row: the layout of the Programmes and
/// Figures tabs. Returns what the user asked for: a passage to open, or an export.
pub fn table_with_details<R: Row>(
    ui: &mut Ui,
    table: &mut TableView,
    rows: &[R],
    corpus: &Corpus,
    noun: &str,
    placeholder: &str,
    details: impl FnOnce(&mut Ui, &R) -> Option<OpenAt>,
) -> Option<Action> {
    let current = table.current_row(rows);
    let mut action = None;
    Panel::right((table.id, "details"))
        .resizable(true)
        .default_size(440.0)
        .min_size(260.0)
        .max_size(ui.available_width() * 0.65)
        .show(ui, |ui| {
            ScrollArea::vertical()
                .id_salt((table.id, "details_scroll"))
                .auto_shrink(false)
                .show(ui, |ui| match current {
                    Some(row) => {
                        action = review_ui(ui, row);
                        if let Some(open) = details(ui, row) {
                            action = Some(Action::Open(open));
                        }
                    }
                    None => {
                        ui.add_space(40.0);
                        ui.vertical_centered(|ui| ui.weak(placeholder));
                    }
                });
        });
    let export = egui::CentralPanel::default()
        .show(ui, |ui| table.ui(ui, rows, corpus, noun))
        .inner;
    if export { Some(Action::Export) } else { action }
}

/// For a row found automatically: says so, and offers to mark it reviewed or hide it.
fn review_ui<R: Row>(ui: &mut Ui, row: &R) -> Option<Action> {
    let review = |review| {
        Some(Action::Review {
            id: row.id().to_owned(),
            review,
        })
    };
    match row.origin() {
        Origin::Curated => None,
        Origin::Reviewed => {
            ui.add_space(6.0);
            ui.weak("Found automatically; reviewed by you.");
            None
        }
        Origin::Auto => {
            let mut action = None;
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new("Found automatically, not reviewed.")
                        .italics()
                        .color(ui.visuals().warn_fg_color),
                );
                if ui
                    .button("Mark reviewed")
                    .on_hover_text("You checked it against its source")
                    .clicked()
                {
                    action = review(Review::Reviewed);
                }
                if ui
                    .button("Hide")
                    .on_hover_text("Leave it out of the tables and exports")
                    .clicked()
                {
                    action = review(Review::Hidden);
                }
            });
            action
        }
    }
}

/// The export button, saying what it will export; returns whether it was clicked.
pub fn export_button(ui: &mut Ui, selected: usize, shown: usize) -> bool {
    let text = match (selected, shown) {
        (1, _) => "Export 1 selected row…".to_owned(),
        (0, 1) => "Export the 1 row…".to_owned(),
        (0, n) => format!("Export all {n} rows…"),
        (n, _) => format!("Export {n} selected rows…"),
    };
    let shortcut = ui
        .ctx()
        .format_shortcut(&egui::KeyboardShortcut::new(Modifiers::COMMAND, Key::E));
    ui.add_enabled(shown > 0, egui::Button::new(text))
        .on_hover_text(format!("Save as CSV, with every row's sources ({shortcut})"))
        .clicked()
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
    let elided = galley.elided;
    let response = ui.add(Label::new(galley).selectable(false));
    if elided {
        response.on_hover_text(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORDER: [&str; 5] = ["a", "b", "c", "d", "e"];

    fn ids(s: &Selection) -> Vec<&str> {
        s.ids().iter().map(String::as_str).collect()
    }

    #[test]
    fn a_plain_click_selects_one_row() {
        let mut s = Selection::default();
        s.click("b", false, false, &ORDER);
        s.click("d", false, false, &ORDER);
        assert_eq!(ids(&s), ["d"]);
        assert_eq!(s.current(), Some("d"));
    }

    #[test]
    fn command_click_toggles_rows() {
        let mut s = Selection::default();
        s.click("b", false, false, &ORDER);
        s.click("d", true, false, &ORDER);
        assert_eq!(ids(&s), ["b", "d"]);
        s.click("b", true, false, &ORDER);
        assert_eq!(ids(&s), ["d"]);
        assert_eq!(s.current(), None, "the row just unselected shows no details");
    }

    #[test]
    fn shift_click_selects_a_range_in_the_order_shown() {
        let mut s = Selection::default();
        s.click("d", false, false, &ORDER);
        s.click("b", false, true, &ORDER);
        assert_eq!(ids(&s), ["b", "c", "d"]);
        // In another order (say, sorted descending) the same click covers other rows.
        let reversed = ["e", "d", "c", "b", "a"];
        s.click("a", false, true, &reversed);
        assert_eq!(ids(&s), ["a", "b", "c", "d"]);
        // With command, the range is added to what was selected.
        s.click("e", false, false, &ORDER);
        s.click("a", true, false, &ORDER);
        s.click("b", true, true, &ORDER);
        assert_eq!(ids(&s), ["a", "b", "e"]);
    }

    #[test]
    fn selection_survives_rows_being_hidden() {
        let mut s = Selection::default();
        s.select_all(&ORDER);
        s.click("c", true, false, &["c"]);
        assert_eq!(ids(&s), ["a", "b", "d", "e"]);
        s.clear();
        assert!(s.ids().is_empty());
    }

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
