//! The tables Parama exports, as rectangles of text: the programmes, the figures and the articles
//! (one row per citation, so every number travels with its source), and the numbers each of the
//! Overview's charts plots.

use std::{collections::HashMap, ops::Range};

use super::{Table, plain_number};
use crate::model::{
    catalogue::{Catalogue, Category, Figure, Programme, Scope},
    citation::Citation,
    corpus::{Article, Corpus, TitleSource},
    date::DateProvenance,
    overview::{Chart, Overview, When},
};

/// Which rows to export: by id, in the order given, or every row (in catalogue order).
#[derive(Debug, Clone, Copy)]
pub enum Rows<'a> {
    /// Every row.
    All,
    /// Only these ids, in this order.
    Only(&'a [String]),
}

impl Rows<'_> {
    fn pick<T>(self, items: &[T], id: impl Fn(&T) -> &str) -> Vec<&T> {
        match self {
            Self::All => items.iter().collect(),
            Self::Only(ids) => {
                // One pass to index the items, so picking k of n rows is O(n + k), not O(n × k).
                let mut by_id: HashMap<&str, &T> = HashMap::with_capacity(items.len());
                for item in items {
                    by_id.entry(id(item)).or_insert(item);
                }
                ids.iter()
                    .filter_map(|wanted| by_id.get(wanted.as_str()).copied())
                    .collect()
            }
        }
    }
}

const CITATION_HEADER: [&str; 13] = [
    "citation_no",
    "citation_count",
    "article_id",
    "article_title",
    "title_supplied",
    "publisher",
    "date",
    "date_inferred",
    "date_reason",
    "url",
    "quote",
    "quote_start",
    "quote_end",
];

/// The columns describing one citation, in the order of [`CITATION_HEADER`].
fn citation_cells(no: usize, count: usize, c: &Citation, corpus: &Corpus) -> Vec<String> {
    let article = corpus.get(&c.article);
    let field = |f: fn(&Article) -> String| article.map(f).unwrap_or_default();
    vec![
        no.to_string(),
        count.to_string(),
        c.article.clone(),
        field(|a| a.title.clone()),
        field(|a| yes_no(a.title_source == TitleSource::Supplied)),
        field(|a| a.publisher.clone()),
        field(|a| a.date_value().map(|d| d.to_string()).unwrap_or_default()),
        field(|a| yes_no(a.is_date_inferred())),
        field(date_reason),
        field(|a| a.url.clone()),
        c.exact.clone(),
        c.position.start.to_string(),
        c.position.end.to_string(),
    ]
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_owned()
}

/// One row per citation of each entry: the entry's own cells, then the citation's.
fn per_citation<T>(
    entries: &[&T],
    own: impl Fn(&T) -> Vec<String>,
    citations: impl Fn(&T) -> &[Citation],
    corpus: &Corpus,
) -> Vec<Vec<String>> {
    let mut rows = Vec::with_capacity(entries.len());
    for entry in entries {
        let cited = citations(entry);
        for (i, c) in cited.iter().enumerate() {
            let mut row = own(entry);
            row.reserve_exact(CITATION_HEADER.len());
            row.extend(citation_cells(i + 1, cited.len(), c, corpus));
            rows.push(row);
        }
    }
    rows
}

/// The programmes table.
pub fn programmes_table(catalogue: &Catalogue, corpus: &Corpus, rows: Rows<'_>, categories: &[Category]) -> Table {
    let mut header = vec![
        "programme_id",
        "origin",
        "category",
        "programme",
        "summary",
        "providers",
        "period",
        "status",
        "scope",
        "note",
    ];
    header.extend(CITATION_HEADER);
    let picked: Vec<&Programme> = rows
        .pick(catalogue.programmes(), |p| &p.id)
        .into_iter()
        .filter(|p| categories.is_empty() || categories.contains(&p.category))
        .collect();
    let own = |p: &Programme| {
        vec![
            p.id.clone(),
            p.origin.label().to_owned(),
            p.category.label().to_owned(),
            p.name.clone(),
            p.summary.clone(),
            p.providers.join("; "),
            p.period.clone(),
            p.status.label().to_owned(),
            match p.scope {
                Scope::Ukraine => "ukraine",
                Scope::Regional => "regional",
                Scope::Others => "others",
            }
            .to_owned(),
            p.note.clone().unwrap_or_default(),
        ]
    };
    let mut rows = per_citation(&picked, own, |p| &p.citations, corpus);
    // A passage of an imported article linked to a programme already known says so, and why.
    header.extend(["linked", "linked_because"]);
    let links = picked.iter().flat_map(|p| &p.citations).map(|c| match &c.link {
        Some(link) => [link.origin.label().to_owned(), link.why.clone()],
        None => [String::new(), String::new()],
    });
    for (row, cells) in rows.iter_mut().zip(links) {
        row.extend(cells);
    }
    Table { header, rows }
}

