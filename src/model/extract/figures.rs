//! Figures: numbers with what they count, how exact they are and how often, found in the
//! sentences of a text. Each is found in phases, one function each: the number (digits or
//! words, with a currency code before it and a multiplier after it), what it counts (a unit, or
//! a counted noun phrase), a rate after that, a qualifier before the number, and a label.
//!
//! (The file is long for its tests: the code is under 450 lines, and the examples of what is and
//! is not a figure read best beside it.)

use std::ops::Range;

use super::{Lexicon, Word, lexicon, words};
use crate::model::{
    catalogue::{Per, Qualifier, Unit},
    citation::sentences,
};

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
    // Only after "a" ("a million drones"): otherwise a multiplier ("15 million").
    ("million", 1e6),
    ("billion", 1e9),
];

/// Words that make a number word vague: "several hundred medics" states no number.
const VAGUE: &[&str] = &["several", "few", "many", "numerous", "countless"];

const MULTIPLIERS: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("mln", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
];
/// Units of length a number before a noun can be in: "155 mm shells" name a calibre, not a count.
const CALIBRES: [&str; 5] = ["mm", "cm", "millimetre", "calibre", "caliber"];

const STOP: &[&str] = &[
    "of", "in", "to", "for", "which", "that", "and", "or", "the", "a", "an", "at", "on", "with", "by", "from", "are",
    "is", "were", "was", "have", "has", "had", "will", "be", "been", "this", "these", "who", "as", "than", "per",
    "would", "could", "should", "can", "may", "might", "must", "shall", "do", "does", "did",
];

