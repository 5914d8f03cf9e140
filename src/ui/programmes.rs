//! The Programmes tab: the table of assistance programmes beside the sources of the selected one.

use egui::{Label, RichText, Ui};

use super::{
    Actions,
    citations::cards_ui,
    table::{TableView, table_with_details},
};
use crate::model::{Catalogue, Corpus, Programme};

/// State of the Programmes tab.
#[derive(Debug)]
pub struct ProgrammesTab {
    table: TableView,
}

impl Default for ProgrammesTab {
    fn default() -> Self {
        Self {
            table: TableView::new("programmes"),
        }
    }
}

impl ProgrammesTab {
    /// The table, to read or change what it shows.
    pub fn table(&self) -> &TableView {
        &self.table
    }

    /// The table, to change what it shows.
    pub fn table_mut(&mut self) -> &mut TableView {
        &mut self.table
    }

    /// Shows the tab.
    pub fn ui(&mut self, ui: &mut Ui, corpus: &Corpus, catalogue: &Catalogue, actions: &mut Actions) {
        let placeholder = "Select a programme to see the passages that report it.";
        table_with_details(
            ui,
            &mut self.table,
            (catalogue, corpus),
            ("programmes", placeholder),
            actions,
            |ui, row: &Programme, actions| detail_ui(ui, row, corpus, catalogue, actions),
        );
    }
}

fn detail_ui(ui: &mut Ui, p: &Programme, corpus: &Corpus, catalogue: &Catalogue, actions: &mut Actions) {
    ui.add_space(6.0);
    ui.add(Label::new(RichText::new(&p.name).size(20.0).strong()).wrap());
    let scope = p.scope.label();
    ui.weak(format!(
        "{} · {} · {} · {}",
        p.category,
        p.status.label(),
        p.period,
        scope
    ));
    ui.add_space(4.0);
    ui.add(Label::new(&p.summary).wrap());
    ui.add(Label::new(format!("Provided by: {}", p.providers.join("; "))).wrap());
    if let Some(note) = &p.note {
        ui.add(Label::new(RichText::new(format!("Note: {note}")).italics()).wrap());
    }
    let figures = catalogue.figures_of(&p.id);
    if !figures.is_empty() {
        ui.add_space(6.0);
        ui.strong("Figures");
        for f in figures {
            ui.add(Label::new(format!("{} — {}", f.formatted(), f.label)).wrap());
        }
    }
    ui.add_space(8.0);
    let linked = p.citations.iter().filter(|c| c.link.is_some()).count();
    if linked > 0 && linked < p.citations.len() {
        ui.strong(format!(
            "Sources ({}, {linked} linked from your articles)",
            p.citations.len()
        ));
    } else {
        ui.strong(format!("Sources ({})", p.citations.len()));
    }
    let citations: Vec<_> = p.citations.iter().collect();
    cards_ui(ui, &citations, corpus, actions);
}
