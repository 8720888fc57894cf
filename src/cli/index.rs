//! `byline index`: builds or refreshes the archive index without the reader, says what it
//! holds, removes it, and imports analyses computed elsewhere.

use super::{Failure, outlets, scan};
use crate::config::Config;
use crate::index::{self, Index, Reading, Stamp, Stored};
use crate::text::printable;
use rayon::prelude::*;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Writes are gathered into transactions of this many files.
const BATCH: usize = 256;

/// A progress bar on stderr when it is a terminal and `quiet` is off; hidden otherwise.
pub fn progress(len: usize, quiet: bool, what: &str) -> indicatif::ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(len as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{prefix} {bar:30} {pos}/{len} files, {per_sec}, {eta} left",
    ) {
        bar.set_style(style);
    }
    bar.set_prefix(what.to_owned());
    bar
}

fn open(config: &Config) -> Result<Index, Failure> {
    let path = index::default_path().map_err(|e| Failure::runtime(e.to_string()))?;
    let table = outlets(config);
    let opened = Index::open(&path, &index::version(&table))
        .map_err(|e| Failure::runtime(printable(&e.to_string())))?;
    if let Some(w) = opened.warning {
        eprintln!("byline: warning: {}", printable(&w));
    }
    Ok(opened.index)
}

fn db(e: index::IndexError) -> Failure {
    Failure::runtime(printable(&e.to_string()))
}

/// `byline index PATH...`: every file read and analysed that the index does not hold as it is
/// now; files gone from the folders given are forgotten.
pub fn refresh(paths: &[PathBuf], quiet: bool, config: &Config) -> Result<i32, Failure> {
    let started = std::time::Instant::now();
    let files = scan(paths)?;
    let mut ix = open(config)?;
    let table = outlets(config);
    let stamps = ix.stamps().map_err(db)?;
    let mut todo: Vec<(&Path, String, Option<u64>)> = Vec::new();
    let mut fresh = 0;
    let mut keys = std::collections::HashSet::with_capacity(files.len());
    for f in &files {
        let key = index::key(f);
        keys.insert(key.clone());
        let now = Stamp::of(f).ok();
        match (stamps.get(&key), now) {
            (Some((s, true)), Some(now)) if s.unchanged(&now) => {
                fresh += 1;
            }
            (Some((s, true)), _) => todo.push((f, key, Some(s.hash))),
            _ => todo.push((f, key, None)),
        }
    }
    // Files the index holds under a folder given here that the folder no longer has.
    let folders: Vec<String> = paths
        .iter()
        .filter(|p| p.is_dir())
        .map(|p| {
            let k = index::key(p);
            if k.ends_with(std::path::MAIN_SEPARATOR) {
                k
            } else {
                format!("{k}{}", std::path::MAIN_SEPARATOR)
            }
        })
        .collect();
    let gone: Vec<&String> = stamps
        .keys()
        .filter(|k| !keys.contains(*k) && folders.iter().any(|f| k.starts_with(f.as_str())))
        .collect();
    for k in &gone {
        ix.remove(k).map_err(db)?;
    }
    let bar = progress(todo.len(), quiet, "indexing");
    let (tx, rx) = std::sync::mpsc::sync_channel::<(String, Reading)>(BATCH * 4);
    let (mut analysed, mut unchanged, mut failed) = (0usize, 0usize, 0usize);
    let mut error: Option<Failure> = None;
    std::thread::scope(|scope| {
        let todo = &todo;
        let table = &table;
        scope.spawn(move || {
            todo.par_iter().for_each_with(tx, |tx, (f, key, hash)| {
                let reading = index::read_file(f, *hash, table);
                let _ = tx.send((key.clone(), reading));
            });
        });
        let mut batch: Vec<(String, Stamp, Stored)> = Vec::with_capacity(BATCH);
        let flush = |ix: &mut Index, batch: &mut Vec<(String, Stamp, Stored)>| {
            let r = ix.put_many(batch.iter().map(|(k, s, st)| (k.as_str(), *s, st)));
            batch.clear();
            r.map(|_| ())
        };
        for (key, reading) in rx {
            bar.inc(1);
            if error.is_some() {
                continue; // drained, so the workers finish
            }
            match reading {
                Reading::Unchanged(stamp) => {
                    unchanged += 1;
                    if let Err(e) = ix.touch(&key, stamp) {
                        error = Some(db(e));
                    }
                }
                Reading::Read(stamp, stored) => {
                    match &stored {
                        Stored::Failed(m) => {
                            failed += 1;
                            bar.suspend(|| eprintln!("byline: {}", printable(m)));
                        }
                        Stored::Skipped(_) => {}
                        Stored::Articles(_) => analysed += 1,
                    }
                    batch.push((key, stamp, stored));
                    if batch.len() >= BATCH
                        && let Err(e) = flush(&mut ix, &mut batch)
                    {
                        error = Some(db(e));
                    }
                }
            }
        }
        if error.is_none()
            && let Err(e) = flush(&mut ix, &mut batch)
        {
            error = Some(db(e));
        }
    });
    bar.finish_and_clear();
    if let Some(e) = error {
        return Err(e);
    }
    if !quiet {
        eprintln!(
            "byline: {} files in {}: {analysed} analysed, {} unchanged{}{} ({:.1} s)",
            files.len(),
            printable(&ix.path().display().to_string()),
            fresh + unchanged,
            if failed > 0 {
                format!(", {failed} could not be read")
            } else {
                String::new()
            },
            if gone.is_empty() {
                String::new()
            } else {
                format!(", {} gone and forgotten", gone.len())
            },
            started.elapsed().as_secs_f64()
        );
    }
    Ok(i32::from(failed > 0))
}

