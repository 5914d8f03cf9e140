//! The command line.

use std::{fmt, path::PathBuf, str::FromStr};

use clap::Parser;

use crate::ui::Tab;

/// Parama: Lithuania's military assistance to Ukraine, every figure one click from its source.
#[derive(Debug, Clone, Parser)]
#[command(name = "parama", version, about)]
pub struct Args {
    /// Open the window, wait until it is laid out, save a PNG of it to PATH and exit.
    #[arg(long, value_name = "PATH")]
    pub screenshot: Option<PathBuf>,

    /// The tab to open on.
    #[arg(long, value_enum, value_name = "NAME")]
    pub tab: Option<Tab>,

    /// Open with the article, programme or figure with this id selected (and its tab shown).
    #[arg(long, value_name = "ID")]
    pub select: Option<String>,

    /// The window's inner size in points, e.g. 1280x800.
    #[arg(long, value_name = "WxH")]
    pub size: Option<WindowSize>,
}

/// A window size given as `WIDTHxHEIGHT`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WindowSize {
    /// Width in points.
    pub width: f32,
    /// Height in points.
    pub height: f32,
}

/// Why a `WxH` size was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("“{0}” is not a size like 1280x800 (each side from 200 to 10000)")]
pub struct BadSize(String);

impl FromStr for WindowSize {
    type Err = BadSize;

    fn from_str(text: &str) -> Result<Self, BadSize> {
        let bad = || BadSize(text.to_owned());
        let (w, h) = text.split_once(['x', 'X']).ok_or_else(bad)?;
        let side = |s: &str| s.trim().parse::<u16>().ok().filter(|v| (200..=10_000).contains(v));
        match (side(w), side(h)) {
            (Some(width), Some(height)) => Ok(Self {
                width: f32::from(width),
                height: f32::from(height),
            }),
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for WindowSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}x{}", self.width, self.height)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sizes_and_refuses_nonsense() {
        assert_eq!(
            "1280x800".parse(),
            Ok(WindowSize {
                width: 1280.0,
                height: 800.0
            })
        );
        assert_eq!(
            "1024X700".parse(),
            Ok(WindowSize {
                width: 1024.0,
                height: 700.0
            })
        );
        for bad in [
            "",
            "1280",
            "x800",
            "1280x",
            "0x0",
            "-5x10",
            "1280x800x2",
            "99999x800",
            "10x10",
        ] {
            assert!(bad.parse::<WindowSize>().is_err(), "{bad}");
        }
    }

    #[test]
    fn parses_the_screenshot_command() {
        let args = Args::try_parse_from([
            "parama",
            "--screenshot",
            "out.png",
            "--tab",
            "articles",
            "--size",
            "1024x700",
        ])
        .unwrap();
        assert_eq!(args.screenshot, Some(PathBuf::from("out.png")));
        assert_eq!(args.tab, Some(Tab::Articles));
        assert_eq!(
            args.size,
            Some(WindowSize {
                width: 1024.0,
                height: 700.0
            })
        );
        assert!(Args::try_parse_from(["parama", "--tab", "nowhere"]).is_err());
    }
}
