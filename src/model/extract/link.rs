//! Linking: a programme found in an imported article that names or describes a programme Parama
//! already knows (curated, or found in an earlier import) becomes a further source of it, not a
//! row of its own.
//!
//! Each known programme is scored against the found one:
//!
//! | evidence | score |
//! |---|---|
//! | its name or one of its aliases occurs in the found programme's sentences | +1.0 |
//! | its key terms occur there | +0.8 × the share of its terms found |
//! | same category | +0.2 (a different one: −0.6) |
//! | periods that do not overlap (unless the earlier is a plan and the later, the next year, is not) | −0.4 |
//!
//! The best score of at least [`THRESHOLD`] wins; ties go to the programme known first (curated
//! before found). Someone else's assistance never links to Lithuania's assistance to Ukraine,
//! nor the other way round (either may link to regional cooperation). A linked passage says why
//! it was linked, in these words.
//!
//! Cost: every found programme is scored against the curated ones (a few dozen) and against the
//! at most [`RECENT`] most recent found programmes that share its noun, so linking 10,000
//! imported articles is linear in their number.

use std::{collections::HashMap, hash::BuildHasherDefault};

use super::phrases::Fnv;

use crate::model::catalogue::{Catalogue, Category, Figure, Origin, Programme, Scope, Status};
use crate::model::citation::{Citation, Link};

/// The least score that links a found programme to a known one.
pub const THRESHOLD: f32 = 0.75;

/// How many earlier found programmes with the same noun a found programme is compared with.
pub const RECENT: usize = 32;

/// What stating a figure of a measure that a known programme's figures state adds to the score.
pub const MEASURE: f32 = 0.6;

/// The years a programme covers, as far as its period says.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Span {
    /// Not said, or said loosely ("as of 2019"): any period may be it.
    Any,
    /// From a year on ("since 2014").
    From(i32),
    /// These years.
    Years(i32, i32),
}

impl Span {
    fn of(period: &str) -> Self {
        let years: Vec<i32> = period
            .split(|c: char| !c.is_ascii_digit())
            .filter(|w| w.len() == 4)
            .filter_map(|w| w.parse().ok())
            .collect();
        let lowered = period.to_lowercase();
        match (years.iter().min(), years.iter().max()) {
            (Some(&first), _) if lowered.contains("since") || lowered.contains("continuing") => Self::From(first),
            _ if lowered.contains("as of") || lowered.contains("ongoing") || lowered.contains("for years") => Self::Any,
            (Some(&first), Some(&last)) => Self::Years(first, last),
            _ => Self::Any,
        }
    }

    /// Whether `self`, a plan, comes the year before `later` ("will buy" in 2023, "handed over"
    /// in 2024): a plan and its outcome.
    fn just_before(self, later: Self) -> bool {
        match (self, later) {
            (Self::Years(_, last), Self::Years(first, _)) => first == last + 1,
            _ => false,
        }
    }

    fn overlaps(self, other: Self) -> bool {
        let range = |s: Self| match s {
            Self::Any => (i32::MIN, i32::MAX),
            Self::From(y) => (y, i32::MAX),
            Self::Years(a, b) => (a, b),
        };
        let ((a0, a1), (b0, b1)) = (range(self), range(other));
        a0 <= b1 && b0 <= a1
    }
}

/// A programme that mentions can be linked to.
#[derive(Debug)]
struct Known {
    /// Where it is in the list being built.
    at: usize,
    /// Its name and aliases, normalised into words, and as written.
    names: Vec<(Vec<String>, String)>,
    /// Its key terms, normalised and as written.
    terms: Vec<(String, String)>,
    category: Category,
    span: Span,
    scope: Scope,
    planned: bool,
    /// The measures its figures state (their keys): a mention that states a figure of one of
    /// them is about the same programme ("1,600 soldiers to be trained in 2023" and "about 1,500").
    measures: Vec<String>,
}

