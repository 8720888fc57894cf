//! The archive index: what byline has read and found in every file, kept in SQLite so a big
//! library opens at once. A file whose size and modification time (or, failing those, content
//! hash) are unchanged since it was stored, by a build with the same analysis, is never read or
//! analysed again; its list entry, text and analysis come from here. The index is a cache:
//! deleting it loses nothing but time, and a file that is not a byline index is moved aside,
//! never overwritten.

pub mod import;
mod store;
pub mod writer;

pub use store::{Hit, Listing, Statements, Stats, Summary};

/// Library entries the index holds as they are on disk: each entry's index in the library and
/// its articles' summaries (a feed's entries in order).
pub type Listed = Vec<(usize, Vec<std::sync::Arc<Summary>>)>;

use crate::article::{Analysis, Article};
use crate::library::Loaded;
use crate::quotes::lexicon::Outlets;
use rusqlite::{Connection, OptionalExtension, params};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// The analysis this build produces: a hash of the sources and assets that produce it, made at
/// build time (`build.rs`).
pub const BUILD_VERSION: &str = env!("BYLINE_ANALYSIS_VERSION");

/// The layout of the tables and records; a file with another is rebuilt.
const SCHEMA: i64 = 5;

/// The name an index file is known by in its `meta` table.
const APP: &str = "byline index";

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("{path}: {message}")]
    Db { path: String, message: String },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("no cache directory for the index (set BYLINE_INDEX to a file)")]
    NoPlace,
}

/// The version stored with each analysis: the build's, and the outlet table's (the config can
/// add outlets, which changes what is found).
pub fn version(outlets: &Outlets) -> String {
    format!("{BUILD_VERSION}/{:016x}", outlets.fingerprint())
}

/// Where the index lives: `BYLINE_INDEX`, else `byline/index.sqlite` in the platform's cache
/// directory (`$XDG_CACHE_HOME/byline/` on Linux).
pub fn default_path() -> Result<PathBuf, IndexError> {
    if let Some(p) = std::env::var_os("BYLINE_INDEX").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "byline")
        .map(|d| d.cache_dir().join("index.sqlite"))
        .ok_or(IndexError::NoPlace)
}

/// A file's size, modification time and content hash, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub size: u64,
    /// Nanoseconds since the epoch.
    pub mtime: i64,
    pub hash: u64,
}

impl Stamp {
    /// The size and time of a file on disk, hash not yet known (0).
    pub fn of(path: &Path) -> std::io::Result<Stamp> {
        let meta = std::fs::metadata(path)?;
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX));
        Ok(Stamp {
            size: meta.len(),
            mtime,
            hash: 0,
        })
    }

    /// The file is as it was when stamped `self`: the same size and modification time.
    pub fn unchanged(&self, now: &Stamp) -> bool {
        self.size == now.size && self.mtime == now.mtime
    }

    /// With the hash of the file's bytes.
    pub fn with_bytes(self, bytes: &[u8]) -> Stamp {
        Stamp {
            hash: xxhash_rust::xxh3::xxh3_64(bytes),
            ..self
        }
    }
}

/// What reading a file gave, as the index keeps it.
#[derive(Debug, Clone)]
pub enum Stored {
    /// One article, or a feed's entries (numbered from 1), with their analyses.
    Articles(Vec<std::sync::Arc<Loaded>>),
    Skipped(String),
    Failed(String),
}

/// An open index.
pub struct Index {
    conn: Connection,
    path: PathBuf,
    version: String,
}

/// An index opened, and what had to be done to open it.
pub struct Opened {
    pub index: Index,
    /// Set when the file there was not a usable index and was moved aside.
    pub warning: Option<String>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index").field("path", &self.path).finish()
    }
}

