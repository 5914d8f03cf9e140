//! The answer keys of the development and held-out sets (`tests/fixtures/*/key.toml`): what a
//! careful reader records of each file. Shared by the tests that score against them; included
//! with `#[path]` so that those tests need nothing else from `common`.

#![allow(dead_code, clippy::unwrap_used)]

use std::{
    fs,
    path::{Path, PathBuf},
};

/// A set's key.
#[derive(serde::Deserialize)]
pub struct Key {
    /// The files, in the order they are imported.
    pub article: Vec<Expected>,
    /// Pairs of figures whose sources disagree.
    #[serde(default)]
    pub disagreement: Vec<Pair>,
    /// Pairs of figures that are a plan and its outcome.
    #[serde(default)]
    pub related: Vec<Pair>,
}

/// One file: its details, its programmes and its figures.
#[derive(serde::Deserialize)]
pub struct Expected {
    pub file: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    pub byline: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub programme: Vec<ExpectedProgramme>,
    #[serde(default)]
    pub figure: Vec<ExpectedFigure>,
}

/// A programme as a careful reader records it.
#[derive(serde::Deserialize)]
pub struct ExpectedProgramme {
    /// What the reader would call it (shown in the report, not scored as text).
    pub name: String,
    /// `training`, `rehabilitation`, `cyber`, `procurement` or `other`.
    pub category: String,
    /// The programme it belongs to, when Parama already knows it: a curated id, or
    /// `file:<name>` for the programme found in an earlier file of the set. Empty for a new one.
    #[serde(default)]
    pub link: String,
    /// Someone else's assistance, reported as context.
    #[serde(default)]
    pub context: bool,
}

/// A figure and what it measures, as a careful reader records them.
#[derive(serde::Deserialize)]
pub struct ExpectedFigure {
    pub value: f64,
    /// As exported: `people`, `EUR`… (compared ignoring case).
    pub unit: String,
    pub thing: String,
    #[serde(default)]
    pub action: String,
    /// `planned`, `achieved` or `unstated`.
    pub stage: String,
    /// The years: `2023`, `2014–2019`.
    pub period: String,
    /// Whose figure, when not Lithuania's assistance.
    #[serde(default)]
    pub context: String,
    /// A part of a larger figure.
    #[serde(default)]
    pub part: bool,
    /// How many passages state it.
    #[serde(default = "one")]
    pub citations: usize,
}

fn one() -> usize {
    1
}

/// Two figures, each `file:value` or a curated figure's id.
#[derive(serde::Deserialize)]
pub struct Pair {
    pub a: String,
    pub b: String,
}

/// The folder of `set` (`devset`, `heldout`) and its key.
pub fn read(set: &str) -> (PathBuf, Key) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(set);
    let key = toml::from_str(&fs::read_to_string(dir.join("key.toml")).unwrap()).unwrap();
    (dir, key)
}