/// `byline index --stats`.
pub fn stats(json: bool, config: &Config) -> Result<i32, Failure> {
    let ix = open(config)?;
    let s = ix.stats().map_err(db)?;
    let mut out = String::new();
    if json {
        #[derive(serde::Serialize)]
        struct Out<'a> {
            path: String,
            version: &'a str,
            #[serde(flatten)]
            stats: &'a index::Stats,
        }
        let value = Out {
            path: ix.path().display().to_string(),
            version: ix.version(),
            stats: &s,
        };
        let mut buf = Vec::new();
        crate::export::write_safe_json(&mut buf, &value, true).map_err(super::io_failure)?;
        out.push_str(&String::from_utf8_lossy(&buf));
        out.push('\n');
    } else {
        let mb = s.bytes as f64 / 1e6;
        out.push_str(&format!(
            "index       {} ({mb:.1} MB)\nfiles       {} ({} skipped, {} could not be read)\narticles    {}\nvoices      {} quoted, {} reported\noutdated    {} (stored by another build or outlet table: read again when next seen)\n",
            printable(&ix.path().display().to_string()),
            s.files,
            s.skipped,
            s.failed,
            s.articles,
            s.quoted,
            s.reported,
            s.outdated,
        ));
    }
    std::io::stdout()
        .write_all(out.as_bytes())
        .map_err(super::io_failure)?;
    Ok(0)
}

/// `byline index --clear`.
pub fn clear() -> Result<i32, Failure> {
    let path = index::default_path().map_err(|e| Failure::runtime(e.to_string()))?;
    let shown = printable(&path.display().to_string()).into_owned();
    match index::clear(&path) {
        Ok(true) => eprintln!("byline: removed {shown}"),
        Ok(false) => eprintln!("byline: no index at {shown}"),
        Err(e) => return Err(db(e)),
    }
    Ok(0)
}

/// `byline index import FILE...`: analyses exported by `byline quotes --format jsonl
/// --with-text` on other machines. A path in them is taken relative to this directory; a
/// file that exists here is stored with its size, time and hash, so the reader takes the
/// imported analysis for it.
pub fn import(files: &[PathBuf], quiet: bool, config: &Config) -> Result<i32, Failure> {
    let mut ix = open(config)?;
    let (mut stored, mut bad) = (0usize, 0usize);
    let bar = progress(files.len(), quiet, "importing");
    for file in files {
        let name = printable(&file.display().to_string()).into_owned();
        let reader: Box<dyn BufRead> = if file == Path::new("-") {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::io::BufReader::new(
                std::fs::File::open(file).map_err(|e| Failure::runtime(format!("{name}: {e}")))?,
            ))
        };
        let mut batch: Vec<(String, Stamp, Stored)> = Vec::with_capacity(BATCH);
        for (n, line) in reader.lines().enumerate() {
            let line = line.map_err(|e| Failure::runtime(format!("{name}: {e}")))?;
            if line.trim().is_empty() {
                continue;
            }
            match index::import::parse_line(&line) {
                Ok((path, loaded)) => {
                    // A feed's entry is exported as `FEED#N`: stored under the feed file.
                    let file_part = match path.rsplit_once('#') {
                        Some((f, n))
                            if loaded.article.meta.feed.is_some()
                                && n.bytes().all(|b| b.is_ascii_digit()) =>
                        {
                            f.to_owned()
                        }
                        _ => path.clone(),
                    };
                    let on_disk = Path::new(&file_part);
                    let stamp = std::fs::read(on_disk)
                        .ok()
                        .and_then(|b| Stamp::of(on_disk).ok().map(|s| s.with_bytes(&b)))
                        .unwrap_or(Stamp {
                            size: 0,
                            mtime: 0,
                            hash: 0,
                        });
                    // A feed's entries come as lines of their own: they are stored together,
                    // in order.
                    let key = index::key(on_disk);
                    match batch.last_mut() {
                        Some((k, _, Stored::Articles(list)))
                            if *k == key && loaded.article.meta.feed.is_some() =>
                        {
                            list.push(std::sync::Arc::new(loaded))
                        }
                        _ => batch.push((
                            key,
                            stamp,
                            Stored::Articles(vec![std::sync::Arc::new(loaded)]),
                        )),
                    }
                    stored += 1;
                }
                Err(e) => {
                    bad += 1;
                    bar.suspend(|| {
                        eprintln!("byline: {name}:{}: {}", n + 1, printable(&e));
                    });
                }
            }
            if batch.len() >= BATCH {
                let last = batch.pop();
                ix.put_many(batch.iter().map(|(k, s, st)| (k.as_str(), *s, st)))
                    .map_err(db)?;
                batch.clear();
                batch.extend(last);
            }
        }
        ix.put_many(batch.iter().map(|(k, s, st)| (k.as_str(), *s, st)))
            .map_err(db)?;
        bar.inc(1);
    }
    bar.finish_and_clear();
    if !quiet {
        eprintln!(
            "byline: imported {stored} articles into {}{}",
            printable(&ix.path().display().to_string()),
            if bad > 0 {
                format!("; {bad} lines refused")
            } else {
                String::new()
            }
        );
    }
    Ok(i32::from(bad > 0))
}
