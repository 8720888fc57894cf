//! The index's tables and the statements that read and write them.

use super::{Record, Stamp, Stored};
use crate::library::Loaded;
use rusqlite::{Connection, OptionalExtension, Transaction, params};

pub(super) const TABLES: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    version TEXT NOT NULL,
    status TEXT NOT NULL,
    message TEXT
);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    file INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    item INTEGER NOT NULL,
    title TEXT NOT NULL,
    date TEXT,
    author TEXT,
    outlet TEXT,
    feed TEXT,
    quoted INTEGER NOT NULL,
    reported INTEGER NOT NULL,
    UNIQUE (file, item)
);
CREATE TABLE IF NOT EXISTS records (
    article INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    record BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS voices (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    folded TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT,
    aliases TEXT NOT NULL,
    quoted INTEGER NOT NULL,
    reported INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS said (
    voice INTEGER PRIMARY KEY REFERENCES voices (id) ON DELETE CASCADE,
    said BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS voices_by_name ON voices (folded, kind, id);
CREATE INDEX IF NOT EXISTS voices_by_article ON voices (article);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5 (
    title, body, voices, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS article_gone AFTER DELETE ON articles BEGIN
    DELETE FROM search WHERE rowid = old.id;
END;
";

/// One article as the library lists it, before it is opened.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// The file, as given to the index.
    pub path: String,
    /// 0 for a file's only article, `n` (from 1) for a feed's entry `n`.
    pub item: usize,
    pub title: String,
    pub date: Option<String>,
    pub author: Option<String>,
    pub outlet: Option<String>,
    /// The feed's title, for a feed's entries.
    pub feed: Option<String>,
    /// Quotations (direct and partial).
    pub quoted: usize,
    /// Reported speech (indirect and mixed).
    pub reported: usize,
}

/// A search result: the article and the words of its text around a match (its opening when
/// the title or a name matched), the matched words between
/// `\u{1}` and `\u{2}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub path: String,
    pub item: usize,
    pub title: String,
    pub snippet: String,
}

/// What the index holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    pub files: usize,
    pub articles: usize,
    pub skipped: usize,
    pub failed: usize,
    /// Files stored by another analysis version: read again when next seen.
    pub outdated: usize,
    pub quoted: usize,
    pub reported: usize,
    pub bytes: u64,
}

pub(super) fn put(
    tx: &Transaction,
    file: &str,
    stamp: Stamp,
    stored: &Stored,
    version: &str,
    search: &mut Vec<SearchRow>,
) -> rusqlite::Result<()> {
    let (status, message) = match stored {
        Stored::Articles(_) => ("articles", None),
        Stored::Skipped(m) => ("skipped", Some(m.as_str())),
        Stored::Failed(m) => ("failed", Some(m.as_str())),
    };
    let id: i64 = tx
        .prepare_cached(
            "INSERT INTO files (path, size, mtime, hash, version, status, message)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (path) DO UPDATE SET size = ?2, mtime = ?3, hash = ?4, version = ?5,
                 status = ?6, message = ?7
             RETURNING id",
        )?
        .query_row(
            params![
                file,
                stamp.size as i64,
                stamp.mtime,
                stamp.hash as i64,
                version,
                status,
                message
            ],
            |r| r.get(0),
        )?;
    tx.prepare_cached("DELETE FROM articles WHERE file = ?1")?
        .execute([id])?;
    let Stored::Articles(list) = stored else {
        return Ok(());
    };
    let is_feed = list.first().is_some_and(|l| l.article.meta.feed.is_some());
    for (k, l) in list.iter().enumerate() {
        let item = if is_feed { k + 1 } else { 0 };
        if !is_feed && k > 0 {
            break;
        }
        let s = super::summary_of(file, item, l);
        let mut article = l.article.clone();
        let body = std::mem::take(&mut article.text);
        let record = Record {
            credit_spans: article.credits.iter().map(|c| c.span.clone()).collect(),
            article,
            analysis: l.analysis.clone(),
        };
        let blob = postcard::to_stdvec(&record)
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        let row: i64 = tx
            .prepare_cached(
                "INSERT INTO articles (file, item, title, date, author, outlet, feed, quoted,
                     reported)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
            )?
            .query_row(
                params![
                    id,
                    item as i64,
                    s.title,
                    s.date,
                    s.author,
                    s.outlet,
                    s.feed,
                    s.quoted as i64,
                    s.reported as i64,
                ],
                |r| r.get(0),
            )?;
        tx.prepare_cached("INSERT INTO records (article, record) VALUES (?1, ?2)")?
            .execute(params![row, blob])?;
        let mut voice = tx.prepare_cached(
            "INSERT INTO voices (article, name, folded, kind, description, aliases, quoted,
                 reported) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
        )?;
        for (src, quoted, reported) in crate::voices::heard(&l.analysis) {
            let said = postcard::to_stdvec(&crate::voices::said_of(l, src))
                .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
            let id: i64 = voice.query_row(
                params![
                    row,
                    src.name,
                    crate::voices::folded(&src.name),
                    src.kind.as_str(),
                    src.description,
                    src.aliases.join("\n"),
                    quoted as i64,
                    reported as i64
                ],
                |r| r.get(0),
            )?;
            // What it said apart, so counting voices reads narrow rows.
            tx.prepare_cached("INSERT INTO said (voice, said) VALUES (?1, ?2)")?
                .execute(params![id, said])?;
        }
        search.push(SearchRow {
            row,
            title: s.title,
            body,
            voices: voice_names(l),
        });
    }
    Ok(())
}

