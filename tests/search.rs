//! Search: forgiving of case, diacritics and typography; highlights on exactly the right
//! characters; AND of words, quoted phrases; the same matcher in the tables.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use parama::model::{
    Corpus,
    search::{Query, SearchIndex, fold, map_back},
};
use proptest::prelude::*;

fn search(query: &str) -> Vec<(String, Vec<String>)> {
    let corpus = Corpus::embedded().unwrap();
    let index = SearchIndex::new(&corpus);
    let query = Query::parse(query);
    index
        .search(&query)
        .into_iter()
        .map(|r| {
            let article = &corpus.articles()[r.article];
            let hits = index.hits(&query, r.article, &corpus);
            assert_eq!(hits.len(), r.count, "the count is the number of hits");
            (
                article.id.clone(),
                hits.iter().map(|h| article.text[h.clone()].to_owned()).collect(),
            )
        })
        .collect()
}

fn ids(results: &[(String, Vec<String>)]) -> Vec<&str> {
    results.iter().map(|(id, _)| id.as_str()).collect()
}

#[test]
fn names_are_found_without_their_diacritics_and_highlighted_exactly() {
    let simonyte = search("simonyte");
    assert_eq!(ids(&simonyte), ["essanews-training-troops-2024"]);
    assert_eq!(simonyte[0].1, ["Šimonytė", "Šimonytė", "Šimonytė"]);

    let kalnins = search("kalnins");
    assert_eq!(ids(&kalnins), ["kariuomene-latvian-chod-2021"]);
    assert_eq!(
        kalnins[0].1,
        ["Kalniņš"],
        "the folded name is shorter in bytes; the highlight is not"
    );

    let balciunas = search("BALCIUNAS");
    assert_eq!(balciunas[0].1, ["Balčiūnas", "Balčiūnas"]);
}

#[test]
fn case_and_dashes_and_spaces_are_folded() {
    let druskininkai = search("DRUSKININKAI");
    let mut found = ids(&druskininkai);
    found.sort_unstable();
    assert_eq!(found, ["baltictimes-assistance-2023", "kariuomene-latvian-chod-2021"]);

    let years = search("2014-2019");
    assert_eq!(ids(&years), ["kam-cyber-declaration-2019"]);
    assert_eq!(years[0].1, ["2014–2019"]);

    // 001 has a no-break space and a blank line after “as soon as possible.”; a phrase with a
    // plain space spans them.
    let nbsp = search("\"possible. It also plans\"");
    assert_eq!(ids(&nbsp), ["baltictimes-assistance-2023"]);
    assert_eq!(nbsp[0].1, ["possible.\u{a0}\n\nIt also plans"]);

    // Curly and straight quotes are the same.
    assert_eq!(ids(&search("lithuania's strategic")), ["kam-cyber-declaration-2019"]);
}

#[test]
fn words_must_all_occur_and_phrases_must_occur_as_written() {
    let both = search("rehabilitation Druskininkai");
    assert_eq!(ids(&both), ["baltictimes-assistance-2023"]);
    assert!(search("kalnins simonyte").is_empty(), "no article has both");

    let phrase = search("\"regional cyber\"");
    let mut found = ids(&phrase);
    found.sort_unstable();
    assert_eq!(found, ["baltictimes-assistance-2023", "kam-cyber-declaration-2019"]);
    assert!(search("\"cyber regional\"").is_empty());
    assert!(!search("cyber regional").is_empty());
}

#[test]
fn nothing_and_empty_find_nothing() {
    assert!(search("zzzqqq").is_empty());
    assert!(search("").is_empty());
    assert!(search("   ").is_empty());
}

#[test]
fn title_hits_rank_first_and_ties_keep_corpus_order() {
    // "Latvian" is in the title of 003 only; "ukraine" is everywhere.
    let latvian = search("latvian");
    assert_eq!(ids(&latvian)[0], "kariuomene-latvian-chod-2021");
    let ukraine = search("ukraine");
    assert_eq!(ukraine.len(), 5);
    let again = search("ukraine");
    assert_eq!(ids(&ukraine), ids(&again));
}

proptest! {
    /// For any text and a query cut from it, every hit is whole characters of the original whose
    /// folded form contains the query.
    #[test]
    fn hits_map_back_to_char_boundaries_and_match(
        text in "[a-zA-ZąčęėįšųūžĄČĘĖĮŠŲŪŽņŅīßİ–—“”’\u{a0}\n .,-]{1,80}",
        from in 0usize..80,
        len in 1usize..8,
    ) {
        let folded = fold(&text);
        let chars: Vec<char> = folded.chars().collect();
        let from = from % chars.len().max(1);
        let term: String = chars[from..(from + len).min(chars.len())].iter().collect();
        prop_assume!(!term.trim().is_empty() && !term.contains('"'));
        let query = Query::parse(&format!("\"{term}\""));
        prop_assume!(!query.is_empty());
        let found = query.find_all(&folded);
        prop_assert!(!found.is_empty());
        let hits = map_back(&text, &found);
        prop_assert_eq!(hits.len(), found.len());
        for hit in hits {
            prop_assert!(text.is_char_boundary(hit.start) && text.is_char_boundary(hit.end));
            let piece = &text[hit];
            prop_assert!(fold(piece).contains(query.terms()[0].as_str()), "{:?} does not contain {:?}", piece, query.terms());
        }
    }

    /// Mapping any text's whole folded form back covers it all, on character boundaries.
    #[test]
    fn folding_any_text_maps_back_whole(text in any::<String>()) {
        let folded = fold(&text);
        let all = 0..folded.len();
        let whole = map_back(&text, std::slice::from_ref(&all));
        if folded.is_empty() {
            prop_assert!(whole.is_empty());
        } else {
            prop_assert_eq!(whole.len(), 1);
            prop_assert!(text.is_char_boundary(whole[0].start) && text.is_char_boundary(whole[0].end));
            prop_assert!(whole[0].end <= text.len());
        }
    }
}

#[test]
fn table_filters_use_the_same_matcher() {
    use parama::model::{Catalogue, table::matches_filter};
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let matching: Vec<&str> = catalogue
        .figures()
        .iter()
        .filter(|f| matches_filter(*f, "2014-2019 SOLDIERS", &corpus))
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(matching, ["rehabilitated-2014-2019"]);
}

#[test]
fn cli_search_prints_hits_and_exits_1_when_nothing_matches() {
    let out = Command::new(env!("CARGO_BIN_EXE_parama"))
        .args(["search", "simonyte"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3);
    let fields: Vec<&str> = lines[0].split('\t').collect();
    assert_eq!(fields[0], "essanews-training-troops-2024");
    assert_eq!(
        fields[1],
        "Lithuania to dispatch troops for Ukraine training, defying Russia"
    );
    let (start, end) = fields[2].split_once('-').unwrap();
    let text: Vec<char> = Corpus::embedded()
        .unwrap()
        .get(fields[0])
        .unwrap()
        .text
        .chars()
        .collect();
    let hit: String = text[start.parse::<usize>().unwrap()..end.parse::<usize>().unwrap()]
        .iter()
        .collect();
    assert_eq!(hit, "Šimonytė");
    assert!(fields[3].contains("Šimonytė"));

    let none = Command::new(env!("CARGO_BIN_EXE_parama"))
        .args(["search", "zzzqqq"])
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(1));
    assert!(none.stdout.is_empty() && none.stderr.is_empty());
}
