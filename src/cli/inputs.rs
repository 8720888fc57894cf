//! What the PATH arguments of `quotes`, `extract`, `cat` and the reader name: `-` for one
//! article on stdin, else files and the files a folder scan finds. One reading of them, one
//! report of what could not be read.

use super::{Failure, scan};
use crate::article::Article;
use crate::load::{self, Format, LoadError};
use std::path::{Path, PathBuf};

/// Runs an analysis; a bug met in it (a panic) is an error naming the input `label` gives,
/// so that the other inputs go on.
pub fn guarded<T>(
    label: impl FnOnce() -> String,
    analyse: impl FnOnce() -> T,
) -> Result<T, LoadError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(analyse))
        .map_err(|_| LoadError::Internal { path: label() })
}

/// One place articles are read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

/// The sources of PATH arguments, in order; a path that is missing is a usage error.
pub fn sources(paths: &[PathBuf]) -> Result<Vec<Source>, Failure> {
    let mut out = Vec::new();
    for p in paths {
        if p == Path::new("-") {
            out.push(Source::Stdin);
        } else {
            out.extend(scan(std::slice::from_ref(p))?.into_iter().map(Source::File));
        }
    }
    Ok(out)
}

impl Source {
    /// The path as given, "-" for standard input: how errors name it.
    pub fn label(&self) -> String {
        match self {
            Source::Stdin => "-".to_owned(),
            Source::File(f) => f.display().to_string(),
        }
    }

    /// Reads the articles, as `format` when given, else as the name or content says.
    pub fn read(&self, format: Option<Format>) -> Result<Vec<Article>, LoadError> {
        match self {
            Source::Stdin => load::reader("-", std::io::stdin().lock(), format),
            Source::File(f) => load::file(f, format),
        }
    }
}

/// Prints why a source gave no articles; true when that counts as a failure (skipped binary or
/// empty files do not).
pub fn report(e: &LoadError) -> bool {
    eprintln!("byline: {}", crate::text::printable(&e.to_string()));
    !e.is_skip()
}

/// Reads every path into articles, reporting what could not be read; also how many failed.
pub fn read_all(
    paths: &[PathBuf],
    format: Option<Format>,
) -> Result<(Vec<Article>, usize), Failure> {
    read_all_showing(paths, format, true)
}

/// As `read_all`, with a progress bar on stderr unless `quiet` (or stderr is no terminal).
pub fn read_all_showing(
    paths: &[PathBuf],
    format: Option<Format>,
    quiet: bool,
) -> Result<(Vec<Article>, usize), Failure> {
    use rayon::prelude::*;
    let mut out = Vec::new();
    let mut failed = 0;
    let sources = sources(paths)?;
    let bar = super::index::progress(sources.len(), quiet, "reading");
    // Read and extracted on every core; kept, and errors reported, in the order given.
    let read: Vec<_> = sources
        .into_par_iter()
        .map(|source| {
            let r = source.read(format);
            bar.inc(1);
            r
        })
        .collect();
    bar.finish_and_clear();
    for outcome in read {
        match outcome {
            Ok(articles) => out.extend(articles),
            Err(e) => failed += usize::from(report(&e)),
        }
    }
    Ok((out, failed))
}
