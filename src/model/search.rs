//! Full-text search that forgives what people cannot type: case, diacritics and typography.
//!
//! Text and query are both *folded*: lowercased, with diacritics removed (`Šimonytė` →
//! `simonyte`, `Kalniņš` → `kalnins`), every dash as `-`, every quote as `'` or `"`, every space
//! as ` `. Matching happens on folded text; each hit is mapped back to the exact bytes of the
//! original, so highlights land on the right characters even where folding changed lengths.
//!
//! A query is words and "quoted phrases"; an article matches when every one of them occurs in
//! it. The same [`Query`] filters the tables, so one rule holds everywhere.

use std::ops::Range;

use memchr::memmem;
use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

use super::corpus::Corpus;

/// Folds one character into `out` (usually one character, sometimes none or several).
fn fold_char(c: char, out: &mut String) {
    match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe63}' | '\u{ff0d}' => out.push('-'),
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' | '´' => out.push('\''),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '«' | '»' => out.push('"'),
        c if c.is_whitespace() => out.push(' '),
        'ł' | 'Ł' => out.push('l'),
        'ø' | 'Ø' => out.push('o'),
        'đ' | 'Đ' => out.push('d'),
        'ß' => out.push_str("ss"),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            for d in c.nfd().filter(|d| !is_combining_mark(*d)) {
                out.extend(d.to_lowercase());
            }
        }
    }
}

/// Whether `c` adds nothing after what `out` already ends with: a run of white space folds
/// to one space, so phrases match across line breaks and double spaces.
fn repeats_space(c: char, out: &str) -> bool {
    c.is_whitespace() && out.ends_with(' ')
}

/// Folds `text` for matching, without the map back (for queries and table cells).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !repeats_space(c, &out) {
            fold_char(c, &mut out);
        }
    }
    out
}

/// Maps folded byte ranges of `fold(original)` (sorted and not overlapping, as
/// [`Query::find_all`] gives them) back to byte ranges of `original`: always whole characters,
/// widened where a character folded into several.
pub fn map_back(original: &str, ranges: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(ranges.len());
    let mut pending = ranges.iter().peekable();
    let mut start: Option<usize> = None;
    let (mut folded_at, mut ends_with_space, mut buffer) = (0usize, false, String::new());
    for (at, c) in original.char_indices() {
        // How many folded bytes this character makes; the same rules as `fold`.
        let len = if c.is_whitespace() {
            usize::from(!ends_with_space)
        } else if c.is_ascii() {
            1
        } else {
            buffer.clear();
            fold_char(c, &mut buffer);
            buffer.len()
        };
        if len > 0 {
            ends_with_space = c.is_whitespace() || buffer.ends_with(' ') && !c.is_ascii();
        }
        let next = folded_at + len;
        while let Some(range) = pending.peek() {
            if start.is_none() && range.start < next {
                start = Some(at);
            }
            match start {
                Some(s) if range.end <= next => {
                    out.push(s..at + c.len_utf8());
                    start = None;
                    pending.next();
                }
                _ => break,
            }
        }
        folded_at = next;
    }
    out
}

/// A parsed query: the folded words and phrases that must all occur.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    /// Reads a query: words separated by spaces, and phrases in straight or curly double quotes.
    pub fn parse(text: &str) -> Self {
        let folded = fold(text);
        let mut terms = Vec::new();
        for (i, part) in folded.split('"').enumerate() {
            if i % 2 == 1 {
                // Inside quotes: one phrase, its spaces normalised.
                let phrase = part.split_whitespace().collect::<Vec<_>>().join(" ");
                if !phrase.is_empty() {
                    terms.push(phrase);
                }
            } else {
                terms.extend(part.split_whitespace().map(str::to_owned));
            }
        }
        terms.sort();
        terms.dedup();
        Self { terms }
    }

    /// Whether the query has nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The folded terms.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Whether every term occurs in `text` (folded here).
    pub fn matches(&self, text: &str) -> bool {
        self.matches_folded(&fold(text))
    }

    /// Whether every term occurs in already folded text.
    pub fn matches_folded(&self, folded: &str) -> bool {
        self.terms
            .iter()
            .all(|t| memmem::find(folded.as_bytes(), t.as_bytes()).is_some())
    }

    /// Every place a term occurs in `folded`, as folded byte ranges, in order, not overlapping.
    pub fn find_all(&self, folded: &str) -> Vec<Range<usize>> {
        let mut hits: Vec<Range<usize>> = Vec::new();
        for term in &self.terms {
            hits.extend(memmem::find_iter(folded.as_bytes(), term.as_bytes()).map(|s| s..s + term.len()));
        }
        hits.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut merged: Vec<Range<usize>> = Vec::new();
        for hit in hits {
            match merged.last_mut() {
                Some(last) if hit.start < last.end => last.end = last.end.max(hit.end),
                _ => merged.push(hit),
            }
        }
        merged
    }
}