fn db_err(path: &Path) -> impl Fn(rusqlite::Error) -> IndexError + '_ {
    move |e| IndexError::Db {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

impl Index {
    /// Opens (creating it and its folder when needed) the index at `path` for analyses of
    /// `version`. A file there that is not a byline index, or is damaged, is renamed to
    /// `PATH.broken-N` with a warning and a new index is made.
    pub fn open(path: &Path, version: &str) -> Result<Opened, IndexError> {
        // A folder (or a device) named by mistake is refused, never moved aside.
        if let Ok(meta) = std::fs::metadata(path)
            && !meta.is_file()
        {
            return Err(IndexError::Io {
                path: path.display().to_string(),
                source: std::io::Error::other("not a file: name a file for the index"),
            });
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| IndexError::Io {
                path: dir.display().to_string(),
                source,
            })?;
        }
        match Self::try_open(path, version) {
            Ok(index) => Ok(Opened {
                index,
                warning: None,
            }),
            // Another byline holds it for longer than the wait: it is busy, not broken, and
            // must not be moved from under that one.
            Err(why) if why.busy => Err(IndexError::Db {
                path: path.display().to_string(),
                message: format!("{}; another byline is writing to it", why.message),
            }),
            Err(why) => {
                let aside = move_aside(path)?;
                let index = Self::try_open(path, version).map_err(|why| IndexError::Db {
                    path: path.display().to_string(),
                    message: why.message,
                })?;
                Ok(Opened {
                    index,
                    warning: Some(format!(
                        "{}: {}; moved to {} and rebuilt",
                        path.display(),
                        why.message,
                        aside.display()
                    )),
                })
            }
        }
    }

    /// An index in memory, for tests.
    pub fn in_memory(version: &str) -> Result<Index, IndexError> {
        let conn = Connection::open_in_memory().map_err(db_err(Path::new(":memory:")))?;
        let index = Index {
            conn,
            path: PathBuf::from(":memory:"),
            version: version.to_owned(),
        };
        index.init().map_err(|why| IndexError::Db {
            path: ":memory:".into(),
            message: why.message,
        })?;
        Ok(index)
    }

    fn try_open(path: &Path, version: &str) -> Result<Index, Unopened> {
        let conn = Connection::open(path).map_err(Unopened::from)?;
        let index = Index {
            conn,
            path: path.to_owned(),
            version: version.to_owned(),
        };
        index.init()?;
        Ok(index)
    }

    /// Checks the file is a byline index of this schema (or empty), and sets it up.
    fn init(&self) -> Result<(), Unopened> {
        let c = &self.conn;
        c.busy_timeout(std::time::Duration::from_secs(10))?;
        let tables: Vec<String> = c
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
            .and_then(|mut s| {
                s.query_map([], |r| r.get::<_, String>(0))?
                    .collect::<Result<_, _>>()
            })
            .map_err(|e| Unopened {
                busy: is_busy(&e),
                message: format!("not an index ({e})"),
            })?;
        if !tables.is_empty() {
            let app: Option<String> = c
                .query_row("SELECT value FROM meta WHERE key = 'app'", [], |r| r.get(0))
                .optional()
                .unwrap_or(None);
            if app.as_deref() != Some(APP) {
                return Err(Unopened::broken("a database that is not byline's index"));
            }
            let schema: Option<String> = c
                .query_row("SELECT value FROM meta WHERE key = 'schema'", [], |r| {
                    r.get(0)
                })
                .optional()?;
            if schema.as_deref() != Some(SCHEMA.to_string().as_str()) {
                return Err(Unopened::broken(&format!(
                    "an index of another layout ({})",
                    schema.unwrap_or_default()
                )));
            }
        }
        c.pragma_update(None, "synchronous", "NORMAL")?;
        c.pragma_update(None, "foreign_keys", "ON")?;
        if !tables.is_empty() {
            // An index of this layout, set up before (in WAL mode, which the file keeps): it
            // is read without a write, so a writer busy with a long transaction holds up no
            // second reader.
            return Ok(());
        }
        c.pragma_update(None, "journal_mode", "WAL")?;
        c.execute_batch(store::TABLES)?;
        c.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('app', ?1), ('schema', ?2)",
            params![APP, SCHEMA.to_string()],
        )?;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn version(&self) -> &str {
        &self.version
    }

    /// Every stored file's stamp, and whether this analysis stored it.
    pub fn stamps(&self) -> Result<std::collections::HashMap<String, (Stamp, bool)>, IndexError> {
        let mut st = self
            .conn
            .prepare("SELECT path, size, mtime, hash, version FROM files")
            .map_err(db_err(&self.path))?;
        let rows = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    Stamp {
                        size: r.get::<_, i64>(1)? as u64,
                        mtime: r.get(2)?,
                        hash: r.get::<_, i64>(3)? as u64,
                    },
                    r.get::<_, String>(4)? == self.version,
                ))
            })
            .map_err(db_err(&self.path))?;
        let mut out = std::collections::HashMap::new();
        for row in rows {
            let (path, stamp, current) = row.map_err(db_err(&self.path))?;
            out.insert(path, (stamp, current));
        }
        Ok(out)
    }

    /// Takes a file's new time when its bytes are those stored.
    pub fn touch(&self, file: &str, stamp: Stamp) -> Result<(), IndexError> {
        self.conn
            .execute(
                "UPDATE files SET mtime = ?2, size = ?3 WHERE path = ?1",
                params![file, stamp.mtime, stamp.size as i64],
            )
            .map_err(db_err(&self.path))?;
        Ok(())
    }

    /// Stores what reading files gave, all in one transaction.
    pub fn put_many<'a>(
        &mut self,
        items: impl IntoIterator<Item = (&'a str, Stamp, &'a Stored)>,
    ) -> Result<usize, IndexError> {
        let path = self.path.clone();
        let version = self.version.clone();
        let tx = self.conn.transaction().map_err(db_err(&path))?;
        let mut n = 0;
        let mut search = Vec::new();
        for (file, stamp, stored) in items {
            store::put(&tx, file, stamp, stored, &version, &mut search).map_err(db_err(&path))?;
            n += 1;
        }
        store::put_search(&tx, &search).map_err(db_err(&path))?;
        tx.commit().map_err(db_err(&path))?;
        Ok(n)
    }

    /// Stores one file's reading.
    pub fn put(&mut self, file: &str, stamp: Stamp, stored: &Stored) -> Result<(), IndexError> {
        self.put_many([(file, stamp, stored)]).map(|_| ())
    }

    /// Forgets a file (deleted from disk).
    pub fn remove(&self, file: &str) -> Result<(), IndexError> {
        self.conn
            .execute("DELETE FROM files WHERE path = ?1", [file])
            .map_err(db_err(&self.path))?;
        Ok(())
    }

    /// The list entries of every stored file analysed by this version, keyed by path.
    pub fn summaries(&self) -> Result<Vec<Summary>, IndexError> {
        store::summaries(&self.conn, &self.version).map_err(db_err(&self.path))
    }

    /// The summaries of a file's articles when the index holds it as it is `now` (size and
    /// time); `None` when it must be read (again). Skipped and failed files are read again.
    pub fn fresh(&self, file: &str, now: Stamp) -> Result<Option<Vec<Summary>>, IndexError> {
        store::fresh(&self.conn, file, now, &self.version).map_err(db_err(&self.path))
    }

    /// Every file with articles stored by this version, by key: its size and time, and its
    /// articles' summaries. One pass, for a big library's start.
    pub fn listing(&self) -> Result<store::Listing, IndexError> {
        store::listing(&self.conn, &self.version).map_err(db_err(&self.path))
    }

    /// One stored article (`item` 0 for a file's only article, `n` for a feed's entry `n`).
    pub fn load(&self, file: &str, item: usize) -> Result<Option<Loaded>, IndexError> {
        store::load(&self.conn, file, item, &self.version).map_err(db_err(&self.path))
    }

    /// As `load`, but an article with more than `big` bytes of text comes at once without
    /// its analysis, with what decodes the analysis apart (decoding 300,000 quotations takes
    /// a while: the reader shows the text meanwhile).
    pub fn load_early(
        &self,
        file: &str,
        item: usize,
        big: usize,
    ) -> Result<Option<Loading>, IndexError> {
        store::load_early(&self.conn, file, item, &self.version, big).map_err(db_err(&self.path))
    }

    /// Every stored reading of a file, as it was stored.
    pub fn stored(&self, file: &str) -> Result<Option<Stored>, IndexError> {
        store::stored(&self.conn, file, &self.version).map_err(db_err(&self.path))
    }

    /// Adds the articles of these files (keys) to a tally of voices, from the index's table
    /// of voices: no article is read.
    pub fn tally(
        &self,
        files: &[String],
        tally: &mut crate::voices::Tally,
    ) -> Result<(), IndexError> {
        store::tally(&self.conn, files, &self.version, tally).map_err(db_err(&self.path))
    }

    /// Every article's voices: the voices met, and each article's (by file and item) as their
    /// numbers with their counts. No article is read.
    pub fn heard_all(&self) -> Result<crate::voices::Stored, IndexError> {
        store::heard_all(&self.conn, &self.version).map_err(db_err(&self.path))
    }

    /// What one voice (folded name and kind) said, as stored with it: a page of at most
    /// `limit` articles, in the order they were stored, from the row after `after` (0 first;
    /// then the last page's last `row`).
    pub fn said_by(
        &self,
        voice: (&str, &str),
        after: i64,
        limit: usize,
    ) -> Result<Vec<Statements>, IndexError> {
        store::said_by(&self.conn, voice, after, limit, &self.version).map_err(db_err(&self.path))
    }

    /// Full-text search over every article's title, text, quotations and speakers. `query` is
    /// taken as words (each must appear; a trailing `*` matches a prefix), not as FTS syntax.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>, IndexError> {
        store::search(&self.conn, query, limit, &self.version).map_err(db_err(&self.path))
    }

    pub fn stats(&self) -> Result<Stats, IndexError> {
        let size = std::fs::metadata(&self.path).map_or(0, |m| m.len());
        store::stats(&self.conn, &self.version, size).map_err(db_err(&self.path))
    }
}

