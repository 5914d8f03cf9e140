//! Embeds every article under `assets/corpus/` into the binary and, for Windows, the icon into
//! the `.exe`.
//!
//! The corpus is data, not code: dropping a `.txt` file into `assets/corpus/` (and describing it
//! in `assets/corpus.toml`) is all it takes to ship it. This script writes a table of
//! `(file name, bytes)` pairs into `$OUT_DIR/embedded_corpus.rs`, which `model::corpus` includes.

use std::{env, fs, io, path::Path};

fn main() -> io::Result<()> {
    embed_corpus()?;
    embed_windows_icon()
}

fn embed_corpus() -> io::Result<()> {
    let dir = Path::new("assets/corpus");
    println!("cargo:rerun-if-changed={}", dir.display());

    let mut names = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "txt") {
            println!("cargo:rerun-if-changed={}", path.display());
            if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
                names.push(name.to_owned());
            }
        }
    }
    names.sort();

    // Each path is made when the crate compiles (`env!`), not here: a build script's output may
    // be reused by a clone of the repository elsewhere that shares the target directory (as CI's
    // fresh clones do), and must not point into the old one.
    let mut table = String::from("&[\n");
    for name in &names {
        table.push_str(&format!(
            "    ({name:?}, include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {:?}))),\n",
            format!("/{}/{name}", dir.display())
        ));
    }
    table.push(']');

    let out = env::var("OUT_DIR").map_err(io::Error::other)?;
    fs::write(Path::new(&out).join("embedded_corpus.rs"), table)
}

/// Gives the Windows `.exe` Parama's icon and version information, as a resource compiled by the
/// Windows SDK's `rc.exe` on Windows, or by MinGW's `windres` when cross-compiling (winresource
/// picks the tool). Builds for other systems skip this, so they need no Windows tools. A cross
/// build without `windres` still builds, with a warning: the `.exe` then has the default icon.
fn embed_windows_icon() -> io::Result<()> {
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return Ok(());
    }
    let icon = "assets/icon/parama.ico";
    println!("cargo:rerun-if-changed={icon}");
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon(icon)
        .set("ProductName", "Parama")
        .set(
            "FileDescription",
            "Parama: Lithuania's military assistance to Ukraine, every figure beside its source",
        )
        .set("LegalCopyright", "Code: MIT OR Apache-2.0. Articles: their publishers.");
    match resource.compile() {
        Ok(()) => Ok(()),
        Err(error) if cfg!(not(windows)) => {
            println!("cargo:warning=the .exe gets no icon or version resource: {error} (install MinGW's windres)");
            Ok(())
        }
        Err(error) => Err(error),
    }
}
