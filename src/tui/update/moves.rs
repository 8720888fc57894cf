//! The moves that several kinds of action share: opening an article, laying it out, scrolling
//! a place into view, stepping a selection, narrowing the library. Every part of `update`
//! calls down into these; they call nothing back.

use crate::layout;
use crate::library::{Loaded, Status};
use crate::search::find_all;
use crate::tui::app::{App, Effect, Focus, SidebarTab};
use crate::tui::geometry;
use ratatui::layout::Rect;
use std::sync::Arc;

/// Opens the first entry in library order once it has loaded, passing over failures.
pub fn open_first_ready(app: &mut App) {
    // The article open when byline last quit comes first, once it has loaded.
    if app.restore_last.is_some() {
        match app.restore_at.map(|i| &app.entries[i].status) {
            Some(Status::Pending) => return,
            Some(Status::Ready(_) | Status::Indexed(_)) => {
                let i = app.restore_at.unwrap_or_default();
                forget_restore(app);
                select_entry(app, i);
                open(app, i);
                return;
            }
            // A feed's entry exists once its feed has loaded.
            None if app
                .restore_feed
                .is_some_and(|f| matches!(app.entries[f].status, Status::Pending)) =>
            {
                return;
            }
            _ => forget_restore(app),
        }
    }
    let rows = app.library_rows();
    let mut k = app.library.ready_from;
    let found = loop {
        match rows.get(k).map(|&i| (i, &app.entries[i].status)) {
            None | Some((_, Status::Pending)) => break None,
            Some((i, Status::Ready(_) | Status::Indexed(_))) => break Some(i),
            Some(_) => k += 1,
        }
    };
    app.library.ready_from = k;
    if let Some(i) = found {
        select_entry(app, i);
        open(app, i);
    }
}

/// The remembered article is opened, or will not be: nothing is waited for any more.
fn forget_restore(app: &mut App) {
    app.restore_last = None;
    app.restore_at = None;
    app.restore_feed = None;
}

/// Opens entry `index` because the reader asked for it (Enter, `u`, a search result), which
/// marks it read; the article shown by itself at start is not.
pub fn open_asked(app: &mut App, index: usize) {
    open(app, index);
    if app.body.entry == Some(index) {
        app.set_read(index, true);
    }
}

/// Puts the library's cursor on entry `i`, where it is shown.
pub fn select_entry(app: &mut App, i: usize) {
    if let Some(p) = app.library_rows().iter().position(|&r| r == i) {
        app.library.selected = p;
    }
}

/// Narrows the library to the entries that match its filter, fuzzily, on title, speakers and
/// outlets, best first, keeping the cursor on the same entry where it can.
pub fn refilter(app: &mut App) {
    let current = app.library_entry();
    app.library.ready_from = 0;
    app.library.shown = if app.library.query.is_empty() {
        None
    } else {
        let items = app.entries.iter().enumerate().map(|(i, e)| {
            let mut hay = e.title();
            if let Some(l) = e.loaded() {
                for s in &l.analysis.sources {
                    hay.push_str(" · ");
                    hay.push_str(&s.name);
                }
            }
            (i, hay)
        });
        Some(crate::search::fuzzy_rank(&app.library.query, items))
    };
    let rows = app.library_rows();
    app.library.selected = current
        .and_then(|c| rows.iter().position(|&i| i == c))
        .unwrap_or(0);
}

pub fn open(app: &mut App, index: usize) {
    if index >= app.entries.len() {
        return;
    }
    match &app.entries[index].status {
        Status::Failed(e) | Status::Skipped(e) => {
            app.message = Some(e.clone());
            return;
        }
        Status::Gone => {
            app.message = Some(format!("{} was deleted", app.entries[index].origin.label()));
            return;
        }
        // A feed opens at its first entry.
        Status::Feed { .. } => {
            if let Some(first) = app
                .library_rows()
                .iter()
                .copied()
                .find(|&i| app.entries[i].parent == Some(index))
            {
                select_entry(app, first);
                open(app, first);
            }
            return;
        }
        // Waiting in the archive index: read in from there, shown as loading meanwhile.
        Status::Indexed(_) => app.effects.push(crate::tui::app::Effect::Fetch(vec![(
            index,
            app.entries[index].origin.clone(),
        )])),
        Status::Pending | Status::Ready(_) => {}
    }
    app.remember_position();
    let before = app.body.entry.replace(index);
    // With an index, only the open article is kept in memory: the one open before, and any
    // read while none was open, go back to their summaries.
    if app.library.indexed && before != Some(index) {
        let ready: Vec<usize> = (0..app.entries.len())
            .filter(|&i| i != index && matches!(app.entries[i].status, Status::Ready(_)))
            .collect();
        for i in ready {
            app.forget(i);
        }
    }
    app.body.scroll = 0;
    app.sidebar.selected = None;
    app.sidebar.source = 0;
    app.sidebar.filter = None;
    find_matches(app);
    // Back where this article was last read to.
    let at = app
        .positions
        .get(&app.entries[index].origin.label())
        .copied();
    lay_out_afresh(app, at);
}

