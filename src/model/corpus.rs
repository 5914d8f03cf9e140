//! The corpus: articles, their texts and what is known about them.
//!
//! The embedded corpus is compiled into the binary (see `build.rs`): the texts under
//! `assets/corpus/`, byte for byte, and their description in `assets/corpus.toml`. Loading
//! checks every field and every cross-reference, and reports a typed [`CorpusError`] instead
//! of ever showing something half-checked.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use super::{
    Revision,
    date::{DateProvenance, KnownDate, PartialDate},
};

/// The description of the embedded articles.
const EMBEDDED_METADATA: &str = include_str!("../../assets/corpus.toml");

/// The embedded texts: `(file name, bytes)`, sorted by file name.
const EMBEDDED_TEXTS: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/embedded_corpus.rs"));

/// Whether an article's title is its own or was supplied from the published copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TitleSource {
    /// The text prints the title.
    Printed,
    /// The text has no title; this one comes from where it was published.
    Supplied,
}

/// One article: its text and what is known about it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Stable identifier (`baltictimes-assistance-2023`): lowercase letters, digits and `-`.
    pub id: String,
    /// Name of the text file the article came from.
    pub file: String,
    /// The title.
    pub title: String,
    /// Whether the title is printed in the text or supplied.
    pub title_source: TitleSource,
    /// Who published the copy we hold.
    pub publisher: String,
    /// A short form of the publisher's name, for tables and lists.
    pub publisher_short: String,
    /// The credit line, where the article has one.
    #[serde(default)]
    pub byline: Option<String>,
    /// Address of the published copy.
    pub url: String,
    /// When it was published, and how that is known; `None` for an article whose date could
    /// not be found (an imported one: every built-in article has a date).
    #[serde(default)]
    pub date: Option<KnownDate>,
    /// The text, exactly as published.
    #[serde(skip)]
    pub text: String,
    /// Whether the user imported it (rather than it being built in).
    #[serde(skip)]
    pub imported: bool,
    /// How each of an imported article's details was found, by detail (`title`, `byline`,
    /// `publisher`, `date`, `url`); empty for the built-in ones, described in `corpus.toml`.
    #[serde(skip)]
    pub how: std::collections::BTreeMap<String, String>,
}

/// What an article with no known date shows where its date would be.
pub const UNDATED: &str = "undated";

impl Article {
    /// The date, where known.
    pub fn date_value(&self) -> Option<PartialDate> {
        self.date.as_ref().map(|d| d.value)
    }

    /// Whether the date is known but inferred rather than printed.
    pub fn is_date_inferred(&self) -> bool {
        self.date.as_ref().is_some_and(KnownDate::is_inferred)
    }

    /// The date in words, marked when inferred; `undated` when unknown.
    pub fn date_text(&self) -> String {
        self.date.as_ref().map_or_else(|| UNDATED.to_owned(), KnownDate::text)
    }

    /// How the date is known, in a sentence.
    pub fn date_explained(&self) -> String {
        self.date.as_ref().map_or_else(
            || "No date was found in the file. Add it with Edit details…".to_owned(),
            KnownDate::explained,
        )
    }

    /// A plain-text citation for pasting into a document:
    /// `Publisher, “Title”, date, address`. A supplied title is put in square brackets and an
    /// inferred date is marked, so the citation never claims more than the source prints.
    pub fn citation(&self) -> String {
        let title = match self.title_source {
            TitleSource::Printed => format!("“{}”", self.title),
            TitleSource::Supplied => format!("[{}]", self.title),
        };
        let date = self.date_text();
        if self.url.is_empty() {
            format!("{}, {title}, {date}", self.publisher)
        } else {
            format!("{}, {title}, {date}, {}", self.publisher, self.url)
        }
    }
}

