//! Importing the user's own articles: formats, encodings, bad files, duplicates, the store
//! across restarts, a damaged store, and the command line.

// A test fails by panicking, so unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::{fs, path::Path, process::Command};

use common::{Dropped, window};
use egui::Role;
use egui_kittest::kittest::Queryable as _;
use parama::{
    model::{
        import::Skip,
        library::{Library, LibraryError, open_corpus},
    },
    ui::{ParamaApp, Tab},
};

const PAGE: &str = r#"<!doctype html><html><head><title>News site | Deminers</title>
<meta property="og:site_name" content="LRT English">
<meta property="article:published_time" content="2024-03-01T10:00:00+02:00">
<meta property="og:url" content="https://www.lrt.lt/en/news/deminers">
<script>window.ads = "no";</script></head>
<body><nav>Home · World · Lithuania</nav>
<article><h1>Lithuania trains Ukrainian deminers in Kaunas</h1>
<p>About 200 Ukrainian soldiers were trained by Lithuanian instructors in Kėdainiai.</p></article>
<footer>© 2024</footer></body></html>"#;

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    fs::write(dir.join(name), bytes).unwrap();
}

/// A temporary folder with a data folder in which `PAGE` has been imported; returns both and
/// the new article's id.
fn library_with_page() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "page.html", PAGE.as_bytes());
    let data = dir.path().join("data");
    let id = Library::open(&data)
        .0
        .import_paths(&[dir.path().join("page.html")])
        .unwrap()
        .imported[0]
        .clone();
    (dir, data, id)
}

#[test]
fn each_format_and_encoding_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("files");
    fs::create_dir_all(files.join("nested")).unwrap();
    write(&files, "page.html", PAGE.as_bytes());
    write(
        &files,
        "notes.md",
        "# Cyber centre\n\nThe *Kaunas* centre opened.\n".as_bytes(),
    );
    write(
        &files.join("nested"),
        "latin1.txt",
        b"Report\nLithuanian caf\xe9 owners donated \x80 5,000.\n",
    );
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("Šimonytė visits Kyiv\nText.".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    write(&files, "utf16.txt", &utf16);
    let mut bom = vec![0xef, 0xbb, 0xbf];
    bom.extend("Balčiūnas on recruitment\nMore.".as_bytes());
    write(&files, "bom.txt", &bom);

    let (mut library, problem) = Library::open(&dir.path().join("data"));
    assert!(problem.is_none());
    let report = library.import_paths(&[files]).unwrap();
    assert_eq!(report.summary(), "Imported 5, skipped 0");

    let find = |title: &str| library.articles().iter().find(|a| a.title == title).unwrap().clone();
    let page = find("Lithuania trains Ukrainian deminers in Kaunas");
    assert_eq!(page.publisher, "LRT English");
    assert_eq!(page.url, "https://www.lrt.lt/en/news/deminers");
    assert_eq!(page.date.unwrap().to_string(), "2024-03-01");
    assert!(
        page.date_reason.starts_with("Not printed in the text: from the page's"),
        "a date from metadata is marked inferred, with why: {}",
        page.date_reason
    );
    assert_eq!(page.how["publisher"], "from the page's og:site_name tag");
    assert!(page.text.contains("Kėdainiai") && !page.text.contains("ads") && !page.text.contains("Home ·"));
    assert_eq!(find("Cyber centre").text, "Cyber centre\nThe Kaunas centre opened.");
    assert!(
        find("Report").text.contains("café owners donated € 5,000"),
        "Windows-1252"
    );
    assert_eq!(find("Šimonytė visits Kyiv").text, "Šimonytė visits Kyiv\nText.");
    // A file that gives no date leaves the article undated: the file's own time is not its date.
    let undated = find("Balčiūnas on recruitment");
    assert_eq!(undated.date, None);
    assert!(!undated.how.contains_key("date"));
}

#[test]
fn bad_files_are_skipped_with_reasons_and_the_rest_imported() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.txt", b"A good article\nWith text.");
    write(dir.path(), "copy.txt", b"A good article\r\nWith   text.\r\n");
    write(dir.path(), "empty.txt", b"  \n\n ");
    write(dir.path(), "image.png", b"\x89PNG\r\n");
    write(dir.path(), "binary.txt", b"MZ\x00\x00\x01\x02");
    write(dir.path(), "broken16.txt", &[0xff, 0xfe, 0x41]);
    write(dir.path(), "huge.txt", &vec![b'a'; 5 * 1024 * 1024 + 1]);
    let (mut library, _) = Library::open(&dir.path().join("data"));
    let paths: Vec<_> = [
        "good.txt",
        "copy.txt",
        "empty.txt",
        "image.png",
        "binary.txt",
        "broken16.txt",
        "huge.txt",
        "missing.txt",
    ]
    .iter()
    .map(|n| dir.path().join(n))
    .collect();
    let report = library.import_paths(&paths).unwrap();
    assert_eq!(report.imported.len(), 1);
    let reasons: Vec<&Skip> = report.skipped.iter().map(|(_, r)| r).collect();
    assert!(matches!(reasons[0], Skip::Duplicate(title) if title == "A good article"));
    assert_eq!(reasons[1], &Skip::Empty);
    assert_eq!(reasons[2], &Skip::UnsupportedType);
    assert_eq!(reasons[3], &Skip::Binary);
    assert_eq!(reasons[4], &Skip::Undecodable("UTF-16LE"));
    assert!(matches!(reasons[5], Skip::TooLarge(_)));
    assert!(matches!(reasons[6], Skip::Unreadable(_)));
}

