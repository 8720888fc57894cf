//! Many articles: scanning folders, the embedded samples, and worker threads that load and
//! then analyse each article, reporting results through a callback.

use crate::article::{Analysis, Article};
use crate::index::Stamp;
use crate::load::{self, LoadError};
use crate::quotes::{self, lexicon::Outlets};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

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
    /// Entry `n` (from 1) of a feed file.
    Item(PathBuf, usize),
    Sample(&'static str),
    /// An article read from stdin before the reader started, and the format it was said to be.
    Stdin(Arc<Vec<u8>>, Option<load::Format>),
}

impl Origin {
    pub fn label(&self) -> String {
        match self {
            Origin::File(p) => p.display().to_string(),
            Origin::Item(p, n) => format!("{}#{n}", p.display()),
            Origin::Sample(name) => format!("sample:{name}"),
            Origin::Stdin(..) => "-".to_owned(),
        }
    }

    /// The file on disk, if there is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Origin::File(p) | Origin::Item(p, _) => Some(p),
            Origin::Sample(_) | Origin::Stdin(..) => None,
        }
    }
}

/// An article and its analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub article: Article,
    pub analysis: Analysis,
    /// Char offsets to bytes of the article's text, for slicing quotations quickly.
    pub chars: crate::text::CharIndex,
    /// The analysis is still running (a big article shown before it is done).
    pub analysing: bool,
}

impl Loaded {
    pub fn new(article: Article, analysis: Analysis) -> Self {
        Loaded {
            chars: crate::text::CharIndex::new(&article.text),
            article,
            analysis,
            analysing: false,
        }
    }

    /// An article to show while its analysis runs.
    pub fn unanalysed(article: Article) -> Self {
        Loaded {
            analysing: true,
            ..Loaded::new(article, Analysis::default())
        }
    }

    /// Each quotation's span widened to the marks around it, found in one pass over the text,
    /// with the quotation's index, in order of start.
    pub fn highlights(&self) -> Vec<(std::ops::Range<usize>, usize)> {
        let text = &self.article.text;
        let map = crate::text::CharMap::new(text);
        let char_at = |pos: usize| text[map.byte_of(pos)..].chars().next();
        let mut out: Vec<_> = Vec::with_capacity(self.analysis.quotes.len());
        for (i, q) in self.analysis.quotes.iter().enumerate() {
            if !q.fragments.is_empty() {
                // Reported speech in pieces: each piece is highlighted, not what stands between.
                out.extend(q.fragments.iter().map(|f| (f.clone(), i)));
                continue;
            }
            let before = q.span.start > 0
                && char_at(q.span.start - 1).is_some_and(crate::quotes::marks::is_mark);
            let after = char_at(q.span.end).is_some_and(crate::quotes::marks::is_mark);
            out.push((
                q.span.start - usize::from(before)..q.span.end + usize::from(after),
                i,
            ));
        }
        out.sort_by_key(|(r, _)| r.start);
        out
    }

    /// What a source said, on one line: the quoted words, or every piece of a reported
    /// content joined by " … ".
    pub fn words(&self, q: &crate::article::Quote) -> String {
        let joined: Vec<String> = q
            .pieces()
            .iter()
            .map(|p| {
                self.slice(p)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        joined.join(" … ")
    }

    /// The text of a char span of the article.
    pub fn slice(&self, span: &std::ops::Range<usize>) -> &str {
        self.chars.slice(&self.article.text, span)
    }
}

/// Where one library entry stands.
#[derive(Debug, Clone)]
pub enum Status {
    Pending,
    Ready(Arc<Loaded>),
    /// A feed file: its entries follow it in the library as entries of their own.
    Feed {
        title: String,
        items: usize,
    },
    /// Not an article (binary, empty): listed with the reason, not an error.
    Skipped(String),
    Failed(String),
    /// The file was deleted while byline ran.
    Gone,
    /// Known from the archive index: listed from its summary, read in from the index when it
    /// is opened.
    Indexed(Arc<crate::index::Summary>),
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub origin: Origin,
    pub status: Status,
    /// For a feed's entry, the index of the feed's own library entry.
    pub parent: Option<usize>,
}

/// What loading one origin gave.
#[derive(Debug, Clone)]
pub enum Outcome {
    Articles(Vec<Arc<Loaded>>),
    Skipped(String),
    Failed(String),
}

impl From<Result<Vec<Loaded>, LoadError>> for Outcome {
    fn from(r: Result<Vec<Loaded>, LoadError>) -> Self {
        match r {
            Ok(v) => Outcome::Articles(v.into_iter().map(Arc::new).collect()),
            Err(e) if e.is_skip() => Outcome::Skipped(e.to_string()),
            Err(e) => Outcome::Failed(e.to_string()),
        }
    }
}

/// A change on disk to a file the library shows or would show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Created, or written to: read it (again).
    Written(PathBuf),
    Removed(PathBuf),
}

/// The orders the library can be listed in (`o` cycles them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Path,
    Title,
    /// Newest first; articles without a date last.
    Date,
}

