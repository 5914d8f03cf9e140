//! What a figure measures: the thing counted (in a normal form: "troops" and "military
//! personnel" are soldiers), what happens to it (trained, treated, delivered, allocated), whose
//! figure it is (Lithuania's assistance, or context: another provider, the war), the period it
//! covers and its stage (planned or achieved); and from these a readable label.
//!
//! Each is read in the figure's *clause* first (its sentence from the figure or the clause break
//! before it to the next break: a comma, "and", "while", "but", another figure), then in the
//! whole sentence: "trained 2,900 this year and will train 3,500 next year" is two clauses with
//! two periods and two stages. The words are data, under `[measures]` in `assets/lexicon.toml`.

use std::ops::Range;

use serde::Deserialize;

use super::{
    Lexicon,
    figures::Found,
    lexicon, period,
    phrases::tokens,
    programmes::{actors_in, is_context, years_in},
};
use crate::model::{
    capitalise,
    catalogue::{Measure, Stage, UP_TO, Unit},
    details::MONTH_NAMES,
};

/// The lexicon's words for measures.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(super) struct MeasureWords {
    not_counted: Vec<String>,
    parts: Vec<String>,
    own: Vec<String>,
    achieved: Vec<String>,
    war: Vec<String>,
    war_began: WarBegan,
    running_total: Vec<String>,
    joint: Vec<String>,
    #[serde(rename = "thing")]
    things: Vec<Named>,
    #[serde(rename = "action")]
    actions: Vec<Named>,
}

/// The year the war began, and the words that name its start.
#[derive(Debug, Deserialize)]
struct WarBegan {
    year: i32,
    words: Vec<String>,
}

/// A normal form and the word stems that name it.
#[derive(Debug, Deserialize)]
struct Named {
    name: String,
    words: Vec<String>,
    /// For actions: one said of money ("allocated", "spent").
    #[serde(default)]
    money: bool,
    /// For actions: one said of things, never of people ("delivered": soldiers who "arrive"
    /// are not delivered).
    #[serde(default)]
    things: bool,
}

/// A figure's measure, read from its text, with the label and period it gets.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Read {
    pub measure: Measure,
    /// What it measures, in words: "Ukrainian soldiers to be trained by Lithuania".
    pub label: String,
    /// The years it covers: `2023`, `2014–2019`; `None` for a rate with no years named.
    pub period: Option<String>,
    /// Whether the period rests on the article's date: no year named, a month with no year,
    /// or a span "since" a year up to the article's.
    pub period_from_date: bool,
}

/// Where the figure stands in its sentence: the sentence, and where its neighbours end and start.
pub(super) struct Place {
    /// The sentence.
    pub sentence: Range<usize>,
    /// The end of the figure before it in the sentence, or the sentence's start.
    pub after: usize,
    /// The start of the figure after it in the sentence, or the sentence's end.
    pub before: usize,
}

