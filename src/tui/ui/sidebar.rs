//! The sidebar: one entry per quotation, speech first and terms after, with speaker, speech
//! verb, opening words and outlet.

use super::{is_focused, pane_block};
use crate::article::{Quote, QuoteKind};
use crate::text::{neutralised, truncate_chars};
use crate::tui::app::{App, Focus};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let focused = is_focused(app, Focus::Sidebar);
    let (pos, total) = app.quote_position();
    let title = match pos {
        Some(p) => format!("Quotes {p}/{total}"),
        None => format!("Quotes {total}"),
    };
    let block = pane_block(&title, focused, theme);
    let Some(loaded) = app.current() else {
        frame.render_widget(block, area);
        return;
    };
    let inner_w = usize::from(block.inner(area).width);
    let items = app.sidebar_items();
    if items.is_empty() {
        let p = Paragraph::new("No quotations found.")
            .style(theme.list_dim)
            .block(block);
        frame.render_widget(p, area);
        return;
    }
    let text = &loaded.article.text;
    let rows: Vec<ListItem> = items
        .iter()
        .map(|&i| item(&loaded.analysis.quotes[i], text, inner_w, theme))
        .collect();
    let list = List::new(rows).block(block).highlight_style(if focused {
        theme.list_selected
    } else {
        theme.quote_active
    });
    let mut state = ListState::default().with_selected(app.sidebar.selected);
    frame.render_stateful_widget(list, area, &mut state);
}

fn fit(s: &str, width: usize) -> String {
    let s = neutralised(s);
    if s.width() <= width {
        return s;
    }
    let mut out = String::new();
    for c in s.chars() {
        if (out.clone() + &c.to_string()).width() + 1 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

fn item<'a>(q: &Quote, text: &str, width: usize, theme: &Theme) -> ListItem<'a> {
    let mut lines = Vec::new();
    let quoted: String = text.chars().skip(q.span.start).take(q.span.len()).collect();
    let words = truncate_chars(
        quoted
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .as_str(),
        200,
    );
    if q.kind == QuoteKind::Term {
        let by = q
            .speaker
            .as_ref()
            .map(|s| format!(" · {}", s.name))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled("term", theme.quote_term),
            Span::styled(fit(&by, width.saturating_sub(4)), theme.quote_cue),
        ]));
    } else {
        let speaker = q
            .speaker
            .as_ref()
            .map_or("unattributed", |s| s.name.as_str());
        let cue = q
            .cue
            .as_ref()
            .map(|c| format!(" · {}", c.text))
            .unwrap_or_default();
        let mut kind = if q.kind == QuoteKind::Partial {
            " · partial"
        } else {
            ""
        };
        if speaker.width() + cue.width() + kind.width() > width {
            kind = "";
        }
        let speaker_w = width.saturating_sub(cue.width() + kind.width());
        lines.push(Line::from(vec![
            Span::styled(fit(speaker, speaker_w), theme.quote_speaker),
            Span::styled(format!("{cue}{kind}"), theme.quote_cue),
        ]));
        if let Some(d) = q.speaker.as_ref().and_then(|s| s.description.as_deref()) {
            lines.push(Line::styled(fit(d, width), theme.quote_cue));
        }
    }
    lines.push(Line::styled(
        fit(&format!("“{words}”"), width),
        theme.quote_text,
    ));
    if let Some(v) = &q.via {
        lines.push(Line::styled(
            fit(&format!("via {}", v.name), width),
            theme.source_outlet,
        ));
    }
    lines.push(Line::raw(""));
    ListItem::new(Text::from(lines))
}
