//! The Overview tab in the real app: it opens first, and its charts lead into the detail.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::{Arc, Mutex};

use common::{ScriptedDialog, finish_export};
use egui::{Modifiers, Role};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use parama::{
    model::{Catalogue, Category, Corpus, overview::Overview},
    ui::{ParamaApp, Tab},
};

fn harness(app: ParamaApp, size: [f32; 2]) -> Harness<'static, ParamaApp> {
    common::window(app, size)
}

#[test]
fn the_overview_is_the_first_tab_and_opens_first() {
    let harness = harness(ParamaApp::embedded(), [1024.0, 700.0]);
    assert_eq!(Tab::ALL[0], Tab::Overview);
    assert_eq!(harness.state().tab(), Tab::Overview);
    let (programmes, figures) = common::built_in_rows();
    harness.get_by_label(&format!(
        "5 articles (5 built in, 0 imported) · {programmes} programmes · {figures} figures · 27 November 2019 to November 2024"
    ));
    // Each chart has a name and its two buttons.
    for chart in [
        "Timeline of the articles by date",
        "Bar chart of the programmes by category",
        "Chart of the figures over time, by measure",
    ] {
        harness.get_by_label(chart);
    }
    assert_eq!(harness.get_all_by_role_and_label(Role::Button, "PNG…").count(), 3);
    assert_eq!(harness.get_all_by_role_and_label(Role::Button, "Table…").count(), 3);
}

#[test]
fn clicking_the_cyber_bar_opens_the_programmes_filtered_to_cyber() {
    let mut harness = harness(ParamaApp::embedded(), [1024.0, 700.0]);
    // Filter the table first: the bar shows every cyber programme, so the filter must go.
    harness.state_mut().open_tab(Tab::Programmes);
    harness.run();
    harness.get_by_label("Filter programmes").type_text("Kaunas");
    harness.run();
    harness.state_mut().open_tab(Tab::Overview);
    harness.run();

    harness
        .get_by_role_and_label(Role::Button, "cyber: 3 programmes")
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.tab(), Tab::Programmes);
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let cyber: Vec<&str> = catalogue
        .programmes()
        .iter()
        .filter(|p| p.category == Category::Cyber)
        .map(|p| p.id.as_str())
        .collect();
    let shown: Vec<&str> = app
        .programmes()
        .table()
        .shown()
        .iter()
        .map(|&i| catalogue.programmes()[i].id.as_str())
        .collect();
    assert_eq!(shown.len(), 3);
    assert_eq!(shown.len(), cyber.len());
    assert!(shown.iter().all(|id| cyber.contains(id)), "{shown:?}");
}

#[test]
fn clicking_a_timeline_marker_opens_the_article() {
    let mut harness = harness(ParamaApp::embedded(), [1024.0, 700.0]);
    let corpus = Corpus::embedded().unwrap();
    let article = corpus.get("baltictimes-assistance-2023").unwrap();
    harness
        .get_by_role_and_label(
            Role::Button,
            &format!("The Baltic Times, 3 January 2023: {}", article.title),
        )
        .click();
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Articles);
    assert_eq!(
        harness.state().articles().selected(),
        Some("baltictimes-assistance-2023")
    );
    harness.get_by_role(Role::Heading);
}

#[test]
fn every_article_and_every_figure_has_a_named_place_on_the_charts() {
    let harness = harness(ParamaApp::embedded(), [1024.0, 700.0]);
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let overview = Overview::of(&corpus, &catalogue);
    for entry in &overview.timeline {
        let name = format!("{}, {}: {}", entry.publisher, entry.date, entry.title);
        harness.get_by_role_and_label(Role::Button, &name);
    }
    // A figure has a place of its own, or shares one with figures too close to tell apart, whose
    // name lists them all.
    let names: Vec<String> = harness
        .get_all_by_role(Role::Button)
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    for lane in &overview.lanes {
        for point in &lane.points {
            let one = format!("{}, {}", point.formatted, point.when.label());
            assert!(
                names
                    .iter()
                    .any(|n| n.starts_with(&format!("{}: ", lane.label)) && n.contains(&one)),
                "no place for {one} in {names:?}"
            );
        }
    }
}

#[test]
fn clicking_a_figure_shows_it_beside_its_source() {
    let mut harness = harness(ParamaApp::embedded(), [1024.0, 700.0]);
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let overview = Overview::of(&corpus, &catalogue);
    let (lane, point) = overview
        .lanes
        .iter()
        .flat_map(|l| l.points.iter().map(move |p| (l, p)))
        .find(|(_, p)| p.formatted == "> 270 people")
        .unwrap();
    harness
        .get_by_role_and_label(
            Role::Button,
            &format!("{}: {}, {}", lane.label, point.formatted, point.when.label()),
        )
        .click();
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Figures);
    assert_eq!(
        harness.state().figures().table().selection().current(),
        Some(point.figure.as_str())
    );
}