/// Why the corpus could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CorpusError {
    /// The description file is not valid TOML of the expected shape.
    #[error("the corpus description could not be read: {0}")]
    Metadata(String),
    /// An article's id is empty or has characters other than `a-z`, `0-9` and `-`.
    #[error("“{id}” is not a valid article id (use lowercase letters, digits and “-”)")]
    BadId {
        /// The offending id.
        id: String,
    },
    /// Two articles share an id.
    #[error("two articles have the id “{id}”")]
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// A required text field is empty.
    #[error("article “{article}” has an empty {field}")]
    EmptyField {
        /// The article's id.
        article: String,
        /// The field's name.
        field: &'static str,
    },
    /// The address is not an `http(s)://host/…` URL.
    #[error("article “{article}” has an address that is not a web link: “{url}”")]
    BadUrl {
        /// The article's id.
        article: String,
        /// The offending address.
        url: String,
    },
    /// The described text file is not in the corpus.
    #[error("article “{article}” names the text file “{file}”, which is missing")]
    MissingText {
        /// The article's id.
        article: String,
        /// The file it names.
        file: String,
    },
    /// Two articles name the same text file.
    #[error("the text file “{file}” is described twice")]
    SharedText {
        /// The file both name.
        file: String,
    },
    /// A text file is not described by any article.
    #[error("the text file “{file}” is not described in the corpus description")]
    UndescribedText {
        /// The file nobody describes.
        file: String,
    },
    /// A text file is not valid UTF-8.
    #[error("the text file “{file}” is not valid UTF-8 (first bad byte at {valid_up_to})")]
    NotUtf8 {
        /// The file.
        file: String,
        /// Byte offset of the first invalid byte.
        valid_up_to: usize,
    },
    /// A text file has no visible text.
    #[error("the text file “{file}” is empty")]
    EmptyText {
        /// The file.
        file: String,
    },
    /// A title marked as printed does not occur in the text.
    #[error("article “{article}” says its title is printed, but the text does not contain it")]
    TitleNotPrinted {
        /// The article's id.
        article: String,
    },
    /// A date marked as stated is not printed in the text as described.
    #[error("article “{article}” says its date is printed as “{as_printed}”, but the text does not contain that")]
    DateNotPrinted {
        /// The article's id.
        article: String,
        /// What the description says the text prints.
        as_printed: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Description {
    article: Vec<Article>,
}

/// A set of articles, each checked and with its text. It never changes once made: a change
/// (an import, an edit) makes a new corpus, with a new [`Revision`].
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    articles: Vec<Article>,
    /// Where each id is in `articles`: tables look articles up by id for every row they draw.
    by_id: HashMap<String, usize>,
    revision: Revision,
}

/// Two corpora are equal when their articles are, whatever their revisions.
impl PartialEq for Corpus {
    fn eq(&self, other: &Self) -> bool {
        self.articles == other.articles
    }
}

impl Eq for Corpus {}

impl Corpus {
    /// The corpus compiled into the binary.
    pub fn embedded() -> Result<Self, CorpusError> {
        Self::from_parts(EMBEDDED_METADATA, EMBEDDED_TEXTS)
    }

