//! Automatic extraction from imported articles: figures (numbers with units, qualifiers and
//! rates) and programme mentions (sentences that report assistance), each with its citation.
//!
//! Pure functions over text. The words it relies on are data, in `assets/lexicon.toml`.
//! What it deliberately does not take for figures: phone numbers, e-mail addresses, times of day,
//! calendar dates and datelines, identifiers such as "3B", ordinals, bare years (they date the
//! text; a year or year range in the sentence becomes the figure's *period*), and numbers with
//! no unit or counted noun after them.

mod figures;
pub mod link;
mod measures;
mod phrases;
mod programmes;

use figures::figures_in;
pub use figures::{Found, figures};
pub use programmes::Group;
use programmes::{Actor, ProgrammeWords, StatusWords};

use std::{ops::Range, sync::OnceLock};

use serde::Deserialize;

use super::{
    catalogue::{Category, Figure, Measure, Origin, Programme, Stage, Unit},
    citation::{Citation, sentences},
    corpus::Article,
};

#[derive(Debug, Deserialize)]
struct Lexicon {
    cues: Vec<String>,
    /// In order: a sentence takes the first category whose words it has. A new category is a new
    /// entry here (and in [`Category`]); nothing else changes.
    #[serde(rename = "category")]
    categories: Vec<CategoryWords>,
    people: Vec<String>,
    qualifiers: Qualifiers,
    programmes: ProgrammeWords,
    status: StatusWords,
    #[serde(rename = "actor")]
    actors: Vec<Actor>,
    measures: measures::MeasureWords,
}

/// A category and the word stems that mark it.
#[derive(Debug, Deserialize)]
struct CategoryWords {
    name: Category,
    words: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Qualifiers {
    about: Vec<String>,
    over: Vec<String>,
    #[serde(rename = "up-to")]
    up_to: Vec<String>,
    almost: Vec<String>,
    #[serde(rename = "at-least")]
    at_least: Vec<String>,
}

/// The lexicon compiled into the binary, read once. A broken lexicon is a build-time mistake
/// that the tests catch; at run time it only means nothing is extracted.
fn lexicon() -> Option<&'static Lexicon> {
    static LEXICON: OnceLock<Option<Lexicon>> = OnceLock::new();
    LEXICON
        .get_or_init(|| toml::from_str(include_str!("../../../assets/lexicon.toml")).ok())
        .as_ref()
}

/// Why the lexicon does not load, if it does not (for tests).
pub fn lexicon_error() -> Option<String> {
    toml::from_str::<Lexicon>(include_str!("../../../assets/lexicon.toml"))
        .err()
        .map(|e| e.to_string())
}

/// A word of a sentence: its text without surrounding punctuation, and where it is.
#[derive(Debug, Clone)]
struct Word<'t> {
    text: &'t str,
    range: Range<usize>,
    /// Punctuation right after the word (`,`, `.`, `;`…) ends a phrase.
    ends_phrase: bool,
}

fn words(text: &str, within: Range<usize>) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let sentence = text.get(within.clone()).unwrap_or_default();
    let mut offset = 0;
    for raw in sentence.split_inclusive(char::is_whitespace) {
        let start = within.start + offset;
        offset += raw.len();
        let trimmed_end = raw.trim_end();
        let lead = trimmed_end.len() - trimmed_end.trim_start_matches(['(', '“', '"', '‘', '\'']).len();
        let core = trimmed_end
            .trim_start_matches(['(', '“', '"', '‘', '\''])
            .trim_end_matches(['.', ',', ';', ':', ')', '”', '"', '’', '!', '?']);
        if core.is_empty() {
            continue;
        }
        let ends_phrase = trimmed_end.len() > lead + core.len();
        out.push(Word {
            text: core,
            range: start + lead..start + lead + core.len(),
            ends_phrase,
        });
    }
    out
}

/// The category of a sentence by the lexicon, if it reports assistance at all.
pub fn classify(sentence: &str) -> Option<Category> {
    reading(sentence).map(|r| r.category)
}

/// What the lexicon makes of a sentence that reports assistance: its category, and how many
/// kinds of assistance it names (a summary names many).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Reading {
    category: Category,
    kinds: u32,
}

