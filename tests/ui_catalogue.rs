//! The Programmes and Figures tabs, driven through the accessibility tree as a user would.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Modifiers, Role};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use parama::{
    model::Category,
    ui::{ParamaApp, Tab},
};

fn harness_on(tab: Tab, size: [f32; 2]) -> Harness<'static, ParamaApp> {
    let mut app = ParamaApp::embedded();
    app.open_tab(tab);
    common::window(app, size)
}

use common::open_in_article;

fn shown_programme_ids(harness: &Harness<'_, ParamaApp>) -> Vec<String> {
    let app = harness.state();
    let rows = app.catalogue().programmes();
    app.programmes()
        .table()
        .shown()
        .iter()
        .map(|&i| rows[i].id.clone())
        .collect()
}

#[test]
fn the_cyber_toggle_leaves_only_cyber_rows() {
    let mut harness = harness_on(Tab::Programmes, [1600.0, 1000.0]);
    let all = shown_programme_ids(&harness).len();
    assert_eq!(all, harness.state().catalogue().programmes().len());

    harness.get_by_label("cyber (3)").click();
    harness.run();
    let app = harness.state();
    let shown = app.programmes().table().shown();
    assert_eq!(shown.len(), 3);
    assert!(
        shown
            .iter()
            .all(|&i| app.catalogue().programmes()[i].category == Category::Cyber)
    );
    harness.get_by_label_contains(&format!("3 of {} programmes", common::built_in_rows().0));
    // Cyber rows are on screen; others are not.
    harness.get_by_label("Regional Cyber Security Centre in Kaunas");
    assert!(harness.query_by_label("Clothing for Ukrainian soldiers").is_none());

    // Clicking it again shows everything.
    harness.get_by_label("cyber (3)").click();
    harness.run();
    assert_eq!(shown_programme_ids(&harness).len(), all);
}

#[test]
fn the_filter_narrows_rows_and_the_counts() {
    let mut harness = harness_on(Tab::Programmes, [1600.0, 1000.0]);
    harness
        .get_by_role_and_label(Role::TextInput, "Filter programmes")
        .focus();
    harness
        .get_by_role_and_label(Role::TextInput, "Filter programmes")
        .type_text("kaunas");
    harness.run();
    assert_eq!(
        shown_programme_ids(&harness),
        ["cyber-declaration", "kaunas-cyber-centre"]
    );
    harness.get_by_label("cyber (2)");
    harness.get_by_label("training (0)");
}

#[test]
fn sorting_by_a_column_reverses_on_the_second_click() {
    let mut harness = harness_on(Tab::Programmes, [1600.0, 1000.0]);
    harness.get_by_role_and_label(Role::Button, "Programme").click();
    harness.run();
    let ascending = shown_programme_ids(&harness);
    let names = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .map(|id| harness.state().catalogue().programme(id).unwrap().name.to_lowercase())
            .collect()
    };
    let mut sorted = names(&ascending);
    sorted.sort();
    assert_eq!(names(&ascending), sorted);

    harness.get_by_role_and_label(Role::Button, "Programme").click();
    harness.run();
    let descending = shown_programme_ids(&harness);
    assert_eq!(descending, ascending.iter().rev().cloned().collect::<Vec<_>>());
}

#[test]
fn figures_sort_by_value_not_by_text() {
    let mut harness = harness_on(Tab::Figures, [1600.0, 1000.0]);
    harness.get_by_role_and_label(Role::Button, "Figure").click();
    harness.run();
    let app = harness.state();
    let values: Vec<f64> = app
        .figures()
        .table()
        .shown()
        .iter()
        .map(|&i| app.catalogue().figures()[i].value)
        .collect();
    assert!(values.windows(2).all(|w| w[0] <= w[1]), "{values:?}");
}

#[test]
fn selecting_a_figure_shows_its_quote_beside_it() {
    let mut harness = harness_on(Tab::Figures, [1600.0, 1000.0]);
    harness.get_by_label("Select a figure to see it beside the passages that state it.");
    harness.get_by_label("≈ 1,500 people").click();
    harness.run();
    assert_eq!(
        harness.state().figures().table().selection().current(),
        Some("trainees-2023")
    );
    // The panel shows the sentence that states it, and its source.
    harness
        .get_by_label_contains("A total of about 1,500 Ukrainian military personnel are to undergo training this year");
    harness.get_by_label("The Baltic Times · 3 January 2023");
    // Its button says, to a screen reader, which source and passage it opens.
    harness.get_by_role_and_label(
        Role::Button,
        "Open in article: The Baltic Times, 3 January 2023, at “A total of about 1,500 Ukrainian…”",
    );
}

