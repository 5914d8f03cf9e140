//! The figures over time, one lane per measure: a bar across the period a figure covers, or a
//! hollow marker at the date it was reported when the source gives no period, with the figure
//! written beside it. As many lanes as fit are shown (checked figures first); figures too close
//! to tell apart are labelled and clicked as one group.

use std::{ops::Range, sync::Arc};

use egui::{Align2, RichText, Role, Ui, Vec2, WidgetInfo};
use egui_plot::{AxisHints, PlotPoint};

use super::draw::{
    CLUSTER_GAP, Group, Look, Marker, Palette, axis, draw_groups, group_hotspot, lane_label, lane_marks, middle,
    time_plot, truncate, years_per_point,
};
use crate::{
    model::{
        Origin,
        overview::{FigurePoint, Overview, When, clusters, extent, mean},
    },
    ui::{Action, Actions},
};

/// The height, in points, a lane needs.
const LANE_HEIGHT: f32 = 26.0;

/// The figures chart: the lanes that fit, their groups, and the years it shows.
pub struct Plan {
    shown: Range<f64>,
    /// How many lanes fit (the first ones of the overview).
    pub count: usize,
    /// The lanes' names on the axis.
    labels: Vec<String>,
    /// Each shown lane's groups.
    lanes: Vec<Vec<Group>>,
}

impl Plan {
    /// What the figures chart of `overview` draws at `size`.
    pub fn new(overview: &Overview, size: Vec2) -> Self {
        let years = overview.years().unwrap_or(2019.0..2025.0);
        let fit = ((size.y - 50.0) / LANE_HEIGHT).floor().max(1.0) as usize;
        let count = overview.lanes.len().min(fit);
        let lanes = overview.lanes.get(..count).unwrap_or_default();
        // Room on the right for the last figure's words.
        let shown = years.start..years.end + (years.end - years.start).max(1.0) * 0.22;
        let gap = years_per_point(&shown, size.x - 180.0) * f64::from(CLUSTER_GAP);
        let kind = |p: &FigurePoint| match p.origin {
            Origin::Auto => Marker::Automatic,
            _ if p.disagrees => Marker::Disagreeing,
            _ => Marker::Checked,
        };
        let reported = |p: &&FigurePoint| matches!(p.when, When::Reported(_));
        let plans = lanes
            .iter()
            .enumerate()
            .map(|(i, lane)| {
                // Lane 0 at the top.
                let y = (count - 1 - i) as f64;
                let middles: Vec<f64> = lane.points.iter().map(|p| middle(&p.years)).collect();
                // Words close together in one lane go one under the other.
                let (mut last_end, mut shift) = (f64::NEG_INFINITY, 0.0);
                clusters(&middles, gap)
                    .into_iter()
                    .filter_map(|items| {
                        let points = lane.points.get(items.clone())?;
                        let first = points.first()?;
                        let Range { start: from, end: to } = extent(points.iter().map(|p| &p.years))?;
                        let markers = [Marker::Checked, Marker::Disagreeing, Marker::Automatic]
                            .into_iter()
                            .filter_map(|k| {
                                let of_kind = points.iter().filter(reported).filter(|p| kind(p) == k);
                                mean(of_kind.map(|p| middle(&p.years))).map(|x| (k, x))
                            })
                            .collect();
                        let bar = points.iter().any(|p| !reported(&p));
                        let end = if bar { to } else { middle(&(from..to)) };
                        shift = if end - last_end < 1.5 { shift + 0.32 } else { 0.0 };
                        last_end = end;
                        // Two figures one above the other; more as a count (the tooltip lists
                        // them).
                        let label = match points {
                            [one] => one.formatted.clone(),
                            [a, b] => format!("{}\n    {}", a.formatted, b.formatted),
                            many => format!("{} figures", many.len()),
                        };
                        let name = match points {
                            few if few.len() <= 3 => {
                                let each: Vec<String> = few
                                    .iter()
                                    .map(|p| format!("{}, {}", p.formatted, p.when.label()))
                                    .collect();
                                format!("{}: {}", lane.label, each.join("; "))
                            }
                            many => format!("{}: {} figures", lane.label, many.len()),
                        };
                        let name = if lane.disagrees() {
                            format!("{name} (sources disagree)")
                        } else {
                            name
                        };
                        Some(Group {
                            items,
                            y,
                            from,
                            to,
                            bar,
                            colour: kind(first),
                            markers,
                            label: Some((format!("    {label}"), PlotPoint::new(end, y - shift))),
                            label_anchor: None,
                            name,
                        })
                    })
                    .collect()
            })
            .collect();
        let labels = lanes
            .iter()
            .map(|lane| {
                let label = truncate(&lane.label, 34);
                // A mark every font has: "⚠" is in neither of egui's fonts (a missing glyph
                // panics in debug builds and draws a box in release ones).
                if lane.disagrees() {
                    format!("{label} (!)")
                } else {
                    label
                }
            })
            .collect();
        Self {
            shown,
            count,
            labels,
            lanes: plans,
        }
    }
}

