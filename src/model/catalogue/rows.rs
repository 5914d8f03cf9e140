//! The rows of the catalogue, programmes and figures, and the words they are described in:
//! categories, statuses, units, qualifiers and rates.

use std::fmt;

use serde::Deserialize;

use crate::model::citation::Citation;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize)]
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
    /// Every status, in the order a programme goes through them.
    pub const ALL: [Self; 5] = [
        Self::Proposed,
        Self::Planned,
        Self::Ongoing,
        Self::Completed,
        Self::Unstated,
    ];

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
    /// Someone else's assistance to Ukraine (another country's, the EU's), found in an imported
    /// article and kept as context.
    Others,
}

impl Scope {
    /// The scope in words, as shown.
    pub fn label(self) -> &'static str {
        match self {
            Self::Ukraine => "assistance to Ukraine",
            Self::Regional => "regional cooperation (context)",
            Self::Others => "others' assistance (context)",
        }
    }
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
    /// Whether the period was worked out from the article's date ("this year", a programme
    /// under way "as of" the article, none named): marked inferred where that date is.
    #[serde(default)]
    pub period_from_date: bool,
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
    /// Other names it goes by ("EUMAM"): a mention in an imported article that uses one is linked
    /// to it (see `docs/EXTRACTION.md`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Words that describe it ("kaunas", "cyber", "centre"): a mention that uses most of them is
    /// linked to it.
    #[serde(default)]
    pub terms: Vec<String>,
    /// Curated, or found automatically.
    #[serde(skip)]
    pub origin: Origin,
}

/// How exact a figure is, as the source words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize)]
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
    /// Every qualifier, as offered to choose from.
    pub const ALL: [Self; 6] = [
        Self::Exact,
        Self::About,
        Self::Almost,
        Self::Over,
        Self::AtLeast,
        Self::UpTo,
    ];

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

    /// The values a figure stated with this qualifier allows, as a closed range: the tolerance of
    /// each qualifier, defined here once. Exact: the value itself. "About": 5 % either side.
    /// "Almost", "nearly": up to 10 % under, never over. "Over", "more than": above it, up to 25 %
    /// more. "At least": the value or more. "Up to": the value or less.
    pub fn bounds(self, value: f64) -> (f64, f64) {
        match self {
            Self::Exact => (value, value),
            Self::About => (value * 0.95, value * 1.05),
            Self::Almost => (value * 0.9, value),
            Self::Over => (value + value.abs().max(1.0) * 1e-9, value * 1.25),
            Self::AtLeast => (value, f64::INFINITY),
            Self::UpTo => (0.0, value),
        }
    }

    /// Whether `a` with this qualifier and `b` with `other` can be the same number: their ranges
    /// meet. "About 1,500" and "nearly 1,500" agree; "about 1,500" and "1,600" do not.
    pub fn agree(self, a: f64, other: Self, b: f64) -> bool {
        let ((a0, a1), (b0, b1)) = (self.bounds(a), other.bounds(b));
        a0 <= b1 && b0 <= a1
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize)]
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
    /// Whether it is a currency.
    pub fn is_money(self) -> bool {
        matches!(self, Self::Eur | Self::Usd | Self::Ltl)
    }

    /// Whether it is a length of time.
    pub fn is_duration(self) -> bool {
        matches!(self, Self::Days | Self::Weeks | Self::Months | Self::Years)
    }

    /// Every unit, as offered to choose from.
    pub const ALL: [Self; 10] = [
        Self::People,
        Self::Items,
        Self::Eur,
        Self::Usd,
        Self::Ltl,
        Self::Percent,
        Self::Days,
        Self::Weeks,
        Self::Months,
        Self::Years,
    ];

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
    /// What it measures, as data: what is counted and what happens to it, whose figure it is,
    /// and whether it is planned or achieved.
    pub measure: Measure,
    /// The key shared by the figures that measure the same thing in the same period (see
    /// [`Figure::key_of`]); set when the catalogue is made.
    #[serde(skip)]
    pub key: String,
    /// The period it covers, as the source puts it (`2014–2019`, `in 2023`).
    #[serde(default)]
    pub period: Option<String>,
    /// Whether the period was worked out from the article's date ("this year", "the end of
    /// last year", a month with no year, "since 2014" to the article): it is then as sure as
    /// that date, and marked inferred where the date is.
    #[serde(default)]
    pub period_from_date: bool,
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
    /// The same amount as the source also states it, in another currency ("$10,700,000" beside
    /// "€9,800,000"); that statement's citation is among `citations`.
    #[serde(default)]
    pub also_stated_as: Vec<String>,
    /// Ids of figures from other sources that measure the same thing at the same stage in the
    /// same unit but give a value their qualifiers cannot reconcile; set when the catalogue is
    /// made (at most [`LISTED`] of them).
    #[serde(skip)]
    pub disagrees_with: Vec<String>,
    /// Ids of figures from other sources that state the same measure at the same stage with a
    /// value that agrees: the figure said again elsewhere (at most [`LISTED`]).
    #[serde(skip)]
    pub agrees_with: Vec<String>,
    /// Ids of figures of the same measure at the other stage: the plan beside its outcome (at
    /// most [`LISTED`]). Related, never in disagreement.
    #[serde(skip)]
    pub related: Vec<String>,
    /// Curated, or found automatically.
    #[serde(skip)]
    pub origin: Origin,
}

