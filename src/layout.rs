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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub width: usize,
    pub lines: Vec<Line>,
}

impl Layout {
    /// The index of the line that shows char offset `pos` (or the nearest line after it).
    pub fn line_of(&self, pos: usize) -> Option<usize> {
        let i = self
            .lines
            .partition_point(|l| l.block.is_none() || l.range.end <= pos);
        (i < self.lines.len())
            .then_some(i)
            .or_else(|| self.lines.len().checked_sub(1))
    }
}

/// Lays an article out at `width` columns (at least 1).
pub fn layout(article: &Article, width: usize) -> Layout {
    let width = width.max(1);
    let text = &article.text;
    let map = CharMap::new(text);
    let mut lines = Vec::new();
    let mut prev: Option<BlockKind> = None;
    for (b, block) in article.blocks.iter().enumerate() {
        // Caption and credit sit together; every other block is set off by a blank line.
        let tight = prev == Some(BlockKind::Caption) && block.kind == BlockKind::Credit;
        if prev.is_some() && !tight {
            let at = block.span.start;
            lines.push(Line {
                block: None,
                kind: None,
                range: at..at,
                text: String::new(),
            });
        }
        prev = Some(block.kind);
        let bytes = map.byte_of(block.span.start)..map.byte_of(block.span.end);
        let Some(slice) = text.get(bytes) else {
            continue;
        };
        let room = if block.kind == BlockKind::Credit {
            width.saturating_sub(CREDIT_PREFIX.len()).max(1)
        } else {
            width
        };
        wrap_block(slice, block.span.start, room, b, block.kind, &mut lines);
    }
    Layout { width, lines }
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
    fn long_words_are_broken() {
        let a = art(&format!("T\n\n{}", "x".repeat(30)));
        let l = layout(&a, 8);
        assert_eq!(l.lines.iter().filter(|l| l.block == Some(1)).count(), 4);
    }
}
