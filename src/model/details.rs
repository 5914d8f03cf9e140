//! An imported article's own details: its title, byline, publisher, date and address, found
//! where people's saved copies say them, each with how it was found.
//!
//! - Plain text and Markdown as saved from a browser: a title line, then short lines such as
//!   "By Ivanna Kostina", "The Kyiv Independent (news desk); February 1, 2023", a dateline
//!   ("VILNIUS, Jan 3 (BNS) –"), "Source: …" at the top or the bottom, an address.
//! - Markdown front matter (YAML or TOML: title, date, author, source or publisher, url).
//! - Web pages: JSON-LD (`NewsArticle`), OpenGraph and `article:*` meta, `citation_*`, Dublin
//!   Core, `<time datetime>` and the canonical link (read in `import.rs`, weighed here).
//!
//! Where sources disagree about the date, publication-date metadata wins, then a date printed
//! near the top (a byline date), then a dateline. A date in the future or before the events the
//! corpus covers ([`EARLIEST`]) is refused, with the reason. The file's own modification time is
//! never taken for the article's date: an article with no date found is *undated*.

use super::date::PartialDate;

/// The earliest date an article about Lithuania's military assistance to Ukraine can bear: the
/// assistance began with the war in Donbas in 2014.
pub const EARLIEST: PartialDate = PartialDate::year_only(2014);

/// One detail and how it was found ("printed on line 2", "from the page's JSON-LD").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<T> {
    /// The detail.
    pub value: T,
    /// How it was found, for the reader.
    pub how: String,
}

impl<T> Found<T> {
    /// `value`, found as `how` says.
    pub fn new(value: T, how: impl Into<String>) -> Self {
        Self { value, how: how.into() }
    }
}

/// A date as found: the date, and the words that gave it, as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    /// The date, as precise as printed.
    pub date: PartialDate,
    /// The words that gave it ("February 1, 2023").
    pub as_printed: String,
}

/// How strongly a source of a date is believed, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DateSource {
    /// Publication-date metadata (JSON-LD, meta tags, front matter).
    Metadata,
    /// Printed near the top of the text, with the byline or the publisher.
    Byline,
    /// Printed in a dateline ("VILNIUS, Jan 3 (BNS) –") or a "Source:" line.
    Dateline,
}

/// Everything found about an article, each detail with how it was found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Details {
    /// The headline.
    pub title: Option<Found<String>>,
    /// Who wrote it.
    pub byline: Option<Found<String>>,
    /// Who published it.
    pub publisher: Option<Found<String>>,
    /// When it was published.
    pub date: Option<Found<Dated>>,
    /// The address of the published copy.
    pub url: Option<Found<String>>,
    /// Dates found and refused, with the reason ("3 May 2031: in the future").
    pub refused: Vec<String>,
    /// The strength of the date's source, to let a stronger one replace it.
    date_source: Option<DateSource>,
}

impl Details {
    /// Offers `title` with how it was found; the first offer stands.
    pub fn offer_title(&mut self, title: &str, how: &str) {
        offer(&mut self.title, title, how);
    }

    /// Offers a byline; the first offer stands.
    pub fn offer_byline(&mut self, byline: &str, how: &str) {
        let byline = byline.trim().trim_start_matches("By ").trim_start_matches("by ");
        offer(&mut self.byline, byline, how);
    }

    /// Offers a publisher; the first offer stands.
    pub fn offer_publisher(&mut self, publisher: &str, how: &str) {
        offer(&mut self.publisher, &publisher_name(publisher), how);
    }

    /// Offers an address; the first offer stands.
    pub fn offer_url(&mut self, url: &str, how: &str) {
        let url = url.trim();
        if url.starts_with("http://") || url.starts_with("https://") {
            offer(&mut self.url, url, how);
        }
    }