/// What `found` measures, or `None` when it is no figure of anything (a count that only says
/// how many share a phrase: "three Baltic countries", "one of nine countries"). `date` is the
/// article's year and month; `programme` the name of the programme its sentence reports, if any.
pub(super) fn read(
    text: &str,
    found: &Found,
    at: &Place,
    date: Option<(i32, Option<u32>)>,
    programme: Option<&str>,
) -> Option<Read> {
    let lex = lexicon()?;
    let m = &lex.measures;
    let lower = |r: Range<usize>| text.get(r).unwrap_or_default().to_lowercase();
    let sentence = lower(at.sentence.clone());
    let phrase = match found.unit {
        Unit::People | Unit::Items => found.noun.clone().unwrap_or_else(|| found.label.clone()),
        _ => String::new(),
    };
    let phrase_lower = phrase.to_lowercase();
    let head = phrase_lower.split_whitespace().last().unwrap_or_default().to_owned();
    if !head.is_empty() && m.not_counted.iter().any(|s| head.starts_with(s.as_str())) {
        return None;
    }
    let clause = clause(text, found, at);
    // The figure's own words name no action ("Forty instructors" are not trained): blanked,
    // keeping every other word where it is.
    let blank = |range: &Range<usize>| {
        let mut lowered = lower(range.clone()).into_bytes();
        let own = found.span.start.saturating_sub(range.start)..found.span.end.saturating_sub(range.start);
        for b in lowered.get_mut(own).into_iter().flatten() {
            if b.is_ascii() {
                *b = b' ';
            }
        }
        String::from_utf8(lowered).unwrap_or_default()
    };
    let in_clause = lower(clause.clone());
    let before = lower(at.after.max(found.span.start.saturating_sub(24))..found.span.start);
    let after = lower(found.span.end..(found.span.end + 16).min(at.before.max(found.span.end)));
    let within = named_programme(text.get(at.sentence.clone()).unwrap_or_default());
    let part = within.is_some()
        || m.parts.iter().any(|p| before.contains(p.as_str()))
        || ["of them", "of whom", "of which"]
            .iter()
            .any(|p| after.trim_start().starts_with(p));

    let thing = thing(found.unit, &head, &phrase_lower, m);
    let money = found.unit.is_money();
    let position = found.number.start - clause.start;
    let action = action(&blank(&clause), position, found.unit, m).or_else(|| {
        action(
            &blank(&at.sentence),
            found.number.start - at.sentence.start,
            found.unit,
            m,
        )
    });
    // Beyond its clause, a figure's sentence is read up to the end of that clause: what a later
    // clause says ("…, and it plans to keep support in 2025") is about something else.
    let so_far = lower(at.sentence.start..clause.end);
    let stage = stage(&in_clause, lex)
        .or_else(|| stage(&so_far, lex))
        .or_else(|| stage(&sentence, lex))
        // Money allocated is money planned.
        .or_else(|| action.filter(|a| a.money).map(|_| Stage::Planned))
        .unwrap_or_default();
    let context = whose(&in_clause, &sentence, found.unit, m);
    let article_year = date.map(|(y, _)| y);
    // The years of the clause, else of the sentence so far, else of the whole sentence; and
    // whether that text names them itself or says "this year", "last year" (the article's date).
    let (mut years, named) = [&in_clause, &so_far, &sentence]
        .into_iter()
        .map(|text| (years_in(text, article_year), !years_in(text, None).is_empty()))
        .find(|(years, _)| !years.is_empty())
        .unwrap_or_default();
    // A month with no year, against the article's: "will leave in January", said in December,
    // is next January; "pledged in August", said in January, was last August.
    if let (true, Some((y, Some(now)))) = (years.is_empty(), date)
        && let Some(month) = month_in(&in_clause).or_else(|| month_in(&sentence))
    {
        // "by next February": the next one, whatever the verb (said in February, next year's).
        let next = MONTH_NAMES
            .get((month as usize).saturating_sub(1))
            .is_some_and(|name| sentence.contains(&format!("next {name}")));
        let future = stage == Stage::Planned && sentence.contains("will ");
        match (next, month.cmp(&now)) {
            (true, std::cmp::Ordering::Greater) => years.push(y),
            (true, _) => years.push(y + 1),
            (false, std::cmp::Ordering::Less) if future => years.push(y + 1),
            (false, std::cmp::Ordering::Greater) if !future => years.push(y - 1),
            _ => {}
        }
    }
    // "Since the start of the full-scale invasion": from the year the war began.
    let since_war = [&in_clause, &sentence]
        .iter()
        .any(|t| t.contains("since ") && m.war_began.words.iter().any(|w| t.contains(w.as_str())));
    if years.is_empty() && since_war {
        years.push(m.war_began.year);
    }
    let year = article_year;
    let since = years.len() == 1 && (so_far.contains("since ") || since_war);
    // "has so far trained", "in total": all that was done until the article, not its year's.
    let running = m.running_total.iter().any(|w| so_far.contains(w.as_str()));
    let period = match (years.as_slice(), year) {
        ([], _) if found.per.is_some() => None,
        ([], Some(y)) if running && stage != Stage::Planned => Some(format!("{UP_TO}{y}")),
        ([], Some(y)) => Some(y.to_string()),
        ([], None) => None,
        ([from], Some(y)) if since && *from < y => Some(format!("{from}–{y}")),
        (ys, _) => {
            let mut ys = ys.to_vec();
            ys.sort_unstable();
            ys.dedup();
            Some(match found.period.as_deref() {
                // A range as written ("2014–2019") stands for every year in it.
                Some(written) if written.contains(['–', '-']) => written.replace('-', "–"),
                _ => period(&ys),
            })
        }
    };
    let measure = Measure {
        thing,
        // Money is at least allocated, whatever verb spends it.
        action: action
            .map(|a| a.name.clone())
            .or_else(|| money.then(|| "allocated".to_owned()))
            .unwrap_or_default(),
        context,
        stage,
        part,
        within,
    };
    let label = label(found, &phrase, &measure, programme);
    let period_from_date = period.is_some() && (!named || since);
    Some(Read {
        measure,
        label,
        period,
        period_from_date,
    })
}

