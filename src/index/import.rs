//! Analyses computed elsewhere: the lines `byline quotes --format jsonl --with-text` writes,
//! read back into articles and analyses for the index.

use crate::article::{
    Analysis, Article, Block, BlockKind, Credit, Cue, Meta, Outlet, Quote, QuoteKind, Source,
    Speaker,
};
use crate::library::Loaded;
use serde::Deserialize;
use std::ops::Range;

#[derive(Deserialize)]
struct Line {
    path: String,
    title: String,
    quotes: Vec<QuoteIn>,
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    credits: Vec<Credit>,
    text: Option<String>,
    blocks: Option<Vec<Block>>,
    meta: Option<Meta>,
    body_only: Option<bool>,
}

#[derive(Deserialize)]
struct QuoteIn {
    id: usize,
    kind: QuoteKind,
    start: usize,
    end: usize,
    fragments: Option<Vec<[usize; 2]>>,
    paragraph: usize,
    group: usize,
    speaker: Option<SpeakerIn>,
    cue: Option<CueIn>,
    via: Option<SpeakerIn>,
}

#[derive(Deserialize)]
struct SpeakerIn {
    name: String,
    mention: String,
    start: usize,
    end: usize,
    #[serde(default)]
    description: Option<String>,
}

#[derive(Deserialize)]
struct CueIn {
    text: String,
    start: usize,
    end: usize,
}

/// One exported line as the path it names and the article with its analysis. Every span is
/// checked against the text: a line that points outside it is refused, not trusted.
pub fn parse_line(line: &str) -> Result<(String, Loaded), String> {
    let l: Line = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let text = l
        .text
        .ok_or("no `text` (export with `byline quotes --format jsonl --with-text`)")?;
    let len = text.chars().count();
    let check = |r: Range<usize>, what: &str| -> Result<Range<usize>, String> {
        if r.start <= r.end && r.end <= len {
            Ok(r)
        } else {
            Err(format!(
                "{what} {}..{} lies outside the text ({len} characters)",
                r.start, r.end
            ))
        }
    };
    let blocks = match l.blocks {
        Some(blocks) => {
            for b in &blocks {
                check(b.span.clone(), "a block")?;
            }
            blocks
        }
        None => paragraphs(&text),
    };
    let mut quotes = Vec::with_capacity(l.quotes.len());
    for q in l.quotes {
        let fragments = q
            .fragments
            .unwrap_or_default()
            .into_iter()
            .map(|[a, b]| check(a..b, "a fragment"))
            .collect::<Result<Vec<_>, _>>()?;
        quotes.push(Quote {
            id: q.id,
            kind: q.kind,
            span: check(q.start..q.end, "a quotation")?,
            fragments,
            paragraph: q.paragraph,
            group: q.group,
            speaker: match q.speaker {
                Some(s) => Some(Speaker {
                    span: check(s.start..s.end, "a speaker")?,
                    name: s.name,
                    mention: s.mention,
                    description: s.description,
                }),
                None => None,
            },
            cue: match q.cue {
                Some(c) => Some(Cue {
                    span: check(c.start..c.end, "a cue")?,
                    text: c.text,
                }),
                None => None,
            },
            via: match q.via {
                Some(v) => Some(Outlet {
                    span: check(v.start..v.end, "an outlet")?,
                    name: v.name,
                    mention: v.mention,
                }),
                None => None,
            },
        });
    }
    let article = Article {
        path: l.path.clone(),
        title: l.title,
        text,
        blocks,
        credits: l.credits,
        encoding: "UTF-8".into(),
        meta: l.meta.unwrap_or_default(),
        links: Vec::new(),
        figures: Vec::new(),
        body_only: l.body_only.unwrap_or(true),
    };
    let analysis = Analysis {
        quotes,
        sources: l.sources,
    };
    Ok((l.path, Loaded::new(article, analysis)))
}

/// Paragraph blocks for a text exported without its blocks: one per non-empty line.
fn paragraphs(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let n = line.chars().count();
        if !line.trim().is_empty() {
            out.push(Block {
                kind: BlockKind::Paragraph,
                span: start..start + n,
            });
        }
        start += n + 1;
    }
    out
}