impl SortKey {
    pub fn next(self) -> Self {
        match self {
            SortKey::Path => SortKey::Title,
            SortKey::Title => SortKey::Date,
            SortKey::Date => SortKey::Path,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            SortKey::Path => "path",
            SortKey::Title => "title",
            SortKey::Date => "date",
        }
    }
}

/// The entries in `key` order, each feed's entries right after it; deleted entries left out.
pub fn order(entries: &[Entry], key: SortKey) -> Vec<usize> {
    // A feed dates from its newest entry. Keys are worked out once, for the order asked for.
    let mut dates: Vec<Option<&str>> = Vec::new();
    if key == SortKey::Date {
        dates = entries.iter().map(Entry::date).collect();
        for e in entries {
            if let (Some(p), Some(d)) = (e.parent, e.date())
                && dates.get(p).is_some_and(|cur| cur.is_none_or(|c| c < d))
            {
                dates[p] = Some(d);
            }
        }
    }
    let titles: Vec<String> = match key {
        SortKey::Title => entries.iter().map(|e| e.title().to_lowercase()).collect(),
        _ => Vec::new(),
    };
    let cmp = |a: &usize, b: &usize| {
        let (ea, eb) = (&entries[*a], &entries[*b]);
        let by_path = || (ea.origin.path(), item_of(ea)).cmp(&(eb.origin.path(), item_of(eb)));
        match key {
            SortKey::Path => by_path(),
            SortKey::Title => titles[*a].cmp(&titles[*b]).then_with(by_path),
            SortKey::Date => match (dates[*a], dates[*b]) {
                (Some(x), Some(y)) => y.cmp(x).then_with(by_path),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => by_path(),
            },
        }
    };
    let live = |i: &usize| !matches!(entries[*i].status, Status::Gone);
    let mut top: Vec<usize> = (0..entries.len())
        .filter(|&i| entries[i].parent.is_none())
        .filter(live)
        .collect();
    top.sort_by(cmp);
    let mut children: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for (i, e) in entries.iter().enumerate() {
        if let Some(p) = e.parent
            && live(&i)
        {
            children.entry(p).or_default().push(i);
        }
    }
    let mut out = Vec::with_capacity(entries.len());
    for t in top {
        out.push(t);
        if let Some(mut kids) = children.remove(&t) {
            kids.sort_by(cmp);
            out.extend(kids);
        }
    }
    out
}

fn item_of(e: &Entry) -> usize {
    match e.origin {
        Origin::Item(_, n) => n,
        _ => 0,
    }
}

impl Entry {
    pub fn new(origin: Origin) -> Self {
        Entry {
            origin,
            status: Status::Pending,
            parent: None,
        }
    }

    /// The publication date, when the article says (ISO dates sort as text).
    pub fn date(&self) -> Option<&str> {
        match &self.status {
            Status::Indexed(s) => s.date.as_deref(),
            _ => self.loaded()?.article.meta.date.as_deref(),
        }
    }

    /// An article to read: loaded, loading, or waiting in the index.
    pub fn is_article(&self) -> bool {
        matches!(
            self.status,
            Status::Ready(_) | Status::Pending | Status::Indexed(_)
        )
    }

    /// The title once loaded, else the file name.
    pub fn title(&self) -> String {
        match &self.status {
            Status::Ready(l) => l.article.title.clone(),
            Status::Indexed(s) => s.title.clone(),
            Status::Feed { title, .. } => title.clone(),
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
    // The entry's type comes with the listing (no stat per file); a symlink is followed.
    // Sorted by name, which orders the paths of one folder as comparing them would.
    let mut children: Vec<(std::ffi::OsString, PathBuf, bool)> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| {
            let path = e.path();
            let is_dir = match e.file_type() {
                Ok(t) if t.is_symlink() => path.is_dir(),
                Ok(t) => t.is_dir(),
                Err(_) => path.is_dir(),
            };
            (e.file_name(), path, is_dir)
        })
        .collect();
    children.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (_, child, is_dir) in children {
        if is_dir {
            // An unreadable subfolder should not hide the rest of the library.
            let _ = walk(&child, seen, out);
        } else if load::is_supported(&child) {
            out.push(child);
        }
    }
    Ok(())
}

/// Loads and analyses the articles of one origin: one, or a feed's entries.
pub fn load_all(origin: &Origin, outlets: &Outlets) -> Result<Vec<Loaded>, LoadError> {
    Ok(analyse_all(read(origin)?, outlets))
}

/// Analyses articles already read.
pub fn analyse_all(articles: Vec<Article>, outlets: &Outlets) -> Vec<Loaded> {
    articles
        .into_iter()
        .map(|article| {
            let analysis = quotes::analyse_with(&article, outlets);
            Loaded::new(article, analysis)
        })
        .collect()
}

/// Reads the articles of one origin, without analysing them.
pub fn read(origin: &Origin) -> Result<Vec<Article>, LoadError> {
    Ok(match origin {
        Origin::File(path) => load::file(path, None)?,
        Origin::Item(path, n) => {
            let all = load::file(path, None)?;
            let label = origin.label();
            let one = all
                .into_iter()
                .nth(n.saturating_sub(1))
                .ok_or(LoadError::Empty { path: label })?;
            vec![one]
        }
        Origin::Sample(name) => {
            let text = SAMPLES
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, t)| *t)
                .unwrap_or_default();
            vec![load::bytes_to_article(&origin.label(), text.as_bytes())?]
        }
        Origin::Stdin(bytes, format) => load::bytes_to_articles("-", bytes, *format)?,
    })
}