    /// Offers the date in `text` from a source of strength `source`: taken when it is the first,
    /// or from a stronger source than the one taken; refused (and remembered why) when it is
    /// impossible. `today` is the latest possible date.
    pub fn offer_date(&mut self, text: &str, source: DateSource, how: &str, today: PartialDate) {
        let Some(dated) = find_date(text) else { return };
        if let Some(reason) = impossible(dated.date, today) {
            let refusal = format!("{} ({how}): {reason}", dated.as_printed);
            if !self.refused.contains(&refusal) {
                self.refused.push(refusal);
            }
            return;
        }
        if self.date_source.is_none_or(|taken| source < taken) {
            self.date = Some(Found::new(dated, how));
            self.date_source = Some(source);
        }
    }

    /// Reads the short lines at the top and the foot of a text as a person would: the title,
    /// a byline, a publisher with or without a date, a dateline, a "Source:" line, an address.
    /// Details already offered (by metadata) keep their place.
    pub fn read_lines(&mut self, text: &str, at: Lines, today: PartialDate) {
        let lines: Vec<(usize, &str)> = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim()))
            .filter(|(_, l)| !l.is_empty())
            .collect();
        let Some(&(title_line, title)) = lines.first() else {
            return;
        };
        if is_short(title) {
            self.offer_title(title, &at.how(title_line));
        }
        // The header: the short lines after the title, up to the first paragraph of prose.
        let mut first_paragraph = None;
        for &(n, line) in lines.iter().skip(1).take(HEADER_LINES) {
            let how = at.how(n);
            if !is_short(line) {
                first_paragraph = Some((line, how));
                break;
            }
            self.read_header_line(line, &how, today);
        }
        // The foot: "Source: …" lines and addresses saved below the text.
        for &(n, line) in lines.iter().rev().take(FOOTER_LINES) {
            if let Some((name, rest)) = credit(line) {
                let how = at.how(n);
                self.offer_publisher(name, &how);
                self.offer_date(rest, DateSource::Dateline, &how, today);
            } else if is_short(line) {
                let how = at.how(n);
                if let Some(rest) = labelled(line, &["source", "published by", "publisher"]) {
                    self.read_source(rest, &how, today);
                } else if let Some(rest) = labelled(line, &["url", "link", "address", "original"]) {
                    self.offer_url(rest, &how);
                } else if line.starts_with("http") {
                    self.offer_url(line, &how);
                }
            }
        }
        // Last, a dateline: its agency wrote the story, but a "Source:" line names who published it.
        if let Some((line, how)) = first_paragraph {
            self.read_dateline(line, &how, today);
        }
    }

    /// One short line of the header.
    fn read_header_line(&mut self, line: &str, how: &str, today: PartialDate) {
        if line.starts_with("http://") || line.starts_with("https://") {
            self.offer_url(line, how);
        } else if let Some(rest) = labelled(line, &["source", "published by", "publisher"]) {
            self.read_source(rest, how, today);
        } else if let Some(rest) = labelled(line, &["author", "authors", "written by", "reporter", "text", "words"]) {
            self.offer_byline(without_date(rest), how);
            self.offer_date(rest, DateSource::Byline, how, today);
        } else if let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("by ")) {
            // "By Asta Grigaitė | 28 June 2023 | Euro Security Daily": the writer first, then a
            // date and perhaps the publisher, in segments.
            let mut segments = rest
                .split(['|', '·', '\u{2022}'])
                .map(str::trim)
                .filter(|s| !s.is_empty());
            if let Some(writer) = segments.next() {
                self.offer_byline(without_date(writer), how);
            }
            self.offer_date(rest, DateSource::Byline, how, today);
            for segment in segments.filter(|s| find_date(s).is_none() && looks_like_a_name(s)) {
                self.offer_publisher(segment, how);
            }
        } else if let Some(rest) = labelled(line, &["date", "published", "posted", "updated", "first published"]) {
            self.offer_date(rest, DateSource::Byline, how, today);
        } else if let Some((dated, writer)) = line.split_once(" by ").filter(|(d, _)| find_date(d).is_some()) {
            // "Posted on 2 December 2022 by Linas Žukauskas".
            self.offer_date(dated, DateSource::Byline, how, today);
            self.offer_byline(without_date(writer), how);
        } else if find_date(line).is_some() {
            // "The Kyiv Independent (news desk); February 1, 2023": a publisher beside the date.
            self.offer_date(line, DateSource::Byline, how, today);
            let rest = without_date(line);
            if looks_like_a_name(rest) && !is_time_or_day(rest) {
                self.offer_publisher(rest, how);
            }
        } else if self.publisher.is_none() && looks_like_a_name(line) && line.split_whitespace().count() <= 5 {
            self.offer_publisher(line, how);
        }
    }

    /// What follows "Source:": a publisher, perhaps a date, perhaps an address.
    fn read_source(&mut self, rest: &str, how: &str, today: PartialDate) {
        let mut name = rest;
        if let Some(at) = rest.find("http") {
            self.offer_url(rest[at..].split_whitespace().next().unwrap_or_default(), how);
            name = &rest[..at];
        }
        self.offer_date(name, DateSource::Dateline, how, today);
        let name = without_date(name);
        if !name.is_empty() {
            self.offer_publisher(name, how);
        }
    }

    /// A dateline opening the first paragraph: "VILNIUS, Jan 3 (BNS) – …" gives a date and a
    /// news agency; "VILNIUS –" alone gives neither.
    fn read_dateline(&mut self, line: &str, how: &str, today: PartialDate) {
        let Some(dash) = line
            .char_indices()
            .take(80)
            .find(|&(_, c)| matches!(c, '\u{2013}' | '\u{2014}' | '-'))
            .map(|(i, _)| i)
        else {
            return;
        };
        let head = &line[..dash];
        // A dateline starts with a place in capitals.
        let place = head.split([',', '(']).next().unwrap_or_default().trim();
        if place.len() < 3 || place.chars().any(|c| c.is_lowercase()) || !place.chars().any(char::is_uppercase) {
            return;
        }
        self.offer_date(head, DateSource::Dateline, how, today);
        if let (Some(open), Some(close)) = (head.find('('), head.rfind(')'))
            && open < close
        {
            self.offer_publisher(&head[open + 1..close], &format!("{how}, in the dateline"));
        }
    }
}

