//! Automatic extraction from imported articles: figures (numbers with units, qualifiers and
//! rates) and programme mentions (sentences that report assistance), each with its citation.
//!
//! Pure functions over text. The words it relies on are data, in `assets/lexicon.toml`.
//! What it deliberately does not take for figures: phone numbers, e-mail addresses, times of day,
//! calendar dates and datelines, identifiers such as "3B", ordinals, bare years (they date the
//! text; a year or year range in the sentence becomes the figure's *period*), and numbers with
//! no unit or counted noun after them.

use std::{ops::Range, sync::OnceLock};

use serde::Deserialize;

use super::{
    catalogue::{Category, Figure, Origin, Per, Programme, Qualifier, Scope, Status, Unit},
    citation::{Citation, sentences},
    corpus::Article,
};

#[derive(Debug, Deserialize)]
struct Lexicon {
    cues: Vec<String>,
    categories: Categories,
    people: Vec<String>,
    qualifiers: Qualifiers,
}

#[derive(Debug, Deserialize)]
struct Categories {
    rehabilitation: Vec<String>,
    cyber: Vec<String>,
    training: Vec<String>,
    procurement: Vec<String>,
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
        .get_or_init(|| toml::from_str(include_str!("../../assets/lexicon.toml")).ok())
        .as_ref()
}

/// Why the lexicon does not load, if it does not (for tests).
pub fn lexicon_error() -> Option<String> {
    toml::from_str::<Lexicon>(include_str!("../../assets/lexicon.toml"))
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

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("thousand", 1000.0),
    ("dozen", 12.0),
];

const MULTIPLIERS: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("mln", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
];

const STOP: &[&str] = &[
    "of", "in", "to", "for", "which", "that", "and", "or", "the", "a", "an", "at", "on", "with", "by", "from", "are",
    "is", "were", "was", "have", "has", "had", "will", "be", "been", "this", "these", "who", "as", "than", "per",
];

/// A number written in digits (`1,500`, `2.5`, `€15`, `64%`), as (value, currency sign, percent).
fn digits(word: &str) -> Option<(f64, Option<Unit>, bool)> {
    let (currency, rest) = match word.chars().next()? {
        '€' => (Some(Unit::Eur), word.get('€'.len_utf8()..)?),
        '$' => (Some(Unit::Usd), word.get(1..)?),
        _ => (None, word),
    };
    let (rest, percent) = match rest.strip_suffix('%') {
        Some(r) => (r, true),
        None => (rest, false),
    };
    let first = rest.chars().next()?;
    if !first.is_ascii_digit() || !rest.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        return None;
    }
    // Thousands separators come in groups of three; anything else is not a plain number.
    let (whole, fraction) = rest.split_once('.').unwrap_or((rest, ""));
    let groups: Vec<&str> = whole.split(',').collect();
    let grouped_ok = groups.len() == 1
        || (groups.first().is_some_and(|g| (1..=3).contains(&g.len())) && groups.iter().skip(1).all(|g| g.len() == 3));
    if !grouped_ok || fraction.contains(',') || rest.ends_with(['.', ',']) {
        return None;
    }
    let value: f64 = format!(
        "{}.{}",
        whole.replace(',', ""),
        if fraction.is_empty() { "0" } else { fraction }
    )
    .parse()
    .ok()?;
    Some((value, currency, percent))
}

fn lower(word: &Word<'_>) -> String {
    word.text.to_lowercase()
}

fn starts_any(word: &str, stems: &[String]) -> bool {
    stems.iter().any(|s| word.starts_with(s.as_str()))
}

/// A figure found in a text, before it becomes a catalogue row.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The number.
    pub value: f64,
    /// What it counts.
    pub unit: Unit,
    /// For items: what is counted.
    pub noun: Option<String>,
    /// How exact the text says it is.
    pub qualifier: Qualifier,
    /// For rates.
    pub per: Option<Per>,
    /// The whole phrase, from the qualifier to the unit or rate.
    pub span: Range<usize>,
    /// The number as written.
    pub number: Range<usize>,
    /// The sentence it stands in.
    pub sentence: Range<usize>,
    /// A year or year range in the same sentence.
    pub period: Option<String>,
    /// A few words saying what it measures.
    pub label: String,
}

/// Every figure in `text`.
pub fn figures(text: &str) -> Vec<Found> {
    figures_in(text, &sentences(text))
}

