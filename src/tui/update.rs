//! The only code that changes the `App`. It does no I/O and draws nothing, so tests drive it
//! directly with actions.

use super::action::Action;
use super::app::{App, Effect, Focus, HelpState, Overlay, SidebarTab};
use super::find;
use super::mouse;
use super::search;
use super::ui;
use crate::layout;
use crate::library::{Origin, Status};
use ratatui::layout::Rect;
use std::sync::Arc;

pub fn update(app: &mut App, action: Action) {
    app.dirty = true;
    if !matches!(action, Action::Resize { .. } | Action::Loaded { .. }) {
        app.message = None;
    }
    if let Some(Overlay::Help(state)) = &mut app.overlay {
        let page = usize::from(app.size.1.saturating_sub(6)).max(1);
        match action {
            Action::Down => state.scroll += 1,
            Action::Up => state.scroll = state.scroll.saturating_sub(1),
            Action::PageDown => state.scroll += page,
            Action::PageUp => state.scroll = state.scroll.saturating_sub(page),
            Action::Close if !state.filter.is_empty() => {
                state.filter.clear();
                state.scroll = 0;
            }
            Action::Close | Action::ToggleHelp => app.overlay = None,
            Action::HelpType(c) => {
                state.filter.push(c);
                state.scroll = 0;
            }
            Action::HelpBackspace => {
                state.filter.pop();
            }
            Action::Quit => app.quit = true,
            Action::Resize { width, height } => resize(app, width, height),
            Action::Loaded { index, outcome } => super::library::loaded(app, index, outcome),
            Action::FilesChanged(changes) => super::library::files_changed(app, changes),
            _ => {}
        }
        if let Some(Overlay::Help(state)) = &app.overlay {
            let shown = app.help_lines(&state.filter).len();
            if let Some(Overlay::Help(state)) = &mut app.overlay {
                state.scroll = state.scroll.min(shown.saturating_sub(1));
            }
        }
        return;
    }
    if let Some(Overlay::Find(_)) = &app.overlay {
        find::update(app, action);
        return;
    }
    if let Some(Overlay::Detail(_)) = &app.overlay {
        match action {
            Action::Close | Action::Open => app.overlay = None,
            Action::Copy => copy(app),
            Action::Quit => app.quit = true,
            Action::Resize { width, height } => resize(app, width, height),
            Action::Loaded { index, outcome } => super::library::loaded(app, index, outcome),
            Action::FilesChanged(changes) => super::library::files_changed(app, changes),
            _ => {}
        }
        return;
    }
    match action {
        Action::Quit => app.quit = true,
        Action::FocusNext => cycle_focus(app, true),
        Action::FocusPrev => cycle_focus(app, false),
        Action::Down => step(app, 1),
        Action::Up => step(app, -1),
        Action::PageDown => step(app, page(app) as isize),
        Action::PageUp => step(app, -(page(app) as isize)),
        Action::HalfPageDown => step(app, (page(app) / 2).max(1) as isize),
        Action::HalfPageUp => step(app, -((page(app) / 2).max(1) as isize)),
        Action::Top => step(app, isize::MIN),
        Action::Bottom => step(app, isize::MAX),
        Action::Open => match (app.focus, app.sidebar.tab) {
            (Focus::Library, _) => {
                if let Some(i) = app.library_entry() {
                    open(app, i);
                    app.focus = Focus::Body;
                }
            }
            (Focus::Sidebar, SidebarTab::Quotes) => {
                reveal_selected(app);
                if let Some(q) = app.selected_quote() {
                    app.overlay = Some(Overlay::Detail(q.id));
                }
            }
            (Focus::Sidebar, SidebarTab::Sources) => filter_by_source(app),
            (Focus::Body, _) => {}
        },
        Action::NextQuote => jump_quote(app, true),
        Action::PrevQuote => jump_quote(app, false),
        Action::ToggleHelp => app.overlay = Some(Overlay::Help(HelpState::default())),
        Action::ToggleSources => {
            app.sidebar.tab = match app.sidebar.tab {
                SidebarTab::Quotes => SidebarTab::Sources,
                SidebarTab::Sources => SidebarTab::Quotes,
            };
        }
        // Out of zen mode, a pane asked for comes back.
        Action::ToggleLibrary => toggle(app, |v| {
            v.library = v.zen || !v.library;
            v.zen = false;
        }),
        Action::ToggleSidebar => toggle(app, |v| {
            v.sidebar = v.zen || !v.sidebar;
            v.zen = false;
        }),
        Action::Zen => toggle(app, |v| v.zen = !v.zen),
        Action::Copy => copy(app),
        Action::Edit => edit(app),
        Action::OpenSource if app.focus == Focus::Library => super::library::cycle_sort(app),
        Action::OpenSource => match app
            .current()
            .and_then(|l| l.article.url().map(str::to_owned))
        {
            Some(url) => {
                app.message = Some(format!("Opening {url}"));
                app.effects.push(Effect::OpenUrl(url));
            }
            None => app.message = Some("No source URL is known for this article".into()),
        },
        Action::FindAll => find::start(app),
        Action::Mouse(m) => mouse::update(app, m),
        Action::Search if app.focus == Focus::Library => {
            app.library.editing = true;
            app.library.query.clear();
            refilter(app);
        }
        Action::SearchType(c) if app.library.editing => {
            app.library.query.push(c);
            refilter(app);
        }
        Action::SearchBackspace if app.library.editing => {
            if app.library.query.pop().is_none() {
                app.library.editing = false;
            }
            refilter(app);
        }
        Action::SearchSubmit if app.library.editing => app.library.editing = false,
        Action::SearchCancel if app.library.editing => {
            app.library.editing = false;
            app.library.query.clear();
            refilter(app);
        }
        Action::Search => search::start(app),
        Action::SearchType(c) => search::type_char(app, c),
        Action::SearchBackspace => search::backspace(app),
        Action::SearchSubmit => search::submit(app),
        Action::SearchCancel => search::cancel(app),
        Action::NextMatch => search::step(app, true),
        Action::PrevMatch => search::step(app, false),
        Action::Close if app.focus == Focus::Library && !app.library.query.is_empty() => {
            app.library.query.clear();
            refilter(app);
        }
        Action::Close if !app.search.matches.is_empty() && app.sidebar.filter.is_none() => {
            search::cancel(app);
        }
        Action::Close => {
            if app.sidebar.filter.take().is_some() {
                app.sidebar.selected = None;
                app.message = Some("Showing every quotation".into());
            }
        }
        Action::Resize { width, height } => resize(app, width, height),
        Action::Loaded { index, outcome } => super::library::loaded(app, index, outcome),
        Action::FilesChanged(changes) => super::library::files_changed(app, changes),
        // Typing into the help's filter means nothing once it is closed.
        Action::HelpType(_) | Action::HelpBackspace => {}
    }
}

