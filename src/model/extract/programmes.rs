//! Programmes, not sentences: the sentences of one article that report assistance, grouped by
//! the thing they report (a mission, a fund, a delivery, a course, a centre), each group named by
//! the noun phrase that names the thing in the text.
//!
//! What a sentence contributes (a *mention*): its category (by the lexicon's words), the thing it
//! names, who provides it (the actors it names, never the publisher), where the thing stands
//! (planned, under way, finished) and the years it names. Mentions of one category and one thing
//! are one programme; a mention that names no thing joins the latest programme of its category. A
//! headline that names a programme's thing is one more citation of it. A sentence that names no
//! thing and no kind of assistance is a general statement, and a sentence that names three kinds
//! or more is a summary: neither is a programme.
//!
//! The words are data, in `assets/lexicon.toml` (`[programmes]`, `[status]`, `[[actor]]`).

use std::{ops::Range, sync::OnceLock};

use serde::Deserialize;

use super::{
    Lexicon, Reading, Word, lexicon,
    phrases::{Phrases, Token, WordMap, WordSet, tokens},
    words,
};
use crate::model::catalogue::{Category, Scope, Status};

/// The lexicon's words for programmes.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(super) struct ProgrammeWords {
    pub(super) proper_heads: Vec<String>,
    items: Vec<String>,
    generic_items: Vec<String>,
    things: Vec<String>,
    actions: Vec<String>,
    delivery_cues: Vec<String>,
    modifiers: Vec<String>,
    people_modifiers: Vec<String>,
    summary_categories: u32,
    generic: Generic,
}

/// The start of the name of a programme whose sentences name no thing, by category.
#[derive(Debug, Deserialize)]
pub(super) struct Generic {
    training: String,
    rehabilitation: String,
    cyber: String,
    procurement: String,
}

/// How sentences say where a programme stands.
#[derive(Debug, Deserialize)]
pub(super) struct StatusWords {
    pub(super) ongoing: Vec<String>,
    pub(super) completed: Vec<String>,
    pub(super) planned: Vec<String>,
}

/// Someone who provides assistance, and the words that name them.
#[derive(Debug, Deserialize)]
pub(super) struct Actor {
    pub(super) name: String,
    forms: Vec<String>,
    #[serde(default)]
    pub(super) lithuanian: bool,
    /// The country as a whole: named only when no body of it is.
    #[serde(default)]
    general: bool,
}

/// The lexicon's programme words made quick to look up: each word of a sentence is looked up by
/// hash (as it is, and without a plural ending) instead of being compared with every list.
#[derive(Debug, Default)]
struct Vocab {
    stems: WordMap<Kinds>,
    modifiers: WordSet,
    people_modifiers: WordSet,
    actor_words: WordSet,
    /// The actors' forms, tagged with the actor's index.
    actors: Phrases,
    /// The status words, tagged 0 ongoing, 1 planned, 2 finished.
    status: Phrases,
    delivery: Phrases,
    cues: Phrases,
}

/// Marks a stem as being in one list.
type Mark = fn(&mut Kinds);
/// Picks the stems of some lists.
type Pick = fn(&Kinds) -> bool;

/// The lists a stem is in.
#[derive(Debug, Default, Clone, Copy)]
struct Kinds {
    item: bool,
    generic: bool,
    thing: bool,
    action: bool,
    proper: bool,
}

impl Vocab {
    fn new(lex: &Lexicon) -> Self {
        let p = &lex.programmes;
        let mut vocab = Self::default();
        let lists: [(&Vec<String>, Mark); 5] = [
            (&p.items, |k| k.item = true),
            (&p.generic_items, |k| k.generic = true),
            (&p.things, |k| k.thing = true),
            (&p.actions, |k| k.action = true),
            (&p.proper_heads, |k| k.proper = true),
        ];
        for (list, mark) in lists {
            for stem in list {
                mark(vocab.stems.entry(stem.clone()).or_default());
            }
        }
        vocab.modifiers = p.modifiers.iter().cloned().collect();
        vocab.people_modifiers = p.people_modifiers.iter().cloned().collect();
        vocab.actor_words = lex
            .actors
            .iter()
            .flat_map(|a| &a.forms)
            .map(|f| f.trim().to_owned())
            .filter(|f| !f.contains(' '))
            .collect();
        vocab.actors = Phrases::new(
            lex.actors
                .iter()
                .enumerate()
                .flat_map(|(k, a)| a.forms.iter().map(move |f| (f.as_str(), k))),
        );
        let s = &lex.status;
        vocab.status = Phrases::new(
            [&s.ongoing, &s.planned, &s.completed]
                .into_iter()
                .enumerate()
                .flat_map(|(k, list)| list.iter().map(move |f| (f.as_str(), k))),
        );
        vocab.delivery = Phrases::new(p.delivery_cues.iter().map(|f| (f.as_str(), 0)));
        vocab.cues = Phrases::new(lex.cues.iter().map(|f| (f.as_str(), 0)));
        vocab
    }

