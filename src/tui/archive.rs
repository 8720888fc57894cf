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

/// How many files at the head of the library are looked up one by one at start.
const FIRST: usize = 200;

/// The most entries listed in one message, so the screen is not held up by one big change.
const CHUNK: usize = 20_000;

/// The longest a question to the index waits for what the workers read to be stored first.
const SYNC_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// How many articles' statements of one voice are read from the index at a time.
pub const SAID_PAGE: usize = 500;

/// How many articles each full-text query for a travelling quotation looks at.
const ECHO_CANDIDATES: usize = 100;

/// How long quitting the reader waits for what was read to be stored.
const QUIT_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

/// An open index: a connection for reading, and the writer.
pub struct Archive {
    path: PathBuf,
    version: String,
    read: Index,
    writer: Writer,
}

impl Drop for Archive {
    fn drop(&mut self) {
        self.writer.finish_within(QUIT_WAIT);
    }
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
    /// and lists them from their summaries: the first few looked up one by one and sent at
    /// once, so the first frame need not wait for a big library, the rest from one pass over
    /// the index. Then it reads the rest on the workers.
    pub fn start(&self, origins: Vec<Origin>, outlets: &Arc<Outlets>, tx: &Sender<Message>) {
        let (path, version) = (self.path.clone(), self.version.clone());
        let (tx, outlets, keep) = (tx.clone(), outlets.clone(), self.keep());
        std::thread::spawn(move || {
            let ix = Index::open(&path, &version).ok().map(|o| o.index);
            super::trace::mark("index opened");
            let send = |listed| tx.send(Message::Indexed(listed)).is_ok();
            let Some(jobs) = partition(ix.as_ref(), origins, FIRST, send) else {
                return;
            };
            let report = tx.clone();
            library::spawn_keeping(jobs, outlets, keep, move |i, r| {
                report.send(Message::Loaded(i, r)).is_ok()
            });
            // Every file the index holds is listed.
            let _ = tx.send(Message::Listed);
        });
    }

    /// Entry `origin`'s article from the index, if it holds it as it was read. A big one comes
    /// without its analysis, with what reads the analysis in (for another thread).
    pub fn fetch(
        &self,
        origin: &Origin,
    ) -> Option<(Arc<library::Loaded>, Option<index::Deferred>)> {
        let (path, item) = match origin {
            Origin::File(p) => (p, 0),
            Origin::Item(p, n) => (p, *n),
            _ => return None,
        };
        let big = library::SHOW_BEFORE_ANALYSIS;
        match self.read.load_early(&index::key(path), item, big).ok()?? {
            index::Loading::Whole(l) => Some((Arc::new(l), None)),
            index::Loading::Early(l, rest) => Some((Arc::new(l), Some(rest))),
        }
    }