/// The sentence's [`Reading`], or `None` when it has no assistance cue.
fn reading(sentence: &str) -> Option<Reading> {
    // Most text is ASCII, whose lowercasing needs no Unicode tables.
    let lowered = if sentence.is_ascii() {
        sentence.to_ascii_lowercase()
    } else {
        sentence.to_lowercase()
    };
    let found = stems()?.classes(&lowered);
    if found & CUE == 0 {
        return None;
    }
    // The first category whose words the sentence has, in the lexicon's order.
    let categories = &lexicon()?.categories;
    let category = categories
        .iter()
        .enumerate()
        .find(|(k, _)| found & category_bit(*k) != 0)
        .map_or(Category::Other, |(_, c)| c.name);
    Some(Reading {
        category,
        kinds: (found & !CUE).count_ones(),
    })
}

/// The bit of the cue words in what [`Stems::classes`] finds.
const CUE: u64 = 1;

/// The bit of the lexicon's category number `k` in what [`Stems::classes`] finds.
fn category_bit(k: usize) -> u64 {
    1u64.checked_shl(u32::try_from(k + 1).unwrap_or(u32::MAX)).unwrap_or(0)
}

/// The lexicon's cue and category stems, made quick to look up: single-word stems grouped by
/// their first byte, so each word of a sentence is compared with the few stems that could
/// start it rather than with all of them; multi-word phrases are searched for as they are.
#[derive(Debug, Default)]
struct Stems {
    by_first_byte: Vec<Vec<(String, u64)>>,
    phrases: Vec<(String, u64)>,
}

impl Stems {
    fn new(lex: &Lexicon) -> Self {
        let mut stems = Self {
            by_first_byte: vec![Vec::new(); 256],
            phrases: Vec::new(),
        };
        let categories = lex
            .categories
            .iter()
            .enumerate()
            .map(|(k, c)| (&c.words, category_bit(k)));
        for (list, class) in std::iter::once((&lex.cues, CUE)).chain(categories) {
            for stem in list {
                let stem = stem.to_lowercase();
                match stem.as_bytes().first() {
                    _ if stem.contains(' ') => stems.phrases.push((stem, class)),
                    Some(&b) => {
                        if let Some(bucket) = stems.by_first_byte.get_mut(usize::from(b)) {
                            bucket.push((stem, class));
                        }
                    }
                    None => {}
                }
            }
        }
        stems
    }

    /// Which lists a lowercased sentence has words from.
    fn classes(&self, lowered: &str) -> u64 {
        let mut found = 0;
        for word in lowered.split(|c: char| !c.is_alphanumeric()) {
            let Some(bucket) = word
                .as_bytes()
                .first()
                .and_then(|&b| self.by_first_byte.get(usize::from(b)))
            else {
                continue;
            };
            for (stem, class) in bucket {
                if found & class == 0 && word.starts_with(stem.as_str()) {
                    found |= class;
                }
            }
        }
        for (phrase, class) in &self.phrases {
            if found & class == 0 && lowered.contains(phrase.as_str()) {
                found |= class;
            }
        }
        found
    }
}

/// How much text a found citation keeps on each side of its quote, in characters: with the
/// quote, a W3C TextQuoteSelector that tells apart the same words said twice ("1,600 Ukrainian
/// soldiers" in the headline and in the body), by which the user's corrections find their row.
const CONTEXT_CHARS: usize = 32;

/// Up to [`CONTEXT_CHARS`] characters of `text` before (or after) byte `at`.
fn around(text: &str, at: usize, before: bool) -> String {
    if before {
        let head = text.get(..at).unwrap_or_default();
        let start = head.char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(0, |(i, _)| i);
        head.get(start..).unwrap_or_default().to_owned()
    } else {
        text.get(at..).unwrap_or_default().chars().take(CONTEXT_CHARS).collect()
    }
}

fn stems() -> Option<&'static Stems> {
    static STEMS: OnceLock<Option<Stems>> = OnceLock::new();
    STEMS.get_or_init(|| lexicon().map(Stems::new)).as_ref()
}

