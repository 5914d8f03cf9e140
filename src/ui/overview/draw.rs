//! What the Overview's charts share: a plot that holds still, axes in the theme's colours,
//! groups of markers drawn the same way on every chart, and clickable places laid over them.

use std::ops::{Range, RangeInclusive};

use egui::{Align2, Color32, Id, Rect, Response, RichText, Role, Sense, Ui, Vec2, WidgetInfo};
use egui_plot::{
    AxisHints, GridInput, GridMark, Line, MarkerShape, Plot, PlotPoint, PlotPoints, PlotTransform, PlotUi, Points, Text,
};

/// How close, in points, two markers may come before they are drawn and clicked as one.
pub const CLUSTER_GAP: f32 = 14.0;

/// The kinds of marker the charts draw: each is one plot series, drawn in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// A built-in article whose date is printed in it.
    Article,
    /// A built-in article whose date is inferred.
    ArticleInferred,
    /// An imported article whose date is printed in it.
    Imported,
    /// An imported article whose date is inferred.
    ImportedInferred,
    /// A curated or reviewed figure.
    Checked,
    /// A figure whose sources disagree with others for the same measure.
    Disagreeing,
    /// A figure found automatically and not yet reviewed.
    Automatic,
}

impl Marker {
    /// Every kind, in the order their series are drawn.
    pub const ALL: [Self; 7] = [
        Self::Article,
        Self::ArticleInferred,
        Self::Imported,
        Self::ImportedInferred,
        Self::Checked,
        Self::Disagreeing,
        Self::Automatic,
    ];

    /// An article's marker.
    pub fn article(imported: bool, inferred: bool) -> Self {
        match (imported, inferred) {
            (false, false) => Self::Article,
            (false, true) => Self::ArticleInferred,
            (true, false) => Self::Imported,
            (true, true) => Self::ImportedInferred,
        }
    }

    /// The marker's colour in `palette`.
    pub fn colour(self, palette: &Palette) -> Color32 {
        match self {
            Self::Article | Self::ArticleInferred | Self::Checked => palette.accent,
            Self::Imported | Self::ImportedInferred | Self::Automatic => palette.weak,
            Self::Disagreeing => palette.warn,
        }
    }

    /// Diamonds for imported articles, circles for the rest.
    fn shape(self) -> MarkerShape {
        match self {
            Self::Imported | Self::ImportedInferred => MarkerShape::Diamond,
            _ => MarkerShape::Circle,
        }
    }

    /// Filled for a printed date; hollow for an inferred one, and for every figure.
    fn filled(self) -> bool {
        matches!(self, Self::Article | Self::Imported)
    }
}

/// A group of markers (articles, or a lane's figures) drawn, named and clicked as one.
#[derive(Debug, Clone)]
pub struct Group {
    /// The items in it, as indices into the chart's list.
    pub items: Range<usize>,
    /// Its row or lane.
    pub y: f64,
    /// The time it covers.
    pub from: f64,
    /// The end of that time.
    pub to: f64,
    /// Whether to draw a bar across that time.
    pub bar: bool,
    /// The colour of its bar.
    pub colour: Marker,
    /// One marker for each kind of item it has, at their mean date.
    pub markers: Vec<(Marker, f64)>,
    /// Its words on the chart and where they go, if there is room.
    pub label: Option<(String, PlotPoint)>,
    /// Where the words stand from their point, when not where the chart's look puts them (by
    /// an edge, so that they stay inside the chart).
    pub label_anchor: Option<Align2>,
    /// Its accessible name.
    pub name: String,
}

/// How a chart draws its groups.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    /// The bar's thickness, in points.
    pub bar_width: f32,
    /// How strongly the bar is coloured (1 is the marker's colour).
    pub bar_strength: f32,
    /// The size of the words.
    pub text_size: f32,
    /// Where the words stand from their point.
    pub text_anchor: Align2,
}

/// Draws `groups`: their bars and words, then one series of markers per kind.
pub fn draw_groups<'g>(plot: &mut PlotUi<'_>, groups: impl Iterator<Item = &'g Group>, palette: &Palette, look: Look) {
    let mut series: Vec<(Marker, Vec<[f64; 2]>)> = Marker::ALL.iter().map(|&m| (m, Vec::new())).collect();
    for group in groups {
        if group.bar {
            plot.line(
                Line::new("", PlotPoints::from(vec![[group.from, group.y], [group.to, group.y]]))
                    .color(group.colour.colour(palette).gamma_multiply(look.bar_strength))
                    .width(look.bar_width)
                    .allow_hover(false),
            );
        }
        for &(marker, x) in &group.markers {
            if let Some((_, points)) = series.iter_mut().find(|(m, _)| *m == marker) {
                points.push([x, group.y]);
            }
        }
        if let Some((label, at)) = &group.label {
            plot.text(
                Text::new("", *at, RichText::new(label).size(look.text_size))
                    .color(palette.text)
                    .anchor(group.label_anchor.unwrap_or(look.text_anchor))
                    .allow_hover(false),
            );
        }
    }
    for (marker, points) in series {
        if !points.is_empty() {
            plot.points(
                Points::new("", PlotPoints::from(points))
                    .shape(marker.shape())
                    .filled(marker.filled())
                    .radius(6.0)
                    .color(marker.colour(palette))
                    .allow_hover(false),
            );
        }
    }
}