/// Lays the open article out again from scratch (it is new, or its text changed) and scrolls
/// to the line that shows char offset `at`, when given.
pub fn lay_out_afresh(app: &mut App, at: Option<usize>) {
    app.body.layout = None;
    app.body.layouts.clear();
    app.body.laying_out = None;
    relayout_around(app, at);
    if let (Some(at), Some(layout)) = (at, app.body.layout.clone()) {
        app.body.scroll = layout.line_of(at).unwrap_or(0);
        clamp_scroll(app);
    }
}

/// How many widths of the open article's layout are kept.
const LAYOUTS_KEPT: usize = 3;

/// An article with more text than this (in bytes) is laid out whole off the reader's thread;
/// meanwhile the part around the view is laid out at once (a 50 MB article takes seconds).
pub const LAY_OUT_APART: usize = 1 << 20;

/// Lines laid out before and after the view in such a part: pages more than the tallest
/// view, so a page's move stays within it.
fn part_lines(app: &App) -> usize {
    (app.body_height() * 4).max(400)
}

/// Lays out the open article at the current text width, if that changed.
pub fn relayout(app: &mut App) {
    relayout_around(app, None);
}

/// As `relayout`; a new layout shows char offset `at` when given, else what is at the top.
fn relayout_around(app: &mut App, at: Option<usize>) {
    // The Voices view's chart or statements fill the middle pane: no article to lay out.
    if app.voices.shown && !app.voices.reading {
        return;
    }
    let width = app.body_geometry().1;
    let Some(loaded) = app.current().cloned() else {
        app.body.layout = None;
        return;
    };
    let stale = app.body.layout.as_ref().is_none_or(|l| l.width != width);
    if stale {
        // At a new width the same words stay at the top, not the same line number.
        let top = app.body.layout.is_some().then(|| app.top_char());
        // Laying out a big article takes a while: each width is laid out once per article.
        let cached = app.body.layouts.iter().find(|l| l.width == width).cloned();
        let big = loaded.article.text.len() > LAY_OUT_APART;
        let layout = cached.unwrap_or_else(|| {
            if big {
                // The part in view now, the whole of it when the event loop has laid it out.
                let around = top.or(at).unwrap_or(0);
                let part = layout::layout_part(&loaded.article, width, around, part_lines(app));
                if app.body.laying_out != Some(width)
                    && let Some(entry) = app.body.entry
                {
                    app.body.laying_out = Some(width);
                    let loaded = loaded.clone();
                    app.effects.push(Effect::LayOut {
                        entry,
                        width,
                        loaded,
                    });
                }
                return Arc::new(part);
            }
            let l = Arc::new(layout::layout(&loaded.article, width));
            keep_layout(app, l.clone());
            l
        });
        if let Some(at) = top {
            app.body.scroll = layout.line_of(at).unwrap_or(0);
        }
        app.body.layout = Some(layout);
        app.body.highlights = loaded.highlights();
    }
    clamp_scroll(app);
}

/// A big article's whole layout, made off the reader's thread: kept for its width, and shown
/// in place of the part if the article and width are still the ones on screen, with the same
/// words at the top.
pub fn laid_out(app: &mut App, entry: usize, loaded: &Loaded, layout: Arc<layout::Layout>) {
    let Some(current) = app.current().cloned() else {
        return;
    };
    // The same text and blocks: the analysis may have come in since, which changes neither.
    let same = app.body.entry == Some(entry)
        && current.article.text == loaded.article.text
        && current.article.blocks == loaded.article.blocks;
    if !same {
        return;
    }
    if app.body.laying_out == Some(layout.width) {
        app.body.laying_out = None;
    }
    keep_layout(app, layout.clone());
    let showing = app
        .body
        .layout
        .as_ref()
        .is_some_and(|l| l.part && l.width == layout.width);
    if showing {
        let top = app.top_char();
        app.body.scroll = layout.line_of(top).unwrap_or(0);
        app.body.layout = Some(layout);
        clamp_scroll(app);
    }
}

/// Keeps a whole layout of the open article for its width (in place of one kept before), the
/// newest `LAYOUTS_KEPT` of them.
fn keep_layout(app: &mut App, layout: Arc<layout::Layout>) {
    app.body.layouts.retain(|l| l.width != layout.width);
    app.body.layouts.push(layout);
    if app.body.layouts.len() > LAYOUTS_KEPT {
        app.body.layouts.remove(0);
    }
}

pub fn max_scroll(app: &App) -> usize {
    let lines = app.body.layout.as_ref().map_or(0, |l| l.lines.len());
    lines.saturating_sub(app.body_height())
}