/// What the lines read are, to say where a detail was printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// The file's own lines, the first being line `1 + offset` of the file.
    OfTheFile(usize),
    /// The readable text of a page or of Markdown, whose lines are not the file's.
    OfTheText,
}

impl Lines {
    fn how(self, n: usize) -> String {
        match self {
            Self::OfTheFile(offset) => format!("printed on line {}", n + offset),
            Self::OfTheText => format!("printed in the text (its line {n})"),
        }
    }
}

/// How many lines after the title are read as the header.
const HEADER_LINES: usize = 8;
/// How many lines at the foot are read for a source.
const FOOTER_LINES: usize = 4;

fn offer(slot: &mut Option<Found<String>>, value: &str, how: &str) {
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if slot.is_none() && !value.is_empty() {
        *slot = Some(Found::new(value, how));
    }
}

/// A line short enough to be a detail rather than prose.
fn is_short(line: &str) -> bool {
    line.chars().count() <= 120 && !(line.ends_with('.') && line.split_whitespace().count() > 8)
}

/// The text after a label such as "Source:" (any case; a colon or a dash after it).
fn labelled<'a>(line: &'a str, labels: &[&str]) -> Option<&'a str> {
    let lower = line.to_lowercase();
    labels.iter().find_map(|label| {
        let rest = lower.strip_prefix(label)?;
        let rest_trimmed = rest.trim_start();
        let sep = rest_trimmed.chars().next()?;
        if !matches!(sep, ':' | '\u{2013}' | '\u{2014}' | '-' | '|') {
            return None;
        }
        // The same position in the original line (lowercasing keeps these ASCII labels' length).
        let at = line.len() - rest_trimmed.len() + sep.len_utf8();
        line.get(at..).map(str::trim)
    })
}

/// A publisher's name as printed, without a desk or section in brackets, or separators.
fn publisher_name(text: &str) -> String {
    let mut name = String::new();
    let mut depth = 0_u32;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => name.push(c),
            _ => {}
        }
    }
    name.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ';' | ',' | '|' | '\u{2013}' | '\u{2014}' | '-' | '·' | ':')
    })
    .to_owned()
}

