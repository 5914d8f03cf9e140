//! Embeds every article under `assets/corpus/` into the binary.
//!
//! The corpus is data, not code: dropping a `.txt` file into `assets/corpus/` (and describing it
//! in `assets/corpus.toml`) is all it takes to ship it. This script writes a table of
//! `(file name, bytes)` pairs into `$OUT_DIR/embedded_corpus.rs`, which `model::corpus` includes.

use std::{env, fs, io, path::Path};

fn main() -> io::Result<()> {
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

    let manifest = env::var("CARGO_MANIFEST_DIR").map_err(io::Error::other)?;
    let mut table = String::from("&[\n");
    for name in &names {
        let full = Path::new(&manifest).join(dir).join(name);
        table.push_str(&format!(
            "    ({name:?}, include_bytes!({:?})),\n",
            full.display().to_string()
        ));
    }
    table.push(']');

    let out = env::var("OUT_DIR").map_err(io::Error::other)?;
    fs::write(Path::new(&out).join("embedded_corpus.rs"), table)
}
