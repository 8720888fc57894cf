//! Drawing: the pane geometry and one file per pane. Drawing reads the `App` and never
//! changes it.

pub mod body;
pub mod detail;
pub mod find;
pub mod help;
pub mod library;
pub mod sidebar;
pub mod status;

use super::app::{App, Focus, Overlay, Visibility};
use super::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph};

/// The smallest terminal byline draws its panes in.
pub const MIN_SIZE: (u16, u16) = (40, 8);

/// The narrowest a side pane is drawn, dragged or not.
pub const MIN_SIDE: u16 = 12;

/// A side pane's width: as wanted, but at most half the screen and at least `MIN_SIDE`.
fn side_width(wanted: u16, screen: u16) -> u16 {
    let max = (screen / 2).max(1);
    wanted.min(max).max(MIN_SIDE.min(max))
}

/// Records where a list's items were drawn: the first shown is `offset`, each takes its
/// height in rows inside `area`.
pub fn record_rows(area: Rect, offset: usize, heights: &[usize]) -> Vec<(u16, u16, usize)> {
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

/// Where each pane goes; hidden panes are `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub library: Option<Rect>,
    pub body: Rect,
    pub sidebar: Option<Rect>,
    pub status: Rect,
}

/// Splits the screen: library on the left, the body in the middle, quotations on the right,
/// the status line at the bottom. Side panes give way first when the body would get too narrow.
pub fn panes(area: Rect, visible: Visibility) -> Panes {
    let main_h = area.height.saturating_sub(1);
    let status = Rect::new(area.x, area.y + main_h, area.width, 1.min(area.height));
    let w = area.width;
    let shown = |on: bool| on && !visible.zen;
    let mut lib_w = if shown(visible.library) {
        side_width(
            visible
                .library_width
                .unwrap_or((w * 22 / 100).clamp(18, 34)),
            w,
        )
    } else {
        0
    };
    let mut side_w = if shown(visible.sidebar) {
        side_width(
            visible
                .sidebar_width
                .unwrap_or((w * 30 / 100).clamp(22, 44)),
            w,
        )
    } else {
        0
    };
    if w.saturating_sub(lib_w + side_w) < 34 {
        lib_w = 0;
    }
    if w.saturating_sub(lib_w + side_w) < 26 {
        side_w = 0;
    }
    let body_w = w - lib_w - side_w;
    let rect = |x, width| Rect::new(area.x + x, area.y, width, main_h);
    Panes {
        library: (lib_w > 0).then(|| rect(0, lib_w)),
        body: rect(lib_w, body_w),
        sidebar: (side_w > 0).then(|| rect(lib_w + body_w, side_w)),
        status,
    }
}

/// The body's text area inside its border and padding, and the width text is set at.
pub fn body_text_area(body: Rect, max_width: usize) -> (Rect, usize) {
    let inner = Block::bordered().inner(body);
    let padded = Rect::new(
        inner.x + 1.min(inner.width),
        inner.y,
        inner.width.saturating_sub(2),
        inner.height,
    );
    let width = (padded.width as usize).min(max_width).max(1);
    // A pane wider than the text sets it in the middle, as a page would.
    let spare = padded.width.saturating_sub(width as u16);
    let centred = Rect::new(padded.x + spare / 2, padded.y, width as u16, padded.height);
    (centred, width)
}

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
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
        return;
    }
    let p = panes(area, app.visible);
    if let Some(r) = p.library {
        library::draw(frame, r, app, theme);
    }
    body::draw(frame, p.body, app, theme);
    if let Some(r) = p.sidebar {
        sidebar::draw(frame, r, app, theme);
    }
    status::draw(frame, p.status, app, theme);
    match &app.overlay {
        Some(Overlay::Help(state)) => help::draw(frame, area, app, state, theme),
        Some(Overlay::Detail(id)) => detail::draw(frame, area, app, *id, theme),
        Some(Overlay::Find(state)) => find::draw(frame, area, app, state, theme),
        None => {}
    }
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
