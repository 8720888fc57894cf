//! Wrapping an article to a width, and mapping char spans to lines. Widths are display
//! columns (CJK and emoji count two); line breaks follow Unicode line-breaking rules.

use crate::article::{Article, BlockKind};
use crate::text::{CharMap, neutralise};
use std::ops::Range;
use textwrap::WordSeparator;
use textwrap::core::{Fragment, break_words};
use textwrap::wrap_algorithms::wrap_first_fit;

/// Drawn before a photo credit, which is wrapped narrower to leave room for it.
pub const CREDIT_PREFIX: &str = "Photo: ";

/// What is drawn before the first line of a block of `kind`, and before the lines after it;
/// the block is wrapped narrower by its width.
pub fn prefix(kind: BlockKind, first: bool) -> &'static str {
    match (kind, first) {
        (BlockKind::Credit, true) => CREDIT_PREFIX,
        (BlockKind::Credit, false) => "       ",
        (BlockKind::ListItem, true) => "• ",
        (BlockKind::ListItem, false) => "  ",
        (BlockKind::Quote, _) => "│ ",
        (BlockKind::Code, _) => "  ",
        _ => "",
    }
}

fn prefix_width(kind: BlockKind) -> usize {
    prefix(kind, true).chars().count()
}

/// One screen line of the article body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Index of the block it belongs to; `None` for the blank lines between blocks.
    pub block: Option<usize>,
    pub kind: Option<BlockKind>,
    /// Char offsets into the article text that this line shows.
    pub range: Range<usize>,
    /// What to draw: the text of `range` with control characters neutralised, one char per
    /// char of the range.
    pub text: String,
}

