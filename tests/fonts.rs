//! Every character Parama shows has a glyph in the fonts it ships, in the proportional font
//! (articles, tables) and the monospace one. The picture of them is `snapshots.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{FontFamily, FontId};
use parama::ui::ParamaApp;

/// The characters of `text` the app's fonts cannot draw, per family.
fn missing(text: &str) -> Vec<(FontFamily, char)> {
    // The fonts as the app sets them up, after one frame of the real UI.
    let harness = common::window(ParamaApp::embedded(), [800.0, 600.0]);
    let mut missing = Vec::new();
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let font = FontId::new(14.0, family.clone());
        for c in text.chars().filter(|c| !c.is_control()) {
            if !harness.ctx.fonts_mut(|fonts| fonts.has_glyph(&font, c)) {
                missing.push((family.clone(), c));
            }
        }
    }
    missing
}

#[test]
fn every_character_of_the_corpus_has_a_glyph() {
    let chars = common::corpus_characters();
    // The corpus is news text in English about Lithuania: it has Lithuanian letters, curly
    // quotes, dashes and no-break spaces. If these were gone, the test would prove nothing.
    for expected in ['Š', 'ė', '“', '’', '–', '\u{a0}'] {
        assert!(chars.contains(expected), "the corpus no longer has {expected:?}");
    }
    assert_eq!(missing(&chars), []);
}

#[test]
fn lithuanian_latvian_punctuation_and_ukrainian_have_glyphs() {
    for (name, text) in common::SPECIMEN {
        assert_eq!(missing(text), [], "{name}");
    }
}

#[test]
fn a_character_no_font_has_is_reported_missing() {
    // The check itself can fail: a private-use character is in none of the fonts.
    let private_use = '\u{10FFFD}';
    assert_eq!(
        missing(&private_use.to_string()),
        [
            (FontFamily::Proportional, private_use),
            (FontFamily::Monospace, private_use)
        ]
    );
}
