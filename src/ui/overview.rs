//! The Overview tab: what is in the corpus at a glance, and a way into the detail. A timeline of
//! the articles, the programmes counted by category and the figures placed in time, each chart
//! drawn with `egui_plot` from [`Overview`], which the model computes.
//!
//! The charts are pictures; what can be clicked on them (an article's marker, a category's bar,
//! a figure) is a widget laid over the picture, so it has a name for screen readers, a tooltip,
//! keyboard focus, and can be found by tests.

use std::sync::{Arc, mpsc};

use egui::{Align2, Color32, ColorImage, Id, Pos2, Rect, Response, RichText, Role, Sense, Ui, Vec2, WidgetInfo};
use egui_plot::{
    AxisHints, Bar, BarChart, GridMark, Line, MarkerShape, Plot, PlotPoint, PlotPoints, PlotTransform, Points, Text,
};

use super::{export::ExportRequest, window::png_bytes};
use crate::model::{
    Catalogue, Category, Corpus, Origin,
    date::today_utc,
    overview::{Chart, FigurePoint, Overview, TimelineEntry, When, clusters, extent, mean},
    plural,
};

/// How far apart, in lanes, the timeline staggers its labels so that neighbours do not overlap.
const TIMELINE_ROWS: usize = 3;

/// What the user asked for on the Overview.
#[derive(Debug)]
pub enum Choice {
    /// Open this article or figure.
    Open(String),
    /// Show the programmes of this category.
    Category(Category),
    /// Export a chart's numbers as CSV.
    ExportCsv(Chart),
    /// Save this file: the picture of a chart, taken.
    Save(ExportRequest),
    /// Something went wrong, to tell the user.
    Problem(String),
}

/// The Overview tab.
#[derive(Default)]
pub struct OverviewTab {
    /// The overview and the data it was computed from, to recompute when that changes.
    cached: Option<(Arc<Corpus>, Arc<Catalogue>, Arc<Overview>)>,
    /// Where each chart was drawn last frame, for its picture.
    drawn: Vec<(Chart, Rect)>,
    /// What the charts draw, for the overview and sizes of the last frame.
    plans: Option<Plans>,
    /// Pictures of the window asked for, to crop a chart from.
    pictures: Option<(Chart, mpsc::Receiver<Arc<ColorImage>>)>,
}

impl std::fmt::Debug for OverviewTab {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OverviewTab")
            .field("saving", &self.pictures.as_ref().map(|(chart, _)| chart))
            .finish_non_exhaustive()
    }
}

impl OverviewTab {
    /// The overview of `corpus` and `catalogue`, computed again only when they change.
    pub fn overview(&mut self, corpus: &Arc<Corpus>, catalogue: &Arc<Catalogue>) -> Arc<Overview> {
        let fresh = matches!(&self.cached, Some((c, k, _)) if Arc::ptr_eq(c, corpus) && Arc::ptr_eq(k, catalogue));
        if !fresh {
            self.cached = None;
        }
        let (_, _, overview) = self.cached.get_or_insert_with(|| {
            (
                Arc::clone(corpus),
                Arc::clone(catalogue),
                Arc::new(Overview::of(corpus, catalogue)),
            )
        });
        Arc::clone(overview)
    }

    /// The CSV of a chart's numbers.
    pub fn export_request(&mut self, chart: Chart, corpus: &Arc<Corpus>, catalogue: &Arc<Catalogue>) -> ExportRequest {
        let table = self.overview(corpus, catalogue).table(chart);
        let rows = table.rows.len();
        let kind = chart.table_kind();
        ExportRequest::csv(
            rows,
            move || crate::model::export::csv_bytes(&table, Default::default()),
            kind.file_name(&today_utc(), "csv"),
        )
    }