/// Why a file did not open as an index: busy (another connection holds it longer than the
/// wait) or not a usable index.
#[derive(Debug)]
struct Unopened {
    busy: bool,
    message: String,
}

impl Unopened {
    fn broken(message: &str) -> Unopened {
        Unopened {
            busy: false,
            message: message.to_owned(),
        }
    }
}

impl From<rusqlite::Error> for Unopened {
    fn from(e: rusqlite::Error) -> Unopened {
        Unopened {
            busy: is_busy(&e),
            message: e.to_string(),
        }
    }
}

/// The database is locked by another connection, not damaged.
fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// Renames a file that is not a usable index (and its WAL files) out of the way.
fn move_aside(path: &Path) -> Result<PathBuf, IndexError> {
    let name = path
        .file_name()
        .map_or_else(|| "index".into(), |n| n.to_string_lossy().into_owned());
    let mut n = 1;
    let aside = loop {
        let candidate = path.with_file_name(format!("{name}.broken-{n}"));
        if !candidate.exists() {
            break candidate;
        }
        n += 1;
    };
    std::fs::rename(path, &aside).map_err(|source| IndexError::Io {
        path: path.display().to_string(),
        source,
    })?;
    for suffix in ["-wal", "-shm"] {
        let side = path.with_file_name(format!("{name}{suffix}"));
        if side.exists() {
            let _ = std::fs::rename(
                &side,
                aside.with_file_name(format!(
                    "{}{suffix}",
                    aside
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                )),
            );
        }
    }
    Ok(aside)
}