    /// The raw embedded text files, `(file name, bytes)`, for checking against the originals.
    pub fn embedded_files() -> &'static [(&'static str, &'static [u8])] {
        EMBEDDED_TEXTS
    }

    /// Builds a corpus from a TOML description and the text files it names, checking both.
    pub fn from_parts(metadata: &str, files: &[(&str, &[u8])]) -> Result<Self, CorpusError> {
        let description: Description = toml::from_str(metadata).map_err(|e| CorpusError::Metadata(e.to_string()))?;
        let texts: HashMap<&str, &[u8]> = files.iter().copied().collect();

        let mut ids = HashSet::new();
        let mut used_files = HashSet::new();
        let mut articles = Vec::with_capacity(description.article.len());
        for mut article in description.article {
            check_fields(&article)?;
            if !ids.insert(article.id.clone()) {
                return Err(CorpusError::DuplicateId { id: article.id });
            }
            if !used_files.insert(article.file.clone()) {
                return Err(CorpusError::SharedText { file: article.file });
            }
            let bytes = texts
                .get(article.file.as_str())
                .ok_or_else(|| CorpusError::MissingText {
                    article: article.id.clone(),
                    file: article.file.clone(),
                })?;
            article.text = decode(&article.file, bytes)?;
            check_against_text(&article)?;
            articles.push(article);
        }
        if let Some((file, _)) = files.iter().find(|(file, _)| !used_files.contains(*file)) {
            return Err(CorpusError::UndescribedText {
                file: (*file).to_owned(),
            });
        }
        Ok(Self::from_articles(articles))
    }

    /// A corpus of articles made elsewhere (generated, or imported and checked there).
    pub fn from_articles(articles: Vec<Article>) -> Self {
        let mut by_id = HashMap::with_capacity(articles.len());
        for (i, article) in articles.iter().enumerate() {
            // The first of two articles with one id wins, as a search from the start would.
            by_id.entry(article.id.clone()).or_insert(i);
        }
        Self {
            articles,
            by_id,
            revision: Revision::new(),
        }
    }

    /// This state of the corpus, for whatever is worked out from it to know when to redo it.
    pub fn revision(&self) -> Revision {
        self.revision
    }

    /// The articles, in the order of the description.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// The article with this id.
    pub fn get(&self, id: &str) -> Option<&Article> {
        self.by_id.get(id).and_then(|&i| self.articles.get(i))
    }

    /// How many articles there are.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// Whether there are no articles.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }
}

fn check_fields(article: &Article) -> Result<(), CorpusError> {
    let id_ok = !article.id.is_empty()
        && article
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !id_ok {
        return Err(CorpusError::BadId { id: article.id.clone() });
    }
    // A built-in article always has a date; an imported one may not (it is then undated).
    if article.date.is_none() && !article.imported {
        return Err(CorpusError::EmptyField {
            article: article.id.clone(),
            field: "date",
        });
    }
    let reason = article.date.as_ref().and_then(KnownDate::inferred_reason);
    let printed = match article.date.as_ref().map(|d| &d.provenance) {
        Some(DateProvenance::Stated { as_printed }) => Some(as_printed.as_str()),
        _ => None,
    };
    let required = [
        ("file", Some(article.file.as_str())),
        ("title", Some(article.title.as_str())),
        ("publisher", Some(article.publisher.as_str())),
        ("short publisher name", Some(article.publisher_short.as_str())),
        ("byline", article.byline.as_deref()),
        ("url", Some(article.url.as_str())),
        ("date reason", reason),
        ("printed date", printed),
    ];
    if let Some((field, _)) = required
        .iter()
        .find(|(_, value)| value.is_some_and(|v| v.trim().is_empty()))
    {
        return Err(CorpusError::EmptyField {
            article: article.id.clone(),
            field,
        });
    }
    if !is_web_link(&article.url) {
        return Err(CorpusError::BadUrl {
            article: article.id.clone(),
            url: article.url.clone(),
        });
    }
    Ok(())
}

/// An `http://` or `https://` address with a host and no white space.
fn is_web_link(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split('/').next().unwrap_or_default();
        host.contains('.') && !url.chars().any(char::is_whitespace)
    })
}

fn decode(file: &str, bytes: &[u8]) -> Result<String, CorpusError> {
    let text = std::str::from_utf8(bytes).map_err(|e| CorpusError::NotUtf8 {
        file: file.to_owned(),
        valid_up_to: e.valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(CorpusError::EmptyText { file: file.to_owned() });
    }
    Ok(text.to_owned())
}

fn check_against_text(article: &Article) -> Result<(), CorpusError> {
    if article.title_source == TitleSource::Printed && !article.text.contains(&article.title) {
        return Err(CorpusError::TitleNotPrinted {
            article: article.id.clone(),
        });
    }
    if let Some(KnownDate {
        provenance: DateProvenance::Stated { as_printed },
        ..
    }) = &article.date
        && !article.text.contains(as_printed.as_str())
    {
        return Err(CorpusError::DateNotPrinted {
            article: article.id.clone(),
            as_printed: as_printed.clone(),
        });
    }
    Ok(())
}
