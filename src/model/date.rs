//! Partial calendar dates (`2021`, `2021-12`, `2023-01-03`) and how each one is known.
//!
//! Sources often give only a month, and some give no date at all: a date worked out from
//! outside evidence must never be shown as if the article printed it. So a date carries its
//! precision (year, month or day) and its [`DateProvenance`].

use std::{cmp::Ordering, fmt, str::FromStr};

use serde::{Deserialize, Serialize};

/// Why a partial ISO date could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The text is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[error("“{0}” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")]
    Malformed(String),
    /// The month is outside 1–12.
    #[error("“{0}” has no month {1}")]
    BadMonth(String, u32),
    /// The day does not exist in that month.
    #[error("“{0}” has no day {1} in that month")]
    BadDay(String, u32),
}

/// A calendar date known to the year, the month or the day.
///
/// Ordering is chronological; a less precise date sorts before the more precise dates it
/// contains (`2024-11` < `2024-11-15`), which keeps sorting stable and predictable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PartialDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl PartialDate {
    /// 1 January 1970, for when no better date can be had.
    pub const EPOCH: Self = Self {
        year: 1970,
        month: Some(1),
        day: Some(1),
    };

    /// A whole year.
    pub const fn year_only(year: i32) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month (1–12), if known.
    pub fn month(&self) -> Option<u32> {
        self.month
    }

    /// The day of the month, if known.
    pub fn day(&self) -> Option<u32> {
        self.day
    }

    /// The stretch of time the date covers, in years (`2019.0` is the first moment of 2019):
    /// a day, a month or a whole year, as precisely as the date is known.
    pub fn years(&self) -> std::ops::Range<f64> {
        let days_in_year = if days_in_month(self.year, 2) == 29 {
            366.0
        } else {
            365.0
        };
        let day_of_year = |month: u32, day: u32| -> f64 {
            let before: u32 = (1..month).map(|m| days_in_month(self.year, m)).sum();
            f64::from(before + day - 1)
        };
        let at = |days: f64| f64::from(self.year) + days / days_in_year;
        match (self.month, self.day) {
            (Some(month), Some(day)) => at(day_of_year(month, day))..at(day_of_year(month, day) + 1.0),
            (Some(month), None) => {
                at(day_of_year(month, 1))..at(day_of_year(month, 1) + f64::from(days_in_month(self.year, month)))
            }
            _ => f64::from(self.year)..f64::from(self.year) + 1.0,
        }
    }

    /// The date as people read it: `3 January 2023`, `November 2024`, `2019`.
    pub fn long(&self) -> String {
        let month = self
            .month
            .and_then(|m| m.checked_sub(1))
            .and_then(|i| MONTHS.get(i as usize));
        match (self.day, month) {
            (Some(day), Some(month)) => format!("{day} {month} {}", self.year),
            (None, Some(month)) => format!("{month} {}", self.year),
            _ => self.year.to_string(),
        }
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, DateError> {
        let malformed = || DateError::Malformed(text.to_owned());
        let parts: Vec<&str> = text.split('-').collect();
        let widths_ok = match parts.as_slice() {
            [y] => y.len() == 4,
            [y, m] => y.len() == 4 && m.len() == 2,
            [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
            _ => false,
        };
        if !widths_ok || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            return Err(malformed());
        }
        let number = |i: usize| parts.get(i).map(|p| p.parse::<u32>());
        let year = parts
            .first()
            .and_then(|y| y.parse::<i32>().ok())
            .ok_or_else(malformed)?;
        let month = number(1).transpose().map_err(|_| malformed())?;
        let day = number(2).transpose().map_err(|_| malformed())?;
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(DateError::BadMonth(text.to_owned(), m));
        }
        if let (Some(m), Some(d)) = (month, day)
            && !(1..=days_in_month(year, m)).contains(&d)
        {
            return Err(DateError::BadDay(text.to_owned(), d));
        }
        Ok(Self { year, month, day })
    }
}

impl TryFrom<String> for PartialDate {
    type Error = DateError;

    fn try_from(text: String) -> Result<Self, DateError> {
        text.parse()
    }
}

impl From<PartialDate> for String {
    fn from(date: PartialDate) -> Self {
        date.to_string()
    }
}

/// The ISO form: `2021`, `2021-12` or `2023-01-03`.
impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year, self.month, self.day).cmp(&(other.year, other.month, other.day))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Today's date in UTC, as `YYYY-MM-DD` (for file names).
pub fn today_utc() -> String {
    date_from_days(unix_now() / 86_400)
}

/// Seconds since 1970-01-01 UTC, now.
pub fn unix_now() -> i64 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    i64::try_from(secs).unwrap_or(0)
}

