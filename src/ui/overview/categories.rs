//! Programmes counted by category: a bar each, the rows found automatically and not yet checked
//! stacked on the end in a weaker colour. A click on a bar shows that category's programmes.

use egui::{Align2, Rect, RichText, Role, Ui, Vec2, WidgetInfo};
use egui_plot::{AxisHints, Bar, BarChart, PlotPoint, Text};

use super::draw::{Palette, axis, count_marks, hotspot, lane_label, lane_marks, still_plot};
use crate::{
    model::{overview::Overview, plural},
    ui::{Action, Actions},
};

/// Draws the chart.
pub fn ui(ui: &mut Ui, overview: &Overview, size: Vec2, actions: &mut Actions) {
    let colours = Palette::of(ui);
    let counts = overview.categories.clone();
    let n = counts.len();
    // The first category at the top.
    let row = move |i: usize| (n - 1 - i) as f64;
    let most = counts.iter().map(|c| c.total()).max().unwrap_or(0) as f64;
    let labels: Vec<String> = counts.iter().map(|c| c.category.label().to_owned()).collect();
    let plot_counts = counts.clone();
    let response = still_plot("parama_categories", size)
        .show_axes([true, true])
        .show_grid([true, false])
        .custom_x_axes(vec![axis(AxisHints::new_x(), &colours, "programmes", |mark, _| {
            format!("{:.0}", mark.value)
        })])
        .x_grid_spacer(count_marks)
        .custom_y_axes(vec![axis(AxisHints::new_y(), &colours, "", move |mark, _| {
            lane_label(&labels, mark)
        })])
        .y_grid_spacer(lane_marks(n))
        .include_x(0.0)
        .include_x((most * 1.15).max(1.0))
        .include_y(-0.6)
        .include_y(n as f64 - 0.4)
        .show(ui, move |plot| {
            let bar = |i: usize, length: f64| {
                Bar::new(row(i), length)
                    .width(0.6)
                    .fill(colours.accent.gamma_multiply(0.7))
            };
            let checked = BarChart::new(
                "checked",
                plot_counts
                    .iter()
                    .enumerate()
                    .map(|(i, c)| bar(i, c.checked as f64))
                    .collect(),
            )
            .horizontal()
            .color(colours.accent)
            .allow_hover(false);
            let auto = BarChart::new(
                "found automatically",
                plot_counts
                    .iter()
                    .enumerate()
                    .map(|(i, c)| bar(i, c.auto as f64).fill(colours.weak.gamma_multiply(0.5)))
                    .collect(),
            )
            .horizontal()
            .color(colours.weak)
            .stack_on(&[&checked])
            .allow_hover(false);
            plot.bar_chart(checked);
            plot.bar_chart(auto);
            for (i, count) in plot_counts.iter().enumerate() {
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(count.total() as f64, row(i)),
                        format!("  {}", count.total()),
                    )
                    .color(colours.text)
                    .anchor(Align2::LEFT_CENTER)
                    .allow_hover(false),
                );
            }
        });
    response
        .response
        .widget_info(|| WidgetInfo::labeled(Role::Image, true, "Bar chart of the programmes by category"));
    for (i, count) in counts.iter().enumerate() {
        let transform = &response.transform;
        let start = transform.position_from_point(&PlotPoint::new(0.0, row(i) + 0.3));
        let end = transform.position_from_point(&PlotPoint::new(count.total() as f64, row(i) - 0.3));
        // At least a band beside the axis, so an empty category can still be clicked.
        let rect = Rect::from_two_pos(start, end).union(Rect::from_min_size(start, Vec2::new(24.0, end.y - start.y)));
        let label = count.category.label();
        let name = format!("{label}: {}", plural(count.total(), "programme"));
        let spot = hotspot(
            ui,
            rect,
            ui.scope_id().with(("category_bar", label)),
            name.clone(),
            |ui| {
                ui.strong(name);
                if count.auto > 0 {
                    ui.label(format!("{} found automatically, not yet checked", count.auto));
                }
                ui.label(RichText::new("Click to see them in the Programmes tab").weak());
            },
        );
        if spot.clicked() {
            actions.push(Action::ShowCategory(count.category));
        }
    }
}