/// The corpus folded once, so each query only scans.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    texts: Vec<String>,
    titles: Vec<String>,
}

/// One article that matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleMatch {
    /// The article's position in the corpus.
    pub article: usize,
    /// How many times the terms occur in the text.
    pub count: usize,
    /// How many terms occur in the title.
    pub title_hits: usize,
}

impl ArticleMatch {
    /// The ranking score: title hits weigh most, then the number of hits.
    pub fn score(&self) -> usize {
        self.title_hits.saturating_mul(1_000_000).saturating_add(self.count)
    }
}

impl SearchIndex {
    /// Folds every article of `corpus`.
    pub fn new(corpus: &Corpus) -> Self {
        Self {
            texts: corpus.articles().iter().map(|a| fold(&a.text)).collect(),
            titles: corpus.articles().iter().map(|a| fold(&a.title)).collect(),
        }
    }

    /// How many articles are indexed.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// The articles in which every term of `query` occurs (in the text or the title), best
    /// first; ties keep corpus order. Only counts: the positions of the hits of one article
    /// come from [`Self::hits`], so a query that matches thousands of articles stays fast.
    pub fn search(&self, query: &Query) -> Vec<ArticleMatch> {
        if query.is_empty() {
            return Vec::new();
        }
        let finders: Vec<memmem::Finder<'_>> = query.terms.iter().map(|t| memmem::Finder::new(t.as_bytes())).collect();
        let scan = |from: usize, texts: &[String], titles: &[String]| -> Vec<ArticleMatch> {
            texts
                .iter()
                .zip(titles)
                .enumerate()
                .filter(|(_, (text, title))| {
                    finders
                        .iter()
                        .all(|f| f.find(text.as_bytes()).is_some() || f.find(title.as_bytes()).is_some())
                })
                .map(|(i, (text, title))| ArticleMatch {
                    article: from + i,
                    count: finders.iter().map(|f| f.find_iter(text.as_bytes()).count()).sum(),
                    title_hits: finders.iter().filter(|f| f.find(title.as_bytes()).is_some()).count(),
                })
                .collect()
        };
        // Large corpora are scanned in parallel, a contiguous share per core, in corpus order.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
        let share = self.texts.len().div_ceil(threads).max(2048);
        let mut matches: Vec<ArticleMatch> = std::thread::scope(|scope| {
            let workers: Vec<_> = self
                .texts
                .chunks(share)
                .zip(self.titles.chunks(share))
                .enumerate()
                .map(|(n, (texts, titles))| scope.spawn(move || scan(n * share, texts, titles)))
                .collect();
            workers.into_iter().flat_map(|w| w.join().unwrap_or_default()).collect()
        });
        matches.sort_by_key(|m| std::cmp::Reverse(m.score()));
        matches
    }

    /// Every hit of `query` in the text of article number `article` of `corpus` (the corpus
    /// this index was built from), as byte ranges of the original text, in order.
    pub fn hits(&self, query: &Query, article: usize, corpus: &Corpus) -> Vec<Range<usize>> {
        match (corpus.articles().get(article), self.texts.get(article)) {
            (Some(original), Some(folded)) => map_back(&original.text, &query.find_all(folded)),
            _ => Vec::new(),
        }
    }
}

