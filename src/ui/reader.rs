//! The article reader: the text at a readable width, selectable for copying (alone, or with the
//! article's citation: right-click, or Ctrl+Shift+C), with any number of highlighted character
//! ranges, one of which can be scrolled into view.
//!
//! "Open in article" and search hits both come down to [`Reader::reveal`]: highlight these
//! byte ranges of the text and bring this one into view.

use std::ops::Range;

use egui::{
    Align, Color32, FontId, Label, Rect, ScrollArea, Stroke, TextFormat, Ui,
    text::{CCursor, LayoutJob},
};

use super::{Actions, clipboard, shortcuts};
use crate::model::Article;

/// The widest the text column gets, in points: about 75 characters a line.
pub const MEASURE: f32 = 680.0;

/// Size of the body text, in points.
const BODY_SIZE: f32 = 16.0;

/// A highlight range that does not fit the article's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{range:?} is not a range of whole characters within the article's {len} bytes")]
pub struct InvalidRange {
    /// The range that was asked for.
    pub range: Range<usize>,
    /// The length of the text in bytes.
    pub len: usize,
}

/// Highlights in one article, and which of them to bring into view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Highlights {
    article_id: String,
    ranges: Vec<Range<usize>>,
    current: usize,
}

/// Where the current highlight ended up in the last frame, in screen coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Revealed {
    /// The highlighted text.
    pub highlight: Rect,
    /// The part of the text that the scroll area shows.
    pub viewport: Rect,
}

/// State of the reader that outlives a frame.
#[derive(Debug, Default)]
pub struct Reader {
    highlights: Option<Highlights>,
    scroll_pending: bool,
    revealed: Option<Revealed>,
    /// The text selected when the context menu opened (the menu's own click clears it).
    menu_text: Option<String>,
}

impl Reader {
    /// Highlights `ranges` (byte ranges of `article.text`) and scrolls `ranges[current]` into
    /// view on the next frame. Every range must lie on character boundaries within the text.
    pub fn reveal(&mut self, article: &Article, ranges: Vec<Range<usize>>, current: usize) -> Result<(), InvalidRange> {
        let len = article.text.len();
        if let Some(range) = ranges
            .iter()
            .find(|r| r.start > r.end || article.text.get((*r).clone()).is_none())
        {
            return Err(InvalidRange {
                range: range.clone(),
                len,
            });
        }
        let current = current.min(ranges.len().saturating_sub(1));
        self.highlights = Some(Highlights {
            article_id: article.id.clone(),
            ranges,
            current,
        });
        self.scroll_pending = true;
        Ok(())
    }

    /// Removes every highlight.
    pub fn clear(&mut self) {
        self.highlights = None;
        self.scroll_pending = false;
        self.revealed = None;
    }

    /// The highlights, if any: the article's id, the ranges and which of them is current.
    pub fn highlights(&self) -> Option<(&str, &[Range<usize>], usize)> {
        self.highlights
            .as_ref()
            .map(|h| (h.article_id.as_str(), h.ranges.as_slice(), h.current))
    }

    /// The highlighted ranges in `article`, if any.
    pub fn highlights_in(&self, article: &Article) -> &[Range<usize>] {
        match &self.highlights {
            Some(h) if h.article_id == article.id => &h.ranges,
            _ => &[],
        }
    }

    /// Where the current highlight was drawn in the last frame, and what was visible.
    pub fn revealed(&self) -> Option<Revealed> {
        self.revealed
    }

    /// The menu of a right-click on the text: copy the selection, alone or with its citation.
    fn context_menu(&mut self, response: &egui::Response, article: &Article, actions: &mut Actions) {
        if response.secondary_clicked() {
            self.menu_text = clipboard::selected_text(&response.ctx);
        }
        response.context_menu(|ui| {
            let Some(text) = self.menu_text.clone() else {
                ui.label("Select text to copy it, alone or with its citation.");
                copy_citation_button(ui, article, actions);
                return;
            };
            let keys = shortcuts::text(ui, &shortcuts::COPY);
            if ui.add(egui::Button::new("Copy").shortcut_text(keys)).clicked() {
                ui.ctx().copy_text(text.clone());
            }
            let keys = shortcuts::text(ui, &shortcuts::COPY_WITH_CITATION);
            if ui
                .add(egui::Button::new("Copy with citation").shortcut_text(keys))
                .on_hover_text(article.citation())
                .clicked()
            {
                copy_with_citation(ui, &text, article, actions);
            }
        });
    }

