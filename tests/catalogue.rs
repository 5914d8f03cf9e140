//! The curated catalogue: every citation resolves to exactly one place in its article, every
//! figure's number stands in its quote as the source writes it, and bad entries are refused.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;

use parama::model::{Catalogue, CatalogueError, Category, Corpus, ResolveError, Scope};

const CATALOGUE: &str = include_str!("../assets/catalogue.toml");

fn corpus() -> Corpus {
    Corpus::embedded().unwrap()
}

fn catalogue() -> Catalogue {
    Catalogue::embedded(&corpus()).expect("the embedded catalogue loads")
}

#[test]
fn every_citation_resolves_to_exactly_one_place() {
    let corpus = corpus();
    let catalogue = catalogue();
    let citations = catalogue
        .programmes()
        .iter()
        .flat_map(|p| &p.citations)
        .chain(catalogue.figures().iter().flat_map(|f| &f.citations));
    let mut count = 0;
    for c in citations {
        count += 1;
        let text = &corpus.get(&c.article).unwrap().text;
        // The stored position is the quote…
        assert_eq!(&text[c.range.clone()], c.exact);
        // …its character offsets agree with its byte offsets…
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[c.position.clone()].iter().collect::<String>(), c.exact);
        // …and the quote with its prefix and suffix stands nowhere else.
        let elsewhere = text
            .match_indices(&c.exact)
            .filter(|(i, _)| text[..*i].ends_with(&c.prefix) && text[i + c.exact.len()..].starts_with(&c.suffix))
            .count();
        assert_eq!(elsewhere, 1, "{} is ambiguous", c.exact);
    }
    assert!(count > 30, "only {count} citations");
}

#[test]
fn each_figure_number_stands_in_its_quote_as_written() {
    let corpus = corpus();
    for figure in catalogue().figures() {
        for c in &figure.citations {
            let written = c.as_written.as_deref().unwrap();
            assert!(
                c.exact.contains(written),
                "{}: {written:?} not in {:?}",
                figure.id,
                c.exact
            );
            let range = c.number_range().unwrap();
            assert_eq!(&corpus.get(&c.article).unwrap().text[range], written);
        }
    }
}

#[test]
fn ids_are_unique_and_everything_is_cited() {
    let catalogue = catalogue();
    let mut ids = HashSet::new();
    for id in catalogue
        .programmes()
        .iter()
        .map(|p| &p.id)
        .chain(catalogue.figures().iter().map(|f| &f.id))
    {
        assert!(ids.insert(id), "duplicate id {id}");
    }
    assert!(catalogue.programmes().iter().all(|p| !p.citations.is_empty()));
    assert!(catalogue.figures().iter().all(|f| !f.citations.is_empty()));
}

#[test]
fn all_four_named_categories_have_ukraine_programmes() {
    let catalogue = catalogue();
    for category in [
        Category::Training,
        Category::Rehabilitation,
        Category::Cyber,
        Category::Procurement,
    ] {
        assert!(
            catalogue
                .programmes()
                .iter()
                .any(|p| p.category == category && p.scope == Scope::Ukraine),
            "no {category} programme"
        );
    }
}

#[test]
fn the_kaunas_centre_is_one_programme_cited_from_two_articles() {
    let catalogue = catalogue();
    let kaunas: Vec<_> = catalogue
        .programmes()
        .iter()
        .filter(|p| p.name.contains("Kaunas"))
        .collect();
    assert_eq!(kaunas.len(), 1);
    let articles: HashSet<&str> = kaunas[0].citations.iter().map(|c| c.article.as_str()).collect();
    assert_eq!(
        articles,
        HashSet::from(["kam-cyber-declaration-2019", "baltictimes-assistance-2023"])
    );
    assert!(
        kaunas[0]
            .citations
            .iter()
            .any(|c| c.exact.contains("Regional Cyber Security Centre"))
    );
    assert!(
        kaunas[0]
            .citations
            .iter()
            .any(|c| c.exact.contains("Regional Cyber Defense Center"))
    );
}