    /// Draws the tab.
    pub fn ui(&mut self, ui: &mut Ui, corpus: &Arc<Corpus>, catalogue: &Arc<Catalogue>) -> Option<Choice> {
        let mut action = self.picture_taken(ui);
        // A chart whose PNG… was clicked: the tab takes the picture, then offers it to save.
        let mut picture = None;
        let overview = self.overview(corpus, catalogue);
        let mut drawn = Vec::new();
        egui::Frame::NONE.inner_margin(12.0).show(ui, |ui| {
            ui.label(RichText::new(overview.summary.line()).strong());
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
                    let chart = chart_ui(
                        ui,
                        (Chart::Timeline, None),
                        Vec2::new(left, top),
                        (&mut action, &mut picture),
                        |ui, size| timeline(ui, &overview, &timeline_plan, size),
                    );
                    drawn.push(chart);
                });
                ui.add_space(gap);
                ui.vertical(|ui| {
                    let chart = chart_ui(
                        ui,
                        (Chart::Categories, None),
                        Vec2::new(right, top),
                        (&mut action, &mut picture),
                        |ui, size| categories(ui, &overview, size),
                    );
                    drawn.push(chart);
                });
            });
            ui.add_space(8.0);
            // When not every measure fits, say so beside the title.
            let all = overview.lanes.len();
            let note = (figures_plan.count < all).then(|| {
                format!(
                    "{} of {all} measures, those with checked figures first; CSV… has them all",
                    figures_plan.count
                )
            });
            let chart = chart_ui(
                ui,
                (Chart::Figures, note),
                Vec2::new(full.x, bottom),
                (&mut action, &mut picture),
                |ui, size| figures(ui, &overview, &figures_plan, size),
            );
            drawn.push(chart);
        });
        self.drawn = drawn;
        if let Some(chart) = picture {
            self.take_picture(ui, chart);
        }
        action
    }

    /// The timeline's and the figures chart's plans for `overview` at these sizes, worked out
    /// again only when either changes.
    fn plans(
        &mut self,
        overview: &Arc<Overview>,
        timeline: Vec2,
        figures: Vec2,
    ) -> (Arc<TimelinePlan>, Arc<FiguresPlan>) {
        let key = (
            Arc::as_ptr(overview) as usize,
            [timeline.x, timeline.y, figures.x, figures.y].map(|v| v.round() as i32),
        );
        let plans = match self.plans.take() {
            Some(plans) if plans.key == key => plans,
            _ => Plans {
                key,
                timeline: Arc::new(TimelinePlan::new(overview, timeline)),
                figures: Arc::new(FiguresPlan::new(overview, figures)),
            },
        };
        let drawn = (Arc::clone(&plans.timeline), Arc::clone(&plans.figures));
        self.plans = Some(plans);
        drawn
    }

    /// Asks for a picture of the window, to cut `chart` out of.
    fn take_picture(&mut self, ui: &Ui, chart: Chart) {
        let (send, receive) = mpsc::channel();
        let repaint = ui.ctx().clone();
        ui.ctx().request_screenshot(move |image| {
            // If the tab is gone there is nobody to give the picture to.
            let _ = send.send(image);
            repaint.request_repaint();
        });
        self.pictures = Some((chart, receive));
    }

    /// When the picture has come: the chart cut out of it, as a PNG to save.
    fn picture_taken(&mut self, ui: &Ui) -> Option<Choice> {
        let (chart, receiver) = self.pictures.as_ref()?;
        let chart = *chart;
        let image = match receiver.try_recv() {
            Ok(image) => image,
            // The picture comes with a later frame, and asks for it to be drawn.
            Err(mpsc::TryRecvError::Empty) => return None,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.pictures = None;
                return Some(Choice::Problem(
                    "The picture of the chart could not be taken.".to_owned(),
                ));
            }
        };
        self.pictures = None;
        let rect = self.drawn.iter().find(|(c, _)| *c == chart).map(|(_, r)| *r)?;
        let crop = crop(&image, rect, ui.ctx().pixels_per_point());
        let file_name = chart.table_kind().file_name(&today_utc(), "png");
        Some(match crop.and_then(|image| png_bytes(&image)) {
            Ok(png) => Choice::Save(ExportRequest::of_bytes("the chart", png, file_name)),
            Err(reason) => Choice::Problem(format!("The picture of the chart could not be made: {reason}.")),
        })
    }
}