    /// Shows the text of `article`, filling the available space.
    pub fn ui(&mut self, ui: &mut Ui, article: &Article, actions: &mut Actions) {
        if let Some(text) = clipboard::selected_text(ui.ctx())
            && shortcuts::pressed(ui, &shortcuts::COPY_WITH_CITATION)
        {
            copy_with_citation(ui, &text, article, actions);
        }
        let (ranges, current) = match &self.highlights {
            Some(h) if h.article_id == article.id => (h.ranges.clone(), h.ranges.get(h.current).cloned()),
            _ => (Vec::new(), None),
        };
        let formats = Formats::new(ui, BODY_SIZE);
        let mut target: Option<Rect> = None;

        let output = ScrollArea::vertical()
            .id_salt(("reader", &article.id))
            .auto_shrink(false)
            .show(ui, |ui| {
                column(ui, |ui| {
                    let width = ui.available_width();
                    // Paragraph spacing: three quarters of a line, a whole number of points (egui's debug
                    // build flags layouts that end between pixels).
                    ui.spacing_mut().item_spacing.y = (BODY_SIZE * 0.75).round();
                    ui.add_space(8.0);
                    for paragraph in paragraphs(&article.text) {
                        let job = paragraph_job(
                            &article.text,
                            paragraph.clone(),
                            &ranges,
                            current.as_ref(),
                            &formats,
                            width,
                        );
                        let galley = ui.painter().layout_job(job);
                        // The paragraph holding the revealed passage can take the focus.
                        let current_here = current.as_ref().filter(|c| paragraph.contains(&c.start));
                        let label = Label::new(galley.clone()).selectable(true);
                        let label = if current_here.is_some() {
                            label.sense(egui::Sense::focusable_noninteractive())
                        } else {
                            label
                        };
                        let response = ui.add(label);
                        self.context_menu(&response, article, actions);
                        if let Some(cur) = current_here {
                            // A screen reader is taken to the passage just revealed, and hears it
                            // (unless the user is typing, in the search box say, stepping through
                            // its matches with Enter).
                            let passage = article.text.get(cur.clone()).unwrap_or_default();
                            ui.ctx().accesskit_node_builder(response.id, |node| {
                                node.set_description(format!("Highlighted: {passage}"));
                            });
                            if self.scroll_pending && !ui.ctx().text_edit_focused() {
                                response.request_focus();
                            }
                            let text = article.text.get(paragraph.clone()).unwrap_or_default();
                            let char_at = |byte: usize| {
                                text.get(..byte.saturating_sub(paragraph.start))
                                    .map_or(0, |s| s.chars().count())
                            };
                            let end = cur.end.min(paragraph.end);
                            let a = galley.pos_from_cursor(CCursor::new(char_at(cur.start)));
                            let b = galley.pos_from_cursor(CCursor::new(char_at(end)));
                            target = Some(a.union(b).translate(response.rect.min.to_vec2()));
                        }
                    }
                    ui.add_space(24.0);
                });
                if let Some(rect) = target
                    && self.scroll_pending
                {
                    ui.scroll_to_rect(rect, Some(Align::Center));
                    self.scroll_pending = false;
                }
            });
        self.revealed = target.map(|highlight| Revealed {
            highlight,
            viewport: output.inner_rect,
        });
    }
}

/// "Copy citation": puts `article`'s citation on the clipboard (beside the reader, and in its
/// menu).
pub fn copy_citation_button(ui: &mut Ui, article: &Article, actions: &mut Actions) {
    if ui.button("Copy citation").on_hover_text(article.citation()).clicked() {
        ui.ctx().copy_text(article.citation());
        actions.info("Citation copied to the clipboard.");
    }
}

/// Puts `text`, quoted and followed by `article`'s citation, on the clipboard.
fn copy_with_citation(ui: &Ui, text: &str, article: &Article, actions: &mut Actions) {
    ui.ctx().copy_text(clipboard::with_citation(text, &article.citation()));
    actions.info("The selected text and its citation are on the clipboard.");
}

/// Lays out `add_contents` in a column at most [`MEASURE`] wide, centred in the available
/// width, so that the reader's header and its text line up.
pub fn column<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let width = ui.available_width().min(MEASURE);
    let margin = ((ui.available_width() - width) / 2.0).max(0.0).floor();
    ui.horizontal_top(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width);
            add_contents(ui)
        })
        .inner
    })
    .inner
}

