//! What an export says about itself, for the workbook's About sheet: what Parama is, when the
//! table was made and from which filters, where every article it cites comes from (publisher,
//! address, date and how the date is known), and whose the built-in articles are.

use super::{Table, TableKind};
use crate::model::corpus::{Article, Corpus};

/// One line on what Parama is.
pub const WHAT: &str = "Parama is a desktop reference on Lithuania's military assistance to Ukraine: \
    its articles, the assistance programmes they describe and the figures they state, every figure \
    beside the sentence that states it.";

/// The credit notice of the built-in articles.
pub const CREDIT: &str = "The built-in articles are not Parama's: they are quoted, unchanged, as the \
    sources of a reference work, and remain the work of their publishers, named under Sources. Articles you \
    imported are yours to credit.";

/// How the table's rows are laid out, for whoever opens the file.
pub const LAYOUT: &str = "One row per citation: an entry with three sources is three rows that \
    repeat its columns, numbered citation_no 1–3 of citation_count. origin says whether a row was \
    curated (written by reading the articles), reviewed (found automatically and checked) or auto \
    (found automatically, not checked).";

/// How dates are written.
pub const DATES: &str = "A full date is a date cell (shown as 2023-01-03). A date known only to \
    the month or the year (2024-11, 2021) is text, as precise as the source allows. date_inferred \
    says whether the article prints its date (no) or it was worked out (yes), and date_reason why.";

/// The provenance of one article an export cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The article's id, as in the table's `article_id` column.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// The address of the published copy (may be empty for an imported article).
    pub url: String,
    /// The date, ISO and as precise as known (`2023-01-03`, `2024-11`); empty when undated.
    pub date: String,
    /// How the date is known, in a sentence.
    pub date_how: String,
    /// Built in, or imported by the user.
    pub built_in: bool,
}

impl Source {
    fn of(article: &Article) -> Self {
        Self {
            id: article.id.clone(),
            title: article.title.clone(),
            publisher: article.publisher.clone(),
            url: article.url.clone(),
            date: article.date_value().map(|d| d.to_string()).unwrap_or_default(),
            date_how: article.date_explained(),
            built_in: !article.imported,
        }
    }
}

/// What an export says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct About {
    /// Which table it is.
    pub table: TableKind,
    /// When it was made, in seconds since 1970-01-01 UTC.
    pub made: i64,
    /// How many rows the table has (not counting its header).
    pub rows: usize,
    /// Which rows were chosen and how, as (what, how) pairs: `("Categories", "training, cyber")`.
    pub filters: Vec<(String, String)>,
    /// The articles the table cites, in order of first citation.
    pub sources: Vec<Source>,
}

impl About {
    /// What `table` (of kind `kind`, made from `corpus` with `filters`) says about itself at
    /// `made`. Its sources are the articles named in its `article_id` column; a table without one
    /// (the counts of programmes by category) is made from every article.
    pub fn new(kind: TableKind, table: &Table, corpus: &Corpus, filters: Vec<(String, String)>, made: i64) -> Self {
        let sources = match table.header.iter().position(|h| *h == "article_id") {
            Some(column) => {
                let mut seen = std::collections::HashSet::new();
                table
                    .rows
                    .iter()
                    .filter_map(|row| row.get(column))
                    .filter(|id| seen.insert(id.as_str()))
                    .filter_map(|id| corpus.get(id))
                    .map(Source::of)
                    .collect()
            }
            None => corpus.articles().iter().map(Source::of).collect(),
        };
        Self {
            table: kind,
            made,
            rows: table.rows.len(),
            filters,
            sources,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Catalogue,
        export::{Rows, chart_table, figures_table},
        overview::{Chart, Overview},
    };

    #[test]
    fn the_sources_are_the_articles_the_rows_cite_in_order() {
        let corpus = Corpus::embedded().unwrap();
        let catalogue = Catalogue::embedded(&corpus).unwrap();
        let table = figures_table(&catalogue, &corpus, Rows::All, &[]);
        let about = About::new(TableKind::Figures, &table, &corpus, Vec::new(), 0);
        assert_eq!(about.rows, table.rows.len());
        let column = table.header.iter().position(|h| *h == "article_id").unwrap();
        let mut cited: Vec<&str> = table.rows.iter().map(|r| r[column].as_str()).collect();
        cited.dedup();
        let first = cited.first().copied().unwrap();
        assert_eq!(about.sources[0].id, first);
        let ids: std::collections::HashSet<&str> = cited.into_iter().collect();
        assert_eq!(about.sources.len(), ids.len());
        assert!(
            about
                .sources
                .iter()
                .all(|s| s.built_in && !s.url.is_empty() && !s.date_how.is_empty())
        );

        // The counts by category come from every article.
        let overview = Overview::of(&corpus, &catalogue);
        let counts = chart_table(&overview, Chart::Categories);
        let about = About::new(TableKind::ProgrammeCounts, &counts, &corpus, Vec::new(), 0);
        assert_eq!(about.sources.len(), corpus.len());
    }
}