/// An article's row in the full-text table, held back until the batch's other rows are in.
pub(super) struct SearchRow {
    row: i64,
    title: String,
    body: String,
    voices: String,
}

/// Writes a batch's full-text rows, after all its other statements. FTS5 keeps new rows in
/// memory until the transaction ends, but flushes them to disk, as a segment of their own,
/// whenever a later statement opens a savepoint (a delete that fires the trigger, an upsert):
/// written in between, every file would make a segment, to be merged again and again.
pub(super) fn put_search(tx: &Transaction, rows: &[SearchRow]) -> rusqlite::Result<()> {
    let mut st = tx.prepare_cached(
        "INSERT INTO search (rowid, title, body, voices) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for r in rows {
        st.execute(params![r.row, r.title, r.body, r.voices])?;
    }
    Ok(())
}

/// What the search table knows of an article's voices beyond its text: each source's name
/// and the other names the article gives it (what they said is in the text already).
fn voice_names(l: &Loaded) -> String {
    let mut out = String::new();
    for s in &l.analysis.sources {
        out.push_str(&s.name);
        out.push('\n');
        for a in &s.aliases {
            out.push_str(a);
            out.push('\n');
        }
    }
    out
}

pub(super) fn summaries(conn: &Connection, version: &str) -> rusqlite::Result<Vec<Summary>> {
    let mut st = conn.prepare_cached(
        "SELECT f.path, a.item, a.title, a.date, a.author, a.outlet, a.feed, a.quoted, a.reported
         FROM articles a JOIN files f ON f.id = a.file
         WHERE f.version = ?1 ORDER BY a.file, a.item",
    )?;
    st.query_map([version], |r| summary_at(r.get(0)?, r, 1))?
        .collect()
}

/// A summary from a row whose columns from `at` on are item, title, date, author, outlet,
/// feed, quoted and reported.
fn summary_at(path: String, r: &rusqlite::Row, at: usize) -> rusqlite::Result<Summary> {
    Ok(Summary {
        path,
        item: r.get::<_, i64>(at)? as usize,
        title: r.get(at + 1)?,
        date: r.get(at + 2)?,
        author: r.get(at + 3)?,
        outlet: r.get(at + 4)?,
        feed: r.get(at + 5)?,
        quoted: r.get::<_, i64>(at + 6)? as usize,
        reported: r.get::<_, i64>(at + 7)? as usize,
    })
}

/// The summaries of one file's articles, if it is stored by this version with this size and
/// time; `None` when it must be read again.
pub(super) fn fresh(
    conn: &Connection,
    file: &str,
    now: Stamp,
    version: &str,
) -> rusqlite::Result<Option<Vec<Summary>>> {
    let mut st = conn.prepare_cached(
        "SELECT a.item, a.title, a.date, a.author, a.outlet, a.feed, a.quoted, a.reported
         FROM files f JOIN articles a ON a.file = f.id
         WHERE f.path = ?1 AND f.size = ?2 AND f.mtime = ?3 AND f.version = ?4
         ORDER BY a.item",
    )?;
    let list: Vec<Summary> = st
        .query_map(params![file, now.size as i64, now.mtime, version], |r| {
            summary_at(file.to_owned(), r, 0)
        })?
        .collect::<Result<_, _>>()?;
    Ok((!list.is_empty()).then_some(list))
}

