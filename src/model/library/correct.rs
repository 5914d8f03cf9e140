//! Corrections: what the user says when the machine is wrong about a row found automatically.
//! A figure's value, unit, qualifier, period, stage, label, category or programme can be set; a
//! figure can be said to measure the same as another (and then meets it: agrees, disagrees, or
//! is its plan or outcome); two rows can be merged into one, and a passage split off a row into
//! a row of its own.
//!
//! A correction is anchored to a passage the row cites (the article, the quote with the text
//! around it, and, for a figure, the number as written), not to the row's id or place: when a better extractor finds
//! the row again, under another id or among other rows, the correction finds it by its quote. A
//! curated row is named by its id, which is stable. Corrections are kept in the library's store,
//! in the order they were made, and applied after linking, each phase over all rows: splits,
//! then merges, then changed fields, then "measures the same as" (which copies the other figure's
//! measure as corrected). A corrected row is *reviewed*.

use serde::{Deserialize, Serialize};

use crate::model::{
    catalogue::{Catalogue, Category, Figure, Origin, Programme, Qualifier, Stage, Status, Unit},
    citation::Citation,
};

/// Which kind of row a correction is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An assistance programme.
    Programme,
    /// A figure.
    Figure,
}

/// How a correction finds its row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "lowercase")]
pub enum Anchor {
    /// A curated row, by its id.
    Id {
        /// The row's id.
        id: String,
    },
    /// A row found automatically, by a passage it cites.
    Quote {
        /// The cited article's id.
        article: String,
        /// The quote.
        exact: String,
        /// The text just before it.
        #[serde(default)]
        prefix: String,
        /// The text just after it.
        #[serde(default)]
        suffix: String,
        /// For a figure: the number as written in it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        as_written: Option<String>,
    },
}

impl Anchor {
    /// The anchor of a row: its id when curated, else its first passage.
    pub fn of(id: &str, origin: Origin, citations: &[Citation]) -> Option<Self> {
        if origin == Origin::Curated {
            return Some(Self::Id { id: id.to_owned() });
        }
        Some(Self::quote(citations.first()?))
    }

    /// The anchor of one passage.
    pub fn quote(c: &Citation) -> Self {
        Self::Quote {
            article: c.article.clone(),
            exact: c.exact.clone(),
            prefix: c.prefix.clone(),
            suffix: c.suffix.clone(),
            as_written: c.as_written.clone(),
        }
    }

    /// Which of the passages of a row with this id the anchor holds, if any: the same quote in
    /// the same context, or (when `loose`) a quote cut otherwise by another version of the
    /// extractor: the same number as written, and one quote, with a little of its context,
    /// inside the other with all of its.
    fn holds(&self, id: &str, citations: &[Citation], loose: bool) -> Option<usize> {
        match self {
            Self::Id { id: wanted } => (wanted == id).then_some(0),
            Self::Quote {
                article,
                exact,
                prefix,
                suffix,
                as_written,
            } => citations.iter().position(|c| {
                let same = c.exact == *exact && c.prefix == *prefix && c.suffix == *suffix;
                let overlaps = || {
                    let (mine, theirs) = ((prefix, exact, suffix), (&c.prefix, &c.exact, &c.suffix));
                    whole(theirs).contains(&snug(mine)) || whole(mine).contains(&snug(theirs))
                };
                c.article == *article && c.as_written == *as_written && (same || loose && overlaps())
            }),
        }
    }
}

/// A quote with all its context.
fn whole((prefix, exact, suffix): (&String, &String, &String)) -> String {
    format!("{prefix}{exact}{suffix}")
}

/// A quote with a little of its context (a few characters each side): what another cut of the
/// same passage must contain in its context.
fn snug((prefix, exact, suffix): (&String, &String, &String)) -> String {
    const SNUG: usize = 8;
    let skip = prefix.chars().count().saturating_sub(SNUG);
    let before: String = prefix.chars().skip(skip).collect();
    let after: String = suffix.chars().take(SNUG).collect();
    format!("{before}{exact}{after}")
}

