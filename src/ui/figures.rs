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

/// At most this many figures stand side by side; the rest are counted beneath.
const SIDE_BY_SIDE: usize = 4;

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
    facts.push(format!("Stage: {}", f.measure.stage.label()));
    facts.push(format!("Category: {}", f.category));
    ui.weak(facts.join(" · "));
    ui.add(Label::new(format!("Measures: {}", measure_text(f))).wrap());
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
    if !others.is_empty() {
        ui.colored_label(ui.visuals().warn_fg_color, RichText::new("Sources disagree").strong());
        ui.weak("Other sources give a different value for the same measure; each stands in its own column.");
        ui.add_space(4.0);
        side_by_side(ui, f, &others, corpus, actions);
        ui.add_space(8.0);
    }
    let related = figures(catalogue, &f.related);
    if !related.is_empty() {
        ui.strong("Planned and achieved");
        ui.weak("The plan and its outcome for the same measure and period: related, not in disagreement.");
        ui.add_space(4.0);
        side_by_side(ui, f, &related, corpus, actions);
        ui.add_space(8.0);
    }
    if others.is_empty() && related.is_empty() {
        ui.strong(format!("Stated in ({})", f.citations.len()));
        let citations: Vec<_> = f.citations.iter().collect();
        cards_ui(ui, &citations, corpus, actions);
    }
    let agreeing = figures(catalogue, &f.agrees_with);
    if !agreeing.is_empty() {
        ui.add_space(8.0);
        ui.strong(format!("Also stated by other sources ({})", agreeing.len()));
        ui.weak("The same measure with a value that agrees, within what their qualifiers allow.");
        let citations: Vec<_> = agreeing.iter().flat_map(|g| &g.citations).collect();
        cards_ui(ui, &citations, corpus, actions);
    }
}

/// What a figure measures, in words: the thing and what happens to it, whose figure it is, and
/// whether it is a part of a larger figure or of a named programme.
fn measure_text(f: &Figure) -> String {
    let m = &f.measure;
    let what = [m.thing.as_str(), m.action.as_str()]
        .into_iter()
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let whose = match &m.context {
        Some(other) => format!("context: {other}'s figure"),
        None => "Lithuania's assistance".to_owned(),
    };
    let mut text = format!("{what} · {whose}");
    if let Some(within) = &m.within {
        text.push_str(&format!(" · within {within}"));
    }
    if m.part {
        text.push_str(" · part of a larger figure");
    }
    text
}

/// The figures with these ids that the catalogue holds.
fn figures<'a>(catalogue: &'a Catalogue, ids: &[String]) -> Vec<&'a Figure> {
    ids.iter().filter_map(|id| catalogue.figure(id)).collect()
}

/// `f` and `others` in columns, each with its stage and the passages that state it; past
/// [`SIDE_BY_SIDE`] columns the rest are counted.
fn side_by_side(ui: &mut Ui, f: &Figure, others: &[&Figure], corpus: &Corpus, actions: &mut Actions) {
    let all: Vec<&Figure> = std::iter::once(f).chain(others.iter().copied()).collect();
    let shown = &all[..all.len().min(SIDE_BY_SIDE)];
    ui.columns(shown.len(), |columns| {
        for (column, figure) in columns.iter_mut().zip(shown) {
            column.strong(figure.formatted());
            column.weak(format!(
                "{} · {}",
                figure.measure.stage.label(),
                figure.period.as_deref().unwrap_or("period not stated")
            ));
            for citation in &figure.citations {
                card_ui(column, citation, corpus, actions);
            }
        }
    });
    if all.len() > shown.len() {
        ui.weak(format!("and {} more in the table", all.len() - shown.len()));
    }
}
