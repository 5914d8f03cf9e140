//! Every interactive widget has an accessible name, on every tab, in every menu and dialog, so
//! that a screen reader can announce it (and the other UI tests can find it by that name).
//!
//! egui_kittest checks this itself at the end of every `run()`: it panics listing any widget a
//! user can act on that has no name. These tests walk the app through its states so that the
//! check sees all of them; the last one shows the check is switched on.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::accesskit::Role;
use egui_kittest::{Harness, kittest::Queryable as _};
use parama::ui::{ParamaApp, Tab};

fn window(app: ParamaApp) -> Harness<'static, ParamaApp> {
    common::window(app, [1280.0, 800.0])
}

/// Widgets a user can act on: enough of them that the check has something to check.
fn actionable(harness: &Harness<'_, ParamaApp>) -> usize {
    [
        Role::Button,
        Role::ListBoxOption,
        Role::TextInput,
        Role::CheckBox,
        Role::Link,
        Role::Row,
    ]
    .into_iter()
    .map(|role| harness.query_all_by_role(role).count())
    .sum()
}

#[test]
fn every_tab_with_a_row_selected() {
    for (tab, select) in [
        (Tab::Articles, "baltictimes-assistance-2023"),
        (Tab::Programmes, "kaunas-cyber-centre"),
        (Tab::Figures, "rehabilitation-budget"),
    ] {
        let mut app = ParamaApp::embedded();
        assert!(app.select(select), "{select}");
        app.open_tab(tab);
        let harness = window(app);
        assert_eq!(harness.state().tab(), tab);
        assert!(actionable(&harness) > 10, "{tab:?}: {} widgets", actionable(&harness));
    }
}

#[test]
fn every_menu_and_the_help_dialogs() {
    let mut harness = window(ParamaApp::embedded());
    for menu in ["File", "View", "Help"] {
        harness.get_by_role_and_label(Role::Button, menu).click();
        harness.run();
        harness.key_press(egui::Key::Escape);
        harness.run();
    }
    for item in ["Keyboard shortcuts", "About Parama"] {
        harness.get_by_role_and_label(Role::Button, "Help").click();
        harness.run();
        harness.get_by_role_and_label(Role::Button, item).click();
        harness.run();
    }
}

#[test]
fn the_search_results() {
    let mut harness = window(ParamaApp::embedded());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Search")
        .type_text("rehabilitation");
    common::settle_search(&mut harness);
    assert!(
        harness.query_all_by_label_contains("matches in").count() > 0,
        "the results are shown"
    );
}

#[test]
#[should_panic(expected = "lack accessible name")]
fn a_widget_without_a_name_fails_the_check() {
    let mut harness = Harness::builder().with_size([200.0, 100.0]).build_ui(|ui| {
        ui.add(egui::Button::new(""));
    });
    harness.run();
}