/// Whether `anchor` finds the row `id` with these passages (loosely, as when corrections apply).
pub(super) fn anchors(anchor: &Anchor, id: &str, citations: &[Citation]) -> bool {
    anchor.holds(id, citations, true).is_some()
}

/// The fields a correction sets; those left `None` keep what was found.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fields {
    /// A figure's value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// A figure's unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// What a figure of items counts ("drones").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noun: Option<String>,
    /// How exact a figure is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// The period (empty: not stated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// A figure's stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    /// A programme's status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// A figure's label, or a programme's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// The programme a figure belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<Anchor>,
}

/// What a correction does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "snake_case")]
pub enum Change {
    /// Sets fields.
    Set {
        /// The fields and their new values.
        fields: Fields,
    },
    /// The figure measures the same as another: it takes the other's measure, unit, period,
    /// label and programme, and keeps its own value, qualifier and stage.
    SameAs {
        /// The other figure.
        target: Anchor,
    },
    /// The row is the same as another: its passages join the other's, and it goes.
    MergeInto {
        /// The row it joins.
        target: Anchor,
    },
    /// The anchored passage is split off its row into a row of its own.
    Split,
}

/// One correction of one row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// A programme or a figure.
    pub kind: Kind,
    /// The row (for [`Change::Split`], the passage).
    pub on: Anchor,
    /// What changes.
    pub change: Change,
}

/// Why a correction was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CorrectError {
    /// The row is not in the catalogue.
    #[error("there is no row “{0}” to correct")]
    NoSuchRow(String),
    /// Curated rows are corrected in the catalogue file, not here.
    #[error("“{0}” is curated: it was written by reading the articles, and is corrected in the catalogue itself")]
    Curated(String),
    /// A value that is not a number.
    #[error("“{0}” is not a number")]
    NotANumber(String),
    /// A label or name left empty.
    #[error("the {0} cannot be empty")]
    Empty(&'static str),
    /// A row merged into itself, or said to measure the same as itself.
    #[error("a row cannot be merged into, or measure the same as, itself")]
    Itself,
    /// A split of a row that cites one passage.
    #[error("only a row with more than one passage can be split")]
    Single,
}

/// The origin and passages of the row `id` of this kind in the catalogue.
pub(super) fn row<'c>(
    catalogue: &'c Catalogue,
    kind: Kind,
    id: &str,
) -> Result<(Origin, &'c [Citation]), CorrectError> {
    match kind {
        Kind::Figure => catalogue.figure(id).map(|f| (f.origin, f.citations.as_slice())),
        Kind::Programme => catalogue.programme(id).map(|p| (p.origin, p.citations.as_slice())),
    }
    .ok_or_else(|| CorrectError::NoSuchRow(id.to_owned()))
}

impl Correction {
    /// A correction of the row `id` of the catalogue; fails when there is no such row or it is
    /// curated.
    pub fn new(catalogue: &Catalogue, kind: Kind, id: &str, change: Change) -> Result<Self, CorrectError> {
        let (origin, citations) = row(catalogue, kind, id)?;
        if origin == Origin::Curated {
            return Err(CorrectError::Curated(id.to_owned()));
        }
        if let Change::Set { fields } = &change
            && fields.label.as_deref().is_some_and(|l| l.trim().is_empty())
        {
            return Err(CorrectError::Empty(match kind {
                Kind::Figure => "label",
                Kind::Programme => "name",
            }));
        }
        if let Change::SameAs { target } | Change::MergeInto { target } = &change
            && target.holds(id, citations, false).is_some()
        {
            return Err(CorrectError::Itself);
        }
        let on = Anchor::of(id, origin, citations).ok_or_else(|| CorrectError::NoSuchRow(id.to_owned()))?;
        Ok(Self { kind, on, change })
    }