/// The programmes known so far, and an index of the found ones by noun.
#[derive(Debug, Default)]
pub struct Linker {
    known: Vec<Known>,
    curated: usize,
    by_noun: HashMap<String, Vec<usize>>,
    /// The found ones by the measures their figures state.
    by_measure: HashMap<String, Vec<usize>>,
}

impl Linker {
    /// A linker that knows `curated` (at their positions in that list), and the measures of
    /// their `figures`.
    pub fn new(curated: &[Programme], figures: &[Figure]) -> Self {
        let mut linker = Self::default();
        for (at, p) in curated.iter().enumerate() {
            let mut k = known(at, p, true);
            k.measures = measures(figures.iter().filter(|f| f.programme.as_deref() == Some(&p.id)));
            linker.known.push(k);
        }
        linker.curated = linker.known.len();
        linker
    }

    /// Knows `p`, found in an import, at position `at`, with the measures of its `figures`.
    pub fn add<'f>(&mut self, at: usize, p: &Programme, figures: impl IntoIterator<Item = &'f Figure>) {
        let mut k = known(at, p, false);
        k.measures = measures(figures);
        for m in &k.measures {
            self.by_measure.entry(m.clone()).or_default().push(self.known.len());
        }
        if let Some((noun, _)) = k.terms.first() {
            self.by_noun.entry(noun.clone()).or_default().push(self.known.len());
        }
        self.known.push(k);
    }

    /// The known programme that `p` (whose figures state `measured`) names or describes best, at
    /// or above the threshold: its position and why.
    pub fn best(&self, p: &Programme, measured: &[String]) -> Option<(usize, String)> {
        let text = format!(
            " {} {} ",
            normalise(&p.name),
            p.citations
                .iter()
                .map(|c| normalise(&c.exact))
                .collect::<Vec<_>>()
                .join(" ")
        );
        let words = Words::of(&text);
        let span = Span::of(&p.period);
        let context = p.scope == Scope::Others;
        let found = p
            .terms
            .first()
            .and_then(|t| self.by_noun.get(&normalise(t)))
            .map(|list| &list[list.len().saturating_sub(RECENT)..])
            .unwrap_or_default();
        let by_measure = measured
            .iter()
            .filter_map(|m| self.by_measure.get(m))
            .flat_map(|list| &list[list.len().saturating_sub(RECENT)..]);
        let candidates = (0..self.curated)
            .chain(found.iter().copied())
            .chain(by_measure.copied());
        let planned = p.status == Status::Planned;
        let mut best: Option<(f32, &Known)> = None;
        for k in candidates.filter_map(|i| self.known.get(i)) {
            // Someone else's assistance is never Lithuania's assistance to Ukraine.
            if (k.scope == Scope::Others && p.scope == Scope::Ukraine) || (k.scope == Scope::Ukraine && context) {
                continue;
            }
            let score = score(k, &words, p.category, (span, planned), measured);
            if score >= THRESHOLD && best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, k));
            }
        }
        best.map(|(_, k)| (k.at, explain(k, &words, p.category, (span, planned), measured, true).1))
    }
}

fn known(at: usize, p: &Programme, curated: bool) -> Known {
    // A found programme's own name is too plain to name it ("Training of Ukrainian soldiers"):
    // it is known by its terms; a curated one by its name and aliases too.
    let names = if curated {
        std::iter::once(&p.name)
            .chain(&p.aliases)
            .map(|n| (normalise(n).split(' ').map(str::to_owned).collect(), n.clone()))
            .filter(|(words, _): &(Vec<String>, String)| words.iter().any(|w| !w.is_empty()))
            .collect()
    } else {
        Vec::new()
    };
    Known {
        at,
        names,
        terms: p
            .terms
            .iter()
            .map(|t| (normalise(t), t.clone()))
            .filter(|(t, _)| !t.is_empty())
            .collect(),
        category: p.category,
        span: Span::of(&p.period),
        scope: p.scope,
        planned: p.status == Status::Planned,
        measures: Vec::new(),
    }
}

