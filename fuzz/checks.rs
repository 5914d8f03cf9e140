//! What each fuzz target checks, for any input. Shared by the fuzz targets (`fuzz_targets/`)
//! and by two test files in a plain `cargo test`: `tests/fuzz_inputs.rs` runs every committed
//! seed and every input a fuzzer ever crashed on through these checks, and `tests/properties.rs`
//! runs them on inputs proptest generates.
//!
//! Every check either passes or panics; a panic is what the fuzzer reports.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use parama::{
    model::{
        Catalogue, PartialDate,
        export::{self, is_plain_number, neutralise},
        extract,
        import::{self, Format},
        library::Library,
        search::{Query, fold, map_back, snippet},
    },
    ui::{
        Tab,
        app::{ParamaApp, Remembered},
    },
};

/// The extensions an import may carry; the first byte of the input picks one.
const EXTENSIONS: [&str; 6] = ["txt", "md", "html", "htm", "bin", ""];

/// Splits `data` at its first `0xFF` byte (never part of UTF-8 text): two inputs from one.
fn split(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().position(|&b| b == 0xFF) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[]),
    }
}

/// Whether `range` is a slice of `text`: in order, inside it, on character boundaries.
fn in_text(text: &str, range: &std::ops::Range<usize>) -> bool {
    text.get(range.clone()).is_some()
}

/// A file's bytes, its first byte picking the extension: see [`import_named`].
pub fn import(data: &[u8]) {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    import_named(
        &format!("fuzzed.{}", EXTENSIONS[usize::from(pick) % EXTENSIONS.len()]),
        bytes,
    );
}

/// A file's bytes, under a name: imported as an article with text whose rows all point into
/// it, or skipped with a reason.
pub fn import_named(name: &str, bytes: &[u8]) {
    let (mut library, _) = Library::open(Path::new("/nonexistent/parama-fuzz"));
    match library.add(name, bytes) {
        Ok(id) => {
            let corpus = library.corpus().expect("the corpus builds");
            let article = corpus.get(&id).expect("the article is in the corpus");
            assert!(!article.text.trim().is_empty());
            let curated = Catalogue::embedded(&corpus).expect("the catalogue builds");
            let catalogue = library.catalogue(&curated);
            let citations = catalogue
                .programmes()
                .iter()
                .flat_map(|p| &p.citations)
                .chain(catalogue.figures().iter().flat_map(|f| &f.citations));
            for citation in citations {
                // Every row cites a passage that is where it says, word for word.
                let text = &corpus.get(&citation.article).expect("the cited article exists").text;
                assert!(in_text(text, &citation.range));
                assert_eq!(text[citation.range.clone()], citation.exact);
            }
        }
        Err(skip) => assert!(!skip.to_string().is_empty()),
    }
}

/// Any bytes, decoded, then read as HTML, Markdown and plain text.
pub fn html(data: &[u8]) {
    let Ok(text) = import::decode(data) else { return };
    for format in [Format::Html, Format::Markdown, Format::Text] {
        let document = import::read(&text, format, PartialDate::year_only(2026));
        if let Some(title) = &document.details.title {
            assert!(!title.value.trim().is_empty(), "a title, when there is one, has text");
        }
    }
}

/// Every figure found lies inside the text, on character boundaries, with a finite value; every
/// sentence classifies without panicking.
pub fn figures(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for found in extract::figures(&text) {
        for range in [&found.span, &found.number, &found.sentence] {
            assert!(in_text(&text, range), "{range:?} in {} bytes", text.len());
        }
        assert!(found.value.is_finite() && found.value >= 0.0, "{}", found.value);
        let _ = extract::classify(&text[found.sentence.clone()]);
    }
}

/// A query and a text: the hits in the folded text map back to whole characters of the text,
/// one range for each hit, in order; snippets cut on character boundaries.
pub fn search(data: &[u8]) {
    let (query, text) = split(data);
    let (query, text) = (String::from_utf8_lossy(query), String::from_utf8_lossy(text));
    let query = Query::parse(&query);
    let folded = fold(&text);
    let hits = query.find_all(&folded);
    for pair in hits.windows(2) {
        assert!(pair[0].end <= pair[1].start, "hits are sorted and apart: {hits:?}");
    }
    for hit in &hits {
        assert!(in_text(&folded, hit), "{hit:?} in the folded text");
    }
    let mapped = map_back(&text, &hits);
    assert_eq!(mapped.len(), hits.len(), "every hit maps back");
    for range in &mapped {
        assert!(in_text(&text, range), "{range:?} in {} bytes", text.len());
        let (snip, at) = snippet(&text, range.clone(), 80);
        assert!(in_text(&snip, &at), "{at:?} in the snippet {snip:?}");
    }
    if !query.is_empty() {
        assert_eq!(query.matches(&text), query.matches_folded(&folded));
    }
}

/// A CSV cell: unchanged or after one `'`, and never a formula a spreadsheet would run.
pub fn neutralise_cell(data: &[u8]) {
    let cell = String::from_utf8_lossy(data);
    let out = neutralise(&cell);
    assert!(*out == *cell || *out == format!("'{cell}"));
    let first = out.trim_start_matches(' ').chars().next();
    let risky = matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\n'));
    assert!(!risky || is_plain_number(&out), "{out:?}");
}

/// Two files Parama reads back: the store (`library.json`) and the remembered UI state. The
/// store reads or says why not; the UI state always gives a state, and restoring it leaves the
/// app able to export every tab.
pub fn state(data: &[u8], app: &mut ParamaApp) {
    let (store, ui_state) = split(data);
    match Library::read_store(Path::new("/nonexistent/parama-fuzz"), store) {
        Ok(library) => {
            let _ = library.corpus();
        }
        Err(reason) => assert!(!reason.is_empty()),
    }
    app.restore(Remembered::from_ron(&String::from_utf8_lossy(ui_state)));
    let tab = app.tab();
    for each in Tab::ALL {
        app.open_tab(each);
        if let Some(request) = app.export_request() {
            let csv = request.bytes(export::Format::Csv, &|_, _| {}).unwrap_or_default();
            assert!(csv.len() >= 3, "at least the byte-order mark");
            let xlsx = request.bytes(export::Format::Xlsx, &|_, _| {}).unwrap_or_default();
            assert!(xlsx.starts_with(b"PK"), "a workbook is a zip");
        }
    }
    app.open_tab(tab);
}
