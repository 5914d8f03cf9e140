//! The reader highlights a character range and scrolls it into view: the piece that "open in
//! article" and search hits are built on.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui_kittest::Harness;
use parama::{
    model::{Article, Corpus},
    ui::reader::{InvalidRange, Reader},
};

fn article(id: &str) -> Article {
    Corpus::embedded().unwrap().get(id).unwrap().clone()
}

fn reader_harness(article: Article) -> Harness<'static, (Reader, Article)> {
    Harness::builder().with_size([640.0, 260.0]).build_ui_state(
        |ui, (reader, article): &mut (Reader, Article)| reader.ui(ui, article, &mut Default::default()),
        (Reader::default(), article),
    )
}

fn range_of(article: &Article, needle: &str) -> std::ops::Range<usize> {
    let start = article.text.find(needle).unwrap();
    start..start + needle.len()
}

#[test]
fn revealing_a_range_near_the_end_scrolls_it_into_view() {
    let latvia = article("kariuomene-latvian-chod-2021");
    let email = range_of(&latvia, "ruta.montvile@mil.lt");
    let mut harness = reader_harness(latvia.clone());
    harness.run();
    assert_eq!(harness.state().0.revealed(), None, "nothing highlighted yet");

    let (reader, article) = harness.state_mut();
    reader.reveal(article, vec![email.clone()], 0).unwrap();
    harness.run();

    let revealed = harness.state().0.revealed().expect("the highlight was drawn");
    assert!(
        revealed.viewport.contains_rect(revealed.highlight),
        "{:?} should be inside {:?}",
        revealed.highlight,
        revealed.viewport
    );
    assert_eq!(harness.state().0.highlights_in(&latvia), [email]);
}

#[test]
fn the_current_of_several_highlights_is_the_one_brought_into_view() {
    let latvia = article("kariuomene-latvian-chod-2021");
    let first = range_of(&latvia, "Kalniņš");
    let last = range_of(&latvia, "Montvilė");
    let mut harness = reader_harness(latvia);

    let (reader, article) = harness.state_mut();
    reader.reveal(article, vec![first.clone(), last], 1).unwrap();
    harness.run();
    let at_last = harness.state().0.revealed().unwrap();
    assert!(at_last.viewport.contains_rect(at_last.highlight));

    let (reader, article) = harness.state_mut();
    reader
        .reveal(article, vec![first, range_of(article, "Montvilė")], 0)
        .unwrap();
    harness.run();
    let at_first = harness.state().0.revealed().unwrap();
    assert!(at_first.viewport.contains_rect(at_first.highlight));
    assert!(
        at_first.highlight.top() < at_last.highlight.top() + 1.0,
        "scrolled back up"
    );
}

#[test]
fn ranges_that_split_a_character_or_overrun_the_text_are_refused() {
    let latvia = article("kariuomene-latvian-chod-2021");
    let mut reader = Reader::default();
    let name = range_of(&latvia, "Kalniņš");
    // "ņ" is two bytes: ending inside it is not a range of whole characters.
    let inside = name.start..name.start + 6;
    assert_eq!(
        reader.reveal(&latvia, vec![inside.clone()], 0),
        Err(InvalidRange {
            range: inside,
            len: latvia.text.len()
        })
    );
    let past = latvia.text.len()..latvia.text.len() + 1;
    assert!(reader.reveal(&latvia, vec![past], 0).is_err());
    assert!(
        reader.highlights_in(&latvia).is_empty(),
        "a refused reveal changes nothing"
    );
    assert!(reader.reveal(&latvia, vec![name.clone()], 0).is_ok());
    assert_eq!(reader.highlights_in(&latvia), [name]);
}

#[test]
fn highlights_belong_to_their_article() {
    let latvia = article("kariuomene-latvian-chod-2021");
    let other = article("essanews-training-troops-2024");
    let mut reader = Reader::default();
    reader.reveal(&latvia, vec![range_of(&latvia, "Kalniņš")], 0).unwrap();
    assert!(reader.highlights_in(&other).is_empty());
    reader.clear();
    assert!(reader.highlights_in(&latvia).is_empty());
}
