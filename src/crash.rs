//! If the unthinkable happens and Parama panics, it writes a crash report into its data folder
//! (beside the library) and says where: on standard error at once, and in the window the next
//! time Parama starts.

use std::{
    backtrace::Backtrace,
    fs, io,
    path::{Path, PathBuf},
    time::{SystemTime, UNIX_EPOCH},
};

/// Crash reports are `crash-<seconds since 1970>-<process id>.txt`; once the window has told
/// the user about one, it is renamed to end in `.seen.txt`.
const PREFIX: &str = "crash-";
const UNSEEN: &str = ".txt";
const SEEN: &str = ".seen.txt";

/// Installs the panic hook: from now on a panic writes a report into `folder`. If even that
/// fails, the default hook prints the panic as usual.
pub fn install(folder: PathBuf) {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // Caught where it happens and told to the user as what it is (a full disk), not a crash.
        if crate::model::export::xlsx::panic_is_contained() {
            return;
        }
        let text = report(&info.to_string(), &Backtrace::force_capture().to_string());
        match write_report(&folder, &text) {
            Ok(path) => eprintln!(
                "parama: Parama stopped because of an internal error. A report is in {} \
                 — please send it to the maintainers. Your articles and exports are unaffected.",
                path.display()
            ),
            Err(_) => default(info),
        }
    }));
}

/// The text of a report: what happened, where, the version and the backtrace.
pub fn report(panic: &str, backtrace: &str) -> String {
    format!(
        "Parama {} crash report\n\nWhat happened: {panic}\n\nSystem: {} {}\n\nBacktrace:\n{backtrace}\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH,
    )
}

/// Writes a report into `folder` (made if missing) and returns its path.
pub fn write_report(folder: &Path, text: &str) -> io::Result<PathBuf> {
    fs::create_dir_all(folder)?;
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let path = folder.join(format!("{PREFIX}{seconds}-{}{UNSEEN}", std::process::id()));
    // Atomically, so that a half-written report is never taken for a whole one.
    crate::model::export::write_atomically(&path, text.as_bytes()).map_err(io::Error::other)?;
    Ok(path)
}

/// The newest report the user has not been told about, marked as told: its new path. `None`
/// when there is none (or the folder cannot be read).
pub fn take_unseen(folder: &Path) -> Option<PathBuf> {
    let newest = fs::read_dir(folder)
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(UNSEEN) && !n.ends_with(SEEN))
        })
        .max_by_key(|path| fs::metadata(path).and_then(|m| m.modified()).ok())?;
    let name = newest.file_name()?.to_str()?.strip_suffix(UNSEEN)?.to_owned();
    let seen = newest.with_file_name(format!("{name}{SEEN}"));
    fs::rename(&newest, &seen).ok()?;
    Some(seen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_is_written_then_announced_once() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("data");
        let text = report("index out of bounds", "0: main");
        assert!(text.contains(env!("CARGO_PKG_VERSION")) && text.contains("index out of bounds"));
        let path = write_report(&folder, &text).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), text);

        let seen = take_unseen(&folder).unwrap();
        assert!(seen.to_string_lossy().ends_with(".seen.txt"), "{}", seen.display());
        assert_eq!(fs::read_to_string(&seen).unwrap(), text, "the report is kept");
        assert_eq!(take_unseen(&folder), None, "told once");
    }

    #[test]
    fn no_folder_no_report() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(take_unseen(&dir.path().join("missing")), None);
    }
}
