//! The curated catalogue: assistance programmes and figures, each backed by citations that are
//! resolved against the corpus when the catalogue loads.
//!
//! The catalogue is data (`assets/catalogue.toml`), written by reading the articles closely: our
//! own words for names and summaries, exact quotes for evidence. Loading checks every field and
//! every quote; one bad citation makes the whole catalogue fail with a message that names it.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use super::{
    Revision,
    citation::{Citation, ResolveError},
    corpus::Corpus,
};

mod rows;

pub use rows::{
    Category, Figure, LISTED, Measure, Origin, Per, Programme, Qualifier, Scope, Stage, Status, UP_TO, Unit,
    UnknownCategory, format_number, years_of,
};

/// The curated catalogue compiled into the binary.
const EMBEDDED: &str = include_str!("../../../assets/catalogue.toml");

/// Why the catalogue could not be loaded.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CatalogueError {
    /// The file is not valid TOML of the expected shape.
    #[error("the catalogue could not be read: {0}")]
    Parse(String),
    /// Two entries share an id.
    #[error("two catalogue entries have the id “{0}”")]
    DuplicateId(String),
    /// A required text field is empty.
    #[error("“{item}” has an empty {field}")]
    EmptyField {
        /// The entry's id.
        item: String,
        /// The field.
        field: &'static str,
    },
    /// An entry cites nothing.
    #[error("“{0}” has no citation")]
    NoCitations(String),
    /// A citation does not resolve to exactly one place.
    #[error("“{item}” {source}")]
    Citation {
        /// The entry's id.
        item: String,
        /// What is wrong with the quote.
        source: ResolveError,
    },
    /// A figure's citation does not contain the number as written.
    #[error("“{item}”: the quote “{exact}” does not contain the number as written (“{as_written}”)")]
    NumberNotInQuote {
        /// The figure's id.
        item: String,
        /// The quote.
        exact: String,
        /// The number as the citation says it is written (empty when missing).
        as_written: String,
    },
    /// A figure names a programme that does not exist.
    #[error("“{item}” belongs to programme “{programme}”, which is not in the catalogue")]
    UnknownProgramme {
        /// The figure's id.
        item: String,
        /// The programme id it names.
        programme: String,
    },
    /// A figure's value is not a finite, non-negative number, or counts items without naming them.
    #[error("“{0}” has a value or unit that makes no sense (a negative or infinite number, or items without a noun)")]
    BadValue(String),
}

/// The programmes and figures, every citation resolved. It never changes once made: a change (an
/// import, a review) makes a new catalogue, with a new [`Revision`].
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    programmes: Vec<Programme>,
    figures: Vec<Figure>,
    /// Where each id is, in `programmes` or `figures`: the details panels look rows up by id
    /// every frame, and an export by a list of ids.
    by_id: HashMap<String, usize>,
    /// The figures of each programme, by index in `figures`, in catalogue order.
    figures_of: HashMap<String, Vec<usize>>,
    revision: Revision,
}

/// Two catalogues are equal when their rows are, whatever their revisions.
impl PartialEq for Catalogue {
    fn eq(&self, other: &Self) -> bool {
        self.programmes == other.programmes && self.figures == other.figures
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default, rename = "programme")]
    programmes: Vec<Programme>,
    #[serde(default, rename = "figure")]
    figures: Vec<Figure>,
}

impl Catalogue {
    /// The catalogue compiled into the binary, resolved against `corpus`.
    pub fn embedded(corpus: &Corpus) -> Result<Self, CatalogueError> {
        Self::from_toml(EMBEDDED, corpus)
    }

