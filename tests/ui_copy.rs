//! Copying from the window: rows of a table as a table (text and HTML) with their sources, and
//! text selected in the reader with its citation.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::{Arc, Mutex};

use egui::{Event, Modifiers, OutputCommand, PointerButton, Pos2, Role};
use egui_kittest::{Harness, kittest::Queryable as _};
use parama::{
    model::{Corpus, export::Clip},
    ui::{ParamaApp, Tab, clipboard::Clipboard},
};

type Copied = Arc<Mutex<Vec<Clip>>>;

fn harness(tab: Tab) -> (Harness<'static, ParamaApp>, Copied) {
    let copied: Copied = Arc::default();
    let record = Arc::clone(&copied);
    let mut app = ParamaApp::embedded();
    app.set_clipboard(Clipboard::new(move |_, clip| record.lock().unwrap().push(clip)));
    app.open_tab(tab);
    (common::window(app, [1600.0, 1000.0]), copied)
}

/// The system's copy command, as the windowing layer reports Ctrl+C (⌘C).
fn copy(harness: &mut Harness<'static, ParamaApp>) {
    harness.event(Event::Copy);
    harness.run();
}

#[test]
fn ctrl_c_copies_the_selected_rows_as_a_table_with_their_sources() {
    let (mut harness, copied) = harness(Tab::Programmes);
    harness.get_by_label("cyber (3)").click();
    harness.run();
    harness.get_by_label("Regional Cyber Security Centre in Kaunas").click();
    harness.run();
    copy(&mut harness);
    harness.get_by_label_contains("Copied 1 row with its sources");
    let clip = copied.lock().unwrap().pop().unwrap();
    let lines: Vec<&str> = clip.text.split_terminator("\r\n").collect();
    assert!(lines[0].starts_with("Category\tProgramme\t"), "{}", lines[0]);
    assert!(lines[0].ends_with("Source\tPublisher\tDate\tQuote\tAddress"));
    assert!(lines.len() > 1 && lines[1..].iter().all(|l| l.contains("Kaunas")));
    assert!(clip.html.contains("<table>") && clip.html.contains("<th>Quote</th>"));

    // Two rows, added with Ctrl+click: both, in the order the table shows them.
    harness
        .get_by_label("EU Cyber Rapid Reaction Force")
        .click_modifiers(Modifiers::COMMAND);
    harness.run();
    copy(&mut harness);
    harness.get_by_label_contains("Copied 2 rows with their sources");
    let clip = copied.lock().unwrap().pop().unwrap();
    let kaunas = clip.text.find("Regional Cyber Security Centre in Kaunas").unwrap();
    let eu = clip.text.find("EU Cyber Rapid Reaction Force").unwrap();
    assert!(kaunas < eu, "in the table's order");

    // Edit → Copy rows does the same.
    harness.get_by_role_and_label(Role::Button, "Edit").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Copy rows Ctrl+C").click();
    harness.run();
    assert_eq!(copied.lock().unwrap().pop().unwrap(), clip);
}

#[test]
fn a_copy_in_a_text_field_or_with_nothing_selected_copies_no_rows() {
    let (mut harness, copied) = harness(Tab::Figures);
    copy(&mut harness);
    harness.get_by_label_contains("Select rows in the table to copy them");
    harness.get_by_label("64 %").click();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Filter figures").focus();
    harness.run();
    copy(&mut harness);
    assert!(copied.lock().unwrap().is_empty(), "the filter box copies its own text");
}

/// Selects the text of the label `node` from its start to its middle, as a mouse drag does.
fn drag_select(harness: &mut Harness<'static, ParamaApp>, from: Pos2, to: Pos2) {
    harness.event(Event::PointerMoved(from));
    harness.event(Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    harness.event(Event::PointerMoved(to));
    harness.run();
    harness.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
}

/// Records the text egui is asked to copy, frame after frame.
#[derive(Default)]
struct CopiedText(Arc<Mutex<Vec<String>>>);

impl egui::Plugin for CopiedText {
    fn debug_name(&self) -> &'static str {
        "the test's record of copied text"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        for command in &output.platform_output.commands {
            if let OutputCommand::CopyText(text) = command {
                self.0.lock().unwrap().push(text.clone());
            }
        }
    }
}

#[test]
fn text_selected_in_the_reader_copies_with_its_citation() {
    let (mut harness, copied) = harness(Tab::Articles);
    let texts = Arc::new(Mutex::new(Vec::new()));
    harness.ctx.add_plugin(CopiedText(Arc::clone(&texts)));
    let corpus = Corpus::embedded().unwrap();
    let id = harness.state().articles().selected().unwrap().to_owned();
    let article = corpus.get(&id).unwrap();
    // A paragraph of the body (the first lines are the title and the byline).
    let body = article.text.lines().max_by_key(|l| l.len()).unwrap();
    let first_words: String = body.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
    let paragraph = harness.get_by_label_contains(&first_words).rect();
    let (from, to) = (
        paragraph.left_top() + egui::vec2(1.0, 8.0),
        paragraph.left_top() + egui::vec2(paragraph.width() * 0.5, 8.0),
    );
    drag_select(&mut harness, from, to);

    // Ctrl+Shift+C: the selection, quoted, then the citation.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::C);
    harness.run();
    let text = texts.lock().unwrap().pop().expect("copied");
    let (quote, citation) = text.split_once('\n').unwrap();
    assert!(quote.starts_with('“') && quote.ends_with('”'), "{quote}");
    assert!(article.text.contains(quote.trim_matches(['“', '”'])), "{quote}");
    assert_eq!(citation, article.citation());
    harness.get_by_label_contains("The selected text and its citation are on the clipboard");

    // The same from the menu of a right-click on the selection.
    harness.event(Event::PointerButton {
        pos: from + egui::vec2(4.0, 0.0),
        button: PointerButton::Secondary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.event(Event::PointerButton {
        pos: from + egui::vec2(4.0, 0.0),
        button: PointerButton::Secondary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Copy with citation Ctrl+Shift+C")
        .click();
    harness.run();
    assert_eq!(texts.lock().unwrap().pop(), Some(text));
    // A plain copy of selected text is egui's, not a copy of rows.
    assert!(copied.lock().unwrap().is_empty());
}

#[test]
fn a_message_that_it_went_as_asked_fades_after_a_few_seconds() {
    let (mut harness, _) = harness(Tab::Figures);
    copy(&mut harness);
    harness.get_by_label_contains("Select rows in the table to copy them");
    harness.get_by_label("64 %").click();
    harness.run();
    copy(&mut harness);
    harness.get_by_label_contains("Copied 1 row");
    // egui's clock moves a quarter of a second a step here: eight seconds later it has gone.
    for _ in 0..32 {
        harness.step();
    }
    assert!(harness.query_by_label_contains("Copied 1 row").is_none());
}
