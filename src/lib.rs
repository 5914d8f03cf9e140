//! Parama: a desktop reference on Lithuania's military assistance to Ukraine.
//!
//! - [`model`]: the corpus and everything known about it. No egui.
//! - [`ui`]: the window, one file per tab or widget.
//! - [`cli`]: the command line.

pub mod cli;
pub mod console;
pub mod crash;
pub mod model;
pub mod open;
pub mod ui;

use std::process::ExitCode;

use cli::Args;

/// Success, a clean "no" (exit 1, nothing printed to stderr), or an error on one line.
fn exit_code(result: Result<bool, cli::CommandError>) -> ExitCode {
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(error) => {
            eprintln!("parama: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Runs Parama as the command line asks, and says how it went as an exit code.
pub fn run(args: Args) -> ExitCode {
    let data_dir = args.data_dir.as_deref();
    match &args.command {
        Some(cli::Command::Export(export)) => return exit_code(cli::export(export, data_dir).map(|()| true)),
        Some(cli::Command::Search { query }) => {
            return exit_code(cli::search(query, data_dir, std::io::stdout().lock()).map(|n| n > 0));
        }
        Some(cli::Command::Import { paths }) => {
            return exit_code(cli::import(paths, data_dir, std::io::stdout().lock()));
        }
        None => {}
    }
    // The library, the window's state and crash reports live together in one folder.
    let folder = data_dir.map_or_else(model::library::Library::default_folder, std::path::Path::to_path_buf);
    // A panic in the window leaves a report beside the library, and the next start says so.
    crash::install(folder.clone());
    match ui::window::run(args.window, &folder) {
        Ok(()) => ExitCode::SUCCESS,
        // A new try of Parama ran the window and has said whatever it had to say.
        Err(ui::window::WindowError::Ended(code)) => ExitCode::from(code),
        Err(error @ ui::window::WindowError::Open(_)) => {
            eprintln!("parama: {error}");
            // The try before this one (if any) goes on to the next way of drawing.
            ExitCode::from(ui::renderer::COULD_NOT_OPEN)
        }
        Err(error @ ui::window::WindowError::NothingDraws(_)) => {
            eprintln!("parama: {error}");
            // A double-clicked program has no terminal to print to.
            console::alert("Parama could not open its window", &format!("Parama {error}."));
            ExitCode::from(ui::renderer::COULD_NOT_OPEN)
        }
        Err(error) => {
            eprintln!("parama: {error}");
            ExitCode::FAILURE
        }
    }
}
