//! Parama: a desktop reference on Lithuania's military assistance to Ukraine.
//!
//! - [`model`]: the corpus and everything known about it. No egui.
//! - [`ui`]: the window, one file per tab or widget.
//! - [`cli`]: the command line.

pub mod cli;
pub mod console;
pub mod model;
pub mod ui;

use std::process::ExitCode;

use cli::Args;

/// Runs Parama as the command line asks, and says how it went as an exit code.
pub fn run(args: Args) -> ExitCode {
    if let Some(cli::Command::Export(export)) = &args.command {
        return match cli::export(export) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("parama: {error}");
                ExitCode::FAILURE
            }
        };
    }
    let launch = ui::window::Launch {
        tab: args.tab,
        select: args.select,
        size: args.size,
        screenshot: args.screenshot,
    };
    match ui::window::run(launch) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("parama: {error}");
            ExitCode::FAILURE
        }
    }
}
