//! `byline quotes`: the analysis of articles from files, stdin or a JSON Lines file, as JSON,
//! JSON Lines, CSV or Markdown.

use super::{Failure, io_failure, outlets};
use crate::config::Config;
use crate::export::{self, Format};
use crate::library;
use serde::de::IgnoredAny;
use std::io::Write;

/// One article for `byline quotes`: a file or stdin, or a line of a JSON Lines file.
pub(super) enum Input {
    Source(super::inputs::Source),
    Line {
        id: String,
        label: String,
        text: String,
    },
}

/// The two fields of an input line that are read; the others are skipped, never built.
#[derive(serde::Deserialize)]
struct JsonlLine {
    id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
}

/// Reads a JSON Lines file of `{"id", "text"}` objects; a bad line is an error naming it.
pub(super) fn jsonl_inputs(file: &std::path::Path) -> Result<Vec<Input>, Failure> {
    let src = std::fs::read_to_string(file)
        .map_err(|e| Failure::usage(format!("{}: {e}", file.display())))?;
    // Lines are parsed on every core; the first bad line in the file is the one reported.
    let lines: Vec<(usize, &str)> = src
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let parse = |(n, line): (usize, &str)| -> Result<Input, Failure> {
        let at = |msg: String| Failure::usage(format!("{}:{}: {msg}", file.display(), n + 1));
        // An array would fill the fields in order: only an object is a line's article.
        if !line.trim_start().starts_with('{') && serde_json::from_str::<IgnoredAny>(line).is_ok() {
            return Err(at("no `text` string".into()));
        }
        let v: JsonlLine = serde_json::from_str(line).map_err(|e| {
            // JSON, but not an object with the two fields' types ("[1]", "\"a\"").
            if e.is_data() {
                at("no `text` string".into())
            } else {
                at(format!("column {}: not JSON: {e}", e.column()))
            }
        })?;
        let Some(serde_json::Value::String(text)) = v.text else {
            return Err(at("no `text` string".into()));
        };
        let id = match v.id {
            Some(serde_json::Value::String(s)) => s,
            None => (n + 1).to_string(),
            Some(other) => other.to_string(),
        };
        Ok(Input::Line {
            label: format!("{}#{id}", file.display()),
            id,
            text,
        })
    };
    let parsed: Vec<Result<Input, Failure>> = {
        use rayon::prelude::*;
        lines.into_par_iter().map(parse).collect()
    };
    parsed.into_iter().collect()
}

/// How many inputs are read and analysed at once, across the cores.
const BATCH: usize = 64;

/// The longest text (bytes) whose output is made in memory on the core that analysed it;
/// a longer one's is written straight out by the writing thread.
const RENDER_IN_MEMORY: usize = 1 << 20;

/// One article's output: made, or left to be written.
enum Rendered {
    Bytes(Vec<u8>),
    Later(Box<library::Loaded>),
}

/// An article's output, written into `out`: generic, so that the serialiser's many small
/// writes into an article's buffer are inlined rather than each a call through a vtable.
fn write_one(
    out: &mut impl Write,
    l: &library::Loaded,
    id: Option<&str>,
    format: Format,
    with_text: bool,
) -> std::io::Result<()> {
    let (a, an) = (&l.article, &l.analysis);
    match format {
        Format::Json | Format::Jsonl => {
            export::write_json(out, a, an, id, with_text, format == Format::Json)
        }
        Format::Csv => out.write_all(export::csv_rows(a, an).as_bytes()),
        Format::Markdown => out.write_all(export::markdown(a, an).as_bytes()),
    }
}

pub(super) fn quotes(
    inputs: Vec<Input>,
    (format, input_format): (Format, Option<crate::load::Format>),
    with_text: bool,
    quiet: bool,
    config: &Config,
) -> Result<i32, Failure> {
    let table = outlets(config);
    let bar = super::index::progress(inputs.len(), quiet, "analysing");
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0;
    // `--format json` is one array, written as the articles come.
    let mut first = true;
    if format == Format::Json {
        write!(out, "[").map_err(io_failure)?;
    }
    if format == Format::Csv {
        writeln!(out, "{}", export::CSV_HEADER).map_err(io_failure)?;
    }
    // A bug met while analysing one article is an error naming it; the rest go on.
    let analyse = |label: &dyn Fn() -> String, articles| {
        super::inputs::guarded(label, || library::analyse_all(articles, &table))
    };
    let read = |input: Input| match input {
        Input::Source(source) => (
            source
                .read(input_format)
                .and_then(|a| analyse(&|| source.label(), a)),
            None,
        ),
        // Gold texts are plain text, whatever their first characters look like.
        Input::Line { id, label, text } => (
            crate::load::text_to_articles(&label, text).and_then(|a| analyse(&|| label.clone(), a)),
            Some(id),
        ),
    };
    // Each article's output is made where it was analysed, so that the writing left to this
    // thread is a copy of bytes; a long article's is made here, straight into the output, so
    // that it is never held in memory whole.
    let render = |all: Vec<library::Loaded>, id: Option<String>| {
        all.into_iter()
            .map(|l| {
                if l.article.text.len() > RENDER_IN_MEMORY {
                    return Ok(Rendered::Later(Box::new(l)));
                }
                let mut buf = Vec::new();
                write_one(&mut buf, &l, id.as_deref(), format, with_text)?;
                Ok(Rendered::Bytes(buf))
            })
            .collect::<std::io::Result<Vec<Rendered>>>()
            .map(|r| (r, id))
    };
    // Files are read, analysed and rendered on every core, a batch at a time so that memory
    // stays that of a batch; they are written in the order given.
    let mut inputs = inputs.into_iter().peekable();
    while inputs.peek().is_some() {
        let batch: Vec<Input> = inputs.by_ref().take(BATCH).collect();
        let done: Vec<_> = {
            use rayon::prelude::*;
            batch
                .into_par_iter()
                .map(|input| {
                    let (outcome, id) = read(input);
                    bar.inc(1);
                    outcome.map(|all| render(all, id))
                })
                .collect()
        };
        for outcome in done {
            let (chunks, id) = match outcome {
                Ok(c) => c.map_err(io_failure)?,
                Err(e) => {
                    failed += usize::from(bar.suspend(|| super::inputs::report(&e)));
                    continue;
                }
            };
            for chunk in &chunks {
                if format == Format::Json {
                    writeln!(out, "{}", if first { "" } else { "," }).map_err(io_failure)?;
                    first = false;
                }
                match chunk {
                    Rendered::Bytes(b) => out.write_all(b),
                    Rendered::Later(l) => write_one(&mut out, l, id.as_deref(), format, with_text),
                }
                .map_err(io_failure)?;
                if format == Format::Jsonl {
                    writeln!(out).map_err(io_failure)?;
                }
            }
        }
    }
    bar.finish_and_clear();
    if format == Format::Json {
        writeln!(out, "{}]", if first { "" } else { "\n" }).map_err(io_failure)?;
    }
    out.flush().map_err(io_failure)?;
    Ok(if failed > 0 { 1 } else { 0 })
}
