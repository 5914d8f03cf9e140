//! Properties over any input, for what Parama reads from strangers: imported files, saved web
//! pages, text to extract figures from, CSV cells, its own store and its UI state. Each must give
//! a result or a clean error, never a panic. (Search folding and hit mapping have theirs in
//! `search.rs`.) Where a fuzz target checks the same thing, the property calls the fuzz target's
//! own check (`fuzz/checks.rs`), so the two cannot drift apart.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../fuzz/checks.rs"]
mod checks;

use std::fs;

use parama::{
    model::{Category, library::Library},
    ui::{Tab, app::Remembered, table::TableMemory},
};
use proptest::prelude::*;

/// Bytes that look like what people import: mostly text and markup, some of it broken.
fn file_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..400),
        "(<[a-z/!]{0,6}[^<>]{0,30}>?|[A-Za-zĄČĘĖĮŠŲŪŽąčęėįšųūžа-яієїґ0-9 ,.;:–—“”’€%\n]{0,40}){0,30}"
            .prop_map(String::into_bytes),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any file imports as an article with text whose rows all quote it, or is skipped with a
    /// reason.
    #[test]
    fn any_file_imports_or_is_skipped(bytes in file_bytes(), ext in "(txt|md|html|htm|bin|)") {
        checks::import_named(&format!("file.{ext}"), &bytes);
    }

    /// Any text read as HTML, Markdown or plain text gives a document, and a title only with
    /// words in it.
    #[test]
    fn any_text_reads_as_html_or_markdown(text in "\\PC{0,300}") {
        checks::html(text.as_bytes());
    }

    /// Every figure found in any text lies inside it, on character boundaries.
    #[test]
    fn figures_lie_inside_the_text(text in "([A-Za-z€$%–—.,;:()“”’ ]{0,12}[0-9]{0,6}[.,]?[0-9]{0,3}){0,25}") {
        checks::figures(text.as_bytes());
    }

    /// A neutralised cell is the cell, or the cell after one `'`; and what a spreadsheet would
    /// run as a formula never comes out unprefixed.
    #[test]
    fn neutralised_cells_are_safe_and_lossless(cell in "\\PC{0,40}") {
        checks::neutralise_cell(cell.as_bytes());
    }

    /// Any store file opens as a library, possibly empty and with the file set aside; never a
    /// panic, and the original bytes are never lost.
    #[test]
    fn any_store_file_opens(bytes in file_bytes()) {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("library.json"), &bytes).unwrap();
        let (library, problem) = Library::open(dir.path());
        if problem.is_some() {
            prop_assert!(library.articles().is_empty());
            let kept: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| fs::read(e.unwrap().path()).unwrap()).collect();
            prop_assert!(kept.contains(&bytes), "the damaged store is kept byte for byte");
        }
    }

    /// Any UI-state text gives a state (the defaults when it cannot be read), and that state,
    /// saved and read again, is the same state.
    #[test]
    fn any_ui_state_gives_a_state_that_survives_a_round_trip(text in "\\PC{0,200}") {
        let state = Remembered::from_ron(&text);
        let saved = ron::to_string(&state).unwrap();
        prop_assert_eq!(Remembered::from_ron(&saved), state);
    }

    /// Any state the app can be in is saved and read back as it was.
    #[test]
    fn any_remembered_state_is_read_back_as_it_was(
        tab in 0..Tab::ALL.len(),
        article in proptest::option::of("\\PC{0,30}"),
        filter in "\\PC{0,30}",
        categories in proptest::sample::subsequence(Category::ALL.to_vec(), 0..=Category::ALL.len()),
        sort in proptest::option::of((0usize..9, any::<bool>())),
        show_auto in any::<bool>(),
        show_context in any::<bool>(),
        selected in proptest::collection::vec("\\PC{0,12}", 0..4),
        current in proptest::option::of("\\PC{0,12}"),
        hidden_columns in proptest::collection::vec("\\PC{0,12}", 0..3),
    ) {
        let state = Remembered {
            tab: Tab::ALL[tab],
            article,
            figures: TableMemory { filter, categories, sort, show_auto, show_context, selected, current, hidden_columns },
            ..Remembered::default()
        };
        let saved = ron::to_string(&state).unwrap();
        prop_assert_eq!(Remembered::from_ron(&saved), state);
    }
}