#[test]
fn hovering_a_figure_shows_it_with_its_source() {
    let mut harness = harness(ParamaApp::embedded(), [1024.0, 700.0]);
    harness.get_by_label_contains("> 270 people, 2014–2019").hover();
    harness.run();
    harness.get_by_label("Source: Lithuanian MoD (l24.lt), 27 November 2019 (inferred)");
    harness.get_by_label("Click to see it beside its source");
}

#[test]
fn a_charts_numbers_export_as_a_table_through_the_usual_export() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("counts.csv");
    let suggested = Arc::new(Mutex::new(Vec::new()));
    let mut app = ParamaApp::embedded();
    app.set_save_dialog(Box::new(ScriptedDialog {
        answers: vec![Some(target.clone())],
        suggested: Arc::clone(&suggested),
    }));
    let mut harness = harness(app, [1024.0, 700.0]);
    // The second Table… button is the bar chart's.
    harness
        .get_all_by_role_and_label(Role::Button, "Table…")
        .nth(1)
        .unwrap()
        .click();
    finish_export(&mut harness);
    let name = suggested.lock().unwrap()[0].clone();
    assert!(
        name.starts_with("parama-programme-counts-") && name.ends_with(".xlsx"),
        "{name}"
    );
    assert!(
        std::fs::read(&target)
            .unwrap()
            .starts_with("\u{feff}category,".as_bytes()),
        "with the BOM, for Excel"
    );
    let mut reader = csv::Reader::from_path(&target).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header, ["category", "programmes", "checked", "found_automatically"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 5);
    let cyber = rows.iter().find(|r| &r[0] == "cyber").unwrap();
    assert_eq!(&cyber[1], "3");
    harness.get_by_label_contains("Exported 5 rows to");
}

#[test]
fn export_on_the_overview_says_where_the_exports_are() {
    let mut harness = harness(ParamaApp::embedded(), [1024.0, 700.0]);
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
    harness.run();
    assert!(!harness.state().is_exporting());
    harness.get_by_label_contains("each chart has its own Table… button");
}

#[test]
fn imported_articles_join_the_timeline_and_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.txt");
    std::fs::write(&file, "Lithuania sent 40 instructors to Ukraine in 2025.").unwrap();
    let data = dir.path().join("data");
    let (mut library, _) = parama::model::library::Library::open(&data);
    library.import_paths(&[file]).unwrap();
    let harness = harness(ParamaApp::with_library(Some(&data)), [1024.0, 700.0]);
    harness.get_by_label_contains("6 articles (5 built in, 1 imported)");
    harness.get_by_label_contains("Lithuania sent 40 instructors to Ukraine in 2025.");
}

#[test]
fn a_lane_whose_sources_disagree_is_drawn_and_named_so() {
    // An imported article gives 1,600 for the 2023 training plan the built-in one puts at about
    // 1,500: the lane's figures disagree. (Its mark once was a glyph no font had, which panics.)
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (mut library, _) = parama::model::library::Library::open(&data);
    library
        .import_paths(&[std::path::PathBuf::from(
            "tests/fixtures/devset/21-wire-training-1600.txt",
        )])
        .unwrap();
    let harness = harness(ParamaApp::with_library(Some(&data)), [1280.0, 800.0]);
    let lane = harness.get_by_label_contains("1,600 people, 2023");
    let name = lane.accesskit_node().label().unwrap_or_default();
    assert!(name.contains("≈ 1,500 people, 2023"), "{name}");
    assert!(name.ends_with("(sources disagree)"), "{name}");
}

#[test]
fn at_the_smallest_window_no_button_covers_a_chart_title() {
    let mut harness = harness(ParamaApp::embedded(), [720.0, 480.0]);
    harness.run();
    let buttons: Vec<egui::Rect> = ["PNG…", "Table…"]
        .iter()
        .flat_map(|b| {
            harness
                .get_all_by_role_and_label(Role::Button, b)
                .map(|n| n.rect())
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(buttons.len(), 6);
    for title in ["Articles by date", "Programmes by category", "Figures over time"] {
        let title = harness.get_by_label(title).rect();
        for button in &buttons {
            assert!(!title.intersects(*button), "{title:?} under a button at {button:?}");
        }
    }
}

#[test]
fn a_measure_cut_short_beside_the_chart_shows_its_whole_name_on_hover() {
    let mut harness = harness(ParamaApp::embedded(), [800.0, 600.0]);
    let whole = "Ukrainian soldiers treated and rehabilitated in Lithuania";
    assert!(harness.query_by_label(whole).is_none(), "cut short at first");
    // Beside the chart, level with the measure's figure.
    let figure = harness.get_by_label_contains("> 270 people, 2014–2019").rect();
    let chart = harness
        .get_by_label("Chart of the figures over time, by measure")
        .rect();
    harness.hover_at(egui::pos2(chart.left() + 30.0, figure.center().y));
    for _ in 0..8 {
        harness.step();
    }
    harness.run();
    harness.get_by_label(whole);
}
