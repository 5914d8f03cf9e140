//! The Articles tab, driven as a screen reader would: by role and accessible label.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{OutputCommand, Role};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use parama::{
    model::{Catalogue, Corpus},
    open::Target,
    ui::{ParamaApp, Tab},
};

fn harness() -> Harness<'static, ParamaApp> {
    let mut app = ParamaApp::embedded();
    app.open_tab(Tab::Articles);
    common::window(app, [1280.0, 800.0])
}

fn listed_titles(harness: &Harness<'_, ParamaApp>) -> Vec<String> {
    harness
        .get_all_by_role(Role::ListBoxOption)
        .map(|node| node.accesskit_node().label().unwrap_or_default())
        .collect()
}

#[test]
fn lists_the_five_titles_newest_first() {
    let harness = harness();
    let corpus = Corpus::embedded().unwrap();
    for article in corpus.articles() {
        harness.get_by_role_and_label(Role::ListBoxOption, &article.title);
    }
    assert_eq!(
        listed_titles(&harness),
        [
            "Lithuania explores Ukrainian experience in mobilisation and recruitment",
            "Lithuania to dispatch troops for Ukraine training, defying Russia",
            "Lithuania to continue its military assistance to Ukraine in 2023 – ministry",
            "Lithuanian Chief of Defence met with his Latvian counterpart",
            "Lithuania and Ukraine intensifies cooperation on cybersecurity",
        ]
    );
}

#[test]
fn clicking_the_third_title_shows_its_text_and_metadata() {
    let mut harness = harness();
    let third = listed_titles(&harness)[2].clone();
    harness.get_by_role_and_label(Role::ListBoxOption, &third).click();
    harness.run();

    assert_eq!(
        harness.state().articles().selected(),
        Some("baltictimes-assistance-2023")
    );
    let option = harness.get_by_role_and_label(Role::ListBoxOption, &third);
    assert_eq!(option.accesskit_node().is_selected(), Some(true));
    // Heading, source line and the text itself.
    let heading = harness.get_by_role(Role::Heading);
    assert_eq!(heading.accesskit_node().value().as_deref(), Some(third.as_str()));
    // Its name too: a screen reader reads a heading's name.
    assert_eq!(heading.accesskit_node().label().as_deref(), Some(third.as_str()));
    harness.get_by_label("The Baltic Times");
    harness.get_by_label("BNS/TBT Staff");
    harness.get_by_label("3 January 2023");
    harness.get_by_label_contains("VILNIUS – The Lithuanian Defense Ministry has identified six main areas");
    harness.get_by_label_contains("about 1,500 Ukrainian military personnel");
    // The paragraph of another article is not shown.
    assert!(
        harness
            .query_by_label_contains("Druskininkai Border crossing point")
            .is_none()
    );
}

#[test]
fn inferred_dates_are_marked_as_such() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(
            Role::ListBoxOption,
            "Lithuanian Chief of Defence met with his Latvian counterpart",
        )
        .click();
    harness.run();
    harness.get_by_label("December 2021 (inferred)");
}

#[test]
fn arrow_keys_home_and_end_move_through_the_list() {
    let mut harness = harness();
    let corpus = Corpus::embedded().unwrap();
    let listed: Vec<String> = listed_titles(&harness)
        .iter()
        .map(|title| corpus.articles().iter().find(|a| &a.title == title).unwrap().id.clone())
        .collect();
    let mut press = |key| {
        harness.key_press(key);
        harness.run();
        harness.state().articles().selected().unwrap().to_owned()
    };
    use egui::Key::{ArrowDown, ArrowUp, End, Home};
    assert_eq!(press(ArrowDown), listed[1]);
    assert_eq!(press(ArrowDown), listed[2]);
    assert_eq!(press(ArrowUp), listed[1]);
    assert_eq!(press(ArrowUp), listed[0]);
    assert_eq!(press(ArrowUp), listed[0], "Up at the top stays at the top");
    assert_eq!(press(End), listed[4]);
    assert_eq!(press(ArrowDown), listed[4], "Down at the bottom stays at the bottom");
    assert_eq!(press(Home), listed[0]);
}

#[test]
fn a_corpus_that_fails_to_load_is_explained_not_a_crash() {
    let broken = Corpus::from_parts("[[article]]\nid = 7", &[]);
    assert!(broken.is_err());
    let mut app = ParamaApp::new(broken, Catalogue::embedded);
    app.open_tab(Tab::Articles);
    let harness = common::window(app, [1024.0, 700.0]);
    harness.get_by_label_contains("Parama could not load its built-in articles");
    harness.get_by_label("No articles to show.");
    assert!(harness.query_all_by_role(Role::ListBoxOption).next().is_none());
}

