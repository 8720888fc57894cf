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
    /// The char offsets of the text the lines cover: all of it, or for a part laid out ahead
    /// of the rest (`part`), that part's blocks.
    pub covers: Range<usize>,
    /// Only some of the article's blocks are laid out (a big article, shown while the rest is
    /// laid out elsewhere).
    pub part: bool,
    /// The length of the article's text in chars.
    pub chars: usize,
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
    layout_unless(article, width, &mut || false).unwrap_or_else(|| empty(width))
}

fn empty(width: usize) -> Layout {
    Layout {
        width,
        lines: Vec::new(),
        covers: 0..0,
        part: false,
        chars: 0,
    }
}

/// As `layout`, but gives up (`None`) as soon as `cancelled` says so: it is asked between
/// blocks, so a big article laid out off the reader's thread stops when no longer wanted.
pub fn layout_unless(
    article: &Article,
    width: usize,
    cancelled: &mut dyn FnMut() -> bool,
) -> Option<Layout> {
    let map = CharMap::new(&article.text);
    lay_out(article, &map, width, 0..article.blocks.len(), cancelled)
}

/// The part of an article around char offset `around`, laid out at once: at least `lines`
/// lines before and after it (or to the article's start and end).
/// What a big article shows while the whole of it is laid out elsewhere: its lines are the
/// whole layout's lines from the part's first block on.
pub fn layout_part(article: &Article, width: usize, around: usize, lines: usize) -> Layout {
    let blocks = &article.blocks;
    let holder = blocks.partition_point(|b| b.span.end <= around);
    // A line shows at most `width` chars, so this many chars before and after `around` make
    // at least `lines` lines on each side.
    let want = lines.saturating_mul(width.max(1));
    let mut first = holder.min(blocks.len().saturating_sub(1));
    while first > 0 && around.saturating_sub(blocks[first].span.start) < want {
        first -= 1;
    }
    let mut last = holder;
    while last < blocks.len() && blocks[last].span.start.saturating_sub(around) < want {
        last += 1;
    }
    let last = (last + 1).min(blocks.len());
    let map = CharMap::new(&article.text);
    lay_out(article, &map, width, first..last, &mut || false).unwrap_or_else(|| empty(width))
}

/// Lays out the article's blocks `range` (the title and byline with the first block, the
/// figures among them), or `None` if `cancelled`.
fn lay_out(
    article: &Article,
    map: &CharMap,
    width: usize,
    range: Range<usize>,
    cancelled: &mut dyn FnMut() -> bool,
) -> Option<Layout> {
    let width = width.max(1);
    let text = &article.text;
    let mut lines = Vec::new();
    let mut prev: Option<BlockKind> = None;
    let to_end = range.end >= article.blocks.len();
    let whole = range.start == 0 && to_end;
    if range.start == 0 {
        header(article, width, &mut prev, &mut lines);
    }
    let blocks = article.blocks.get(range.clone()).unwrap_or_default();
    let start = match blocks.first() {
        Some(b) if range.start > 0 => b.span.start,
        _ => 0,
    };
    let chars = map.char_of(text.len());
    let end = match blocks.last() {
        Some(b) if !to_end => b.span.end,
        _ => chars,
    };
    // Figures before the part's first block are drawn with the blocks before it.
    let mut figures = article
        .figures
        .iter()
        .filter(|f| (range.start == 0 || f.at > start) && (to_end || f.at <= end))
        .peekable();
    for (b, block) in blocks.iter().enumerate() {
        if b % 256 == 255 && cancelled() {
            return None;
        }
        let b = b + range.start;
        while let Some(f) = figures.next_if(|f| f.at <= block.span.start) {
            figure(f, width, &mut prev, &mut lines);
        }
        // Caption and credit sit together; every other block is set off by a blank line.
        let tight = prev == Some(BlockKind::Caption) && block.kind == BlockKind::Credit;
        if (prev.is_some() || b > 0) && !tight {
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
    if to_end {
        for f in figures {
            figure(f, width, &mut prev, &mut lines);
        }
    }
    Some(Layout {
        width,
        lines,
        covers: start..end,
        part: !whole,
        chars,
    })
}

/// The title and byline of an article, drawn before its text.
fn header(article: &Article, width: usize, prev: &mut Option<BlockKind>, lines: &mut Vec<Line>) {
    let titled = article.blocks.iter().any(|b| b.kind == BlockKind::Title);
    if !titled && !article.title.is_empty() {
        extra(&article.title, BlockKind::Title, 0, width, lines);
        *prev = Some(BlockKind::Title);
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
            extra(&line, BlockKind::Byline, 0, width, lines);
            *prev = Some(BlockKind::Byline);
        }
    }
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

    /// A part laid out ahead of the rest has the same lines as the whole layout from its
    /// first block on, holds the offset asked for, and has the lines asked for after it.
    #[test]
    fn a_part_is_the_whole_layouts_lines_from_its_first_block() {
        let body: String = (1..=300)
            .map(|n| format!("Paragraph {n} said the harbour master, who watched it all.\n\n"))
            .collect();
        let a = art(&format!("A Long Story\n\n{body}"));
        for width in [20, 45, 80] {
            let whole = layout(&a, width);
            assert!(!whole.part);
            assert_eq!(whole.covers, 0..a.text.chars().count());
            for around in [0, 700, 9_000, a.text.chars().count() - 5] {
                let part = layout_part(&a, width, around, 40);
                let first = part.lines.iter().find_map(|l| l.block).unwrap();
                let from = whole.lines.iter().position(|l| l.block == Some(first));
                // The blank line before the part's first block leads it.
                let from = from.unwrap() - usize::from(first > 0);
                assert_eq!(
                    part.lines[..],
                    whole.lines[from..from + part.lines.len()],
                    "width {width}, around {around}"
                );
                assert!(
                    part.covers.contains(&around),
                    "{around} in {:?}",
                    part.covers
                );
                let at = part.line_of(around).unwrap();
                let to_end = part.covers.end == whole.covers.end;
                assert!(to_end || part.lines.len() - at >= 40);
                assert!(first == 0 || at >= 40);
                assert_eq!(part.part, first > 0 || !to_end);
            }
        }
    }

    /// Laying out stops when asked to, between blocks.
    #[test]
    fn laying_out_can_be_called_off() {
        let body = "One line of a paragraph.\n\n".repeat(2_000);
        let a = art(&format!("T\n\n{body}"));
        let mut asked = 0;
        assert!(
            layout_unless(&a, 30, &mut || {
                asked += 1;
                asked > 2
            })
            .is_none()
        );
        assert_eq!(asked, 3);
        assert_eq!(layout_unless(&a, 30, &mut || false), Some(layout(&a, 30)));
    }

    #[test]
    fn long_words_are_broken() {
        let a = art(&format!("T\n\n{}", "x".repeat(30)));
        let l = layout(&a, 8);
        assert_eq!(l.lines.iter().filter(|l| l.block == Some(1)).count(), 4);
    }
}