/// A line of context around `hit` in `text`: about `width` characters, cut at word boundaries
/// where possible, with the hit's range inside the returned snippet.
pub fn snippet(text: &str, hit: Range<usize>, width: usize) -> (String, Range<usize>) {
    let side = width.saturating_sub(text.get(hit.clone()).map_or(0, |h| h.chars().count())) / 2;
    let before = text.get(..hit.start).unwrap_or_default();
    let after = text.get(hit.end..).unwrap_or_default();
    let mut start = before
        .char_indices()
        .rev()
        .nth(side.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    if start > 0
        && let Some(space) = before.get(start..).and_then(|s| s.find(' '))
    {
        start += space + 1;
    }
    let mut end = hit.end + after.char_indices().nth(side).map_or(after.len(), |(i, _)| i);
    if end < text.len()
        && let Some(space) = text.get(hit.end..end).and_then(|s| s.rfind(' '))
    {
        end = hit.end + space;
    }
    let clean = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < text.len() { "…" } else { "" };
    let head = format!("{prefix}{}", clean(text.get(start..hit.start).unwrap_or_default()));
    let body = clean(text.get(hit.clone()).unwrap_or_default());
    let tail = format!("{}{suffix}", clean(text.get(hit.end..end).unwrap_or_default()));
    let range = head.len()..head.len() + body.len();
    (format!("{head}{body}{tail}"), range)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_forgives_case_diacritics_and_typography() {
        assert_eq!(fold("Šimonytė"), "simonyte");
        assert_eq!(fold("Kalniņš"), "kalnins");
        assert_eq!(fold("DRUSKININKAI"), "druskininkai");
        assert_eq!(fold("2014–2019"), "2014-2019");
        assert_eq!(
            fold("“Lithuania’s”\u{a0}support — yes"),
            "\"lithuania's\" support - yes"
        );
        assert_eq!(fold("КИЇВ"), fold("Київ"), "Cyrillic is folded too");
    }

    fn find(original: &str, term: &str) -> Vec<String> {
        let query = Query::parse(&format!("\"{term}\""));
        map_back(original, &query.find_all(&fold(original)))
            .into_iter()
            .map(|r| original[r].to_owned())
            .collect()
    }

    #[test]
    fn folded_ranges_map_back_to_whole_original_characters() {
        assert_eq!(find("Šimonytė met Kalniņš", "kalnins"), ["Kalniņš"]);
        assert_eq!(find("Šimonytė met Kalniņš", "yte"), ["ytė"]);
        assert_eq!(find("a  \u{a0}\n b", "a b"), ["a  \u{a0}\n b"]);
    }

    #[test]
    fn a_character_that_folds_into_two_is_never_cut() {
        assert_eq!(fold("Straße"), "strasse");
        // A hit ending inside "ss" still covers the whole "ß".
        assert_eq!(find("Straße", "stras"), ["Straß"]);
        assert_eq!(find("Straße", "sse"), ["ße"]);
    }

    #[test]
    fn queries_are_words_and_phrases() {
        assert_eq!(
            Query::parse("  Military   ASSISTANCE ").terms(),
            ["assistance", "military"]
        );
        assert_eq!(
            Query::parse("“military assistance” Kaunas").terms(),
            ["kaunas", "military assistance"]
        );
        assert!(Query::parse("   ").is_empty());
        assert!(Query::parse("\"\"").is_empty());
        let q = Query::parse("\"assistance military\"");
        assert!(!q.matches("military assistance"));
        assert!(Query::parse("assistance military").matches("military assistance"));
    }

    #[test]
    fn hits_are_merged_and_ordered() {
        let q = Query::parse("ab bc");
        assert_eq!(q.find_all("xabcx ab"), [1..4, 6..8]);
    }

    #[test]
    fn snippets_cut_at_words_and_mark_the_hit() {
        let text = "one two three four five six seven eight nine ten";
        let at = text.find("five").unwrap();
        let (s, r) = snippet(text, at..at + 4, 20);
        assert_eq!(&s[r], "five");
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        let (whole, r) = snippet("short hit", 6..9, 80);
        assert_eq!((whole.as_str(), &"short hit"[6..9]), ("short hit", &whole[r]));
    }
}