/// The figure's clause: from the clause break (or figure) before it to the one after it.
fn clause(text: &str, found: &Found, at: &Place) -> Range<usize> {
    const BREAKS: [&str; 6] = [", ", "; ", " and ", " while ", " but ", " whereas "];
    let head = text.get(at.after..found.span.start).unwrap_or_default();
    let start = BREAKS
        .iter()
        .filter_map(|b| head.rfind(b).map(|k| k + b.len()))
        .max()
        .map_or(at.after, |k| at.after + k);
    let tail_from = found.span.end.min(at.before);
    let tail = text.get(tail_from..at.before).unwrap_or_default();
    let end = BREAKS
        .iter()
        .filter_map(|b| tail.find(b))
        .min()
        .map_or(at.before, |k| tail_from + k);
    start..end.max(found.span.end)
}

/// The normal form of what is counted: the lexicon's name for the head noun (else for another
/// word of the phrase), else the head itself; money is funding, a percentage a share, a length
/// of time a duration.
fn thing(unit: Unit, head: &str, phrase: &str, m: &MeasureWords) -> String {
    match unit {
        Unit::Eur | Unit::Usd | Unit::Ltl => return "funding".to_owned(),
        Unit::Percent => return "share".to_owned(),
        Unit::Days | Unit::Weeks | Unit::Months | Unit::Years => return "duration".to_owned(),
        Unit::People | Unit::Items => {}
    }
    let names = |word: &str| {
        m.things
            .iter()
            .find(|t| t.words.iter().any(|w| word.starts_with(w.as_str())))
            .map(|t| t.name.clone())
    };
    names(head)
        .or_else(|| phrase.split_whitespace().rev().find_map(names))
        .unwrap_or_else(|| head.to_owned())
}

/// The action whose word stands nearest `position` in `lowered` that fits a figure of `unit`: for
/// money, one of the money actions; for people and things, one of the others (for people, not
/// one said only of things); for a share, any.
fn action<'m>(lowered: &str, position: usize, unit: Unit, m: &'m MeasureWords) -> Option<&'m Named> {
    let money = (unit != Unit::Percent).then(|| unit.is_money());
    let toks = tokens(lowered);
    let mut best: Option<(usize, &Named)> = None;
    // Money is allocated or spent, never trained or delivered; people are never delivered.
    let fits = |a: &&Named| money.is_none_or(|money| a.money == money) && !(unit == Unit::People && a.things);
    for a in m.actions.iter().filter(fits) {
        for (at, word) in &toks {
            let hit = a.words.iter().any(|w| {
                if w.contains(' ') {
                    lowered.get(*at..).is_some_and(|rest| rest.starts_with(w.as_str()))
                } else {
                    word.starts_with(w.as_str())
                }
            });
            if !hit {
                continue;
            }
            let distance = at.abs_diff(position);
            if best.is_none_or(|(b_distance, _)| distance < b_distance) {
                best = Some((distance, a));
            }
        }
    }
    best.map(|(_, a)| a)
}