/// The part of `image` (a picture of the whole window) inside `rect`, in points.
fn crop(image: &ColorImage, rect: Rect, pixels_per_point: f32) -> Result<ColorImage, String> {
    let whole = Rect::from_min_size(
        Pos2::ZERO,
        Vec2::new(image.width() as f32, image.height() as f32) / pixels_per_point,
    );
    let inside = rect.intersect(whole);
    if !inside.is_positive() {
        return Err("the chart is not on screen".to_owned());
    }
    Ok(image.region(&inside, Some(pixels_per_point)))
}

/// The height of a chart's title row.
const HEADER: f32 = 28.0;

/// A chart with its title and its buttons; returns where the chart was drawn.
fn chart_ui(
    ui: &mut Ui,
    (chart, note): (Chart, Option<String>),
    size: Vec2,
    (action, picture): (&mut Option<Choice>, &mut Option<Chart>),
    draw: impl FnOnce(&mut Ui, Vec2) -> Option<Choice>,
) -> (Chart, Rect) {
    ui.set_width(size.x);
    ui.horizontal(|ui| {
        ui.set_height(HEADER - ui.spacing().item_spacing.y);
        ui.label(RichText::new(chart.title()).heading().size(16.0));
        if let Some(note) = note {
            ui.label(RichText::new(note).weak());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button("CSV…")
                .on_hover_text(format!("Export the numbers of “{}” as CSV", chart.title()))
                .clicked()
            {
                *action = Some(Choice::ExportCsv(chart));
            }
            if ui
                .small_button("PNG…")
                .on_hover_text(format!("Save “{}” as a PNG picture", chart.title()))
                .clicked()
            {
                *picture = Some(chart);
            }
        });
    });
    let top = ui.cursor().min;
    if let Some(chosen) = draw(ui, size) {
        *action = Some(chosen);
    }
    (chart, Rect::from_min_size(top, size))
}

/// A plot that shows what it is given and does not pan or zoom: the charts are for reading and
/// for pictures, and a plot that moves under the mouse would lose the reader.
fn still_plot(id: &'static str, size: Vec2) -> Plot<'static> {
    Plot::new(id)
        .width(size.x)
        .height(size.y)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_crosshair(false)
        .show_x(false)
        .show_y(false)
        .label_formatter(|_| None)
}

/// Years on a time axis: only whole years are labelled.
fn year_label(mark: GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    if (mark.value - mark.value.round()).abs() < 1e-6 {
        format!("{:.0}", mark.value)
    } else {
        String::new()
    }
}

/// A grid mark every year, or every 2, 5, 10… years, whichever leaves room for the labels.
fn year_marks(input: egui_plot::GridInput) -> Vec<GridMark> {
    // egui_plot's smallest grid spacing is 8 points: that many points per `base_step_size`.
    let points_per_year = 8.0 / input.base_step_size.max(1e-9);
    let step = [1, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .find(|&step| f64::from(step) * points_per_year >= 40.0)
        .unwrap_or(100);
    let (from, to) = (input.bounds.0.ceil() as i32, input.bounds.1.floor() as i32);
    (from..=to)
        .filter(|y| y % step == 0)
        .map(|y| GridMark {
            value: f64::from(y),
            step_size: f64::from(step),
        })
        .collect()
}

/// Whole numbers (counts) on an axis.
fn count_marks(input: egui_plot::GridInput) -> Vec<GridMark> {
    let points_per_unit = 8.0 / input.base_step_size.max(1e-9);
    let step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
        .into_iter()
        .find(|&step| f64::from(step) * points_per_unit >= 40.0)
        .unwrap_or(1000);
    let to = input.bounds.1.floor().max(0.0) as i32;
    (0..=to)
        .filter(|n| n % step == 0)
        .map(|n| GridMark {
            value: f64::from(n),
            step_size: f64::from(step),
        })
        .collect()
}

/// One grid mark per lane (`0..count`), for labelled rows.
fn lane_marks(count: usize) -> impl Fn(egui_plot::GridInput) -> Vec<GridMark> {
    move |_| {
        (0..count)
            .map(|i| GridMark {
                value: i as f64,
                step_size: 1.0,
            })
            .collect()
    }
}

/// The label of lane `mark` from `labels` (lane 0 at the top), or nothing between lanes.
fn lane_label(labels: &[String], mark: GridMark) -> String {
    let i = mark.value.round();
    if (mark.value - i).abs() > 1e-6 || i < 0.0 || i as usize >= labels.len() {
        return String::new();
    }
    labels.get(labels.len() - 1 - i as usize).cloned().unwrap_or_default()
}

/// An axis whose labels are drawn in the theme's text colour at full strength (egui_plot
/// would fade them), labelled `label`.
fn axis<'a>(
    hints: AxisHints<'a>,
    palette: &Palette,
    label: &str,
    formatter: impl Fn(GridMark, &std::ops::RangeInclusive<f64>) -> String + 'a,
) -> AxisHints<'a> {
    hints
        .label(label)
        .formatter(formatter)
        .label_spacing(12.0..=13.0)
        .tick_label_color(palette.text)
}

