//! Lexicon phrases found by words: a sentence is cut into lowercase words once, and each word is
//! looked up by hash among the phrases that can start with it, instead of searching the sentence
//! once per phrase.
//!
//! A phrase's last word matches the start of a word ("lithuania" matches "lithuanian",
//! "continu" matches "continues"), unless the phrase ends with a space in the lexicon ("eu ",
//! "will ") or the word is a single letter; its other words match whole words.

use std::{
    collections::{HashMap, HashSet},
    hash::{BuildHasherDefault, Hasher},
};

/// FNV-1a: a hash for short words, several times quicker than the default one, which guards
/// against crafted keys that a fixed lexicon never is.
#[derive(Debug, Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash map keyed by lexicon words.
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;
/// A set of lexicon words.
pub type WordSet = HashSet<String, BuildHasherDefault<Fnv>>;

/// A lowercase word of a text and where it starts (bytes).
pub type Token<'t> = (usize, &'t str);

/// The words of a lowercased text: letters and digits, with apostrophes inside ("eu's").
pub fn tokens(lowered: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in lowered.char_indices() {
        let inside = c.is_alphanumeric() || ((c == '\'' || c == '’') && start.is_some());
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, lowered.get(s..i).unwrap_or_default()));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, lowered.get(s..).unwrap_or_default()));
    }
    for t in &mut out {
        t.1 = t.1.trim_end_matches(['\'', '’']);
    }
    out
}

#[derive(Debug)]
struct Entry {
    rest: Vec<String>,
    whole_last: bool,
    tag: usize,
}

/// A set of phrases, each with a tag (what it names).
#[derive(Debug, Default)]
pub struct Phrases {
    by_first: WordMap<Vec<Entry>>,
    /// The lengths (bytes) of the first words, shortest first: only starts of these lengths are
    /// looked up.
    lengths: Vec<usize>,
}

impl Phrases {
    /// The phrases `forms`, each with its tag.
    pub fn new<'f>(forms: impl IntoIterator<Item = (&'f str, usize)>) -> Self {
        let mut phrases = Self::default();
        for (form, tag) in forms {
            let lowered = form.to_lowercase();
            let words: Vec<String> = tokens(&lowered).into_iter().map(|(_, w)| w.to_owned()).collect();
            let Some((first, rest)) = words.split_first() else {
                continue;
            };
            let last = words.last().map_or(0, |w| w.chars().count());
            phrases.lengths.push(first.len());
            phrases.by_first.entry(first.clone()).or_default().push(Entry {
                rest: rest.to_vec(),
                whole_last: form.ends_with(' ') || last == 1,
                tag,
            });
        }
        phrases.lengths.sort_unstable();
        phrases.lengths.dedup();
        phrases
    }

    /// The phrases that start at word `i`: each one's tag and the index of the word after it.
    pub fn at<'s>(&'s self, words: &'s [Token<'_>], i: usize) -> impl Iterator<Item = (usize, usize)> + 's {
        let word = words.get(i).map_or("", |w| w.1);
        // Every start of the word as long as some phrase's first word.
        let starts = self.lengths.iter().copied().take_while(move |&len| len <= word.len());
        starts
            .filter_map(move |len| {
                let prefix = word.get(..len)?;
                self.by_first.get(prefix).map(|entries| (len == word.len(), entries))
            })
            .flat_map(move |(whole, entries)| {
                entries.iter().filter_map(move |e| {
                    let one_word = e.rest.is_empty();
                    if !whole && (!one_word || e.whole_last) {
                        return None;
                    }
                    let n = e.rest.len();
                    for (k, w) in e.rest.iter().enumerate() {
                        let got = words.get(i + 1 + k)?.1;
                        let last = k + 1 == n;
                        let fits = if last && !e.whole_last {
                            got.starts_with(w.as_str())
                        } else {
                            got == w
                        };
                        if !fits {
                            return None;
                        }
                    }
                    Some((e.tag, i + 1 + n))
                })
            })
    }

    /// Every phrase in the words: its tag, its first word and the word after it.
    pub fn all<'s>(&'s self, words: &'s [Token<'_>]) -> impl Iterator<Item = (usize, usize, usize)> + 's {
        (0..words.len()).flat_map(move |i| self.at(words, i).map(move |(tag, end)| (tag, i, end)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_on_words_and_their_last_word_on_its_start() {
        let phrases = Phrases::new([
            ("lithuania", 0),
            ("eu ", 1),
            ("the ministry", 2),
            ("u.s.", 3),
            ("eu's", 4),
        ]);
        let text = "the lithuanian ministry and the eu's mission in europe, the u.s. said";
        let words = tokens(text);
        let tags: Vec<usize> = phrases.all(&words).map(|(tag, _, _)| tag).collect();
        assert_eq!(tags, [0, 4, 3]);
        let words = tokens("the ministry of the eu");
        let found: Vec<(usize, usize, usize)> = phrases.all(&words).collect();
        assert_eq!(found, [(2, 0, 2), (1, 4, 5)]);
    }
}