/// The figures table. `value` is a plain number; `figure` is the same figure formatted.
pub fn figures_table(catalogue: &Catalogue, corpus: &Corpus, rows: Rows<'_>, categories: &[Category]) -> Table {
    let mut header = vec![
        "figure_id",
        "origin",
        "value",
        "unit",
        "noun",
        "qualifier",
        "per",
        "figure",
        "measures",
        "measure_key",
        "stage",
        "context_of",
        "period",
        "category",
        "programme_id",
        "sources_disagree_with",
        "sources_agree",
        "plan_or_outcome",
        "note",
    ];
    header.extend(CITATION_HEADER);
    header.push("number_as_written");
    let picked: Vec<&Figure> = rows
        .pick(catalogue.figures(), |f| &f.id)
        .into_iter()
        .filter(|f| categories.is_empty() || categories.contains(&f.category))
        .collect();
    let own = |f: &Figure| {
        vec![
            f.id.clone(),
            f.origin.label().to_owned(),
            plain_number(f.value),
            f.unit.label().to_owned(),
            f.noun.clone().unwrap_or_default(),
            f.qualifier.label().to_owned(),
            f.per.map(|p| p.label().to_owned()).unwrap_or_default(),
            f.formatted(),
            f.label.clone(),
            f.key.clone(),
            f.measure.stage.label().to_owned(),
            f.measure.context.clone().unwrap_or_default(),
            f.period.clone().unwrap_or_default(),
            f.category.label().to_owned(),
            f.programme.clone().unwrap_or_default(),
            f.disagrees_with.join("; "),
            f.agrees_with.join("; "),
            f.related.join("; "),
            f.note.clone().unwrap_or_default(),
        ]
    };
    let mut table_rows = per_citation(&picked, own, |f| &f.citations, corpus);
    // The number as written belongs to each citation; add it at the end of its row.
    let written = picked
        .iter()
        .flat_map(|f| f.citations.iter().map(|c| c.as_written.clone().unwrap_or_default()));
    for (row, w) in table_rows.iter_mut().zip(written) {
        row.push(w);
    }
    // The same amount in another currency, as the source also states it.
    header.push("also_stated_as");
    let also = picked
        .iter()
        .flat_map(|f| f.citations.iter().map(|_| f.also_stated_as.join("; ")));
    for (row, a) in table_rows.iter_mut().zip(also) {
        row.push(a);
    }
    Table {
        header,
        rows: table_rows,
    }
}

/// The articles table: one row per article, with how its date is known.
pub fn articles_table(corpus: &Corpus, rows: Rows<'_>) -> Table {
    let header = vec![
        "article_id",
        "title",
        "title_supplied",
        "publisher",
        "byline",
        "date",
        "date_inferred",
        "date_reason",
        "date_as_printed",
        "url",
        "characters",
    ];
    let rows = rows
        .pick(corpus.articles(), |a| &a.id)
        .into_iter()
        .map(|a| {
            let printed = match a.date.as_ref().map(|d| &d.provenance) {
                Some(DateProvenance::Stated { as_printed }) => as_printed.clone(),
                _ => String::new(),
            };
            let reason = date_reason(a);
            vec![
                a.id.clone(),
                a.title.clone(),
                yes_no(a.title_source == TitleSource::Supplied),
                a.publisher.clone(),
                a.byline.clone().unwrap_or_default(),
                a.date_value().map(|d| d.to_string()).unwrap_or_default(),
                yes_no(a.is_date_inferred()),
                reason,
                printed,
                a.url.clone(),
                a.text.chars().count().to_string(),
            ]
        })
        .collect();
    Table { header, rows }
}