/// How many other figures a figure lists as disagreeing, agreeing or related: a measure stated by
/// thousands of sources lists the first few, and the catalogue stays linear to build.
pub const LISTED: usize = 12;

/// Where what a figure counts stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// Planned, pledged or allocated: what is to happen.
    Planned,
    /// Delivered or achieved: what has happened.
    Achieved,
    /// The source does not say.
    #[default]
    Unstated,
}

impl Stage {
    /// Every stage, as offered to choose from.
    pub const ALL: [Self; 3] = [Self::Planned, Self::Achieved, Self::Unstated];

    /// The stage as shown and exported.
    pub fn label(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Achieved => "achieved",
            Self::Unstated => "not stated",
        }
    }
}

/// What a figure measures: what is counted and what happens to it, whose figure it is, and its
/// stage. With the figure's unit, rate and period (and, for money, its programme) it makes the
/// key by which figures from different sources meet.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// What is counted, in a normal form: `soldiers`, `drones`, `funding`.
    pub thing: String,
    /// What happens to it: `trained`, `treated`, `delivered`, `allocated`; empty when the
    /// source says nothing.
    #[serde(default)]
    pub action: String,
    /// Whose figure it is when it is not Lithuania's assistance: another provider ("European
    /// Union"), or `the war`. Such figures are context.
    #[serde(default)]
    pub context: Option<String>,
    /// Planned or achieved.
    #[serde(default)]
    pub stage: Stage,
    /// Part of a larger figure of the same thing ("including 1,100 in Lithuania"): never
    /// compared with the whole.
    #[serde(default)]
    pub part: bool,
    /// The named programme it is counted within ("Operation Interflex"), when its sentence names
    /// one: a part of Lithuania's assistance, compared only with figures of that programme.
    #[serde(default)]
    pub within: Option<String>,
}

impl Figure {
    /// The key of the figures that measure the same thing: what is counted and what happens to
    /// it, whose, the years, the unit and rate, and for money the programme it funds. The stage
    /// is not in it: a plan and its outcome share a key and are shown together.
    pub fn key_of(&self) -> String {
        let years = years_of(self.period.as_deref().unwrap_or_default());
        self.series().replacen("|*|", &format!("|{years}|"), 1)
    }

    /// The key of the figures of one measure over time: [`Figure::key_of`] with `*` for the
    /// years (one lane of the Overview's chart).
    pub fn series(&self) -> String {
        let m = &self.measure;
        let whose = m.context.as_deref().unwrap_or("lithuania").to_lowercase();
        let money = self.unit.is_money();
        // Money is compared per programme; a part, per programme it is a part of.
        let programme = match (&m.within, money || m.part) {
            (Some(name), _) => name.to_lowercase(),
            (None, true) => self.programme.clone().unwrap_or_default(),
            (None, false) => String::new(),
        };
        let unit = match self.unit {
            Unit::Items => self.noun.as_deref().unwrap_or_default().to_lowercase(),
            unit => unit.label().to_owned(),
        };
        let per = self.per.map(Per::label).unwrap_or_default();
        let part = if m.part { "part of " } else { "" };
        format!("{part}{} {}|{whose}|*|{unit} {per}|{programme}", m.thing, m.action)
    }

    /// Whether it is someone else's figure or the war's, kept as context.
    pub fn is_context(&self) -> bool {
        self.measure.context.is_some()
    }
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

/// How the period of a running total begins: "up to 2024", all that was done until then.
pub const UP_TO: &str = "up to ";

/// The years a period names, as a normal form: `2023`, `2014–2019`; empty when it names none
/// ("end of 2018" is `2018`, "2019; 2023" is `2019–2023`).
pub fn years_of(period: &str) -> String {
    // A running total ("up to 2024": all the years until then) is not that year's figure.
    let until = if period.starts_with(UP_TO) { "…" } else { "" };
    let years: Vec<&str> = period
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        .collect();
    match years.as_slice() {
        [] => String::new(),
        [one] => format!("{until}{one}"),
        [first, .., last] if first == last => (*first).to_owned(),
        [first, .., last] => format!("{first}–{last}"),
    }
}