/// Every figure in the `sentences` of `text`.
fn figures_in(text: &str, sentences: &[Range<usize>]) -> Vec<Found> {
    let Some(lex) = lexicon() else { return Vec::new() };
    let mut out = Vec::new();
    for sentence in sentences {
        let ws = words(text, sentence.clone());
        let mut i = 0;
        while i < ws.len() {
            match figure_at(text, &ws, i, lex, sentence) {
                Some((found, next)) => {
                    out.push(found);
                    i = next;
                }
                None => i += 1,
            }
        }
    }
    out
}

fn figure_at(text: &str, ws: &[Word<'_>], i: usize, lex: &Lexicon, sentence: &Range<usize>) -> Option<(Found, usize)> {
    let word = ws.get(i)?;
    // The number: digits, or a number word ("six", "a thousand"). Most words are neither, so
    // this is checked without allocating.
    let (mut value, mut currency, percent, mut number_start) = if let Some((v, c, p)) = digits(word.text) {
        (v, c, p, word.range.start)
    } else if let Some(&(_, v)) = NUMBER_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word.text)) {
        let article = i
            .checked_sub(1)
            .and_then(|j| ws.get(j))
            .filter(|a| a.text.eq_ignore_ascii_case("a") && v >= 100.0);
        (v, None, false, article.map_or(word.range.start, |a| a.range.start))
    } else {
        return None;
    };
    // Not figures: a number glued to letters or symbols ("3B", "+370"), times, dates.
    let raw = text
        .get(word.range.start.saturating_sub(1)..word.range.end + 1)
        .unwrap_or_default();
    if raw.contains(['+', ':', '@', '/'])
        || text
            .get(word.range.end..)
            .is_some_and(|r| r.starts_with(['-', '–']) && r[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    let is_year = !percent && currency.is_none() && (1900.0..2100.0).contains(&value) && word.text.len() == 4;
    let mut j = i + 1;
    let mut number_end = word.range.end;
    // "EUR 115,000": a currency code just before the number.
    if currency.is_none()
        && let Some(prev) = i.checked_sub(1).and_then(|k| ws.get(k))
    {
        currency = match prev.text {
            "EUR" | "€" => Some(Unit::Eur),
            "USD" | "$" => Some(Unit::Usd),
            _ => None,
        };
        if currency.is_some() {
            number_start = prev.range.start;
        }
    }
    // A multiplier: "58 thousand", "€15 million".
    if let Some(&(_, m)) = ws
        .get(j)
        .and_then(|w| MULTIPLIERS.iter().find(|(name, _)| *name == lower(w)))
    {
        value *= m;
        number_end = ws.get(j).map_or(number_end, |w| w.range.end);
        j += 1;
    }
    let mut end = number_end;
    let mut noun = None;
    let unit = if percent {
        Unit::Percent
    } else if let Some(unit) = currency {
        unit
    } else {
        let next = ws.get(j).map(lower).unwrap_or_default();
        let (unit, used) = match next.as_str() {
            "percent" => (Some(Unit::Percent), 1),
            "per" if ws.get(j + 1).is_some_and(|w| lower(w) == "cent") => (Some(Unit::Percent), 2),
            "euros" | "euro" | "eur" => (Some(Unit::Eur), 1),
            "dollars" | "usd" => (Some(Unit::Usd), 1),
            "litas" | "litai" | "ltl" => (Some(Unit::Ltl), 1),
            "days" | "day" => (Some(Unit::Days), 1),
            "years" | "year" if !is_year => (Some(Unit::Years), 1),
            "months" | "month" => (Some(Unit::Months), 1),
            "weeks" | "week" => (Some(Unit::Weeks), 1),
            _ => (None, 0),
        };
        match unit {
            Some(unit) => {
                end = ws.get(j + used - 1).map_or(end, |w| w.range.end);
                j += used;
                unit
            }
            None if is_year => return None,
            None => {
                // A counted noun phrase: up to four words, to the first function word or comma.
                let mut last_people = None;
                let mut last = None;
                for k in j..(j + 4).min(ws.len()) {
                    let w = ws.get(k)?;
                    let l = lower(w);
                    if STOP.contains(&l.as_str()) || !w.text.chars().all(|c| c.is_alphabetic() || c == '-') {
                        break;
                    }
                    if starts_any(&l, &lex.people) {
                        last_people = Some(k);
                    }
                    last = Some(k);
                    if w.ends_phrase {
                        break;
                    }
                }
                // The head noun is the phrase's last word: people if it names people ("Ukrainian
                // soldiers"), else things if it is a plural ("recruitment centres").
                let last = last?;
                let plural = ws.get(last).is_some_and(|w| w.text.ends_with('s') && w.text.len() > 3);
                let chosen = if last_people == Some(last) || plural {
                    last
                } else {
                    last_people?
                };
                let phrase: Vec<&str> = ws.get(j..=chosen)?.iter().map(|w| w.text).collect();
                end = ws.get(chosen)?.range.end;
                j = chosen + 1;
                if last_people == Some(chosen) {
                    noun = Some(phrase.join(" "));
                    Unit::People
                } else {
                    noun = Some(phrase.join(" "));
                    Unit::Items
                }
            }
        }
    };
    // A rate after it: "annually", "per year", "a year".
    let after: Vec<String> = ws
        .get(j..(j + 3).min(ws.len()))
        .unwrap_or_default()
        .iter()
        .map(lower)
        .collect();
    let per = match after.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["annually" | "yearly", ..] => Some((Per::Year, 1)),
        ["per" | "a" | "each" | "every", "year", ..] => Some((Per::Year, 2)),
        ["monthly", ..] => Some((Per::Month, 1)),
        ["per" | "a" | "each" | "every", "month", ..] => Some((Per::Month, 2)),
        _ => None,
    };
    if let Some((_, used)) = per {
        end = ws.get(j + used - 1).map_or(end, |w| w.range.end);
        j += used;
    }
    // A qualifier before it: "about", "up to", "more than".
    let (qualifier, start) = qualifier_before(ws, i, number_start, lex);
    let label = match &noun {
        Some(n) => n.clone(),
        None => {
            // The words after the figure, to the end of the phrase, without a dangling "for".
            let mut after: Vec<&str> = ws
                .get(j..(j + 7).min(ws.len()))
                .unwrap_or_default()
                .iter()
                .take_while(|w| !w.ends_phrase)
                .map(|w| w.text)
                .collect();
            while after.last().is_some_and(|w| STOP.contains(&w.to_lowercase().as_str())) {
                after.pop();
            }
            after.join(" ")
        }
    };
    let found = Found {
        value,
        unit,
        noun: noun.filter(|_| unit == Unit::Items),
        qualifier,
        per: per.map(|(p, _)| p),
        span: start..end,
        number: number_start..number_end,
        sentence: sentence.clone(),
        period: period_in(text.get(sentence.clone()).unwrap_or_default()),
        label,
    };
    Some((found, j.max(i + 1)))
}

