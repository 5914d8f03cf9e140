//! The user's own articles: imported from files, kept in a store in the data folder between
//! runs.
//!
//! The store is one JSON file, `library.json`, written atomically (temporary file, then rename),
//! so a crash mid-write never leaves half a library. A store that cannot be read is set aside
//! under a new name, never deleted, and the user is told.

use std::{
    borrow::Cow,
    collections::BTreeMap,
    fs,
    path::{Path, PathBuf},
    time::SystemTime,
};

use serde::{Deserialize, Serialize};

use super::{
    catalogue::{Catalogue, Figure, Origin, Programme},
    corpus::{Article, Corpus, CorpusError, TitleSource},
    date::{DateProvenance, KnownDate, PartialDate, today_utc},
    details::Found,
    export::{ExportError, write_atomically},
    extract,
    import::{self, Format, Skip},
};

mod correct;
mod edit;

pub use correct::{Anchor, Change, CorrectError, Correction, Fields, Kind, parse_value};
pub use edit::{Edit, EditError};

/// The store's format version; a store from a newer Parama is set aside, not misread.
const VERSION: u32 = 1;
/// The publisher shown when the file names none.
pub const UNKNOWN_PUBLISHER: &str = "Unknown publisher";
/// The store's file name in the data folder.
const STORE: &str = "library.json";

/// An imported article as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    /// Stable id (`imported-…`).
    pub id: String,
    /// The title.
    pub title: String,
    /// Whether the title is printed in the text.
    pub title_printed: bool,
    /// Who published it, as far as the file says.
    pub publisher: String,
    /// Who wrote it, where the file says.
    #[serde(default)]
    pub byline: Option<String>,
    /// The address of the published copy, where the file gives it.
    #[serde(default)]
    pub url: String,
    /// The date, as precise as known; `None` when the file gives none (the article is undated).
    #[serde(default)]
    pub date: Option<PartialDate>,
    /// How the date was worked out (when the text does not print it).
    pub date_reason: String,
    /// The date exactly as the text prints it, when the user says it is printed.
    #[serde(default)]
    pub date_printed: Option<String>,
    /// The readable text.
    pub text: String,
    /// The file it came from.
    pub source: String,
    /// A fingerprint of the text, to recognise duplicates.
    pub fingerprint: u64,
    /// How each detail was found, by detail (`title`, `byline`, `publisher`, `date`, `url`):
    /// "printed on line 2", "from the page's JSON-LD", "edited by you".
    #[serde(default)]
    pub how: BTreeMap<String, String>,
}

/// What the first versions of Parama put in `date_reason` when they took the file's
/// modification time for the article's date. Such dates are dropped when a library is opened.
const FILE_TIME_REASON: &str = "Not in the file: the date the file was last changed.";

impl Stored {
    /// The article as the rest of Parama sees it.
    pub fn to_article(&self) -> Article {
        Article {
            id: self.id.clone(),
            file: self.source.clone(),
            title: self.title.clone(),
            title_source: if self.title_printed {
                TitleSource::Printed
            } else {
                TitleSource::Supplied
            },
            publisher: self.publisher.clone(),
            publisher_short: self.publisher.clone(),
            byline: self.byline.clone(),
            url: self.url.clone(),
            date: self.date.map(|value| KnownDate {
                value,
                provenance: match &self.date_printed {
                    Some(as_printed) => DateProvenance::Stated {
                        as_printed: as_printed.clone(),
                    },
                    None => DateProvenance::Inferred {
                        reason: self.date_reason.clone(),
                    },
                },
            }),
            how: self.how.clone(),
            text: self.text.clone(),
            imported: true,
        }
    }
}

/// What the user decided about a row found automatically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// Checked against its source and kept.
    Reviewed,
    /// Not wanted: left out of the tables and exports.
    Hidden,
}

#[derive(Serialize, Deserialize)]
struct File {
    version: u32,
    articles: Vec<Stored>,
    #[serde(default)]
    reviews: BTreeMap<String, Review>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    corrections: Vec<Correction>,
}

/// Why the library could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    /// The store was unreadable and has been moved aside.
    #[error(
        "your library of imported articles could not be read ({reason}); it was kept as {kept}, and Parama started with an empty library"
    )]
    SetAside {
        /// What was wrong with it.
        reason: String,
        /// Where the old file is now.
        kept: PathBuf,
    },
    /// The store was unreadable and could not even be moved aside.
    #[error("your library of imported articles at {path} could not be read ({reason}), nor moved aside: {error}")]
    Stuck {
        /// The store.
        path: PathBuf,
        /// What was wrong with it.
        reason: String,
        /// Why it could not be moved.
        error: String,
    },
    /// The data folder could not be created.
    #[error("the data folder {path} could not be created: {error}")]
    Folder {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        error: String,
    },
    /// Saving failed.
    #[error(transparent)]
    Save(#[from] ExportError),
}