#[test]
fn figures_are_data_and_read_as_people_write_them() {
    let catalogue = catalogue();
    let figure = |id: &str| catalogue.figures().iter().find(|f| f.id == id).unwrap();
    let budget = figure("rehabilitation-budget");
    assert_eq!(budget.value, 58000.0);
    assert_eq!(budget.qualifier.label(), "up to");
    assert_eq!(budget.per.unwrap().label(), "per year");
    assert_eq!(budget.formatted(), "≤ €58,000 / year");
    assert_eq!(figure("trainees-2023").formatted(), "≈ 1,500 people");
    assert_eq!(figure("public-support-2018").formatted(), "64 %");
    assert_eq!(figure("rehabilitated-2014-2019").formatted(), "> 270 people");
    assert_eq!(figure("ua-recruitment-centres").formatted(), "44 recruitment centres");
    assert_eq!(figure("war-duration-days").formatted(), "almost 1,000 days");
}

#[test]
fn contact_details_and_datelines_are_not_figures() {
    let catalogue = catalogue();
    for figure in catalogue.figures() {
        for c in &figure.citations {
            for not_a_figure in ["+370", "@mil.lt", "1:29 PM", "2023-01-03", "December 8–9"] {
                assert!(!c.exact.contains(not_a_figure), "{} cites {not_a_figure}", figure.id);
            }
        }
    }
}

#[test]
fn figures_of_the_same_measure_and_unit_that_differ_are_found() {
    let catalogue = catalogue();
    // In the seed corpus the only shared measure is the war's length, in days and in years:
    // different units, so no disagreement.
    assert!(
        catalogue
            .figures()
            .iter()
            .all(|f| catalogue.disagreeing_with(f).is_empty())
    );

    let extra = include_str!("fixtures/disagreeing-figure.toml");
    let with_extra = Catalogue::from_toml(&format!("{CATALOGUE}\n{extra}"), &corpus()).unwrap();
    let trainees = with_extra.figures().iter().find(|f| f.id == "trainees-2023").unwrap();
    let others: Vec<&str> = with_extra
        .disagreeing_with(trainees)
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(others, ["trainees-other-count"]);
}

// ---- bad entries are refused with a typed error that names them ----

fn load(text: &str) -> Result<Catalogue, CatalogueError> {
    Catalogue::from_toml(text, &corpus())
}

#[test]
fn a_quote_not_in_the_article_is_an_error_naming_it() {
    let broken = CATALOGUE.replacen("allots up to 58 thousand euros", "allots up to 85 thousand euros", 1);
    match load(&broken) {
        Err(CatalogueError::Citation {
            item,
            source: ResolveError::NotFound { article, .. },
        }) => {
            assert_eq!(item, "rehabilitation");
            assert_eq!(article, "kam-cyber-declaration-2019");
        }
        other => panic!("expected a not-found citation, got {other:?}"),
    }
}

#[test]
fn an_ambiguous_quote_is_an_error_until_a_prefix_settles_it() {
    let ambiguous = CATALOGUE.replacen(
        "exact = \"One of the key achievements was the creation of 44 recruitment centres, which are now operating in most regions of the country\"",
        "exact = \"Ukraine\"\n  as_written_ignored = 1",
        1,
    );
    assert!(
        matches!(load(&ambiguous), Err(CatalogueError::Parse(_))),
        "unknown fields are refused"
    );

    let text = r#"
[[programme]]
id = "p"
name = "n"
category = "cyber"
summary = "s"
providers = ["x"]
period = "2019"
status = "planned"
scope = "ukraine"
  [[programme.citation]]
  article = "kam-cyber-declaration-2019"
  exact = "Minister R. Karoblis said"
"#;
    assert!(matches!(
        load(text),
        Err(CatalogueError::Citation {
            source: ResolveError::Ambiguous { count: 2, .. },
            ..
        })
    ));
    let settled = text.replace(
        "exact = \"Minister R. Karoblis said\"",
        "exact = \"Minister R. Karoblis said\"\n  prefix = \"development,” \"",
    );
    let catalogue = load(&settled).unwrap();
    let c = &catalogue.programmes()[0].citations[0];
    assert!(corpus().get("kam-cyber-declaration-2019").unwrap().text[..c.range.start].ends_with("development,” "));
}