impl Line {
    /// The empty line that sets blocks apart, at char offset `at`.
    fn blank(at: usize) -> Line {
        Line {
            block: None,
            kind: None,
            range: at..at,
            text: String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub width: usize,
    pub lines: Vec<Line>,
}

impl Layout {
    /// The index of the line that shows char offset `pos` (or the nearest line after it).
    pub fn line_of(&self, pos: usize) -> Option<usize> {
        // The start of the text is the top of the article, title and all.
        if pos == 0 {
            return (!self.lines.is_empty()).then_some(0);
        }
        // Lines without text (blank separators, titles, figures) sit at an empty range where
        // they stand, so the ranges never go back and the search can bisect them.
        let i = self.lines.partition_point(|l| l.range.end <= pos);
        (i < self.lines.len())
            .then_some(i)
            .or_else(|| self.lines.len().checked_sub(1))
    }
}

#[cfg(test)]
mod line_of_tests {
    use super::*;

    /// Every line's start leads back to that line, at widths where a paragraph takes one line
    /// and a blank, and where it wraps.
    #[test]
    fn each_lines_start_finds_that_line() {
        let body: String = (1..=60)
            .map(|n| format!("Paragraph {n} of the long story, which runs on for a while.\n\n"))
            .collect();
        let article = crate::load::text::parse("t.txt", format!("Second Story\n\n{body}"), "UTF-8");
        for width in [30, 54, 60, 80] {
            let layout = layout(&article, width);
            for (i, line) in layout.lines.iter().enumerate() {
                if line.range.is_empty() || line.range.start == 0 {
                    continue;
                }
                assert_eq!(layout.line_of(line.range.start), Some(i), "width {width}");
            }
        }
    }
}

/// Lays an article out at `width` columns (at least 1).
///
/// Structured articles (Markdown, HTML, feeds) keep their title, byline and figures out of the
/// text; they are drawn as lines of their own (`block: None`, an empty range where they sit).
pub fn layout(article: &Article, width: usize) -> Layout {
    let width = width.max(1);
    let text = &article.text;
    let map = CharMap::new(text);
    let mut lines = Vec::new();
    let mut prev: Option<BlockKind> = None;
    let titled = article.blocks.iter().any(|b| b.kind == BlockKind::Title);
    if !titled && !article.title.is_empty() {
        extra(&article.title, BlockKind::Title, 0, width, &mut lines);
        prev = Some(BlockKind::Title);
    }
    if article.body_only {
        let meta = &article.meta;
        // An ISO timestamp reads as its date.
        let date = meta.date.as_deref().map(|d| {
            crate::article::iso_day(d)
                .filter(|_| d.as_bytes().get(10) == Some(&b'T'))
                .unwrap_or(d)
        });
        let by: Vec<&str> = [meta.author.as_deref(), meta.outlet.as_deref(), date]
            .into_iter()
            .flatten()
            .filter(|s| !s.trim().is_empty())
            .collect();
        if !by.is_empty() {
            // Whatever loaded it, the author is drawn after one "By".
            let line = match meta.author.as_deref().filter(|a| !a.trim().is_empty()) {
                Some(author) => {
                    let rest = by[1..]
                        .iter()
                        .map(|s| format!(" · {s}"))
                        .collect::<String>();
                    format!("By {}{rest}", crate::load::build::without_by(author))
                }
                None => by.join(" · "),
            };
            if prev.is_some() {
                lines.push(Line::blank(0));
            }
            extra(&line, BlockKind::Byline, 0, width, &mut lines);
            prev = Some(BlockKind::Byline);
        }
    }
    let mut figures = article.figures.iter().peekable();
    for (b, block) in article.blocks.iter().enumerate() {
        while let Some(f) = figures.next_if(|f| f.at <= block.span.start) {
            figure(f, width, &mut prev, &mut lines);
        }
        // Caption and credit sit together; every other block is set off by a blank line.
        let tight = prev == Some(BlockKind::Caption) && block.kind == BlockKind::Credit;
        if prev.is_some() && !tight {
            let at = block.span.start;
            lines.push(Line::blank(at));
        }
        prev = Some(block.kind);
        let bytes = map.byte_of(block.span.start)..map.byte_of(block.span.end);
        let Some(slice) = text.get(bytes) else {
            continue;
        };
        let room = width.saturating_sub(prefix_width(block.kind)).max(1);
        wrap_block(slice, block.span.start, room, b, block.kind, &mut lines);
    }
    for f in figures {
        figure(f, width, &mut prev, &mut lines);
    }
    Layout { width, lines }
}

/// A caption or credit kept out of the text, drawn where it sits.
fn figure(
    f: &crate::article::Figure,
    width: usize,
    prev: &mut Option<BlockKind>,
    out: &mut Vec<Line>,
) {
    let tight = *prev == Some(BlockKind::Caption) && f.kind == BlockKind::Credit;
    if prev.is_some() && !tight {
        out.push(Line::blank(f.at));
    }
    *prev = Some(f.kind);
    let room = width.saturating_sub(prefix_width(f.kind)).max(1);
    extra(&f.text, f.kind, f.at, room, out);
}

/// Lines for text that is not in the article's text (a title, a byline, a figure): drawn, but
/// pointing at the empty range `at..at`.
fn extra(text: &str, kind: BlockKind, at: usize, width: usize, out: &mut Vec<Line>) {
    let mut wrapped = Vec::new();
    wrap_block(text, 0, width, 0, kind, &mut wrapped);
    for mut l in wrapped {
        l.block = None;
        l.range = at..at;
        out.push(l);
    }
}

fn wrap_block(
    slice: &str,
    char_start: usize,
    width: usize,
    block: usize,
    kind: BlockKind,
    out: &mut Vec<Line>,
) {
    let shown: String = slice.chars().map(neutralise).collect();
    let words: Vec<_> = WordSeparator::UnicodeBreakProperties
        .find_words(&shown)
        .collect();
    let words = break_words(words, width);
    let base = shown.as_ptr() as usize;
    let map = CharMap::new(&shown);
    for line in wrap_first_fit(&words, &[width as f64]) {
        let (Some(first), Some(last)) = (line.first(), line.last()) else {
            continue;
        };
        let start = first.word.as_ptr() as usize - base;
        let end = last.word.as_ptr() as usize - base + last.word.len();
        if start >= end {
            continue;
        }
        let shown_line = shown[start..end].to_owned();
        debug_assert!(
            textwrap::core::display_width(&shown_line) <= width || last.width() > width as f64
        );
        out.push(Line {
            block: Some(block),
            kind: Some(kind),
            range: char_start + map.char_of(start)..char_start + map.char_of(end),
            text: shown_line,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::text::parse;
    use unicode_width::UnicodeWidthStr;

    fn art(s: &str) -> Article {
        parse("t.txt", s.to_owned(), "UTF-8")
    }

    #[test]
    fn lines_map_back_to_the_text() {
        let a = art("Title\n\nOne two three four five six seven eight nine ten.\n\nShort.");
        let l = layout(&a, 12);
        for line in l.lines.iter().filter(|l| l.block.is_some()) {
            assert_eq!(a.slice(&line.range), line.text);
            assert!(line.text.width() <= 12, "{:?}", line.text);
        }
        let pos = a.text.find("ten").unwrap();
        let i = l.line_of(pos).unwrap();
        assert!(l.lines[i].text.contains("ten"));
    }

    #[test]
    fn cjk_never_overflows() {
        let a = art(
            "标题\n\n北京时间今天上午，联合国人权事务高级专员办事处发布了一份报告，报告称新疆的情况令人担忧。",
        );
        for w in [5, 10, 17, 40] {
            for line in layout(&a, w).lines {
                assert!(line.text.width() <= w, "{w}: {:?}", line.text);
            }
        }
    }

    #[test]
    fn control_characters_are_neutralised() {
        let a = art("Title\n\nEvil \u{1b}]52;c;AAAA\u{7} text \u{1b}[2J here.");
        let l = layout(&a, 80);
        assert!(
            l.lines
                .iter()
                .all(|l| !l.text.chars().any(char::is_control))
        );
        let body = &l.lines.last().unwrap();
        assert_eq!(body.text.chars().count(), body.range.len());
    }

    #[test]
    fn structured_articles_draw_title_byline_and_figures_outside_the_text() {
        let a = crate::load::markdown::parse(
            "a.md",
            "---\ntitle: Ferry Vote\nauthor: Jane Doe\ndate: 2026-05-02T18:30:00Z\n---\nOne.\n\n![The quay](q.jpg \"Tom Reyes/Ledger\")\n\nTwo.",
            "UTF-8",
        );
        let l = layout(&a, 40);
        let shown: Vec<(Option<BlockKind>, &str)> =
            l.lines.iter().map(|l| (l.kind, l.text.as_str())).collect();
        assert_eq!(
            shown,
            vec![
                (Some(BlockKind::Title), "Ferry Vote"),
                (None, ""),
                (Some(BlockKind::Byline), "By Jane Doe · 2026-05-02"),
                (None, ""),
                (Some(BlockKind::Paragraph), "One."),
                (None, ""),
                (Some(BlockKind::Caption), "The quay"),
                (Some(BlockKind::Credit), "Tom Reyes/Ledger"),
                (None, ""),
                (Some(BlockKind::Paragraph), "Two."),
            ]
        );
        // Lines outside the text point at an empty range; text lines map back to it.
        for line in &l.lines {
            if line.block.is_some() {
                assert_eq!(a.slice(&line.range), line.text);
            } else {
                assert!(line.range.is_empty());
            }
        }
    }

    #[test]
    fn long_words_are_broken() {
        let a = art(&format!("T\n\n{}", "x".repeat(30)));
        let l = layout(&a, 8);
        assert_eq!(l.lines.iter().filter(|l| l.block == Some(1)).count(), 4);
    }
}
