//! Pane geometry: where the library, the article and the sidebar go at a terminal size, and
//! where the article's text sits inside its pane. `update` (scrolling, clicks) and the view
//! (drawing) both read it, so it sits below both.

use ratatui::layout::Rect;
use ratatui::widgets::Block;

/// Which side panes the reader wants shown; narrow terminals may hide them all the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visibility {
    pub library: bool,
    pub sidebar: bool,
    /// Only the article.
    pub zen: bool,
    /// Pane widths set by dragging a border, in columns.
    pub library_width: Option<u16>,
    pub sidebar_width: Option<u16>,
}

impl Default for Visibility {
    fn default() -> Self {
        Visibility {
            library: true,
            sidebar: true,
            zen: false,
            library_width: None,
            sidebar_width: None,
        }
    }
}

/// The smallest terminal byline draws its panes in.
pub const MIN_SIZE: (u16, u16) = (40, 8);

/// The narrowest a side pane is drawn, dragged or not.
pub const MIN_SIDE: u16 = 12;

/// A side pane's width: as wanted, but at most half the screen and at least `MIN_SIDE`.
fn side_width(wanted: u16, screen: u16) -> u16 {
    let max = (screen / 2).max(1);
    wanted.min(max).max(MIN_SIDE.min(max))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The widths the README gives: the library hides below 74 columns, the sidebar below 48.
    #[test]
    fn side_panes_give_way_at_the_widths_the_readme_gives() {
        let at = |w| panes(Rect::new(0, 0, w, 24), Visibility::default());
        assert!(at(74).library.is_some() && at(73).library.is_none());
        assert!(at(48).sidebar.is_some() && at(47).sidebar.is_none());
    }
}
