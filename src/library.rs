//! Many articles: scanning folders, the embedded samples, and worker threads that load and
//! then analyse each article, reporting results through a callback.

use crate::article::{Analysis, Article};
use crate::load;
use crate::quotes::{self, lexicon::Outlets};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// Sample articles written for byline, embedded in the binary.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "harbour-vote.txt",
        include_str!("../assets/samples/harbour-vote.txt"),
    ),
    (
        "river-treaty.txt",
        include_str!("../assets/samples/river-treaty.txt"),
    ),
    (
        "night-market.txt",
        include_str!("../assets/samples/night-market.txt"),
    ),
    (
        "chess-final.txt",
        include_str!("../assets/samples/chess-final.txt"),
    ),
];

/// Where an article comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Sample(&'static str),
}

impl Origin {
    pub fn label(&self) -> String {
        match self {
            Origin::File(p) => p.display().to_string(),
            Origin::Sample(name) => format!("sample:{name}"),
        }
    }
}

/// An article and its analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub article: Article,
    pub analysis: Analysis,
}

/// Where one library entry stands.
#[derive(Debug, Clone)]
pub enum Status {
    Pending,
    Ready(Arc<Loaded>),
    Failed(String),
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub origin: Origin,
    pub status: Status,
}

impl Entry {
    pub fn new(origin: Origin) -> Self {
        Entry {
            origin,
            status: Status::Pending,
        }
    }

    /// The title once loaded, else the file name.
    pub fn title(&self) -> String {
        match &self.status {
            Status::Ready(l) => l.article.title.clone(),
            _ => {
                let label = self.origin.label();
                Path::new(&label)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or(label)
            }
        }
    }

    pub fn loaded(&self) -> Option<&Arc<Loaded>> {
        match &self.status {
            Status::Ready(l) => Some(l),
            _ => None,
        }
    }
}

/// The embedded samples as library entries.
pub fn samples() -> Vec<Origin> {
    SAMPLES
        .iter()
        .map(|(name, _)| Origin::Sample(name))
        .collect()
}

#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error("{0}: no such file or folder")]
    Missing(String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// Expands paths into article files: files as given, folders scanned recursively for supported
/// files (hidden entries skipped, symlink loops cut), each folder in name order.
pub fn scan(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ScanError> {
    let mut out = Vec::new();
    let mut seen_dirs = HashSet::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                ScanError::Missing(path.display().to_string())
            } else {
                ScanError::Io {
                    path: path.display().to_string(),
                    source: e,
                }
            }
        })?;
        if meta.is_dir() {
            walk(path, &mut seen_dirs, &mut out)?;
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, seen: &mut HashSet<PathBuf>, out: &mut Vec<PathBuf>) -> Result<(), ScanError> {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned());
    if !seen.insert(canonical) {
        return Ok(()); // a symlink loop, or a folder reached twice
    }
    let io = |source| ScanError::Io {
        path: dir.display().to_string(),
        source,
    };
    let mut children: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    children.sort();
    for child in children {
        if child.is_dir() {
            // An unreadable subfolder should not hide the rest of the library.
            let _ = walk(&child, seen, out);
        } else if load::is_supported(&child) {
            out.push(child);
        }
    }
    Ok(())
}

/// Loads and analyses one article.
pub fn load(origin: &Origin, outlets: &Outlets) -> Result<Loaded, String> {
    let article = match origin {
        Origin::File(path) => load::file(path),
        Origin::Sample(name) => {
            let text = SAMPLES
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, t)| *t)
                .unwrap_or_default();
            load::bytes_to_article(&origin.label(), text.as_bytes())
        }
    }
    .map_err(|e| e.to_string())?;
    let analysis = quotes::analyse_with(&article, outlets);
    Ok(Loaded { article, analysis })
}

/// Loads `jobs` on worker threads, in order of index as far as threads allow, calling `report`
/// for each. Stops early when `report` returns false (the receiver has gone).
pub fn spawn<F>(jobs: Vec<(usize, Origin)>, outlets: Arc<Outlets>, report: F)
where
    F: Fn(usize, Result<Loaded, String>) -> bool + Send + Sync + 'static,
{
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 8)
        .min(jobs.len().max(1));
    let jobs = Arc::new(jobs);
    let next = Arc::new(AtomicUsize::new(0));
    let report = Arc::new(report);
    let stop = Arc::new(Mutex::new(false));
    for _ in 0..threads {
        let (jobs, next, report, outlets, stop) = (
            jobs.clone(),
            next.clone(),
            report.clone(),
            outlets.clone(),
            stop.clone(),
        );
        std::thread::spawn(move || {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((index, origin)) = jobs.get(i) else {
                    break;
                };
                if *stop.lock().unwrap_or_else(|e| e.into_inner()) {
                    break;
                }
                let result =
                    std::panic::catch_unwind(|| load(origin, &outlets)).unwrap_or_else(|_| {
                        Err(format!(
                            "{}: internal error while analysing",
                            origin.label()
                        ))
                    });
                if !report(*index, result) {
                    *stop.lock().unwrap_or_else(|e| e.into_inner()) = true;
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_load_and_have_quotes() {
        for origin in samples() {
            let l = load(&origin, Outlets::builtin()).unwrap();
            assert!(!l.article.title.is_empty());
            assert!(l.analysis.speech().count() >= 2, "{}", origin.label());
        }
    }

    #[test]
    fn scan_skips_hidden_and_unsupported_and_survives_loops() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("sub/.hidden")).unwrap();
        std::fs::write(d.join("b.txt"), "B").unwrap();
        std::fs::write(d.join("a.txt"), "A").unwrap();
        std::fs::write(d.join("pic.png"), "x").unwrap();
        std::fs::write(d.join("sub/c.txt"), "C").unwrap();
        std::fs::write(d.join("sub/.hidden/d.txt"), "D").unwrap();
        std::os::unix::fs::symlink(d, d.join("sub/loop")).unwrap();
        let found = scan(&[d.to_owned()]).unwrap();
        let names: Vec<_> = found
            .iter()
            .map(|p| p.strip_prefix(d).unwrap().display().to_string())
            .collect();
        assert_eq!(names, vec!["a.txt", "b.txt", "sub/c.txt"]);
        assert!(matches!(
            scan(&[d.join("nope")]),
            Err(ScanError::Missing(_))
        ));
    }

    #[test]
    fn spawn_reports_every_job() {
        let (tx, rx) = std::sync::mpsc::channel();
        spawn(
            samples().into_iter().enumerate().collect(),
            Arc::new(Outlets::builtin().clone()),
            move |i, r| tx.send((i, r.is_ok())).is_ok(),
        );
        let mut got: Vec<_> = rx.iter().collect();
        got.sort();
        assert_eq!(got.len(), SAMPLES.len());
        assert!(got.iter().all(|(_, ok)| *ok));
    }
}
