//! The reader's side of the archive index: at start, the files the index holds as they are
//! now are listed from it at once and the rest are read on the workers, which hand what they
//! read to the index's writer; an article is read in from the index when it is opened; and
//! `Ctrl-f` searches the index.

use super::message::Message;
use crate::index::{self, Index, Stamp, Stored, Summary, writer::Writer};
use crate::library::{self, Origin, Outcome};
use crate::quotes::lexicon::Outlets;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::Sender;

/// An open index: a connection for reading, and the writer.
pub struct Archive {
    path: PathBuf,
    version: String,
    read: Index,
    writer: Writer,
}

impl Archive {
    /// Opens the index at `path` for analyses of `version`, with a warning when a file there
    /// had to be moved aside.
    pub fn open(path: PathBuf, version: String) -> Result<(Archive, Option<String>), String> {
        let opened = Index::open(&path, &version).map_err(|e| e.to_string())?;
        let write = Index::open(&path, &version).map_err(|e| e.to_string())?;
        Ok((
            Archive {
                path,
                version,
                read: opened.index,
                writer: Writer::spawn(write.index),
            },
            opened.warning,
        ))
    }

    /// What keeps each file the workers read: its reading goes to the writer.
    fn keep(&self) -> Option<library::Keep> {
        let handle = self.writer.sender()?;
        Some(Arc::new(
            move |origin: &Origin, stamp: Stamp, outcome: &Outcome| {
                let Origin::File(path) = origin else {
                    return;
                };
                let stored = match outcome {
                    Outcome::Articles(list) if list.iter().any(|l| l.analysing) => return,
                    Outcome::Articles(list) => Stored::Articles(list.clone()),
                    Outcome::Skipped(m) => Stored::Skipped(m.clone()),
                    Outcome::Failed(m) => Stored::Failed(m.clone()),
                };
                handle.put(index::key(path), stamp, stored);
            },
        ))
    }

    /// Reads entries on the workers, keeping what they read.
    pub fn load(&self, jobs: Vec<(usize, Origin)>, outlets: &Arc<Outlets>, tx: &Sender<Message>) {
        let tx = tx.clone();
        library::spawn_keeping(jobs, outlets.clone(), self.keep(), move |i, r| {
            tx.send(Message::Loaded(i, r)).is_ok()
        });
    }

    /// At start: on a thread of its own, finds which files the index holds as they are now
    /// (listed from their summaries at once, in one message) and reads the rest.
    pub fn start(&self, origins: Vec<Origin>, outlets: &Arc<Outlets>, tx: &Sender<Message>) {
        let (path, version) = (self.path.clone(), self.version.clone());
        let (tx, outlets, keep) = (tx.clone(), outlets.clone(), self.keep());
        std::thread::spawn(move || {
            let fresh = Index::open(&path, &version)
                .ok()
                .and_then(|o| fresh(&o.index, &origins).ok())
                .unwrap_or_default();
            let known: std::collections::HashSet<usize> = fresh.iter().map(|(i, _)| *i).collect();
            let jobs: Vec<(usize, Origin)> = origins
                .into_iter()
                .enumerate()
                .filter(|(i, _)| !known.contains(i))
                .collect();
            if tx.send(Message::Indexed(fresh)).is_err() {
                return;
            }
            let report = tx.clone();
            library::spawn_keeping(jobs, outlets, keep, move |i, r| {
                report.send(Message::Loaded(i, r)).is_ok()
            });
        });
    }

    /// Entry `origin`'s article from the index, if it holds it as it was read.
    pub fn fetch(&self, origin: &Origin) -> Option<Arc<library::Loaded>> {
        let (path, item) = match origin {
            Origin::File(p) => (p, 0),
            Origin::Item(p, n) => (p, *n),
            _ => return None,
        };
        self.read
            .load(&index::key(path), item)
            .ok()
            .flatten()
            .map(Arc::new)
    }

    /// Full-text search of the index.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<index::Hit>, String> {
        self.read.search(query, limit).map_err(|e| e.to_string())
    }

    /// A file deleted from disk is forgotten.
    pub fn removed(&self, path: &std::path::Path) {
        self.writer.remove(index::key(path));
    }

    /// The first error storing met.
    pub fn error(&self) -> Option<String> {
        self.writer.error()
    }
}

/// The files among `origins` that the index holds as they are now, with their summaries (a
/// feed's entries in order).
fn fresh(ix: &Index, origins: &[Origin]) -> Result<index::Listed, index::IndexError> {
    let stamps = ix.stamps()?;
    let mut by_path: HashMap<String, Vec<Arc<Summary>>> = HashMap::new();
    for s in ix.summaries()? {
        by_path.entry(s.path.clone()).or_default().push(Arc::new(s));
    }
    let mut out = Vec::new();
    for (i, origin) in origins.iter().enumerate() {
        let Origin::File(path) = origin else { continue };
        let key = index::key(path);
        let (Some((stored, true)), Ok(now)) = (stamps.get(&key), Stamp::of(path)) else {
            continue;
        };
        if stored.size != now.size || stored.mtime != now.mtime {
            continue;
        }
        // Skipped and failed files are read again: their reason is worth seeing, and cheap.
        if let Some(list) = by_path.remove(&key) {
            out.push((i, list));
        }
    }
    Ok(out)
}
