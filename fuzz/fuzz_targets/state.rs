//! Fuzz target: see `checks::state`. One app, built once, takes every input in turn.
#![no_main]

use std::cell::RefCell;

#[path = "../checks.rs"]
mod checks;

thread_local! {
    static APP: RefCell<parama::ui::app::ParamaApp> = RefCell::new(parama::ui::app::ParamaApp::embedded());
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| APP.with(|app| checks::state(data, &mut app.borrow_mut())));