/// Reads the articles of one origin, with the stamp of a file's bytes (size, time, hash) for
/// the archive index.
pub fn read_stamped(origin: &Origin) -> (Result<Vec<Article>, LoadError>, Option<Stamp>) {
    let Origin::File(path) = origin else {
        return (read(origin), None);
    };
    let (bytes, stamp) = crate::index::read_bytes(path);
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => return (Err(e), stamp),
    };
    let label = path.display().to_string();
    (
        load::bytes_to_articles(&label, &bytes, load::Format::from_name(path)),
        stamp,
    )
}

/// Where what the workers read is kept: called with each file's stamp and final outcome.
pub type Keep = Arc<dyn Fn(&Origin, Stamp, &Outcome) + Send + Sync>;

/// Articles bigger than this (in bytes of text) are shown before their analysis is done.
pub const SHOW_BEFORE_ANALYSIS: usize = 2 << 20;

/// Loads and analyses one article (a feed's first entry).
pub fn load(origin: &Origin, outlets: &Outlets) -> Result<Loaded, String> {
    load_all(origin, outlets)
        .map_err(|e| e.to_string())?
        .into_iter()
        .next()
        .ok_or_else(|| format!("{}: no articles", origin.label()))
}

/// Loads `jobs` on worker threads, in order of index as far as threads allow, calling `report`
/// for each. Stops early when `report` returns false (the receiver has gone).
pub fn spawn<F>(jobs: Vec<(usize, Origin)>, outlets: Arc<Outlets>, report: F)
where
    F: Fn(usize, Outcome) -> bool + Send + Sync + 'static,
{
    spawn_keeping(jobs, outlets, None, report);
}

/// As `spawn`, handing each file's final outcome with its stamp to `keep` too (the archive
/// index's writer).
pub fn spawn_keeping<F>(
    jobs: Vec<(usize, Origin)>,
    outlets: Arc<Outlets>,
    keep: Option<Keep>,
    report: F,
) where
    F: Fn(usize, Outcome) -> bool + Send + Sync + 'static,
{
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 8)
        .min(jobs.len().max(1));
    let jobs = Arc::new(jobs);
    let next = Arc::new(AtomicUsize::new(0));
    let report = Arc::new(report);
    let stop = Arc::new(AtomicBool::new(false));
    for _ in 0..threads {
        let (jobs, next, report, outlets, stop, keep) = (
            jobs.clone(),
            next.clone(),
            report.clone(),
            outlets.clone(),
            stop.clone(),
            keep.clone(),
        );
        std::thread::spawn(move || {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((index, origin)) = jobs.get(i) else {
                    break;
                };
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let mut stamp = None;
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let (read, s) = read_stamped(origin);
                    stamp = s;
                    let articles = match read {
                        Ok(a) => a,
                        Err(e) => return Outcome::from(Err(e)),
                    };
                    // A big article is readable at once; its quotations follow.
                    if articles.iter().map(|a| a.text.len()).sum::<usize>() > SHOW_BEFORE_ANALYSIS {
                        let early = articles
                            .iter()
                            .map(|a| Arc::new(Loaded::unanalysed(a.clone())))
                            .collect();
                        report(*index, Outcome::Articles(early));
                    }
                    Outcome::Articles(
                        analyse_all(articles, &outlets)
                            .into_iter()
                            .map(Arc::new)
                            .collect(),
                    )
                }))
                .unwrap_or_else(|_| {
                    Outcome::Failed(format!(
                        "{}: internal error while analysing",
                        origin.label()
                    ))
                });
                if let (Some(keep), Some(stamp)) = (&keep, stamp) {
                    keep(origin, stamp, &result);
                }
                if !report(*index, result) {
                    stop.store(true, Ordering::Relaxed);
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
            move |i, r| tx.send((i, matches!(r, Outcome::Articles(_)))).is_ok(),
        );
        let mut got: Vec<_> = rx.iter().collect();
        got.sort();
        assert_eq!(got.len(), SAMPLES.len());
        assert!(got.iter().all(|(_, ok)| *ok));
    }
}
