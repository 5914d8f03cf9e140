//! Tables of catalogue entries as text: the columns each kind of entry has, the text of each
//! cell, and the filtered and sorted view of a table. The UI draws these views; CSV export writes
//! the same cells, so what a user sees is what they export.

use std::{cmp::Ordering, collections::BTreeSet};

use super::{
    catalogue::{Catalogue, Category, Figure, Origin, Programme},
    citation::Citation,
    corpus::Corpus,
    date::mark_inferred,
    library::Kind,
    search::Query,
};

/// A column of a table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    /// The column's heading.
    pub title: &'static str,
    /// Initial width in points, for the UI.
    pub width: f32,
}

/// How a cell sorts.
#[derive(Debug, Clone, PartialEq)]
pub enum SortValue {
    /// Alphabetically, ignoring case.
    Text(String),
    /// Numerically.
    Number(f64),
}

impl SortValue {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Self::Number(a), Self::Number(b)) => a.total_cmp(b),
            (Self::Text(a), Self::Text(b)) => a.cmp(b),
            (Self::Number(_), Self::Text(_)) => Ordering::Less,
            (Self::Text(_), Self::Number(_)) => Ordering::Greater,
        }
    }
}

/// An entry that can be shown as a table row.
pub trait Row: Sized {
    /// The table's columns.
    const COLUMNS: &'static [Column];

    /// Which kind of row it is, for corrections.
    const KIND: Kind;

    /// The rows of this kind in `catalogue`: the table's rows.
    fn of(catalogue: &Catalogue) -> &[Self];

    /// The entry's stable id, by which selection is kept.
    fn id(&self) -> &str;

    /// The entry's category, for the category toggles.
    fn category(&self) -> Category;

    /// The text of cell `column`.
    fn cell(&self, column: usize, corpus: &Corpus) -> String;

    /// Which column holds the category, which sorts in the order of the category toggles
    /// (training, rehabilitation, cyber, procurement, other), not alphabetically.
    const CATEGORY_COLUMN: Option<usize> = None;

    /// How cell `column` sorts: [`by_cell`], unless a row says otherwise.
    fn sort_value(&self, column: usize, corpus: &Corpus) -> SortValue {
        by_cell(self, column, corpus)
    }

    /// The passages that support the entry.
    fn citations(&self) -> &[Citation];

    /// Curated, reviewed, or found automatically.
    fn origin(&self) -> Origin;

    /// Whether the entry is someone else's assistance, kept as context (hidden unless asked for).
    fn is_context(&self) -> bool {
        false
    }
}

/// How cell `column` of `row` sorts by default: the category in the toggles' order, anything
/// else by its text, ignoring case.
pub fn by_cell<R: Row>(row: &R, column: usize, corpus: &Corpus) -> SortValue {
    if R::CATEGORY_COLUMN == Some(column) {
        let order = Category::ALL.iter().position(|c| *c == row.category());
        return SortValue::Number(order.unwrap_or(Category::ALL.len()) as f64);
    }
    SortValue::Text(row.cell(column, corpus).to_lowercase())
}

/// A sort order: a column and a direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    /// The column index.
    pub column: usize,
    /// Whether the order is ascending.
    pub ascending: bool,
}

/// What a table shows: a text filter, the categories switched on, and a sort order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewSpec {
    /// Only rows containing this text (in any cell, ignoring case) are shown.
    pub filter: String,
    /// Only rows in these categories are shown.
    pub categories: BTreeSet<Category>,
    /// The order of the rows; `None` keeps catalogue order.
    pub sort: Option<Sort>,
    /// Whether rows found automatically and not yet reviewed are shown.
    pub show_auto: bool,
    /// Whether others' assistance (context found in imported articles) is shown.
    pub show_context: bool,
}

impl Default for ViewSpec {
    fn default() -> Self {
        Self {
            filter: String::new(),
            categories: Category::ALL.into_iter().collect(),
            sort: None,
            show_auto: true,
            show_context: false,
        }
    }
}