    /// The anchor of a row of the catalogue, to name it as a target.
    pub fn target(catalogue: &Catalogue, kind: Kind, id: &str) -> Result<Anchor, CorrectError> {
        let (origin, citations) = row(catalogue, kind, id)?;
        Anchor::of(id, origin, citations).ok_or_else(|| CorrectError::NoSuchRow(id.to_owned()))
    }

    /// Splitting passage `at` off the row `id` into a row of its own.
    pub fn split(catalogue: &Catalogue, kind: Kind, id: &str, at: usize) -> Result<Self, CorrectError> {
        let (_, citations) = row(catalogue, kind, id)?;
        if citations.len() < 2 {
            return Err(CorrectError::Single);
        }
        let passage = citations
            .get(at)
            .ok_or_else(|| CorrectError::NoSuchRow(id.to_owned()))?;
        Ok(Self {
            kind,
            on: Anchor::quote(passage),
            change: Change::Split,
        })
    }
}

/// A value as the user typed it: "1,600", "1 600", "2.5".
pub fn parse_value(text: &str) -> Result<f64, CorrectError> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '_'))
        .collect();
    digits
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)
        .ok_or_else(|| CorrectError::NotANumber(text.trim().to_owned()))
}

/// What the corrections need of a row: its id, passages and origin.
trait Corrected: Clone {
    fn id(&self) -> &str;
    fn id_mut(&mut self) -> &mut String;
    fn citations_mut(&mut self) -> &mut Vec<Citation>;
    fn origin_mut(&mut self) -> &mut Origin;
    fn note_mut(&mut self) -> &mut Option<String>;
}

macro_rules! corrected {
    ($row:ty) => {
        impl Corrected for $row {
            fn id(&self) -> &str {
                &self.id
            }
            fn id_mut(&mut self) -> &mut String {
                &mut self.id
            }
            fn citations_mut(&mut self) -> &mut Vec<Citation> {
                &mut self.citations
            }
            fn origin_mut(&mut self) -> &mut Origin {
                &mut self.origin
            }
            fn note_mut(&mut self) -> &mut Option<String> {
                &mut self.note
            }
        }
    };
}
corrected!(Programme);
corrected!(Figure);

/// The row an anchor finds: the same quote first, then a looser one.
fn find<R: Corrected>(rows: &mut [R], anchor: &Anchor) -> Option<(usize, usize)> {
    [false, true].into_iter().find_map(|loose| {
        rows.iter_mut().enumerate().find_map(|(i, r)| {
            let id = r.id().to_owned();
            anchor.holds(&id, r.citations_mut(), loose).map(|c| (i, c))
        })
    })
}

/// Adds what the user did to a row's note, so that what was found stays readable beside what
/// the user said: "Corrected by you; as found: 1,600 people."
fn noted(note: &mut Option<String>, text: &str) {
    *note = Some(match note.take() {
        Some(before) => format!("{before} {text}"),
        None => text.to_owned(),
    });
}

/// Marks a row as corrected by the user (a curated row stays curated).
fn reviewed<R: Corrected>(row: &mut R) {
    let origin = row.origin_mut();
    if *origin != Origin::Curated {
        *origin = Origin::Reviewed;
    }
}

/// Splits the anchored passage off its row; returns the new row's id and the old one's.
fn split<R: Corrected>(rows: &mut Vec<R>, anchor: &Anchor) -> Option<(String, String)> {
    let (i, c) = find(rows, anchor)?;
    let row = rows.get_mut(i)?;
    if row.citations_mut().len() < 2 || *row.origin_mut() == Origin::Curated {
        return None;
    }
    let passage = row.citations_mut().remove(c);
    reviewed(row);
    noted(row.note_mut(), "A passage was split off by you.");
    let mut new = row.clone();
    *new.note_mut() = Some("Split off by you from another row.".to_owned());
    let old = row.id().to_owned();
    *new.id_mut() = format!("{}-split-{}-{}", old, passage.article, passage.range.start);
    *new.citations_mut() = vec![passage];
    let id = new.id().to_owned();
    rows.insert(i + 1, new);
    Some((id, old))
}