    /// The stem of a lowercased word in the lists `kind` picks: the word itself, or the word
    /// without "s" or "es".
    fn stem(&self, lowered: &str, kind: Pick) -> Option<&str> {
        [Some(lowered), lowered.strip_suffix('s'), lowered.strip_suffix("es")]
            .into_iter()
            .flatten()
            .find_map(|c| self.stems.get_key_value(c).filter(|(_, k)| kind(k)))
            .map(|(stem, _)| stem.as_str())
    }
}

fn vocab() -> Option<&'static Vocab> {
    static VOCAB: OnceLock<Option<Vocab>> = OnceLock::new();
    VOCAB.get_or_init(|| lexicon().map(Vocab::new)).as_ref()
}

/// A programme found in one article: what the rest of extraction turns into a catalogue row.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Its kind.
    pub category: Category,
    /// A short name: the noun phrase that names the thing, or the kind and whom it serves.
    pub name: String,
    /// The words a later mention of the same thing would share: the thing's noun and the
    /// capitalised words of its name (for linking).
    pub terms: Vec<String>,
    /// The sentences that report it (byte ranges), in text order.
    pub sentences: Vec<Range<usize>>,
    /// The actors its sentences name, Lithuanian ones first.
    pub providers: Vec<String>,
    /// Whose: someone else's assistance (its sentences name only actors that are not
    /// Lithuanian), Lithuania's assistance to Ukraine, or, in an article that never names
    /// Ukraine, Lithuania's cooperation with its allies.
    pub scope: Scope,
    /// Where it stands, as the sentences report it.
    pub status: Status,
    /// The years the sentences name ("in 2023", "this year" resolved against `year`).
    pub years: Vec<i32>,
    /// Whether some of those years come from the article's date, not from a year the text
    /// names: "this year", a programme under way, or none named.
    pub years_from_date: bool,
}

/// What one sentence names.
#[derive(Debug, Clone)]
struct Mention {
    sentence: Range<usize>,
    category: Category,
    thing: Option<Thing>,
    actors: Vec<usize>,
    status: Status,
    years: Vec<i32>,
    /// Whether its years are the article's ("this year", "last year"), not named.
    relative: bool,
    whom: Option<String>,
    /// Names nothing particular: it may continue a programme, not start one.
    weak: bool,
}

/// The thing a sentence names.
#[derive(Debug, Clone, PartialEq)]
struct Thing {
    /// The noun phrase as it stands in the text.
    name: String,
    /// The noun's stem, as in the lexicon: what tells things apart.
    head: String,
    /// Capitalised words and model names in the phrase, lowercased.
    proper: Vec<String>,
    /// How strong a name it is: 3 a proper name, 2 a noun with words before it, 1 a bare noun.
    strength: u8,
    /// Whether it is a thing delivered (its name then says whom it is for).
    item: bool,
}

/// The programmes that the sentences of `text` report, in the order of their first sentence.
/// `year` is the article's year, for "this year" and for programmes whose text names none.
pub(super) fn groups(
    text: &str,
    sentences: &[Range<usize>],
    readings: &[Option<Reading>],
    year: Option<i32>,
) -> Vec<Group> {
    let Some(lex) = lexicon() else {
        return Vec::new();
    };
    let first_line = text.find('\n').unwrap_or(text.len());
    let mut mentions = Vec::new();
    let mut headlines = Vec::new();
    for (range, reading) in sentences.iter().zip(readings) {
        match reading.and_then(|r| mention(text, range.clone(), r, year, lex)) {
            Some(m) => mentions.push(m),
            None if range.start < first_line => headlines.push(range.clone()),
            None => {}
        }
    }

    // Mentions in text order, each joining the programme it continues (see `joins`).
    let mut built: Vec<Vec<Mention>> = Vec::new();
    for m in mentions {
        match joins(&built, &m, lex) {
            Some(k) => built[k].push(m),
            None if m.weak => {}
            None => built.push(vec![m]),
        }
    }

    let mut out: Vec<Group> = built.into_iter().map(|ms| group(&ms, year, lex)).collect();
    let lowered = text.to_lowercase();
    // An article that never names Ukraine reports Lithuania's cooperation with its allies.
    if !lowered.contains("ukrain") {
        for g in out.iter_mut().filter(|g| g.scope == Scope::Ukraine) {
            g.scope = Scope::Regional;
        }
    }
    // A programme whose sentences name no one ("officials said") is provided by whom the article
    // names elsewhere.
    let named = providers(&actors_in(&lowered, &tokens(&lowered), lex), None, lex);
    let lithuanian: Vec<String> = named
        .into_iter()
        .filter(|n| lex.actors.iter().any(|a| &a.name == n && a.lithuanian))
        .collect();
    for g in out
        .iter_mut()
        .filter(|g| g.providers.is_empty() && g.scope != Scope::Others)
    {
        g.providers.clone_from(&lithuanian);
    }
    // A headline that names a programme's thing is one more citation of it, not a row.
    for headline in headlines {
        let lowered = text.get(headline.clone()).unwrap_or_default().to_lowercase();
        let said = |g: &Group| g.terms.first().is_some_and(|head| has_word(&lowered, head));
        if let Some(g) = out.iter_mut().find(|g| said(g)) {
            g.sentences.insert(0, headline);
        }
    }
    out
}

