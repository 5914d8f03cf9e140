//! What the Overview tab plots, worked out from the corpus and the catalogue: the articles on a
//! timeline, the programmes counted by category, and the figures placed in time and grouped by
//! what they measure. The charts only draw these values, and the same values export as CSV.
//!
//! Time is in years as a number (`2019.5` is the middle of 2019), and every place on the
//! timeline is a stretch, not a point: a date known only to the month covers the month, and a
//! figure for 2014–2019 covers six years. Nothing is placed more precisely than its source.
//!
//! (The file is long for its tests: the code is under 400 lines, and the tests of how dates and
//! periods become stretches of time read best beside it.)

use std::{collections::HashMap, ops::Range};

use super::{
    Article, Catalogue, Category, Corpus, Figure, Origin, PartialDate, Scope, catalogue::format_number,
    export::TableKind, plural,
};

/// Everything the Overview tab shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    /// The dated articles, oldest first.
    pub timeline: Vec<TimelineEntry>,
    /// The articles with no known date (imported ones whose date could not be found): they
    /// stand apart, never at a made-up place in time.
    pub undated: Vec<UndatedEntry>,
    /// The programmes counted by category, in the app's category order.
    pub categories: Vec<CategoryCount>,
    /// The figures in time, one lane per measure, lanes in order of their first figure.
    pub lanes: Vec<Lane>,
    /// The counts and the date range.
    pub summary: Summary,
}

/// One article on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    /// The article's id.
    pub article: String,
    /// Its title.
    pub title: String,
    /// Its publisher, short.
    pub publisher: String,
    /// Its date as people read it (`27 November 2019`, `December 2021`).
    pub date: String,
    /// The same date as a value (ISO in exports: `2019-11-27`, `2021-12`).
    pub when: PartialDate,
    /// Why the date was inferred, when the article does not print it.
    pub inferred: Option<String>,
    /// Whether the user imported it.
    pub imported: bool,
    /// The time its date covers, in years.
    pub years: Range<f64>,
}

/// An article with no known date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndatedEntry {
    /// The article's id.
    pub article: String,
    /// Its title.
    pub title: String,
    /// Its publisher, short.
    pub publisher: String,
}

/// How many programmes one category has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CategoryCount {
    /// The category.
    pub category: Category,
    /// Written by reading the articles, or found automatically and checked.
    pub checked: usize,
    /// Found automatically and not yet checked.
    pub auto: usize,
}

impl CategoryCount {
    /// All the programmes in the category.
    pub fn total(&self) -> usize {
        self.checked + self.auto
    }
}

/// The figures that measure one thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// The measure's key.
    pub measure: String,
    /// What it measures, in a few words.
    pub label: String,
    /// Its figures, earliest first.
    pub points: Vec<FigurePoint>,
}

impl Lane {
    /// Whether the sources give different values for this measure.
    pub fn disagrees(&self) -> bool {
        self.points.iter().any(|p| p.disagrees)
    }
}

/// One figure in time.
#[derive(Debug, Clone, PartialEq)]
pub struct FigurePoint {
    /// The figure's id.
    pub figure: String,
    /// The figure as people read it (`≈ 1,500 people`).
    pub formatted: String,
    /// What it measures.
    pub label: String,
    /// When it applies: the period its source gives, or else when it was reported.
    pub when: When,
    /// The time that covers, in years.
    pub years: Range<f64>,
    /// Who states it and when: `The Baltic Times, 3 January 2023`, one per citation.
    pub sources: Vec<String>,
    /// The first citing article, to open.
    pub article: Option<String>,
    /// Whether another source gives a different value for the same measure.
    pub disagrees: bool,
    /// Curated, checked or found automatically.
    pub origin: Origin,
}

/// Where a figure's place in time comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// The period the source gives (`2014–2019`, `end of 2018`).
    Period(String),
    /// No period: the date of the first article that reports it.
    Reported(String),
}

impl When {
    /// As shown beside the figure: `2014–2019`, `reported November 2024`.
    pub fn label(&self) -> String {
        match self {
            Self::Period(period) => period.clone(),
            Self::Reported(date) => format!("reported {date}"),
        }
    }
}

