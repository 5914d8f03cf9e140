//! Hands things to the system to open: a web address to the default browser, a `file:` address
//! to whatever opens it there (Explorer for a folder on Windows), and an exported file to the file
//! manager, selected in its folder. Every link in the window goes through here (see
//! `ParamaApp::ui`), so "Open the published copy" and "Show in folder" behave as the system's
//! other programs do, on every system.

use std::{fmt, path::PathBuf, sync::Arc};

/// Something to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An address: `https://…` in the browser, `file:///…` as the system opens that file.
    Address(String),
    /// A file, shown selected in its folder by the file manager.
    Reveal(PathBuf),
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Address(address) => f.write_str(address),
            Self::Reveal(path) => write!(f, "{}", path.display()),
        }
    }
}

/// Why the system could not open something.
#[derive(Debug, thiserror::Error)]
#[error("the system could not open {target}: {reason}")]
pub struct OpenError {
    /// What was to be opened.
    pub target: Target,
    /// Why it could not be.
    pub reason: String,
}

type Open = dyn Fn(&Target) -> Result<(), OpenError> + Send + Sync;

/// Opens targets: with the system's own programs by default; tests give one that records.
#[derive(Clone)]
pub struct Opener(Arc<Open>);

impl Opener {
    /// An opener that does `open` instead of asking the system.
    pub fn new(open: impl Fn(&Target) -> Result<(), OpenError> + Send + Sync + 'static) -> Self {
        Self(Arc::new(open))
    }

    /// Opens `target`.
    pub fn open(&self, target: &Target) -> Result<(), OpenError> {
        (self.0)(target)
    }
}

impl Default for Opener {
    /// The system's opener.
    fn default() -> Self {
        Self::new(system)
    }
}

impl fmt::Debug for Opener {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Opener")
    }
}

/// Opens `target` with the system's programs: `ShellExecuteW` and `explorer /select` on Windows,
/// `open` and `open -R` on macOS, `xdg-open` and the file manager's D-Bus interface on Linux.
fn system(target: &Target) -> Result<(), OpenError> {
    let result = match target {
        Target::Address(address) if is_web(address) => opener::open_browser(address),
        Target::Address(address) => match url::Url::parse(address).ok().and_then(|u| u.to_file_path().ok()) {
            Some(path) => opener::open(path),
            None => {
                return Err(OpenError {
                    target: target.clone(),
                    reason: "it is neither a web address nor a file".to_owned(),
                });
            }
        },
        Target::Reveal(path) => opener::reveal(path),
    };
    result.map_err(|error| OpenError {
        target: target.clone(),
        reason: error.to_string(),
    })
}

fn is_web(address: &str) -> bool {
    let lower = address.trim_start().to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_that_is_neither_web_nor_file_is_refused_with_a_reason() {
        let target = Target::Address("javascript:alert(1)".to_owned());
        let error = system(&target).unwrap_err();
        assert_eq!(error.target, target);
        assert!(
            error.to_string().contains("neither a web address nor a file"),
            "{error}"
        );
    }

    #[test]
    fn web_addresses_are_told_from_files() {
        assert!(is_web("https://www.lrt.lt/en/news-in-english/19/1"));
        assert!(is_web("HTTP://example.org"));
        assert!(!is_web("file:///C:/Users/%C5%A0ar%C5%ABnas/"));
        assert!(!is_web("C:\\exports"));
    }
}
