//! The timeline of articles: a marker at each date, hollow where the date is inferred and a
//! diamond for an imported article, with a bar across the month or year when the date is known
//! only that far. Markers too close to tell apart are labelled and clicked as one group.

use std::{ops::Range, sync::Arc};

use egui::{Align2, Role, Ui, Vec2, WidgetInfo};
use egui_plot::PlotPoint;

use super::draw::{
    CLUSTER_GAP, Group, Look, Marker, Palette, draw_groups, group_hotspot, middle, time_plot, years_per_point,
};
use crate::{
    model::{
        date::{inferred_because, mark_inferred},
        overview::{Overview, clusters, extent, mean},
    },
    ui::{Action, Actions},
};

/// About how wide a character of the timeline's words is, in points (11-point text).
const LABEL_CHAR: f64 = 6.0;

/// How many rows the timeline staggers its labels over, so that neighbours do not overlap.
const ROWS: usize = 3;

/// The timeline: its groups and the years it shows.
pub struct Plan {
    shown: Range<f64>,
    groups: Vec<Group>,
}

impl Plan {
    /// What the timeline of `overview` draws at `size`.
    pub fn new(overview: &Overview, size: Vec2) -> Self {
        let years = overview.article_years().unwrap_or(2019.0..2025.0);
        let padding = (years.end - years.start).max(1.0) * 0.06;
        let shown = years.start - padding..years.end + padding;
        let middles: Vec<f64> = overview.timeline.iter().map(|e| middle(&e.years)).collect();
        let per_point = years_per_point(&shown, size.x);
        let runs = clusters(&middles, per_point * f64::from(CLUSTER_GAP));
        // Words only where there is room for them.
        let labelled = runs.len() <= 24;
        let groups = runs
            .into_iter()
            .enumerate()
            .filter_map(|(k, items)| {
                let entries = overview.timeline.get(items.clone())?;
                let (first, last) = (entries.first()?, entries.last()?);
                let Range { start: from, end: to } = extent(entries.iter().map(|e| &e.years))?;
                let marker =
                    |e: &&crate::model::overview::TimelineEntry| Marker::article(e.imported, e.inferred.is_some());
                let markers = Marker::ALL
                    .into_iter()
                    .filter_map(|m| {
                        mean(entries.iter().filter(|e| marker(e) == m).map(|e| middle(&e.years))).map(|x| (m, x))
                    })
                    .collect();
                let (label, name) = match entries {
                    [one] => (
                        format!(
                            "{}\n{}",
                            one.publisher,
                            mark_inferred(short_date(&one.date), one.inferred.is_some())
                        ),
                        format!("{}, {}: {}", one.publisher, one.date, one.title),
                    ),
                    many => (
                        format!("{} articles\nfrom {}", many.len(), short_date(&first.date)),
                        format!("{} articles, {} to {}", many.len(), first.date, last.date),
                    ),
                };
                let y = (ROWS - 1 - k % ROWS) as f64;
                // Words that would run past an edge of the chart start (or end) at their marker.
                let x = middle(&(from..to));
                let half =
                    label.lines().map(|l| l.chars().count()).max().unwrap_or(0) as f64 * LABEL_CHAR / 2.0 * per_point;
                let label_anchor = if x - half < shown.start {
                    Some(Align2::LEFT_TOP)
                } else if x + half > shown.end {
                    Some(Align2::RIGHT_TOP)
                } else {
                    None
                };
                Some(Group {
                    items,
                    y,
                    from,
                    to,
                    bar: to - from > 2.0 / 365.0,
                    colour: Marker::Article,
                    markers,
                    label: labelled.then(|| (label, PlotPoint::new(x, y - 0.22))),
                    label_anchor,
                    name,
                })
            })
            .collect();
        Self { shown, groups }
    }
}

/// Draws the timeline; a click on a group opens its (first) article.
pub fn ui(ui: &mut Ui, overview: &Overview, plan: &Arc<Plan>, size: Vec2, actions: &mut Actions) {
    let palette = Palette::of(ui);
    let drawn = Arc::clone(plan);
    let look = Look {
        bar_width: 6.0,
        bar_strength: 0.45,
        text_size: 11.0,
        text_anchor: Align2::CENTER_TOP,
    };
    let response = time_plot("parama_timeline", size, &palette, "date", &plan.shown)
        .show_axes([true, false])
        // Room below the lowest row for its two lines of words, whatever the chart's height.
        .include_y(-0.3 - 34.0 * (ROWS as f64 + 1.0) / f64::from(size.y.max(60.0)))
        .include_y(ROWS as f64 - 0.2)
        .show(ui, move |plot| draw_groups(plot, drawn.groups.iter(), &palette, look));
    response
        .response
        .widget_info(|| WidgetInfo::labeled(Role::Image, true, "Timeline of the articles by date"));
    for group in &plan.groups {
        let Some(entries) = overview.timeline.get(group.items.clone()) else {
            continue;
        };
        let Some(first) = entries.first() else { continue };
        let id = ui.scope_id().with(("timeline_article", &first.article));
        let spot = group_hotspot(ui, &response.transform, group, id, |ui| {
            for entry in entries.iter().take(8) {
                ui.strong(&entry.title);
                ui.label(format!("{} · {}", entry.publisher, entry.date));
                if let Some(reason) = &entry.inferred {
                    ui.label(egui::RichText::new(inferred_because(reason)).italics());
                }
            }
            if entries.len() > 8 {
                ui.label(format!("and {} more", entries.len() - 8));
            }
            let open = if entries.len() > 1 {
                "Click to open the first"
            } else {
                "Click to open the article"
            };
            ui.label(egui::RichText::new(open).weak());
        });
        if spot.clicked() {
            actions.push(Action::Select(first.article.clone()));
        }
    }
}

/// `27 November 2019` → `27 Nov 2019`, to keep the timeline's labels short.
fn short_date(date: &str) -> String {
    date.split(' ')
        .map(|word| {
            if word.chars().count() > 3 && word.chars().all(char::is_alphabetic) {
                word.chars().take(3).collect()
            } else {
                word.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_shortened_on_character_boundaries() {
        assert_eq!(short_date("27 November 2019"), "27 Nov 2019");
        assert_eq!(short_date("May 2024"), "May 2024");
        assert_eq!(short_date("2021"), "2021");
        assert_eq!(short_date("3 Šeštadienis 2021"), "3 Šeš 2021");
    }
}