/// Text formats for quoted text: plain, highlighted, and the current highlight, taken from the
/// current theme.
pub(crate) struct Formats {
    pub(crate) body: TextFormat,
    pub(crate) highlight: TextFormat,
    pub(crate) current: TextFormat,
}

impl Formats {
    pub(crate) fn new(ui: &Ui, size: f32) -> Self {
        let visuals = ui.visuals();
        let body = TextFormat {
            font_id: FontId::proportional(size),
            line_height: Some(size * 1.5),
            color: visuals.strong_text_color(),
            ..Default::default()
        };
        // Amber reads as "marked" in both themes and keeps the text legible.
        let (marker, marker_strong) = if visuals.dark_mode {
            (Color32::from_rgb(0x6b, 0x55, 0x10), Color32::from_rgb(0x9a, 0x74, 0x00))
        } else {
            (Color32::from_rgb(0xff, 0xec, 0x99), Color32::from_rgb(0xff, 0xc8, 0x2e))
        };
        let highlight = TextFormat {
            background: marker,
            ..body.clone()
        };
        let current = TextFormat {
            background: marker_strong,
            underline: Stroke::new(2.0, visuals.strong_text_color()),
            ..body.clone()
        };
        Self {
            body,
            highlight,
            current,
        }
    }
}

/// The paragraphs of `text` as byte ranges: its lines, without the line breaks, skipping lines
/// that hold only white space.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if !content.trim().is_empty() {
            out.push(start..start + content.len());
        }
        start += line.len();
    }
    out
}

/// Lays out one paragraph, with the parts that fall in `highlights` marked, `current` more
/// strongly. All ranges are byte ranges of the whole `text`.
fn paragraph_job(
    text: &str,
    paragraph: Range<usize>,
    highlights: &[Range<usize>],
    current: Option<&Range<usize>>,
    formats: &Formats,
    width: f32,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    for (range, marked) in split_by_highlights(paragraph, highlights) {
        let format = match marked {
            None => &formats.body,
            Some(h) if Some(&h) == current => &formats.current,
            Some(_) => &formats.highlight,
        };
        job.append(text.get(range).unwrap_or_default(), 0.0, format.clone());
    }
    job
}

/// Cuts `span` into consecutive pieces, each either outside every highlight (`None`) or inside
/// one (`Some(that highlight)`). Where highlights overlap, the one that starts first wins.
pub fn split_by_highlights(
    span: Range<usize>,
    highlights: &[Range<usize>],
) -> Vec<(Range<usize>, Option<Range<usize>>)> {
    let mut sorted: Vec<&Range<usize>> = highlights
        .iter()
        .filter(|h| h.start < span.end && h.end > span.start && h.start < h.end)
        .collect();
    sorted.sort_by_key(|h| (h.start, h.end));

    let mut pieces = Vec::new();
    let mut at = span.start;
    for h in sorted {
        let start = h.start.max(at);
        let end = h.end.min(span.end);
        if start >= end {
            continue;
        }
        if at < start {
            pieces.push((at..start, None));
        }
        pieces.push((start..end, Some(h.clone())));
        at = end;
    }
    if at < span.end {
        pieces.push((at..span.end, None));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_the_non_blank_lines() {
        let text = "Title\n\n  • 2023-01-03\r\nBody text.\n \nLast";
        let got: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["Title", "  • 2023-01-03", "Body text.", "Last"]);
    }

    #[test]
    fn highlights_cut_a_span_into_marked_and_unmarked_pieces() {
        let pieces = split_by_highlights(10..30, &[12..15, 20..40, 0..5]);
        assert_eq!(
            pieces,
            vec![
                (10..12, None),
                (12..15, Some(12..15)),
                (15..20, None),
                (20..30, Some(20..40))
            ]
        );
    }

    #[test]
    fn overlapping_highlights_never_repeat_text() {
        let pieces = split_by_highlights(0..10, &[2..6, 4..8]);
        let covered: usize = pieces.iter().map(|(r, _)| r.len()).sum();
        assert_eq!(covered, 10);
        assert_eq!(
            pieces,
            vec![(0..2, None), (2..6, Some(2..6)), (6..8, Some(4..8)), (8..10, None)]
        );
    }
}
