//! The quotation popup: the full text, the speaker and their description, the speech verb,
//! the outlet and the paragraph.

use crate::article::QuoteKind;
use crate::text::neutralised;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, id: usize, theme: &Theme) {
    let Some(loaded) = app.current() else { return };
    let Some(q) = loaded.analysis.quotes.iter().find(|q| q.id == id) else {
        return;
    };
    let text: String = loaded
        .article
        .text
        .chars()
        .skip(q.span.start)
        .take(q.span.len())
        .collect();
    let text = neutralised(&text.split_whitespace().collect::<Vec<_>>().join(" "));
    let field = |name: &str, value: String| {
        Line::from(vec![
            Span::styled(format!("{name:<11}"), theme.quote_cue),
            Span::styled(value, theme.help),
        ])
    };
    let mut lines = vec![
        Line::styled(format!("“{text}”"), theme.quote_text),
        Line::raw(""),
    ];
    match &q.speaker {
        Some(s) => {
            let mut who = neutralised(&s.name);
            if s.mention != s.name {
                who.push_str(&format!(" (as “{}”)", neutralised(&s.mention)));
            }
            lines.push(Line::from(vec![
                Span::styled(format!("{:<11}", "Speaker"), theme.quote_cue),
                Span::styled(who, theme.quote_speaker),
            ]));
            if let Some(d) = &s.description {
                lines.push(field("Described", neutralised(d)));
            }
        }
        None => lines.push(field("Speaker", "not attributed".into())),
    }
    if let Some(c) = &q.cue {
        lines.push(field("Verb", neutralised(&c.text)));
    }
    if let Some(v) = &q.via {
        lines.push(Line::from(vec![
            Span::styled(format!("{:<11}", "Via"), theme.quote_cue),
            Span::styled(neutralised(&v.name), theme.source_outlet),
        ]));
    }
    let kind = match q.kind {
        QuoteKind::Direct => "direct quotation",
        QuoteKind::Partial => "partial quotation",
        QuoteKind::Term => "term (not counted as speech)",
    };
    lines.push(field("Kind", kind.into()));
    lines.push(field("Paragraph", (q.paragraph + 1).to_string()));
    let width = area.width.saturating_sub(6).min(80);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines.iter().map(|l| l.width().div_ceil(inner).max(1)).sum();
    let height = (rows as u16 + 2).min(area.height.saturating_sub(2));
    let popup = super::popup(frame, area, width, height);
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(Line::styled(
            format!(" Quotation {} — Esc to close ", q.id),
            theme.title,
        ))
        .style(theme.help);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        popup,
    );
}
