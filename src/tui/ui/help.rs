//! The help overlay, generated from the keymap.

use crate::tui::app::{App, HelpState};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, state: &HelpState, theme: &Theme) {
    let entries = app.help_lines(&state.filter);
    let key_w = entries.iter().map(|e| e.keys.width()).max().unwrap_or(0);
    let mut lines: Vec<Line> = Vec::new();
    let width = (area.width.saturating_sub(4)).min(84);
    // The config's and theme's warnings in full: the status line has room for one, cut short.
    if state.filter.is_empty() && !app.warnings.is_empty() {
        lines.push(Line::styled("Warnings", theme.status_warning));
        let room = usize::from(width.saturating_sub(6)).max(10);
        for w in &app.warnings {
            for (k, part) in textwrap::wrap(&crate::text::neutralised(w), room)
                .into_iter()
                .enumerate()
            {
                let lead = if k == 0 { "  ⚠ " } else { "    " };
                lines.push(Line::styled(format!("{lead}{part}"), theme.help));
            }
        }
        lines.push(Line::raw(""));
    }
    if !state.filter.is_empty() {
        lines.push(Line::styled(
            format!(
                "filter: {}▏ ({} found; Esc clears)",
                state.filter,
                entries.len()
            ),
            theme.help_key,
        ));
        lines.push(Line::raw(""));
    }
    let mut context = None;
    for e in entries {
        if context != Some(e.context) {
            if context.is_some() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(e.context.title(), theme.title));
            context = Some(e.context);
        }
        // Long descriptions wrap under themselves, never cut off at the edge.
        let room = usize::from(width.saturating_sub(2))
            .saturating_sub(key_w + 4)
            .max(12);
        for (k, part) in textwrap::wrap(e.description, room).into_iter().enumerate() {
            let keys = if k == 0 { e.keys.as_str() } else { "" };
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys:<key_w$}  "), theme.help_key),
                Span::styled(part.into_owned(), theme.help),
            ]));
        }
    }
    let height = (area.height.saturating_sub(2)).min(lines.len() as u16 + 2);
    let popup = super::popup(frame, area, width, height);
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(Line::styled(
            " Keys — type to filter, Esc to close ",
            theme.title,
        ))
        .style(theme.help);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((state.scroll.min(u16::MAX as usize) as u16, 0)),
        popup,
    );
}
