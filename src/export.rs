//! `byline quotes` output: the analysis of articles as JSON, JSON Lines, CSV or Markdown.
//! Offsets are char (Unicode scalar value) offsets into the article text; quotation spans
//! exclude the marks.

use crate::article::{Analysis, Article, Quote};
use serde::Serialize;
use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Jsonl,
    Csv,
    Markdown,
}

#[derive(Serialize)]
struct SpeakerOut<'a> {
    name: &'a str,
    mention: &'a str,
    start: usize,
    end: usize,
    description: Option<&'a str>,
}

#[derive(Serialize)]
struct CueOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct ViaOut<'a> {
    name: &'a str,
    mention: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    id: usize,
    kind: &'static str,
    text: String,
    start: usize,
    end: usize,
    /// Every piece of a content in more than one, as `[start, end]`; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    fragments: Option<Vec<[usize; 2]>>,
    paragraph: usize,
    group: usize,
    speaker: Option<SpeakerOut<'a>>,
    cue: Option<CueOut<'a>>,
    via: Option<ViaOut<'a>>,
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    path: &'a str,
    title: &'a str,
    quotes: QuotesOut<'a>,
    sources: &'a [crate::article::Source],
    credits: &'a [crate::article::Credit],
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    /// With the text, what else a reader needs to show the article as it was read (and
    /// `byline index import` to store it): its blocks, metadata and whether the title is apart.
    #[serde(skip_serializing_if = "Option::is_none")]
    blocks: Option<&'a [crate::article::Block]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<&'a crate::article::Meta>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body_only: Option<bool>,
}

/// The quotations, serialised one at a time as they are written: an article may hold a
/// million, and none is built ahead.
struct QuotesOut<'a> {
    slicer: crate::article::Slicer<'a>,
    quotes: &'a [Quote],
}

impl Serialize for QuotesOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.quotes.iter().map(|q| quote_out(&self.slicer, q)))
    }
}

/// A quotation's words: the pieces of a content in more than one joined by " … ".
pub fn quote_text(slicer: &crate::article::Slicer, q: &Quote) -> String {
    let pieces: Vec<&str> = q.pieces().iter().map(|f| slicer.get(f)).collect();
    pieces.join(" … ")
}

fn quote_out<'a>(slicer: &crate::article::Slicer, q: &'a Quote) -> QuoteOut<'a> {
    QuoteOut {
        id: q.id,
        kind: q.kind.as_str(),
        text: quote_text(slicer, q),
        start: q.span.start,
        end: q.span.end,
        fragments: (!q.fragments.is_empty())
            .then(|| q.fragments.iter().map(|f| [f.start, f.end]).collect()),
        paragraph: q.paragraph,
        group: q.group,
        speaker: q.speaker.as_ref().map(|s| SpeakerOut {
            name: &s.name,
            mention: &s.mention,
            start: s.span.start,
            end: s.span.end,
            description: s.description.as_deref(),
        }),
        cue: q.cue.as_ref().map(|c| CueOut {
            text: &c.text,
            start: c.span.start,
            end: c.span.end,
        }),
        via: q.via.as_ref().map(|v| ViaOut {
            name: &v.name,
            mention: &v.mention,
            start: v.span.start,
            end: v.span.end,
        }),
    }
}

/// Writes one article's analysis as JSON (`pretty`: indented, for `--format json`; else one
/// line, for JSON Lines); `id` is set when the article came from a gold file. Every control,
/// C1 and bidi character in a string is escaped, so no output carries a raw escape sequence.
pub fn write_json(
    out: &mut (impl std::io::Write + ?Sized),
    article: &Article,
    analysis: &Analysis,
    id: Option<&str>,
    with_text: bool,
    pretty: bool,
) -> std::io::Result<()> {
    let value = ArticleOut {
        id,
        path: &article.path,
        title: &article.title,
        quotes: QuotesOut {
            slicer: article.slicer(),
            quotes: &analysis.quotes,
        },
        sources: &analysis.sources,
        credits: &article.credits,
        text: with_text.then_some(article.text.as_str()),
        blocks: with_text.then_some(article.blocks.as_slice()),
        meta: with_text.then_some(&article.meta),
        body_only: with_text.then_some(article.body_only),
    };
    write_safe_json(out, &value, pretty)
}

/// Writes any value as JSON with every control, C1 and bidi character escaped (`pretty`:
/// indented).
pub fn write_safe_json(
    out: &mut (impl std::io::Write + ?Sized),
    value: &impl Serialize,
    pretty: bool,
) -> std::io::Result<()> {
    let result = if pretty {
        let f = SafeStrings(serde_json::ser::PrettyFormatter::new());
        value.serialize(&mut serde_json::Serializer::with_formatter(&mut *out, f))
    } else {
        let f = SafeStrings(serde_json::ser::CompactFormatter);
        value.serialize(&mut serde_json::Serializer::with_formatter(&mut *out, f))
    };
    result.map_err(std::io::Error::other)
}

