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
    let text = neutralised(&loaded.words(q));
    let field = |name: &str, value: String| {
        Line::from(vec![
            Span::styled(format!("{name:<11}"), theme.quote_cue),
            Span::styled(value, theme.help),
        ])
    };
    let mut lines = vec![
        if q.kind.is_reported() {
            Line::styled(text, theme.quote_reported)
        } else {
            Line::styled(format!("“{text}”"), theme.quote_text)
        },
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
        QuoteKind::Mixed => "reported speech, partly quoted",
        QuoteKind::Indirect => "reported speech",
    };
    lines.push(field("Kind", kind.into()));
    lines.push(field("Paragraph", (q.paragraph + 1).to_string()));
    echoes(&mut lines, app, id, theme);
    let width = area.width.saturating_sub(6).min(80);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    // Rows as the words wrap, not as the chars divide: a cut-off last row otherwise.
    let rows: usize = lines
        .iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            textwrap::wrap(&text, inner).len().max(1)
        })
        .sum();
    let room = area.height.saturating_sub(3);
    let height = (rows as u16 + 2).min(room);
    let visible = usize::from(height.saturating_sub(2)).max(1);
    let scroll = app.detail_scroll.min(rows.saturating_sub(visible));
    // Away from the quotation it describes: below it when it stands in the top half.
    let row = highlight_row(app, q.span.start);
    let x = area.x + (area.width - width) / 2;
    let y = match row {
        Some(r) if r < area.height / 2 => area.y + area.height.saturating_sub(height + 1),
        _ => area.y + 1,
    };
    let popup = Rect::new(x, y, width, height);
    frame.render_widget(ratatui::widgets::Clear, popup);
    let more = if rows > visible { " · j/k scroll" } else { "" };
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(Line::styled(
            format!(
                " {} {} — Esc to close{more} ",
                if q.kind.is_reported() {
                    "Reported speech"
                } else {
                    "Quotation"
                },
                q.id
            ),
            theme.title,
        ))
        .style(theme.help);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(u16::MAX as usize) as u16, 0)),
        popup,
    );
}

/// "Also in N articles": the other articles with the same quotation, each with its wording,
/// the words this article's wording does not have highlighted.
fn echoes(lines: &mut Vec<Line<'static>>, app: &App, id: usize, theme: &Theme) {
    let Some(e) = app
        .voices
        .echoes
        .as_ref()
        .filter(|e| Some(e.entry) == app.body.entry && e.quote == id)
    else {
        return;
    };
    if e.rows.is_empty() {
        if e.loading {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                "Looking for it in other articles…",
                theme.list_dim,
            ));
        }
        return;
    }
    lines.push(Line::raw(""));
    let n = e.rows.len();
    let more = if e.loading {
        " (looking further…)"
    } else {
        ""
    };
    let at_least = if e.more { "at least " } else { "" };
    lines.push(Line::styled(
        format!(
            "Also in {at_least}{n} article{}{more}",
            if n == 1 { "" } else { "s" }
        ),
        theme.title,
    ));
    for r in &e.rows {
        lines.push(Line::from(vec![
            Span::styled("• ", theme.quote_cue),
            Span::styled(neutralised(&r.title), theme.help),
        ]));
        // The wording, the words that differ in the match style.
        let mut spans = vec![Span::raw("  “")];
        let mut differs: Vec<&str> = r.differs.iter().map(String::as_str).collect();
        for (k, w) in r.text.split_whitespace().enumerate() {
            if k > 0 {
                spans.push(Span::raw(" "));
            }
            let style = match differs.iter().position(|d| *d == w) {
                Some(at) => {
                    differs.remove(at);
                    theme.search_active
                }
                None => theme.quote_text,
            };
            spans.push(Span::styled(neutralised(w), style));
        }
        spans.push(Span::raw("”"));
        lines.push(Line::from(spans));
    }
}

/// The screen row where char `at` of the open article is drawn, if it is in view.
fn highlight_row(app: &App, at: usize) -> Option<u16> {
    let layout = app.body.layout.as_ref()?;
    let line = layout.line_of(at)?;
    let (text_area, _) = app.body_geometry();
    let offset = line.checked_sub(app.body.scroll)?;
    (offset < usize::from(text_area.height)).then(|| text_area.y + offset as u16)
}
