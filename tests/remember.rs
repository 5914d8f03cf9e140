//! Close the app, start it again: it is as you left it. A damaged or old state file gives the
//! defaults, never a crash.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::Role;
use egui_kittest::{Harness, kittest::Queryable as _};
use parama::ui::{ParamaApp, Tab, app::Remembered, articles::ArticleOrder};

fn window(app: ParamaApp) -> Harness<'static, ParamaApp> {
    common::window(app, [1600.0, 1000.0])
}

#[test]
fn the_next_session_starts_where_this_one_ended() {
    let mut first = window(ParamaApp::embedded());
    first.state_mut().open_tab(Tab::Articles);
    first.run();
    first
        .get_by_role_and_label(
            Role::ListBoxOption,
            "Lithuanian Chief of Defence met with his Latvian counterpart",
        )
        .click();
    first.run();
    first.state_mut().articles_mut().set_order(ArticleOrder::Title);
    first.state_mut().open_tab(Tab::Programmes);
    first.run();
    first.get_by_label("cyber (3)").click();
    first.run();
    first.get_by_label("Regional Cyber Security Centre in Kaunas").click();
    first.run();
    first.get_by_role_and_label(Role::Button, "Programme").click();
    first.run();
    let mut saved = first.state().remembered();
    // The kind of file last exported (a workbook unless the user chose otherwise).
    assert_eq!(saved.export_format, parama::model::export::Format::Xlsx);
    saved.export_format = parama::model::export::Format::Csv;
    // As eframe stores it: RON text.
    let text = ron::to_string(&saved).unwrap();

    let mut app = ParamaApp::embedded();
    app.restore(Remembered::from_ron(&text));
    let second = window(app);
    assert_eq!(second.state().remembered(), saved);
    let state = second.state();
    assert_eq!(state.tab(), Tab::Programmes);
    assert_eq!(state.articles().selected(), Some("kariuomene-latvian-chod-2021"));
    assert_eq!(
        state.programmes().table().selection().current(),
        Some("kaunas-cyber-centre")
    );
    assert_eq!(state.programmes().table().shown().len(), 3, "the cyber filter is back");
    second.get_by_label("Sources (3)");
}

#[test]
fn a_damaged_or_old_state_gives_the_defaults() {
    for text in [
        "",
        "garbage",
        "(tab: Nowhere)",
        "(programmes: (sort: Some((99, true))), article: Some(\"gone\"))",
        "\u{0}\u{1}",
    ] {
        let remembered = Remembered::from_ron(text);
        let mut app = ParamaApp::embedded();
        app.restore(remembered);
        let harness = window(app);
        // The window opens on the Overview, whatever the file held.
        assert_eq!(harness.state().tab(), Tab::Overview);
        harness.get_by_label("Timeline of the articles by date");
    }
    assert_eq!(Remembered::from_ron("garbage"), Remembered::default());
}

/// Where the Programmes table's first column can be resized: the x at which the pointer
/// turns into the column-resize cursor, to the right of the "Programme" header.
fn first_column_edge(harness: &mut Harness<'static, ParamaApp>) -> f32 {
    let header = harness.get_by_role_and_label(Role::Button, "Programme").rect();
    let y = header.center().y;
    let mut x = header.right();
    while x < header.right() + 600.0 {
        harness.hover_at(egui::pos2(x, y));
        harness.run();
        if harness.output().platform_output.cursor_icon == egui::CursorIcon::ResizeColumn {
            return x;
        }
        // The handle is about ten points wide; a coarser step finds it sooner.
        x += 4.0;
    }
    panic!("no resize handle right of the Programme header");
}

#[test]
fn column_widths_come_back_with_egui_memory() {
    let mut app = ParamaApp::embedded();
    app.open_tab(Tab::Programmes);
    let mut first = window(app);
    let edge = first_column_edge(&mut first);

    // Drag the edge 80 points to the right, as a user widening the column.
    let y = first.get_by_role_and_label(Role::Button, "Programme").rect().center().y;
    first.drag_at(egui::pos2(edge, y));
    first.run();
    for dx in (10..=80).step_by(10) {
        first.hover_at(egui::pos2(edge + dx as f32, y));
        first.run();
    }
    first.drop_at(egui::pos2(edge + 80.0, y));
    first.run();
    let widened = first_column_edge(&mut first);
    assert!(
        (widened - edge - 80.0).abs() <= 8.0,
        "the column was widened: {edge} → {widened}"
    );

    // eframe keeps egui's memory (column widths among it) as RON beside the app's state.
    let memory = first.ctx.memory(ron::to_string).unwrap();
    let mut app = ParamaApp::embedded();
    app.open_tab(Tab::Programmes);
    let mut second = window(app);
    second.ctx.memory_mut(|m| *m = ron::from_str(&memory).unwrap());
    second.run();
    assert_eq!(first_column_edge(&mut second), widened);
}