#[test]
fn imported_articles_survive_a_restart_and_can_be_removed() {
    let (_dir, data, id) = library_with_page();
    let (again, problem) = Library::open(&data);
    assert!(problem.is_none());
    assert_eq!(again.articles().len(), 1);
    let (corpus, _, _) = open_corpus(Some(&data));
    let corpus = corpus.unwrap();
    assert_eq!(corpus.len(), 6, "five built-in articles and the imported one");
    assert!(corpus.get(&id).is_some());

    let mut again = again;
    assert!(again.remove(&id));
    again.save().unwrap();
    assert!(Library::open(&data).0.articles().is_empty());
}

#[test]
fn a_damaged_store_is_set_aside_not_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    fs::create_dir_all(&data).unwrap();
    fs::write(
        data.join("library.json"),
        b"{\"version\": 1, \"articles\": [ {truncated",
    )
    .unwrap();
    let (library, problem) = Library::open(&data);
    assert!(library.articles().is_empty());
    let Some(LibraryError::SetAside { kept, .. }) = problem else {
        panic!("expected the store to be set aside")
    };
    assert_eq!(
        fs::read(&kept).unwrap(),
        b"{\"version\": 1, \"articles\": [ {truncated",
        "kept byte for byte"
    );
    assert!(!data.join("library.json").exists());

    // A store from a newer Parama is kept aside too.
    fs::write(data.join("library.json"), b"{\"version\": 99, \"articles\": []}").unwrap();
    let (_, problem) = Library::open(&data);
    assert!(problem.unwrap().to_string().contains("newer Parama"));

    // The window still opens, and says what happened.
    fs::write(data.join("library.json"), b"garbage").unwrap();
    let harness = window(ParamaApp::with_library(Some(&data)), [1280.0, 800.0]);
    harness.get_by_label_contains("could not be read");
    assert_eq!(harness.state().corpus().len(), 5);
}

#[test]
fn imported_articles_are_listed_and_searchable_in_the_window() {
    let (_dir, data, _) = library_with_page();

    let mut app = ParamaApp::with_library(Some(&data));
    app.open_tab(Tab::Articles);
    app.search_mut().set_query("kedainiai");
    let mut harness = window(app, [1280.0, 800.0]);
    common::settle_search(&mut harness);
    harness.get_by_role_and_label(Role::ListBoxOption, "Lithuania trains Ukrainian deminers in Kaunas");
    let app = harness.state();
    assert_eq!(app.search().found_articles(app.corpus()).len(), 1);
    harness.get_by_label_contains("1 match in 1 article");
}

#[test]
fn the_command_line_imports_into_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "page.html", PAGE.as_bytes());
    write(dir.path(), "blob.txt", b"\x00\x00");
    let data = dir.path().join("data");
    let parama = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_parama")).args(args).output().unwrap();
    let out = parama(&[
        "--data-dir",
        data.to_str().unwrap(),
        "import",
        dir.path().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("Imported 1, skipped 1"), "{stdout}");
    assert!(stdout.contains("blob.txt: not a text file"));

    let found = parama(&["--data-dir", data.to_str().unwrap(), "search", "deminers"]);
    assert!(found.status.success());
    assert!(
        String::from_utf8(found.stdout)
            .unwrap()
            .contains("Lithuania trains Ukrainian deminers")
    );
}

#[test]
fn dropping_files_on_the_window_imports_them_in_the_background() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "page.html", PAGE.as_bytes());
    write(dir.path(), "blob.txt", b"\x00\x00");
    let data = dir.path().join("data");
    let mut app = ParamaApp::with_library(Some(&data));
    app.open_tab(Tab::Figures);
    let mut harness = window(app, [1280.0, 800.0]);
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(dir.path().join("page.html"))));
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(dir.path().join("blob.txt"))));
    common::settle(&mut harness, |app| !app.is_importing());
    let app = harness.state();
    assert_eq!(app.corpus().len(), 6);
    assert_eq!(app.tab(), Tab::Articles, "the first imported article is shown");
    harness.get_by_label_contains("Imported 1, skipped 1. blob.txt: not a text file.");
    harness.get_by_role_and_label(Role::ListBoxOption, "Lithuania trains Ukrainian deminers in Kaunas");
    // And it was saved: a new window over the same folder has it.
    assert_eq!(Library::open(&data).0.articles().len(), 1);
}

