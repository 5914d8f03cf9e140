//! Lets the command line print on Windows.
//!
//! The release binary is a Windows GUI program (`windows_subsystem = "windows"`), so that a
//! double-click opens no console window. Such a program has no standard output of its own;
//! when it is started from a terminal, attaching to the parent's console makes `--help`,
//! `--version` and error messages appear there. On other systems this does nothing.
//!
//! When the window cannot open at all, a message box says so: a double-clicked program has no
//! terminal to print to.
//!
//! This is the one place in Parama that needs `unsafe`: two calls into the Win32 API.

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

/// Shows `text` in a message box titled `title` (Windows; elsewhere the message printed on
/// standard error is what the user sees).
#[cfg(windows)]
#[allow(unsafe_code)]
pub fn alert(title: &str, text: &str) {
    use windows_sys::Win32::UI::WindowsAndMessaging::{MB_ICONERROR, MB_OK, MessageBoxW};
    let wide = |s: &str| s.encode_utf16().chain(std::iter::once(0)).collect::<Vec<u16>>();
    let (title, text) = (wide(title), wide(text));
    // SAFETY: both strings are NUL-terminated UTF-16 that outlive the call; a null owner window
    // is allowed. The call blocks until the user closes the box.
    unsafe {
        MessageBoxW(
            std::ptr::null_mut(),
            text.as_ptr(),
            title.as_ptr(),
            MB_OK | MB_ICONERROR,
        );
    }
}

/// Shows a message box (nothing to do off Windows: the message is on standard error).
#[cfg(not(windows))]
pub fn alert(_title: &str, _text: &str) {}