/// Opens the first entry in library order once it has loaded, passing over failures.
pub(super) fn open_first_ready(app: &mut App) {
    // The article open when byline last quit comes first, once it has loaded.
    if let Some(last) = app.restore_last.clone() {
        match app.entries.iter().position(|e| e.origin.label() == last) {
            Some(i) => match app.entries[i].status {
                Status::Pending => return,
                Status::Ready(_) => {
                    app.restore_last = None;
                    select_entry(app, i);
                    open(app, i);
                    return;
                }
                _ => app.restore_last = None,
            },
            // A feed's entry exists once its feed has loaded.
            None if app.entries.iter().any(|e| {
                matches!(e.status, Status::Pending)
                    && last.starts_with(&format!("{}#", e.origin.label()))
            }) =>
            {
                return;
            }
            None => app.restore_last = None,
        }
    }
    let rows = app.library_rows().into_owned();
    for i in rows {
        match app.entries[i].status {
            Status::Pending => return,
            Status::Ready(_) => {
                select_entry(app, i);
                open(app, i);
                return;
            }
            _ => continue,
        }
    }
}

/// Puts the library's cursor on entry `i`, where it is shown.
fn select_entry(app: &mut App, i: usize) {
    if let Some(p) = app.library_rows().iter().position(|&r| r == i) {
        app.library.selected = p;
    }
}