impl ViewSpec {
    /// What the view leaves out and how it orders the rows of an `R` table, in words, as (what,
    /// how) pairs for an export's About sheet: `("Filter", "rows containing “cyber”")`.
    pub fn describe<R: Row>(&self) -> Vec<(String, String)> {
        let mut said = Vec::new();
        let mut say = |what: &str, how: String| said.push((what.to_owned(), how));
        if !self.filter.trim().is_empty() {
            say("Filter", format!("rows containing “{}”", self.filter.trim()));
        }
        if self.categories.len() < Category::ALL.len() {
            let shown: Vec<&str> = self.categories.iter().map(|c| c.label()).collect();
            say(
                "Categories",
                if shown.is_empty() {
                    "none".to_owned()
                } else {
                    shown.join(", ")
                },
            );
        }
        let shown = |yes: bool| if yes { "shown" } else { "left out" }.to_owned();
        say("Found automatically, not reviewed", shown(self.show_auto));
        say("Context (others', joint, the war's figures)", shown(self.show_context));
        if let Some(sort) = self.sort
            && let Some(column) = R::COLUMNS.get(sort.column)
        {
            let direction = if sort.ascending { "ascending" } else { "descending" };
            say("Sorted by", format!("{}, {direction}", column.title));
        }
        said
    }
}

/// Whether `row` matches the filter text, by the same rule as search: every word and
/// "quoted phrase" occurs in some cell, ignoring case, diacritics and typography.
pub fn matches_filter<R: Row>(row: &R, filter: &str, corpus: &Corpus) -> bool {
    let query = Query::parse(filter);
    query.is_empty() || query.matches(&row_text(row, corpus))
}

/// All the cells of `row`, one per line: what the filter and search look in.
pub fn row_text<R: Row>(row: &R, corpus: &Corpus) -> String {
    (0..R::COLUMNS.len())
        .map(|c| row.cell(c, corpus))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The indices of `rows` that `spec` shows, in its order. Ties keep catalogue order.
pub fn view<R: Row>(rows: &[R], spec: &ViewSpec, corpus: &Corpus) -> Vec<usize> {
    let mut shown: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| spec.show_auto || r.origin() != Origin::Auto)
        .filter(|(_, r)| spec.show_context || !r.is_context())
        .filter(|(_, r)| spec.categories.contains(&r.category()) && matches_filter(*r, &spec.filter, corpus))
        .map(|(i, _)| i)
        .collect();
    if let Some(sort) = spec.sort {
        let mut keyed: Vec<(usize, SortValue)> = shown
            .iter()
            .filter_map(|&i| rows.get(i).map(|r| (i, r.sort_value(sort.column, corpus))))
            .collect();
        keyed.sort_by(|(_, a), (_, b)| if sort.ascending { a.cmp(b) } else { b.cmp(a) });
        shown = keyed.into_iter().map(|(i, _)| i).collect();
    }
    shown
}

/// How many rows of each category `spec` would show if that category were switched on: those
/// containing the filter text, and found automatically or context only when those are shown.
pub fn category_counts<R: Row>(rows: &[R], spec: &ViewSpec, corpus: &Corpus) -> Vec<(Category, usize)> {
    let mut counts: Vec<(Category, usize)> = Category::ALL.into_iter().map(|c| (c, 0)).collect();
    let counted = rows
        .iter()
        .filter(|r| spec.show_auto || r.origin() != Origin::Auto)
        .filter(|r| spec.show_context || !r.is_context())
        .filter(|r| matches_filter(*r, &spec.filter, corpus));
    for row in counted {
        if let Some((_, n)) = counts.iter_mut().find(|(c, _)| *c == row.category()) {
            *n += 1;
        }
    }
    counts
}

/// A period as a table shows it: marked inferred when it was worked out from the date of the
/// article it comes from (the first citation's) and that date is inferred.
fn period_cell(period: String, from_date: bool, citations: &[Citation], corpus: &Corpus) -> String {
    let inferred = from_date
        && citations
            .first()
            .and_then(|c| corpus.get(&c.article))
            .is_some_and(|a| a.is_date_inferred());
    mark_inferred(period, inferred)
}

