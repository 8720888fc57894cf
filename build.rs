//! Stamps the build with the version of its analysis: a hash of every source file and asset
//! that decides what an article is read as and what is found in it. The archive index stores
//! it with each analysis and re-analyses what an older (or newer) build stored, so no change to
//! a rule is ever served stale, during development least of all.

use std::hash::Hasher;
use std::path::{Path, PathBuf};

/// What produces an analysis: the loaders, the analysis, the model, and their word lists.
const INPUTS: &[&str] = &[
    "src/load",
    "src/quotes",
    "src/article.rs",
    "src/text.rs",
    "assets/forenames.txt",
    "assets/outlets.toml",
    "assets/report_verbs.txt",
    "assets/speech_verbs.txt",
    "Cargo.lock",
];

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut children: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        children.sort();
        for child in children {
            files(&child, out);
        }
    } else if path.is_file() {
        out.push(path.to_owned());
    }
}

/// FNV-1a: stable across Rust versions, unlike the standard library's hasher.
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x100_0000_01b3);
        }
    }
}

fn main() {
    let mut all = Vec::new();
    for input in INPUTS {
        println!("cargo:rerun-if-changed={input}");
        files(Path::new(input), &mut all);
    }
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    for file in &all {
        h.write(file.to_string_lossy().as_bytes());
        h.write(&[0]);
        h.write(&std::fs::read(file).unwrap_or_default());
        h.write(&[0]);
    }
    println!(
        "cargo:rustc-env=BYLINE_ANALYSIS_VERSION={}-{:016x}",
        std::env::var("CARGO_PKG_VERSION").unwrap_or_default(),
        h.finish()
    );
}