#[test]
fn open_in_article_switches_to_the_article_with_the_passage_highlighted() {
    let mut harness = harness_on(Tab::Figures, [1280.0, 800.0]);
    harness.get_by_label("> 270 people").click();
    harness.run();
    open_in_article(&harness).next().unwrap().click();
    harness.run();

    let app = harness.state();
    assert_eq!(app.tab(), Tab::Articles);
    assert_eq!(app.articles().selected(), Some("kam-cyber-declaration-2019"));
    let article = app.corpus().get("kam-cyber-declaration-2019").unwrap();
    let highlights = app.articles().reader().highlights_in(article);
    assert_eq!(highlights.len(), 1);
    assert!(article.text[highlights[0].clone()].starts_with("Over 270 Ukrainian soldiers"));
    let revealed = app.articles().reader().revealed().unwrap();
    assert!(
        revealed.viewport.contains_rect(revealed.highlight),
        "the passage is scrolled into view"
    );
}

#[test]
fn ctrl_click_selects_two_rows_and_shift_click_a_range() {
    let mut harness = harness_on(Tab::Programmes, [1600.0, 1000.0]);
    harness.get_by_label("Clothing for Ukrainian soldiers").click();
    harness.run();
    harness
        .get_by_label("Medical rehabilitation of wounded Ukrainian soldiers")
        .click_modifiers(Modifiers::COMMAND);
    harness.run();
    let selected: Vec<&str> = harness
        .state()
        .programmes()
        .table()
        .selection()
        .ids()
        .iter()
        .map(String::as_str)
        .collect();
    assert_eq!(selected, ["clothing", "rehabilitation"]);
    let programmes = common::built_in_rows().0;
    harness.get_by_label(&format!("{programmes} of {programmes} programmes · 2 selected"));
    harness.get_by_role_and_label(Role::Button, "Export 2 selected rows…");

    // Shift+click from the rehabilitation row down to clothing takes the rows between too.
    harness
        .get_by_label("Clothing for Ukrainian soldiers")
        .click_modifiers(Modifiers::SHIFT);
    harness.run();
    let range: Vec<&str> = harness
        .state()
        .programmes()
        .table()
        .selection()
        .ids()
        .iter()
        .map(String::as_str)
        .collect();
    assert_eq!(
        range,
        [
            "clothing",
            "heavy-weapons-fund",
            "lithuanian-made-equipment",
            "rehabilitation"
        ]
    );

    // Escape clears; Ctrl+A selects every row shown.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().programmes().table().selection().ids().is_empty());
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.run();
    assert_eq!(harness.state().programmes().table().selection().ids().len(), 24);
}

#[test]
fn selection_is_kept_by_id_through_sorting_and_filtering() {
    let mut harness = harness_on(Tab::Programmes, [1600.0, 1000.0]);
    harness.get_by_label("Clothing for Ukrainian soldiers").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Programme").click();
    harness.run();
    harness.get_by_label("cyber (3)").click();
    harness.run();
    harness.get_by_label("cyber (3)").click();
    harness.run();
    let table = harness.state().programmes().table();
    assert_eq!(table.selection().current(), Some("clothing"));
    assert_eq!(table.selection().ids().len(), 1);
}

#[test]
fn programme_details_list_every_source_and_its_figures() {
    let mut harness = harness_on(Tab::Programmes, [1600.0, 1000.0]);
    harness
        .get_by_label("Medical rehabilitation of wounded Ukrainian soldiers")
        .click();
    harness.run();
    harness.get_by_label("Sources (4)");
    assert_eq!(
        open_in_article(&harness)
            .map(|b| b.accesskit_node().label().unwrap_or_default())
            .collect::<std::collections::HashSet<_>>()
            .len(),
        4
    );
    harness.get_by_label("> 270 people — Ukrainian soldiers treated and rehabilitated in Lithuania");
    harness.get_by_label("≤ €58,000 / year — Ministry funding for the rehabilitation programme");
}

#[test]
fn narrow_and_wide_windows_show_the_details() {
    for size in [[1024.0, 700.0], [1600.0, 1000.0], [720.0, 480.0]] {
        for id in ["rehabilitation", "rehabilitated-2014-2019"] {
            let mut harness = harness_on(Tab::Articles, size);
            assert!(harness.state_mut().select(id));
            harness.run();
            harness.get_by_label_contains("Over 270 Ukrainian soldiers have already undergone");
        }
    }
}