#[test]
fn other_inconsistencies_each_have_their_own_error() {
    let unknown_article = CATALOGUE.replacen(
        "article = \"essanews-training-troops-2024\"",
        "article = \"nowhere\"",
        1,
    );
    assert!(matches!(
        load(&unknown_article),
        Err(CatalogueError::Citation {
            source: ResolveError::UnknownArticle(_),
            ..
        })
    ));

    let number_missing = CATALOGUE.replacen("as_written = \"1,500\"", "as_written = \"1500\"", 1);
    assert!(
        matches!(load(&number_missing), Err(CatalogueError::NumberNotInQuote { item, .. }) if item == "trainees-2023")
    );

    let no_number = CATALOGUE.replacen("  as_written = \"64%\"\n", "", 1);
    assert!(matches!(load(&no_number), Err(CatalogueError::NumberNotInQuote { .. })));

    let duplicate = CATALOGUE.replacen("id = \"clothing\"", "id = \"rehabilitation\"", 1);
    assert!(matches!(load(&duplicate), Err(CatalogueError::DuplicateId(id)) if id == "rehabilitation"));

    let unknown_programme = CATALOGUE.replacen("programme = \"training-2023\"", "programme = \"training-2032\"", 1);
    assert!(matches!(
        load(&unknown_programme),
        Err(CatalogueError::UnknownProgramme { .. })
    ));

    let empty = CATALOGUE.replacen("name = \"Clothing for Ukrainian soldiers\"", "name = \" \"", 1);
    assert!(matches!(
        load(&empty),
        Err(CatalogueError::EmptyField { field: "name", .. })
    ));

    let negative = CATALOGUE.replacen("value = 270", "value = -270", 1);
    assert!(matches!(load(&negative), Err(CatalogueError::BadValue(_))));

    let bad_category = CATALOGUE.replacen("category = \"cyber\"", "category = \"space\"", 1);
    assert!(matches!(load(&bad_category), Err(CatalogueError::Parse(_))));

    let uncited = "[[programme]]\nid = \"p\"\nname = \"n\"\ncategory = \"cyber\"\nsummary = \"s\"\nproviders = [\"x\"]\nperiod = \"2019\"\nstatus = \"planned\"\nscope = \"ukraine\"\ncitation = []\n";
    assert!(matches!(load(uncited), Err(CatalogueError::NoCitations(_))));
}

#[test]
fn figures_of_a_programme_are_those_that_name_it_in_order() {
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    for p in catalogue.programmes() {
        let expected: Vec<&str> = catalogue
            .figures()
            .iter()
            .filter(|f| f.programme.as_deref() == Some(p.id.as_str()))
            .map(|f| f.id.as_str())
            .collect();
        let got: Vec<&str> = catalogue.figures_of(&p.id).iter().map(|f| f.id.as_str()).collect();
        assert_eq!(got, expected, "{}", p.id);
    }
    assert_eq!(catalogue.figures_of("rehabilitation").len(), 2);
    assert!(catalogue.figures_of("no-such-programme").is_empty());
}

#[test]
fn sorting_by_category_follows_the_toggles_and_counts_follow_the_switches() {
    use parama::model::{
        Origin, Programme,
        library::Library,
        table::{Row, Sort, ViewSpec, category_counts, view},
    };
    let dir = tempfile::tempdir().unwrap();
    let (mut library, _) = Library::open(dir.path());
    let devset = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/devset");
    library.import_paths(&[devset]).unwrap();
    let corpus = library.corpus().unwrap();
    let catalogue = library.catalogue(&Catalogue::embedded(&corpus).unwrap());
    let programmes = catalogue.programmes();

    // Ascending by Category: training, rehabilitation, cyber, procurement, other.
    let spec = ViewSpec {
        sort: Some(Sort {
            column: 0,
            ascending: true,
        }),
        ..ViewSpec::default()
    };
    let order: Vec<Category> = view(programmes, &spec, &corpus)
        .into_iter()
        .map(|i| programmes[i].category)
        .collect();
    let rank = |c: &Category| Category::ALL.iter().position(|a| a == c).unwrap();
    assert!(order.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])), "{order:?}");
    assert_eq!(order.first(), Some(&Category::Training));
    assert_eq!(order.last(), Some(&Category::Other));

    // The toggles count what the switches let through: automatic rows only while shown.
    let shown_automatic = programmes
        .iter()
        .filter(|p| p.origin == Origin::Auto && !Row::is_context(*p))
        .count();
    assert!(shown_automatic > 0);
    let total = |spec: &ViewSpec| -> usize {
        category_counts::<Programme>(programmes, spec, &corpus)
            .iter()
            .map(|(_, n)| n)
            .sum()
    };
    let without = ViewSpec {
        show_auto: false,
        ..ViewSpec::default()
    };
    assert_eq!(total(&ViewSpec::default()) - total(&without), shown_automatic);
}