/// Every file with articles stored by a version, by key: its size and time, and its articles'
/// summaries in order (in a fast hash map: 100,000 of them are looked up at start).
pub type Listing = rustc_hash::FxHashMap<String, (Stamp, Vec<Summary>)>;

pub(super) fn listing(conn: &Connection, version: &str) -> rusqlite::Result<Listing> {
    let mut st = conn.prepare_cached(
        "SELECT f.path, f.size, f.mtime, f.hash, a.item, a.title, a.date, a.author, a.outlet, a.feed,
             a.quoted, a.reported
         FROM articles a JOIN files f ON f.id = a.file
         WHERE f.version = ?1 ORDER BY a.file, a.item",
    )?;
    let mut out = Listing::default();
    let mut rows = st.query([version])?;
    while let Some(r) = rows.next()? {
        let path: String = r.get(0)?;
        let summary = summary_at(path.clone(), r, 4)?;
        let stamp = Stamp {
            size: r.get::<_, i64>(1)? as u64,
            mtime: r.get(2)?,
            hash: r.get::<_, i64>(3)? as u64,
        };
        out.entry(path)
            .or_insert_with(|| (stamp, Vec::new()))
            .1
            .push(summary);
    }
    Ok(out)
}

pub(super) fn load(
    conn: &Connection,
    file: &str,
    item: usize,
    version: &str,
) -> rusqlite::Result<Option<Loaded>> {
    Ok(record(conn, file, item, version)?.and_then(|(blob, body)| revive(&blob, body)))
}

/// As `load`, but an article of more than `big` bytes of text comes first without its
/// analysis, which is decoded by `Deferred::finish` (on another thread).
pub(super) fn load_early(
    conn: &Connection,
    file: &str,
    item: usize,
    version: &str,
    big: usize,
) -> rusqlite::Result<Option<super::Loading>> {
    let Some((blob, body)) = record(conn, file, item, version)? else {
        return Ok(None);
    };
    if body.len() <= big {
        return Ok(revive(&blob, body).map(super::Loading::Whole));
    }
    // The record begins with the article: read it alone (its credits' spans, stored after
    // the analysis, come with the rest).
    let Ok((mut article, _)) = postcard::take_from_bytes::<crate::article::Article>(&blob) else {
        return Ok(None);
    };
    article.text = body.clone();
    Ok(Some(super::Loading::Early(
        Loaded::unanalysed(article),
        super::Deferred { blob, body },
    )))
}

/// A stored article's record and text.
fn record(
    conn: &Connection,
    file: &str,
    item: usize,
    version: &str,
) -> rusqlite::Result<Option<(Vec<u8>, String)>> {
    conn.prepare_cached(
        "SELECT r.record, s.body FROM articles a JOIN files f ON f.id = a.file
             JOIN records r ON r.article = a.id JOIN search s ON s.rowid = a.id
             WHERE f.path = ?1 AND a.item = ?2 AND f.version = ?3",
    )?
    .query_row(params![file, item as i64, version], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })
    .optional()
}

/// An article from its stored record and text; `None` when the record does not read (a damaged
/// row is read again from its file, like one never stored).
pub(super) fn revive(blob: &[u8], body: String) -> Option<Loaded> {
    let Record {
        mut article,
        analysis,
        credit_spans,
    } = postcard::from_bytes(blob).ok()?;
    article.text = body;
    for (c, span) in article.credits.iter_mut().zip(credit_spans) {
        c.span = span;
    }
    Some(Loaded::new(article, analysis))
}