/// Words that name a unit after a number, as the words and the unit. A year is never counted in
/// years ("in 2023 years" is not a duration), which [`counted_after`] checks.
const UNIT_WORDS: &[(&[&str], Unit)] = &[
    (&["percent"], Unit::Percent),
    (&["per", "cent"], Unit::Percent),
    (&["euros"], Unit::Eur),
    (&["euro"], Unit::Eur),
    (&["eur"], Unit::Eur),
    (&["dollars"], Unit::Usd),
    (&["usd"], Unit::Usd),
    (&["litas"], Unit::Ltl),
    (&["litai"], Unit::Ltl),
    (&["ltl"], Unit::Ltl),
    (&["days"], Unit::Days),
    (&["day"], Unit::Days),
    (&["years"], Unit::Years),
    (&["year"], Unit::Years),
    (&["months"], Unit::Months),
    (&["month"], Unit::Months),
    (&["weeks"], Unit::Weeks),
    (&["week"], Unit::Weeks),
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

fn lower(word: &Word<'_>) -> String {
    word.text.to_lowercase()
}

fn starts_any(word: &str, stems: &[String]) -> bool {
    stems.iter().any(|s| word.starts_with(s.as_str()))
}

/// Every figure in `text`.
pub fn figures(text: &str) -> Vec<Found> {
    figures_in(text, &sentences(text))
}

/// Every figure in the `sentences` of `text`.
pub(super) fn figures_in(text: &str, sentences: &[Range<usize>]) -> Vec<Found> {
    let Some(lex) = lexicon() else { return Vec::new() };
    let mut out = Vec::new();
    for sentence in sentences {
        let ws = words(text, sentence.clone());
        let mut i = 0;
        let mut before: Option<Found> = None;
        while i < ws.len() {
            match figure_at(text, &ws, i, lex, sentence, before.as_ref()) {
                Some((found, next)) => {
                    if matches!(found.unit, Unit::People | Unit::Items) {
                        before = Some(found.clone());
                    }
                    out.push(found);
                    i = next;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// The figure whose number is word `i` of a sentence, and the word after it. `before` is the
/// last figure of people or things before it in the sentence: a smaller number that counts nothing of its own counts what
/// that one does ("1,500 troops, including 1,100 in Lithuania", "5,000 drones, and the first
/// 1,000 will be handed over").
fn figure_at(
    text: &str,
    ws: &[Word<'_>],
    i: usize,
    lex: &Lexicon,
    sentence: &Range<usize>,
    before: Option<&Found>,
) -> Option<(Found, usize)> {
    let number = number_at(text, ws, i)?;
    let inherited = || {
        let b = before.filter(|b| matches!(b.unit, Unit::People | Unit::Items) && number.value < b.value)?;
        let bare = !number.year && !number.percent && number.currency.is_none();
        // Only where the words say it is a part: "including 1,100", "the first 1,000", "1,100 of
        // them" (not "brigade 92").
        let lower_at = |k: Option<usize>| k.and_then(|k| ws.get(k)).map(lower).unwrap_or_default();
        let first = ws.iter().position(|w| w.range.start == number.start).unwrap_or(i);
        let said_before = ["including", "first", "another", "incl"].contains(&lower_at(first.checked_sub(1)).as_str());
        let said_after = lower_at(Some(number.next)) == "of"
            && ["them", "whom", "which"].contains(&lower_at(Some(number.next + 1)).as_str());
        let bare = bare && (said_before || said_after);
        bare.then(|| {
            (
                Counted {
                    unit: b.unit,
                    noun: b.noun.clone().or_else(|| Some(b.label.clone())),
                    end: number.end,
                    next: number.next,
                },
                b.label.clone(),
            )
        })
    };
    let (mut counted, label_of_before) = match counted_after(ws, &number, lex) {
        Some(c) => (c, None),
        None => inherited().map(|(c, l)| (c, Some(l)))?,
    };
    let per = rate_at(ws, counted.next);
    if let Some((_, used)) = per {
        counted.end = ws.get(counted.next + used - 1).map_or(counted.end, |w| w.range.end);
        counted.next += used;
    }
    let (qualifier, start) = qualifier_before(ws, i, number.start, lex);
    // What comes after a figure that ends its phrase ("within six weeks, the minister said") is
    // not what it measures.
    let ended = counted
        .next
        .checked_sub(1)
        .and_then(|k| ws.get(k))
        .is_some_and(|w| w.ends_phrase);
    let label = match (&label_of_before, &counted.noun) {
        (Some(label), _) => label.clone(),
        (None, Some(noun)) => noun.clone(),
        (None, None) if ended => String::new(),
        (None, None) => label_after(ws, counted.next),
    };
    let found = Found {
        value: number.value,
        unit: counted.unit,
        noun: counted.noun.filter(|_| counted.unit == Unit::Items),
        qualifier,
        per: per.map(|(p, _)| p),
        span: start..counted.end,
        number: number.start..number.end,
        sentence: sentence.clone(),
        period: period_in(text.get(sentence.clone()).unwrap_or_default()),
        label,
    };
    Some((found, counted.next.max(i + 1)))
}

/// A number as written: its value, a currency it is given in, and where it stands.
#[derive(Debug)]
struct Number {
    value: f64,
    /// A currency sign or code with it (`€15`, `EUR 115,000`).
    currency: Option<Unit>,
    /// Written with a `%`.
    percent: bool,
    /// Four digits that could be a year, and no sign of being anything else.
    year: bool,
    /// Where it is written, from its currency code or "a" to its multiplier.
    start: usize,
    end: usize,
    /// The word after it.
    next: usize,
}

/// The number at word `i`: digits or a number word ("six", "a thousand"), with a currency code
/// before it and a multiplier after it ("58 thousand", "€15 million"). Not a figure: a number
/// glued to letters or symbols ("3B", "+370"), times, dates, ranges of dates.
fn number_at(text: &str, ws: &[Word<'_>], i: usize) -> Option<Number> {
    let word = ws.get(i)?;
    // Most words are no number, so this is checked without allocating.
    let (value, currency, percent, start) = if let Some((v, c, p)) = digits(word.text) {
        (v, c, p, word.range.start)
    } else if let Some(&(_, v)) = NUMBER_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word.text)) {
        // "several hundred", "a few thousand", "many million": no number at all.
        let vague = i
            .checked_sub(1)
            .and_then(|j| ws.get(j))
            .is_some_and(|w| VAGUE.iter().any(|v| v.eq_ignore_ascii_case(w.text)));
        if vague {
            return None;
        }
        let article = i
            .checked_sub(1)
            .and_then(|j| ws.get(j))
            .filter(|a| a.text.eq_ignore_ascii_case("a") && v >= 100.0);
        if v >= 1e6 && article.is_none() {
            return None;
        }
        (v, None, false, article.map_or(word.range.start, |a| a.range.start))
    } else {
        return None;
    };
    let around = text
        .get(word.range.start.saturating_sub(1)..word.range.end + 1)
        .unwrap_or_default();
    let before_digit = text
        .get(word.range.end..)
        .and_then(|rest| rest.strip_prefix(['-', '–']))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    if around.contains(['+', ':', '@', '/']) || before_digit {
        return None;
    }
    let mut number = Number {
        value,
        currency,
        percent,
        year: !percent && currency.is_none() && (1900.0..2100.0).contains(&value) && word.text.len() == 4,
        start,
        end: word.range.end,
        next: i + 1,
    };
    // "EUR 115,000": a currency code just before the number.
    if number.currency.is_none()
        && let Some(previous) = i.checked_sub(1).and_then(|k| ws.get(k))
    {
        number.currency = match previous.text {
            "EUR" | "€" => Some(Unit::Eur),
            "USD" | "$" => Some(Unit::Usd),
            _ => None,
        };
        if number.currency.is_some() {
            number.start = previous.range.start;
        }
    }
    if let Some((w, &(_, m))) = ws
        .get(number.next)
        .and_then(|w| Some((w, MULTIPLIERS.iter().find(|(name, _)| *name == lower(w))?)))
    {
        number.value *= m;
        number.end = w.range.end;
        number.next += 1;
    }
    Some(number)
}

/// What a number counts, and where that ends.
#[derive(Debug)]
struct Counted {
    unit: Unit,
    /// The counted noun phrase, for people and things.
    noun: Option<String>,
    /// Where the figure's words end so far.
    end: usize,
    /// The word after them.
    next: usize,
}

/// What `number` counts: its `%` or currency, a unit word after it, or a counted noun phrase
/// ("Ukrainian soldiers", "recruitment centres"). A bare number, or a year with nothing
/// counted, is no figure.
fn counted_after(ws: &[Word<'_>], number: &Number, lex: &Lexicon) -> Option<Counted> {
    let (end, next) = (number.end, number.next);
    let as_is = |unit| Counted {
        unit,
        noun: None,
        end,
        next,
    };
    if number.percent {
        return Some(as_is(Unit::Percent));
    }
    if let Some(currency) = number.currency {
        return Some(as_is(currency));
    }
    let unit_word = UNIT_WORDS.iter().find(|(names, unit)| {
        !(number.year && *unit == Unit::Years)
            && names
                .iter()
                .enumerate()
                .all(|(k, name)| ws.get(next + k).is_some_and(|w| lower(w) == *name))
    });
    if let Some((names, unit)) = unit_word {
        let last = next + names.len() - 1;
        return Some(Counted {
            unit: *unit,
            noun: None,
            end: ws.get(last).map_or(end, |w| w.range.end),
            next: last + 1,
        });
    }
    if number.year {
        return None;
    }
    noun_after(ws, next, lex)
}

/// A counted noun phrase from word `from`: up to four words, to the first function word or
/// comma. Its head is its last word naming people ("Ukrainian soldiers") or its last plural
/// ("recruitment centres", "drones worth…"): people if it names people, else things.
fn noun_after(ws: &[Word<'_>], from: usize, lex: &Lexicon) -> Option<Counted> {
    // "155 mm artillery shells": a calibre, not a count of shells.
    if ws.get(from).is_some_and(|w| CALIBRES.contains(&lower(w).as_str())) {
        return None;
    }
    let mut last_people = None;
    let mut last_plural = None;
    let mut last = None;
    for k in from..(from + 4).min(ws.len()) {
        let w = ws.get(k)?;
        let l = lower(w);
        // Words of letters, or model names of letters and digits ("Mi-8", "M577"), not numbers.
        let word_like =
            w.text.chars().all(|c| c.is_alphanumeric() || c == '-') && w.text.chars().any(char::is_alphabetic);
        if STOP.contains(&l.as_str()) || !word_like {
            break;
        }
        if starts_any(&l, &lex.people) {
            last_people = Some(k);
        }
        last = Some(k);
        if w.text.ends_with('s') && w.text.len() > 3 {
            last_plural = Some(k);
        }
        if w.ends_phrase {
            break;
        }
    }
    let last = last?;
    let plural = ws.get(last).is_some_and(|w| w.text.ends_with('s') && w.text.len() > 3);
    // "drones worth 5 million": the phrase ends at its last plural or people noun.
    let head = if last_people == Some(last) || plural {
        last
    } else {
        last_people.max(last_plural)?
    };
    let phrase: Vec<&str> = ws.get(from..=head)?.iter().map(|w| w.text).collect();
    Some(Counted {
        unit: if last_people == Some(head) {
            Unit::People
        } else {
            Unit::Items
        },
        noun: Some(phrase.join(" ")),
        end: ws.get(head)?.range.end,
        next: head + 1,
    })
}

/// A rate from word `from`: "annually", "per year", "a month"; and how many words it takes.
fn rate_at(ws: &[Word<'_>], from: usize) -> Option<(Per, usize)> {
    let after: Vec<String> = ws
        .get(from..(from + 3).min(ws.len()))
        .unwrap_or_default()
        .iter()
        .map(lower)
        .collect();
    match after.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["annually" | "yearly", ..] => Some((Per::Year, 1)),
        ["per" | "a" | "each" | "every", "year", ..] => Some((Per::Year, 2)),
        ["monthly", ..] => Some((Per::Month, 1)),
        ["per" | "a" | "each" | "every", "month", ..] => Some((Per::Month, 2)),
        _ => None,
    }
}

/// For a figure with no counted noun: the words after it, to the end of the phrase, without a
/// dangling "for".
fn label_after(ws: &[Word<'_>], from: usize) -> String {
    let mut after: Vec<&str> = ws
        .get(from..(from + 7).min(ws.len()))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Found {
        let found = figures(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn none(text: &str) {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
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
        assert_eq!(one("The coalition aims to supply a million drones.").value, 1e6);
        // "million" after a number multiplies it; it is not a second figure.
        assert_eq!(one("Lithuania gave 15 million euros.").value, 15e6);
        let helicopters = one("The package includes two Mi-8 helicopters.");
        assert_eq!(
            (helicopters.value, helicopters.noun.as_deref()),
            (2.0, Some("Mi-8 helicopters"))
        );
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
        none("The programme has trained several hundred medics.");
        none("Its aid is worth several hundred million euros.");
        none("A few thousand soldiers took part.");
        none("The package includes 155 mm artillery shells.");
    }

    #[test]
    fn a_part_counts_what_the_figure_before_it_counts() {
        let found = figures("The army will train some 1,500 Ukrainian troops in 2023, including 1,100 in Lithuania.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!((found[1].value, found[1].unit), (1100.0, Unit::People));
        assert_eq!(found[1].label, "Ukrainian troops");
        let found = figures("Ukraine will receive 5,000 FPV drones, and the first 1,000 will be handed over soon.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].noun.as_deref(), Some("FPV drones"));
        let found = figures("Ukraine gets 5,000 drones worth 5 million euros, and the first 1,000 arrive soon.");
        assert_eq!(
            found.len(),
            3,
            "a part of the things counted, not of the money: {found:?}"
        );
        assert_eq!(found[2].noun.as_deref(), Some("drones"));
        let found = figures("Approved: nearly 1,500 soldiers, around 1,100 of them in Lithuania.");
        assert_eq!(found.len(), 2, "{found:?}");
        // Not a part: a bigger number, or one that the words do not make a part.
        assert_eq!(figures("It sent 50 vehicles to brigade 92.").len(), 1);
        assert_eq!(
            figures("It trained 200 soldiers, including 1,100 in Lithuania.").len(),
            1
        );
    }

    #[test]
    fn a_number_glued_to_a_dash_and_a_digit_is_no_figure_and_no_panic() {
        // The en dash is three bytes: looking past it must not cut it in the middle.
        for text in ["40–50 soldiers", "40-50 soldiers", "40–"] {
            let ws = [Word {
                text: "40",
                range: 0..2,
                ends_phrase: false,
            }];
            let number = number_at(text, &ws, 0);
            assert_eq!(number.is_some(), text == "40–", "{text}: {number:?}");
        }
        none("In 2014–2019 the hospital grew.");
    }
}
