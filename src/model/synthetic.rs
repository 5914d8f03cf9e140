//! A deterministic synthetic corpus for benchmarks and stress tests: as many articles as asked,
//! about 3 KB each, of realistic words, names with diacritics, numbers, dashes and curly quotes.
//! The same seed always gives the same corpus.

use super::{
    Catalogue, CatalogueError, Origin,
    corpus::{Article, Corpus, TitleSource},
    date::{DateProvenance, KnownDate},
    extract,
};

/// A small, fast, well-distributed generator (SplitMix64); good enough for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// One of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or_default()
    }
}

const WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "for",
    "with",
    "on",
    "that",
    "as",
    "by",
    "is",
    "was",
    "will",
    "has",
    "military",
    "assistance",
    "Ukraine",
    "Lithuania",
    "Lithuanian",
    "Ukrainian",
    "defence",
    "ministry",
    "training",
    "soldiers",
    "rehabilitation",
    "cyber",
    "security",
    "procurement",
    "equipment",
    "support",
    "cooperation",
    "programme",
    "minister",
    "armed",
    "forces",
    "government",
    "agreement",
    "brigade",
    "instructors",
    "mission",
    "regional",
    "centre",
    "euros",
    "annually",
    "funding",
    "reform",
    "experts",
    "exercises",
    "border",
    "allies",
    "NATO",
    "European",
    "Union",
    "Baltic",
    "delegation",
    "meeting",
    "visit",
    "officers",
    "education",
    "medical",
    "treatment",
    "wounded",
    "drones",
    "thermal",
    "imaging",
    "vision",
    "devices",
    "clothing",
    "ammunition",
    "transfer",
    "repair",
    "weapons",
    "strategic",
    "communication",
    "territorial",
    "planning",
    "recruitment",
    "mobilisation",
    "conscription",
    "service",
    "reserve",
    "capabilities",
    "interoperability",
    "infrastructure",
    "industry",
    "production",
    "contract",
    "delivery",
    "announced",
    "discussed",
    "agreed",
    "plans",
    "continue",
    "provide",
    "strengthen",
    "increase",
];

const NAMES: &[&str] = &[
    "Šimonytė",
    "Anušauskas",
    "Balčiūnas",
    "Kalniņš",
    "Rupšys",
    "Montvilė",
    "Karoblis",
    "Zagorodniuk",
    "Melnyk",
    "Katinas",
    "Joksts-Bogdanovs",
    "Nausėda",
    "Landsbergis",
    "Kasčiūnas",
    "Šakalienė",
    "Žemaitis",
    "Jurgelevičiūtė",
];

const PLACES: &[&str] = &[
    "Vilnius",
    "Kaunas",
    "Druskininkai",
    "Varėna",
    "Klaipėda",
    "Šiauliai",
    "Panevėžys",
    "Rukla",
    "Pabradė",
    "Kyiv",
    "Lviv",
    "Riga",
    "Tallinn",
    "Warsaw",
];

const PUBLISHERS: &[&str] = &[
    "LRT",
    "The Baltic Times",
    "BNS",
    "Delfi",
    "15min",
    "Ukrinform",
    "ERR News",
    "Lithuanian MoD",
    "Kyiv Independent",
];

/// One sentence of 8–24 words, with a name, a place or a number now and then.
fn sentence(rng: &mut Rng, out: &mut String) {
    let words = 8 + rng.below(17);
    for i in 0..words {
        if i > 0 {
            out.push(' ');
        }
        match rng.below(20) {
            0 => out.push_str(rng.pick(NAMES)),
            1 => out.push_str(rng.pick(PLACES)),
            2 => {
                let n = rng.below(100_000);
                out.push_str(&format!("{},{:03}", n / 1000 + 1, n % 1000));
            }
            3 => {
                let from = 2014 + rng.below(8);
                out.push_str(&format!("{from}–{}", from + 1 + rng.below(3)));
            }
            4 => out.push_str(&format!("“{}”", rng.pick(WORDS))),
            _ => {
                let word = rng.pick(WORDS);
                if i == 0 {
                    let mut chars = word.chars();
                    if let Some(first) = chars.next() {
                        out.extend(first.to_uppercase());
                        out.push_str(chars.as_str());
                    }
                } else {
                    out.push_str(word);
                }
            }
        }
    }
    out.push('.');
}