    /// Reads a catalogue from TOML and resolves every citation against `corpus`.
    pub fn from_toml(text: &str, corpus: &Corpus) -> Result<Self, CatalogueError> {
        let File {
            mut programmes,
            mut figures,
        } = toml::from_str(text).map_err(|e| CatalogueError::Parse(e.to_string()))?;

        let mut ids = HashSet::new();
        let all_ids = programmes.iter().map(|p| &p.id).chain(figures.iter().map(|f| &f.id));
        for id in all_ids {
            if !ids.insert(id.clone()) {
                return Err(CatalogueError::DuplicateId(id.clone()));
            }
        }

        for p in &mut programmes {
            let fields = [
                ("id", &p.id),
                ("name", &p.name),
                ("summary", &p.summary),
                ("period", &p.period),
            ];
            check_fields(&p.id, &fields)?;
            if p.providers.iter().all(|s| s.trim().is_empty()) {
                return Err(CatalogueError::EmptyField {
                    item: p.id.clone(),
                    field: "providers",
                });
            }
            resolve_all(&p.id, &mut p.citations, corpus)?;
        }
        for f in &mut figures {
            check_fields(
                &f.id,
                &[
                    ("id", &f.id),
                    ("label", &f.label),
                    ("measure's thing", &f.measure.thing),
                ],
            )?;
            let noun_ok = f.unit != Unit::Items || f.noun.as_deref().is_some_and(|n| !n.trim().is_empty());
            if !f.value.is_finite() || f.value < 0.0 || !noun_ok {
                return Err(CatalogueError::BadValue(f.id.clone()));
            }
            if let Some(programme) = &f.programme
                && !programmes.iter().any(|p| &p.id == programme)
            {
                return Err(CatalogueError::UnknownProgramme {
                    item: f.id.clone(),
                    programme: programme.clone(),
                });
            }
            resolve_all(&f.id, &mut f.citations, corpus)?;
            if let Some(c) = f.citations.iter().find(|c| c.number_range().is_none()) {
                return Err(CatalogueError::NumberNotInQuote {
                    item: f.id.clone(),
                    exact: c.exact.clone(),
                    as_written: c.as_written.clone().unwrap_or_default(),
                });
            }
        }
        meet(&mut figures);
        Ok(Self::indexed(programmes, figures))
    }

    fn indexed(programmes: Vec<Programme>, figures: Vec<Figure>) -> Self {
        let mut by_id = HashMap::with_capacity(programmes.len() + figures.len());
        let ids = programmes.iter().map(|p| &p.id).enumerate();
        for (i, id) in ids.chain(figures.iter().map(|f| &f.id).enumerate()) {
            by_id.entry(id.clone()).or_insert(i);
        }
        let mut figures_of: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, f) in figures.iter().enumerate() {
            if let Some(programme) = &f.programme {
                figures_of.entry(programme.clone()).or_default().push(i);
            }
        }
        Self {
            programmes,
            figures,
            by_id,
            figures_of,
            revision: Revision::new(),
        }
    }

    /// The figures that belong to the programme with this id, in catalogue order.
    pub fn figures_of(&self, programme: &str) -> Vec<&Figure> {
        self.figures_of
            .get(programme)
            .map(|indices| indices.iter().filter_map(|&i| self.figures.get(i)).collect())
            .unwrap_or_default()
    }

    /// This catalogue with `programmes` and `figures` found automatically added after the curated
    /// rows; disagreements are worked out again across all figures.
    pub fn with_extracted(&self, programmes: Vec<Programme>, figures: Vec<Figure>) -> Self {
        let mut all = self.clone();
        all.programmes.extend(programmes);
        all.figures.extend(figures);
        meet(&mut all.figures);
        Self::indexed(all.programmes, all.figures)
    }

    /// A catalogue of these rows (the curated ones first, then those found automatically, as
    /// linked and corrected); the figures meet again across all of them.
    pub fn from_rows(programmes: Vec<Programme>, mut figures: Vec<Figure>) -> Self {
        meet(&mut figures);
        Self::indexed(programmes, figures)
    }

    /// This state of the catalogue, for whatever is worked out from it to know when to redo it.
    pub fn revision(&self) -> Revision {
        self.revision
    }

    /// The programmes, in catalogue order.
    pub fn programmes(&self) -> &[Programme] {
        &self.programmes
    }

    /// The figures, in catalogue order.
    pub fn figures(&self) -> &[Figure] {
        &self.figures
    }

    /// The programme with this id.
    pub fn programme(&self, id: &str) -> Option<&Programme> {
        let programme = self.by_id.get(id).and_then(|&i| self.programmes.get(i))?;
        (programme.id == id).then_some(programme)
    }

    /// The figure with this id.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        let figure = self.by_id.get(id).and_then(|&i| self.figures.get(i))?;
        (figure.id == id).then_some(figure)
    }

    /// Other figures that measure the same thing in the same unit but give a different value.
    pub fn disagreeing_with(&self, figure: &Figure) -> Vec<&Figure> {
        figure.disagrees_with.iter().filter_map(|id| self.figure(id)).collect()
    }
}

