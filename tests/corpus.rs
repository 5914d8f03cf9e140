//! The embedded corpus is the seed articles byte for byte, fully described, and loading refuses
//! anything malformed with a typed error.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{fs, path::Path};

use parama::model::{Corpus, CorpusError, DateProvenance, TitleSource};

const METADATA: &str = include_str!("../assets/corpus.toml");

fn embedded() -> Corpus {
    Corpus::embedded().expect("the embedded corpus loads")
}

#[test]
fn each_article_text_is_its_asset_file_byte_for_byte() {
    let corpus = embedded();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/corpus");
    let on_disk = fs::read_dir(&dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "txt"));
    assert_eq!(on_disk.count(), 5, "five articles under assets/corpus");
    assert_eq!(corpus.len(), 5);
    for article in corpus.articles() {
        let bytes = fs::read(dir.join(&article.file)).unwrap();
        assert_eq!(
            article.text.as_bytes(),
            bytes.as_slice(),
            "{} differs from its file",
            article.id
        );
    }
}

/// When the project's shared seeds are beside the checkout (as in CI), the assets are still
/// exactly those seeds.
#[test]
fn assets_match_the_shared_seeds_when_present() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !seeds.is_dir() {
        return;
    }
    for (file, bytes) in Corpus::embedded_files() {
        let seed = fs::read(seeds.join(file)).unwrap();
        assert_eq!(*bytes, seed.as_slice(), "{file} differs from shared/seeds");
    }
}

#[test]
fn every_field_is_present_and_well_formed() {
    let corpus = embedded();
    let mut ids: Vec<&str> = corpus.articles().iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 5, "ids are unique");
    for a in corpus.articles() {
        assert!(
            a.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}",
            a.id
        );
        for (field, value) in [("title", &a.title), ("publisher", &a.publisher), ("file", &a.file)] {
            assert!(!value.trim().is_empty(), "{} has an empty {field}", a.id);
        }
        assert!(a.url.starts_with("https://"), "{}: {}", a.id, a.url);
        let date = a.date.as_ref().unwrap();
        assert!(
            date.value.month().is_some(),
            "{}: every seed date is known at least to the month",
            a.id
        );
        match &date.provenance {
            DateProvenance::Stated { as_printed } => assert!(a.text.contains(as_printed.as_str())),
            DateProvenance::Inferred { reason } => assert!(reason.len() > 20 && !reason.contains('\n'), "{}", a.id),
        }
        if a.title_source == TitleSource::Printed {
            assert!(a.text.contains(&a.title), "{}", a.id);
        }
    }
}

/// The metadata agrees with shared/seeds/SOURCES.md: dates, how they are known, and titles.
#[test]
fn dates_and_titles_are_as_the_sources_record_them() {
    let corpus = embedded();
    let expect = [
        (
            "000_d58b06f3344edd8d.txt",
            "2024-11",
            true,
            TitleSource::Printed,
            "gagadget.com",
        ),
        (
            "001_fa60aeabce1909e9.txt",
            "2023-01-03",
            false,
            TitleSource::Printed,
            "The Baltic Times",
        ),
        (
            "002_c9b68d5f6cb43622.txt",
            "2019-11-27",
            true,
            TitleSource::Supplied,
            "l24.lt",
        ),
        (
            "003_83ea80a2856319bf.txt",
            "2021-12",
            true,
            TitleSource::Printed,
            "kariuomene.lt",
        ),
        (
            "004_e49d2c82124ec9a5.txt",
            "2024-05-09",
            false,
            TitleSource::Printed,
            "Essanews",
        ),
    ];
    for (file, date, inferred, title_source, publisher) in expect {
        let a = corpus.articles().iter().find(|a| a.file == file).unwrap();
        assert_eq!(a.date_value().unwrap().to_string(), date, "{file}");
        assert_eq!(a.is_date_inferred(), inferred, "{file}");
        assert_eq!(a.title_source, title_source, "{file}");
        assert!(a.publisher.contains(publisher), "{file}: {}", a.publisher);
    }
    let cyber = corpus
        .articles()
        .iter()
        .find(|a| a.title_source == TitleSource::Supplied)
        .unwrap();
    assert!(
        !cyber.text.contains(&cyber.title),
        "a supplied title is not in the text"
    );
}