/// Which programme found so far a mention continues, if any (the most recent that fits), on the
/// same side (Lithuania's or someone else's):
/// - a proper name continues the programme of that name, or one named so far only by the same
///   noun ("the EU training mission" … "the EU Military Assistance Mission");
/// - a common noun continues the programme with the same noun, whatever its category ("the
///   cyber centre" … "the centre trains experts"), else the latest of its category unless both
///   are items of different kinds (launchers, jammers) or that one has a proper name of its own;
/// - a sentence that names no thing continues the latest programme of its category ("The
///   instructors teach…" after the mission that sent them).
fn joins(built: &[Vec<Mention>], m: &Mention, lex: &Lexicon) -> Option<usize> {
    let context = is_context(&m.actors, lex);
    fn things(g: &[Mention]) -> Vec<&Thing> {
        g.iter().filter_map(|x| x.thing.as_ref()).collect()
    }
    let fits = |g: &Vec<Mention>| is_context(&group_actors(g), lex) == context;
    let same_kind = |g: &Vec<Mention>| g[0].category == m.category && fits(g);
    let latest = |ok: &dyn Fn(&Vec<Mention>) -> bool| built.iter().rposition(ok);
    match &m.thing {
        Some(t) if t.strength == 3 => latest(&|g| {
            let ts = things(g);
            fits(g)
                && (ts
                    .iter()
                    .any(|x| x.strength == 3 && x.name.eq_ignore_ascii_case(&t.name))
                    || (!ts.is_empty() && ts.iter().all(|x| x.strength < 3 && x.head == t.head)))
        }),
        Some(t) => latest(&|g| fits(g) && things(g).iter().any(|x| x.head == t.head)).or_else(|| {
            latest(&|g| {
                same_kind(g)
                    && !things(g)
                        .iter()
                        .any(|x| x.strength == 3 || (x.item && t.item && x.head != t.head))
            })
        }),
        None => latest(&same_kind),
    }
}

/// What one sentence reports, or `None` for a general statement or a summary.
fn mention(text: &str, range: Range<usize>, reading: Reading, year: Option<i32>, lex: &Lexicon) -> Option<Mention> {
    if reading.kinds >= lex.programmes.summary_categories {
        return None;
    }
    let category = reading.category;
    let lowered = text.get(range.clone())?.to_lowercase();
    let words_of = words(text, range.clone());
    let thing = thing_in(&words_of, lex);
    let v = vocab()?;
    let toks = tokens(&lowered);
    let delivers = v.delivery.all(&toks).next().is_some();
    // "is not aiding Kyiv": a denial reports no assistance.
    let denied = toks.iter().enumerate().any(|(i, (_, w))| {
        (*w == "not" || *w == "never" || w.ends_with("n't")) && v.cues.at(&toks, i + 1).next().is_some()
    });
    if denied {
        return None;
    }
    // A sentence that names nothing particular and no kind of assistance ("the programme
    // continues"), or a purchase of nothing named, may add to a programme but not start one.
    let particular = thing.as_ref().is_some_and(|t| t.item || t.strength > 1);
    let weak = !particular && matches!(category, Category::Other | Category::Procurement);
    let category = match &thing {
        // An item and a verb of delivery, or an item that no kind of assistance names: a delivery.
        Some(t) if t.item && (delivers || category == Category::Other) => Category::Procurement,
        _ => category,
    };
    // An item names a delivery only: training to fly drones is training, not drones.
    let thing = thing.filter(|t| !t.item || category == Category::Procurement);
    Some(Mention {
        sentence: range,
        category,
        thing,
        actors: actors_in(&lowered, &toks, lex),
        status: status_in(&toks, v),
        weak,
        years: years_in(&lowered, year),
        relative: years_in(&lowered, None).len() < years_in(&lowered, year).len(),
        whom: whom_in(&words_of, lex),
    })
}

