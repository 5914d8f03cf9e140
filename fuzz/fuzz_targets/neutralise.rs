//! Fuzz target: see `checks::neutralise_cell`.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::neutralise_cell(data));