/// The measures `figures` state, as their keys: Lithuania's own figures, each a whole (a
/// part or a figure of someone else's says little of which programme it is).
fn measures<'f>(figures: impl IntoIterator<Item = &'f Figure>) -> Vec<String> {
    let mut keys: Vec<String> = figures
        .into_iter()
        .filter(|f| !f.is_context() && !f.measure.part)
        .map(Figure::key_of)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// A found programme's normalised text, and its distinct words in order, so that a term is
/// looked up by binary search rather than by reading the text again for every candidate.
struct Words<'t> {
    /// The words in order.
    seq: Vec<&'t str>,
    /// Where each word stands in `seq`.
    at: HashMap<&'t str, Vec<usize>, BuildHasherDefault<Fnv>>,
    sorted: Vec<&'t str>,
}

impl<'t> Words<'t> {
    fn of(text: &'t str) -> Self {
        let seq: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
        let mut at: HashMap<&str, Vec<usize>, BuildHasherDefault<Fnv>> = HashMap::default();
        for (i, w) in seq.iter().enumerate() {
            at.entry(w).or_default().push(i);
        }
        let mut sorted: Vec<&str> = at.keys().copied().collect();
        sorted.sort_unstable();
        Self { seq, at, sorted }
    }

    /// Whether `word` or its plural with "s" is one of the words.
    fn has_whole(&self, word: &str) -> bool {
        let from = self.sorted.partition_point(|w| *w < word);
        self.sorted
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|w| w.starts_with(word))
            .any(|w| w.len() == word.len() || (w.len() == word.len() + 1 && w.ends_with('s')))
    }

    /// Whether a word starts with `stem`.
    fn has_start(&self, stem: &str) -> bool {
        let from = self.sorted.partition_point(|w| *w < stem);
        self.sorted.get(from).is_some_and(|w| w.starts_with(stem))
    }

    /// Whether the text has a phrase, as whole words in a row.
    fn has_phrase(&self, phrase: &str) -> bool {
        let words: Vec<&str> = phrase.split(' ').collect();
        self.has_words(&words)
    }

    /// Whether the text has these words in a row.
    fn has_words<S: AsRef<str>>(&self, words: &[S]) -> bool {
        let Some((first, rest)) = words.split_first() else {
            return false;
        };
        self.at.get(first.as_ref()).is_some_and(|starts| {
            starts.iter().any(|&i| {
                rest.iter()
                    .enumerate()
                    .all(|(k, w)| self.seq.get(i + 1 + k).is_some_and(|got| *got == w.as_ref()))
            })
        })
    }
}

/// The score of a known programme for a found one whose normalised words are `text`, and why,
/// in words.
fn score(k: &Known, text: &Words<'_>, category: Category, (span, planned): (Span, bool), measured: &[String]) -> f32 {
    explain(k, text, category, (span, planned), measured, false).0
}

