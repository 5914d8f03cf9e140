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

/// The tables are tables to a screen reader: a table node with its row and column counts, a
/// header row of named column headers, rows of cells, the selected row selected and clickable.
#[test]
fn tables_are_tables_of_rows_of_cells() {
    use egui_kittest::kittest::NodeT as _;
    for (tab, noun, headers) in [(Tab::Programmes, "Programmes", 8), (Tab::Figures, "Figures", 6)] {
        let mut app = ParamaApp::embedded();
        app.open_tab(tab);
        let mut harness = window(app);
        let table = harness.get_by_role_and_label(Role::Table, noun);
        let node = table.accesskit_node();
        let shown = match tab {
            Tab::Programmes => harness.state().programmes().table().shown().len(),
            _ => harness.state().figures().table().shown().len(),
        };
        assert_eq!(
            node.data().row_count(),
            Some(shown + 1),
            "{noun}: the header and every row"
        );
        assert_eq!(node.data().column_count(), Some(headers), "{noun}");
        let header_names: Vec<String> = harness
            .query_all_by_role(Role::ColumnHeader)
            .map(|h| h.accesskit_node().label().unwrap_or_default())
            .collect();
        assert_eq!(header_names.len(), headers, "{noun}: {header_names:?}");
        assert!(harness.query_all_by_role(Role::Row).count() > 2, "{noun}");
        assert!(harness.query_all_by_role(Role::Cell).count() >= 2 * headers, "{noun}");

        // Selecting the first row (by a screen reader's click) marks it selected.
        let first = harness.get_all_by_role(Role::Row).nth(1).unwrap();
        assert_eq!(first.accesskit_node().is_selected(), Some(false));
        // A row is where its cells are: a screen reader shows it there, a click lands on it.
        assert!(first.rect().width() > 300.0, "{noun}: {:?}", first.rect());
        first.click_accesskit();
        harness.run();
        let first = harness.get_all_by_role(Role::Row).nth(1).unwrap();
        assert_eq!(first.accesskit_node().is_selected(), Some(true), "{noun}");
    }
}

/// The window and its menu bar have names, and Open in article takes the keyboard (and a
/// screen reader) to the passage it reveals, which says it is highlighted.
#[test]
fn the_window_is_named_and_open_in_article_moves_focus_to_the_passage() {
    use egui_kittest::kittest::NodeT as _;
    let mut app = ParamaApp::embedded();
    app.open_tab(Tab::Figures);
    let mut harness = window(app);
    assert_eq!(harness.root().accesskit_node().label().as_deref(), Some("Parama"));
    harness.get_by_label("Menu bar");
    harness.get_by_label("64 %").click();
    harness.run();
    common::open_in_article(&harness).next().unwrap().click();
    harness.run();
    let focused = harness
        .query_all_by_role(Role::Label)
        .find(|n| n.accesskit_node().is_focused())
        .expect("a passage has the focus");
    let said = focused.accesskit_node().description().unwrap_or_default();
    assert!(said.starts_with("Highlighted: "), "{said}");
    assert!(said.contains("64"), "{said}");
}
