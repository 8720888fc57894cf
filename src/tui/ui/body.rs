//! The body pane: the article, wrapped, with every quotation highlighted and the selected one
//! in a stronger style.

use super::{body_text_area, is_focused, pane_block};
use crate::article::{BlockKind, QuoteKind};
use crate::layout::Layout;
use crate::library::Status;
use crate::tui::app::{App, Focus};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use std::ops::Range;

/// How a char of the body is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Plain,
    /// Reported speech: drawn under the quotations it holds.
    Reported,
    Quote,
    Term,
    Active,
    /// The selected quotation's speaker, where the article names them.
    Speaker,
    /// The selected quotation's cue ("said", "according to").
    Cue,
    // Later kinds are drawn over earlier ones where they meet: search matches on top.
    Match,
    MatchActive,
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let focused = is_focused(app, Focus::Body);
    let entry = app.body.entry.and_then(|i| app.entries.get(i));
    let block = pane_block("Article", focused, theme);
    frame.render_widget(block, area);
    let (text_area, _) = body_text_area(area, app.max_width);
    let (Some(loaded), Some(layout)) = (app.current(), app.body.layout.as_ref()) else {
        let note = match entry.map(|e| (&e.status, e)) {
            Some((Status::Failed(why) | Status::Skipped(why), _)) => why.clone(),
            Some((Status::Gone, e)) => format!(
                "{} was deleted. Pick another article in the library.",
                e.origin.label()
            ),
            _ if app.entries.is_empty() => "No articles.".to_owned(),
            _ => "Loading…".to_owned(),
        };
        let note = crate::text::neutralised(&note);
        frame.render_widget(Paragraph::new(note).style(theme.list_dim), text_area);
        return;
    };
    let selected = app.selected_quote().map(|q| q.id);
    let height = usize::from(text_area.height);
    // `update` keeps the scroll in range; the view does not count on it.
    let top = app.body.scroll.min(layout.lines.len());
    let shown = top..(top + height).min(layout.lines.len());
    let first_char = layout.lines.get(shown.start).map_or(0, |l| l.range.start);
    let last_char = layout.lines[shown.clone()]
        .last()
        .map_or(0, |l| l.range.end);
    // Only the quotations on screen; their highlight includes the marks around them.
    let marks: Vec<(Range<usize>, Mark)> = app
        .body
        .highlights
        .iter()
        .filter(|(r, _)| r.end > first_char && r.start < last_char)
        .map(|(r, i)| {
            let q = &loaded.analysis.quotes[*i];
            (r.clone(), quote_mark(q.kind, Some(q.id) == selected))
        })
        .collect();
    let mut marks = marks;
    // The selected quotation's attribution, where it is written: who, and the verb.
    if let Some(q) = app.selected_quote() {
        let spans = [
            (q.speaker.as_ref().map(|s| s.span.clone()), Mark::Speaker),
            (q.cue.as_ref().map(|c| c.span.clone()), Mark::Cue),
        ];
        for (span, mark) in spans {
            if let Some(r) = span.filter(|r| r.end > first_char && r.start < last_char) {
                marks.push((r, mark));
            }
        }
    }
    // Search matches on screen, drawn over the quotation highlights.
    let matches = &app.search.matches;
    let from = matches.partition_point(|r| r.end <= first_char);
    for (k, r) in matches.iter().enumerate().skip(from) {
        if r.start >= last_char {
            break;
        }
        let mark = if app.search.current == Some(k) {
            Mark::MatchActive
        } else {
            Mark::Match
        };
        marks.push((r.clone(), mark));
    }
    let lines = render_lines(layout, shown, &marks, theme, app.justify);
    frame.render_widget(Paragraph::new(lines), text_area);
}