/// Removes the index file and its WAL files; `Ok(false)` when there was none.
pub fn clear(path: &Path) -> Result<bool, IndexError> {
    let mut removed = false;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for side in [
        path.to_owned(),
        path.with_file_name(format!("{name}-wal")),
        path.with_file_name(format!("{name}-shm")),
    ] {
        match std::fs::remove_file(&side) {
            Ok(()) => removed |= side == path,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(IndexError::Io {
                    path: side.display().to_string(),
                    source,
                });
            }
        }
    }
    Ok(removed)
}

/// The key a file is stored under: its absolute path, made so without touching the disk.
pub fn key(path: &Path) -> String {
    std::path::absolute(path)
        .unwrap_or_else(|_| path.to_owned())
        .display()
        .to_string()
}

/// What reading one file for the index gave.
#[derive(Debug, Clone)]
pub enum Reading {
    /// Its bytes are those stored: only its time is new.
    Unchanged(Stamp),
    /// Read and analysed.
    Read(Stamp, Stored),
}

/// Reads and analyses a file for the index. `stored_hash` is the hash stored for it by this
/// analysis, if any: the same bytes are not analysed again.
pub fn read_file(path: &Path, stored_hash: Option<u64>, outlets: &Outlets) -> Reading {
    let (bytes, stamp) = read_bytes(path);
    let stamp = stamp.unwrap_or(Stamp {
        size: 0,
        mtime: 0,
        hash: 0,
    });
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => return Reading::Read(stamp, failure(&e)),
    };
    if stored_hash == Some(stamp.hash) {
        return Reading::Unchanged(stamp);
    }
    let label = path.display().to_string();
    let format = crate::load::Format::from_name(path);
    let analysed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        crate::load::bytes_to_articles(&label, &bytes, format)
            .map(|articles| crate::library::analyse_all(articles, outlets))
    }));
    let stored = match analysed {
        Ok(Ok(list)) => Stored::Articles(list.into_iter().map(std::sync::Arc::new).collect()),
        Ok(Err(e)) => failure(&e),
        Err(_) => Stored::Failed(format!("{label}: internal error while analysing")),
    };
    Reading::Read(stamp, stored)
}