#[test]
fn figures_found_in_an_imported_article_show_as_auto_and_can_be_reviewed_or_hidden() {
    let (_dir, data, _) = library_with_page();

    let mut app = ParamaApp::with_library(Some(&data));
    app.open_tab(Tab::Figures);
    let mut harness = window(app, [1600.0, 1000.0]);
    // "About 200 Ukrainian soldiers" was found, and says it is automatic.
    harness.get_by_label("≈ 200 people").click();
    harness.run();
    harness.get_by_label("Found automatically, not reviewed.");
    harness.get_by_label_contains("About 200 Ukrainian soldiers were trained");
    harness.get_by_label("automatic (1)");
    let auto_id = harness
        .state()
        .figures()
        .table()
        .selection()
        .current()
        .unwrap()
        .to_owned();
    assert!(auto_id.starts_with("auto-"));

    harness.get_by_role_and_label(Role::Button, "Mark reviewed").click();
    harness.run();
    let figure = harness.state().catalogue().figure(&auto_id).unwrap();
    assert_eq!(figure.origin, parama::model::Origin::Reviewed);
    harness.get_by_label("Found automatically; reviewed by you.");

    // The choice persists: a new window over the same folder sees it reviewed.
    let again = ParamaApp::with_library(Some(&data));
    assert_eq!(
        again.catalogue().figure(&auto_id).unwrap().origin,
        parama::model::Origin::Reviewed
    );

    // Exports say where each row comes from.
    let table =
        parama::model::export::figures_table(again.catalogue(), again.corpus(), parama::model::export::Rows::All, &[]);
    let origins: Vec<&str> = table.rows.iter().map(|r| r[1].as_str()).collect();
    assert!(origins.contains(&"curated") && origins.contains(&"reviewed"));

    // Hiding takes a row out of the tables.
    let programme = again
        .catalogue()
        .programmes()
        .iter()
        .find(|p| p.id.starts_with("auto-"))
        .unwrap()
        .id
        .clone();
    let mut library = Library::open(&data).0;
    library.set_review(&programme, parama::model::library::Review::Hidden);
    library.save().unwrap();
    assert!(
        ParamaApp::with_library(Some(&data))
            .catalogue()
            .programme(&programme)
            .is_none()
    );
}

#[test]
fn an_imported_articles_details_can_be_edited_checked_and_removed() {
    let (_dir, data, id) = library_with_page();

    let mut app = ParamaApp::with_library(Some(&data));
    app.select(&id);
    let mut harness = window(app, [1400.0, 900.0]);
    harness.get_by_role_and_label(Role::Button, "Edit details…").click();
    harness.run();

    // Say the date is printed, but give a wording the text does not have: refused, explained.
    harness
        .get_by_role_and_label(Role::RadioButton, "Printed in the article")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "The date as printed")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "The date as printed")
        .type_text("1 March 2024");
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();
    harness.get_by_label_contains("does not contain “1 March 2024”");

    // Inferred, with a reason, and a new publisher: saved, and kept across a restart.
    harness
        .get_by_role_and_label(Role::RadioButton, "Worked out (inferred)")
        .click();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Publisher").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Publisher")
        .type_text("LRT");
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();
    harness.get_by_label("Details saved.");
    assert_eq!(harness.state().corpus().get(&id).unwrap().publisher, "LRT");
    assert_eq!(Library::open(&data).0.articles()[0].publisher, "LRT");

    // Remove, after confirming.
    harness.get_by_role_and_label(Role::Button, "Edit details…").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Remove from library…")
        .click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Yes, remove").click();
    harness.run();
    assert!(harness.state().corpus().get(&id).is_none());
    assert!(Library::open(&data).0.articles().is_empty());
}

#[cfg(unix)]
#[test]
fn a_folder_that_links_to_itself_does_not_loop() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("files");
    fs::create_dir_all(&files).unwrap();
    write(&files, "page.html", PAGE.as_bytes());
    std::os::unix::fs::symlink(&files, files.join("loop")).unwrap();
    let (mut library, _) = Library::open(&dir.path().join("data"));
    let report = library.import_paths(&[files]).unwrap();
    assert_eq!(report.summary(), "Imported 1, skipped 0");
}

#[test]
fn an_import_says_which_details_each_file_did_not_give() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("files");
    fs::create_dir_all(&files).unwrap();
    write(
        &files,
        "complete.txt",
        b"Instructors for the EU mission\nLRT English; March 3, 2023\n\nLithuanian instructors began training Ukrainian sappers in Germany as part of the EU mission, the ministry said.",
    );
    write(&files, "bare.txt", b"Notes on rehabilitation\n\nWounded soldiers are treated at a clinic in Druskininkai, under a government programme.");
    let (mut library, _) = Library::open(&dir.path().join("data"));
    let report = library.import_paths(&[files]).unwrap();
    assert_eq!(report.imported.len(), 2);
    assert_eq!(report.incomplete.len(), 1, "{:?}", report.incomplete);
    assert_eq!(
        report.incomplete[0].line(),
        "“Notes on rehabilitation”: no publisher, no date"
    );

    let complete = library.articles().iter().find(|a| a.source == "complete.txt").unwrap();
    assert_eq!(complete.publisher, "LRT English");
    assert_eq!(complete.date.unwrap().to_string(), "2023-03-03");
    assert_eq!(
        complete.date_printed.as_deref(),
        Some("March 3, 2023"),
        "printed, so stated"
    );
    assert_eq!(complete.how["date"], "printed on line 2");
}
