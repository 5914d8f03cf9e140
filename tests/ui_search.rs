//! Search from the window: Ctrl+F, type, see results, open a hit, step, clear.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Key, Modifiers, Role};
use egui_kittest::{Harness, kittest::Queryable as _};
use parama::ui::{ParamaApp, Tab};

fn harness(tab: Tab) -> Harness<'static, ParamaApp> {
    let mut app = ParamaApp::embedded();
    app.open_tab(tab);
    common::window(app, [1400.0, 900.0])
}

use common::settle_search as settle;

#[test]
fn ctrl_f_then_typing_finds_the_article_and_a_click_opens_it_highlighted() {
    let mut harness = harness(Tab::Programmes);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    let search_box = harness.get_by_role_and_label(Role::TextInput, "Search");
    assert!(search_box.is_focused(), "Ctrl+F focuses the search box");
    search_box.type_text("simonyte");
    settle(&mut harness);

    let app = harness.state();
    assert_eq!(
        app.search().found_articles(app.corpus()),
        ["essanews-training-troops-2024"]
    );
    harness.get_by_label("3 matches in 1 article");
    harness.get_by_role_and_label(
        Role::Label,
        "Lithuania to dispatch troops for Ukraine training, defying Russia",
    );

    harness
        .get_all_by_label_contains("Šimonytė shared her insights")
        .next()
        .unwrap()
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.tab(), Tab::Articles);
    assert_eq!(app.articles().selected(), Some("essanews-training-troops-2024"));
    let article = app.corpus().get("essanews-training-troops-2024").unwrap();
    let highlights = app.articles().reader().highlights_in(article);
    assert_eq!(highlights.len(), 3, "every hit is highlighted");
    assert!(highlights.iter().all(|h| &article.text[h.clone()] == "Šimonytė"));
    let revealed = app.articles().reader().revealed().unwrap();
    assert!(revealed.viewport.contains_rect(revealed.highlight));
}

#[test]
fn enter_and_f3_step_through_hits_and_escape_clears() {
    let mut harness = harness(Tab::Articles);
    harness.state_mut().search_mut().set_query("rehabilitation");
    settle(&mut harness);
    let total: usize = {
        let app = harness.state();
        app.search().found_articles(app.corpus()).len()
    };
    assert_eq!(total, 2);

    // Enter in the box opens the first hit and keeps the box focused for the next Enter.
    harness.get_by_role_and_label(Role::TextInput, "Search").focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let first = harness.state().articles().selected().unwrap().to_owned();
    let hits_in = |harness: &Harness<'static, ParamaApp>, id: &str| {
        let app = harness.state();
        app.articles()
            .reader()
            .highlights_in(app.corpus().get(id).unwrap())
            .len()
    };
    assert!(hits_in(&harness, &first) > 0);
    assert!(harness.get_by_role_and_label(Role::TextInput, "Search").is_focused());
    // Which match is open, of how many.
    let (at, of) = harness.state().search().position().unwrap();
    assert_eq!(at, 1);
    assert!(of > 1);
    harness.get_by_label(&format!("1 of {of}"));
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label(&format!("2 of {of}"));
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    harness.run();
    harness.get_by_label(&format!("1 of {of}"));
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().articles().selected().unwrap(),
        first,
        "Shift+Enter then Enter comes back"
    );

    // F3 steps too, from anywhere.
    harness.key_press(Key::F3);
    harness.run();
    harness.key_press(Key::F3);
    harness.run();
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F3);
    harness.run();
    assert_eq!(
        harness.state().articles().selected().unwrap(),
        first,
        "back to the first hit"
    );

    // Escape in the box clears the search and its highlights.
    harness.get_by_role_and_label(Role::TextInput, "Search").focus();
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().search().query(), "");
    let app = harness.state();
    let article = app.corpus().get(&first).unwrap();
    assert!(app.articles().reader().highlights_in(article).is_empty());
    assert!(
        harness.query_by_label_contains("matches in").is_none(),
        "the results panel is gone"
    );
}

#[test]
fn catalogue_hits_lead_to_their_rows() {
    let mut harness = harness(Tab::Articles);
    harness.state_mut().search_mut().set_query("LITPOLUKRBRIG");
    settle(&mut harness);
    harness.get_by_label_contains("1 programme");
    harness
        .get_by_role_and_label(Role::Link, "Lithuanian–Polish–Ukrainian Brigade (LITPOLUKRBRIG)")
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.tab(), Tab::Programmes);
    assert_eq!(app.programmes().table().selection().current(), Some("litpolukrbrig"));
}