/// Narrows the library to the entries that match its filter, fuzzily, on title, speakers and
/// outlets, best first, keeping the cursor on the same entry where it can.
pub(super) fn refilter(app: &mut App) {
    let current = app.library_entry();
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

/// Narrows the Quotes tab to the quotations of the source under the cursor.
fn filter_by_source(app: &mut App) {
    let Some(source) = app
        .current()
        .and_then(|l| l.analysis.sources.get(app.sidebar.source))
        .cloned()
    else {
        return;
    };
    app.sidebar.tab = SidebarTab::Quotes;
    app.sidebar.selected = None;
    app.message = Some(if source.quotes.is_empty() {
        format!("{} has no quotations here (Esc shows all)", source.name)
    } else {
        format!("Quotations of {} (Esc shows all)", source.name)
    });
    app.sidebar.filter = Some(source.name);
}

pub(super) fn open(app: &mut App, index: usize) {
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
        Status::Pending | Status::Ready(_) => {}
    }
    app.remember_position();
    app.body.entry = Some(index);
    app.body.scroll = 0;
    app.sidebar.selected = None;
    app.sidebar.source = 0;
    app.sidebar.filter = None;
    search::refresh(app);
    // Back where this article was last read to.
    let at = app
        .positions
        .get(&app.entries[index].origin.label())
        .copied();
    lay_out_afresh(app, at);
}

/// Lays the open article out again from scratch (it is new, or its text changed) and scrolls
/// to the line that shows char offset `at`, when given.
pub(super) fn lay_out_afresh(app: &mut App, at: Option<usize>) {
    app.body.layout = None;
    app.body.layouts.clear();
    relayout(app);
    if let (Some(at), Some(layout)) = (at, app.body.layout.clone()) {
        app.body.scroll = layout.line_of(at).unwrap_or(0);
        clamp_scroll(app);
    }
}

fn resize(app: &mut App, width: u16, height: u16) {
    app.size = (width, height);
    relayout(app);
}