/// The figures over time, one lane per measure: a bar across the period a figure covers, or a
/// hollow marker at the date it was reported when the source gives no period, with the figure
/// written beside it. As many lanes as fit are shown (checked figures first); figures too close
/// to tell apart are labelled and clicked as one group.
pub fn ui(ui: &mut Ui, overview: &Overview, plan: &Arc<Plan>, size: Vec2, actions: &mut Actions) {
    let colours = Palette::of(ui);
    let look = Look {
        bar_width: 8.0,
        bar_strength: 1.0,
        text_size: 12.0,
        text_anchor: Align2::LEFT_CENTER,
    };
    let count = plan.count;
    let (drawn, labels) = (Arc::clone(plan), plan.labels.clone());
    let response = time_plot("parama_figures", size, &colours, "date or period", &plan.shown)
        .show_axes([true, true])
        .custom_y_axes(vec![axis(AxisHints::new_y(), &colours, "", move |mark, _| {
            lane_label(&labels, mark)
        })])
        .y_grid_spacer(lane_marks(count))
        .include_y(-0.6)
        .include_y(count as f64 - 0.4)
        .show(ui, move |plot| {
            draw_groups(plot, drawn.lanes.iter().flatten(), &colours, look)
        });
    let all = overview.lanes.len();
    let name = if count < all {
        format!(
            "Chart of the figures over time, by measure: {count} of {all} measures shown (the exported table has them all)"
        )
    } else {
        "Chart of the figures over time, by measure".to_owned()
    };
    response
        .response
        .widget_info(|| WidgetInfo::labeled(Role::Image, true, &name));
    // A lane's name is cut to fit beside the chart: the whole of it shows on hover.
    let transform = &response.transform;
    let left = response.response.rect.left();
    for (k, lane) in overview.lanes.iter().take(count).enumerate() {
        let y = (count - 1 - k) as f64;
        let at = transform.position_from_point(&egui_plot::PlotPoint::new(plan.shown.start, y));
        let rect = egui::Rect::from_min_max(
            egui::pos2(left, at.y - 10.0),
            egui::pos2(transform.frame().left() - 4.0, at.y + 10.0),
        );
        let whole = if lane.disagrees() {
            format!("{} (sources disagree)", lane.label)
        } else {
            lane.label.clone()
        };
        ui.interact(rect, ui.scope_id().with(("lane_name", k)), egui::Sense::hover())
            .on_hover_text(whole);
    }
    for (lane, groups) in overview.lanes.iter().zip(&plan.lanes) {
        for group in groups {
            let Some(points) = lane.points.get(group.items.clone()) else {
                continue;
            };
            let Some(first) = points.first() else { continue };
            let id = ui.scope_id().with(("figure_point", &first.figure));
            let spot = group_hotspot(ui, &response.transform, group, id, |ui| {
                ui.label(&lane.label);
                for point in points.iter().take(6) {
                    ui.strong(&point.formatted);
                    ui.label(point.when.label());
                    for source in &point.sources {
                        ui.label(format!("Source: {source}"));
                    }
                }
                if points.len() > 6 {
                    ui.label(format!("and {} more", points.len() - 6));
                }
                if points.iter().any(|p| p.disagrees) {
                    ui.label(RichText::new("Sources disagree on this measure").color(ui.visuals().warn_fg_color));
                }
                ui.label(RichText::new("Click to see it beside its source").weak());
            });
            if spot.clicked() {
                actions.push(Action::Select(first.figure.clone()));
            }
        }
    }
}