/// The score, and, when `why` is asked for, the reasons in words (made only for the winner: most
/// candidates fail, and words cost more than the score).
fn explain(
    k: &Known,
    text: &Words<'_>,
    category: Category,
    (span, planned): (Span, bool),
    measured: &[String],
    why: bool,
) -> (f32, String) {
    let mut score = 0.0;
    let mut reasons = Vec::new();
    if let Some(shared) = measured.iter().find(|m| k.measures.contains(m)) {
        score += MEASURE;
        if why {
            let (what, rest) = shared.split_once('|').unwrap_or((shared, ""));
            let years = rest.split('|').nth(1).unwrap_or_default();
            reasons.push(format!(
                "states a figure of the same measure ({} in {years})",
                what.trim()
            ));
        }
    }
    if let Some((_, name)) = k.names.iter().find(|(words, _)| text.has_words(words)) {
        score += 1.0;
        if why {
            reasons.push(format!("names it (“{name}”)"));
        }
    }
    if !k.terms.is_empty() {
        let matched = k.terms.iter().filter(|(t, _)| has_term(text, t));
        let count = matched.clone().count();
        if count > 0 {
            score += 0.8 * count as f32 / k.terms.len() as f32;
            if why {
                let shown: Vec<&str> = matched.map(|(_, shown)| shown.as_str()).collect();
                reasons.push(format!(
                    "describes it ({count} of its {} key terms: {})",
                    k.terms.len(),
                    shown.join(", ")
                ));
            }
        }
    }
    if k.category == category {
        score += 0.2;
        reasons.push("same category".to_owned());
    } else {
        score -= 0.6;
    }
    // A plan, and what became of it the next year (not two plans).
    let plan_and_outcome =
        (k.planned && !planned && k.span.just_before(span)) || (planned && !k.planned && span.just_before(k.span));
    if plan_and_outcome {
        reasons.push("a plan and its outcome a year later".to_owned());
    } else if !k.span.overlaps(span) {
        score -= 0.4;
        reasons.push("though not the same period".to_owned());
    }
    let reasons = if why {
        crate::model::capitalise(&reasons.join("; "))
    } else {
        String::new()
    };
    (score, reasons)
}

/// Whether a normalised text has a term: a phrase as it stands, or a word as a word's start
/// ("train" in "training"; a word of four letters or fewer only whole, or with a plural "s").
fn has_term(text: &Words<'_>, term: &str) -> bool {
    if term.contains(' ') {
        text.has_phrase(term)
    } else if term.len() <= 4 {
        text.has_whole(term)
    } else {
        text.has_start(term)
    }
}