/// The automatic catalogue rows of one article: a programme row per thing its sentences report
/// (see [`programmes`]), a figure row per figure. Ids are stable: a programme's comes from the
/// article and its category and name (`auto-<article>-training-eu-military-assistance-mission`), so
/// a review survives when the extractor finds one more sentence; a figure's from its position.
pub fn rows(article: &Article) -> (Vec<Programme>, Vec<Figure>) {
    let text = &article.text;
    let mut counter = CharCounter::default();
    let mut citation = |range: Range<usize>, as_written: Option<String>| Citation {
        article: article.id.clone(),
        exact: text.get(range.clone()).unwrap_or_default().to_owned(),
        prefix: around(text, range.start, true),
        suffix: around(text, range.end, false),
        as_written,
        position: counter.at(text, range.start)..counter.at(text, range.end),
        range,
        link: None,
    };
    let sentences = sentences(text);
    // Each sentence is read once: for its programme and for the figures in it.
    let readings: Vec<Option<Reading>> = sentences
        .iter()
        .map(|s| text.get(s.clone()).and_then(reading))
        .collect();
    let category_of = |sentence: &Range<usize>| {
        sentences
            .binary_search_by_key(&sentence.start, |s| s.start)
            .ok()
            .and_then(|k| readings.get(k).copied().flatten())
            .map(|r| r.category)
    };
    let year = article.date_value().map(|d| d.year());
    let first_line = text.find('\n').unwrap_or(text.len());
    let mut ids = std::collections::HashSet::new();
    let groups = programmes::groups(text, &sentences, &readings, year);
    // The programme each sentence reports, by the sentence's start: a figure in it belongs to it.
    let mut programme_of = std::collections::HashMap::new();
    let programmes: Vec<Programme> = groups
        .into_iter()
        .map(|g| {
            let base = format!("auto-{}-{}-{}", article.id, g.category.label(), slug(&g.name));
            let id = (1..)
                .map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") })
                .find(|id| ids.insert(id.clone()))
                .unwrap_or(base);
            for s in &g.sentences {
                programme_of
                    .entry(s.start)
                    .or_insert((id.clone(), g.name.clone(), g.category));
            }
            // The summary is the first sentence of the body that reports it (a headline only
            // when nothing else does).
            let summary = g
                .sentences
                .iter()
                .find(|s| s.start >= first_line)
                .or(g.sentences.first())
                .and_then(|s| text.get(s.clone()))
                .unwrap_or_default()
                .to_owned();
            Programme {
                id,
                name: g.name,
                category: g.category,
                summary,
                providers: g.providers,
                period: period(&g.years),
                period_from_date: g.years_from_date,
                status: g.status,
                scope: g.scope,
                note: None,
                citations: g.sentences.into_iter().map(|s| citation(s, None)).collect(),
                aliases: Vec::new(),
                terms: g.terms,
                origin: Origin::Auto,
            }
        })
        .collect();
    let found = figures_in(text, &sentences);
    let mut figures = Vec::with_capacity(found.len());
    for (k, f) in found.iter().enumerate() {
        // Its neighbours in the same sentence bound its clause.
        let neighbour = |j: Option<usize>| j.and_then(|j| found.get(j)).filter(|g| g.sentence == f.sentence);
        let place = measures::Place {
            sentence: f.sentence.clone(),
            after: neighbour(k.checked_sub(1)).map_or(f.sentence.start, |g| g.span.end),
            before: neighbour(Some(k + 1)).map_or(f.sentence.end, |g| g.span.start),
        };
        let programme = programme_of.get(&f.sentence.start);
        let date = article.date_value().map(|d| (d.year(), d.month()));
        let Some(read) = measures::read(text, f, &place, date, programme.map(|p| p.1.as_str())) else {
            continue;
        };
        let as_written = text.get(f.number.clone()).map(str::to_owned);
        figures.push(Figure {
            id: format!("auto-{}-f{}", article.id, f.span.start),
            value: f.value,
            unit: f.unit,
            noun: f.noun.clone(),
            qualifier: f.qualifier,
            label: read.label,
            measure: read.measure,
            key: String::new(),
            period: read.period,
            period_from_date: read.period_from_date,
            per: f.per,
            category: programme
                .map(|p| p.2)
                .or_else(|| category_of(&f.sentence))
                .unwrap_or(Category::Other),
            programme: programme.map(|p| p.0.clone()),
            note: None,
            citations: vec![citation(f.span.clone(), as_written)],
            also_stated_as: Vec::new(),
            disagrees_with: Vec::new(),
            agrees_with: Vec::new(),
            related: Vec::new(),
            origin: Origin::Auto,
        });
    }
    let figures = in_two_currencies(restated(figures), text);
    (programmes, headline_in_another_currency(figures, first_line))
}