    /// Full-text search of the index.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<index::Hit>, String> {
        self.read.search(query, limit).map_err(|e| e.to_string())
    }

    /// What one voice (folded name and kind) said, in every article the index holds.
    /// A page of it at a time (see `Index::said_by`).
    pub fn said_by(
        &self,
        voice: (&str, &str),
        after: i64,
    ) -> Result<Vec<index::Statements>, String> {
        if after == 0 {
            self.writer.sync(SYNC_WAIT);
        }
        self.read
            .said_by(voice, after, SAID_PAGE)
            .map_err(|e| e.to_string())
    }

    /// Counts the voices of these entries from the index, on a thread of its own, and sends
    /// them when done: one pass over every article's voices, matched to the entries there,
    /// so the reader's thread only takes them in.
    pub fn count_voices(&self, entries: Vec<(usize, Origin)>, tx: &Sender<Message>) {
        let (path, version, tx) = (self.path.clone(), self.version.clone(), tx.clone());
        std::thread::spawn(move || {
            let Some((book, stored)) = Index::open(&path, &version)
                .ok()
                .and_then(|o| o.index.heard_all().ok())
            else {
                return;
            };
            let mut by_key: std::collections::HashMap<(String, usize), crate::voices::Heard> =
                stored
                    .into_iter()
                    .map(|(p, item, h)| ((p, item), h))
                    .collect();
            let heard = entries
                .into_iter()
                .filter_map(|(i, origin)| {
                    let (path, item) = match origin {
                        Origin::File(p) => (p, 0),
                        Origin::Item(p, n) => (p, n),
                        _ => return None,
                    };
                    Some((i, by_key.remove(&(index::key(&path), item))?))
                })
                .collect();
            let _ = tx.send(Message::Voices(Arc::new((book, heard))));
        });
    }

    /// The articles the index holds with the same quotation as `text`, its wording changed or
    /// not: candidates found by full-text search for each half of its words (so a change in
    /// one half still finds it), then compared as `voices::Wording` compares; and whether a
    /// search found more candidates than it looked at.
    pub fn echoes(&self, text: &str) -> Result<(Vec<crate::voices::Echo>, bool), String> {
        self.writer.sync(SYNC_WAIT);
        let mine = crate::voices::Wording::new(text);
        let w = mine.words();
        let n = w.len();
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        let mut more = false;
        for part in [
            &w[..n.div_ceil(2)],
            &w[n / 2..],
            &w[n / 4..(3 * n).div_ceil(4)],
        ] {
            let query: Vec<&str> = part.iter().map(String::as_str).collect();
            let hits = self
                .read
                .search(&query.join(" "), ECHO_CANDIDATES)
                .map_err(|e| e.to_string())?;
            more |= hits.len() >= ECHO_CANDIDATES;
            for h in hits {
                if !seen.insert((h.path.clone(), h.item)) {
                    continue;
                }
                let Ok(Some(l)) = self.read.load(&h.path, h.item) else {
                    continue;
                };
                let found = l.analysis.quotations().find_map(|q| {
                    let words = l.words(q);
                    mine.same(&crate::voices::Wording::new(&words))
                        .then_some(words)
                });
                if let Some(text) = found {
                    out.push(crate::voices::Echo {
                        path: h.path.clone(),
                        item: h.item,
                        title: l.article.title.clone(),
                        text,
                    });
                }
            }
        }
        Ok((out, more))
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

/// Splits the library into what the index holds as it is on disk (handed to `send` as it is
/// found: the first `first` origins looked up one by one, the rest from one pass over the
/// index) and the jobs left to read. `None` when `send` says nobody listens any more.
fn partition(
    ix: Option<&Index>,
    origins: Vec<Origin>,
    first: usize,
    mut send: impl FnMut(index::Listed) -> bool,
) -> Option<Vec<(usize, Origin)>> {
    let mut jobs: Vec<(usize, Origin)> = Vec::new();
    let mut listed: index::Listed = Vec::new();
    let first = origins.len().min(first);
    for (i, origin) in origins.iter().enumerate().take(first) {
        match ix.and_then(|ix| fresh(ix, origin)) {
            Some(list) => listed.push((i, list)),
            None => jobs.push((i, origin.clone())),
        }
    }
    // Sent even when empty: it says the library has an index.
    if !send(std::mem::take(&mut listed)) {
        return None;
    }
    if origins.len() > first {
        // The files' sizes and times are read on a second thread while this one reads the
        // index's listing: the two take about as long.
        let (mut all, stamps) = std::thread::scope(|scope| {
            let stamps = scope.spawn(|| {
                let stamps = origins[first..]
                    .iter()
                    .map(|o| match o {
                        Origin::File(p) => Stamp::of(p).ok(),
                        _ => None,
                    })
                    .collect::<Vec<_>>();
                super::trace::mark("files' stamps read");
                stamps
            });
            let all = ix.and_then(|ix| ix.listing().ok()).unwrap_or_default();
            super::trace::mark("index listing read");
            let stamps = stamps
                .join()
                .unwrap_or_else(|_| vec![None; origins.len() - first]);
            (all, stamps)
        });
        for ((i, origin), now) in origins.into_iter().enumerate().skip(first).zip(stamps) {
            let found = match (&origin, now) {
                (Origin::File(p), Some(now)) => all
                    .remove(&index::key(p))
                    .filter(|(stored, _)| stored.unchanged(&now)),
                _ => None,
            };
            match found {
                Some((_, list)) => listed.push((i, list.into_iter().map(Arc::new).collect())),
                None => jobs.push((i, origin)),
            }
            if listed.len() >= CHUNK && !send(std::mem::take(&mut listed)) {
                return None;
            }
        }
        if !listed.is_empty() && !send(listed) {
            return None;
        }
        super::trace::mark("index listing sent");
    }
    Some(jobs)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_library_splits_into_what_the_index_holds_and_what_to_read() {
        let dir = tempfile::tempdir().unwrap();
        let mut ix = Index::in_memory("v").unwrap();
        let mut origins = Vec::new();
        for k in 0..5 {
            let p = dir.path().join(format!("{k}.txt"));
            std::fs::write(&p, format!("Story {k}\n\nA line.\n")).unwrap();
            // 0, 1 and 3 are stored as they are; 2 is stored with another time; 4 is new.
            if k != 4 {
                let loaded = library::load(&Origin::File(p.clone()), Outlets::builtin()).unwrap();
                let mut stamp = Stamp::of(&p).unwrap();
                if k == 2 {
                    stamp.mtime -= 1;
                }
                ix.put(
                    &index::key(&p),
                    stamp,
                    &Stored::Articles(vec![Arc::new(loaded)]),
                )
                .unwrap();
            }
            origins.push(Origin::File(p));
        }
        origins.push(Origin::Sample(library::SAMPLES[0].0));
        for first in [0, 2, 10] {
            let mut sent: Vec<index::Listed> = Vec::new();
            let jobs = partition(Some(&ix), origins.clone(), first, |l| {
                sent.push(l);
                true
            })
            .unwrap();
            let listed: Vec<usize> = sent.iter().flatten().map(|(i, _)| *i).collect();
            assert_eq!(listed, vec![0, 1, 3], "first {first}");
            let read: Vec<usize> = jobs.iter().map(|(i, _)| *i).collect();
            let mut read_sorted = read.clone();
            read_sorted.sort();
            assert_eq!(read_sorted, vec![2, 4, 5], "first {first}");
            assert_eq!(sent[0].len(), listed.iter().filter(|&&i| i < first).count());
            let titles: Vec<&str> = sent
                .iter()
                .flatten()
                .map(|(_, s)| s[0].title.as_str())
                .collect();
            assert_eq!(titles, vec!["Story 0", "Story 1", "Story 3"]);
        }
        // No index: everything is read, and the library still hears there is none to list.
        let mut sent = 0;
        let jobs = partition(None, origins.clone(), 2, |l| {
            sent += 1;
            l.is_empty()
        })
        .unwrap();
        assert_eq!(jobs.len(), origins.len());
        assert!(sent >= 1);
    }
}
