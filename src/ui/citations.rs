//! Citation cards: a quoted passage in its sentence, with its source, and a way into the
//! article at that spot. Several cards stand side by side so sources can be compared.

use egui::{Align, Frame, Label, Layout, Margin, RichText, Ui, text::LayoutJob};

use super::{Action, Actions, OpenAt, reader::Formats};
use crate::model::{
    Article, Citation, Corpus, Origin,
    citation::{Link, sentence_around},
    library::Review,
};

/// Size of the quoted text in cards.
const QUOTE_SIZE: f32 = 14.5;
/// Cards narrower than this are stacked instead of set side by side.
const MIN_CARD_WIDTH: f32 = 240.0;

/// Shows `citations` as cards, side by side when there is room.
pub fn cards_ui(ui: &mut Ui, citations: &[&Citation], corpus: &Corpus, actions: &mut Actions) {
    let per_row = ((ui.available_width() / MIN_CARD_WIDTH).floor() as usize).clamp(1, citations.len().max(1));
    // A link's reason and buttons stand once, on the first of its passages.
    let mut previous: Option<&str> = None;
    for chunk in citations.chunks(per_row) {
        ui.columns(per_row, |columns| {
            for (column, citation) in columns.iter_mut().zip(chunk) {
                let link = citation.link.as_ref().map(|l| l.id.as_str());
                let first = link.is_some() && link != previous;
                previous = link;
                card(column, citation, corpus, actions, first);
            }
        });
        ui.add_space(6.0);
    }
}

/// One citation: the article it comes from, the sentence with the quote highlighted (and the
/// number, for a figure, more strongly), and an "Open in article" button.
pub fn card_ui(ui: &mut Ui, citation: &Citation, corpus: &Corpus, actions: &mut Actions) {
    card(ui, citation, corpus, actions, citation.link.is_some());
}

/// A citation card; `link_first` shows why it is linked, and the buttons to confirm or undo it.
fn card(ui: &mut Ui, citation: &Citation, corpus: &Corpus, actions: &mut Actions, link_first: bool) {
    let Some(article) = corpus.get(&citation.article) else {
        ui.colored_label(
            ui.visuals().error_fg_color,
            format!("Article “{}” is missing.", citation.article),
        );
        return;
    };
    Frame::group(ui.style()).inner_margin(Margin::same(10)).show(ui, |ui| {
        ui.set_width(ui.available_width());
        // Left-aligned, never justified: quoted text keeps its natural spacing.
        ui.with_layout(Layout::top_down(Align::Min), |ui| {
            ui.add(Label::new(RichText::new(&article.title).strong()).wrap());
            let date = ui.weak(format!("{} · {}", article.publisher, article.date_text()));
            if article.is_date_inferred() || article.date.is_none() {
                date.on_hover_text(article.date_explained());
            }
            if let Some(link) = citation.link.as_ref().filter(|_| link_first) {
                link_ui(ui, link, actions);
            }
            ui.add_space(4.0);
            let job = passage_job(ui, &article.text, citation, ui.available_width());
            ui.add(Label::new(job).selectable(true));
            ui.add_space(4.0);
            let button = ui
                .button("Open in article")
                .on_hover_text("Show the whole article with this passage highlighted");
            // Several of these stand together: a screen reader hears which source each opens.
            let name = open_in_article_name(article, &citation.exact);
            ui.ctx().accesskit_node_builder(button.id, |node| node.set_label(name));
            if button.clicked() {
                actions.push(Action::Open(OpenAt::passage(&article.id, citation.range.clone())));
            }
        });
    });
}

/// What a screen reader calls an "Open in article" button: which article, and which passage of
/// it ("Open in article: The Baltic Times, 3 January 2023, at “A total of about 1,500…”").
pub fn open_in_article_name(article: &Article, quote: &str) -> String {
    let words: Vec<&str> = quote.split_whitespace().collect();
    let start = words.iter().take(6).copied().collect::<Vec<_>>().join(" ");
    let more = if words.len() > 6 { "…" } else { "" };
    format!(
        "Open in article: {}, {}, at “{start}{more}”",
        article.publisher,
        article.date_text()
    )
}

/// For a passage of an imported article linked to this programme: why, and the buttons to
/// confirm the link or undo it (the passage then makes a programme of its own).
fn link_ui(ui: &mut Ui, link: &Link, actions: &mut Actions) {
    let mut review = |review| {
        actions.push(Action::Review {
            id: link.id.clone(),
            review,
        });
    };
    match link.origin {
        Origin::Auto => {
            ui.add(
                Label::new(
                    RichText::new(format!("Linked automatically, not reviewed. {}.", link.why))
                        .italics()
                        .color(ui.visuals().warn_fg_color),
                )
                .wrap(),
            );
            ui.horizontal_wrapped(|ui| {
                if ui
                    .button("Confirm link")
                    .on_hover_text("You checked that this passage reports this programme")
                    .clicked()
                {
                    review(Review::Reviewed);
                }
                if ui
                    .button("Not this programme")
                    .on_hover_text("Unlink it: the passage then makes a programme of its own")
                    .clicked()
                {
                    review(Review::Hidden);
                }
            });
        }
        _ => {
            ui.add(
                Label::new(RichText::new(format!("Linked automatically; confirmed by you. {}.", link.why)).weak())
                    .wrap(),
            );
        }
    }
}

/// The sentence(s) around the quote, the quote marked, and the number (if any) marked strongly.
fn passage_job(ui: &Ui, text: &str, citation: &Citation, width: f32) -> LayoutJob {
    let formats = Formats::new(ui, QUOTE_SIZE);
    let context = sentence_around(text, citation.range.clone());
    let number = citation.number_range();
    let mut cuts = vec![context.start, context.end, citation.range.start, citation.range.end];
    if let Some(n) = &number {
        cuts.extend([n.start, n.end]);
    }
    cuts.retain(|c| context.contains(c) || *c == context.end);
    cuts.sort_unstable();
    cuts.dedup();

    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    for piece in cuts.windows(2) {
        let &[start, end] = piece else { continue };
        let format = if number.as_ref().is_some_and(|n| n.start <= start && end <= n.end) {
            &formats.current
        } else if citation.range.start <= start && end <= citation.range.end {
            &formats.highlight
        } else {
            &formats.body
        };
        job.append(text.get(start..end).unwrap_or_default(), 0.0, format.clone());
    }
    job
}