/// The counts and the date range, for the line above the charts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Articles built into the app.
    pub built_in: usize,
    /// Articles the user imported.
    pub imported: usize,
    /// Programmes of Lithuania's assistance and cooperation.
    pub programmes: usize,
    /// Others' assistance, found in imported articles and kept as context.
    pub context: usize,
    /// Figures.
    pub figures: usize,
    /// The earliest and the latest article date.
    pub range: Option<(PartialDate, PartialDate)>,
    /// Articles with no known date.
    pub undated: usize,
}

impl Summary {
    /// `5 articles (5 built in, 2 imported) · 24 programmes · 8 figures · November 2019 to
    /// November 2024`.
    pub fn line(&self) -> String {
        let articles = self.built_in + self.imported;
        let mut programmes = plural(self.programmes, "programme");
        if self.context > 0 {
            programmes.push_str(&format!(
                " (and {} of others' assistance)",
                format_number(self.context as f64)
            ));
        }
        let mut line = format!(
            "{} ({} built in, {} imported) · {programmes} · {}",
            plural(articles, "article"),
            format_number(self.built_in as f64),
            format_number(self.imported as f64),
            plural(self.figures, "figure"),
        );
        if let Some((first, last)) = self.range {
            line.push_str(&format!(" · {} to {}", first.long(), last.long()));
        }
        if self.undated > 0 {
            line.push_str(&format!(" · {} undated", format_number(self.undated as f64)));
        }
        line
    }
}

impl Overview {
    /// The overview of `corpus` and `catalogue`.
    pub fn of(corpus: &Corpus, catalogue: &Catalogue) -> Self {
        let mut timeline: Vec<TimelineEntry> = corpus
            .articles()
            .iter()
            .filter_map(|a| {
                let date = a.date.as_ref()?;
                Some(TimelineEntry {
                    article: a.id.clone(),
                    title: a.title.clone(),
                    publisher: a.publisher_short.clone(),
                    date: date.value.long(),
                    when: date.value,
                    inferred: date.inferred_reason().map(str::to_owned),
                    imported: a.imported,
                    years: date.value.years(),
                })
            })
            .collect();
        let undated: Vec<UndatedEntry> = corpus
            .articles()
            .iter()
            .filter(|a| a.date.is_none())
            .map(|a| UndatedEntry {
                article: a.id.clone(),
                title: a.title.clone(),
                publisher: a.publisher_short.clone(),
            })
            .collect();
        timeline.sort_by(|a, b| a.years.start.total_cmp(&b.years.start));

        let categories = Category::ALL
            .into_iter()
            .map(|category| {
                // Lithuania's assistance and cooperation: others' assistance is context.
                let of = catalogue
                    .programmes()
                    .iter()
                    .filter(|p| p.category == category && p.scope != Scope::Others);
                let auto = of.clone().filter(|p| p.origin == Origin::Auto).count();
                CategoryCount {
                    category,
                    checked: of.count() - auto,
                    auto,
                }
            })
            .collect();

        let mut lanes: Vec<Lane> = Vec::new();
        let mut lane_of: HashMap<String, usize> = HashMap::new();
        // Lithuania's figures, one lane per measure over time: context (others' figures, the
        // war's) is left out, as others' assistance is from the counts.
        for figure in catalogue.figures().iter().filter(|f| !f.is_context()) {
            let Some(point) = place(figure, corpus) else { continue };
            let series = figure.series();
            let index = *lane_of.entry(series.clone()).or_insert_with(|| {
                lanes.push(Lane {
                    measure: series,
                    label: figure.label.clone(),
                    points: Vec::new(),
                });
                lanes.len() - 1
            });
            if let Some(lane) = lanes.get_mut(index) {
                lane.points.push(point);
            }
        }
        for lane in &mut lanes {
            lane.points.sort_by(|a, b| a.years.start.total_cmp(&b.years.start));
        }
        // Lanes with a curated or checked figure first, in time order; then those found only
        // automatically, the fullest first. A chart short of room shows the first lanes.
        let first = |lane: &Lane| lane.points.first().map_or(f64::INFINITY, |p| p.years.start);
        let checked = |lane: &Lane| lane.points.iter().any(|p| p.origin != Origin::Auto);
        lanes.sort_by(|a, b| {
            checked(b)
                .cmp(&checked(a))
                .then_with(|| match checked(a) {
                    true => first(a).total_cmp(&first(b)),
                    false => b.points.len().cmp(&a.points.len()),
                })
                .then_with(|| a.measure.cmp(&b.measure))
        });

        let dates = corpus.articles().iter().filter_map(Article::date_value);
        let summary = Summary {
            built_in: corpus.articles().iter().filter(|a| !a.imported).count(),
            imported: corpus.articles().iter().filter(|a| a.imported).count(),
            programmes: catalogue
                .programmes()
                .iter()
                .filter(|p| p.scope != Scope::Others)
                .count(),
            context: catalogue
                .programmes()
                .iter()
                .filter(|p| p.scope == Scope::Others)
                .count(),
            figures: catalogue.figures().len(),
            range: dates.clone().min().zip(dates.max()),
            undated: undated.len(),
        };
        Self {
            timeline,
            undated,
            categories,
            lanes,
            summary,
        }
    }

