//! Citations that cannot drift: an exact quote (with optional prefix and suffix to tell apart
//! repeated text), resolved against the article to exactly one place.
//!
//! This follows the W3C Web Annotation selectors: the quote is a *TextQuoteSelector* (exact,
//! prefix, suffix) and resolving it yields a *TextPositionSelector* (start, end, in characters).
//! The catalogue stores only the quote; the position is computed on load, so an edited article
//! or a mistyped quote is an error, never a highlight in the wrong place.

use std::ops::Range;

use serde::Deserialize;

use super::corpus::Corpus;

/// A passage of an article that supports a programme or a figure.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The id of the cited article.
    pub article: String,
    /// The quoted text, exactly as in the article.
    pub exact: String,
    /// Text just before the quote, when the quote alone occurs more than once.
    #[serde(default)]
    pub prefix: String,
    /// Text just after the quote, when the quote alone occurs more than once.
    #[serde(default)]
    pub suffix: String,
    /// For figures: the number exactly as the source writes it (`1,500`, `58 thousand`, `64%`),
    /// which must occur inside the quote.
    #[serde(default)]
    pub as_written: Option<String>,
    /// Where the quote is in the article's text, in bytes; set when the citation is resolved.
    #[serde(skip)]
    pub range: Range<usize>,
    /// Where the quote is in the article's text, in characters (Unicode scalar values), as a
    /// TextPositionSelector counts; set when the citation is resolved.
    #[serde(skip)]
    pub position: Range<usize>,
    /// For a passage found in an imported article and linked to a programme it names or
    /// describes: why, and whether the user has checked it. `None` for the programme's own
    /// passages.
    #[serde(skip)]
    pub link: Option<Link>,
}

/// Why a passage of an imported article is a source of a programme already known (curated, or
/// found in an earlier import), and what the user decided about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Stable id of the link (`link-<article>-<programme>`), by which the user's review of it is
    /// kept.
    pub id: String,
    /// Why it was linked, in words ("names it: “EUMAM”; same category").
    pub why: String,
    /// Found automatically, or checked by the user.
    pub origin: super::catalogue::Origin,
}

/// Why a quote does not point at exactly one place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// No article has this id.
    #[error("cites article “{0}”, which is not in the corpus")]
    UnknownArticle(String),
    /// The quote is empty.
    #[error("has an empty quote")]
    EmptyQuote,
    /// The quote (with its prefix and suffix) does not occur in the article.
    #[error("quotes “{exact}”, which is not in article “{article}”")]
    NotFound {
        /// The article's id.
        article: String,
        /// The quote.
        exact: String,
    },
    /// The quote occurs more than once and prefix/suffix do not tell which is meant.
    #[error("quotes “{exact}”, which occurs {count} times in article “{article}”: add a prefix or suffix")]
    Ambiguous {
        /// The article's id.
        article: String,
        /// The quote.
        exact: String,
        /// How many places match.
        count: usize,
    },
}

impl Citation {
    /// Finds the one place in its article where this quote stands, and records it.
    pub fn resolve(&mut self, corpus: &Corpus) -> Result<(), ResolveError> {
        let article = corpus
            .get(&self.article)
            .ok_or_else(|| ResolveError::UnknownArticle(self.article.clone()))?;
        if self.exact.is_empty() {
            return Err(ResolveError::EmptyQuote);
        }
        let text = &article.text;
        let matches: Vec<usize> = text
            .match_indices(&self.exact)
            .map(|(start, _)| start)
            .filter(|&start| {
                let before = text.get(..start).unwrap_or_default();
                let after = text.get(start + self.exact.len()..).unwrap_or_default();
                before.ends_with(&self.prefix) && after.starts_with(&self.suffix)
            })
            .collect();
        match matches.as_slice() {
            [start] => {
                let start = *start;
                self.range = start..start + self.exact.len();
                let chars_before = text.get(..start).map_or(0, |s| s.chars().count());
                self.position = chars_before..chars_before + self.exact.chars().count();
                Ok(())
            }
            [] => Err(ResolveError::NotFound {
                article: self.article.clone(),
                exact: self.exact.clone(),
            }),
            many => Err(ResolveError::Ambiguous {
                article: self.article.clone(),
                exact: self.exact.clone(),
                count: many.len(),
            }),
        }
    }