/// An article of about `bytes` bytes.
fn text(rng: &mut Rng, title: &str, bytes: usize) -> String {
    let mut out = format!("{title}\n");
    while out.len() < bytes {
        for _ in 0..2 + rng.below(4) {
            sentence(rng, &mut out);
            out.push(' ');
        }
        out.pop();
        out.push('\n');
    }
    out
}

/// `count` synthetic articles of about 3 KB each (about 30 MB for 10,000), always the same
/// for the same `seed`.
pub fn corpus(count: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed);
    let articles = (0..count)
        .filter_map(|i| {
            let title = format!(
                "{} {} {} in {}",
                rng.pick(NAMES),
                rng.pick(&["discusses", "announces", "visits", "reviews", "plans"]),
                rng.pick(&["training", "rehabilitation", "cyber security", "procurement", "reform"]),
                rng.pick(PLACES)
            );
            let year = 2014 + rng.below(12);
            let month = 1 + rng.below(12);
            // Always a valid month; an invalid one would only drop the article.
            let value = format!("{year}-{month:02}").parse().ok()?;
            let length = 2600 + rng.below(800);
            Some(Article {
                id: format!("synthetic-{i:05}"),
                file: format!("synthetic-{i:05}.txt"),
                text: text(&mut rng, &title, length),
                title,
                title_source: TitleSource::Printed,
                publisher: rng.pick(PUBLISHERS).to_owned(),
                publisher_short: rng.pick(PUBLISHERS).to_owned(),
                byline: None,
                imported: true,
                how: Default::default(),
                url: format!("https://example.org/articles/{i}"),
                date: Some(KnownDate {
                    value,
                    provenance: DateProvenance::Inferred {
                        reason: "Synthetic article for benchmarks.".to_owned(),
                    },
                }),
            })
        })
        .collect();
    Corpus::from_articles(articles)
}

/// What Parama shows for a user who imported `count` synthetic articles: the built-in articles
/// and the synthetic ones, and the curated catalogue with every row found in the synthetic
/// ones (figures and programme mentions). Benchmarks measure the app on this.
pub fn library(count: usize, seed: u64) -> Result<(Corpus, Catalogue), CatalogueError> {
    let mut articles = Corpus::embedded().map(|c| c.articles().to_vec()).unwrap_or_default();
    let synthetic = corpus(count, seed);
    let found: Vec<_> = synthetic.articles().iter().map(extract::rows).collect();
    articles.extend(synthetic.articles().iter().cloned());
    let corpus = Corpus::from_articles(articles);
    let (programmes, figures) = extract::link::rows(&Catalogue::embedded(&corpus)?, &found, |_| Some(Origin::Auto));
    Ok((corpus, Catalogue::from_rows(programmes, figures)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_synthetic_library_adds_articles_and_their_rows_to_the_built_in_ones() {
        let (corpus, catalogue) = library(50, 7).unwrap();
        let embedded = Corpus::embedded().unwrap();
        let curated = Catalogue::embedded(&embedded).unwrap();
        assert_eq!(corpus.len(), embedded.len() + 50);
        assert!(catalogue.figures().len() > curated.figures().len() + 50);
        assert!(catalogue.programmes().len() > curated.programmes().len() + 50);
    }

    #[test]
    fn the_same_seed_gives_the_same_corpus() {
        let a = corpus(20, 7);
        let b = corpus(20, 7);
        assert_eq!(a, b);
        assert_ne!(a, corpus(20, 8));
        let bytes: usize = a.articles().iter().map(|x| x.text.len()).sum();
        assert!((20 * 2600..20 * 3600).contains(&bytes), "{bytes}");
        assert!(
            a.articles()
                .iter()
                .any(|x| x.text.contains('š') || x.text.contains('ė'))
        );
    }
}