/// The imported articles and where they are kept.
#[derive(Debug, Clone, Default)]
pub struct Library {
    folder: PathBuf,
    articles: Vec<Stored>,
    reviews: BTreeMap<String, Review>,
    /// The user's corrections of rows found automatically, in the order made.
    corrections: Vec<Correction>,
    /// The rows found automatically in each article, by article id: worked out once per article
    /// (extraction is the slow part), so a review or an import does not redo them all.
    found: BTreeMap<String, (Vec<Programme>, Vec<Figure>)>,
}

/// The rows found automatically in one stored article.
fn found_in(stored: &Stored) -> (Vec<Programme>, Vec<Figure>) {
    extract::rows(&stored.to_article())
}

/// What importing a batch of files did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Ids of the articles imported.
    pub imported: Vec<String>,
    /// Files skipped, with the reason.
    pub skipped: Vec<(PathBuf, Skip)>,
    /// Whether the user stopped the import before the end.
    pub cancelled: bool,
    /// The articles imported without some of their details, which the user should fill in.
    pub incomplete: Vec<Incomplete>,
}

/// An imported article whose file did not give all its details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incomplete {
    /// The article's id.
    pub id: String,
    /// Its title (perhaps the file's name, when the title is what is missing).
    pub title: String,
    /// What is missing: `title`, `publisher`, `date`.
    pub missing: Vec<&'static str>,
}

impl Incomplete {
    /// `“Title”: no publisher, no date`.
    pub fn line(&self) -> String {
        let missing: Vec<String> = self.missing.iter().map(|m| format!("no {m}")).collect();
        format!("“{}”: {}", self.title, missing.join(", "))
    }
}

/// The details every article should have; an import says which of them a file did not give.
const NEEDED: [&str; 3] = ["title", "publisher", "date"];

impl Report {
    /// "Imported 12, skipped 2".
    pub fn summary(&self) -> String {
        let stopped = if self.cancelled {
            " (stopped before the end)"
        } else {
            ""
        };
        format!(
            "Imported {}, skipped {}{stopped}",
            self.imported.len(),
            self.skipped.len()
        )
    }
}

impl Library {
    /// The platform's folder for Parama's data, as the `directories` crate finds it: the
    /// library (`library.json`), the window's state (`window.ron`) and crash reports all live
    /// there. `$XDG_DATA_HOME/parama` (`~/.local/share/parama`) on Linux, `%APPDATA%\parama`
    /// (the roaming application data folder) on Windows, `~/Library/Application Support/parama`
    /// on macOS; `parama` in the current folder if the system names no home.
    pub fn default_folder() -> PathBuf {
        directories::BaseDirs::new().map_or_else(|| PathBuf::from("parama"), |dirs| dirs.data_dir().join("parama"))
    }

