//! The library pane: the list of articles, feeds with their entries under them, and columns for
//! the outlet and date where there is room.

use super::{Rows, fit, is_focused, pane_block};
use crate::library::{Entry, Status};
use crate::tui::app::{App, Focus};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};
use unicode_width::UnicodeWidthStr;

/// Draws the library and returns where each of its rows went, for clicks.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> Rows {
    let focused = is_focused(app, Focus::Library);
    let rows = app.library_rows();
    let total = app.library.order.len();
    let sort = match app.library.sort {
        crate::library::SortKey::Path => String::new(),
        key => format!(" · by {}", key.name()),
    };
    let unread = match app.unread {
        0 => String::new(),
        n => format!(" · {n} unread"),
    };
    let title = if app.library.query.is_empty() {
        format!("Library {total}{unread}{sort}")
    } else {
        format!(
            "Library {}/{total} · /{}",
            rows.len(),
            crate::text::neutralised(&app.library.query)
        )
    };
    let block = pane_block(&title, focused, theme);
    let inner = usize::from(area.width.saturating_sub(2));
    // Only the rows that can be on screen are built: a library may hold 10,000 entries.
    let height = usize::from(area.height.saturating_sub(2)).max(1);
    let first = app.library.selected.saturating_sub(height - 1);
    let items: Vec<ListItem> = rows
        .iter()
        .skip(first)
        .take(height)
        .map(|&i| row(app, i, &app.entries[i], inner, theme))
        .collect();
    let list = List::new(items)
        .block(block)
        .highlight_style(super::list_highlight(focused, theme));
    let mut state = ListState::default().with_selected(Some(app.library.selected - first));
    frame.render_stateful_widget(list, area, &mut state);
    super::record_rows(area, state.offset() + first, &vec![1; rows.len()])
}

fn row<'a>(app: &App, i: usize, e: &Entry, width: usize, theme: &Theme) -> ListItem<'a> {
    let open = app.body.entry == Some(i);
    let unread = app.counts_as_unread(i);
    let marker = match (open, unread) {
        (true, _) => "▸ ",
        (false, true) => "• ",
        (false, false) => "  ",
    };
    let indent = if e.parent.is_some() { "  " } else { "" };
    let room = width.saturating_sub(marker.width() + indent.width());
    let title = e.title();
    let (left, right, style): (String, String, Style) = match &e.status {
        Status::Ready(_) | Status::Indexed(_) => {
            let (date, outlet, enc) = match &e.status {
                Status::Ready(l) => (
                    l.article.meta.date.as_deref(),
                    l.article.meta.outlet.as_deref(),
                    l.article.encoding.as_str(),
                ),
                Status::Indexed(s) => (s.date.as_deref(), s.outlet.as_deref(), "UTF-8"),
                _ => (None, None, "UTF-8"),
            };
            let mut right = String::new();
            let date = date.map(short_date);
            let outlet = outlet.filter(|_| e.parent.is_none());
            // The date from a 26-column row (16 for the title), the outlet from 38, as wide as
            // the row allows up to 18.
            if room >= 38
                && let Some(o) = outlet
            {
                right.push_str(&fit(o, (room - 26).min(18)));
            }
            if room >= 26
                && let Some(d) = date
            {
                if !right.is_empty() {
                    right.push_str("  ");
                }
                right.push_str(&d);
            }
            let title = if enc != "UTF-8" {
                format!("{title} [{enc}]")
            } else {
                title
            };
            let style = if unread {
                theme.ui.add_modifier(ratatui::style::Modifier::BOLD)
            } else {
                theme.ui
            };
            (title, right, style)
        }
        Status::Pending => (format!("{title} …"), String::new(), theme.list_dim),
        Status::Feed { items, .. } => (
            format!("{title} ({items})"),
            "feed".to_owned(),
            theme.ui.add_modifier(ratatui::style::Modifier::BOLD),
        ),
        Status::Skipped(why) => (
            format!("– {title}: {}", reason(why)),
            String::new(),
            theme.list_dim,
        ),
        Status::Failed(why) => (
            format!("✗ {title}: {}", reason(why)),
            String::new(),
            theme.status_warning,
        ),
        Status::Gone => (format!("{title} (deleted)"), String::new(), theme.list_dim),
    };
    let right_w = right.width();
    let left_room = if right_w > 0 && room > right_w + 12 {
        room - right_w - 1
    } else {
        room
    };
    let left = fit(&left, left_room);
    let mut spans = vec![
        Span::raw(marker),
        Span::raw(indent),
        Span::styled(left.clone(), style),
    ];
    if left_room < room && right_w > 0 {
        let pad = room.saturating_sub(left.width() + right_w);
        spans.push(Span::raw(" ".repeat(pad)));
        spans.push(Span::styled(right, theme.list_dim));
    }
    ListItem::new(Line::from(spans))
}

/// The error message without the file name it starts with (the row shows the title already).
fn reason(message: &str) -> &str {
    let rest = message
        .rsplit_once(": skipped: ")
        .map_or(message, |(_, r)| r);
    match rest.find(": ") {
        Some(at) if rest[..at].contains(['/', '.']) => &rest[at + 2..],
        _ => rest,
    }
}

/// "2026-03-02T10:00:00Z" as "2026-03-02"; other forms as written, cut short.
fn short_date(d: &str) -> String {
    crate::article::iso_day(d).map_or_else(|| fit(d, 16), str::to_owned)
}
