//! The `parama` binary: parse the command line and run.

// A double-clicked release build on Windows opens no console window; see `console` for how
// the command line still prints when started from a terminal.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    parama::console::attach_to_parent();
    parama::run(parama::cli::Args::parse())
}
