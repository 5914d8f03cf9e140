//! Lets the command line print on Windows.
//!
//! The release binary is a Windows GUI program (`windows_subsystem = "windows"`), so that a
//! double-click opens no console window. Such a program has no standard output of its own;
//! when it is started from a terminal, attaching to the parent's console makes `--help`,
//! `--version` and error messages appear there. On other systems this does nothing.
//!
//! This is the one place in Parama that needs `unsafe`: a single call into the Win32 API.

/// Attaches to the console of the process that started us, if it has one.
#[cfg(windows)]
#[allow(unsafe_code)]
pub fn attach_to_parent() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id by value and touches no memory of ours; it fails
    // harmlessly (returning 0) when there is no parent console or one is already attached.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

/// Attaches to the console of the process that started us (nothing to do off Windows).
#[cfg(not(windows))]
pub fn attach_to_parent() {}
