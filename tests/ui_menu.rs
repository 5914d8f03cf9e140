//! The menu bar: File, View and Help, driven as a user would.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Role, Theme};
use egui_kittest::{Harness, kittest::Queryable as _};
use parama::ui::{ParamaApp, Tab};

fn window() -> Harness<'static, ParamaApp> {
    common::window(ParamaApp::embedded(), [1280.0, 800.0])
}

/// Help → Keyboard shortcuts.
fn open_shortcuts(harness: &mut Harness<'static, ParamaApp>) {
    harness.get_by_role_and_label(Role::Button, "Help").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Keyboard shortcuts")
        .click();
    harness.run();
}

#[test]
fn view_switches_tabs_and_theme() {
    let mut harness = window();
    harness.get_by_role_and_label(Role::Button, "View").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Figures tab").click();
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Figures);

    for (label, dark) in [("Light", false), ("Dark", true)] {
        harness.get_by_role_and_label(Role::Button, "View").click();
        harness.run();
        harness.get_by_role_and_label(Role::RadioButton, label).click();
        harness.run();
        assert_eq!(harness.ctx.theme() == Theme::Dark, dark, "{label}");
    }
}

#[test]
fn help_shows_shortcuts_and_about() {
    let mut harness = window();
    harness.get_by_role_and_label(Role::Button, "Help").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "About Parama").click();
    harness.run();
    harness.get_by_label(&format!("Parama {}", env!("CARGO_PKG_VERSION")));
    let (programmes, figures) = common::built_in_rows();
    harness.get_by_label(&format!(
        "5 articles (5 built in, 0 imported) · {programmes} programmes · {figures} figures."
    ));
    harness.get_by_role_and_label(
        Role::Link,
        "The Baltic Times — Lithuania to continue its military assistance to Ukraine in 2023 – ministry",
    );

    open_shortcuts(&mut harness);
    harness.get_by_label("Search everything");
    harness.get_by_label("Export the table (Excel workbook or CSV)");
}

#[test]
fn escape_closes_the_topmost_window_and_spares_the_selection_behind_it() {
    let mut harness = window();
    harness.state_mut().open_tab(Tab::Programmes);
    harness.run();
    harness.get_by_label("Lithuania's overall support to Ukraine").click();
    harness.run();
    open_shortcuts(&mut harness);
    harness.get_by_label("Search everything");

    // The first Escape closes the window, and only that.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.query_by_label("Search everything").is_none(),
        "the window is closed"
    );
    let selected = |h: &Harness<'static, ParamaApp>| h.state().programmes().table().selection().ids().len();
    assert_eq!(selected(&harness), 1, "the selection behind it is kept");

    // The next one reaches the table.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(selected(&harness), 0);
}

#[test]
fn ctrl_q_quits_and_the_shortcuts_window_lists_import_and_quit() {
    let mut harness = window();
    // The key alone, so that the frame that sees it is the last one.
    harness.event(egui::Event::Key {
        key: egui::Key::Q,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::COMMAND,
    });
    harness.step();
    let closes = harness
        .output()
        .viewport_output
        .values()
        .any(|v| v.commands.contains(&egui::ViewportCommand::Close));
    assert!(closes, "Ctrl+Q closes the window");

    let mut harness = window();
    open_shortcuts(&mut harness);
    harness.get_by_label("Import files");
    harness.get_by_label("Quit");
}
