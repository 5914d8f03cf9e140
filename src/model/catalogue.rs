//! The curated catalogue: assistance programmes and figures, each backed by citations that are
//! resolved against the corpus when the catalogue loads.
//!
//! The catalogue is data (`assets/catalogue.toml`), written by reading the articles closely: our
//! own words for names and summaries, exact quotes for evidence. Loading checks every field and
//! every quote; one bad citation makes the whole catalogue fail with a message that names it.

use std::{
    collections::{HashMap, HashSet},
    fmt,
};

use serde::Deserialize;

use super::{
    Revision,
    citation::{Citation, ResolveError},
    corpus::Corpus,
};

/// The curated catalogue compiled into the binary.
const EMBEDDED: &str = include_str!("../../assets/catalogue.toml");

/// The kind of assistance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Training and military education.
    Training,
    /// Medical treatment and rehabilitation.
    Rehabilitation,
    /// Cyber security and cyber defence.
    Cyber,
    /// Buying equipment, weapons or supplies.
    Procurement,
    /// Whatever fits none of the above (expert support for reform, general support…).
    Other,
}

impl Category {
    /// Every category, in the order the app shows them.
    pub const ALL: [Self; 5] = [
        Self::Training,
        Self::Rehabilitation,
        Self::Cyber,
        Self::Procurement,
        Self::Other,
    ];

    /// The category's name as shown and exported.
    pub fn label(self) -> &'static str {
        match self {
            Self::Training => "training",
            Self::Rehabilitation => "rehabilitation",
            Self::Cyber => "cyber",
            Self::Procurement => "procurement",
            Self::Other => "other",
        }
    }
}

/// A name that is not a category.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("“{0}” is not a category (training, rehabilitation, cyber, procurement, other)")]
pub struct UnknownCategory(pub String);

impl std::str::FromStr for Category {
    type Err = UnknownCategory;

    fn from_str(text: &str) -> Result<Self, UnknownCategory> {
        Self::ALL
            .into_iter()
            .find(|c| c.label().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| UnknownCategory(text.to_owned()))
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Where a programme stands, as its most recent source reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Suggested or offered, not decided.
    Proposed,
    /// Decided or announced, not yet under way.
    Planned,
    /// Under way.
    Ongoing,
    /// Finished.
    Completed,
    /// The source does not say (automatically extracted rows).
    Unstated,
}

impl Status {
    /// The status as shown and exported.
    pub fn label(self) -> &'static str {
        match self {
            Self::Proposed => "proposed",
            Self::Planned => "planned",
            Self::Ongoing => "ongoing",
            Self::Completed => "completed",
            Self::Unstated => "not stated",
        }
    }
}

/// Whom a programme concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Assistance to, or cooperation with, Ukraine.
    Ukraine,
    /// Cooperation among Lithuania and its allies, reported alongside as context.
    Regional,
}

/// Where a catalogue row comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Origin {
    /// Written by reading the articles (`assets/catalogue.toml`).
    #[default]
    Curated,
    /// Found automatically in an imported article, and checked by the user.
    Reviewed,
    /// Found automatically in an imported article, not yet checked.
    Auto,
}

impl Origin {
    /// The origin as shown and exported.
    pub fn label(self) -> &'static str {
        match self {
            Self::Curated => "curated",
            Self::Reviewed => "reviewed",
            Self::Auto => "auto",
        }
    }
}

/// One form of assistance or cooperation that the articles report.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// Stable identifier.
    pub id: String,
    /// A short name, in our words.
    pub name: String,
    /// The kind of assistance.
    pub category: Category,
    /// One sentence saying what it is.
    pub summary: String,
    /// Who provides it, and with whom.
    pub providers: Vec<String>,
    /// When, as the sources put it (`2023`, `2014–2019`, `since 2014`).
    pub period: String,
    /// Where it stands, as the most recent source reports it.
    pub status: Status,
    /// Whom it concerns.
    pub scope: Scope,
    /// What the sources leave vague or disagree on.
    #[serde(default)]
    pub note: Option<String>,
    /// The passages that report it, one or more, possibly from several articles.
    #[serde(rename = "citation")]
    pub citations: Vec<Citation>,
    /// Curated, or found automatically.
    #[serde(skip)]
    pub origin: Origin,
}

/// How exact a figure is, as the source words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// Stated as an exact number.
    Exact,
    /// "about", "around".
    About,
    /// "over", "more than".
    Over,
    /// "up to".
    UpTo,
    /// "almost", "nearly".
    Almost,
    /// "at least".
    AtLeast,
}

impl Qualifier {
    /// The qualifier in words, as exported.
    pub fn label(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::About => "about",
            Self::Over => "over",
            Self::UpTo => "up to",
            Self::Almost => "almost",
            Self::AtLeast => "at least",
        }
    }

    /// How the qualifier is written before a formatted figure.
    fn sign(self) -> &'static str {
        match self {
            Self::Exact => "",
            Self::About => "≈ ",
            Self::Over => "> ",
            Self::UpTo => "≤ ",
            Self::Almost => "almost ",
            Self::AtLeast => "≥ ",
        }
    }
}