/// The clickable place over `group`, named by it, with `tip` on hover.
pub fn group_hotspot(
    ui: &mut Ui,
    transform: &PlotTransform,
    group: &Group,
    id: Id,
    tip: impl FnOnce(&mut Ui),
) -> Response {
    let rect = span_rect(transform, &(group.from..group.to), group.y);
    hotspot(ui, rect, id, group.name.clone(), |ui| {
        ui.set_max_width(380.0);
        tip(ui);
    })
}

/// A plot that shows what it is given and does not pan or zoom: the charts are for reading and
/// for pictures, and a plot that moves under the mouse would lose the reader.
pub fn still_plot(id: &'static str, size: Vec2) -> Plot<'static> {
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

/// A still plot whose x axis is time, in years, labelled `label` and showing `shown`.
pub fn time_plot(id: &'static str, size: Vec2, palette: &Palette, label: &str, shown: &Range<f64>) -> Plot<'static> {
    still_plot(id, size)
        .show_grid([true, false])
        .custom_x_axes(vec![axis(AxisHints::new_x(), palette, label, year_label)])
        .x_grid_spacer(year_marks)
        .include_x(shown.start)
        .include_x(shown.end)
}

/// Years on a time axis: only whole years are labelled.
fn year_label(mark: GridMark, _range: &RangeInclusive<f64>) -> String {
    if (mark.value - mark.value.round()).abs() < 1e-6 {
        format!("{:.0}", mark.value)
    } else {
        String::new()
    }
}

/// Grid marks at whole multiples of the first of `steps` that leaves 40 points between labels,
/// from `from` to the end of the axis.
fn marks(input: &GridInput, steps: &[i32], from: i32) -> Vec<GridMark> {
    // egui_plot's smallest grid spacing is 8 points: that many points per `base_step_size`.
    let points_per_unit = 8.0 / input.base_step_size.max(1e-9);
    let step = steps
        .iter()
        .copied()
        .find(|&step| f64::from(step) * points_per_unit >= 40.0)
        .unwrap_or_else(|| steps.last().copied().unwrap_or(1));
    (from..=input.bounds.1.floor() as i32)
        .filter(|v| v % step == 0)
        .map(|v| GridMark {
            value: f64::from(v),
            step_size: f64::from(step),
        })
        .collect()
}

/// A grid mark every year, or every 2, 5, 10… years, whichever leaves room for the labels.
fn year_marks(input: GridInput) -> Vec<GridMark> {
    let from = input.bounds.0.ceil() as i32;
    marks(&input, &[1, 2, 5, 10, 20, 50, 100], from)
}

/// Whole numbers (counts) on an axis.
pub fn count_marks(input: GridInput) -> Vec<GridMark> {
    marks(&input, &[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], 0)
}

/// One grid mark per lane (`0..count`), for labelled rows.
pub fn lane_marks(count: usize) -> impl Fn(GridInput) -> Vec<GridMark> {
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
pub fn lane_label(labels: &[String], mark: GridMark) -> String {
    let i = mark.value.round();
    if (mark.value - i).abs() > 1e-6 || i < 0.0 || i as usize >= labels.len() {
        return String::new();
    }
    labels.get(labels.len() - 1 - i as usize).cloned().unwrap_or_default()
}

/// An axis whose labels are drawn in the theme's text colour at full strength (egui_plot
/// would fade them), labelled `label`.
pub fn axis<'a>(
    hints: AxisHints<'a>,
    palette: &Palette,
    label: &str,
    formatter: impl Fn(GridMark, &RangeInclusive<f64>) -> String + 'a,
) -> AxisHints<'a> {
    hints
        .label(label)
        .formatter(formatter)
        .label_spacing(12.0..=13.0)
        .tick_label_color(palette.text)
}

/// The colours the charts use, from the theme.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    /// Checked things: bars, built-in articles, curated figures.
    pub accent: Color32,
    /// Words.
    pub text: Color32,
    /// Things not yet checked: imported articles, automatic rows.
    pub weak: Color32,
    /// Disagreement.
    pub warn: Color32,
}

impl Palette {
    /// The theme's colours.
    pub fn of(ui: &Ui) -> Self {
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
pub fn hotspot(ui: &mut Ui, rect: Rect, id: Id, name: String, tip: impl FnOnce(&mut Ui)) -> Response {
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
pub fn span_rect(transform: &PlotTransform, years: &std::ops::Range<f64>, y: f64) -> Rect {
    let a = transform.position_from_point(&PlotPoint::new(years.start, y));
    let b = transform.position_from_point(&PlotPoint::new(years.end, y));
    Rect::from_two_pos(a, b)
        .expand2(Vec2::new(0.0, 8.0))
        .union(Rect::from_center_size(
            Rect::from_two_pos(a, b).center(),
            Vec2::splat(16.0),
        ))
}

/// The years one point of a chart `width` points wide covers, showing `years` (egui_plot adds a
/// margin of about 5 % each side, and the y axis takes some of the width).
pub fn years_per_point(years: &Range<f64>, width: f32) -> f64 {
    (years.end - years.start).max(1e-6) * 1.1 / f64::from((width - 60.0).max(60.0))
}

/// The middle of a stretch of time.
pub fn middle(years: &Range<f64>) -> f64 {
    (years.start + years.end) / 2.0
}

/// `text` cut to `chars` characters, with an ellipsis when cut.
pub fn truncate(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(chars.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}