/// A headline's amount in another currency than the body's ("$38 million" over "35 million euros"):
/// the body's figure, also stated as the headline's, never a disagreement. Euros and dollars are
/// taken as one amount when they differ by less than a quarter (what the exchange rate has been
/// in the years the corpus covers); other currencies are left alone.
fn headline_in_another_currency(figures: Vec<Figure>, first_line: usize) -> Vec<Figure> {
    let in_headline = |f: &Figure| f.citations.iter().all(|c| c.range.end <= first_line);
    let dollars_or_euros = |f: &Figure| matches!(f.unit, Unit::Eur | Unit::Usd);
    let (headline, mut body): (Vec<Figure>, Vec<Figure>) = figures.into_iter().partition(in_headline);
    let mut kept = Vec::new();
    for h in headline {
        let same = body.iter_mut().find(|b| {
            dollars_or_euros(&h)
                && dollars_or_euros(b)
                && b.unit != h.unit
                && b.per == h.per
                && (0.8..=1.25).contains(&(h.value / b.value))
        });
        match same {
            Some(b) => {
                b.also_stated_as.push(h.formatted());
                b.citations.splice(0..0, h.citations);
            }
            None => kept.push(h),
        }
    }
    kept.extend(body);
    kept
}

/// The same amount in two currencies, the second in brackets right after the first ("9.8 million
/// euros ($10.7 million)", "400,000 litas (EUR 115,000)"), is one figure: the second is kept as
/// "also stated as", with its citation. It is never a disagreement.
fn in_two_currencies(figures: Vec<Figure>, text: &str) -> Vec<Figure> {
    let money = |f: &Figure| f.unit.is_money();
    let mut out: Vec<Figure> = Vec::with_capacity(figures.len());
    for f in figures {
        let bracketed = out.last().is_some_and(|g| {
            let (Some(a), Some(b)) = (g.citations.last(), f.citations.first()) else {
                return false;
            };
            let between = text.get(a.range.end..b.range.start).unwrap_or_default();
            money(g) && money(&f) && g.unit != f.unit && between.trim() == "("
        });
        match out.last_mut() {
            Some(g) if bracketed => {
                g.also_stated_as.push(f.formatted());
                g.citations.extend(f.citations);
            }
            _ => out.push(f),
        }
    }
    out
}

/// The same figure said twice in one article ("1,600 soldiers" in the headline and in the body)
/// is one figure with both citations: the same value, unit, counted noun, rate and category. The
/// first keeps its id; the period and label come from whichever citation states them.
fn restated(figures: Vec<Figure>) -> Vec<Figure> {
    let noun = |f: &Figure| {
        f.noun
            .as_deref()
            .and_then(|n| n.split_whitespace().last())
            .map(str::to_lowercase)
    };
    let mut out: Vec<Figure> = Vec::new();
    for f in figures {
        let same = out.iter_mut().find(|g| {
            g.value == f.value
                && g.unit == f.unit
                && g.per == f.per
                && g.measure.thing == f.measure.thing
                && g.measure.context == f.measure.context
                && noun(g) == noun(&f)
        });
        match same {
            Some(g) => {
                g.citations.extend(f.citations);
                // The headline is short: the body's reading says more.
                let said = |m: &Measure| u8::from(!m.action.is_empty()) + u8::from(m.stage != Stage::Unstated);
                if said(&f.measure) > said(&g.measure) {
                    g.measure = f.measure;
                    g.label = f.label;
                    g.period = f.period;
                }
                if g.programme.is_none() {
                    g.programme = f.programme;
                    g.category = f.category;
                }
            }
            None => out.push(f),
        }
    }
    out
}