#[test]
fn citation_marks_supplied_titles_and_inferred_dates() {
    let corpus = embedded();
    let baltic = corpus.get("baltictimes-assistance-2023").unwrap();
    assert_eq!(
        baltic.citation(),
        "The Baltic Times, “Lithuania to continue its military assistance to Ukraine in 2023 – ministry”, 3 January 2023, https://www.baltictimes.com/lithuania_to_continue_its_military_assistance_to_ukraine_in_2023___ministry/"
    );
    let cyber = corpus.get("kam-cyber-declaration-2019").unwrap();
    assert!(
        cyber
            .citation()
            .contains("[Lithuania and Ukraine intensifies cooperation on cybersecurity]")
    );
    assert!(cyber.citation().contains("27 November 2019 (inferred)"));
}

// ---- loading refuses bad input with a typed error ----

fn files() -> Vec<(&'static str, &'static [u8])> {
    Corpus::embedded_files().to_vec()
}

fn load_with(metadata: &str) -> Result<Corpus, CorpusError> {
    Corpus::from_parts(metadata, &files())
}

#[test]
fn broken_metadata_is_a_metadata_error() {
    assert!(matches!(load_with("[[article]\nid ="), Err(CorpusError::Metadata(_))));
    let missing_url = METADATA.replacen("url = \"https://gagadget.com", "link = \"https://gagadget.com", 1);
    assert!(matches!(load_with(&missing_url), Err(CorpusError::Metadata(m)) if m.contains("url")));
    let bad_date = METADATA.replacen("value = \"2021-12\"", "value = \"2021-13\"", 1);
    assert!(matches!(load_with(&bad_date), Err(CorpusError::Metadata(m)) if m.contains("no month 13")));
}

#[test]
fn each_inconsistency_has_its_own_error() {
    type Case = (String, fn(&CorpusError) -> bool);
    let cases: [Case; 7] = [
        (
            METADATA.replacen(
                "id = \"baltictimes-assistance-2023\"",
                "id = \"mod-ua-mobilisation-2024\"",
                1,
            ),
            |e| matches!(e, CorpusError::DuplicateId { .. }),
        ),
        (
            METADATA.replacen("id = \"essanews-training-troops-2024\"", "id = \"Essanews 2024\"", 1),
            |e| matches!(e, CorpusError::BadId { .. }),
        ),
        (
            METADATA.replacen("publisher = \"Essanews\"", "publisher = \"  \"", 1),
            |e| matches!(e, CorpusError::EmptyField { field: "publisher", .. }),
        ),
        (
            METADATA.replacen("url = \"https://essanews.com", "url = \"essanews.com", 1),
            |e| matches!(e, CorpusError::BadUrl { .. }),
        ),
        (
            METADATA.replacen("004_e49d2c82124ec9a5.txt", "005_missing.txt", 1),
            |e| matches!(e, CorpusError::MissingText { .. }),
        ),
        (
            METADATA.replacen("title = \"Lithuania to dispatch", "title = \"Estonia to dispatch", 1),
            |e| matches!(e, CorpusError::TitleNotPrinted { .. }),
        ),
        (
            METADATA.replacen(
                "as_printed = \"1:29 PM EDT, May 9, 2024\"",
                "as_printed = \"May 10, 2024\"",
                1,
            ),
            |e| matches!(e, CorpusError::DateNotPrinted { .. }),
        ),
    ];
    for (metadata, expected) in cases {
        let error = load_with(&metadata).expect_err("refused");
        assert!(expected(&error), "unexpected error: {error}");
        assert!(!error.to_string().is_empty());
    }
}

#[test]
fn texts_must_be_described_once_and_be_utf8() {
    let mut extra = files();
    extra.push(("999_extra.txt", b"An article nobody described."));
    assert!(
        matches!(Corpus::from_parts(METADATA, &extra), Err(CorpusError::UndescribedText { file }) if file == "999_extra.txt")
    );

    let shared = METADATA.replacen("004_e49d2c82124ec9a5.txt", "003_83ea80a2856319bf.txt", 1);
    assert!(matches!(load_with(&shared), Err(CorpusError::SharedText { .. })));

    let mut latin1 = files();
    latin1[0].1 = b"Lithuania explores Ukrainian experience\xe0 in mobilisation";
    assert!(matches!(
        Corpus::from_parts(METADATA, &latin1),
        Err(CorpusError::NotUtf8 { valid_up_to: 39, .. })
    ));

    let mut empty = files();
    empty[0].1 = b" \n ";
    assert!(matches!(
        Corpus::from_parts(METADATA, &empty),
        Err(CorpusError::EmptyText { .. })
    ));
}