/// What a figure counts or measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// People.
    People,
    /// Euros.
    Eur,
    /// A percentage.
    Percent,
    /// Days.
    Days,
    /// Years.
    Years,
    /// Months.
    Months,
    /// Weeks.
    Weeks,
    /// US dollars.
    Usd,
    /// Lithuanian litas (before the euro, 2015).
    Ltl,
    /// Things, named by the figure's `noun`.
    Items,
}

impl Unit {
    /// The unit as exported.
    pub fn label(self) -> &'static str {
        match self {
            Self::People => "people",
            Self::Eur => "EUR",
            Self::Usd => "USD",
            Self::Ltl => "LTL",
            Self::Months => "months",
            Self::Weeks => "weeks",
            Self::Percent => "percent",
            Self::Days => "days",
            Self::Years => "years",
            Self::Items => "items",
        }
    }
}

/// The time unit of a rate ("per year").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Per {
    /// Per year.
    Year,
    /// Per month.
    Month,
}

impl Per {
    /// The rate as exported ("per year").
    pub fn label(self) -> &'static str {
        match self {
            Self::Year => "per year",
            Self::Month => "per month",
        }
    }
}

/// A number that an article states, as data.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable identifier.
    pub id: String,
    /// The number (`58000`, not "58 thousand").
    pub value: f64,
    /// What it counts.
    pub unit: Unit,
    /// For `items`: what the things are, in the plural ("recruitment centres").
    #[serde(default)]
    pub noun: Option<String>,
    /// How exact the source says it is.
    pub qualifier: Qualifier,
    /// What it measures, in a few words.
    pub label: String,
    /// A key shared by figures that measure the same thing, so disagreements can be found.
    pub measure: String,
    /// The period it covers, as the source puts it (`2014–2019`, `in 2023`).
    #[serde(default)]
    pub period: Option<String>,
    /// For rates: per what.
    #[serde(default)]
    pub per: Option<Per>,
    /// The kind of assistance it concerns.
    pub category: Category,
    /// The programme it belongs to, if any.
    #[serde(default)]
    pub programme: Option<String>,
    /// What the source leaves vague.
    #[serde(default)]
    pub note: Option<String>,
    /// The passages that state it; each gives the number as written.
    #[serde(rename = "citation")]
    pub citations: Vec<Citation>,
    /// Ids of the other figures that measure the same thing in the same unit but give a
    /// different value; set when the catalogue loads.
    #[serde(skip)]
    pub disagrees_with: Vec<String>,
    /// Curated, or found automatically.
    #[serde(skip)]
    pub origin: Origin,
}

impl Figure {
    /// The figure as people read it: `≈ 1,500 people`, `≤ €58,000 / year`, `64 %`,
    /// `> 270 people`.
    pub fn formatted(&self) -> String {
        let number = format_number(self.value);
        let amount = match self.unit {
            Unit::People if self.value == 1.0 => format!("{number} person"),
            Unit::People => format!("{number} people"),
            Unit::Eur => format!("€{number}"),
            Unit::Usd => format!("${number}"),
            Unit::Ltl => format!("{number} litas"),
            Unit::Months => format!("{number} months"),
            Unit::Weeks => format!("{number} weeks"),
            Unit::Percent => format!("{number} %"),
            Unit::Days => format!("{number} days"),
            Unit::Years => format!("{number} years"),
            Unit::Items => format!("{number} {}", self.noun.as_deref().unwrap_or("items")),
        };
        let per = match self.per {
            Some(Per::Year) => " / year",
            Some(Per::Month) => " / month",
            None => "",
        };
        format!("{}{amount}{per}", self.qualifier.sign())
    }
}

/// Writes a number with thousands separators and at most two decimals: `1,500`, `2.5`.
pub fn format_number(value: f64) -> String {
    let text = format!("{:.2}", value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let fraction = fraction.trim_end_matches('0');
    let sign = if value < 0.0 { "-" } else { "" };
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction}")
    }
}

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
            check_fields(&f.id, &[("id", &f.id), ("label", &f.label), ("measure", &f.measure)])?;
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
        mark_disagreements(&mut figures);
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
        mark_disagreements(&mut all.figures);
        Self::indexed(all.programmes, all.figures)
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

/// Sets each figure's `disagrees_with`: the other figures that measure the same thing in the same
/// unit and rate but give a different value. Figures are grouped by what they measure first, so
/// this stays linear in the number of figures however many there are.
fn mark_disagreements(figures: &mut [Figure]) {
    let mut groups: HashMap<(&str, Unit, Option<Per>), Vec<usize>> = HashMap::new();
    for (i, f) in figures.iter().enumerate() {
        groups.entry((f.measure.as_str(), f.unit, f.per)).or_default().push(i);
    }
    let mut disagreements: Vec<Vec<String>> = vec![Vec::new(); figures.len()];
    for members in groups.values().filter(|m| m.len() > 1) {
        for &i in members {
            let others = members.iter().filter(|&&j| figures[j].value != figures[i].value);
            disagreements[i] = others.map(|&j| figures[j].id.clone()).collect();
        }
    }
    for (figure, others) in figures.iter_mut().zip(disagreements) {
        figure.disagrees_with = others;
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
