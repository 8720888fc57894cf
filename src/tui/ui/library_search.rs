//! The library-wide search: the query, then each article and line where it was found.

use crate::text::{neutralised, truncate_chars};
use crate::tui::app::{App, FindState};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, state: &FindState, theme: &Theme) {
    let width = area.width.saturating_sub(6).min(100);
    let height = area.height.saturating_sub(4);
    let popup = super::popup(frame, area, width, height);
    let title = if state.editing {
        format!(
            " Search the library: {}▏ — Enter runs, Esc closes ",
            neutralised(&state.query)
        )
    } else {
        let more = if state.truncated { "+" } else { "" };
        format!(
            " “{}”: {}{more} found — Enter opens, / edits, Esc closes ",
            neutralised(&state.query),
            state.hits.len()
        )
    };
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(Line::styled(title, theme.title))
        .style(theme.help);
    let inner = usize::from(width.saturating_sub(2));
    let items: Vec<ListItem> = state
        .hits
        .iter()
        .map(|h| {
            let title = app
                .entries
                .get(h.entry)
                .map(|e| e.title())
                .unwrap_or_default();
            ListItem::new(vec![
                Line::from(Span::styled(
                    truncate_chars(&neutralised(&title), inner.saturating_sub(1)),
                    theme.quote_speaker,
                )),
                Line::from(Span::styled(
                    format!("  {}", truncate_chars(&h.snippet, inner.saturating_sub(3))),
                    theme.help,
                )),
            ])
        })
        .collect();
    let empty = !state.editing && state.hits.is_empty();
    let list = if empty {
        List::new(vec![ListItem::new(Line::styled(
            "Not found in any article.",
            theme.list_dim,
        ))])
    } else {
        List::new(items)
    };
    let mut ls =
        ListState::default().with_selected((!state.editing && !empty).then_some(state.selected));
    frame.render_stateful_widget(
        list.block(block).highlight_style(theme.list_selected),
        popup,
        &mut ls,
    );
}
