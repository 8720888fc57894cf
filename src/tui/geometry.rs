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
    /// The Voices view's list and chart (or statements): the library pane and the middle one
    /// share the screen, without the sidebar.
    pub voices: bool,
}

impl Default for Visibility {
    fn default() -> Self {
        Visibility {
            library: true,
            sidebar: true,
            zen: false,
            library_width: None,
            sidebar_width: None,
            voices: false,
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

/// The narrowest the article pane is made while a side pane could give way: 60 columns of
/// text, with the border and padding.
pub const BODY_MIN: u16 = 64;

/// The narrowest the side panes shrink to before one is hidden.
const LIBRARY_MIN: u16 = 20;
const SIDEBAR_MIN: u16 = 16;

/// Splits the screen: library on the left, the body in the middle, quotations on the right,
/// the status line at the bottom. The article gets `BODY_MIN` columns whenever the terminal
/// allows: the side panes first shrink towards their minimum, then the library is hidden, then
/// (below 80 columns) the sidebar shrinks further or goes. Widths set by dragging a border are
/// kept, up to half the screen.
pub fn panes(area: Rect, visible: Visibility) -> Panes {
    let main_h = area.height.saturating_sub(1);
    let status = Rect::new(area.x, area.y + main_h, area.width, 1.min(area.height));
    let w = area.width;
    let rect = |x: u16, width: u16| Rect::new(area.x + x, area.y, width, main_h);
    if visible.voices {
        // The list of voices beside the chart: neither needs the article's 60 columns.
        let lib_w = match visible.library_width {
            Some(dragged) => side_width(dragged, w),
            None => (w * 35 / 100).clamp(LIBRARY_MIN.min(w / 2), 48),
        };
        return Panes {
            library: Some(rect(0, lib_w)),
            body: rect(lib_w, w - lib_w),
            sidebar: None,
            status,
        };
    }
    let shown = |on: bool| on && !visible.zen;
    let mut lib_w = match (shown(visible.library), visible.library_width) {
        (false, _) => 0,
        (true, Some(dragged)) => side_width(dragged, w),
        (true, None) => (w * 22 / 100).clamp(LIBRARY_MIN, 48),
    };
    let mut side_w = match (shown(visible.sidebar), visible.sidebar_width) {
        (false, _) => 0,
        (true, Some(dragged)) => side_width(dragged, w),
        (true, None) => (w * 30 / 100).clamp(24, 48),
    };
    // How far the panes overrun the article's room.
    let over = |lib: u16, side: u16| (lib + side + BODY_MIN).saturating_sub(w);
    let shrink = |width: u16, by: u16, min: u16| width.saturating_sub(by).max(min.min(width));
    // The library stays only if, beside it, the sidebar keeps a readable width.
    let side_with_library = if visible.sidebar_width.is_none() && side_w > 0 {
        shrink(side_w, over(lib_w, side_w), 24)
    } else {
        side_w
    };
    if visible.library_width.is_none() && lib_w > 0 {
        lib_w = shrink(lib_w, over(lib_w, side_with_library), LIBRARY_MIN);
    }
    // A library dragged wide is what the reader asked for: it stays while the article keeps 34.
    if lib_w > 0 && (visible.library_width.is_some() || over(lib_w, side_with_library) == 0) {
        side_w = side_with_library;
    } else {
        lib_w = 0;
        if visible.sidebar_width.is_none() && side_w > 0 {
            side_w = shrink(side_w, over(0, side_w), SIDEBAR_MIN);
        }
    }
    // Narrower than 80 columns the article cannot have its 60 beside a sidebar: the sidebar
    // stays while the article keeps 34.
    if w.saturating_sub(lib_w + side_w) < 34 {
        lib_w = 0;
    }
    if w.saturating_sub(lib_w + side_w) < 26 {
        side_w = 0;
    }
    let body_w = w - lib_w - side_w;
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

    /// The widths the README gives: the article has 60 columns of text from 80 columns on;
    /// the library shows from 108, the sidebar down to 42.
    #[test]
    fn side_panes_give_way_at_the_widths_the_readme_gives() {
        let at = |w| panes(Rect::new(0, 0, w, 24), Visibility::default());
        for w in [80, 100, 120, 160, 200] {
            let body = body_text_area(at(w).body, 80).1;
            assert!(body >= 60, "{w} columns: the article gets {body}");
        }
        assert!(at(108).library.is_some() && at(107).library.is_none());
        assert!(at(80).sidebar.is_some());
        assert!(at(42).sidebar.is_some() && at(41).sidebar.is_none());
    }
}