    /// Opens the library in `folder`. An unreadable store is set aside and an empty library
    /// returned together with the error to show; a missing one is simply empty.
    pub fn open(folder: &Path) -> (Self, Option<LibraryError>) {
        let empty = Self {
            folder: folder.to_owned(),
            ..Self::default()
        };
        let path = folder.join(STORE);
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (empty, None),
            Err(e) => {
                return (
                    empty,
                    Some(LibraryError::Stuck {
                        path,
                        reason: e.to_string(),
                        error: "not readable".into(),
                    }),
                );
            }
        };
        let reason = match Self::read_store(folder, &bytes) {
            Ok(library) => return (library, None),
            Err(reason) => reason,
        };
        let kept = folder.join(format!("library.unreadable-{}-{}.json", today_utc(), now_secs()));
        let error = match fs::rename(&path, &kept) {
            Ok(()) => LibraryError::SetAside { reason, kept },
            Err(e) => LibraryError::Stuck {
                path,
                reason,
                error: e.to_string(),
            },
        };
        (empty, Some(error))
    }

    /// Reads a store's bytes as the library in `folder`, or says why it cannot.
    pub fn read_store(folder: &Path, bytes: &[u8]) -> Result<Self, String> {
        match serde_json::from_slice::<File>(bytes) {
            Ok(mut file) if file.version <= VERSION => {
                // A file's modification time is not the article's date: such dates are dropped.
                for article in &mut file.articles {
                    if article.date_printed.is_none() && article.date_reason == FILE_TIME_REASON {
                        article.date = None;
                        article.date_reason.clear();
                    }
                }
                Ok(Self {
                    folder: folder.to_owned(),
                    found: file.articles.iter().map(|a| (a.id.clone(), found_in(a))).collect(),
                    articles: file.articles,
                    reviews: file.reviews,
                    corrections: file.corrections,
                })
            }
            Ok(file) => Err(format!("it is from a newer Parama (format {})", file.version)),
            Err(e) => Err(format!("it is damaged: {e}")),
        }
    }

    /// The built-in articles followed by this library's.
    pub fn corpus(&self) -> Result<Corpus, CorpusError> {
        Corpus::embedded().map(|builtin| {
            let mut articles = builtin.articles().to_vec();
            articles.extend(self.articles.iter().map(Stored::to_article));
            Corpus::from_articles(articles)
        })
    }

    /// The folder the library lives in.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// The imported articles, oldest import first.
    pub fn articles(&self) -> &[Stored] {
        &self.articles
    }

    /// Writes the library to its store.
    pub fn save(&self) -> Result<(), LibraryError> {
        fs::create_dir_all(&self.folder).map_err(|e| LibraryError::Folder {
            path: self.folder.clone(),
            error: e.to_string(),
        })?;
        let file = File {
            version: VERSION,
            articles: self.articles.clone(),
            reviews: self.reviews.clone(),
            corrections: self.corrections.clone(),
        };
        let bytes = serde_json::to_vec_pretty(&file).map_err(|e| ExportError::Output(std::io::Error::other(e)))?;
        write_atomically(&self.folder.join(STORE), &bytes)?;
        Ok(())
    }

    /// Records the user's decision about an automatically found row.
    pub fn set_review(&mut self, id: &str, review: Review) {
        self.reviews.insert(id.to_owned(), review);
    }

    /// The catalogue to show: the curated rows, then the rows found automatically in the
    /// imported articles, less the hidden ones, the reviewed ones marked so.
    pub fn catalogue(&self, curated: &Catalogue) -> Catalogue {
        // Each article's rows as worked out when it was read or imported (worked out now for an
        // article that somehow has none).
        let found: Vec<Cow<'_, (Vec<Programme>, Vec<Figure>)>> = self
            .articles
            .iter()
            .map(|a| {
                self.found
                    .get(&a.id)
                    .map_or_else(|| Cow::Owned(found_in(a)), Cow::Borrowed)
            })
            .collect();
        let (mut programmes, mut figures) =
            extract::link::rows(curated, found.iter().map(|f| &**f), |id| match self.reviews.get(id) {
                Some(Review::Reviewed) => Some(Origin::Reviewed),
                Some(Review::Hidden) => None,
                None => Some(Origin::Auto),
            });
        correct::apply(&self.corrections, &mut programmes, &mut figures);
        Catalogue::from_rows(programmes, figures)
    }

    /// Records a correction (see [`Correction`]); it applies from the next
    /// [`Library::catalogue`].
    pub fn correct(&mut self, correction: Correction) {
        self.corrections.push(correction);
    }

    /// The corrections made, in order.
    pub fn corrections(&self) -> &[Correction] {
        &self.corrections
    }

    /// Takes the row `id` of `catalogue` back to what was found: forgets the corrections
    /// anchored to any of its passages (its own, a split that made it, a merge into it) and
    /// the review of it. Returns how many corrections and reviews were forgotten.
    pub fn revert(&mut self, catalogue: &Catalogue, kind: Kind, id: &str) -> usize {
        let citations = correct::row(catalogue, kind, id).map_or(&[][..], |(_, citations)| citations);
        let before = self.corrections.len();
        self.corrections
            .retain(|c| c.kind != kind || !correct::anchors(&c.on, id, citations));
        let review = usize::from(self.reviews.remove(id).is_some());
        before - self.corrections.len() + review
    }

    /// Removes the article with this id; says whether there was one.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.articles.len();
        self.articles.retain(|a| a.id != id);
        self.found.remove(id);
        self.articles.len() != before
    }

    /// Imports one file's bytes (read elsewhere, so tests and fuzzers need no files).
    pub fn add(&mut self, name: &str, bytes: &[u8]) -> Result<String, Skip> {
        let format = Format::of(Path::new(name)).ok_or(Skip::UnsupportedType)?;
        let text = import::decode(bytes)?;
        let doc = import::read(&text, format, today_date());
        if doc.text.trim().is_empty() {
            return Err(Skip::Empty);
        }
        let fingerprint = import::fingerprint(&doc.text);
        if let Some(same) = self.articles.iter().find(|a| a.fingerprint == fingerprint) {
            return Err(Skip::Duplicate(same.title.clone()));
        }
        let details = doc.details;
        let mut how = BTreeMap::new();
        let mut take = |detail: &str, found: Option<Found<String>>| {
            found.map(|found| {
                how.insert(detail.to_owned(), found.how);
                found.value
            })
        };
        let title = take("title", details.title).unwrap_or_else(|| name.to_owned());
        let url = take("url", details.url);
        let publisher = take(
            "publisher",
            details.publisher.or_else(|| {
                let host = url.as_deref().and_then(host)?;
                Some(Found::new(host, "from the address's host"))
            }),
        );
        let byline = take("byline", details.byline);
        // A date printed in the text is stated (as printed); one from metadata is inferred, with
        // where it came from as the reason.
        let (date, date_printed, date_reason) = match details.date {
            Some(found) => {
                how.insert("date".to_owned(), found.how.clone());
                let printed = found.how.starts_with("printed") && doc.text.contains(&found.value.as_printed);
                if printed {
                    (Some(found.value.date), Some(found.value.as_printed), String::new())
                } else {
                    let reason = format!("Not printed in the text: {} (“{}”).", found.how, found.value.as_printed);
                    (Some(found.value.date), None, reason)
                }
            }
            None => (None, None, String::new()),
        };
        let id = format!("imported-{fingerprint:016x}");
        self.articles.push(Stored {
            id: id.clone(),
            title_printed: doc.text.contains(&title),
            title,
            publisher: publisher.unwrap_or_else(|| UNKNOWN_PUBLISHER.to_owned()),
            byline,
            url: url.unwrap_or_default(),
            date,
            date_reason,
            date_printed,
            text: doc.text,
            source: name.to_owned(),
            fingerprint,
            how,
        });
        if let Some(stored) = self.articles.last() {
            self.found.insert(id.clone(), found_in(stored));
        }
        Ok(id)
    }

    /// Imports files and folders (recursively), skipping what cannot be imported, and saves.
    pub fn import_paths(&mut self, paths: &[PathBuf]) -> Result<Report, LibraryError> {
        self.import_paths_with(paths, |_, _| true)
    }

    /// Like [`Self::import_paths`], telling `progress` how many files of how many are done;
    /// when it returns `false` the import stops, keeping (and saving) what it has.
    pub fn import_paths_with(
        &mut self,
        paths: &[PathBuf],
        mut progress: impl FnMut(usize, usize) -> bool,
    ) -> Result<Report, LibraryError> {
        let mut report = Report::default();
        let files = expand(paths);
        for (done, path) in files.iter().cloned().enumerate() {
            if !progress(done, files.len()) {
                report.cancelled = true;
                break;
            }
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let read = fs::metadata(&path).and_then(|m| {
                if m.len() > MAX_FILE {
                    Ok(Err(Skip::TooLarge(usize::try_from(m.len()).unwrap_or(usize::MAX))))
                } else {
                    fs::read(&path).map(Ok)
                }
            });
            let result = match read {
                Ok(Ok(bytes)) => self.add(&name, &bytes),
                Ok(Err(skip)) => Err(skip),
                Err(e) => Err(Skip::Unreadable(e.to_string())),
            };
            match result {
                Ok(id) => {
                    // `add` puts the new article last: no search through the library per file.
                    if let Some(stored) = self.articles.last().filter(|a| a.id == id) {
                        let missing: Vec<&'static str> =
                            NEEDED.into_iter().filter(|d| !stored.how.contains_key(*d)).collect();
                        if !missing.is_empty() {
                            report.incomplete.push(Incomplete {
                                id: id.clone(),
                                title: stored.title.clone(),
                                missing,
                            });
                        }
                    }
                    report.imported.push(id);
                }
                Err(skip) => report.skipped.push((path, skip)),
            }
        }
        if !report.imported.is_empty() {
            self.save()?;
        }
        Ok(report)
    }
}