/// Lets the figures meet: sets each figure's key, then, among the figures of one key, unit and
/// rate from *different* sources (an article never contradicts itself; two values in one article
/// are two things), which disagree (same stage, values their qualifiers cannot reconcile, see
/// [`Qualifier::agree`]), which agree (the figure said again elsewhere), and which are the plan
/// and the outcome of each other (planned and achieved: related, never in disagreement).
///
/// Figures are grouped by key first, and within a group the disagreeing values are found from
/// the group sorted by its bounds, each figure listing at most [`LISTED`] others: building stays
/// linear in the number of figures (times a logarithm), however many sources state one measure.
/// How far an outcome may be from its plan, as a factor either way, and still be its outcome.
const RELATED: f64 = 5.0;

/// Whether two values are within [`RELATED`] of each other.
fn of_one_order(a: f64, b: f64) -> bool {
    let (low, high) = if a <= b { (a, b) } else { (b, a) };
    low > 0.0 && high <= low * RELATED
}

fn meet(figures: &mut [Figure]) {
    for f in figures.iter_mut() {
        f.key = f.key_of();
    }
    let source = |f: &Figure| f.citations.first().map(|c| c.article.clone()).unwrap_or_default();
    let mut groups: HashMap<(&str, Stage), Vec<usize>> = HashMap::new();
    for (i, f) in figures.iter().enumerate() {
        groups.entry((f.key.as_str(), f.measure.stage)).or_default().push(i);
    }
    let mut disagree: Vec<Vec<String>> = vec![Vec::new(); figures.len()];
    let mut agree: Vec<Vec<String>> = vec![Vec::new(); figures.len()];
    let mut related: Vec<Vec<String>> = vec![Vec::new(); figures.len()];
    for (&(key, stage), members) in &groups {
        let sources: Vec<String> = members.iter().map(|&i| source(&figures[i])).collect();
        let bounds: Vec<(f64, f64)> = members
            .iter()
            .map(|&i| figures[i].qualifier.bounds(figures[i].value))
            .collect();
        // The members by upper bound and by lower bound: those that end below a figure's lower
        // bound are a prefix of the first, those that start above its upper bound a suffix of
        // the second.
        let mut by_high: Vec<usize> = (0..members.len()).collect();
        by_high.sort_by(|&a, &b| bounds[a].1.total_cmp(&bounds[b].1));
        let mut by_low: Vec<usize> = (0..members.len()).collect();
        by_low.sort_by(|&a, &b| bounds[a].0.total_cmp(&bounds[b].0));
        for (k, &i) in members.iter().enumerate() {
            let (low, high) = bounds[k];
            let below = by_high.partition_point(|&j| bounds[j].1 < low);
            let above = by_low.partition_point(|&j| bounds[j].0 <= high);
            let apart = by_high[..below].iter().chain(&by_low[above..]);
            disagree[i] = apart
                .filter(|&&j| sources[j] != sources[k])
                .take(LISTED)
                .map(|&j| figures[members[j]].id.clone())
                .collect();
            // Those that agree start at or below its upper bound and end at or above its lower
            // one: looked through from the highest start down, where the first are sure to.
            agree[i] = by_low[..above]
                .iter()
                .rev()
                .filter(|&&j| j != k && sources[j] != sources[k] && bounds[j].1 >= low)
                .take(LISTED)
                .map(|&j| figures[members[j]].id.clone())
                .collect();
        }
        // A plan and an outcome of the same key are related, when they are of one order (an
        // outcome within a factor of RELATED of its plan): 1,500 planned and 2,900 trained are;
        // €5 million for courses and €650 million in all are two things.
        let other = match stage {
            Stage::Planned => Stage::Achieved,
            Stage::Achieved => Stage::Planned,
            Stage::Unstated => continue,
        };
        if let Some(counterparts) = groups.get(&(key, other)) {
            for &i in members {
                let value = figures[i].value;
                related[i] = counterparts
                    .iter()
                    .take(LISTED * 4)
                    .filter(|&&j| of_one_order(value, figures[j].value))
                    .take(LISTED)
                    .map(|&j| figures[j].id.clone())
                    .collect();
            }
        }
    }
    for (i, f) in figures.iter_mut().enumerate() {
        f.disagrees_with = std::mem::take(&mut disagree[i]);
        f.agrees_with = std::mem::take(&mut agree[i]);
        f.related = std::mem::take(&mut related[i]);
    }
}