#[test]
fn figures_whose_sources_disagree_are_flagged_and_shown_side_by_side() {
    let extra = include_str!("fixtures/disagreeing-figure.toml");
    let text = format!("{}\n{extra}", include_str!("../assets/catalogue.toml"));
    let mut app = ParamaApp::new(parama::model::Corpus::embedded(), |c| {
        parama::model::Catalogue::from_toml(&text, c)
    });
    assert!(app.select("trainees-2023"));
    let harness = common::window(app, [1600.0, 1000.0]);
    // The table says so, and the panel shows both figures with their own passages.
    harness.get_by_label("≈ 1,500 people (sources disagree)");
    harness.get_by_label("≈ 2,000 people (sources disagree)");
    harness.get_by_label("Sources disagree");
    harness.get_by_label_contains("A total of about 1,500 Ukrainian military personnel");
    harness.get_by_label_contains("Lithuania is studying Ukraine's experience in organising mobilisation");
}

#[test]
fn a_cut_cell_shows_its_whole_text_in_one_tooltip() {
    let mut harness = harness_on(Tab::Programmes, [1280.0, 800.0]);
    let summary = "Bilateral and multilateral military training and education for Ukrainian soldiers in 2023, some of it in Lithuania.";
    let cell = harness.get_by_label(summary);
    let at = cell.rect().center();
    harness.hover_at(at);
    // A tooltip appears after the pointer has rested a moment.
    for _ in 0..8 {
        harness.step();
    }
    harness.run();
    let copies = harness.query_all_by_label(summary).count();
    assert_eq!(copies, 2, "the cell and one tooltip, not two");
}

#[test]
fn at_1280_by_800_every_programme_column_is_in_view() {
    let harness = harness_on(Tab::Programmes, [1280.0, 800.0]);
    // Left of the details panel, which says what it will show.
    let panel = harness.get_by_label_contains("Select a programme to see").rect().left();
    for title in [
        "Category",
        "Programme",
        "Summary",
        "Provider",
        "Period",
        "Status",
        "Sources",
        "Origin",
    ] {
        let header = harness.get_by_role_and_label(Role::Button, title).rect();
        assert!(header.right() < panel, "{title} is out of view at {header:?}");
    }
}

#[test]
fn the_header_menu_hides_and_shows_columns_and_they_are_remembered() {
    let mut harness = harness_on(Tab::Programmes, [1280.0, 800.0]);
    harness.get_by_role_and_label(Role::Button, "Summary").click_secondary();
    harness.run();
    harness.get_by_role_and_label(Role::CheckBox, "Summary").click();
    harness.run();
    assert!(
        harness.query_by_role_and_label(Role::Button, "Summary").is_none(),
        "the column is gone"
    );
    let memory = harness.state().remembered().programmes;
    assert_eq!(memory.hidden_columns, ["Summary"]);

    // The next session shows the table as it was left.
    let mut app = ParamaApp::embedded();
    app.open_tab(Tab::Programmes);
    app.restore(harness.state().remembered());
    let mut again = common::window(app, [1280.0, 800.0]);
    assert!(again.query_by_role_and_label(Role::Button, "Summary").is_none());

    // The last column shown cannot be hidden; "Show all" brings every one back.
    again.get_by_role_and_label(Role::Button, "Category").click_secondary();
    again.run();
    again
        .get_by_role_and_label(Role::Button, "Show all columns at their first widths")
        .click();
    again.run();
    again.get_by_role_and_label(Role::Button, "Summary");
    assert!(again.state().remembered().programmes.hidden_columns.is_empty());
}

#[test]
fn a_period_worked_out_from_an_inferred_date_is_marked_inferred() {
    use parama::model::{Catalogue, Corpus, Figure, table::Row as _};
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let period = |id: &str| -> String {
        let figure: &Figure = catalogue.figure(id).unwrap();
        figure.cell(2, &corpus)
    };
    // "The end of last year", in an article whose date is inferred.
    assert_eq!(period("public-support-2018"), "end of 2018 (inferred)");
    // "This year", in an article that prints its date.
    assert_eq!(period("trainees-2023"), "2023");
    // A period the article names.
    assert_eq!(period("rehabilitated-2014-2019"), "2014–2019");
}

#[test]
fn a_programme_dated_by_an_inferred_date_says_so() {
    use parama::model::{Catalogue, Corpus, Programme, table::Row as _};
    let corpus = Corpus::embedded().unwrap();
    let catalogue = Catalogue::embedded(&corpus).unwrap();
    let period = |id: &str| -> String {
        let programme: &Programme = catalogue.programme(id).unwrap();
        programme.cell(4, &corpus)
    };
    assert_eq!(period("jmtg-u"), "as of 2019 (inferred)");
    assert_eq!(period("mobilisation-experience"), "November 2024 (inferred)");
    assert_eq!(period("general-support"), "since 2014", "a period the text names");
    assert_eq!(period("training-2023"), "2023");
}