/// The colours the charts use, from the theme.
#[derive(Clone, Copy)]
struct Palette {
    accent: Color32,
    text: Color32,
    weak: Color32,
    warn: Color32,
}

impl Palette {
    fn of(ui: &Ui) -> Self {
        let visuals = ui.visuals();
        Self {
            accent: visuals.hyperlink_color,
            text: visuals.text_color(),
            weak: visuals.weak_text_color(),
            warn: visuals.warn_fg_color,
        }
    }
}

/// A clickable place laid over a chart: named, with a tooltip and keyboard focus.
fn hotspot(ui: &mut Ui, rect: Rect, id: Id, name: String, tip: impl FnOnce(&mut Ui)) -> Response {
    let response = ui.interact(rect, id, Sense::click());
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
    if response.has_focus() {
        ui.painter().rect_stroke(
            rect.expand(2.0),
            3.0,
            ui.visuals().selection.stroke,
            egui::StrokeKind::Outside,
        );
    }
    if response.hovered() || response.has_focus() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    response.on_hover_ui(tip)
}

/// The area of a stretch of time on one lane, at least a marker wide.
fn span_rect(transform: &PlotTransform, years: &std::ops::Range<f64>, y: f64) -> Rect {
    let a = transform.position_from_point(&PlotPoint::new(years.start, y));
    let b = transform.position_from_point(&PlotPoint::new(years.end, y));
    Rect::from_two_pos(a, b)
        .expand2(Vec2::new(0.0, 8.0))
        .union(Rect::from_center_size(
            Rect::from_two_pos(a, b).center(),
            Vec2::splat(16.0),
        ))
}

/// How close, in points, two markers may come before they are drawn and clicked as one.
const CLUSTER_GAP: f32 = 14.0;

/// The years one point of a chart `width` points wide covers, showing `years` (egui_plot adds a
/// margin of about 5 % each side, and the y axis takes some of the width).
fn years_per_point(years: &std::ops::Range<f64>, width: f32) -> f64 {
    (years.end - years.start).max(1e-6) * 1.1 / f64::from((width - 60.0).max(60.0))
}

/// What the charts draw for an overview at a given size: worked out once, so that a frame draws a
/// few hundred groups however many thousand articles and figures there are.
struct Plans {
    /// The overview and the sizes these plans are for.
    key: (usize, [i32; 4]),
    timeline: Arc<TimelinePlan>,
    figures: Arc<FiguresPlan>,
}

/// A group of markers on the timeline (or in a lane) drawn, named and clicked as one.
#[derive(Debug, Clone)]
struct Group {
    /// The items (articles, or a lane's figures) in it.
    items: std::ops::Range<usize>,
    /// Its row or lane.
    y: f64,
    /// The time it covers.
    from: f64,
    to: f64,
    /// Whether to draw a bar across that time.
    bar: bool,
    /// Its colour, by kind (see each chart).
    colour: usize,
    /// One marker for each kind of item it has, at their mean date.
    markers: Vec<(usize, f64)>,
    /// Its words on the chart and where they go, if there is room.
    label: Option<(String, PlotPoint)>,
    /// Its accessible name.
    name: String,
}

/// The timeline: its groups and the years it shows.
struct TimelinePlan {
    shown: std::ops::Range<f64>,
    groups: Vec<Group>,
}