fn check_fields(item: &str, fields: &[(&'static str, &String)]) -> Result<(), CatalogueError> {
    match fields.iter().find(|(_, value)| value.trim().is_empty()) {
        Some((field, _)) => Err(CatalogueError::EmptyField {
            item: item.to_owned(),
            field,
        }),
        None => Ok(()),
    }
}

fn resolve_all(item: &str, citations: &mut [Citation], corpus: &Corpus) -> Result<(), CatalogueError> {
    if citations.is_empty() {
        return Err(CatalogueError::NoCitations(item.to_owned()));
    }
    for citation in citations {
        citation.resolve(corpus).map_err(|source| CatalogueError::Citation {
            item: item.to_owned(),
            source,
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_running_total_is_not_its_year_s_figure() {
        assert_eq!(years_of("2024"), "2024");
        assert_eq!(years_of("up to 2024"), "…2024");
        assert_eq!(years_of("2014–2019"), "2014–2019");
    }

    #[test]
    fn a_plan_and_its_outcome_are_of_one_order() {
        assert!(of_one_order(1500.0, 2900.0));
        assert!(of_one_order(2900.0, 1500.0));
        assert!(!of_one_order(5e6, 650e6), "course costs and the whole support");
        assert!(!of_one_order(0.0, 10.0));
    }

    #[test]
    fn qualifiers_have_explicit_tolerances() {
        use Qualifier::*;
        assert!(About.agree(1500.0, Almost, 1500.0), "about 1,500 and nearly 1,500");
        assert!(!About.agree(1500.0, Exact, 1600.0), "about 1,500 and 1,600");
        assert!(About.agree(1500.0, Exact, 1550.0), "within 5 %");
        assert!(!Exact.agree(1500.0, Exact, 1501.0));
        assert!(Exact.agree(1500.0, Exact, 1500.0));
        assert!(!Almost.agree(1000.0, Exact, 1001.0), "nearly never over");
        assert!(Almost.agree(1000.0, Exact, 950.0));
        assert!(!Over.agree(270.0, Exact, 270.0), "over is above");
        assert!(Over.agree(270.0, Exact, 300.0));
        assert!(!Over.agree(270.0, Exact, 400.0), "at most a quarter more");
        assert!(UpTo.agree(58_000.0, Exact, 50_000.0));
        assert!(AtLeast.agree(10.0, About, 100.0));
        assert!(!About.agree(1500.0, About, 2000.0));
    }

    #[test]
    fn numbers_get_thousands_separators_and_only_needed_decimals() {
        assert_eq!(format_number(1500.0), "1,500");
        assert_eq!(format_number(58000.0), "58,000");
        assert_eq!(format_number(64.0), "64");
        assert_eq!(format_number(1_234_567.0), "1,234,567");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(0.0), "0");
        assert_eq!(format_number(999.0), "999");
    }
}
