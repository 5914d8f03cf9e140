//! The Overview tab: what is in the corpus at a glance, and a way into the detail. A timeline of
//! the articles, the programmes counted by category and the figures placed in time, each chart
//! drawn with `egui_plot` from [`Overview`], which the model computes.
//!
//! The charts are pictures; what can be clicked on them (an article's marker, a category's bar,
//! a figure) is a widget laid over the picture, so it has a name for screen readers, a tooltip,
//! keyboard focus, and can be found by tests.
//!
//! - `draw`: what the charts share (plots, axes, markers, clickable places);
//! - `timeline`, `categories`, `figures`: one file per chart.

mod categories;
mod draw;
mod figures;
mod timeline;

use std::sync::Arc;

use egui::{ColorImage, Rect, RichText, Ui, Vec2};

use super::{
    Action, Actions,
    export::{ExportRequest, crop, png_bytes},
    task::{Poll, Task},
};
use crate::model::{
    Catalogue, Corpus, Revision,
    date::unix_now,
    export::{About, Export},
    overview::{Chart, Overview},
};

/// The Overview tab.
#[derive(Default)]
pub struct OverviewTab {
    /// The overview, and the revisions of the corpus and the catalogue it was computed from, to
    /// compute it again when they change.
    cached: Option<((Revision, Revision), Arc<Overview>)>,
    /// Where each chart was drawn last frame, for its picture.
    drawn: Vec<(Chart, Rect)>,
    /// What the charts draw, for the data and sizes of the last frame.
    plans: Option<Plans>,
    /// A picture of the window asked for, to cut a chart out of.
    picture: Option<(Chart, Task<Arc<ColorImage>>)>,
}

impl std::fmt::Debug for OverviewTab {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OverviewTab")
            .field("saving", &self.picture.as_ref().map(|(chart, _)| chart))
            .finish_non_exhaustive()
    }
}

/// What the charts draw for an overview at a given size: worked out once, so that a frame draws a
/// few hundred groups however many thousand articles and figures there are.
struct Plans {
    /// The overview these plans are for, held, so that no other can take its place unnoticed.
    overview: Arc<Overview>,
    /// The sizes they are for.
    sizes: [i32; 4],
    timeline: Arc<timeline::Plan>,
    figures: Arc<figures::Plan>,
}

/// The height of a chart's title row.
const HEADER: f32 = 28.0;

impl OverviewTab {
    /// The overview of `corpus` and `catalogue`, computed again only when they change.
    fn overview(&mut self, corpus: &Corpus, catalogue: &Catalogue) -> Arc<Overview> {
        let data = (corpus.revision(), catalogue.revision());
        match &self.cached {
            Some((cached, overview)) if *cached == data => Arc::clone(overview),
            _ => {
                let overview = Arc::new(Overview::of(corpus, catalogue));
                self.cached = Some((data, Arc::clone(&overview)));
                overview
            }
        }
    }

