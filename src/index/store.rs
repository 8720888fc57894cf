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
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    folded TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT,
    aliases TEXT NOT NULL,
    quoted INTEGER NOT NULL,
    reported INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS voices_by_name ON voices (folded, kind);
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
                 reported) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for (src, quoted, reported) in crate::voices::heard(&l.analysis) {
            voice.execute(params![
                row,
                src.name,
                crate::voices::folded(&src.name),
                src.kind.as_str(),
                src.description,
                src.aliases.join("\n"),
                quoted as i64,
                reported as i64
            ])?;
        }
        tx.prepare_cached(
            "INSERT INTO search (rowid, title, body, voices) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![row, s.title, body, voice_names(l)])?;
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
/// summaries in order.
pub type Listing = std::collections::HashMap<String, (Stamp, Vec<Summary>)>;

pub(super) fn listing(conn: &Connection, version: &str) -> rusqlite::Result<Listing> {
    let mut st = conn.prepare_cached(
        "SELECT f.path, f.size, f.mtime, f.hash, a.item, a.title, a.date, a.author, a.outlet, a.feed,
             a.quoted, a.reported
         FROM articles a JOIN files f ON f.id = a.file
         WHERE f.version = ?1 ORDER BY a.file, a.item",
    )?;
    let mut out = Listing::new();
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
    let row: Option<(Vec<u8>, String)> = conn
        .prepare_cached(
            "SELECT r.record, s.body FROM articles a JOIN files f ON f.id = a.file
             JOIN records r ON r.article = a.id JOIN search s ON s.rowid = a.id
             WHERE f.path = ?1 AND a.item = ?2 AND f.version = ?3",
        )?
        .query_row(params![file, item as i64, version], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    Ok(row.and_then(|(blob, body)| revive(&blob, body)))
}

/// An article from its stored record and text; `None` when the record does not read (a damaged
/// row is read again from its file, like one never stored).
fn revive(blob: &[u8], body: String) -> Option<Loaded> {
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

/// Fills the temporary table `wanted` with the files an aggregate is to cover.
fn want(conn: &Connection, files: &[String]) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS wanted (path TEXT PRIMARY KEY); DELETE FROM wanted;",
    )?;
    let tx = conn.unchecked_transaction()?;
    {
        let mut ins = tx.prepare_cached("INSERT OR IGNORE INTO wanted (path) VALUES (?1)")?;
        for f in files {
            ins.execute([f])?;
        }
    }
    tx.commit()
}

/// Adds the articles of `files` to a tally of voices, from the table of voices: no article is
/// read.
pub(super) fn tally(
    conn: &Connection,
    files: &[String],
    version: &str,
    tally: &mut crate::voices::Tally,
) -> rusqlite::Result<()> {
    want(conn, files)?;
    conn.execute_batch("DROP TABLE IF EXISTS temp.wanted_articles")?;
    conn.execute(
        "CREATE TEMP TABLE wanted_articles AS SELECT a.id AS id, a.outlet AS outlet
         FROM articles a JOIN files f ON f.id = a.file JOIN wanted w ON w.path = f.path
         WHERE f.version = ?1",
        [version],
    )?;
    let mut st = conn.prepare("SELECT outlet FROM temp.wanted_articles")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        tally.count_article(r.get::<_, Option<String>>(0)?.as_deref());
    }
    let mut st = conn.prepare(
        "SELECT x.outlet, v.name, v.kind, v.description, v.aliases, v.quoted, v.reported
         FROM voices v JOIN temp.wanted_articles x ON x.id = v.article",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let outlet: Option<String> = r.get(0)?;
        let name: String = r.get(1)?;
        let kind: String = r.get(2)?;
        let description: Option<String> = r.get(3)?;
        let aliases: String = r.get(4)?;
        tally.add_heard(
            outlet.as_deref(),
            &name,
            crate::article::SourceKind::from_name(&kind),
            description.as_deref(),
            aliases.split('\n').filter(|a| !a.is_empty()),
            (r.get::<_, i64>(5)? as usize, r.get::<_, i64>(6)? as usize),
        );
    }
    Ok(())
}