/// Capitalised words, as a name is, not a sentence.
fn looks_like_a_name(text: &str) -> bool {
    let name = publisher_name(text);
    let words: Vec<&str> = name.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 8
        && !name.ends_with(['.', '?', '!'])
        && words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
            * 2
            > words.len()
}

/// A credit line at the foot: "Originally published by Eastern Flank Monitor on 8 August 2023."
/// or "This article first appeared in The Vilnius Herald." Gives the publisher's name and what
/// follows it (where a date may be).
fn credit(line: &str) -> Option<(&str, &str)> {
    if line.chars().count() > 200 {
        return None;
    }
    let lower = line.to_lowercase();
    let at = ["published by ", "appeared in ", "appeared on ", "republished from "]
        .iter()
        .find_map(|cue| lower.find(cue).map(|i| i + cue.len()))?;
    // Only where the line opens with the credit, not a sentence of the article that mentions one.
    let opening = lower.get(..at)?;
    if ![
        "originally",
        "first",
        "this article",
        "this story",
        "published by",
        "republished",
    ]
    .iter()
    .any(|start| opening.starts_with(start))
    {
        return None;
    }
    let rest = line.get(at..)?;
    let end = [" on ", ", ", " in "]
        .iter()
        .filter_map(|sep| rest.find(sep))
        .min()
        .unwrap_or(rest.len());
    let name = rest.get(..end)?.trim_end_matches('.');
    looks_like_a_name(name).then(|| (name, rest.get(end..).unwrap_or_default()))
}

/// Words that go with a date but name nobody: a weekday, a time, a time zone.
fn is_time_or_day(text: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    text.split_whitespace().all(|word| {
        let word = word.trim_matches(|c: char| matches!(c, ',' | ';' | '.' | '(' | ')'));
        let lower = word.to_lowercase();
        DAYS.iter()
            .any(|d| *d == lower || (lower.len() == 3 && d.starts_with(&lower)))
            || word.chars().all(|c| c.is_ascii_digit() || c == ':')
            || matches!(lower.as_str(), "am" | "pm" | "a.m" | "p.m")
            || ((3..=4).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase()) && word.ends_with('T'))
    })
}

/// The line without the date in it (and the separators around it).
fn without_date(line: &str) -> &str {
    let Some(dated) = find_date(line) else {
        return line.trim();
    };
    let Some(at) = line.find(&dated.as_printed) else {
        return line.trim();
    };
    let before = line[..at].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ';' | ',' | '|' | '\u{2013}' | '\u{2014}' | '-' | '·')
    });
    if before.trim().is_empty() {
        line[at + dated.as_printed.len()..]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, ';' | ',' | '|' | '-' | '·'))
    } else {
        before.trim()
    }
}

/// Why a date cannot be an article's date, if it cannot.
fn impossible(date: PartialDate, today: PartialDate) -> Option<String> {
    if date.year() > today.year() || (date.year() == today.year() && date > today && date.day().is_some()) {
        Some("in the future".to_owned())
    } else if date < EARLIEST {
        Some(format!("before {}, when the assistance began", EARLIEST.year()))
    } else {
        None
    }
}

/// The months' names, lowercased, January first.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a word names: "February", "Feb", "Feb.", "Sept".
fn month_of(word: &str) -> Option<u32> {
    let word = word.trim_end_matches(['.', ',']).to_lowercase();
    if word.len() < 3 {
        return None;
    }
    let index = MONTH_NAMES
        .iter()
        .position(|m| *m == word || (word.len() <= 4 && m.starts_with(&word) && (word.len() == 3 || word == "sept")))?;
    u32::try_from(index + 1).ok()
}