pub fn clamp_scroll(app: &mut App) {
    follow_part(app);
    app.body.scroll = app.body.scroll.min(max_scroll(app));
}

/// While only a part of a big article is laid out, a view that comes near the part's ends
/// (or beyond: `scroll` past its lines, by a move of many lines) gets the part around where
/// it has come to.
fn follow_part(app: &mut App) {
    let Some(part) = app.body.layout.clone().filter(|l| l.part) else {
        return;
    };
    let Some(loaded) = app.current().cloned() else {
        return;
    };
    let (height, scroll, n) = (app.body_height(), app.body.scroll, part.lines.len());
    let near_start = part.covers.start > 0 && scroll < 2 * height;
    let near_end = part.covers.end < part.chars && scroll.saturating_add(3 * height) > n;
    if !near_start && !near_end {
        return;
    }
    // Where the view has come to: a line of the part, or beyond its last line as many lines
    // as the scroll passes it, at the part's chars per line.
    let at = match part.lines.get(scroll) {
        // The part has pages before the view, so only a move to the top (or of more lines
        // than the part has) comes to its first line.
        Some(_) if scroll == 0 => 0,
        Some(line) => line.range.start,
        None => {
            let per_line = (part.covers.len() / n.max(1)).max(1);
            let past = scroll - n.saturating_sub(1);
            part.covers
                .end
                .saturating_add(past.saturating_mul(per_line))
                .min(part.chars)
        }
    };
    let next = layout::layout_part(&loaded.article, part.width, at, part_lines(app));
    app.body.scroll = if at >= part.chars {
        usize::MAX
    } else {
        next.line_of(at).unwrap_or(0)
    };
    app.body.layout = Some(Arc::new(next));
}

pub fn visible(app: &App, pane: Focus) -> bool {
    let p = geometry::panes(Rect::new(0, 0, app.size.0, app.size.1), app.visible());
    match pane {
        Focus::Library => p.library.is_some(),
        Focus::Body => true,
        Focus::Sidebar => p.sidebar.is_some(),
    }
}

/// Moves the focused pane's selection or scroll by `delta` (saturating at both ends).
pub fn step(app: &mut App, delta: isize) {
    let moved = |at: usize, len: usize| -> usize {
        if len == 0 {
            return 0;
        }
        at.saturating_add_signed(delta).min(len - 1)
    };
    match app.focus {
        Focus::Library => {
            let rows = app.library_rows().len();
            app.library.selected = moved(app.library.selected, rows);
        }
        Focus::Body => {
            app.body.scroll = app.body.scroll.saturating_add_signed(delta);
            clamp_scroll(app);
        }
        Focus::Sidebar if app.sidebar.tab == SidebarTab::Sources => {
            let len = app.current().map_or(0, |l| l.analysis.sources.len());
            app.sidebar.source = moved(app.sidebar.source, len);
        }
        Focus::Sidebar => {
            let len = app.sidebar_items().len();
            if len > 0 {
                let at = app
                    .sidebar
                    .selected
                    .map_or(if delta > 0 { usize::MAX } else { 0 }, |s| s);
                app.sidebar.selected = Some(if at == usize::MAX { 0 } else { moved(at, len) });
            }
        }
    }
}

/// Scrolls the body so a char range is in view, a third of the way down if it moves.
pub fn reveal(app: &mut App, span: std::ops::Range<usize>) {
    let Some(layout) = app.body.layout.clone() else {
        return;
    };
    let height = app.body_height();
    let (Some(first), Some(last)) = (
        layout.line_of(span.start),
        layout.line_of(span.end.saturating_sub(1)),
    ) else {
        return;
    };
    let top = app.body.scroll;
    let fits = last - first < height;
    if first < top || (fits && last >= top + height) || (!fits && first >= top + height) {
        app.body.scroll = if fits && last - first + height / 3 >= height {
            first
        } else {
            first.saturating_sub(height / 3)
        };
    }
    clamp_scroll(app);
}

/// Finds the article search's matches in the article now open (after typing, or on opening
/// another).
pub fn find_matches(app: &mut App) {
    let query = app.search.query.clone();
    app.search.matches = match app.current() {
        Some(loaded) if !query.is_empty() => find_all(&loaded.article.text, &query),
        _ => Vec::new(),
    };
    app.search.current = None;
}

/// Every entry with a file, by its index key and item.
pub fn entries_by_key(app: &App) -> std::collections::HashMap<(String, usize), usize> {
    let mut by_key = std::collections::HashMap::new();
    for (i, e) in app.entries.iter().enumerate() {
        let (path, item) = match &e.origin {
            crate::library::Origin::File(p) => (p, 0),
            crate::library::Origin::Item(p, n) => (p, *n),
            _ => continue,
        };
        by_key.insert((crate::index::key(path), item), i);
    }
    by_key
}
