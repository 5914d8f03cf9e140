//! A table as a screen reader should find it: a table node that knows its row and column counts,
//! a header row of column headers, and rows (only those on screen are built; each knows its
//! index) of cells, a row saying whether it is selected and offering a click to select it.
//!
//! egui_extras lays the table out but exposes only the widgets in it; the nodes here are empty
//! child `Ui`s given AccessKit roles and made the parents of the cells' contents.

use std::cell::Cell;

use egui::{Id, Rect, Ui, UiBuilder, accesskit};

/// The accessible table being drawn.
#[derive(Debug)]
pub struct Table {
    id: Id,
    /// Whether anyone reads the accessibility tree this frame (a screen reader, a test): when
    /// nobody does, the cells are drawn as they are, with no nodes to build.
    on: bool,
    /// Whether the header row's node is made (it is made with the first header cell).
    header_made: Cell<bool>,
}

impl Table {
    /// The table whose node is the `Ui` with id `id` (a scope around the whole table), with
    /// `columns` columns and `rows` rows besides its header.
    pub fn new(ui: &Ui, id: Id, columns: usize, rows: usize) -> Self {
        let on = ui
            .ctx()
            .accesskit_node_builder(id, |node| {
                node.set_role(accesskit::Role::Table);
                node.set_row_count(rows + 1);
                node.set_column_count(columns);
            })
            .is_some();
        Self {
            id,
            on,
            header_made: Cell::new(false),
        }
    }

    /// The header row's node, made with the first header cell.
    fn header_row(&self, ui: &mut Ui) -> Id {
        let id = self.id.with("header_row");
        if !self.header_made.replace(true) {
            row_node(ui, self.id, id, |node| node.set_row_index(0));
        }
        id
    }

    /// Column header `column`, named `title`, holding what `content` draws.
    pub fn header_cell(&self, ui: &mut Ui, column: usize, title: &str, content: impl FnOnce(&mut Ui)) {
        if !self.on {
            return content(ui);
        }
        let row = self.header_row(ui);
        let cell = UiBuilder::new()
            .accessibility_parent(row)
            .accessibility_role(accesskit::Role::ColumnHeader)
            .accessibility_label(title);
        let inner = ui.scope_builder(cell, content);
        ui.ctx().accesskit_node_builder(inner.response.id, |node| {
            node.set_row_index(0);
            node.set_column_index(column);
        });
        cover(ui, row, inner.response.rect);
    }

    /// A cell of a body row: `(row index, column index, row id, selected)`, drawn by `content`.
    /// The row's node is made with its first cell. Returns whether a screen reader asked to
    /// select the row.
    pub fn cell(
        &self,
        ui: &mut Ui,
        (row, column, row_id, selected): (usize, usize, &str, bool),
        content: impl FnOnce(&mut Ui),
    ) -> bool {
        if !self.on {
            content(ui);
            return false;
        }
        let row_node_id = self.id.with(("row", row_id));
        if column == 0 {
            row_node(ui, self.id, row_node_id, |node| {
                node.set_row_index(row + 1);
                node.set_selected(selected);
                node.add_action(accesskit::Action::Click);
            });
        }
        // The cell's text is its content's (a label), so it is not repeated as the cell's name.
        let cell = UiBuilder::new()
            .accessibility_parent(row_node_id)
            .accessibility_role(accesskit::Role::Cell);
        let inner = ui.scope_builder(cell, content);
        ui.ctx().accesskit_node_builder(inner.response.id, |node| {
            node.set_row_index(row + 1);
            node.set_column_index(column);
        });
        cover(ui, row_node_id, inner.response.rect);
        column == 0 && ui.input(|i| i.has_accesskit_action_request(row_node_id, accesskit::Action::Click))
    }
}

/// Makes the row node `row` cover `cell` too: a row is where its cells are (a screen reader
/// shows it there, and a click on it lands on it).
fn cover(ui: &Ui, row: Id, cell: Rect) {
    ui.ctx().accesskit_node_builder(row, |node| {
        let cell = accesskit::Rect {
            x0: cell.min.x.into(),
            y0: cell.min.y.into(),
            x1: cell.max.x.into(),
            y1: cell.max.y.into(),
        };
        let bounds = match node.bounds() {
            Some(b) if b.x1 > b.x0 && b.y1 > b.y0 => b.union(cell),
            _ => cell,
        };
        node.set_bounds(bounds);
    });
}

/// A row's node: an empty child `Ui` with id `id` under the table `table`, set up by `set`.
fn row_node(ui: &mut Ui, table: Id, id: Id, set: impl FnOnce(&mut accesskit::Node)) {
    let at = Rect::from_min_size(ui.min_rect().min, egui::Vec2::ZERO);
    let _row = ui.new_child(
        UiBuilder::new()
            .scope_id(id)
            .max_rect(at)
            .accessibility_parent(table)
            .accessibility_role(accesskit::Role::Row),
    );
    ui.ctx().accesskit_node_builder(id, set);
}