/// The corpus the command line and the window work on: the built-in articles and the user's
/// imported ones (from `data_dir`, or the default data folder). A library that could not be
/// read comes back as the error to show; its articles are then left out.
pub fn open_corpus(data_dir: Option<&Path>) -> (Result<Corpus, CorpusError>, Library, Option<LibraryError>) {
    let folder = data_dir.map_or_else(Library::default_folder, Path::to_path_buf);
    let (library, problem) = Library::open(&folder);
    (library.corpus(), library, problem)
}

/// Files larger than this are skipped without being read.
const MAX_FILE: u64 = import::MAX_BYTES as u64;

/// The files to import: the files given, and every supported file under the folders given.
fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut entries: Vec<PathBuf> = fs::read_dir(path)
                .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            entries.sort();
            // Folders inside are searched too, but not through links, which can loop.
            let is_folder = |p: &PathBuf| fs::symlink_metadata(p).is_ok_and(|m| m.is_dir());
            let (dirs, found): (Vec<_>, Vec<_>) = entries.into_iter().partition(is_folder);
            files.extend(found.into_iter().filter(|p| !p.is_dir() && Format::of(p).is_some()));
            files.extend(expand(&dirs));
        } else {
            files.push(path.clone());
        }
    }
    files
}

fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_owned())
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn today_date() -> PartialDate {
    today_utc().parse().unwrap_or(PartialDate::EPOCH)
}