/// Lines `range` of a laid-out article as styled lines, with `marks` (quotations, terms,
/// search matches) drawn over the text. `byline cat` prints the same lines.
pub fn render_lines(
    layout: &Layout,
    range: Range<usize>,
    marks: &[(Range<usize>, Mark)],
    theme: &Theme,
    justify: bool,
) -> Vec<Line<'static>> {
    // The marks are swept in step with the lines, which come in text order: each line looks
    // at the marks that reach it, not at every mark of the article.
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by_key(|&i| marks[i].0.start);
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    range
        .map(|n| {
            let line = &layout.lines[n];
            let base = match line.kind {
                Some(BlockKind::Title | BlockKind::Heading) => theme.body_title,
                Some(BlockKind::Caption | BlockKind::Code | BlockKind::Quote) => theme.body_caption,
                Some(BlockKind::Credit | BlockKind::Byline) => theme.body_credit,
                _ => theme.body_text,
            };
            let starts_block = n == 0 || {
                let prev = &layout.lines[n - 1];
                prev.block != line.block
                    || prev.kind != line.kind
                    || line.block.is_none() && prev.range != line.range
            };
            let prefix = line
                .kind
                .map_or("", |k| crate::layout::prefix(k, starts_block));
            let mut spans = Vec::new();
            if !prefix.is_empty() {
                spans.push(Span::styled(prefix, base));
            }
            while next < order.len() && marks[order[next]].0.start < line.range.end {
                active.push(order[next]);
                next += 1;
            }
            active.retain(|&i| marks[i].0.end > line.range.start);
            let on_line: Vec<(Range<usize>, Mark)> = active
                .iter()
                .map(|&i| &marks[i])
                .filter(|(r, _)| r.start < line.range.end)
                .cloned()
                .collect();
            // Justified text: every line of a paragraph but its last is set flush right.
            let last_of_block = layout
                .lines
                .get(n + 1)
                .is_none_or(|next| next.block != line.block);
            let pad = if justify && line.kind == Some(BlockKind::Paragraph) && !last_of_block {
                justify_gaps(&line.text, layout.width)
            } else {
                Vec::new()
            };
            spans.extend(styled(
                line.range.start,
                &line.text,
                &on_line,
                base,
                theme,
                &pad,
            ));
            Line::from(spans)
        })
        .collect()
}

/// How a quotation is marked: the selected one more strongly, terms apart.
pub fn quote_mark(kind: QuoteKind, selected: bool) -> Mark {
    if selected {
        Mark::Active
    } else if kind == QuoteKind::Term {
        Mark::Term
    } else if kind.is_reported() {
        Mark::Reported
    } else {
        Mark::Quote
    }
}

/// Extra spaces after each char that set a line flush to `width`, spread over its gaps
/// between words, leftmost first.
fn justify_gaps(text: &str, width: usize) -> Vec<usize> {
    let chars: Vec<char> = text.chars().collect();
    let gaps: Vec<usize> = (0..chars.len())
        .filter(|&i| chars[i] == ' ' && i > 0 && chars[i - 1] != ' ')
        .collect();
    let mut pad = vec![0; chars.len()];
    let short = width.saturating_sub(unicode_width::UnicodeWidthStr::width(text));
    if gaps.is_empty() || short == 0 || short > gaps.len() * 4 {
        return pad; // nothing to spread, or a line too short to stretch
    }
    for k in 0..short {
        pad[gaps[k % gaps.len()]] += 1;
    }
    pad
}

fn styled(
    start: usize,
    text: &str,
    marks: &[(Range<usize>, Mark)],
    base: Style,
    theme: &Theme,
    pad: &[usize],
) -> Vec<Span<'static>> {
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_mark = None;
    for (i, c) in text.chars().enumerate() {
        let pos = start + i;
        let mark = marks
            .iter()
            .filter(|(r, _)| r.contains(&pos))
            .map(|(_, m)| *m)
            .max_by_key(|m| *m as u8)
            .unwrap_or(Mark::Plain);
        if run_mark != Some(mark) && !run.is_empty() {
            out.push(Span::styled(
                std::mem::take(&mut run),
                style_of(run_mark, base, theme),
            ));
        }
        run_mark = Some(mark);
        run.push(c);
        for _ in 0..pad.get(i).copied().unwrap_or(0) {
            run.push(' ');
        }
    }
    if !run.is_empty() {
        out.push(Span::styled(run, style_of(run_mark, base, theme)));
    }
    out
}

fn style_of(mark: Option<Mark>, base: Style, theme: &Theme) -> Style {
    match mark {
        Some(Mark::Active) => base.patch(theme.quote_active),
        Some(Mark::Quote) => base.patch(theme.quote_highlight),
        Some(Mark::Term) => base.patch(theme.quote_term),
        Some(Mark::Reported) => base.patch(theme.quote_reported),
        Some(Mark::Match) => base.patch(theme.search_match),
        Some(Mark::MatchActive) => base.patch(theme.search_active),
        Some(Mark::Speaker) => base.patch(theme.attribution_speaker),
        Some(Mark::Cue) => base.patch(theme.attribution_cue),
        _ => base,
    }
}