/// Merges the anchored row into the target row; returns the gone row's id and the target's.
fn merge<R: Corrected>(rows: &mut Vec<R>, on: &Anchor, target: &Anchor) -> Option<(String, String)> {
    let (from, _) = find(rows, on)?;
    let (into, _) = find(rows, target)?;
    if from == into || *rows.get_mut(from)?.origin_mut() == Origin::Curated {
        return None;
    }
    let gone = rows.remove(from);
    let into = if into > from { into - 1 } else { into };
    let row = rows.get_mut(into)?;
    let mut gone = gone;
    row.citations_mut().append(gone.citations_mut());
    reviewed(row);
    noted(row.note_mut(), "Another row was merged into it by you.");
    Some((gone.id().to_owned(), row.id().to_owned()))
}

/// Applies `corrections` to the rows, in phases (splits, merges, fields, "the same as").
pub fn apply(corrections: &[Correction], programmes: &mut Vec<Programme>, figures: &mut Vec<Figure>) {
    for c in corrections.iter().filter(|c| c.change == Change::Split) {
        match c.kind {
            Kind::Figure => {
                split(figures, &c.on);
            }
            Kind::Programme => {
                if let Some((new, old)) = split(programmes, &c.on) {
                    // The figures stated in the passage split off follow it.
                    if let Some(p) = programmes.iter().find(|p| p.id == new) {
                        for f in figures
                            .iter_mut()
                            .filter(|f| f.programme.as_deref() == Some(old.as_str()))
                        {
                            if f.citations
                                .iter()
                                .any(|fc| p.citations.iter().any(|pc| pc.exact == fc.exact))
                            {
                                f.programme = Some(new.clone());
                            }
                        }
                    }
                }
            }
        }
    }
    for c in corrections {
        let Change::MergeInto { target } = &c.change else {
            continue;
        };
        match c.kind {
            Kind::Figure => {
                merge(figures, &c.on, target);
            }
            Kind::Programme => {
                if let Some((gone, into)) = merge(programmes, &c.on, target) {
                    for f in figures
                        .iter_mut()
                        .filter(|f| f.programme.as_deref() == Some(gone.as_str()))
                    {
                        f.programme = Some(into.clone());
                    }
                }
            }
        }
    }
    for c in corrections {
        let Change::Set { fields } = &c.change else { continue };
        let programme = fields
            .programme
            .as_ref()
            .and_then(|a| find(programmes, a))
            .and_then(|(i, _)| programmes.get(i))
            .map(|p| p.id.clone());
        match c.kind {
            Kind::Figure => {
                if let Some((i, _)) = find(figures, &c.on)
                    && let Some(f) = figures.get_mut(i)
                {
                    set_figure(f, fields, programme);
                    reviewed(f);
                }
            }
            Kind::Programme => {
                if let Some((i, _)) = find(programmes, &c.on)
                    && let Some(p) = programmes.get_mut(i)
                {
                    set_programme(p, fields);
                    reviewed(p);
                }
            }
        }
    }
    for c in corrections {
        let Change::SameAs { target } = &c.change else { continue };
        let (Some((i, _)), Some((t, _))) = (find(figures, &c.on), find(figures, target)) else {
            continue;
        };
        if let Some(other) = figures.get(t).filter(|_| i != t).cloned()
            && let Some(f) = figures.get_mut(i)
        {
            let stage = f.measure.stage;
            f.measure = other.measure;
            f.measure.stage = stage;
            f.unit = other.unit;
            f.noun = other.noun;
            f.per = other.per;
            f.period = other.period;
            f.label = other.label;
            f.programme = other.programme;
            f.category = other.category;
            reviewed(f);
            noted(
                &mut f.note,
                &format!("Said by you to measure the same as “{}”.", f.label),
            );
        }
    }
}