/// Years as a period: `2023`, `2022–2023`, `2019, 2023`; empty when there are none.
pub fn period(years: &[i32]) -> String {
    match years {
        [] => String::new(),
        [one] => one.to_string(),
        [first, .., last] if years.windows(2).all(|w| w[1] == w[0] + 1) => format!("{first}–{last}"),
        _ => years.iter().map(i32::to_string).collect::<Vec<_>>().join(", "),
    }
}

/// A name as an id's last part: lowercase ASCII letters and digits between hyphens, at most 48
/// characters (`eu-military-assistance-mission`).
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'ą' => 'a',
            'č' => 'c',
            'ę' | 'ė' => 'e',
            'į' => 'i',
            'š' => 's',
            'ų' | 'ū' => 'u',
            'ž' => 'z',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Character positions of byte offsets, counted onwards from the last one asked for: citations
/// come in text order, so an article is counted through about once per pass, not once per
/// citation.
#[derive(Debug, Default)]
struct CharCounter {
    byte: usize,
    chars: usize,
}

impl CharCounter {
    fn at(&mut self, text: &str, byte: usize) -> usize {
        if byte < self.byte {
            *self = Self::default();
        }
        let counted = text.get(self.byte..byte).map_or(0, |s| s.chars().count());
        if text.is_char_boundary(byte) && byte <= text.len() {
            self.byte = byte;
            self.chars += counted;
        }
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_needs_a_cue_and_takes_the_first_category_in_lexicon_order() {
        assert_eq!(classify("The weather in Vilnius was fine."), None);
        assert_eq!(classify("The drones arrived."), None, "a category word alone is no cue");
        assert_eq!(classify("Lithuania sent drones."), Some(Category::Procurement));
        assert_eq!(
            classify("Lithuania will TRAIN Ukrainian cyber specialists."),
            Some(Category::Cyber)
        );
        assert_eq!(
            classify("Wounded soldiers are treated and trained."),
            Some(Category::Rehabilitation)
        );
        assert_eq!(
            classify("Support for information security."),
            Some(Category::Cyber),
            "a phrase"
        );
        assert_eq!(classify("Lithuania helps Ukraine."), Some(Category::Other));
    }

    #[test]
    fn citation_positions_count_characters_not_bytes() {
        // Synthetic articles have Lithuanian letters and curly quotes before most citations.
        for article in crate::model::synthetic::corpus(20, 3).articles() {
            let (programmes, figures) = rows(article);
            let citations = programmes
                .iter()
                .flat_map(|p| &p.citations)
                .chain(figures.iter().flat_map(|f| &f.citations));
            for c in citations {
                let count = |byte: usize| article.text[..byte].chars().count();
                assert_eq!(c.position, count(c.range.start)..count(c.range.end), "{}", c.exact);
                assert_eq!(article.text[c.range.clone()], c.exact);
            }
        }
    }

    #[test]
    fn a_figure_said_in_the_headline_and_the_body_is_one_figure_with_two_citations() {
        let text = "Lithuania to train 1,600 Ukrainian soldiers\n\
                    The ministry said it would train a total of 1,600 Ukrainian soldiers over the course of 2023. \
                    It will also train 200 instructors.";
        let mut article = crate::model::synthetic::corpus(1, 1).articles()[0].clone();
        article.text = text.to_owned();
        let (_, figures) = rows(&article);
        assert_eq!(figures.len(), 2, "{figures:#?}");
        let soldiers = &figures[0];
        assert_eq!(soldiers.value, 1600.0);
        assert_eq!(soldiers.citations.len(), 2, "the headline and the body");
        assert_eq!(soldiers.period.as_deref(), Some("2023"), "the body's period");
        assert_eq!(figures[1].citations.len(), 1);
    }

    #[test]
    fn running_totals_joint_figures_the_war_s_and_calibres_are_read_for_what_they_are() {
        let mut article = crate::model::synthetic::corpus(1, 1).articles()[0].clone();
        article.date = Some(crate::model::KnownDate {
            value: "2024-01-10".parse().unwrap_or_else(|_| unreachable!()),
            provenance: crate::model::DateProvenance::Stated {
                as_printed: "10 January 2024".to_owned(),
            },
        });
        article.text = "Lithuania has so far trained more than 6,000 Ukrainian soldiers. \
                        Estonia, Latvia and Lithuania have together trained 10,000 Ukrainian soldiers. \
                        Overnight, Russia launched about 150 drones at Ukrainian cities. \
                        Since the start of the full-scale invasion, Lithuania has trained 5,000 Ukrainian soldiers. \
                        The package includes 155 mm artillery shells."
            .to_owned();
        let (_, figures) = rows(&article);
        let read: Vec<(f64, Option<&str>, Option<&str>)> = figures
            .iter()
            .map(|f| (f.value, f.period.as_deref(), f.measure.context.as_deref()))
            .collect();
        assert_eq!(
            read,
            [
                (6000.0, Some("up to 2024"), None),
                (10000.0, Some("2024"), Some("Lithuania, Latvia and Estonia")),
                (150.0, Some("2024"), Some("the war")),
                (5000.0, Some("2022–2024"), None),
            ],
            "a running total, a joint figure, the war's, since the invasion; no calibre"
        );
    }

    #[test]
    fn an_amount_in_two_currencies_is_one_figure_also_stated_in_the_other() {
        let mut article = crate::model::synthetic::corpus(1, 1).articles()[0].clone();
        article.text = "Lithuania will allocate 9.8 million euros ($10.7 million) to the fund. \
                        It paid 400,000 litas (EUR 115,000) for clothing in 2014."
            .to_owned();
        let (_, figures) = rows(&article);
        assert_eq!(figures.len(), 2, "{figures:#?}");
        assert_eq!(figures[0].unit, Unit::Eur);
        assert_eq!(figures[0].also_stated_as, ["$10,700,000"]);
        assert_eq!(figures[0].citations.len(), 2);
        assert_eq!(figures[1].unit, Unit::Ltl);
        assert_eq!(figures[1].also_stated_as, ["€115,000"]);
        assert!(figures.iter().all(|f| f.disagrees_with.is_empty()));
    }

    #[test]
    fn a_headline_in_dollars_over_a_body_in_euros_is_one_figure() {
        let mut article = crate::model::synthetic::corpus(1, 1).articles()[0].clone();
        article.text = "Lithuania gives $38 million to shell initiative\n\
                        The government has allocated 35 million euros to the initiative. \
                        It gave $90 million last year."
            .to_owned();
        let (_, figures) = rows(&article);
        assert_eq!(figures.len(), 2, "{figures:#?}");
        assert_eq!((figures[0].value, figures[0].unit), (35e6, Unit::Eur));
        assert_eq!(figures[0].also_stated_as, ["$38,000,000"]);
        assert_eq!(figures[0].citations.len(), 2);
        assert_eq!(figures[1].value, 90e6, "a body amount far from it stays its own");
    }

    #[test]
    fn a_period_worked_out_from_the_date_says_so() {
        let mut article = crate::model::synthetic::corpus(1, 1).articles()[0].clone();
        article.text = "Lithuania will train 300 Ukrainian soldiers this year. \
                        In 2021 it trained 200 Ukrainian soldiers."
            .to_owned();
        let (_, figures) = rows(&article);
        let this_year = figures.iter().find(|f| f.value == 300.0).unwrap();
        let named = figures.iter().find(|f| f.value == 200.0).unwrap();
        assert!(this_year.period_from_date, "{this_year:#?}");
        assert!(!named.period_from_date, "{named:#?}");
        assert_eq!(named.period.as_deref(), Some("2021"));
    }

    #[test]
    fn sentences_reporting_assistance_are_classified() {
        assert_eq!(
            classify("The rehabilitation of wounded soldiers will continue."),
            Some(Category::Rehabilitation)
        );
        assert_eq!(
            classify("Lithuania will help strengthen cyber security."),
            Some(Category::Cyber)
        );
        assert_eq!(
            classify("Instructors will train 200 soldiers."),
            Some(Category::Training)
        );
        assert_eq!(
            classify("The ministry plans to purchase night vision devices."),
            Some(Category::Procurement)
        );
        assert_eq!(
            classify("Lithuania will continue its support to Ukraine."),
            Some(Category::Other)
        );
        assert_eq!(classify("The weather in Vilnius was cold."), None);
    }
}