/// Lowercase words separated by single spaces, British spellings, no punctuation or possessive
/// endings: "the EU's Regional Cyber Defense Center" → "the eu regional cyber defence centre".
pub fn normalise(text: &str) -> String {
    let lowered = text.to_lowercase().replace(['’', '\''], "'");
    let mut out = String::new();
    for word in lowered.split(|c: char| !(c.is_alphanumeric() || c == '\'')) {
        let word = word.trim_end_matches("'s").trim_matches('\'');
        if word.is_empty() {
            continue;
        }
        let word = match word {
            "defense" => "defence",
            "center" => "centre",
            "centers" => "centres",
            "program" => "programme",
            "programs" => "programmes",
            "armored" => "armoured",
            "organization" => "organisation",
            w => w,
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The rows to show: those of `curated`, then the programmes and figures `found` in imported
/// articles (article by article, in import order), each found programme linked to a known one
/// where it names or describes it. `decide` says what the user decided about a row or a link
/// by its id: `None` hidden, else its origin (automatic or reviewed).
///
/// A programme the user reviewed or hid keeps its own row (or stays hidden); a link the user
/// hid ("not this programme") leaves the programme a row of its own. Reviews made when each
/// sentence was its own row (`auto-<article>-p<offset>`) still count for the programme that
/// sentence now belongs to.
pub fn rows<'a>(
    curated: &Catalogue,
    found: impl IntoIterator<Item = &'a (Vec<Programme>, Vec<Figure>)>,
    decide: impl Fn(&str) -> Option<Origin>,
) -> (Vec<Programme>, Vec<Figure>) {
    let mut programmes: Vec<Programme> = curated.programmes().to_vec();
    let mut linker = Linker::new(&programmes, curated.figures());
    let mut figures = Vec::new();
    for (ps, fs) in found {
        // Where each found programme ended up: its own row, a known programme it is linked to,
        // or nowhere (hidden). Its figures follow it.
        let mut became: HashMap<&str, String> = HashMap::new();
        for p in ps {
            let own = decision(&p.id, &p.citations, 'p', &decide);
            if own == Some(None) {
                continue;
            }
            let its_figures = || fs.iter().filter(|f| f.programme.as_deref() == Some(p.id.as_str()));
            if own.is_none()
                && let Some((at, why)) = linker.best(p, &measures(its_figures()))
                && let Some(target) = programmes.get(at)
            {
                let article = p.citations.first().map(|c| c.article.as_str()).unwrap_or_default();
                let id = format!("link-{article}-{}", target.id);
                if let Some(origin) = decide(&id)
                    && let Some(target) = programmes.get_mut(at)
                {
                    became.insert(&p.id, target.id.clone());
                    target.citations.extend(p.citations.iter().cloned().map(|mut c| {
                        c.link = Some(Link {
                            id: id.clone(),
                            why: why.clone(),
                            origin,
                        });
                        c
                    }));
                    continue;
                }
            }
            became.insert(&p.id, p.id.clone());
            let mut row = p.clone();
            row.origin = own.flatten().unwrap_or(Origin::Auto);
            linker.add(programmes.len(), &row, its_figures());
            programmes.push(row);
        }
        for f in fs {
            let said = decision(&f.id, &f.citations, 'f', &decide);
            if said != Some(None) {
                let mut f = f.clone();
                f.origin = said.flatten().unwrap_or(Origin::Auto);
                f.programme = f.programme.and_then(|p| became.get(p.as_str()).cloned());
                figures.push(f);
            }
        }
    }
    let mut all = curated.figures().to_vec();
    all.extend(figures);
    (programmes, all)
}

/// What the user decided about a found row: `None` nothing, `Some(None)` hidden,
/// `Some(Some(origin))` reviewed. Its own id counts first, then the ids its citations had when
/// each was a row of its own (`auto-<article>-p<offset>` for a programme's sentence,
/// `auto-<article>-f<offset>` for a figure said twice): reviewed if any was, hidden if all were.
fn decision(
    id: &str,
    citations: &[Citation],
    kind: char,
    decide: &impl Fn(&str) -> Option<Origin>,
) -> Option<Option<Origin>> {
    let said = |id: &str| match decide(id) {
        Some(Origin::Auto) => None,
        other => Some(other),
    };
    if let Some(d) = said(id) {
        return Some(d);
    }
    let old: Vec<Option<Option<Origin>>> = citations
        .iter()
        .map(|c| said(&format!("auto-{}-{kind}{}", c.article, c.range.start)))
        .collect();
    if old.iter().any(|d| matches!(d, Some(Some(_)))) {
        Some(Some(Origin::Reviewed))
    } else if !old.is_empty() && old.iter().all(|d| *d == Some(None)) {
        Some(None)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_and_possessives_are_normalised() {
        assert_eq!(
            normalise("the EU's Regional Cyber Defense Center, in Kaunas."),
            "the eu regional cyber defence centre in kaunas"
        );
    }

    #[test]
    fn periods_overlap_as_their_words_say() {
        assert!(Span::of("since 2014").overlaps(Span::of("2023")));
        assert!(!Span::of("2023").overlaps(Span::of("2024")));
        assert!(Span::of("as of 2019").overlaps(Span::of("2024")));
        assert!(Span::of("").overlaps(Span::of("2024")));
        assert!(Span::of("2022–2023").overlaps(Span::of("2023")));
        assert!(Span::of("to be established (2019); in use (2023)").overlaps(Span::of("2021")));
    }

    fn programme(name: &str, category: Category, period: &str, text: &str) -> Programme {
        Programme {
            period_from_date: false,
            id: name.to_lowercase().replace(' ', "-"),
            name: name.to_owned(),
            category,
            summary: String::new(),
            providers: Vec::new(),
            period: period.to_owned(),
            status: Status::Unstated,
            scope: Scope::Ukraine,
            note: None,
            citations: vec![crate::model::Citation {
                article: "a".to_owned(),
                exact: text.to_owned(),
                prefix: String::new(),
                suffix: String::new(),
                as_written: None,
                range: 0..0,
                position: 0..0,
                link: None,
            }],
            aliases: Vec::new(),
            terms: Vec::new(),
            origin: Origin::Auto,
        }
    }

    #[test]
    fn the_threshold_takes_a_name_or_most_key_terms_of_the_same_kind() {
        let mut centre = programme(
            "Regional Cyber Security Centre in Kaunas",
            Category::Cyber,
            "2019–2023",
            "",
        );
        centre.aliases = vec!["Regional Cyber Defence Centre".to_owned()];
        centre.terms = ["kaunas", "cyber", "centre", "regional"].map(str::to_owned).to_vec();
        let linker = Linker::new(&[centre], &[]);
        let best = |text: &str, category, period| linker.best(&programme("Found", category, period, text), &[]);

        // A name, in another spelling: 1.0 + 0.2.
        let (at, why) = best(
            "Experts met at the Regional Cyber Defense Center.",
            Category::Cyber,
            "2023",
        )
        .unwrap();
        assert_eq!(at, 0);
        assert!(why.starts_with("Names it (“Regional Cyber Defence Centre”)"), "{why}");
        // Three of four key terms: 0.6 + 0.2 = 0.8.
        assert!(best("A cyber centre opened in Kaunas.", Category::Cyber, "2023").is_some());
        // Two of four: 0.4 + 0.2 = 0.6, under the threshold.
        assert!(best("A cyber centre opened.", Category::Cyber, "2023").is_none());
        // Another category: 0.6 − 0.6.
        assert!(best("A cyber centre opened in Kaunas.", Category::Training, "2023").is_none());
        // Another period: 1.0 + 0.2 − 0.4 = 0.8 still links a name…
        assert!(best("The Regional Cyber Defence Centre grew.", Category::Cyber, "2025").is_some());
        // …but not three key terms: 0.6 + 0.2 − 0.4.
        assert!(best("A cyber centre opened in Kaunas.", Category::Cyber, "2025").is_none());
    }

    #[test]
    fn a_plan_links_to_its_outcome_the_next_year_but_not_to_the_next_plan() {
        let mut plan = programme("Launchers for Ukraine", Category::Procurement, "2023", "");
        plan.status = Status::Planned;
        plan.terms = vec!["launcher".to_owned()];
        let linker = Linker::new(&[plan], &[]);
        let mut outcome = programme(
            "Found",
            Category::Procurement,
            "2024",
            "The launchers were handed over.",
        );
        outcome.status = Status::Completed;
        let (_, why) = linker.best(&outcome, &[]).unwrap();
        assert!(why.contains("a plan and its outcome a year later"), "{why}");
        outcome.status = Status::Planned;
        assert!(
            linker.best(&outcome, &[]).is_none(),
            "two plans a year apart are two programmes"
        );
    }

    #[test]
    fn others_assistance_links_only_to_others_assistance() {
        let mut drones = programme("Drones for Ukraine", Category::Procurement, "2024", "");
        drones.terms = vec!["drone".to_owned()];
        let linker = Linker::new(&[drones], &[]);
        let mut latvia = programme("Drones", Category::Procurement, "2024", "Latvia sends drones.");
        assert!(linker.best(&latvia, &[]).is_some());
        latvia.scope = Scope::Others;
        assert!(linker.best(&latvia, &[]).is_none());
    }

    #[test]
    fn terms_match_words_from_their_start() {
        let has = |text: &str, term: &str| has_term(&Words::of(text), term);
        assert!(has(" lithuanian instructors are training ", "train"));
        assert!(!has(" a restraint ", "train"));
        assert!(has(" the eu mission ", "eu"));
        assert!(!has(" the europe mission ", "eu"));
        assert!(has(" two drones ", "drone"));
        assert!(has(" the cyber rapid response teams ", "rapid response"));
    }
}