    /// The time every chart should show: all the articles and all the figures, in years.
    pub fn years(&self) -> Option<Range<f64>> {
        let figures = self.lanes.iter().flat_map(|l| l.points.iter().map(|p| &p.years));
        extent(self.timeline.iter().map(|e| &e.years).chain(figures))
    }

    /// The time the articles cover, in years.
    pub fn article_years(&self) -> Option<Range<f64>> {
        extent(self.timeline.iter().map(|e| &e.years))
    }
}

/// The Overview's charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Chart {
    /// The articles by date.
    Timeline,
    /// The programmes by category.
    Categories,
    /// The figures over time.
    Figures,
}

impl Chart {
    /// Every chart, in the order the tab shows them.
    pub const ALL: [Self; 3] = [Self::Timeline, Self::Categories, Self::Figures];

    /// The chart's title.
    pub fn title(self) -> &'static str {
        match self {
            Self::Timeline => "Articles by date",
            Self::Categories => "Programmes by category",
            Self::Figures => "Figures over time",
        }
    }

    /// The table its numbers export as.
    pub fn table_kind(self) -> TableKind {
        match self {
            Self::Timeline => TableKind::Timeline,
            Self::Categories => TableKind::ProgrammeCounts,
            Self::Figures => TableKind::FiguresOverTime,
        }
    }
}

/// Places a figure in time: by the period its source gives when that names a year, else by the
/// date of the first article that reports it. A figure whose articles are all missing or
/// undated has no place.
fn place(figure: &Figure, corpus: &Corpus) -> Option<FigurePoint> {
    let articles: Vec<_> = figure.citations.iter().filter_map(|c| corpus.get(&c.article)).collect();
    let (reported, first) = articles
        .iter()
        .filter_map(|a| a.date_value().map(|d| (d, *a)))
        .min_by_key(|(d, _)| *d)?;
    let (when, years) = match figure.period.as_deref().and_then(|p| period_years(p, reported)) {
        Some(years) => (When::Period(figure.period.clone().unwrap_or_default()), years),
        // The date as the article has it: marked when inferred.
        None => (When::Reported(first.date_text()), reported.years()),
    };
    Some(FigurePoint {
        figure: figure.id.clone(),
        formatted: figure.formatted(),
        label: figure.label.clone(),
        when,
        years,
        sources: articles
            .iter()
            .map(|a| format!("{}, {}", a.publisher_short, a.date_text()))
            .collect(),
        article: articles.first().map(|a| a.id.clone()),
        disagrees: !figure.disagrees_with.is_empty(),
        origin: figure.origin,
    })
}

/// Groups `positions` (ascending) into runs no wider than `gap`: each run starts at the first
/// position not yet taken and holds every later one within `gap` of it. These are the markers a
/// chart draws too close together to tell apart, shown and clicked as one; however many
/// positions there are, a chart `w` wide holds at most about `w / gap` runs.
pub fn clusters(positions: &[f64], gap: f64) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, &position) in positions.iter().enumerate() {
        if positions.get(start).is_some_and(|&first| position - first > gap) {
            runs.push(start..i);
            start = i;
        }
    }
    if start < positions.len() {
        runs.push(start..positions.len());
    }
    runs
}