impl TimelinePlan {
    fn new(overview: &Overview, size: Vec2) -> Self {
        let years = overview.article_years().unwrap_or(2019.0..2025.0);
        let padding = (years.end - years.start).max(1.0) * 0.06;
        let shown = years.start - padding..years.end + padding;
        let middles: Vec<f64> = overview.timeline.iter().map(|e| middle(&e.years)).collect();
        let runs = clusters(&middles, years_per_point(&shown, size.x) * f64::from(CLUSTER_GAP));
        // Words only where there is room for them.
        let labelled = runs.len() <= 24;
        let kind = |e: &TimelineEntry| usize::from(e.imported) * 2 + usize::from(e.inferred.is_some());
        let groups = runs
            .into_iter()
            .enumerate()
            .filter_map(|(k, items)| {
                let entries = overview.timeline.get(items.clone())?;
                let (first, last) = (entries.first()?, entries.last()?);
                let std::ops::Range { start: from, end: to } = extent(entries.iter().map(|e| &e.years))?;
                let markers = (0..4)
                    .filter_map(|k| {
                        mean(entries.iter().filter(|e| kind(e) == k).map(|e| middle(&e.years))).map(|x| (k, x))
                    })
                    .collect();
                let (label, name) = match entries {
                    [one] => {
                        let inferred = if one.inferred.is_some() { " (inferred)" } else { "" };
                        (
                            format!("{}\n{}{inferred}", one.publisher, short_date(&one.date)),
                            format!("{}, {}: {}", one.publisher, one.date, one.title),
                        )
                    }
                    many => (
                        format!("{} articles\nfrom {}", many.len(), short_date(&first.date)),
                        format!("{} articles, {} to {}", many.len(), first.date, last.date),
                    ),
                };
                let y = (TIMELINE_ROWS - 1 - k % TIMELINE_ROWS) as f64;
                Some(Group {
                    items,
                    y,
                    from,
                    to,
                    bar: to - from > 2.0 / 365.0,
                    colour: 0,
                    markers,
                    label: labelled.then(|| (label, PlotPoint::new(middle(&(from..to)), y - 0.22))),
                    name,
                })
            })
            .collect();
        Self { shown, groups }
    }
}