    /// Where `as_written` stands inside the article (bytes), if the citation gives it and the
    /// quote contains it.
    pub fn number_range(&self) -> Option<Range<usize>> {
        let written = self.as_written.as_deref()?;
        let offset = self.exact.find(written)?;
        let start = self.range.start + offset;
        Some(start..start + written.len())
    }
}

/// The sentence or sentences around `range` in `text`: from the start of the sentence where the
/// range begins to the end of the sentence where it ends, never crossing a line break.
///
/// A full stop ends a sentence only when it follows a lowercase letter, a digit or a closing
/// quote or bracket, and white space and a capital or an opening quote follow it; so initials
/// such as "R. Karoblis" do not split a sentence.
pub fn sentence_around(text: &str, range: Range<usize>) -> Range<usize> {
    let line_start = text.get(..range.start).and_then(|s| s.rfind('\n')).map_or(0, |i| i + 1);
    let line_end = text
        .get(range.end..)
        .and_then(|s| s.find('\n'))
        .map_or(text.len(), |i| range.end + i);

    let boundaries: Vec<usize> = sentence_ends(text.get(line_start..line_end).unwrap_or_default())
        .into_iter()
        .map(|i| line_start + i)
        .collect();
    let start = boundaries
        .iter()
        .rev()
        .find(|&&b| b <= range.start)
        .map_or(line_start, |&b| skip_spaces(text, b));
    let end = boundaries
        .iter()
        .find(|&&b| b >= range.end)
        .copied()
        .unwrap_or(line_end);
    start..end.max(range.end)
}

/// The sentences of `text`, as byte ranges: each line cut after sentence-ending punctuation
/// (by the rules of [`sentence_around`]), surrounding spaces left out, empty ones skipped.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let mut start = 0;
        for end in sentence_ends(content).into_iter().chain([content.len()]) {
            let piece = content.get(start..end).unwrap_or_default();
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                let from = line_start + start + lead;
                out.push(from..from + trimmed.len());
            }
            start = end;
        }
        line_start += line.len();
    }
    out
}

/// Byte offsets just past each sentence-ending punctuation mark in `line`.
fn sentence_ends(line: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut ends = Vec::new();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let before = k.checked_sub(1).and_then(|j| chars.get(j)).map(|&(_, c)| c);
        let after = chars.get(k + 1).map(|&(_, c)| c);
        let next = chars.get(k + 2).map(|&(_, c)| c);
        let ends_word = before.is_some_and(|b| b.is_lowercase() || b.is_ascii_digit() || "”’\")".contains(b));
        let then_new_sentence =
            after.is_some_and(char::is_whitespace) && next.is_some_and(|n| n.is_uppercase() || "“\"‘".contains(n));
        if ends_word && (then_new_sentence || after.is_none()) {
            ends.push(i + c.len_utf8());
        }
    }
    ends
}

fn skip_spaces(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or_default();
    at + (rest.len() - rest.trim_start().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_found_around_a_quote() {
        let text = "First one. Minister R. Karoblis said 58 thousand euros. Third, 1.5 million.\nNext line.";
        let quote = text.find("58 thousand").unwrap();
        let around = sentence_around(text, quote..quote + 11);
        assert_eq!(&text[around], "Minister R. Karoblis said 58 thousand euros.");

        let third = text.find("1.5").unwrap();
        assert_eq!(&text[sentence_around(text, third..third + 3)], "Third, 1.5 million.");
        let first = text.find("First").unwrap();
        assert_eq!(&text[sentence_around(text, first..first + 5)], "First one.");
    }

    #[test]
    fn a_text_splits_into_sentences() {
        let text = "One. Minister R. Karoblis said so.\n\nA last line";
        let got: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["One.", "Minister R. Karoblis said so.", "A last line"]);
    }

    #[test]
    fn a_quote_across_sentences_gets_them_all_and_never_crosses_a_line() {
        let text = "Para one. It ends here. And here.\nPara two.";
        let from = text.find("ends").unwrap();
        let to = text.find("And").unwrap() + 3;
        assert_eq!(&text[sentence_around(text, from..to)], "It ends here. And here.");
        let two = text.find("two").unwrap();
        assert_eq!(&text[sentence_around(text, two..two + 3)], "Para two.");
    }
}