fn qualifier_before(ws: &[Word<'_>], i: usize, number_start: usize, lex: &Lexicon) -> (Qualifier, usize) {
    let q = &lex.qualifiers;
    let table = [
        (Qualifier::UpTo, &q.up_to),
        (Qualifier::AtLeast, &q.at_least),
        (Qualifier::Over, &q.over),
        (Qualifier::Almost, &q.almost),
        (Qualifier::About, &q.about),
    ];
    let first = ws.iter().position(|w| w.range.start == number_start).unwrap_or(i);
    for n in (1..=4).rev() {
        let Some(from) = first.checked_sub(n) else { continue };
        let before: Vec<String> = ws.get(from..first).unwrap_or_default().iter().map(lower).collect();
        let phrase = before.join(" ");
        for (qualifier, phrases) in &table {
            if phrases.contains(&phrase) {
                return (*qualifier, ws.get(from).map_or(number_start, |w| w.range.start));
            }
        }
    }
    (Qualifier::Exact, number_start)
}

/// A year range (`2014–2019`) or a year (`in 2023`) in a sentence.
fn period_in(sentence: &str) -> Option<String> {
    let bytes = sentence.as_bytes();
    let year_at = |i: usize| {
        bytes
            .get(i..i + 4)
            .is_some_and(|y| y.iter().all(u8::is_ascii_digit) && (y[0] == b'1' || y[0] == b'2'))
            && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
            && !i
                .checked_sub(1)
                .and_then(|p| bytes.get(p))
                .is_some_and(|b| b.is_ascii_digit() || *b == b',')
    };
    let mut single = None;
    for i in 0..bytes.len() {
        if !year_at(i) {
            continue;
        }
        let rest = sentence.get(i + 4..).unwrap_or_default();
        for dash in ["–", "-", "—"] {
            if let Some(r) = rest.strip_prefix(dash)
                && r.len() >= 4
                && r.as_bytes().iter().take(4).all(u8::is_ascii_digit)
            {
                return sentence.get(i..i + 4 + dash.len() + 4).map(str::to_owned);
            }
        }
        single.get_or_insert_with(|| sentence.get(i..i + 4).map(str::to_owned));
    }
    single.flatten()
}

/// The category of a sentence by the lexicon, if it reports assistance at all.
pub fn classify(sentence: &str) -> Option<Category> {
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
    Some(
        [
            (REHABILITATION, Category::Rehabilitation),
            (CYBER, Category::Cyber),
            (TRAINING, Category::Training),
            (PROCUREMENT, Category::Procurement),
        ]
        .into_iter()
        .find(|(class, _)| found & class != 0)
        .map_or(Category::Other, |(_, category)| category),
    )
}

/// The word lists `classify` looks for, as bits: a sentence can have several.
const CUE: u8 = 1;
const REHABILITATION: u8 = 2;
const CYBER: u8 = 4;
const TRAINING: u8 = 8;
const PROCUREMENT: u8 = 16;

/// The lexicon's cue and category stems, made quick to look up: single-word stems grouped by
/// their first byte, so each word of a sentence is compared with the few stems that could
/// start it rather than with all of them; multi-word phrases are searched for as they are.
#[derive(Debug, Default)]
struct Stems {
    by_first_byte: Vec<Vec<(String, u8)>>,
    phrases: Vec<(String, u8)>,
}

impl Stems {
    fn new(lex: &Lexicon) -> Self {
        let mut stems = Self {
            by_first_byte: vec![Vec::new(); 256],
            phrases: Vec::new(),
        };
        let c = &lex.categories;
        let lists = [
            (&lex.cues, CUE),
            (&c.rehabilitation, REHABILITATION),
            (&c.cyber, CYBER),
            (&c.training, TRAINING),
            (&c.procurement, PROCUREMENT),
        ];
        for (list, class) in lists {
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
    fn classes(&self, lowered: &str) -> u8 {
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

fn stems() -> Option<&'static Stems> {
    static STEMS: OnceLock<Option<Stems>> = OnceLock::new();
    STEMS.get_or_init(|| lexicon().map(Stems::new)).as_ref()
}

/// The automatic catalogue rows of one article: a figure row per figure, a programme row per
/// sentence that reports assistance. Ids are stable (`auto-…` from the article id and position).
pub fn rows(article: &Article) -> (Vec<Programme>, Vec<Figure>) {
    let text = &article.text;
    let period = article.date.value.year().to_string();
    let mut counter = CharCounter::default();
    let mut citation = |range: Range<usize>, as_written: Option<String>| Citation {
        article: article.id.clone(),
        exact: text.get(range.clone()).unwrap_or_default().to_owned(),
        prefix: String::new(),
        suffix: String::new(),
        as_written,
        position: counter.at(text, range.start)..counter.at(text, range.end),
        range,
    };
    let sentences = sentences(text);
    // Each sentence is classified once: for its programme row and for the figures in it.
    let categories: Vec<Option<Category>> = sentences
        .iter()
        .map(|s| text.get(s.clone()).and_then(classify))
        .collect();
    let category_of = |sentence: &Range<usize>| {
        sentences
            .binary_search_by_key(&sentence.start, |s| s.start)
            .ok()
            .and_then(|k| categories.get(k).copied().flatten())
    };
    let programmes: Vec<Programme> = sentences
        .iter()
        .zip(&categories)
        .filter_map(|(s, category)| {
            let s = s.clone();
            let sentence = text.get(s.clone())?;
            let category = (*category)?;
            // The name: the sentence's first nine words, and an ellipsis if it goes on.
            let mut words = sentence.split_whitespace();
            let mut name = words.by_ref().take(9).collect::<Vec<_>>().join(" ");
            if words.next().is_some() {
                name.push('…');
            }
            Some(Programme {
                id: format!("auto-{}-p{}", article.id, s.start),
                name,
                category,
                summary: sentence.to_owned(),
                providers: vec![article.publisher.clone()],
                period: period.clone(),
                status: Status::Unstated,
                scope: Scope::Ukraine,
                note: Some("Found automatically; not reviewed.".to_owned()),
                citations: vec![citation(s, None)],
                origin: Origin::Auto,
            })
        })
        .collect();
    let figures = figures_in(text, &sentences)
        .into_iter()
        .map(|f| {
            let as_written = text.get(f.number.clone()).map(str::to_owned);
            Figure {
                id: format!("auto-{}-f{}", article.id, f.span.start),
                value: f.value,
                unit: f.unit,
                noun: f.noun.clone(),
                qualifier: f.qualifier,
                label: if f.label.is_empty() {
                    "(not stated)".to_owned()
                } else {
                    f.label.clone()
                },
                // Nothing says two automatic figures measure the same thing: each is its own measure,
                // so unrelated figures are never flagged as disagreeing.
                measure: format!("auto-{}-f{}", article.id, f.span.start),
                period: f.period.clone(),
                per: f.per,
                category: category_of(&f.sentence).unwrap_or(Category::Other),
                programme: None,
                note: Some("Found automatically; not reviewed.".to_owned()),
                citations: vec![citation(f.span.clone(), as_written)],
                disagrees_with: Vec::new(),
                origin: Origin::Auto,
            }
        })
        .collect();
    (programmes, figures)
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

    fn one(text: &str) -> Found {
        let found = figures(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn none(text: &str) {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }

    #[test]
    fn the_lexicon_loads() {
        assert_eq!(lexicon_error(), None);
    }

    #[test]
    fn money_with_multipliers_and_currencies() {
        let f = one("Lithuania allocated €15 million for drones.");
        assert_eq!((f.value, f.unit), (15e6, Unit::Eur));
        let f = one("The ministry paid EUR 115,000 for it.");
        assert_eq!((f.value, f.unit), (115_000.0, Unit::Eur));
        let f = one("It allots up to 58 thousand euros annually for the programme.");
        assert_eq!(
            (f.value, f.unit, f.qualifier, f.per),
            (58_000.0, Unit::Eur, Qualifier::UpTo, Some(Per::Year))
        );
        let text = "It allots up to 58 thousand euros annually for the programme.";
        assert_eq!(&text[f.span.clone()], "up to 58 thousand euros annually");
        assert_eq!(&text[f.number.clone()], "58 thousand");
        assert_eq!(one("The US sent $2 billion in aid.").unit, Unit::Usd);
        let f = one("The ministry allocated €2.5 million for the purchase of demining equipment for Ukraine in 2024.");
        assert_eq!(
            (f.value, f.label.as_str(), f.period.as_deref()),
            (2.5e6, "for the purchase of demining equipment", Some("2024"))
        );
        assert_eq!(
            one("Lithuania will train about 200 Ukrainian deminers.").unit,
            Unit::People
        );
        assert_eq!(one("A 400,000 litas donation was made.").value, 400_000.0);
    }

    #[test]
    fn percentages_people_things_and_durations() {
        assert_eq!(one("Some 64% of respondents agreed.").unit, Unit::Percent);
        assert_eq!(one("Support rose to 71 percent.").value, 71.0);
        let f = one("A total of about 1,500 Ukrainian military personnel are to undergo training.");
        assert_eq!((f.value, f.unit, f.qualifier), (1500.0, Unit::People, Qualifier::About));
        assert_eq!(f.noun.as_deref(), None, "people carry no noun");
        assert_eq!(f.label, "Ukrainian military personnel");
        let f = one("Lithuania will send 3,000 FPV drones to Ukraine.");
        assert_eq!(
            (f.value, f.unit, f.noun.as_deref()),
            (3000.0, Unit::Items, Some("FPV drones"))
        );
        assert_eq!(one("The war has lasted almost a thousand days.").value, 1000.0);
        let f = one("Over 270 Ukrainian soldiers were treated in 2014–2019.");
        assert_eq!((f.qualifier, f.period.as_deref()), (Qualifier::Over, Some("2014–2019")));
        assert_eq!(one("It took nearly three years of war.").unit, Unit::Years);
    }

    #[test]
    fn what_is_not_a_figure_is_left_alone() {
        none("Call +370 5 278 5091, +370 682 25359 or write to ruta.montvile@mil.lt");
        none("1:29 PM EDT, May 9, 2024");
        none("VILNIUS – 2023-01-03");
        none("The 3B SOF Intelligence Fusion Cell was presented.");
        none("Every second week you hear a threat.");
        none("Basic military service will start in 2025, which will replace conscription.");
        none("The talks in 2023 went well.");
        none("Chapter 12 of the report.");
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