    /// Draws the tab.
    pub fn ui(&mut self, ui: &mut Ui, corpus: &Corpus, catalogue: &Catalogue, actions: &mut Actions) {
        self.picture_taken(ui, actions);
        let overview = self.overview(corpus, catalogue);
        // A chart whose PNG… or Table… was clicked.
        let mut asked: Option<(Chart, Button)> = None;
        let mut drawn = Vec::new();
        egui::Frame::NONE.inner_margin(12.0).show(ui, |ui| {
            ui.label(RichText::new(overview.summary.line()).strong());
            undated_ui(ui, &overview, actions);
            ui.add_space(6.0);
            let gap = ui.spacing().item_spacing.x * 2.0;
            let full = ui.available_size();
            let top = ((full.y - 2.0 * HEADER) * 0.42).max(150.0);
            let (left, right) = ((full.x - gap) * 0.62, (full.x - gap) * 0.38);
            // What the charts below get: the rest, less the gap, the second title and the margin.
            let bottom = (full.y - top - 2.0 * HEADER - 8.0 - 2.0 * ui.spacing().item_spacing.y).max(160.0);
            let (timeline_plan, figures_plan) = self.plans(&overview, Vec2::new(left, top), Vec2::new(full.x, bottom));
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    let size = Vec2::new(left, top);
                    drawn.push(chart_ui(ui, (Chart::Timeline, None), size, &mut asked, |ui| {
                        timeline::ui(ui, &overview, &timeline_plan, size, actions);
                    }));
                });
                ui.add_space(gap);
                ui.vertical(|ui| {
                    let size = Vec2::new(right, top);
                    drawn.push(chart_ui(ui, (Chart::Categories, None), size, &mut asked, |ui| {
                        categories::ui(ui, &overview, size, actions);
                    }));
                });
            });
            ui.add_space(8.0);
            // When not every measure fits, say so beside the title.
            let all = overview.lanes.len();
            let note = (figures_plan.count < all).then(|| {
                format!(
                    "{} of {all} measures, those with checked figures first; Table… has them all",
                    figures_plan.count
                )
            });
            let size = Vec2::new(full.x, bottom);
            drawn.push(chart_ui(ui, (Chart::Figures, note), size, &mut asked, |ui| {
                figures::ui(ui, &overview, &figures_plan, size, actions);
            }));
        });
        self.drawn = drawn;
        match asked {
            Some((chart, Button::Table)) => actions.push(Action::Save(chart_table(&overview, corpus, chart))),
            Some((chart, Button::Png)) => self.picture = Some((chart, super::export::capture(ui.ctx()))),
            None => {}
        }
    }

    /// The timeline's and the figures chart's plans for `overview` at these sizes, worked out
    /// again only when the overview or a size changes.
    fn plans(
        &mut self,
        overview: &Arc<Overview>,
        timeline: Vec2,
        figures: Vec2,
    ) -> (Arc<timeline::Plan>, Arc<figures::Plan>) {
        let sizes = [timeline.x, timeline.y, figures.x, figures.y].map(|v| v.round() as i32);
        let plans = match self.plans.take() {
            Some(plans) if Arc::ptr_eq(&plans.overview, overview) && plans.sizes == sizes => plans,
            _ => Plans {
                overview: Arc::clone(overview),
                sizes,
                timeline: Arc::new(timeline::Plan::new(overview, timeline)),
                figures: Arc::new(figures::Plan::new(overview, figures)),
            },
        };
        let drawn = (Arc::clone(&plans.timeline), Arc::clone(&plans.figures));
        self.plans = Some(plans);
        drawn
    }

    /// When the picture asked for has come: the chart cut out of it, to save as a PNG.
    fn picture_taken(&mut self, ui: &Ui, actions: &mut Actions) {
        let Some((chart, task)) = &self.picture else { return };
        let chart = *chart;
        let image = match task.poll() {
            // The picture comes with a later frame, and asks for it to be drawn.
            Poll::Pending => return,
            Poll::Ready(image) => image,
            Poll::Lost => {
                self.picture = None;
                actions.problem("The picture of the chart could not be taken.");
                return;
            }
        };
        self.picture = None;
        let Some(rect) = self.drawn.iter().find(|(c, _)| *c == chart).map(|(_, r)| *r) else {
            return;
        };
        match crop(&image, rect, ui.ctx().pixels_per_point()).and_then(|image| png_bytes(&image)) {
            Ok(png) => actions.push(Action::Save(ExportRequest::picture(chart.table_kind(), png))),
            Err(reason) => actions.problem(format!("The picture of the chart could not be made: {reason}.")),
        }
    }
}

/// The articles with no known date, apart from the timeline (which has no place for them), each
/// a link to the article, where its details can be filled in.
fn undated_ui(ui: &mut Ui, overview: &Overview, actions: &mut Actions) {
    if overview.undated.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.weak(format!("Undated, so not on the timeline ({}):", overview.undated.len()));
        for (i, entry) in overview.undated.iter().enumerate() {
            if i > 0 {
                ui.weak("·");
            }
            let link = ui
                .link(&entry.title)
                .on_hover_text(format!("{}: no date was found. Open it to add one.", entry.publisher));
            if link.clicked() {
                actions.push(Action::Select(entry.article.clone()));
            }
        }
    });
}

/// The numbers `chart` plots, as a table to export.
fn chart_table(overview: &Overview, corpus: &Corpus, chart: Chart) -> ExportRequest {
    let table = crate::model::export::chart_table(overview, chart);
    let kind = chart.table_kind();
    let about = About::new(kind, &table, corpus, Vec::new(), unix_now());
    let export = Export { table, about };
    ExportRequest::table(export.table.rows.len(), kind, move || export.clone())
}

/// What a chart's buttons export.
#[derive(Debug, Clone, Copy)]
enum Button {
    /// The numbers it plots, as a workbook or CSV.
    Table,
    /// Its picture.
    Png,
}

/// A chart with its title and its buttons; returns where the chart was drawn.
fn chart_ui(
    ui: &mut Ui,
    (chart, note): (Chart, Option<String>),
    size: Vec2,
    asked: &mut Option<(Chart, Button)>,
    draw: impl FnOnce(&mut Ui),
) -> (Chart, Rect) {
    ui.set_width(size.x);
    ui.horizontal(|ui| {
        ui.set_height(HEADER - ui.spacing().item_spacing.y);
        // The buttons first, from the right; the title and its note take what is left, cut
        // short (whole on hover) when the window is narrow, never under the buttons.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button("Table…")
                .on_hover_text(format!(
                    "Export the numbers of “{}” as an Excel workbook or CSV",
                    chart.title()
                ))
                .clicked()
            {
                *asked = Some((chart, Button::Table));
            }
            if ui
                .small_button("PNG…")
                .on_hover_text(format!("Save “{}” as a PNG picture", chart.title()))
                .clicked()
            {
                *asked = Some((chart, Button::Png));
            }
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(egui::Label::new(RichText::new(chart.title()).heading().size(16.0)).truncate());
                if let Some(note) = note {
                    ui.add(egui::Label::new(RichText::new(note).weak()).truncate());
                }
            });
        });
    });
    let top = ui.cursor().min;
    draw(ui);
    (chart, Rect::from_min_size(top, size))
}