fn set_figure(f: &mut Figure, fields: &Fields, programme: Option<String>) {
    let was = f.clone();
    if let Some(value) = fields.value {
        f.value = value;
    }
    if let Some(unit) = fields.unit {
        f.unit = unit;
    }
    if let Some(noun) = &fields.noun {
        f.noun = Some(noun.trim().to_owned()).filter(|n| !n.is_empty());
    }
    if let Some(qualifier) = fields.qualifier {
        f.qualifier = qualifier;
    }
    if let Some(period) = &fields.period {
        f.period = Some(period.trim().to_owned()).filter(|p| !p.is_empty());
    }
    if let Some(stage) = fields.stage {
        f.measure.stage = stage;
    }
    if let Some(label) = &fields.label {
        f.label = label.trim().to_owned();
    }
    if let Some(category) = fields.category {
        f.category = category;
    }
    if programme.is_some() {
        f.programme = programme;
    }
    let mut found = Vec::new();
    if (f.value, f.unit, &f.noun, f.qualifier) != (was.value, was.unit, &was.noun, was.qualifier) {
        found.push(was.formatted());
    }
    if f.period != was.period {
        found.push(format!("period {}", was.period.as_deref().unwrap_or("not stated")));
    }
    if f.measure.stage != was.measure.stage {
        found.push(format!("stage {}", was.measure.stage.label()));
    }
    if f.label != was.label {
        found.push(format!("“{}”", was.label));
    }
    if f.category != was.category {
        found.push(format!("category {}", was.category.label()));
    }
    if f.programme != was.programme {
        found.push("another programme".to_owned());
    }
    if !found.is_empty() {
        noted(
            &mut f.note,
            &format!("Corrected by you; as found: {}.", found.join(", ")),
        );
    }
}

fn set_programme(p: &mut Programme, fields: &Fields) {
    let was = p.clone();
    if let Some(name) = &fields.label {
        p.name = name.trim().to_owned();
    }
    if let Some(category) = fields.category {
        p.category = category;
    }
    if let Some(period) = &fields.period {
        p.period = period.trim().to_owned();
    }
    if let Some(status) = fields.status {
        p.status = status;
    }
    let found: Vec<String> = [
        (p.name != was.name).then(|| format!("“{}”", was.name)),
        (p.category != was.category).then(|| format!("category {}", was.category.label())),
        (p.period != was.period).then(|| format!("period {}", was.period)),
        (p.status != was.status).then(|| format!("status {}", was.status.label())),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !found.is_empty() {
        noted(
            &mut p.note,
            &format!("Corrected by you; as found: {}.", found.join(", ")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cite(prefix: &str, exact: &str, suffix: &str) -> Citation {
        Citation {
            article: "imported-1".to_owned(),
            exact: exact.to_owned(),
            prefix: prefix.to_owned(),
            suffix: suffix.to_owned(),
            as_written: Some("1,600".to_owned()),
            range: 0..0,
            position: 0..0,
            link: None,
        }
    }

    #[test]
    fn an_anchor_finds_its_passage_by_quote_and_context_even_when_cut_otherwise() {
        let anchor = Anchor::quote(&cite(
            "will train a total of ",
            "1,600 Ukrainian soldiers",
            " over the course",
        ));
        // The same words in the headline are another passage.
        let headline = cite("Lithuania to train ", "1,600 Ukrainian soldiers", " this year");
        assert_eq!(anchor.holds("auto-1", std::slice::from_ref(&headline), true), None);
        // A better extractor takes a longer quote, under another row id: still found, loosely.
        let longer = cite(
            "will train ",
            "a total of 1,600 Ukrainian soldiers",
            " over the course of 2023",
        );
        let rows = [headline, longer];
        assert_eq!(anchor.holds("auto-2", &rows, false), None);
        assert_eq!(anchor.holds("auto-2", &rows, true), Some(1));
        // Another number as written is another figure.
        let mut other = rows[1].clone();
        other.as_written = Some("1,500".to_owned());
        assert_eq!(anchor.holds("auto-2", &[other], true), None);
    }
}