/// A file's bytes, and its stamp: size and time, with the bytes' hash once they are read.
pub fn read_bytes(path: &Path) -> (Result<Vec<u8>, crate::load::LoadError>, Option<Stamp>) {
    let stamp = Stamp::of(path).ok();
    match crate::load::file_bytes(path) {
        Ok(bytes) => {
            let stamp = stamp.map(|s| s.with_bytes(&bytes));
            (Ok(bytes), stamp)
        }
        Err(e) => (Err(e), stamp),
    }
}

fn failure(e: &crate::load::LoadError) -> Stored {
    if e.is_skip() {
        Stored::Skipped(e.to_string())
    } else {
        Stored::Failed(e.to_string())
    }
}

/// The parts of an article the list needs, worked out from a loaded one.
pub fn summary_of(file: &str, item: usize, l: &Loaded) -> Summary {
    Summary {
        path: file.to_owned(),
        item,
        title: l.article.title.clone(),
        date: l.article.meta.date.clone(),
        author: l.article.meta.author.clone(),
        outlet: l.article.meta.outlet.clone(),
        feed: l.article.meta.feed.clone(),
        quoted: l.analysis.quotations().count(),
        reported: l.analysis.reported().count(),
    }
}

/// An article read in from the index: whole, or a big one's text first.
pub enum Loading {
    Whole(Loaded),
    /// The article without its analysis, and what reads the analysis in.
    Early(Loaded, Deferred),
}

/// A stored article whose analysis is still to be decoded.
pub struct Deferred {
    blob: Vec<u8>,
    body: String,
}

impl Deferred {
    /// The article with its analysis; `None` if the record does not read.
    pub fn finish(self) -> Option<Loaded> {
        store::revive(&self.blob, self.body)
    }
}

/// An article and analysis as stored: the text apart (it lives in the search table).
#[derive(serde::Serialize, serde::Deserialize)]
struct Record {
    article: Article,
    analysis: Analysis,
    /// Credits' spans, which their serialised form leaves out.
    credit_spans: Vec<std::ops::Range<usize>>,
}

#[cfg(test)]
mod tests;
