//! The library pane: the list of articles.

use super::{is_focused, pane_block};
use crate::library::Status;
use crate::text::neutralised;
use crate::tui::app::{App, Focus};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let focused = is_focused(app, Focus::Library);
    let rows = app.library_rows();
    let title = if app.library.query.is_empty() {
        format!("Library {}", app.entries.len())
    } else {
        format!(
            "Library {}/{} · /{}",
            rows.len(),
            app.entries.len(),
            crate::text::neutralised(&app.library.query)
        )
    };
    let block = pane_block(&title, focused, theme);
    let items: Vec<ListItem> = rows
        .iter()
        .map(|&i| (i, &app.entries[i]))
        .map(|(i, e)| {
            let open = app.body.entry == Some(i);
            let marker = if open { "▸ " } else { "  " };
            let (text, style) = match &e.status {
                Status::Ready(_) => (neutralised(&e.title()), theme.ui),
                Status::Pending => (format!("{} …", neutralised(&e.title())), theme.list_dim),
                Status::Failed(_) => (format!("✗ {}", neutralised(&e.title())), theme.list_dim),
            };
            ListItem::new(Line::from(vec![
                Span::raw(marker),
                Span::styled(text, style),
            ]))
        })
        .collect();
    let list = List::new(items).block(block).highlight_style(if focused {
        theme.list_selected
    } else {
        theme
            .list_dim
            .add_modifier(ratatui::style::Modifier::REVERSED)
    });
    let mut state = ListState::default().with_selected(Some(app.library.selected));
    frame.render_stateful_widget(list, area, &mut state);
    app.hits.borrow_mut().library = super::record_rows(area, state.offset(), &vec![1; rows.len()]);
}