/// The timeline of articles: a marker at each date, hollow where the date is inferred and a
/// diamond for an imported article, with a bar across the month or year when the date is known
/// only that far. Markers too close to tell apart are labelled and clicked as one group.
fn timeline(ui: &mut Ui, overview: &Overview, plan: &Arc<TimelinePlan>, size: Vec2) -> Option<Choice> {
    let colours = Palette::of(ui);
    let drawn = Arc::clone(plan);
    let response = still_plot("parama_timeline", size)
        .show_axes([true, false])
        .show_grid([true, false])
        .custom_x_axes(vec![axis(AxisHints::new_x(), &colours, "date", year_label)])
        .x_grid_spacer(year_marks)
        .include_x(plan.shown.start)
        .include_x(plan.shown.end)
        .include_y(-0.6)
        .include_y(TIMELINE_ROWS as f64 - 0.2)
        .show(ui, move |plot| {
            // One series per kind of marker: built in or imported, printed or inferred date.
            let mut markers: [Vec<[f64; 2]>; 4] = Default::default();
            for group in &drawn.groups {
                for &(kind, x) in &group.markers {
                    if let Some(series) = markers.get_mut(kind) {
                        series.push([x, group.y]);
                    }
                }
                if group.bar {
                    plot.line(
                        Line::new("", PlotPoints::from(vec![[group.from, group.y], [group.to, group.y]]))
                            .color(colours.accent.gamma_multiply(0.45))
                            .width(6.0)
                            .allow_hover(false),
                    );
                }
                if let Some((label, at)) = &group.label {
                    plot.text(
                        Text::new("", *at, RichText::new(label).size(11.0))
                            .color(colours.text)
                            .anchor(Align2::CENTER_TOP)
                            .allow_hover(false),
                    );
                }
            }
            for (i, points) in markers.into_iter().enumerate() {
                let (imported, inferred) = (i >= 2, i % 2 == 1);
                if points.is_empty() {
                    continue;
                }
                plot.points(
                    Points::new("", PlotPoints::from(points))
                        .shape(if imported {
                            MarkerShape::Diamond
                        } else {
                            MarkerShape::Circle
                        })
                        .filled(!inferred)
                        .radius(6.0)
                        .color(if imported { colours.weak } else { colours.accent })
                        .allow_hover(false),
                );
            }
        });
    response
        .response
        .widget_info(|| WidgetInfo::labeled(Role::Image, true, "Timeline of the articles by date"));
    let mut choice = None;
    for group in &plan.groups {
        let Some(entries) = overview.timeline.get(group.items.clone()) else {
            continue;
        };
        let Some(first) = entries.first() else { continue };
        let rect = span_rect(&response.transform, &(group.from..group.to), group.y);
        let id = ui.scope_id().with(("timeline_article", &first.article));
        let spot = hotspot(ui, rect, id, group.name.clone(), |ui| {
            ui.set_max_width(380.0);
            for entry in entries.iter().take(8) {
                ui.strong(&entry.title);
                ui.label(format!("{} · {}", entry.publisher, entry.date));
                if let Some(reason) = &entry.inferred {
                    ui.label(RichText::new(format!("Date inferred: {reason}")).italics());
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
            ui.label(RichText::new(open).weak());
        });
        if spot.clicked() {
            choice = Some(Choice::Open(first.article.clone()));
        }
    }
    choice
}

/// The middle of a stretch of time.
fn middle(years: &std::ops::Range<f64>) -> f64 {
    (years.start + years.end) / 2.0
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

/// Programmes counted by category: a bar each, the rows found automatically and not yet checked
/// stacked on the end in a weaker colour.
fn categories(ui: &mut Ui, overview: &Overview, size: Vec2) -> Option<Choice> {
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
    let mut choice = None;
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
            choice = Some(Choice::Category(count.category));
        }
    }
    choice
}

/// The height, in points, a lane of the figures chart needs.
const LANE_HEIGHT: f32 = 26.0;

/// The figures chart: the lanes that fit, their groups, and the years it shows. A group's
/// colour and markers' kinds are 0 for checked figures, 1 where sources disagree, 2 for figures
/// found automatically.
struct FiguresPlan {
    shown: std::ops::Range<f64>,
    /// How many lanes fit (the first ones of the overview).
    count: usize,
    /// The lanes' names on the axis.
    labels: Vec<String>,
    /// Each shown lane's groups.
    lanes: Vec<Vec<Group>>,
}

impl FiguresPlan {
    fn new(overview: &Overview, size: Vec2) -> Self {
        let years = overview.years().unwrap_or(2019.0..2025.0);
        let fit = ((size.y - 50.0) / LANE_HEIGHT).floor().max(1.0) as usize;
        let count = overview.lanes.len().min(fit);
        let lanes = overview.lanes.get(..count).unwrap_or_default();
        // Room on the right for the last figure's words.
        let shown = years.start..years.end + (years.end - years.start).max(1.0) * 0.22;
        let gap = years_per_point(&shown, size.x - 180.0) * f64::from(CLUSTER_GAP);
        let kind = |p: &FigurePoint| match p.origin {
            Origin::Auto => 2,
            _ if p.disagrees => 1,
            _ => 0,
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
                        let std::ops::Range { start: from, end: to } = extent(points.iter().map(|p| &p.years))?;
                        let markers = (0..3)
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
                        Some(Group {
                            items,
                            y,
                            from,
                            to,
                            bar,
                            colour: kind(first),
                            markers,
                            label: Some((format!("    {label}"), PlotPoint::new(end, y - shift))),
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
                if lane.disagrees() {
                    format!("{label} ⚠")
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
fn figures(ui: &mut Ui, overview: &Overview, plan: &Arc<FiguresPlan>, size: Vec2) -> Option<Choice> {
    let colours = Palette::of(ui);
    let count = plan.count;
    let (drawn, labels) = (Arc::clone(plan), plan.labels.clone());
    let response = still_plot("parama_figures", size)
        .show_axes([true, true])
        .show_grid([true, false])
        .custom_x_axes(vec![axis(AxisHints::new_x(), &colours, "date or period", year_label)])
        .x_grid_spacer(year_marks)
        .custom_y_axes(vec![axis(AxisHints::new_y(), &colours, "", move |mark, _| {
            lane_label(&labels, mark)
        })])
        .y_grid_spacer(lane_marks(count))
        .include_x(plan.shown.start)
        .include_x(plan.shown.end)
        .include_y(-0.6)
        .include_y(count as f64 - 0.4)
        .show(ui, move |plot| {
            let by_kind = [colours.accent, colours.warn, colours.weak];
            // One series per kind of marker, for all lanes.
            let mut markers: [Vec<[f64; 2]>; 3] = Default::default();
            for group in drawn.lanes.iter().flatten() {
                let colour = by_kind.get(group.colour).copied().unwrap_or(colours.accent);
                if group.bar {
                    plot.line(
                        Line::new("", PlotPoints::from(vec![[group.from, group.y], [group.to, group.y]]))
                            .color(colour)
                            .width(8.0)
                            .allow_hover(false),
                    );
                }
                for &(kind, x) in &group.markers {
                    if let Some(series) = markers.get_mut(kind) {
                        series.push([x, group.y]);
                    }
                }
                if let Some((label, at)) = &group.label {
                    plot.text(
                        Text::new("", *at, RichText::new(label).size(12.0))
                            .color(colours.text)
                            .anchor(Align2::LEFT_CENTER)
                            .allow_hover(false),
                    );
                }
            }
            for (kind, points) in markers.into_iter().enumerate() {
                if !points.is_empty() {
                    plot.points(
                        Points::new("", PlotPoints::from(points))
                            .shape(MarkerShape::Circle)
                            .filled(false)
                            .radius(6.0)
                            .color(by_kind.get(kind).copied().unwrap_or(colours.accent))
                            .allow_hover(false),
                    );
                }
            }
        });
    let all = overview.lanes.len();
    let name = if count < all {
        format!("Chart of the figures over time, by measure: {count} of {all} measures shown (the CSV has them all)")
    } else {
        "Chart of the figures over time, by measure".to_owned()
    };
    response
        .response
        .widget_info(|| WidgetInfo::labeled(Role::Image, true, &name));
    let mut choice = None;
    for (lane, groups) in overview.lanes.iter().zip(&plan.lanes) {
        for group in groups {
            let Some(points) = lane.points.get(group.items.clone()) else {
                continue;
            };
            let Some(first) = points.first() else { continue };
            let rect = span_rect(&response.transform, &(group.from..group.to), group.y);
            let id = ui.scope_id().with(("figure_point", &first.figure));
            let spot = hotspot(ui, rect, id, group.name.clone(), |ui| {
                ui.set_max_width(380.0);
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
                choice = Some(Choice::Open(first.figure.clone()));
            }
        }
    }
    choice
}

/// `text` cut to `chars` characters, with an ellipsis when cut.
fn truncate(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(chars.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_shortened_and_labels_truncated_on_character_boundaries() {
        assert_eq!(short_date("27 November 2019"), "27 Nov 2019");
        assert_eq!(short_date("May 2024"), "May 2024");
        assert_eq!(short_date("2021"), "2021");
        assert_eq!(short_date("3 Šeštadienis 2021"), "3 Šeš 2021");
        assert_eq!(truncate("Šimonytė’s government", 8), "Šimonyt…");
        assert_eq!(truncate("short", 8), "short");
    }

    #[test]
    fn a_crop_outside_the_picture_is_an_error_not_a_panic() {
        let image = ColorImage::filled([100, 50], Color32::WHITE);
        let inside = crop(
            &image,
            Rect::from_min_max(Pos2::new(10.0, 10.0), Pos2::new(60.0, 40.0)),
            1.0,
        )
        .unwrap();
        assert_eq!(inside.size, [50, 30]);
        let clipped = crop(
            &image,
            Rect::from_min_max(Pos2::new(80.0, 10.0), Pos2::new(300.0, 400.0)),
            1.0,
        )
        .unwrap();
        assert_eq!(clipped.size, [20, 40]);
        assert!(
            crop(
                &image,
                Rect::from_min_max(Pos2::new(200.0, 0.0), Pos2::new(300.0, 10.0)),
                1.0
            )
            .is_err()
        );
        let doubled = crop(
            &image,
            Rect::from_min_max(Pos2::new(0.0, 0.0), Pos2::new(10.0, 10.0)),
            2.0,
        )
        .unwrap();
        assert_eq!(doubled.size, [20, 20]);
    }
}
