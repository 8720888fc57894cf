//! `byline voices`: who is heard across articles, how often and in how many, by outlet, and
//! which quotations travel between them.

use super::{Failure, io_failure, outlets, scan};
use crate::config::Config;
use crate::index::{self, Index, Stamp, Stored};
use crate::library::Loaded;
use crate::text::printable;
use crate::voices::{ArticleRef, Reused, Tally};
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum VoicesFormat {
    Table,
    Json,
    Csv,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupBy {
    /// Counts by the outlet that published each article
    Outlet,
}

pub struct Options {
    pub format: VoicesFormat,
    pub top: Option<usize>,
    pub by: Option<GroupBy>,
    pub reused: bool,
    pub quiet: bool,
    pub no_index: bool,
}

/// How many files are read and analysed at once, across the cores; their articles are
/// counted and let go before the next batch.
const BATCH: usize = 64;

pub fn run(paths: &[PathBuf], opts: Options, config: &Config) -> Result<i32, Failure> {
    let files = scan(paths)?;
    let table = outlets(config);
    let ix = if opts.no_index {
        None
    } else {
        index::default_path()
            .ok()
            .filter(|p| p.is_file())
            .and_then(|p| Index::open(&p, &index::version(&table)).ok())
            .map(|o| o.index)
    };
    // The files the index holds as they are on disk are counted from its table of voices;
    // the rest are read and analysed.
    // The files' sizes and times are read on a second thread while this one reads what the
    // index holds: the two take about as long.
    let (stamps, now) = std::thread::scope(|scope| {
        let now = scope.spawn(|| files.iter().map(|f| Stamp::of(f).ok()).collect::<Vec<_>>());
        let stamps = ix
            .as_ref()
            .and_then(|ix| ix.stamps().ok())
            .unwrap_or_default();
        (
            stamps,
            now.join().unwrap_or_else(|_| vec![None; files.len()]),
        )
    });
    let keys: Vec<String> = files.iter().map(|f| index::key(f)).collect();
    let fresh: std::collections::HashMap<String, ()> = now
        .iter()
        .zip(&keys)
        .filter(|(now, k)| {
            matches!((stamps.get(*k), now),
                (Some((s, true)), Some(now)) if s.unchanged(now))
        })
        .map(|(_, k)| (k.clone(), ()))
        .collect();
    let mut tally = Tally::default();
    let mut quotes: Vec<(ArticleRef, String)> = Vec::new();
    let count = |l: &Loaded, tally: &mut Tally, quotes: &mut Vec<(ArticleRef, String)>| {
        let r = ArticleRef {
            path: l.article.path.clone(),
            title: l.article.title.clone(),
            date: l.article.meta.date.clone(),
            outlet: l.article.meta.outlet.clone(),
        };
        tally.add(&r, &l.analysis);
        if opts.reused {
            for q in l.analysis.quotations() {
                quotes.push((r.clone(), l.words(q)));
            }
        }
    };
    // Without --reused the counts of the files the index holds come from its table of voices
    // in one pass; with it, their analyses are read in from the index (the quotations' words
    // are needed), in the order given like the rest.
    let counted_by_index = !opts.reused
        && ix.as_ref().is_some_and(|ix| {
            let keys: Vec<String> = fresh.keys().cloned().collect();
            ix.tally(&keys, &mut tally).is_ok()
        });
    let todo: Vec<(&PathBuf, Option<&String>)> = files
        .iter()
        .zip(&keys)
        .filter(|(_, k)| !(counted_by_index && fresh.contains_key(*k)))
        .map(|(f, k)| (f, fresh.contains_key(k).then_some(k)))
        .collect();
    let bar = super::index::progress(todo.len(), opts.quiet, "analysing");
    let mut failed = 0;
    for batch in todo.chunks(BATCH) {
        let stored: Vec<Option<Vec<std::sync::Arc<Loaded>>>> = batch
            .iter()
            .map(|(_, key)| match (key, &ix) {
                (Some(k), Some(ix)) => match ix.stored(k) {
                    Ok(Some(Stored::Articles(list))) => Some(list),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        let read: Vec<Result<Vec<std::sync::Arc<Loaded>>, crate::load::LoadError>> = batch
            .par_iter()
            .zip(stored)
            .map(|((f, _), stored)| {
                let r = match stored {
                    Some(list) => Ok(list),
                    None => crate::library::load_all(
                        &crate::library::Origin::File((*f).clone()),
                        &table,
                    )
                    .map(|v| v.into_iter().map(std::sync::Arc::new).collect()),
                };
                bar.inc(1);
                r
            })
            .collect();
        for r in read {
            match r {
                Ok(list) => {
                    for l in &list {
                        count(l, &mut tally, &mut quotes);
                    }
                }
                Err(e) => failed += usize::from(bar.suspend(|| super::inputs::report(&e))),
            }
        }
    }
    bar.finish_and_clear();
    let reused = if opts.reused {
        crate::voices::reused(&quotes)
    } else {
        Vec::new()
    };
    let text = match opts.by {
        Some(GroupBy::Outlet) => outlet_rows(tally.by_outlet(), &opts),
        None => voice_rows(tally.voices(), &reused, &opts),
    }
    .map_err(|e| Failure::runtime(format!("writing output: {e}")))?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(text.as_bytes()).map_err(io_failure)?;
    out.flush().map_err(io_failure)?;
    Ok(i32::from(failed > 0))
}

fn json(value: &impl serde::Serialize) -> std::io::Result<String> {
    let mut buf = Vec::new();
    crate::export::write_safe_json(&mut buf, value, true)?;
    buf.push(b'\n');
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

fn csv_field(s: &str) -> String {
    let s = printable(s);
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.into_owned()
    }
}

fn md(s: &str) -> String {
    printable(s).replace('|', "\\|")
}

/// CSV with a header row.
fn csv(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = header.join(",");
    out.push('\n');
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| csv_field(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// A Markdown table.
fn markdown(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = format!(
        "| {} |\n|{}\n",
        header.join(" | "),
        " --- |".repeat(header.len())
    );
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| md(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

fn voice_rows(
    mut list: Vec<crate::voices::Voice>,
    reused: &[Reused],
    opts: &Options,
) -> std::io::Result<String> {
    if let Some(n) = opts.top {
        list.truncate(n);
    }
    let mut out = String::new();
    match opts.format {
        VoicesFormat::Json => {
            #[derive(serde::Serialize)]
            struct Out<'a> {
                voices: &'a [crate::voices::Voice],
                #[serde(skip_serializing_if = "Option::is_none")]
                reused: Option<&'a [Reused]>,
            }
            out = json(&Out {
                voices: &list,
                reused: opts.reused.then_some(reused),
            })?;
        }
        VoicesFormat::Csv => {
            let rows = list.iter().map(|v| {
                vec![
                    v.name.clone(),
                    v.kind.as_str().to_owned(),
                    v.description.clone().unwrap_or_default(),
                    v.aliases.join("; "),
                    v.quoted.to_string(),
                    v.reported.to_string(),
                    v.articles.to_string(),
                ]
            });
            out = csv(
                &[
                    "name",
                    "kind",
                    "description",
                    "aliases",
                    "quoted",
                    "reported",
                    "articles",
                ],
                rows,
            );
        }
        VoicesFormat::Markdown => {
            let rows = list.iter().map(|v| {
                vec![
                    v.name.clone(),
                    v.kind.as_str().to_owned(),
                    v.description.clone().unwrap_or_default(),
                    v.quoted.to_string(),
                    v.reported.to_string(),
                    v.articles.to_string(),
                ]
            });
            out = markdown(
                &[
                    "voice",
                    "kind",
                    "description",
                    "quoted",
                    "reported",
                    "articles",
                ],
                rows,
            );
            if opts.reused {
                out.push_str("\n## Quotations in more than one article\n");
                for r in reused {
                    out.push_str(&format!("\n> {}\n\n", md(&r.text)));
                    for a in &r.articles {
                        out.push_str(&format!("- {} ({})", md(&a.title), md(&a.path)));
                        if !a.differs.is_empty() {
                            out.push_str(&format!(": **{}**", md(&a.differs.join(" "))));
                        }
                        out.push('\n');
                    }
                }
            }
        }
        VoicesFormat::Table => {
            let width = list
                .iter()
                .map(|v| unicode_width::UnicodeWidthStr::width(printable(&v.name).as_ref()))
                .max()
                .unwrap_or(5)
                .clamp(5, 40);
            out.push_str(&format!(
                "{:<width$}  {:<12}  {:>6}  {:>8}  {:>8}  description\n",
                "voice", "kind", "quoted", "reported", "articles"
            ));
            for v in &list {
                let name: String = printable(&v.name).chars().take(40).collect();
                let pad =
                    width.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
                out.push_str(&format!(
                    "{name}{}  {:<12}  {:>6}  {:>8}  {:>8}  {}\n",
                    " ".repeat(pad),
                    v.kind.as_str(),
                    v.quoted,
                    v.reported,
                    v.articles,
                    printable(v.description.as_deref().unwrap_or(""))
                ));
            }
            if opts.reused {
                out.push_str(&format!(
                    "\nQuotations in more than one article ({}):\n",
                    reused.len()
                ));
                for r in reused {
                    out.push_str(&format!("\n  “{}”\n", printable(&r.text)));
                    for a in &r.articles {
                        out.push_str(&format!(
                            "    {} ({})",
                            printable(&a.title),
                            printable(&a.path)
                        ));
                        if !a.differs.is_empty() {
                            out.push_str(&format!(
                                ": differs in “{}”",
                                printable(&a.differs.join(" "))
                            ));
                        }
                        out.push('\n');
                    }
                }
            }
        }
    }
    Ok(out)
}

fn outlet_rows(mut rows: Vec<crate::voices::OutletRow>, opts: &Options) -> std::io::Result<String> {
    if let Some(n) = opts.top {
        rows.truncate(n);
    }
    let mut out = String::new();
    match opts.format {
        VoicesFormat::Json => {
            #[derive(serde::Serialize)]
            struct Out<'a> {
                outlets: &'a [crate::voices::OutletRow],
            }
            out = json(&Out { outlets: &rows })?;
        }
        VoicesFormat::Csv | VoicesFormat::Markdown => {
            let cells = rows.iter().map(|r| {
                vec![
                    r.outlet.clone(),
                    r.articles.to_string(),
                    r.voices.to_string(),
                    r.quoted.to_string(),
                    r.reported.to_string(),
                ]
            });
            let header = ["outlet", "articles", "voices", "quoted", "reported"];
            out = if opts.format == VoicesFormat::Csv {
                csv(&header, cells)
            } else {
                markdown(&header, cells)
            };
        }
        VoicesFormat::Table => {
            out.push_str(&format!(
                "{:<30}  {:>8}  {:>6}  {:>6}  {:>8}\n",
                "outlet", "articles", "voices", "quoted", "reported"
            ));
            for r in &rows {
                let name: String = printable(&r.outlet).chars().take(30).collect();
                out.push_str(&format!(
                    "{name:<30}  {:>8}  {:>6}  {:>6}  {:>8}\n",
                    r.articles, r.voices, r.quoted, r.reported
                ));
            }
        }
    }
    Ok(out)
}