/// Planned ("will", "are to", "plans") before achieved ("trained", "have been", "already"; and
/// under way, "is sending": what is counted is being done).
fn stage(lowered: &str, lex: &Lexicon) -> Option<Stage> {
    // A word (or phrase) from the start of a word of the text.
    let has = |words: &[String]| {
        words.iter().any(|w| {
            lowered
                .match_indices(w.as_str())
                .any(|(i, _)| i == 0 || lowered.as_bytes().get(i - 1) == Some(&b' '))
        })
    };
    if has(&lex.status.planned) {
        Some(Stage::Planned)
    } else if has(&lex.status.completed) || has(&lex.status.ongoing) || has(&lex.measures.achieved) {
        Some(Stage::Achieved)
    } else {
        None
    }
}

/// Whose figure it is, when not Lithuania's assistance: the war's (a length of time in a sentence
/// about the war, or any figure of a sentence about the war that names no provider), Lithuania's
/// own forces' (what it buys "for their own units"), or another provider's (the text names
/// providers, none of them Lithuanian).
fn whose(clause: &str, sentence: &str, unit: Unit, m: &MeasureWords) -> Option<String> {
    let lex = lexicon()?;
    let toks = tokens(sentence);
    let actors = actors_in(sentence, &toks, lex);
    let war = m.war.iter().any(|w| {
        if w.contains(' ') {
            sentence.contains(w.as_str())
        } else {
            toks.iter()
                .any(|(_, t)| *t == w || (w.len() > 4 && t.starts_with(w.as_str())))
        }
    });
    let duration = unit.is_duration();
    if war && (duration || actors.is_empty()) && !sentence.contains("lithuan") {
        return Some("the war".to_owned());
    }
    // "for their own units": what Lithuania buys for itself, not for Ukraine.
    if m.own.iter().any(|o| sentence.contains(o.as_str())) && !sentence.contains("ukrain") {
        let lithuanian = actors.iter().filter_map(|&a| lex.actors.get(a)).find(|a| a.lithuanian);
        return Some(lithuanian.map_or_else(|| "Lithuania's own forces".to_owned(), |a| a.name.clone()));
    }
    // Its clause's providers first ("Belgium has committed 200 million, and the Netherlands
    // 250 million"), else its sentence's.
    // "Estonia, Latvia and Lithuania have together trained": theirs together, not Lithuania's;
    // the whole sentence names them (its clauses cut the list), and one of them is not
    // Lithuanian ("the ministry, together with the army" is Lithuania's).
    let providers: Vec<_> = actors.iter().filter_map(|&a| lex.actors.get(a)).collect();
    let others = providers.iter().any(|a| !a.lithuanian);
    let providers: Vec<&str> = providers.iter().map(|a| a.name.as_str()).collect();
    if let [first @ .., last] = providers.as_slice()
        && !first.is_empty()
        && others
        && m.joint.iter().any(|w| sentence.contains(w.as_str()))
    {
        return Some(format!("{} and {last}", first.join(", ")));
    }
    let in_clause = actors_in(clause, &tokens(clause), lex);
    let named = if in_clause.is_empty() { actors } else { in_clause };
    if is_context(&named, lex) {
        return named.first().and_then(|&a| lex.actors.get(a)).map(|a| a.name.clone());
    }
    None
}

