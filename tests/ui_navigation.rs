//! Back and forward: after Open in article, a click in the Overview or a search result, Alt+Left
//! (the mouse's back button, View → Back) returns to where the user was, as it was.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Event, Key, Modifiers, PointerButton, Role};
use egui_kittest::{Harness, kittest::Queryable as _};
use parama::ui::{ParamaApp, Tab};

fn window(tab: Tab) -> Harness<'static, ParamaApp> {
    let mut app = ParamaApp::embedded();
    app.open_tab(tab);
    common::window(app, [1280.0, 800.0])
}

fn press(harness: &mut Harness<'static, ParamaApp>, key: Key) {
    harness.key_press_modifiers(Modifiers::ALT, key);
    harness.run();
}

#[test]
fn back_returns_from_the_article_to_the_figure_and_forward_goes_there_again() {
    let mut harness = window(Tab::Figures);
    harness.get_by_label("64 %").click();
    harness.run();
    common::open_in_article(&harness).next().unwrap().click();
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Articles);
    let highlighted = |h: &Harness<'static, ParamaApp>| h.state().articles().reader().highlights().is_some();
    assert!(highlighted(&harness));

    press(&mut harness, Key::ArrowLeft);
    assert_eq!(harness.state().tab(), Tab::Figures);
    assert_eq!(
        harness.state().figures().table().selection().current(),
        Some("public-support-2018"),
        "the figure is selected as it was"
    );

    press(&mut harness, Key::ArrowRight);
    assert_eq!(harness.state().tab(), Tab::Articles);
    assert!(highlighted(&harness), "the passage is highlighted again");
}

#[test]
fn the_mouse_back_button_leaves_the_filtered_table_for_the_overview() {
    let mut harness = window(Tab::Overview);
    harness
        .get_by_role_and_label(Role::Button, "cyber: 3 programmes")
        .click();
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Programmes);
    assert_eq!(harness.state().programmes().table().shown().len(), 3);

    let at = harness.get_by_label("Parama").rect().center();
    for pressed in [true, false] {
        harness.event(Event::PointerButton {
            pos: at,
            button: PointerButton::Extra1,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Overview);
    assert_eq!(
        harness.state().programmes().table().spec().categories.len(),
        5,
        "the table is as it was before the click: every category"
    );

    // View → Forward does what Alt+Right does.
    harness.get_by_role_and_label(Role::Button, "View").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Forward Alt+Right").click();
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Programmes);
    assert_eq!(harness.state().programmes().table().shown().len(), 3);
}

#[test]
fn with_nowhere_to_go_back_nothing_changes() {
    let mut harness = window(Tab::Programmes);
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(harness.state().tab(), Tab::Programmes);
}