/// From the earliest start to the latest end of some stretches of time, if there are any.
pub fn extent<'a>(spans: impl Iterator<Item = &'a Range<f64>>) -> Option<Range<f64>> {
    spans.fold(None, |range: Option<Range<f64>>, span| match range {
        None => Some(span.clone()),
        Some(r) => Some(r.start.min(span.start)..r.end.max(span.end)),
    })
}

/// The mean of some numbers, if there are any.
pub fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.fold((0.0, 0usize), |(sum, count), v| (sum + v, count + 1));
    (count > 0).then(|| sum / count as f64)
}

/// The years a period names, as a stretch of time: `2023` is that year, `2014–2019` runs from
/// the start of the first to the end of the last, and `since 2014` runs to `reported`. `None`
/// when the period names no year (`this year`).
pub fn period_years(period: &str, reported: PartialDate) -> Option<Range<f64>> {
    let years: Vec<i32> = period
        .split(|c: char| !c.is_ascii_digit())
        .filter(|word| word.len() == 4)
        .filter_map(|word| word.parse().ok())
        .filter(|year| (1900..=2100).contains(year))
        .collect();
    let (first, last) = (*years.iter().min()?, *years.iter().max()?);
    let lower = period.to_lowercase();
    let open_ended = first == last && ["since", "from", "onwards"].iter().any(|w| lower.contains(w));
    let end = if open_ended {
        reported.years().end.max(f64::from(first) + 1.0)
    } else {
        f64::from(last) + 1.0
    };
    Some(f64::from(first)..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embedded() -> Overview {
        let corpus = Corpus::embedded().unwrap();
        let catalogue = Catalogue::embedded(&corpus).unwrap();
        Overview::of(&corpus, &catalogue)
    }

    #[test]
    fn markers_closer_than_the_gap_cluster_together() {
        assert_eq!(clusters(&[], 1.0), Vec::<Range<usize>>::new());
        assert_eq!(clusters(&[5.0], 1.0), vec![0..1]);
        assert_eq!(clusters(&[1.0, 1.5, 3.0, 3.2, 3.4, 9.0], 1.0), vec![0..2, 2..5, 5..6]);
        // A chain of near neighbours is cut into runs no wider than the gap.
        let chain: Vec<f64> = (0..100).map(|i| f64::from(i) * 0.5).collect();
        let runs = clusters(&chain, 1.0);
        assert_eq!(runs.len(), 34);
        assert!(runs.iter().all(|r| chain[r.end - 1] - chain[r.start] <= 1.0));
        // Ten thousand positions across a chart make no more runs than the chart has room for.
        let many: Vec<f64> = (0..10_000).map(|i| f64::from(i) / 10_000.0 * 600.0).collect();
        assert!(clusters(&many, 14.0).len() <= 600 / 14 + 1);
        // Every index lands in exactly one cluster, in order.
        let spread: Vec<f64> = (0..50).map(|i| f64::from(i * i) / 40.0).collect();
        let runs = clusters(&spread, 1.0);
        assert_eq!(runs.first().map(|r| r.start), Some(0));
        assert_eq!(runs.last().map(|r| r.end), Some(50));
        assert!(runs.windows(2).all(|w| w[0].end == w[1].start));
    }

    #[test]
    fn the_extent_of_nothing_is_none() {
        assert_eq!(extent([].iter()), None);
        assert_eq!(
            extent([2019.0..2020.0, 2014.0..2015.5, 2018.0..2024.0].iter()),
            Some(2014.0..2024.0)
        );
    }

    #[test]
    fn the_mean_of_nothing_is_none() {
        assert_eq!(mean([].into_iter()), None);
        assert_eq!(mean([1.0, 2.0, 6.0].into_iter()), Some(3.0));
    }

    #[test]
    fn lanes_with_checked_figures_come_first_then_the_fullest() {
        let corpus = Corpus::embedded().unwrap();
        let mut catalogue = Catalogue::embedded(&corpus).unwrap();
        let mut auto = catalogue.figures()[0].clone();
        auto.origin = Origin::Auto;
        let (mut small, mut big) = (auto.clone(), auto.clone());
        small.measure.thing = "small".into();
        small.id = "auto-small-1".into();
        big.measure.thing = "big".into();
        let extra: Vec<Figure> = (0..3)
            .map(|i| Figure {
                id: format!("auto-big-{i}"),
                ..big.clone()
            })
            .chain([small])
            .collect();
        catalogue = catalogue.with_extracted(Vec::new(), extra);
        let overview = Overview::of(&corpus, &catalogue);
        let things: Vec<&str> = overview
            .lanes
            .iter()
            .map(|l| l.measure.split(' ').next().unwrap_or_default())
            .collect();
        let n = things.len();
        assert_eq!(&things[n - 2..], ["big", "small"]);
        assert!(
            overview.lanes[..n - 2]
                .iter()
                .all(|l| l.points.iter().all(|p| p.origin != Origin::Auto))
        );
    }

    #[test]
    fn a_measure_whose_sources_disagree_is_flagged_in_its_lane() {
        let corpus = Corpus::embedded().unwrap();
        let curated = Catalogue::embedded(&corpus).unwrap();
        let overview = Overview::of(&corpus, &curated);
        assert!(
            overview.lanes.iter().all(|l| !l.disagrees()),
            "the seed corpus has no conflict"
        );
        // Another source for the same measure, with a value no qualifier reconciles.
        let mut other = curated.figures()[0].clone();
        other.id = "conflicting".into();
        other.value = other.value * 2.0 + 100.0;
        other.qualifier = crate::model::Qualifier::Exact;
        // From another article: an article never disagrees with itself.
        let elsewhere = corpus.articles().iter().find(|a| a.id != other.citations[0].article);
        other.citations[0].article = elsewhere.unwrap().id.clone();
        let catalogue = curated.with_extracted(Vec::new(), vec![other.clone()]);
        let overview = Overview::of(&corpus, &catalogue);
        let lane = overview.lanes.iter().find(|l| l.measure == other.series()).unwrap();
        assert!(lane.disagrees());
        assert_eq!(lane.points.len(), 2);
        assert!(lane.points.iter().all(|p| p.disagrees));
    }

    #[test]
    fn periods_become_stretches_of_years() {
        let reported: PartialDate = "2024-11".parse().unwrap();
        assert_eq!(period_years("2023", reported), Some(2023.0..2024.0));
        assert_eq!(period_years("2014–2019", reported), Some(2014.0..2020.0));
        assert_eq!(period_years("end of 2018", reported), Some(2018.0..2019.0));
        let since = period_years("since 2014", reported).unwrap();
        assert_eq!(since.start, 2014.0);
        assert_eq!(since.end, reported.years().end);
        assert_eq!(period_years("this year", reported), None);
        assert_eq!(period_years("12345 items", reported), None);
    }

    #[test]
    fn the_timeline_holds_every_article_oldest_first_with_inferred_dates_marked() {
        let corpus = Corpus::embedded().unwrap();
        let overview = embedded();
        assert_eq!(overview.timeline.len(), corpus.len());
        assert!(
            overview
                .timeline
                .windows(2)
                .all(|w| w[0].years.start <= w[1].years.start)
        );
        for entry in &overview.timeline {
            let article = corpus.get(&entry.article).unwrap();
            assert_eq!(entry.inferred.is_some(), article.is_date_inferred());
            assert_eq!(Some(entry.years.clone()), article.date_value().map(|d| d.years()));
        }
        // A date known to the month covers the month; one known to the day, the day.
        let month = overview.timeline.iter().find(|e| e.date == "December 2021").unwrap();
        assert!((month.years.end - month.years.start - 31.0 / 365.0).abs() < 1e-9);
        let day = overview.timeline.iter().find(|e| e.date == "3 January 2023").unwrap();
        assert!((day.years.start - (2023.0 + 2.0 / 365.0)).abs() < 1e-9);
    }

    #[test]
    fn others_assistance_is_counted_apart_from_lithuanias() {
        let corpus = Corpus::embedded().unwrap();
        let curated = Catalogue::embedded(&corpus).unwrap();
        let mut latvia = curated.programmes()[0].clone();
        latvia.id = "auto-latvia".to_owned();
        latvia.scope = Scope::Others;
        latvia.origin = Origin::Auto;
        let catalogue = curated.with_extracted(vec![latvia], Vec::new());
        let overview = Overview::of(&corpus, &catalogue);
        assert_eq!(overview.summary.programmes, curated.programmes().len());
        assert_eq!(overview.summary.context, 1);
        assert!(
            overview
                .summary
                .line()
                .contains("programmes (and 1 of others' assistance)")
        );
        let total: usize = overview.categories.iter().map(CategoryCount::total).sum();
        assert_eq!(
            total,
            curated.programmes().len(),
            "the bars count Lithuania's programmes"
        );
    }

    #[test]
    fn categories_count_every_programme_once() {
        let corpus = Corpus::embedded().unwrap();
        let catalogue = Catalogue::embedded(&corpus).unwrap();
        let overview = Overview::of(&corpus, &catalogue);
        assert_eq!(overview.categories.len(), Category::ALL.len());
        let total: usize = overview.categories.iter().map(CategoryCount::total).sum();
        assert_eq!(total, catalogue.programmes().len());
        for count in &overview.categories {
            let expected = catalogue
                .programmes()
                .iter()
                .filter(|p| p.category == count.category)
                .count();
            assert_eq!(count.total(), expected, "{:?}", count.category);
            assert_eq!(count.auto, 0, "the built-in catalogue is all curated");
        }
    }

    #[test]
    fn figures_are_placed_by_their_period_or_their_report_date() {
        let corpus = Corpus::embedded().unwrap();
        let catalogue = Catalogue::embedded(&corpus).unwrap();
        let overview = Overview::of(&corpus, &catalogue);
        let points: Vec<&FigurePoint> = overview.lanes.iter().flat_map(|l| &l.points).collect();
        let own = catalogue.figures().iter().filter(|f| !f.is_context()).count();
        assert!(own < catalogue.figures().len(), "the war's length is context");
        assert_eq!(points.len(), own, "every figure but context has a place");
        for point in &points {
            let figure = catalogue.figures().iter().find(|f| f.id == point.figure).unwrap();
            match &point.when {
                When::Period(period) => assert_eq!(Some(period), figure.period.as_ref()),
                When::Reported(date) => {
                    // The first report's date, marked as its article marks it.
                    let first = figure
                        .citations
                        .iter()
                        .map(|c| corpus.get(&c.article).unwrap())
                        .filter(|a| a.date_value().is_some())
                        .min_by_key(|a| a.date_value())
                        .unwrap();
                    assert_eq!(*date, first.date_text());
                    assert_eq!(date.ends_with("(inferred)"), first.is_date_inferred());
                }
            }
        }
        assert!(
            points
                .iter()
                .any(|p| matches!(&p.when, When::Reported(d) if d.ends_with("(inferred)"))),
            "a figure reported on an inferred date says so"
        );
        let trained = points.iter().find(|p| p.formatted == "> 270 people").unwrap();
        assert_eq!(trained.when, When::Period("2014–2019".into()));
        assert_eq!(trained.years, 2014.0..2020.0);
        // Each lane holds one measure.
        for lane in &overview.lanes {
            for point in &lane.points {
                let figure = catalogue.figures().iter().find(|f| f.id == point.figure).unwrap();
                assert_eq!(figure.series(), lane.measure);
            }
        }
    }

    #[test]
    fn the_summary_counts_articles_by_origin_and_gives_the_date_range() {
        let overview = embedded();
        assert_eq!(overview.summary.built_in, 5);
        assert_eq!(overview.summary.imported, 0);
        assert_eq!(
            overview.summary.line(),
            "5 articles (5 built in, 0 imported) · 24 programmes · 8 figures · 27 November 2019 to November 2024"
        );
        let years = overview.years().unwrap();
        assert_eq!(years.start, 2014.0, "the earliest figure's period starts the charts");
        assert!(years.end > 2024.8);
    }
}