/// A readable label: the counted phrase as written with what happens to it and by whom
/// ("Ukrainian soldiers to be trained by Lithuania"); money by what it funds ("Funding allocated
/// by Lithuania for the purchase of demining equipment").
fn label(found: &Found, phrase: &str, m: &Measure, programme: Option<&str>) -> String {
    let by = match m.context.as_deref() {
        Some("the war") => String::new(),
        // "the European Union", "the United States"; "Germany".
        // Several together: "by Lithuania, Latvia and Estonia together".
        Some(other) if other.contains(" and ") => format!(" by {other} together"),
        Some(other) if other.split_whitespace().count() > 1 || other.ends_with('s') => format!(" by the {other}"),
        Some(other) => format!(" by {other}"),
        None => " by Lithuania".to_owned(),
    };
    // With no action, "by" says nothing: "Lithuanian instructors in the EU mission".
    let by = match (m.action.is_empty(), m.context.as_deref()) {
        (true, None) => String::new(),
        (true, Some(other)) if other != "the war" => format!(" ({other})"),
        _ => by,
    };
    let done = match (m.stage, m.action.as_str()) {
        (_, "") => String::new(),
        (Stage::Planned, action) => format!(" to be {action}"),
        (_, action) => format!(" {action}"),
    };
    let part = match (&m.within, m.part) {
        (Some(name), _) => format!(" in the {name}"),
        (None, true) => " (part of a larger figure)".to_owned(),
        (None, false) => String::new(),
    };
    // The programme of its sentence is what Lithuania's money is for, not others'.
    let programme = programme.filter(|_| m.context.is_none());
    let purpose = || purpose(&found.label).or_else(|| programme.map(|p| format!("for {}", decapitalise(p))));
    let text = match found.unit {
        Unit::People | Unit::Items if !phrase.is_empty() => format!("{phrase}{done}{by}{part}"),
        Unit::Eur | Unit::Usd | Unit::Ltl => {
            let what = purpose().map(|p| format!(" {p}")).unwrap_or_default();
            format!("Funding{done}{by}{what}{part}")
        }
        Unit::Percent if found.label.starts_with("of ") => {
            // "of its GDP" cut to "of its": without what dangles.
            let mut words: Vec<&str> = found.label.split_whitespace().collect();
            while words.last().is_some_and(|w| DANGLING.contains(w)) {
                words.pop();
            }
            match words.as_slice() {
                [] => "Share".to_owned(),
                words => format!("Share {}", words.join(" ")),
            }
        }
        Unit::Days | Unit::Weeks | Unit::Months | Unit::Years if m.context.as_deref() == Some("the war") => {
            "Length of the war".to_owned()
        }
        Unit::Days | Unit::Weeks | Unit::Months | Unit::Years if found.label.is_empty() => match programme {
            Some(p) => format!("Time frame of {}", decapitalise(p)),
            None => "Time frame".to_owned(),
        },
        _ if !found.label.is_empty() => format!("{} {}", capitalise(&m.thing), found.label),
        _ => format!("{}{done}{by}", capitalise(&m.thing)),
    };
    capitalise(&text)
}

/// Words a label does not end with: "for their own", "of its".
const DANGLING: [&str; 12] = [
    "and", "or", "the", "a", "an", "of", "for", "to", "their", "its", "own", "his",
];

/// What money is for, from the words after it: "for the purchase of demining equipment", "to
/// the initiative", "(this year) to buy weapons". Cut where another clause begins (a number, a comma, "and" before a name:
/// "to the initiative and the Netherlands 250 million") and without dangling words ("for their
/// own"); `None` when nothing is left.
fn purpose(after: &str) -> Option<String> {
    /// At most this many words: a label, not a sentence.
    const PURPOSE_WORDS: usize = 10;
    // "for" or "to" at once, or after a few words of time ("this year to buy weapons").
    let words: Vec<&str> = after.split(',').next().unwrap_or_default().split_whitespace().collect();
    let from = words.iter().take(4).position(|w| matches!(*w, "for" | "to"))?;
    let words: Vec<&str> = words.into_iter().skip(from).take(PURPOSE_WORDS).collect();
    let mut kept = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let next_is_name = words
            .get(i + 1..(i + 3).min(words.len()))
            .is_some_and(|next| next.iter().any(|n| n.starts_with(char::is_uppercase)));
        if w.contains(|c: char| c.is_ascii_digit()) || matches!(*w, "and" | "while" | "but") && next_is_name {
            break;
        }
        kept.push(*w);
    }
    while kept.last().is_some_and(|w| DANGLING.contains(w)) {
        kept.pop();
    }
    (kept.len() > 1).then(|| kept.join(" "))
}

