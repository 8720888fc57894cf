//! The mouse, as `update` carries it out: the wheel scrolls the pane under the pointer, a click
//! selects an article or a quotation (in the sidebar, or highlighted in the body), and dragging
//! a border between panes resizes them.

use super::moves::{relayout, step};
use crate::tui::action::{Action, Mouse, MouseKind};
use crate::tui::app::{App, Focus, SidebarTab};
use crate::tui::geometry;
use ratatui::layout::{Position, Rect};
use unicode_width::UnicodeWidthChar;

/// Lines the wheel scrolls at a time.
const WHEEL: isize = 3;

pub fn update(app: &mut App, m: Mouse) {
    if !app.mouse || app.overlay.is_some() {
        return;
    }
    let screen = Rect::new(0, 0, app.size.0, app.size.1);
    let panes = geometry::panes(screen, app.visible());
    let at = Position::new(m.column, m.row);
    let pane = if panes.library.is_some_and(|r| r.contains(at)) {
        Some(Focus::Library)
    } else if panes.sidebar.is_some_and(|r| r.contains(at)) {
        Some(Focus::Sidebar)
    } else if panes.body.contains(at) {
        Some(Focus::Body)
    } else {
        None
    };
    match m.kind {
        MouseKind::ScrollUp | MouseKind::ScrollDown => {
            let Some(pane) = pane else { return };
            let delta = if m.kind == MouseKind::ScrollUp {
                -WHEEL
            } else {
                WHEEL
            };
            // The pane under the pointer scrolls; focus stays where it was.
            let focus = std::mem::replace(&mut app.focus, pane);
            // The Voices view's list and statements move their selection.
            let voices = app.voices.shown
                && (pane == Focus::Library || (pane == Focus::Body && !app.voices.reading));
            if voices {
                let step = if delta < 0 { Action::Up } else { Action::Down };
                for _ in 0..WHEEL {
                    super::voices::handle(app, &step);
                }
                app.focus = focus;
                return;
            }
            if pane == Focus::Sidebar && app.sidebar.selected.is_none() {
                app.sidebar.selected = Some(0);
            }
            step(app, delta);
            app.focus = focus;
        }
        MouseKind::Press => {
            if let Some(l) = panes.library
                && m.column + 1 == l.x + l.width
            {
                app.dragging = Some(Focus::Library);
                return;
            }
            if panes.sidebar.is_some_and(|s| m.column == s.x) {
                app.dragging = Some(Focus::Sidebar);
                return;
            }
            match pane {
                Some(Focus::Library) => {
                    app.focus = Focus::Library;
                    match m.item {
                        Some(i) if app.voices.shown => {
                            app.voices.selected = i.min(app.voices.row_count().saturating_sub(1))
                        }
                        Some(i) => app.library.selected = i,
                        None => {}
                    }
                }
                // The chart or the statements: no article under the pointer.
                Some(Focus::Body) if app.voices.shown && !app.voices.reading => {
                    app.focus = Focus::Body;
                }
                Some(Focus::Sidebar) => {
                    app.focus = Focus::Sidebar;
                    match (m.item, app.sidebar.tab) {
                        (Some(i), SidebarTab::Quotes) => app.sidebar.selected = Some(i),
                        (Some(i), SidebarTab::Sources) => app.sidebar.source = i,
                        _ => {}
                    }
                }
                Some(Focus::Body) => {
                    app.focus = Focus::Body;
                    select_quote_at(app, panes.body, m);
                }
                None => {}
            }
        }
        MouseKind::Drag => match app.dragging {
            Some(Focus::Library) => {
                app.visible.library_width = Some(m.column + 1);
                relayout(app);
            }
            Some(Focus::Sidebar) => {
                app.visible.sidebar_width = Some(app.size.0.saturating_sub(m.column));
                relayout(app);
            }
            _ => {}
        },
        MouseKind::Release => app.dragging = None,
    }
}

/// A click in the body on a highlighted quotation selects it in the sidebar.
fn select_quote_at(app: &mut App, body: Rect, m: Mouse) {
    let (text_area, _) = geometry::body_text_area(body, app.max_width);
    if !text_area.contains(Position::new(m.column, m.row)) {
        return;
    }
    let Some(layout) = app.body.layout.clone() else {
        return;
    };
    let Some(line) = layout
        .lines
        .get(app.body.scroll + usize::from(m.row - text_area.y))
    else {
        return;
    };
    // The char under the pointer, counting display columns (CJK takes two).
    let want = usize::from(m.column - text_area.x);
    let mut col = 0;
    let mut offset = None;
    for (k, c) in line.text.chars().enumerate() {
        let w = c.width().unwrap_or(0);
        if want < col + w.max(1) {
            offset = Some(line.range.start + k);
            break;
        }
        col += w;
    }
    let Some(offset) = offset else { return };
    let Some(quote) = app
        .body
        .highlights
        .iter()
        .find(|(r, _)| r.contains(&offset))
        .map(|(_, i)| *i)
    else {
        return;
    };
    if let Some(row) = app.sidebar_items().iter().position(|&i| i == quote) {
        app.sidebar.tab = SidebarTab::Quotes;
        app.sidebar.selected = Some(row);
    }
}