pub(super) fn stored(
    conn: &Connection,
    file: &str,
    version: &str,
) -> rusqlite::Result<Option<Stored>> {
    let row: Option<(i64, String, Option<String>)> = conn
        .prepare_cached("SELECT id, status, message FROM files WHERE path = ?1 AND version = ?2")?
        .query_row(params![file, version], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    let Some((id, status, message)) = row else {
        return Ok(None);
    };
    Ok(Some(match status.as_str() {
        "skipped" => Stored::Skipped(message.unwrap_or_default()),
        "failed" => Stored::Failed(message.unwrap_or_default()),
        _ => {
            let mut st = conn.prepare_cached(
                "SELECT r.record, s.body FROM articles a JOIN records r ON r.article = a.id
                 JOIN search s ON s.rowid = a.id
                 WHERE a.file = ?1 ORDER BY a.item",
            )?;
            let rows: Vec<(Vec<u8>, String)> = st
                .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            let mut list = Vec::with_capacity(rows.len());
            for (blob, body) in rows {
                match revive(&blob, body) {
                    Some(l) => list.push(std::sync::Arc::new(l)),
                    None => return Ok(None),
                }
            }
            Stored::Articles(list)
        }
    }))
}

/// The words of a query as an FTS5 expression: each word a phrase of its own (so no word is
/// read as an operator), all required; a word ending in `*` matches as a prefix.
pub fn fts_query(query: &str) -> Option<String> {
    let terms: Vec<String> = query
        .split_whitespace()
        .filter_map(|w| {
            let prefix = w.ends_with('*');
            let word: String = w.trim_end_matches('*').replace('"', "\"\"");
            (!word.is_empty()).then(|| {
                if prefix {
                    format!("\"{word}\" *")
                } else {
                    format!("\"{word}\"")
                }
            })
        })
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

pub(super) fn search(
    conn: &Connection,
    query: &str,
    limit: usize,
    version: &str,
) -> rusqlite::Result<Vec<Hit>> {
    let Some(q) = fts_query(query) else {
        return Ok(Vec::new());
    };
    let mut st = conn.prepare_cached(
        "SELECT f.path, a.item, a.title, snippet(search, 1, char(1), char(2), '…', 16)
         FROM search JOIN articles a ON a.id = search.rowid JOIN files f ON f.id = a.file
         WHERE search MATCH ?1 AND f.version = ?2
         ORDER BY rank LIMIT ?3",
    )?;
    st.query_map(params![q, version, limit as i64], |r| {
        Ok(Hit {
            path: r.get(0)?,
            item: r.get::<_, i64>(1)? as usize,
            title: r.get(2)?,
            snippet: r.get(3)?,
        })
    })?
    .collect()
}

pub(super) fn stats(conn: &Connection, version: &str, bytes: u64) -> rusqlite::Result<Stats> {
    let count = |sql: &str| -> rusqlite::Result<usize> {
        conn.query_row(sql, [version], |r| r.get::<_, Option<i64>>(0))
            .map(|n| n.unwrap_or(0) as usize)
    };
    Ok(Stats {
        files: count("SELECT count(*) FROM files WHERE version = ?1")?,
        articles: count(
            "SELECT count(*) FROM articles a JOIN files f ON f.id = a.file WHERE f.version = ?1",
        )?,
        skipped: count("SELECT count(*) FROM files WHERE version = ?1 AND status = 'skipped'")?,
        failed: count("SELECT count(*) FROM files WHERE version = ?1 AND status = 'failed'")?,
        outdated: count("SELECT count(*) FROM files WHERE version <> ?1")?,
        quoted: count(
            "SELECT sum(a.quoted) FROM articles a JOIN files f ON f.id = a.file
             WHERE f.version = ?1",
        )?,
        reported: count(
            "SELECT sum(a.reported) FROM articles a JOIN files f ON f.id = a.file
             WHERE f.version = ?1",
        )?,
        bytes,
    })
}

/// Adds the articles of `files` to a tally of voices, from the table of voices: no article is
/// read. One pass over the articles and one over the voices, in the order they are stored; the
/// files wanted are picked out here rather than joined in SQL, which for a whole archive reads
/// every row all the same.
pub(super) fn tally(
    conn: &Connection,
    files: &[String],
    version: &str,
    tally: &mut crate::voices::Tally,
) -> rusqlite::Result<()> {
    let wanted: std::collections::HashSet<&str> = files.iter().map(String::as_str).collect();
    let mut outlets: std::collections::HashMap<i64, Option<String>> = Default::default();
    let mut st = conn.prepare(
        "SELECT a.id, f.path, a.outlet FROM articles a JOIN files f ON f.id = a.file
         WHERE f.version = ?1",
    )?;
    let mut rows = st.query([version])?;
    while let Some(r) = rows.next()? {
        if wanted.contains(r.get_ref(1)?.as_str()?) {
            let outlet: Option<String> = r.get(2)?;
            tally.count_article(outlet.as_deref());
            outlets.insert(r.get(0)?, outlet);
        }
    }
    let mut st = conn.prepare(
        "SELECT article, name, folded, kind, description, aliases, quoted, reported FROM voices",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let Some(outlet) = outlets.get(&r.get::<_, i64>(0)?) else {
            continue;
        };
        tally.add_stored(
            outlet.as_deref(),
            crate::voices::StoredVoice {
                name: r.get_ref(1)?.as_str()?,
                folded: r.get_ref(2)?.as_str()?,
                kind: crate::article::SourceKind::from_name(r.get_ref(3)?.as_str()?),
                description: r.get_ref(4)?.as_str_or_null()?,
                aliases: r.get_ref(5)?.as_str()?,
                quoted: r.get::<_, i64>(6)? as usize,
                reported: r.get::<_, i64>(7)? as usize,
            },
        );
    }
    Ok(())
}

/// Every article's voices stored by this version: the voices met, and each article's (by
/// file and item) as their numbers with their counts.
pub(super) fn heard_all(
    conn: &Connection,
    version: &str,
) -> rusqlite::Result<crate::voices::Stored> {
    let mut book = crate::voices::Book::default();
    let mut out: Vec<(String, usize, crate::voices::Heard)> = Vec::new();
    let mut st = conn.prepare(
        "SELECT a.id, f.path, a.item FROM articles a JOIN files f ON f.id = a.file
         WHERE f.version = ?1",
    )?;
    let mut at: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    let mut rows = st.query([version])?;
    while let Some(r) = rows.next()? {
        at.insert(r.get(0)?, out.len());
        out.push((r.get(1)?, r.get::<_, i64>(2)? as usize, Default::default()));
    }
    let mut st = conn.prepare(
        "SELECT article, name, folded, kind, description, aliases, quoted, reported FROM voices",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let Some(&k) = at.get(&r.get::<_, i64>(0)?) else {
            continue;
        };
        let id = book.intern_folded(
            r.get_ref(1)?.as_str()?,
            r.get_ref(2)?.as_str()?,
            crate::article::SourceKind::from_name(r.get_ref(3)?.as_str()?),
            r.get_ref(4)?.as_str_or_null()?,
            r.get_ref(5)?
                .as_str()?
                .split('\n')
                .filter(|a| !a.is_empty()),
        );
        out[k]
            .2
            .0
            .push((id, r.get::<_, i64>(6)? as u32, r.get::<_, i64>(7)? as u32));
    }
    Ok((book, out))
}

/// One article's statements of a voice, as stored with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statements {
    /// Where the next page of a voice's statements starts (the stored row's number).
    pub row: i64,
    pub path: String,
    pub item: usize,
    pub title: String,
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub said: Vec<crate::voices::Said>,
}

/// What the voice of this folded name and kind said in the articles stored by this version,
/// a page of at most `limit` articles at a time, in the order they were stored, from the row
/// after `after`.
pub(super) fn said_by(
    conn: &Connection,
    (folded, kind): (&str, &str),
    after: i64,
    limit: usize,
    version: &str,
) -> rusqlite::Result<Vec<Statements>> {
    let mut st = conn.prepare_cached(
        "SELECT f.path, a.item, a.title, a.date, a.outlet, s.said, v.id
         FROM voices v JOIN said s ON s.voice = v.id JOIN articles a ON a.id = v.article
         JOIN files f ON f.id = a.file
         WHERE v.folded = ?1 AND v.kind = ?2 AND v.id > ?3 AND f.version = ?4
         ORDER BY v.id LIMIT ?5",
    )?;
    let mut out = Vec::new();
    let mut rows = st.query(params![folded, kind, after, version, limit as i64])?;
    while let Some(r) = rows.next()? {
        let said: Vec<crate::voices::Said> =
            postcard::from_bytes(r.get_ref(5)?.as_blob()?).unwrap_or_default();
        out.push(Statements {
            row: r.get(6)?,
            path: r.get(0)?,
            item: r.get::<_, i64>(1)? as usize,
            title: r.get(2)?,
            date: r.get(3)?,
            outlet: r.get(4)?,
            said,
        });
    }
    Ok(out)
}
