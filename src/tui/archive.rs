//! The reader's side of the archive index: at start, the files the index holds as they are
//! now are listed from it at once and the rest are read on the workers, which hand what they
//! read to the index's writer; an article is read in from the index when it is opened; and
//! `Ctrl-f` searches the index.

use super::message::Message;
use crate::index::{self, Index, Stamp, Stored, Summary, writer::Writer};
use crate::library::{self, Origin, Outcome};
use crate::quotes::lexicon::Outlets;
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
    /// and lists them from their summaries, in messages of growing size (the first soon, so
    /// the first frame need not wait for a big library), then reads the rest on the workers.
    pub fn start(&self, origins: Vec<Origin>, outlets: &Arc<Outlets>, tx: &Sender<Message>) {
        let (path, version) = (self.path.clone(), self.version.clone());
        let (tx, outlets, keep) = (tx.clone(), outlets.clone(), self.keep());
        std::thread::spawn(move || {
            let ix = Index::open(&path, &version).ok().map(|o| o.index);
            let mut jobs: Vec<(usize, Origin)> = Vec::new();
            let mut listed: index::Listed = Vec::new();
            let mut chunk = 256;
            for (i, origin) in origins.into_iter().enumerate() {
                match ix.as_ref().and_then(|ix| fresh(ix, &origin)) {
                    Some(list) => listed.push((i, list)),
                    None => jobs.push((i, origin)),
                }
                if listed.len() >= chunk {
                    if tx
                        .send(Message::Indexed(std::mem::take(&mut listed)))
                        .is_err()
                    {
                        return;
                    }
                    chunk *= 4;
                }
            }
            // Sent even when empty: it says the library has an index.
            if tx.send(Message::Indexed(listed)).is_err() {
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

/// A file's summaries, when the index holds it as it is on disk now.
fn fresh(ix: &Index, origin: &Origin) -> Option<Vec<Arc<Summary>>> {
    let Origin::File(path) = origin else {
        return None;
    };
    let now = Stamp::of(path).ok()?;
    let list = ix.fresh(&index::key(path), now).ok()??;
    Some(list.into_iter().map(Arc::new).collect())
}