fn screen(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

/// The body's text rectangle and text width at the current size.
fn body_geometry(app: &App) -> (Rect, usize) {
    ui::body_text_area(ui::panes(screen(app), app.visible).body, app.max_width)
}

fn body_height(app: &App) -> usize {
    usize::from(body_geometry(app).0.height).max(1)
}

/// `relayout`, for the mouse's pane resizing.
pub(super) fn relayout_now(app: &mut App) {
    relayout(app);
}

/// How many widths of the open article's layout are kept.
const LAYOUTS_KEPT: usize = 3;

/// Lays out the open article at the current text width, if that changed.
fn relayout(app: &mut App) {
    let width = body_geometry(app).1;
    let Some(loaded) = app.current().cloned() else {
        app.body.layout = None;
        return;
    };
    let stale = app.body.layout.as_ref().is_none_or(|l| l.width != width);
    if stale {
        // Laying out a big article takes a while: each width is laid out once per article.
        let cached = app.body.layouts.iter().find(|l| l.width == width).cloned();
        let layout = cached.unwrap_or_else(|| {
            let l = Arc::new(layout::layout(&loaded.article, width));
            app.body.layouts.push(l.clone());
            if app.body.layouts.len() > LAYOUTS_KEPT {
                app.body.layouts.remove(0);
            }
            l
        });
        app.body.layout = Some(layout);
        app.body.highlights = ui::body::highlights(&loaded);
    }
    clamp_scroll(app);
}

fn max_scroll(app: &App) -> usize {
    let lines = app.body.layout.as_ref().map_or(0, |l| l.lines.len());
    lines.saturating_sub(body_height(app))
}

fn clamp_scroll(app: &mut App) {
    app.body.scroll = app.body.scroll.min(max_scroll(app));
}

fn page(app: &App) -> usize {
    match app.focus {
        Focus::Body => body_height(app).saturating_sub(2).max(1),
        _ => usize::from(app.size.1.saturating_sub(4) / 3).max(1),
    }
}

fn visible(app: &App, pane: Focus) -> bool {
    let p = ui::panes(screen(app), app.visible);
    match pane {
        Focus::Library => p.library.is_some(),
        Focus::Body => true,
        Focus::Sidebar => p.sidebar.is_some(),
    }
}

fn cycle_focus(app: &mut App, forward: bool) {
    let order = [Focus::Library, Focus::Body, Focus::Sidebar];
    let at = order.iter().position(|f| *f == app.focus).unwrap_or(1);
    for k in 1..=3 {
        let i = if forward { at + k } else { at + 3 - k };
        let next = order[i % 3];
        if visible(app, next) {
            app.focus = next;
            return;
        }
    }
}

/// `y`: the selected quotation with its citation, for the clipboard.
fn copy(app: &mut App) {
    let Some(text) = citation(app) else {
        app.message = Some("Select a quotation first (] or the sidebar)".into());
        return;
    };
    app.message = Some(format!(
        "Copied: {}",
        crate::text::truncate_chars(&text, 60)
    ));
    app.effects.push(Effect::Copy(text));
}

/// “…” — Zhang Jun, China's UN ambassador, via The Associated Press (Article title)
pub fn citation(app: &App) -> Option<String> {
    let q = app.selected_quote()?;
    let loaded = app.current()?;
    let quoted = loaded.slice(&q.span).to_owned();
    let quoted = quoted.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = format!("“{quoted}”");
    if let Some(s) = &q.speaker {
        out.push_str(&format!(" — {}", s.name));
        if let Some(d) = &s.description {
            out.push_str(&format!(", {d}"));
        }
    }
    if let Some(v) = &q.via {
        out.push_str(&format!(", via {}", v.name));
    }
    out.push_str(&format!(" ({})", loaded.article.title));
    Some(out)
}

/// `e`: the open article in `$EDITOR`; byline never writes to it itself.
fn edit(app: &mut App) {
    let Some(index) = app.body.entry else {
        return;
    };
    match &app.entries[index].origin {
        Origin::File(path) | Origin::Item(path, _) => app.effects.push(Effect::Edit {
            index,
            path: path.clone(),
        }),
        Origin::Sample(_) => {
            app.message = Some("Samples are built into byline; there is no file to edit".into())
        }
        Origin::Stdin(..) => {
            app.message = Some("This article came from stdin; there is no file to edit".into())
        }
    }
}

/// Shows or hides panes, then moves focus off a pane that went away and lays the article out
/// again for its new width.
fn toggle(app: &mut App, change: impl FnOnce(&mut super::app::Visibility)) {
    change(&mut app.visible);
    if !visible(app, app.focus) {
        app.focus = Focus::Body;
    }
    relayout(app);
}

/// Moves the focused pane's selection or scroll by `delta` (saturating at both ends).
pub(super) fn step(app: &mut App, delta: isize) {
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

/// `]` and `[`: the next or previous speech quotation, selected and scrolled into view.
fn jump_quote(app: &mut App, forward: bool) {
    let Some(loaded) = app.current().cloned() else {
        return;
    };
    let items = app.sidebar_items();
    let speech: Vec<usize> = (0..items.len())
        .filter(|&k| loaded.analysis.quotes[items[k]].kind.is_speech())
        .collect();
    if speech.is_empty() {
        app.message = Some("No quotations in this article".into());
        return;
    }
    let next = match (app.sidebar.selected, forward) {
        (None, true) => Some(speech[0]),
        (None, false) => speech.last().copied(),
        (Some(s), true) => speech.iter().copied().find(|&k| k > s),
        (Some(s), false) => speech.iter().rev().copied().find(|&k| k < s),
    };
    match next {
        Some(k) => {
            app.sidebar.selected = Some(k);
            reveal_selected(app);
        }
        None => {
            app.message = Some(if forward {
                "Last quotation".into()
            } else {
                "First quotation".into()
            });
        }
    }
}

/// Scrolls the body so the selected quotation is in view, a third of the way down if it moves.
fn reveal_selected(app: &mut App) {
    if let Some(q) = app.selected_quote().cloned() {
        reveal(app, q.span);
    }
}

/// Scrolls the body so a char range is in view, a third of the way down if it moves.
pub(super) fn reveal(app: &mut App, span: std::ops::Range<usize>) {
    let Some(layout) = app.body.layout.clone() else {
        return;
    };
    let height = body_height(app);
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

/// The percentage of the article read: the bottom of the view against its length.
pub fn scroll_percent(app: &App) -> usize {
    let lines = app.body.layout.as_ref().map_or(0, |l| l.lines.len());
    if lines == 0 {
        return 100;
    }
    ((app.body.scroll + body_height(app)).min(lines) * 100) / lines
}