fn group(ms: &[Mention], year: Option<i32>, lex: &Lexicon) -> Group {
    let category = ms[0].category;
    // The strongest name any sentence gives, the earliest of equals.
    let best = ms
        .iter()
        .filter_map(|m| m.thing.as_ref())
        .fold(None::<&Thing>, |best, t| match best {
            Some(b) if b.strength >= t.strength => Some(b),
            _ => Some(t),
        });
    let whom = ms.iter().find_map(|m| m.whom.clone());
    // A bare programme word ("the programme") is no name: the kind and whom it serves are.
    let thing = best.filter(|t| t.item || t.strength > 1);
    let name = match thing {
        Some(t) if t.item && !t.name.to_lowercase().contains("ukrain") => format!("{} for Ukraine", t.name),
        Some(t) => t.name.clone(),
        None => {
            let g = &lex.programmes.generic;
            let (start, default) = match category {
                Category::Training => (&g.training, "Ukrainian soldiers"),
                Category::Rehabilitation => (&g.rehabilitation, "wounded Ukrainian soldiers"),
                Category::Cyber => (&g.cyber, "Ukraine"),
                Category::Procurement | Category::Other => (&g.procurement, "Ukraine"),
            };
            format!("{start} {}", whom.as_deref().unwrap_or(default))
        }
    };
    let terms = match best {
        Some(t) => std::iter::once(t.head.clone())
            .chain(t.proper.iter().cloned())
            .collect(),
        // Known by whom it serves ("deminers", "training"); serving no one named, it is too
        // general to be linked to.
        None => match whom.as_deref().and_then(|w| w.split_whitespace().last()) {
            Some(noun) => vec![noun.to_lowercase(), category.label().to_owned()],
            None => Vec::new(),
        },
    };
    let actors = group_actors(ms);
    let context = is_context(&actors, lex);
    let providers = providers(&actors, thing, lex);
    let mut years: Vec<i32> = ms.iter().flat_map(|m| m.years.iter().copied()).collect();
    years.sort_unstable();
    years.dedup();
    let statuses: Vec<Status> = ms.iter().map(|m| m.status).collect();
    let status = if statuses.contains(&Status::Ongoing)
        || (statuses.contains(&Status::Completed) && statuses.contains(&Status::Planned))
    {
        Status::Ongoing
    } else if statuses.contains(&Status::Completed) {
        Status::Completed
    } else if statuses.contains(&Status::Planned) {
        Status::Planned
    } else {
        Status::Unstated
    };
    // A programme under way runs in the article's year too; one whose text names no year is
    // dated by the article.
    let mut years_from_date = ms.iter().any(|m| m.relative);
    if years.is_empty() || status == Status::Ongoing {
        years_from_date |= year.is_some();
        years.extend(year);
        years.sort_unstable();
        years.dedup();
    }
    Group {
        category,
        name: crate::model::capitalise(&name),
        terms,
        sentences: ms.iter().map(|m| m.sentence.clone()).collect(),
        providers,
        scope: if context { Scope::Others } else { Scope::Ukraine },
        status,
        years,
        years_from_date,
    }
}

