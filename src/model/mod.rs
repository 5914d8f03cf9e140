//! The model: the corpus and everything known about it.
//!
//! Nothing here knows about egui. The command line, the tests and the UI all use it the same
//! way, and every error is a typed value that the caller decides how to show.

pub mod catalogue;
pub mod citation;
pub mod corpus;
pub mod date;
pub mod details;
pub mod export;
pub mod extract;
pub mod import;
pub mod library;
pub mod overview;
pub mod revision;
pub mod search;
pub mod synthetic;
pub mod table;

pub use catalogue::{
    Catalogue, CatalogueError, Category, Figure, Origin, Per, Programme, Qualifier, Scope, Stage, Status, Unit,
};
pub use citation::{Citation, ResolveError};
pub use corpus::{Article, Corpus, CorpusError, TitleSource};
pub use date::{DateError, DateProvenance, KnownDate, PartialDate};
pub use revision::Revision;

/// `1 row`, `2 rows`, `1,046 rows`: a count and its noun, in the singular or plural (nouns whose
/// plural adds an `s`).
pub fn plural(n: usize, noun: &str) -> String {
    count(n, noun, &format!("{noun}s"))
}

/// The text with its first letter in capitals: `the system could not…` → `The system could not…`.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `1 match`, `2 matches`, `1,046 matches`: a count and its noun, `one` or `many`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", catalogue::format_number(n as f64))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_in_words_group_their_thousands() {
        assert_eq!(super::plural(1, "row"), "1 row");
        assert_eq!(super::plural(0, "row"), "0 rows");
        assert_eq!(super::plural(1046, "programme"), "1,046 programmes");
        assert_eq!(super::count(1, "match", "matches"), "1 match");
        assert_eq!(super::count(1200, "match", "matches"), "1,200 matches");
    }
}