/// A JSON formatter that escapes, beyond what JSON requires, DEL, the C1 controls and the bidi
/// controls (`\u202e` and the rest), so a string from a hostile article cannot steer the
/// terminal that shows it or reorder the text around it.
struct SafeStrings<F>(F);

/// Characters written as `\uXXXX` in every string.
fn escaped_in_json(c: char) -> bool {
    matches!(c, '\u{7f}'..='\u{9f}' | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for SafeStrings<F> {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        // Every character escaped here is at least U+007F: only the bytes from 0x7F up start
        // one, so the ASCII between them is passed on as it is.
        let bytes = fragment.as_bytes();
        let mut from = 0;
        let mut at = 0;
        while let Some(k) = bytes[at..].iter().position(|&b| b >= 0x7f) {
            at += k;
            let Some(c) = fragment[at..].chars().next() else {
                break;
            };
            if escaped_in_json(c) {
                w.write_all(&bytes[from..at])?;
                write!(w, "\\u{:04x}", c as u32)?;
                from = at + c.len_utf8();
            }
            at += c.len_utf8();
        }
        w.write_all(&bytes[from..])
    }
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// One CSV field: terminal controls made visible; a field a spreadsheet would run as a formula
/// (`=`, `+`, `-`, `@`, tab or CR first) starts with `'` instead, as OWASP advises; quoted when
/// it holds a comma, a quote, a line break or that mark.
fn csv_field(s: &str) -> String {
    let s = crate::text::printable(s);
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let s = if formula {
        format!("'{s}")
    } else {
        s.into_owned()
    };
    if formula || s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

pub const CSV_HEADER: &str = "path,id,kind,start,end,paragraph,group,speaker,mention,speaker_start,speaker_end,description,cue,cue_start,cue_end,via,via_mention,text";

/// The article's quotations as CSV rows (no header).
pub fn csv_rows(article: &Article, analysis: &Analysis) -> String {
    let slicer = article.slicer();
    let mut out = String::new();
    let opt = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
    for q in &analysis.quotes {
        let sp = q.speaker.as_ref();
        let cue = q.cue.as_ref();
        let via = q.via.as_ref();
        let fields = [
            csv_field(&article.path),
            q.id.to_string(),
            q.kind.as_str().to_owned(),
            q.span.start.to_string(),
            q.span.end.to_string(),
            q.paragraph.to_string(),
            q.group.to_string(),
            csv_field(sp.map_or("", |s| &s.name)),
            csv_field(sp.map_or("", |s| &s.mention)),
            opt(sp.map(|s| s.span.start)),
            opt(sp.map(|s| s.span.end)),
            csv_field(sp.and_then(|s| s.description.as_deref()).unwrap_or("")),
            csv_field(cue.map_or("", |c| &c.text)),
            opt(cue.map(|c| c.span.start)),
            opt(cue.map(|c| c.span.end)),
            csv_field(via.map_or("", |v| &v.name)),
            csv_field(via.map_or("", |v| &v.mention)),
            csv_field(&quote_text(&slicer, q)),
        ];
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

fn md_cell(s: &str) -> String {
    crate::text::printable(s)
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// The article's quotations and sources as a Markdown section.
pub fn markdown(article: &Article, analysis: &Analysis) -> String {
    let slicer = article.slicer();
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", md_cell(&article.title));
    let _ = writeln!(out, "`{}`\n", md_cell(&article.path).replace('`', "'"));
    if analysis.quotes.is_empty() {
        out.push_str("No quotations found.\n\n");
    } else {
        out.push_str("| # | kind | speaker | verb | via | quotation |\n");
        out.push_str("|---|---|---|---|---|---|\n");
        for q in &analysis.quotes {
            let speaker = q.speaker.as_ref().map_or(String::new(), |s| {
                if s.mention == s.name {
                    s.name.clone()
                } else {
                    format!("{} (“{}”)", s.name, s.mention)
                }
            });
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | “{}” |",
                q.id,
                q.kind.as_str(),
                md_cell(&speaker),
                md_cell(q.cue.as_ref().map_or("", |c| &c.text)),
                md_cell(q.via.as_ref().map_or("", |v| &v.name)),
                md_cell(&quote_text(&slicer, q)),
            );
        }
        out.push('\n');
    }
    if !analysis.sources.is_empty() {
        out.push_str("Sources:\n\n");
        for s in &analysis.sources {
            let mut line = format!("- **{}** ({})", md_cell(&s.name), s.kind.as_str());
            if let Some(d) = &s.description {
                let _ = write!(line, ", {}", md_cell(d));
            }
            if !s.aliases.is_empty() {
                let _ = write!(line, "; also “{}”", md_cell(&s.aliases.join("”, “")));
            }
            if !s.quotes.is_empty() {
                let ids: Vec<String> = s.quotes.iter().map(|i| format!("#{i}")).collect();
                let _ = write!(line, "; quotations {}", ids.join(", "));
            }
            out.push_str(&line);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}