#[test]
fn copy_citation_puts_the_citation_on_the_clipboard() {
    let mut harness = harness();
    harness.get_by_role_and_label(Role::Button, "Copy citation").click();
    harness.step();
    let copied: Vec<&String> = harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            OutputCommand::CopyText(text) => Some(text),
            _ => None,
        })
        .collect();
    assert_eq!(copied.len(), 1);
    assert!(copied[0].starts_with("gagadget.com, “Lithuania explores Ukrainian experience"));
    assert!(copied[0].contains("November 2024 (inferred)"));
    harness.run();
    assert_eq!(harness.state().notices().items().len(), 1);
    harness.get_by_label("Citation copied to the clipboard.");
}

#[test]
fn the_published_copy_opens_through_the_systems_opener() {
    let (opener, opened) = common::recording_opener(None);
    let mut app = ParamaApp::embedded();
    app.open_tab(Tab::Articles);
    app.set_opener(opener);
    let mut harness = common::window(app, [1280.0, 800.0]);
    let link = harness.get_by_label("Open the published copy");
    assert_eq!(link.accesskit_node().role(), Role::Link);
    link.click();
    harness.step();
    // egui's own browser launcher is not asked as well.
    let output = harness.output();
    assert!(
        !output
            .platform_output
            .commands
            .iter()
            .any(|c| matches!(c, OutputCommand::OpenUrl(_)))
    );

    let selected = harness.state().articles().selected().unwrap().to_owned();
    let url = harness.state().corpus().get(&selected).unwrap().url.clone();
    assert!(url.starts_with("https://"), "{url}");
    assert_eq!(*opened.lock().unwrap(), [Target::Address(url)]);
}

#[test]
fn a_link_the_system_cannot_open_is_explained() {
    let (opener, _) = common::recording_opener(Some("no program opens web addresses here"));
    let mut app = ParamaApp::embedded();
    app.open_tab(Tab::Articles);
    app.set_opener(opener);
    let mut harness = common::window(app, [1280.0, 800.0]);
    harness.get_by_label("Open the published copy").click();
    harness.run();
    harness.get_by_label_contains("The system could not open https://");
    harness.get_by_label_contains("no program opens web addresses here");
    // The address can still be pasted into a browser.
    harness.get_by_role_and_label(Role::Link, "Copy address").click();
    harness.run();
    harness.get_by_label_contains("Copied to the clipboard");
}

#[test]
fn open_at_selects_the_article_and_brings_the_passage_into_view() {
    let mut harness = harness();
    let corpus = Corpus::embedded().unwrap();
    let latvia = corpus.get("kariuomene-latvian-chod-2021").unwrap();
    let start = latvia.text.find("BALTNET").unwrap();
    let range = start..start + "BALTNET".len();

    let bad = start..start + 200_000;
    assert!(
        harness
            .state_mut()
            .articles_mut()
            .open_at(latvia, vec![bad], 0)
            .is_err()
    );
    assert_ne!(
        harness.state().articles().selected(),
        Some(latvia.id.as_str()),
        "a refused range opens nothing"
    );

    harness
        .state_mut()
        .articles_mut()
        .open_at(latvia, vec![range.clone()], 0)
        .unwrap();
    harness.run();
    assert_eq!(harness.state().articles().selected(), Some(latvia.id.as_str()));
    assert_eq!(harness.state().articles().reader().highlights_in(latvia), [range]);
    let revealed = harness.state().articles().reader().revealed().unwrap();
    assert!(revealed.viewport.contains_rect(revealed.highlight));
}

#[test]
fn the_list_can_be_sorted_oldest_first_and_by_title() {
    let mut harness = harness();
    let newest_first = listed_titles(&harness);

    harness.get_by_label("Sort by").click();
    harness.run();
    harness.get_by_label("Oldest first").click();
    harness.run();
    let oldest_first = listed_titles(&harness);
    assert_eq!(oldest_first, newest_first.iter().rev().cloned().collect::<Vec<_>>());

    harness.get_by_label("Sort by").click();
    harness.run();
    harness.get_by_label("Title A–Z").click();
    harness.run();
    let by_title = listed_titles(&harness);
    let mut expected = newest_first.clone();
    expected.sort_by_key(|t| t.to_lowercase());
    assert_eq!(by_title, expected);
}

#[test]
fn an_import_missing_details_offers_to_fill_them_in() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bare notes.txt");
    std::fs::write(
        &file,
        "Notes on rehabilitation\n\nWounded soldiers are treated at a clinic in Druskininkai.",
    )
    .unwrap();
    let mut harness = common::window(ParamaApp::with_library(Some(&dir.path().join("data"))), [1280.0, 800.0]);
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(common::Dropped(file)));
    common::settle(&mut harness, |app| !app.is_importing());

    harness.get_by_label_contains(
        "1 article was imported without all its details: “Notes on rehabilitation”: no publisher, no date.",
    );
    // Undated, and saying so.
    harness.get_by_role_and_label(Role::ListBoxOption, "Notes on rehabilitation");
    harness.get_by_label("undated");
    harness
        .get_by_role_and_label(Role::Link, "Fill in the details…")
        .click();
    harness.run();
    harness.get_by_label("Article details");
}
