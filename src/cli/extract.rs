//! `byline extract`: what the loader made of each article, for scripts and for scoring HTML
//! extraction. `text` is the body alone, blocks separated by blank lines, with no title: the
//! text `byline quotes` offsets refer to for every format but plain text.

use super::{Failure, io_failure};
use crate::article::Article;
use crate::load::Format;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

/// How `byline extract` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExtractFormat {
    /// One JSON array of objects
    Json,
    /// One JSON object per line
    Jsonl,
    /// The body text of each article, articles separated by a line of `---`
    Text,
}

#[derive(Serialize)]
struct Extracted<'a> {
    path: &'a str,
    title: &'a str,
    author: Option<&'a str>,
    date: Option<&'a str>,
    url: Option<&'a str>,
    outlet: Option<&'a str>,
    encoding: &'a str,
    text: String,
}

/// The body alone. Structured formats keep captions, credits and the title out of the text
/// already; for plain text, the body blocks are picked out of the file's text.
pub fn body_text(a: &Article) -> String {
    if a.body_only {
        return a.text.clone();
    }
    let slicer = a.slicer();
    let mut out = String::new();
    for b in a
        .blocks
        .iter()
        .filter(|b| b.kind.is_body() || b.kind == crate::article::BlockKind::Heading)
    {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(slicer.get(&b.span));
    }
    out
}

pub fn run(
    paths: &[PathBuf],
    format: ExtractFormat,
    input: Option<Format>,
    quiet: bool,
) -> Result<i32, Failure> {
    let (articles, failed) = super::inputs::read_all_showing(paths, input, quiet)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut all = Vec::new();
    for (k, a) in articles.iter().enumerate() {
        let e = Extracted {
            path: &a.path,
            title: &a.title,
            author: a.meta.author.as_deref(),
            date: a.meta.date.as_deref(),
            url: a.meta.url.as_deref(),
            outlet: a.meta.outlet.as_deref(),
            encoding: &a.encoding,
            text: body_text(a),
        };
        match format {
            ExtractFormat::Json => all.push(e),
            ExtractFormat::Jsonl => {
                crate::export::write_safe_json(&mut out, &e, false).map_err(io_failure)?;
                writeln!(out).map_err(io_failure)?;
            }
            ExtractFormat::Text => {
                if k > 0 {
                    writeln!(out, "---").map_err(io_failure)?;
                }
                writeln!(out, "{}", crate::text::printable(&e.text)).map_err(io_failure)?;
            }
        }
    }
    if format == ExtractFormat::Json {
        crate::export::write_safe_json(&mut out, &all, true).map_err(io_failure)?;
        writeln!(out).map_err(io_failure)?;
    }
    out.flush().map_err(io_failure)?;
    Ok(i32::from(failed > 0))
}