/// The actors a group's sentences name, by index in the lexicon, each once.
fn group_actors(ms: &[Mention]) -> Vec<usize> {
    let mut all: Vec<usize> = ms.iter().flat_map(|m| m.actors.iter().copied()).collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// Someone else's assistance: actors are named, and none of them is Lithuanian.
pub(super) fn is_context(actors: &[usize], lex: &Lexicon) -> bool {
    !actors.is_empty() && actors.iter().all(|&a| lex.actors.get(a).is_some_and(|a| !a.lithuanian))
}

/// The providers to show: the Lithuanian bodies named (the country only when none is), and
/// other actors when the programme is theirs or its name names them ("EU Military Assistance
/// Mission").
fn providers(actors: &[usize], thing: Option<&Thing>, lex: &Lexicon) -> Vec<String> {
    let named: Vec<&Actor> = actors.iter().filter_map(|&a| lex.actors.get(a)).collect();
    let bodies = named.iter().any(|a| a.lithuanian && !a.general);
    let context = is_context(actors, lex);
    let in_name = |a: &Actor| {
        thing.is_some_and(|t| {
            let lowered = format!("{} ", t.name.to_lowercase());
            a.forms.iter().any(|f| lowered.contains(f.as_str()))
        })
    };
    named
        .into_iter()
        .filter(|a| {
            if a.lithuanian {
                !(a.general && bodies)
            } else {
                context || in_name(a)
            }
        })
        .map(|a| a.name.clone())
        .collect()
}

/// The actors a lowercased sentence names, by index in the lexicon. A form right after
/// "Ukraine's" or another actor's word, or followed by "of Ukraine", belongs to them.
pub(super) fn actors_in(lowered: &str, toks: &[Token<'_>], lex: &Lexicon) -> Vec<usize> {
    let Some(v) = vocab() else {
        return Vec::new();
    };
    // Whether nothing but spaces stands between word `a` and word `b`.
    let attached = |a: usize, b: usize| {
        let end = toks.get(a).map_or(0, |(at, w)| at + w.len());
        let start = toks.get(b).map_or(0, |(at, _)| *at);
        lowered.get(end..start).is_some_and(|gap| gap.trim().is_empty())
    };
    let foreign_word = |i: usize| {
        toks.get(i).is_some_and(|(_, w)| w.starts_with("ukrain"))
            || v.actors
                .at(toks, i)
                .any(|(k, end)| end == i + 1 && lex.actors.get(k).is_some_and(|a| !a.lithuanian))
    };
    let mut found: Vec<usize> = v
        .actors
        .all(toks)
        .filter(|&(k, start, end)| {
            let lithuanian = lex.actors.get(k).is_some_and(|a| a.lithuanian);
            let owned = start > 0
                && attached(start - 1, start)
                && (toks[start - 1].1.starts_with("ukrain") || (lithuanian && foreign_word(start - 1)));
            let of_ukraine = toks.get(end).is_some_and(|(_, w)| *w == "of")
                && toks.get(end + 1).is_some_and(|(_, w)| w.starts_with("ukrain"));
            !owned && !of_ukraine
        })
        .map(|(k, _, _)| k)
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// Where the sentence says the thing stands: under way, else planned ("will be delivered"), else
/// finished.
fn status_in(toks: &[Token<'_>], v: &Vocab) -> Status {
    let said: Vec<usize> = v.status.all(toks).map(|(k, _, _)| k).collect();
    if said.contains(&0) {
        Status::Ongoing
    } else if said.contains(&1) {
        Status::Planned
    } else if said.contains(&2) {
        Status::Completed
    } else {
        Status::Unstated
    }
}

/// The years a lowercased sentence names: four-digit years the corpus can cover, and "this
/// year", "next year", "last year" against the article's year.
pub(super) fn years_in(lowered: &str, year: Option<i32>) -> Vec<i32> {
    let mut out: Vec<i32> = lowered
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .filter(|y| (2010..=2040).contains(y))
        .collect();
    if let Some(year) = year {
        for (phrase, offset) in [("this year", 0), ("next year", 1), ("last year", -1)] {
            if lowered.contains(phrase) {
                out.push(year + offset);
            }
        }
    }
    out
}

fn lower_word(w: &Word<'_>) -> String {
    w.text.trim_end_matches("'s").trim_end_matches("’s").to_lowercase()
}

/// Whether `word` is `stem` or `stem` with a plural ending.
fn is_stem(word: &str, stem: &str) -> bool {
    word.strip_prefix(stem)
        .is_some_and(|rest| rest.is_empty() || rest == "s" || rest == "es")
}

/// Whether a lowercased text has a word that is `stem` or its plural.
fn has_word(lowered: &str, stem: &str) -> bool {
    lowered
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .any(|w| is_stem(w, stem))
}

fn capitalised(w: &Word<'_>) -> bool {
    w.text.chars().next().is_some_and(char::is_uppercase)
}

/// Words that end a name on its left even when capitalised: determiners, numbers, quantities.
const STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "our",
    "his",
    "her",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "more",
    "another",
    "new",
    "first",
    "second",
    "some",
    "many",
    "all",
    "other",
    "further",
    "additional",
    "and",
    "or",
    "of",
    "for",
    "to",
    "in",
    "on",
    "with",
    "by",
];

/// Whether a word may stand before a noun in a name: a capitalised word or a model name (not a
/// determiner, a number or an actor), a hyphenated word, or one of the lexicon's modifiers.
fn modifier(w: &Word<'_>) -> bool {
    let lowered = w.text.to_lowercase();
    if STOP.contains(&lowered.as_str()) || w.text.ends_with("'s") || w.text.ends_with("’s") || w.ends_phrase {
        return false;
    }
    let Some(v) = vocab() else {
        return false;
    };
    let actor = v.actor_words.contains(&lowered);
    let model = w.text.chars().any(|c| c.is_ascii_digit()) && w.text.chars().any(char::is_alphabetic);
    let all_digits = w.text.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    !actor && !all_digits && (capitalised(w) || model || w.text.contains('-') || v.modifiers.contains(&lowered))
}

/// The thing a sentence names: a capitalised name ending in a programme noun, else a programme
/// word with what it acts on, else the first item delivered, else the first programme word, else
/// the first generic item; with the words before it that belong to it, and a place after it ("in
/// Kaunas").
fn thing_in(ws: &[Word<'_>], lex: &Lexicon) -> Option<Thing> {
    let v = vocab()?;
    // A proper name: a run of capitalised words (and "of", "for", "and" inside) ending in a
    // programme noun.
    for (i, w) in ws.iter().enumerate() {
        if !capitalised(w) {
            continue;
        }
        let lowered = lower_word(w);
        let Some(head) = v.stem(&lowered, |k| k.proper) else {
            continue;
        };
        let mut start = i;
        while start > 0 {
            let prev = &ws[start - 1];
            let connector =
                matches!(prev.text, "of" | "for" | "and" | "on") && start >= 2 && capitalised(&ws[start - 2]);
            let capital = capitalised(prev) && !STOP.contains(&prev.text.to_lowercase().as_str());
            if prev.ends_phrase || !(capital || connector) {
                break;
            }
            start -= 1;
        }
        let mut end = i + 1;
        // "Mission Ukraine", "Group-Ukraine": capitalised words right after the noun belong to it.
        while end < ws.len()
            && end < i + 3
            && !ws[end - 1].ends_phrase
            && capitalised(&ws[end])
            && !ws[end].text.ends_with("'s")
        {
            end += 1;
        }
        // "Lithuanian Armed Forces", "Air Force": who provides, not what.
        let unit = ws[end - 1].text.eq_ignore_ascii_case("forces") || join(&ws[start..end]).ends_with("Air Force");
        if end - start < 2 || unit {
            continue;
        }
        let name = join(&ws[start..end]);
        let place = place_after(ws, end);
        let proper = ws[start..end]
            .iter()
            .filter(|w| capitalised(w) && !matches!(w.text, "of" | "for" | "and" | "on"))
            .map(lower_word)
            .collect();
        return Some(Thing {
            name: format!("{name}{place}"),
            head: head.to_owned(),
            proper,
            strength: 3,
            item: false,
        });
    }
    // Otherwise, in this order: a programme word with what it acts on ("repair of Ukrainian
    // armoured vehicles"), the first item delivered, the first word for a programme, the first
    // generic item ("equipment").
    let lows: Vec<String> = ws.iter().map(lower_word).collect();
    let noun = |i: usize| {
        let lowered = &lows[i];
        v.stem(lowered, |k| k.item || k.generic || k.thing).is_some()
            || lex.people.iter().any(|x| lowered.starts_with(x.as_str()))
    };
    // A noun right before another is a modifier of it ("drone jammers", "drone operators"); a
    // word before a determiner is a verb ("the government funds a programme").
    let determiner = |w: &Word<'_>| matches!(w.text, "a" | "an" | "the" | "its" | "their" | "more" | "new");
    let head_at = |i: usize, kind: Pick| -> Option<String> {
        let next = (i + 1 < ws.len() && !ws[i].ends_phrase).then_some(i + 1);
        v.stem(&lows[i], kind)
            .filter(|_| !next.is_some_and(|n| noun(n) || determiner(&ws[n])))
            .map(str::to_owned)
    };
    for (i, _) in ws.iter().enumerate() {
        if let Some(action) = head_at(i, |k| k.action)
            && let Some(object) = object_after(ws, i + 1)
        {
            return Some(Thing {
                name: format!("{}{object}", ws[i].text),
                head: action,
                proper: Vec::new(),
                strength: 2,
                item: false,
            });
        }
    }
    let kinds: [(Pick, bool, bool); 3] = [
        (|k| k.item, true, false),
        (|k| k.thing, false, false),
        (|k| k.generic, true, true),
    ];
    for (kind, item, generic) in kinds {
        let Some((i, stem)) = (0..ws.len()).find_map(|i| head_at(i, kind).map(|s| (i, s))) else {
            continue;
        };
        let start = modifiers_before(ws, i);
        let place = if item { String::new() } else { place_after(ws, i + 1) };
        let mut name = format!("{}{place}", join(&ws[start..=i]));
        // "carriers and a number of heavy mortars": a second item joined by "and" belongs too.
        if item && !ws[i].ends_phrase && ws.get(i + 1).is_some_and(|w| w.text == "and") {
            let second = (i + 2..(i + 7).min(ws.len())).find(|&j| head_at(j, |k| k.item).is_some());
            if let Some(j) = second.filter(|&j| ws[i + 1..j].iter().all(|w| !w.ends_phrase)) {
                name = format!("{name} and {}", join(&ws[modifiers_before(ws, j)..=j]));
            }
        }
        let proper = ws[start..=i]
            .iter()
            .filter(|w| {
                (capitalised(w) && w.range.start != ws[0].range.start) || w.text.chars().any(|c| c.is_ascii_digit())
            })
            .map(lower_word)
            .collect();
        return Some(Thing {
            name,
            head: stem,
            proper,
            strength: if start < i || !place.is_empty() { 2 } else { 1 },
            // A generic item ("equipment") is no kind of its own: it never tells programmes apart.
            item: item && !generic,
        });
    }
    None
}

/// Where the words that belong to a noun's name start: up to four modifiers before it. A
/// sentence's first word is capitalised whatever it is, so it belongs only if it would in
/// lowercase too.
fn modifiers_before(ws: &[Word<'_>], i: usize) -> usize {
    let mut start = i;
    while start > 0 && i - start < 4 && modifier(&ws[start - 1]) {
        start -= 1;
    }
    if start == 0 && start < i {
        let first = &ws[0];
        let listed = vocab().is_some_and(|v| v.modifiers.contains(&first.text.to_lowercase()));
        if !(first.text.contains('-') || listed) {
            start = 1;
        }
    }
    start
}

/// What a programme word acts on: " of" and a noun phrase ("of Ukrainian armoured vehicles",
/// "of the wounded"), with a leading space; `None` when "of" does not follow.
fn object_after(ws: &[Word<'_>], at: usize) -> Option<String> {
    let of = ws.get(at).filter(|w| w.text == "of" && !ws[at - 1].ends_phrase)?;
    let mut end = at + 1;
    if ws.get(end).is_some_and(|w| w.text == "the") {
        end += 1;
    }
    // Modifiers, then one noun; or the last modifier is the noun ("of the military in…").
    let first = end;
    while ws.get(end).is_some_and(|w| modifier(w) && !w.ends_phrase) && end < at + 5 {
        end += 1;
    }
    let is_noun = |w: &Word<'_>| {
        !STOP.contains(&w.text.to_lowercase().as_str()) && w.text.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    if !ws.get(end).is_some_and(is_noun) {
        end = end.checked_sub(1).filter(|&e| e >= first)?;
    }
    Some(format!(" {} {}", of.text, join(&ws[at + 1..=end])))
}

/// A place or a subject right after a name: "in Kaunas", "in Lviv, Dnipro and Zhytomyr", "in
/// combat casualty care" (words of the lexicon's modifiers), with a leading space; empty when
/// none.
fn place_after(ws: &[Word<'_>], at: usize) -> String {
    let Some(first) = ws.get(at) else {
        return String::new();
    };
    if !matches!(first.text, "in" | "at" | "near" | "on") || ws.get(at - 1).is_some_and(|w| w.ends_phrase) {
        return String::new();
    }
    let subject = |w: &Word<'_>| vocab().is_some_and(|v| v.modifiers.contains(&w.text.to_lowercase()));
    let mut end = at + 1;
    if ws.get(end).is_some_and(|w| subject(w) && !capitalised(w)) {
        while ws.get(end).is_some_and(&subject) && end < at + 5 {
            end += 1;
            if ws[end - 1].ends_phrase {
                break;
            }
        }
        return format!(" {}", join(&ws[at..end]));
    }
    while let Some(w) = ws.get(end) {
        let place = capitalised(w) && !w.text.ends_with("'s") && !w.text.ends_with("’s");
        let and = w.text == "and" && ws.get(end + 1).is_some_and(capitalised);
        if !(place || and) {
            break;
        }
        end += 1;
        // A comma ends the place unless another place follows it.
        if w.ends_phrase && !ws.get(end).is_some_and(capitalised) {
            break;
        }
    }
    if end == at + 1 {
        return String::new();
    }
    format!(" {}", join_with_commas(&ws[at..end]))
}

/// The words as they stand, separated by spaces.
fn join(ws: &[Word<'_>]) -> String {
    ws.iter().map(|w| w.text).collect::<Vec<_>>().join(" ")
}

/// The words with the commas between them kept ("Lviv, Dnipro and Zhytomyr").
fn join_with_commas(ws: &[Word<'_>]) -> String {
    let mut out = String::new();
    for (k, w) in ws.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(w.text);
        if w.ends_phrase && k + 1 < ws.len() {
            out.push(',');
        }
    }
    out
}

/// Whom the sentence says the assistance serves: the first people noun with the words before it
/// that belong to it ("wounded Ukrainian soldiers", "Ukrainian military medics").
fn whom_in(ws: &[Word<'_>], lex: &Lexicon) -> Option<String> {
    let people = |w: &Word<'_>| {
        let lowered = w.text.to_lowercase();
        lex.people.iter().any(|p| lowered.starts_with(p.as_str())) && lowered.ends_with('s')
    };
    let start_of = |i: usize| {
        let mut start = i;
        while start > 0 && i - start < 3 {
            let prev = &ws[start - 1];
            let lowered = prev.text.to_lowercase();
            let belongs = (capitalised(prev) && lowered.starts_with("ukrain"))
                || vocab().is_some_and(|v| v.people_modifiers.contains(&lowered) || v.modifiers.contains(&lowered));
            if prev.ends_phrase || !belongs {
                break;
            }
            start -= 1;
        }
        start
    };
    // Ukrainians first: "Lithuanian sappers trained Ukrainian deminers" serves the deminers.
    let ukrainian = |i: usize| ws[start_of(i)..i].iter().any(|w| w.text.starts_with("Ukrainian"));
    let i = (0..ws.len())
        .find(|&k| people(&ws[k]) && ukrainian(k))
        .or_else(|| ws.iter().position(people))?;
    let start = start_of(i);
    let phrase = join(&ws[start..=i]).to_lowercase();
    // "Ukrainian" keeps its capital.
    Some(phrase.replace("ukrainian", "Ukrainian"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::citation::sentences;

    fn found(text: &str) -> Vec<Group> {
        let s = sentences(text);
        let c: Vec<Option<Reading>> = s.iter().map(|r| super::super::reading(&text[r.clone()])).collect();
        groups(text, &s, &c, Some(2023))
    }

    #[test]
    fn sentences_about_one_thing_are_one_programme_and_the_headline_is_a_citation() {
        let text = "Rehabilitation programme for wounded soldiers extended\n\
                    Lithuania will continue the rehabilitation programme for wounded Ukrainian soldiers in Druskininkai. \
                    The ministry said the programme funded the treatment of 120 soldiers last year. \
                    Doctors said the patients would need months of rehabilitation.";
        let g = found(text);
        assert_eq!(g.len(), 1, "{g:#?}");
        assert_eq!(g[0].category, Category::Rehabilitation);
        assert_eq!(g[0].sentences.len(), 4, "the headline and three sentences");
        assert_eq!(g[0].name, "Rehabilitation programme");
        assert_eq!(g[0].years, [2022, 2023], "last year, and this year as it goes on");
        assert_eq!(g[0].providers, ["Lithuanian Ministry of National Defence"]);
        assert_eq!(g[0].status, Status::Ongoing);
    }

    #[test]
    fn names_are_noun_phrases_not_cut_sentences() {
        let g = found("Lithuania has purchased two NASAMS air-defence launchers for Ukraine.");
        assert_eq!(g[0].name, "NASAMS air-defence launchers for Ukraine");
        assert_eq!(g[0].terms, ["launcher", "nasams"]);
        let g = found(
            "Lithuanian instructors train Ukrainian soldiers as part of the EU Military Assistance Mission Ukraine, the ministry said.",
        );
        assert_eq!(g[0].name, "EU Military Assistance Mission Ukraine");
        assert_eq!(
            g[0].providers,
            ["Lithuanian Ministry of National Defence", "European Union"]
        );
        let g = found("The government funds a rehabilitation programme in Lviv, Dnipro and Zhytomyr.");
        assert_eq!(g[0].name, "Rehabilitation programme in Lviv, Dnipro and Zhytomyr");
        let g = found("Lithuanian sappers trained a group of Ukrainian deminers near Kaunas.");
        assert_eq!(g[0].name, "Training of Ukrainian deminers");
        assert_eq!(g[0].status, Status::Completed);
    }

    #[test]
    fn general_statements_and_summaries_are_not_programmes() {
        assert!(found("We will support Ukraine until it wins, the minister said.").is_empty());
        assert!(
            found("The report covers deliveries of equipment, training of soldiers, treatment of the wounded and cyber defence support.")
                .is_empty()
        );
    }

    #[test]
    fn others_assistance_is_context_with_its_provider() {
        let g = found("Latvia will send drones to Ukraine. Lithuania will train Ukrainian soldiers in 2024.");
        assert_eq!(g.len(), 2, "{g:#?}");
        let latvia = g.iter().find(|g| g.scope == Scope::Others).unwrap();
        assert_eq!(latvia.providers, ["Latvia"]);
        let lithuania = g.iter().find(|g| g.scope != Scope::Others).unwrap();
        assert_eq!(lithuania.providers, ["Lithuania"]);
        assert_eq!(lithuania.years, [2024]);
        assert!(!lithuania.years_from_date, "2024 is named");
        assert_eq!(latvia.years, [2023], "the article's year when the text names none");
        assert!(latvia.years_from_date, "and so from its date");
    }

    #[test]
    fn ukraines_own_bodies_are_not_providers() {
        let g = found("Ukraine's defence ministry said Lithuania had delivered jammers.");
        assert_eq!(g[0].providers, ["Lithuania"]);
    }
}
