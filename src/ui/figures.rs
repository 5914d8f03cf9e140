//! The Figures tab: the key numbers, each beside the passages that state it; several sources
//! stand side by side, and sources that disagree are flagged.

use egui::{Label, RichText, Ui};

use super::{
    Actions,
    citations::{card_ui, cards_ui},
    table::{TableView, table_with_details},
};
use crate::model::{Catalogue, Corpus, Figure, Qualifier, Unit, catalogue::format_number};

/// State of the Figures tab.
#[derive(Debug)]
pub struct FiguresTab {
    table: TableView,
}

impl Default for FiguresTab {
    fn default() -> Self {
        Self {
            table: TableView::new("figures"),
        }
    }
}

impl FiguresTab {
    /// The table, to read what it shows.
    pub fn table(&self) -> &TableView {
        &self.table
    }

    /// The table, to change what it shows.
    pub fn table_mut(&mut self) -> &mut TableView {
        &mut self.table
    }

    /// Shows the tab.
    pub fn ui(&mut self, ui: &mut Ui, corpus: &Corpus, catalogue: &Catalogue, actions: &mut Actions) {
        let placeholder = "Select a figure to see it beside the passages that state it.";
        table_with_details(
            ui,
            &mut self.table,
            (catalogue, corpus),
            ("figures", placeholder),
            actions,
            |ui, row: &Figure, actions| detail_ui(ui, row, corpus, catalogue, actions),
        );
    }
}

fn detail_ui(ui: &mut Ui, f: &Figure, corpus: &Corpus, catalogue: &Catalogue, actions: &mut Actions) {
    ui.add_space(6.0);
    ui.label(RichText::new(f.formatted()).size(24.0).strong());
    ui.add(Label::new(RichText::new(&f.label).size(16.0)).wrap());
    // The figure as data: value, unit and rate, and how exact the source says it is.
    let rate = f.per.map(|p| format!(" {}", p.label())).unwrap_or_default();
    let unit = f
        .noun
        .as_deref()
        .filter(|_| f.unit == Unit::Items)
        .unwrap_or(f.unit.label());
    let value = format!("{} {unit}{rate}", format_number(f.value));
    let mut facts = vec![match f.qualifier {
        Qualifier::Exact => format!("Value: {value} (exact)"),
        q => format!("Value: {} {value}", q.label()),
    }];
    if let Some(period) = &f.period {
        facts.push(format!("Period: {period}"));
    }
    facts.push(format!("Category: {}", f.category));
    ui.weak(facts.join(" · "));
    if !f.also_stated_as.is_empty() {
        ui.add(Label::new(format!("Also stated as {}", f.also_stated_as.join("; "))).wrap());
    }
    if let Some(programme) = f.programme.as_deref().and_then(|id| catalogue.programme(id)) {
        ui.add(Label::new(format!("Programme: {}", programme.name)).wrap());
    }
    if let Some(note) = &f.note {
        ui.add(Label::new(RichText::new(format!("Note: {note}")).italics()).wrap());
    }
    ui.add_space(8.0);

    let others = catalogue.disagreeing_with(f);
    if others.is_empty() {
        ui.strong(format!("Stated in ({})", f.citations.len()));
        let citations: Vec<_> = f.citations.iter().collect();
        cards_ui(ui, &citations, corpus, actions);
        return;
    }

    ui.colored_label(ui.visuals().warn_fg_color, RichText::new("Sources disagree").strong());
    ui.weak("Other figures for the same measure give a different value; each stands in its own column.");
    ui.add_space(4.0);
    let all: Vec<&Figure> = std::iter::once(f).chain(others).collect();
    ui.columns(all.len(), |columns| {
        for (column, figure) in columns.iter_mut().zip(&all) {
            column.strong(figure.formatted());
            for citation in &figure.citations {
                card_ui(column, citation, corpus, actions);
            }
        }
    });
}