/// The distinct articles that `citations` come from, as "Publisher, year" with the short
/// publisher name (and the year marked when the date is inferred), in order of first citation.
pub fn sources(citations: &[Citation], corpus: &Corpus) -> String {
    let mut seen: Vec<&str> = Vec::new();
    let mut parts = Vec::new();
    for c in citations {
        if seen.contains(&c.article.as_str()) {
            continue;
        }
        seen.push(&c.article);
        if let Some(article) = corpus.get(&c.article) {
            let year = match article.date_value() {
                Some(date) => mark_inferred(date.year().to_string(), article.is_date_inferred()),
                None => crate::model::corpus::UNDATED.to_owned(),
            };
            // A source linked automatically and not yet confirmed says so.
            let linked = match &c.link {
                Some(link) if link.origin == Origin::Auto => " (linked)",
                _ => "",
            };
            parts.push(format!("{}, {year}{linked}", article.publisher_short));
        }
    }
    parts.join("; ")
}

impl Row for Programme {
    const KIND: Kind = Kind::Programme;
    const CATEGORY_COLUMN: Option<usize> = Some(0);

    fn of(catalogue: &Catalogue) -> &[Self] {
        catalogue.programmes()
    }

    const COLUMNS: &'static [Column] = &[
        Column {
            title: "Category",
            width: 110.0,
        },
        Column {
            title: "Programme",
            width: 240.0,
        },
        Column {
            title: "Summary",
            width: 320.0,
        },
        Column {
            title: "Provider",
            width: 200.0,
        },
        Column {
            title: "Period",
            width: 130.0,
        },
        Column {
            title: "Status",
            width: 90.0,
        },
        Column {
            title: "Sources",
            width: 220.0,
        },
        Column {
            title: "Origin",
            width: 80.0,
        },
    ];

    fn id(&self) -> &str {
        &self.id
    }

    fn category(&self) -> Category {
        self.category
    }

    fn cell(&self, column: usize, corpus: &Corpus) -> String {
        match column {
            0 => self.category.label().to_owned(),
            1 => self.name.clone(),
            2 => self.summary.clone(),
            3 => self.providers.join("; "),
            4 => period_cell(self.period.clone(), self.period_from_date, &self.citations, corpus),
            5 => self.status.label().to_owned(),
            6 => sources(&self.citations, corpus),
            7 => self.origin.label().to_owned(),
            _ => String::new(),
        }
    }

    fn citations(&self) -> &[Citation] {
        &self.citations
    }

    fn origin(&self) -> Origin {
        self.origin
    }

    fn is_context(&self) -> bool {
        self.scope == super::catalogue::Scope::Others
    }
}

impl Row for Figure {
    const KIND: Kind = Kind::Figure;
    const CATEGORY_COLUMN: Option<usize> = Some(3);

    fn of(catalogue: &Catalogue) -> &[Self] {
        catalogue.figures()
    }

    const COLUMNS: &'static [Column] = &[
        Column {
            title: "Figure",
            width: 170.0,
        },
        Column {
            title: "What it measures",
            width: 300.0,
        },
        Column {
            title: "Period",
            width: 110.0,
        },
        Column {
            title: "Category",
            width: 110.0,
        },
        Column {
            title: "Source",
            width: 240.0,
        },
        Column {
            title: "Origin",
            width: 80.0,
        },
    ];

    fn id(&self) -> &str {
        &self.id
    }

    fn category(&self) -> Category {
        self.category
    }

    fn cell(&self, column: usize, corpus: &Corpus) -> String {
        match column {
            0 if self.disagrees_with.is_empty() => self.formatted(),
            0 => format!("{} (sources disagree)", self.formatted()),
            1 => self.label.clone(),
            2 => self.period.clone().map_or_else(String::new, |period| {
                period_cell(period, self.period_from_date, &self.citations, corpus)
            }),
            3 => self.category.label().to_owned(),
            4 => sources(&self.citations, corpus),
            5 => self.origin.label().to_owned(),
            _ => String::new(),
        }
    }

    fn sort_value(&self, column: usize, corpus: &Corpus) -> SortValue {
        match column {
            0 => SortValue::Number(self.value),
            _ => by_cell(self, column, corpus),
        }
    }

    fn citations(&self) -> &[Citation] {
        &self.citations
    }

    fn origin(&self) -> Origin {
        self.origin
    }

    fn is_context(&self) -> bool {
        Figure::is_context(self)
    }
}