/// The moment `secs` seconds after 1970-01-01 UTC, to the minute: `2026-12-07 03:10 UTC`.
pub fn moment_utc(secs: i64) -> String {
    let minutes = secs.rem_euclid(86_400) / 60;
    format!(
        "{} {:02}:{:02} UTC",
        date_from_days(secs.div_euclid(86_400)),
        minutes / 60,
        minutes % 60
    )
}

/// The date `days` after 1970-01-01, as `YYYY-MM-DD`.
pub fn date_from_days(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The calendar date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, u32::try_from(month).unwrap_or(1), u32::try_from(day).unwrap_or(1))
}

/// How a date is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "provenance", rename_all = "lowercase")]
pub enum DateProvenance {
    /// The article prints the date itself.
    Stated {
        /// The date exactly as the article prints it (`1:29 PM EDT, May 9, 2024`), which
        /// loading checks against the text.
        as_printed: String,
    },
    /// The date was worked out from evidence outside the text.
    Inferred {
        /// One line, shown to the user, saying how the date was worked out.
        reason: String,
    },
}

/// A date together with how it is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownDate {
    /// The date, as precise as the evidence allows.
    pub value: PartialDate,
    /// Whether the article states it or it was inferred, and why.
    #[serde(flatten)]
    pub provenance: DateProvenance,
}

impl KnownDate {
    /// Whether the date was inferred rather than printed in the article.
    pub fn is_inferred(&self) -> bool {
        matches!(self.provenance, DateProvenance::Inferred { .. })
    }

    /// The reason for an inferred date; `None` for a stated one.
    pub fn inferred_reason(&self) -> Option<&str> {
        match &self.provenance {
            DateProvenance::Stated { .. } => None,
            DateProvenance::Inferred { reason } => Some(reason),
        }
    }

    /// The date in words, marked when inferred: `27 November 2019 (inferred)`.
    pub fn text(&self) -> String {
        mark_inferred(self.value.long(), self.is_inferred())
    }

    /// How the date is known, in a sentence: printed in the article (as what), or inferred (and
    /// why).
    pub fn explained(&self) -> String {
        match &self.provenance {
            DateProvenance::Stated { as_printed } => format!("Date printed in the article: “{as_printed}”"),
            DateProvenance::Inferred { reason } => inferred_because(reason),
        }
    }
}

/// `text` (a date, or something worked out from one) marked as inferred when it is, the one way
/// the app, its exports and its citations mark it: `27 November 2019 (inferred)`.
pub fn mark_inferred(text: String, inferred: bool) -> String {
    if inferred { format!("{text} (inferred)") } else { text }
}

/// Why a date is inferred, in a sentence: `Date inferred: …`.
pub fn inferred_because(reason: &str) -> String {
    format!("Date inferred: {reason}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        text.parse().unwrap()
    }

    #[test]
    fn days_since_1970_become_calendar_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_779), (2026, 11, 22));
        assert_eq!(today_utc().len(), 10);
        // 2026-12-07 03:10:59 UTC, and a moment before 1970.
        assert_eq!(moment_utc(1_796_613_059), "2026-12-07 03:10 UTC");
        assert_eq!(moment_utc(-60), "1969-12-31 23:59 UTC");
    }

    #[test]
    fn parses_each_precision_and_prints_it_back() {
        for text in ["2019", "2021-12", "2023-01-03", "2024-02-29"] {
            assert_eq!(date(text).to_string(), text);
        }
        assert_eq!(date("2021-12").month(), Some(12));
        assert_eq!(date("2021-12").day(), None);
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for text in [
            "",
            "21-12",
            "2021-1",
            "2021/12",
            "2021-12-",
            "2021-12-03T10",
            "２０２１",
            "-2021",
        ] {
            assert!(
                matches!(text.parse::<PartialDate>(), Err(DateError::Malformed(_))),
                "{text}"
            );
        }
        assert_eq!(
            "2021-13".parse::<PartialDate>(),
            Err(DateError::BadMonth("2021-13".into(), 13))
        );
        assert_eq!(
            "2023-02-29".parse::<PartialDate>(),
            Err(DateError::BadDay("2023-02-29".into(), 29))
        );
        assert_eq!(
            "2023-04-31".parse::<PartialDate>(),
            Err(DateError::BadDay("2023-04-31".into(), 31))
        );
    }

    #[test]
    fn reads_like_a_person_writes_it() {
        assert_eq!(date("2023-01-03").long(), "3 January 2023");
        assert_eq!(date("2024-11").long(), "November 2024");
        assert_eq!(date("2019").long(), "2019");
    }

    #[test]
    fn orders_chronologically_with_the_coarser_date_first() {
        let mut dates = [date("2024-11-15"), date("2019"), date("2024-11"), date("2023-01-03")];
        dates.sort();
        let sorted: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(sorted, ["2019", "2023-01-03", "2024-11", "2024-11-15"]);
    }
}