fn number(word: &str) -> Option<u32> {
    let digits = word
        .trim_end_matches([',', '.', ';', ')', '|'])
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn day_date(year: u32, month: u32, day: u32) -> Option<PartialDate> {
    format!("{year:04}-{month:02}-{day:02}").parse().ok()
}

/// The first date in `text`, in any common English form: "February 1, 2023", "1 February
/// 2023", "Friday, 5 April 2024, 13:30", "Feb. 1, 2023", "2023-06-28" (also at the start of a
/// timestamp), "1:29 PM EDT, May 9, 2024", "03.01.2023" (day first), "November 2024".
pub fn find_date(text: &str) -> Option<Dated> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let printed = |from: usize, to: usize| -> String {
        let (start, _) = words[from];
        let (end_at, end_word) = words[to];
        text[start..end_at + end_word.len()]
            .trim_end_matches([',', '.', ';'])
            .to_owned()
    };
    for (i, &(_, word)) in words.iter().enumerate() {
        let bare = word.trim_matches(|c: char| matches!(c, ',' | ';' | '(' | ')' | '|'));
        // 2023-06-28, 2023-06-28T13:29:00Z
        if let Some(iso) = bare.get(..10)
            && iso.as_bytes().get(4) == Some(&b'-')
            && let Ok(date) = iso.parse::<PartialDate>()
        {
            return Some(Dated {
                date,
                as_printed: iso.to_owned(),
            });
        }
        // 20240110, as some pages' date meta tags have it
        if bare.len() == 8
            && bare.bytes().all(|b| b.is_ascii_digit())
            && let (Some(year), Some(month), Some(day)) = (number(&bare[..4]), number(&bare[4..6]), number(&bare[6..]))
            && (1990..=2200).contains(&year)
            && let Some(date) = day_date(year, month, day)
        {
            return Some(Dated {
                date,
                as_printed: bare.to_owned(),
            });
        }
        // 2023/12/15, year first (as citation_publication_date has it); 03.01.2023, day first
        let numeric = bare.trim_end_matches('.');
        for (separator, year_first) in [('/', true), ('.', false)] {
            let parts: Vec<&str> = numeric.split(separator).collect();
            let [first, m, last] = parts[..] else { continue };
            let (y, d) = if year_first { (first, last) } else { (last, first) };
            if y.len() == 4
                && let (Some(year), Some(month), Some(day)) = (number(y), number(m), number(d))
                && let Some(date) = day_date(year, month, day)
            {
                return Some(Dated {
                    date,
                    as_printed: numeric.to_owned(),
                });
            }
        }
        let Some(month) = month_of(word) else { continue };
        let next = |k: usize| words.get(i + k).map(|&(_, w)| w);
        let year_at = |w: Option<&str>| w.and_then(number).filter(|y| (1900..=2200).contains(y));
        // February 1, 2023 · Feb. 1 2023
        if let Some(day) = next(1).and_then(number).filter(|d| (1..=31).contains(d))
            && let Some(year) = year_at(next(2))
            && let Some(date) = day_date(year, month, day)
        {
            return Some(Dated {
                date,
                as_printed: printed(i, i + 2),
            });
        }
        // 1 February 2023 · 5 April 2024, 13:30
        if i > 0
            && let Some(day) = number(words[i - 1].1).filter(|d| (1..=31).contains(d))
            && let Some(year) = year_at(next(1))
            && let Some(date) = day_date(year, month, day)
        {
            return Some(Dated {
                date,
                as_printed: printed(i - 1, i + 1),
            });
        }
        // November 2024
        if let Some(year) = year_at(next(1))
            && let Ok(date) = format!("{year:04}-{month:02}").parse::<PartialDate>()
        {
            return Some(Dated {
                date,
                as_printed: printed(i, i + 1),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<String> {
        find_date(text).map(|d| format!("{} = {}", d.date, d.as_printed))
    }

    #[test]
    fn dates_in_the_forms_people_print_them() {
        let cases = [
            ("February 1, 2023", "2023-02-01 = February 1, 2023"),
            ("1 February 2023", "2023-02-01 = 1 February 2023"),
            ("Friday, 5 April 2024, 13:30", "2024-04-05 = 5 April 2024"),
            ("Feb. 1, 2023", "2023-02-01 = Feb. 1, 2023"),
            ("2023-06-28", "2023-06-28 = 2023-06-28"),
            ("2024-05-09T13:29:00Z", "2024-05-09 = 2024-05-09"),
            ("1:29 PM EDT, May 9, 2024", "2024-05-09 = May 9, 2024"),
            ("03.01.2023", "2023-01-03 = 03.01.2023"),
            ("Updated: November 2024", "2024-11 = November 2024"),
            ("Sept 14, 2022", "2022-09-14 = Sept 14, 2022"),
        ];
        for (text, expected) in cases {
            assert_eq!(date(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn numbers_that_are_not_dates_are_not_taken() {
        for text in [
            "May the instructors return",
            "1,500 soldiers in 2023",
            "31.13.2023",
            "February 30, 2023",
            "March",
        ] {
            assert_eq!(date(text), None, "{text}");
        }
    }

    fn today() -> PartialDate {
        "2026-12-01".parse().unwrap()
    }

    #[test]
    fn a_header_gives_title_publisher_byline_and_date() {
        let text = "Lithuanian instructors join the EU mission\nThe Kyiv Independent (news desk); February 1, 2023\nBy Ivanna Kostina\n\nVILNIUS – Lithuania will send instructors to train Ukrainian soldiers in Germany and Poland this spring, the ministry said on Wednesday.";
        let mut details = Details::default();
        details.read_lines(text, Lines::OfTheFile(0), today());
        assert_eq!(
            details.title.unwrap().value,
            "Lithuanian instructors join the EU mission"
        );
        let publisher = details.publisher.unwrap();
        assert_eq!(publisher.value, "The Kyiv Independent");
        assert_eq!(publisher.how, "printed on line 2");
        assert_eq!(details.byline.unwrap().value, "Ivanna Kostina");
        let date = details.date.unwrap();
        assert_eq!(date.value.date.to_string(), "2023-02-01");
        assert_eq!(date.value.as_printed, "February 1, 2023");
    }

    #[test]
    fn a_source_line_at_the_foot_and_a_dateline_with_an_agency() {
        let text = "Cyber centre opens in Kaunas\n\nKAUNAS, Oct 3, 2023 (BNS) – A regional cyber security centre opened in Kaunas on Tuesday, with Ukraine among its partners from the start.\n\nSource: LRT English, https://www.lrt.lt/en/news-in-english/19/2090000";
        let mut details = Details::default();
        details.read_lines(text, Lines::OfTheFile(0), today());
        assert_eq!(details.date.unwrap().value.date.to_string(), "2023-10-03");
        // The agency wrote it; the source line names who published it.
        assert_eq!(details.publisher.as_ref().unwrap().value, "LRT English");
        assert_eq!(
            details.url.unwrap().value,
            "https://www.lrt.lt/en/news-in-english/19/2090000"
        );
    }

    #[test]
    fn metadata_outranks_a_printed_date_and_impossible_dates_are_refused() {
        let mut details = Details::default();
        details.offer_date("5 May 2031", DateSource::Metadata, "from the page's JSON-LD", today());
        assert!(details.date.is_none());
        assert_eq!(details.refused, ["5 May 2031 (from the page's JSON-LD): in the future"]);
        details.offer_date("March 3, 2022", DateSource::Byline, "printed on line 2", today());
        details.offer_date(
            "2022-03-04T10:00:00Z",
            DateSource::Metadata,
            "from the page's metadata",
            today(),
        );
        details.offer_date("1 January 2009", DateSource::Metadata, "from the front matter", today());
        let date = details.date.unwrap();
        assert_eq!(
            (date.value.date.to_string(), date.how.as_str()),
            ("2022-03-04".to_owned(), "from the page's metadata")
        );
        assert!(details.refused[1].contains("before 2014"), "{:?}", details.refused);
    }

    #[test]
    fn a_dateline_alone_gives_no_publisher_and_prose_gives_nothing() {
        let text = "Title\n\nVILNIUS – The government approved another package on Tuesday, 12 March 2024, worth millions of euros for Ukraine's defence.";
        let mut details = Details::default();
        details.read_lines(text, Lines::OfTheFile(0), today());
        assert!(details.publisher.is_none());
        assert!(
            details.date.is_none(),
            "a date inside the prose is an event, not the article's date"
        );
    }
}