/// "Training of Ukrainian soldiers" inside a sentence: the first letter lowercase when the first
/// word is a common noun ("Training of", "Drones for"), not a name ("EU Military Assistance
/// Mission", "Mi-8 helicopters", "Bayraktar combat drone").
fn decapitalise(name: &str) -> String {
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or_default();
    // Common nouns by their endings ("Training", "Rehabilitation", "Procurement", "Assistance").
    let common = ["ing", "ion", "ment", "ance"].iter().any(|end| first.ends_with(end))
        || matches!(words.next(), Some("of" | "for"));
    let plain = common && first.chars().skip(1).all(char::is_lowercase);
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if plain => c.to_lowercase().chain(chars).collect(),
        _ => name.to_owned(),
    }
}

/// A programme named in a sentence by a proper name: a capitalised run of words with a programme
/// noun in it ("Operation Interflex", "EU Military Assistance Mission Ukraine"). A figure in such a
/// sentence is counted within that programme, a part of all Lithuania's assistance.
fn named_programme(sentence: &str) -> Option<String> {
    let lex = lexicon()?;
    let heads = &lex.programmes.proper_heads;
    let ws: Vec<&str> = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut k = 1; // the first word is capitalised anyway
    while k < ws.len() {
        if !capital(ws[k]) {
            k += 1;
            continue;
        }
        let start = k;
        while k < ws.len() && capital(ws[k]) {
            k += 1;
        }
        let run = &ws[start..k];
        let named = run.len() > 1 && run.iter().any(|w| heads.iter().any(|h| w.eq_ignore_ascii_case(h)));
        if named {
            return Some(run.join(" "));
        }
    }
    None
}

/// The month a lowercased text names, 1–12.
fn month_in(lowered: &str) -> Option<u32> {
    let toks = tokens(lowered);
    MONTH_NAMES
        .iter()
        .position(|m| toks.iter().any(|(_, w)| w == m))
        .and_then(|k| u32::try_from(k + 1).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_money_is_for_ends_where_another_clause_begins() {
        assert_eq!(
            purpose("for the purchase of demining equipment").as_deref(),
            Some("for the purchase of demining equipment")
        );
        assert_eq!(
            purpose("to the initiative and the Netherlands 250").as_deref(),
            Some("to the initiative")
        );
        assert_eq!(
            purpose("for training and equipment").as_deref(),
            Some("for training and equipment")
        );
        assert_eq!(purpose("for their own"), None);
        assert_eq!(purpose("in 2023"), None);
        assert_eq!(
            purpose("this year to buy weapons produced in Ukraine").as_deref(),
            Some("to buy weapons produced in Ukraine")
        );
        assert_eq!(purpose("of the total sum of money for it"), None, "too far in");
    }

    #[test]
    fn only_common_nouns_lose_their_capital() {
        assert_eq!(
            decapitalise("Training of Ukrainian soldiers"),
            "training of Ukrainian soldiers"
        );
        assert_eq!(decapitalise("Drones for Ukraine"), "drones for Ukraine");
        assert_eq!(
            decapitalise("Rehabilitation in Lithuania"),
            "rehabilitation in Lithuania"
        );
        assert_eq!(
            decapitalise("Bayraktar combat drone for Ukraine"),
            "Bayraktar combat drone for Ukraine"
        );
        assert_eq!(
            decapitalise("EU Military Assistance Mission"),
            "EU Military Assistance Mission"
        );
    }
}