/// The numbers a chart of `overview` plots, as a table to export.
pub fn chart_table(overview: &Overview, chart: Chart) -> Table {
    let years = |r: &Range<f64>| [format!("{:.3}", r.start), format!("{:.3}", r.end)];
    match chart {
        Chart::Timeline => Table {
            header: vec![
                "article_id",
                "title",
                "publisher",
                "date",
                "date_inferred",
                "date_reason",
                "imported",
                "year_from",
                "year_to",
            ],
            rows: overview
                .timeline
                .iter()
                .map(|e| {
                    let [from, to] = years(&e.years);
                    vec![
                        e.article.clone(),
                        e.title.clone(),
                        e.publisher.clone(),
                        e.when.to_string(),
                        yes_no(e.inferred.is_some()),
                        e.inferred.clone().unwrap_or_default(),
                        yes_no(e.imported),
                        from,
                        to,
                    ]
                })
                .collect(),
        },
        Chart::Categories => Table {
            header: vec!["category", "programmes", "checked", "found_automatically"],
            rows: overview
                .categories
                .iter()
                .map(|c| {
                    vec![
                        c.category.label().to_owned(),
                        c.total().to_string(),
                        c.checked.to_string(),
                        c.auto.to_string(),
                    ]
                })
                .collect(),
        },
        Chart::Figures => Table {
            header: vec![
                "measure_key",
                "measures",
                "figure_id",
                "figure",
                "when",
                "placed_by",
                "year_from",
                "year_to",
                "sources",
                "sources_disagree",
                "origin",
            ],
            rows: overview
                .lanes
                .iter()
                .flat_map(|lane| {
                    lane.points.iter().map(|p| {
                        let [from, to] = years(&p.years);
                        vec![
                            lane.measure.clone(),
                            p.label.clone(),
                            p.figure.clone(),
                            p.formatted.clone(),
                            p.when.label(),
                            match p.when {
                                When::Period(_) => "period".to_owned(),
                                When::Reported(_) => "report date".to_owned(),
                            },
                            from,
                            to,
                            p.sources.join("; "),
                            yes_no(p.disagrees),
                            p.origin.label().to_owned(),
                        ]
                    })
                })
                .collect(),
        },
    }
}

/// The `date_reason` cell: why an inferred date is what it is, or that there is none.
fn date_reason(article: &Article) -> String {
    match &article.date {
        Some(date) => date.inferred_reason().unwrap_or_default().to_owned(),
        None => "undated: no date was found in the file".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_chart_exports_the_numbers_it_plots() {
        let corpus = Corpus::embedded().unwrap();
        let overview = Overview::of(&corpus, &Catalogue::embedded(&corpus).unwrap());
        let timeline = chart_table(&overview, Chart::Timeline);
        assert_eq!(timeline.rows.len(), overview.timeline.len());
        // Dates as in the other exports: ISO, as precise as they are known.
        assert_eq!(timeline.rows[0][3], "2019-11-27");
        assert!(timeline.rows.iter().any(|r| r[3] == "2021-12"));
        let categories = chart_table(&overview, Chart::Categories);
        assert_eq!(categories.rows.len(), 5);
        let cyber = categories.rows.iter().find(|r| r[0] == "cyber").unwrap();
        let count = overview
            .categories
            .iter()
            .find(|c| c.category == Category::Cyber)
            .unwrap();
        assert_eq!(cyber[1], count.total().to_string());
        let figures = chart_table(&overview, Chart::Figures);
        assert_eq!(
            figures.rows.len(),
            overview.lanes.iter().map(|l| l.points.len()).sum::<usize>()
        );
        for table in [timeline, categories, figures] {
            assert!(table.rows.iter().all(|r| r.len() == table.header.len()));
        }
    }
}
