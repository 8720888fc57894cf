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
use std::sync::Arc;

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

/// Every article of the files, from the index where it holds a file as it is on disk, read
/// and analysed otherwise (on every core); in the order given.
fn articles(
    files: &[PathBuf],
    opts: &Options,
    config: &Config,
) -> Result<(Vec<Arc<Loaded>>, usize), Failure> {
    let table = outlets(config);
    let ix = if opts.no_index {
        None
    } else {
        index::default_path()
            .ok()
            .filter(|p| p.exists())
            .and_then(|p| Index::open(&p, &index::version(&table)).ok())
            .map(|o| o.index)
    };
    let mut slots: Vec<Option<Vec<Arc<Loaded>>>> = vec![None; files.len()];
    if let Some(ix) = &ix {
        for (slot, f) in slots.iter_mut().zip(files) {
            let Ok(now) = Stamp::of(f) else { continue };
            let key = index::key(f);
            if matches!(ix.freshness(&key, now), Ok(index::Freshness::Fresh))
                && let Ok(Some(Stored::Articles(list))) = ix.stored(&key)
            {
                *slot = Some(list);
            }
        }
    }
    let bar = super::index::progress(
        slots.iter().filter(|s| s.is_none()).count(),
        opts.quiet,
        "analysing",
    );
    let read: Vec<Result<Vec<Arc<Loaded>>, crate::load::LoadError>> = files
        .par_iter()
        .zip(slots.into_par_iter())
        .map(|(f, slot)| match slot {
            Some(list) => Ok(list),
            None => {
                let r = crate::library::load_all(&crate::library::Origin::File(f.clone()), &table)
                    .map(|v| v.into_iter().map(Arc::new).collect());
                bar.inc(1);
                r
            }
        })
        .collect();
    bar.finish_and_clear();
    let mut out = Vec::new();
    let mut failed = 0;
    for r in read {
        match r {
            Ok(list) => out.extend(list),
            Err(e) => failed += usize::from(super::inputs::report(&e)),
        }
    }
    Ok((out, failed))
}

/// When the index holds every file as it is on disk, the counts come from it in one query
/// each, with no article read.
fn from_index(files: &[PathBuf], opts: &Options, config: &Config) -> Option<String> {
    if opts.no_index || opts.reused {
        return None;
    }
    let table = outlets(config);
    let path = index::default_path().ok().filter(|p| p.exists())?;
    let ix = Index::open(&path, &index::version(&table)).ok()?.index;
    let stamps = ix.stamps().ok()?;
    let mut keys = Vec::with_capacity(files.len());
    for f in files {
        let key = index::key(f);
        let now = Stamp::of(f).ok()?;
        match stamps.get(&key) {
            Some((s, true)) if s.size == now.size && s.mtime == now.mtime => keys.push(key),
            _ => return None,
        }
    }
    match opts.by {
        Some(GroupBy::Outlet) => {
            let rows = ix.by_outlet(&keys).ok()?;
            outlet_rows(rows, opts).ok()
        }
        None => {
            let list = ix.voices(&keys).ok()?;
            voice_rows(list, &[], opts).ok()
        }
    }
}

pub fn run(paths: &[PathBuf], opts: Options, config: &Config) -> Result<i32, Failure> {
    let files = scan(paths)?;
    if let Some(text) = from_index(&files, &opts, config) {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        out.write_all(text.as_bytes()).map_err(io_failure)?;
        out.flush().map_err(io_failure)?;
        return Ok(0);
    }
    let (articles, failed) = articles(&files, &opts, config)?;
    let mut tally = Tally::default();
    let mut quotes: Vec<(ArticleRef, String)> = Vec::new();
    for l in &articles {
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
    }
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
