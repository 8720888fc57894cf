//! Drawing: the pane geometry and one file per pane. Drawing reads the `App` and never
//! changes it.

pub mod body;
pub mod detail;
pub mod help;
pub mod library;
pub mod library_search;
pub mod sidebar;
pub mod status;
pub mod voices;

use super::app::{App, Focus, Overlay};
pub use super::geometry::{MIN_SIZE, Panes, body_text_area, panes};
use super::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph};

/// Where a list's rows were drawn: screen rows (first, one past last) of each, with its index.
pub type Rows = Vec<(u16, u16, usize)>;

/// Where a frame drew the rows of the library and the sidebar. Only drawing knows this (the
/// list widget picks its scroll offset as it draws), so `draw` returns it and the event loop
/// keeps the last one, to tell `update` which row a click landed on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HitMap {
    library: Option<(Rect, Rows)>,
    sidebar: Option<(Rect, Rows)>,
}

impl HitMap {
    /// The library row or sidebar item drawn at a screen cell.
    pub fn item_at(&self, column: u16, row: u16) -> Option<usize> {
        let at = ratatui::layout::Position::new(column, row);
        [&self.library, &self.sidebar]
            .into_iter()
            .flatten()
            .find(|(area, _)| area.contains(at))
            .and_then(|(_, rows)| rows.iter().find(|(a, b, _)| (*a..*b).contains(&row)))
            .map(|r| r.2)
    }
}

/// Records where a list's items were drawn: the first shown is `offset`, each takes its
/// height in rows inside `area`.
pub fn record_rows(area: Rect, offset: usize, heights: &[usize]) -> Rows {
    let inner = Block::bordered().inner(area);
    let mut y = inner.y;
    let bottom = inner.y + inner.height;
    let mut out = Vec::new();
    for (i, h) in heights.iter().enumerate().skip(offset) {
        if y >= bottom {
            break;
        }
        let end = (y + *h as u16).min(bottom);
        out.push((y, end, i));
        y = end;
    }
    out
}

/// Draws a frame and returns where its list rows went.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) -> HitMap {
    let area = frame.area();
    frame.render_widget(Block::new().style(theme.ui), area);
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let notice = format!(
            "Terminal too small ({}×{}): byline needs {}×{}",
            area.width, area.height, MIN_SIZE.0, MIN_SIZE.1
        );
        let p = Paragraph::new(Line::raw(notice))
            .style(theme.ui)
            .wrap(ratatui::widgets::Wrap { trim: true });
        frame.render_widget(p, area);
        return HitMap::default();
    }
    let p = panes(area, app.visible());
    let mut hits = HitMap::default();
    if let Some(r) = p.library {
        let rows = if app.voices.shown {
            voices::draw_list(frame, r, app, theme)
        } else {
            library::draw(frame, r, app, theme)
        };
        hits.library = Some((r, rows));
    }
    if app.voices.shown && !app.voices.reading {
        voices::draw_middle(frame, p.body, app, theme);
    } else {
        body::draw(frame, p.body, app, theme);
    }
    if let Some(r) = p.sidebar {
        hits.sidebar = Some((r, sidebar::draw(frame, r, app, theme)));
    }
    status::draw(frame, p.status, app, theme);
    match &app.overlay {
        Some(Overlay::Help(state)) => help::draw(frame, area, app, state, theme),
        Some(Overlay::Detail(id)) => detail::draw(frame, area, app, *id, theme),
        Some(Overlay::Find(state)) => library_search::draw(frame, area, app, state, theme),
        None => {}
    }
    hits
}

/// A pane's bordered block, styled by whether it has focus.
pub fn pane_block<'a>(title: &'a str, focused: bool, theme: &Theme) -> Block<'a> {
    let border: Style = if focused {
        theme.border_focused
    } else {
        theme.border
    };
    Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(border)
        .title(Line::styled(format!(" {title} "), theme.title))
}

/// A popup of at most `width`×`height` in the middle of `area`, cleared and ready to draw in.
pub fn popup(frame: &mut Frame, area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    frame.render_widget(ratatui::widgets::Clear, rect);
    rect
}

/// How a list shows its selected row: strong in the focused pane, dimmed and reversed else.
pub fn list_highlight(focused: bool, theme: &Theme) -> Style {
    if focused {
        theme.list_selected
    } else {
        theme
            .list_dim
            .add_modifier(ratatui::style::Modifier::REVERSED)
    }
}

pub fn is_focused(app: &App, pane: Focus) -> bool {
    app.overlay.is_none() && app.focus == pane
}

/// `s` made safe to draw and cut to `width` columns, with an ellipsis when cut.
pub fn fit(s: &str, width: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let s = crate::text::neutralised(s);
    if s.width() <= width {
        return s;
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}
