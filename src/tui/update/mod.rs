//! The only code that changes the `App`. It does no I/O and draws nothing, so tests drive it
//! directly with actions. What it needs done outside the app (copy, open, edit, load) it hands
//! back as `Effect`s for the event loop.
//!
//! The parts: this file routes each action; `article_search` (`/` in the article),
//! `library_search` (`Ctrl-f` across the library), `loading` (loader results, files changed on
//! disk, the library's order) and `mouse` carry out their own; all of them use `moves`, the
//! moves they share, which calls nothing back.

mod article_search;
mod library_search;
mod loading;
mod mouse;
mod moves;
mod voices;

use super::action::{Action, Preferences};
use super::app::{App, Effect, Focus, HelpState, Overlay, SidebarTab};
use crate::library::Origin;
use moves::{relayout, reveal, step, visible};

pub use library_search::MAX_HITS;

/// Carries out one action and returns what the event loop must do outside the app.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    apply(app, action);
    app.keep_sidebar_rows();
    std::mem::take(&mut app.effects)
}

fn apply(app: &mut App, action: Action) {
    // Actions that do the same whatever is on screen.
    let action = match action {
        Action::Resize { width, height } => return resize(app, width, height),
        Action::Loaded { index, outcome } => return loading::loaded(app, index, outcome),
        Action::LaidOut {
            entry,
            loaded,
            layout,
        } => return moves::laid_out(app, entry, &loaded, layout),
        Action::FilesChanged(changes) => return loading::files_changed(app, changes),
        Action::FilesOnDisk { roots, files } => return loading::files_on_disk(app, &roots, files),
        Action::Indexed(list) => return loading::indexed(app, list),
        Action::IndexHits { query, hits } => return library_search::index_hits(app, &query, hits),
        Action::SettleLoads => return loading::settle(app),
        Action::VoicesIndexed(found) => return voices::indexed(app, found),
        Action::Said { voice, found } => return voices::said(app, voice, found),
        Action::IndexListed => return voices::listed(app),
        Action::Echoed {
            entry,
            quote,
            found,
        } => return voices::echoed(app, entry, quote, found),
        Action::ApplyPreferences {
            preferences,
            reloaded,
        } => return apply_preferences(app, *preferences, reloaded),
        Action::RestoreState(state) => {
            app.apply_state(&state);
            app.count_unread();
            return relayout(app);
        }
        Action::KeysPending(keys) => {
            app.pending_keys = keys;
            return;
        }
        Action::EffectFailed(message) => {
            app.message = Some(message);
            return;
        }
        other => other,
    };
    app.message = None;
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
        library_search::update(app, action);
        return;
    }
    if let Some(Overlay::Detail(_)) = &app.overlay {
        // The view keeps the scroll within the popup's lines when it draws.
        let page = usize::from(app.size.1 / 2).max(1);
        match action {
            Action::Close | Action::Open => app.overlay = None,
            Action::Copy => copy(app),
            Action::Quit => app.quit = true,
            Action::Down => app.detail_scroll += 1,
            Action::Up => app.detail_scroll = app.detail_scroll.saturating_sub(1),
            Action::PageDown => app.detail_scroll += page,
            Action::PageUp => app.detail_scroll = app.detail_scroll.saturating_sub(page),
            _ => {}
        }
        return;
    }
    if voices::handle(app, &action) {
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
                    moves::open_asked(app, i);
                    app.focus = Focus::Body;
                }
            }
            (Focus::Sidebar, SidebarTab::Quotes) => {
                reveal_selected(app);
                if let Some(id) = app.selected_quote().map(|q| q.id) {
                    app.overlay = Some(Overlay::Detail(id));
                    app.detail_scroll = 0;
                    voices::look_for_echoes(app, id);
                }
            }
            (Focus::Sidebar, SidebarTab::Sources) => filter_by_source(app),
            (Focus::Body, _) => {}
        },
        Action::NextQuote => jump_quote(app, true),
        Action::PrevQuote => jump_quote(app, false),
        Action::ToggleHelp => app.overlay = Some(Overlay::Help(HelpState::default())),
        Action::ToggleReported => toggle_reported(app),
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
        Action::SortLibrary => loading::cycle_sort(app),
        Action::ToggleRead => toggle_read(app),
        Action::NextUnread => next_unread(app),
        Action::OpenSource => match app
            .current()
            .and_then(|l| l.article.url().map(str::to_owned))
        {
            Some(url) => match crate::text::safe_web_address(&url) {
                Ok(()) => {
                    app.message = Some(format!("Opening {url}"));
                    app.effects.push(Effect::OpenUrl(url));
                }
                Err(why) => app.message = Some(format!("Not opening “{url}”: {why}")),
            },
            None => app.message = Some("No source URL is known for this article".into()),
        },
        Action::FindAll => library_search::start(app),
        Action::Mouse(m) => mouse::update(app, m),
        Action::Search if app.focus == Focus::Library => {
            app.library.editing = true;
            app.library.query.clear();
            moves::refilter(app);
        }
        Action::SearchType(c) if app.library.editing => {
            app.library.query.push(c);
            moves::refilter(app);
        }
        Action::SearchBackspace if app.library.editing => {
            if app.library.query.pop().is_none() {
                app.library.editing = false;
            }
            moves::refilter(app);
        }
        Action::SearchSubmit if app.library.editing => app.library.editing = false,
        Action::SearchCancel if app.library.editing => {
            app.library.editing = false;
            app.library.query.clear();
            moves::refilter(app);
        }
        Action::Search => article_search::start(app),
        Action::SearchType(c) => article_search::type_char(app, c),
        Action::SearchBackspace => article_search::backspace(app),
        Action::SearchSubmit => article_search::submit(app),
        Action::SearchCancel => article_search::cancel(app),
        Action::NextMatch => article_search::step(app, true),
        Action::PrevMatch => article_search::step(app, false),
        Action::Close if app.focus == Focus::Library && !app.library.query.is_empty() => {
            app.library.query.clear();
            moves::refilter(app);
        }
        Action::Close if !app.search.matches.is_empty() && app.sidebar.filter.is_none() => {
            article_search::cancel(app);
        }
        Action::Close => {
            if app.sidebar.filter.take().is_some() {
                app.sidebar.selected = None;
                app.message = Some("Showing every quotation".into());
            }
        }
        // Typing into the help's filter means nothing once it is closed; the rest were carried
        // out above.
        Action::HelpType(_)
        | Action::HelpBackspace
        | Action::Resize { .. }
        | Action::Loaded { .. }
        | Action::LaidOut { .. }
        | Action::Indexed(_)
        | Action::IndexHits { .. }
        | Action::VoicesIndexed(_)
        | Action::Said { .. }
        | Action::IndexListed
        | Action::Echoed { .. }
        | Action::ToggleVoices
        | Action::CycleChart
        | Action::FilesChanged(_)
        | Action::FilesOnDisk { .. }
        | Action::SettleLoads
        | Action::ApplyPreferences { .. }
        | Action::RestoreState(_)
        | Action::KeysPending(_)
        | Action::EffectFailed(_) => {}
    }
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
    // The source's first quotation is selected, so Enter and y work at once.
    app.sidebar.selected = (!source.quotes.is_empty()).then_some(0);
    app.message = Some(if source.quotes.is_empty() {
        format!("{} has no quotations here (Esc shows all)", source.name)
    } else {
        format!("Quotations of {} (Esc shows all)", source.name)
    });
    app.sidebar.filter = Some(source.name);
    reveal_selected(app);
}

/// `r`: the sidebar lists every voice (quoted and reported), or quotations only. The selection
/// stays on the same statement where it is still listed.
fn toggle_reported(app: &mut App) {
    let was = app.selected_quote().map(|q| q.id);
    app.sidebar.quotations_only = !app.sidebar.quotations_only;
    let items = app.sidebar_items();
    let quotes = app.current().map(|l| &l.analysis.quotes);
    app.sidebar.selected = match (was, quotes) {
        (Some(id), Some(quotes)) => items
            .iter()
            .position(|&i| quotes.get(i).is_some_and(|q| q.id == id))
            .or_else(|| (!items.is_empty()).then_some(0)),
        _ => app.sidebar.selected.filter(|&s| s < items.len()),
    };
    app.message = Some(
        if app.sidebar.quotations_only {
            "Sidebar: quotations only (r: every voice)"
        } else {
            "Sidebar: every voice, quoted and reported (r: quotations only)"
        }
        .into(),
    );
}

/// `m`: the article under the library's cursor (or the open one) marked read, or unread again.
fn toggle_read(app: &mut App) {
    let target = match app.focus {
        Focus::Library => app.library_entry(),
        _ => app.body.entry,
    };
    let Some(i) = target.filter(|&i| {
        matches!(
            app.entries[i].status,
            crate::library::Status::Ready(_) | crate::library::Status::Pending
        )
    }) else {
        app.message = Some("Select an article first".into());
        return;
    };
    let read = !app.is_read(i);
    app.set_read(i, read);
    app.message = Some(format!(
        "Marked {} ({} unread)",
        if read { "read" } else { "unread" },
        app.unread
    ));
}

/// `u`: the next unread article in the library's order, after the cursor, opened.
fn next_unread(app: &mut App) {
    let rows = app.library_rows();
    let n = rows.len();
    let from = app.library.selected;
    let unread: Vec<usize> = (1..=n)
        .map(|k| rows[(from + k) % n])
        .filter(|&i| app.counts_as_unread(i))
        .collect();
    match unread.iter().find(|&&i| app.entries[i].loaded().is_some()) {
        Some(&i) => {
            moves::select_entry(app, i);
            moves::open_asked(app, i);
        }
        None if !unread.is_empty() => {
            app.message = Some("The unread articles are still loading".into())
        }
        None => app.message = Some("Every article is read".into()),
    }
}

/// Takes up the config's choices: styles are the view's, the rest is the app's.
fn apply_preferences(app: &mut App, p: Preferences, reloaded: bool) {
    app.max_width = p.max_width;
    app.justify = p.justify;
    app.mouse = p.mouse;
    app.sidebar_lines = p.sidebar_lines.max(1);
    app.help = p.help;
    app.warnings = p.warnings;
    relayout(app);
    // A warning shows in the status line in place of the confirmation.
    if reloaded {
        app.message = app
            .warnings
            .is_empty()
            .then(|| "Configuration reloaded".to_owned());
    }
}

fn resize(app: &mut App, width: u16, height: u16) {
    app.size = (width, height);
    relayout(app);
}

fn page(app: &App) -> usize {
    match app.focus {
        Focus::Body => app.body_height().saturating_sub(2).max(1),
        _ => usize::from(app.size.1.saturating_sub(4) / 3).max(1),
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

/// “…” — Ilse Varga, Norland's UN envoy, via The Associated Press (Article title)
pub fn citation(app: &App) -> Option<String> {
    let q = app.selected_quote()?;
    let loaded = app.current()?;
    let quoted = loaded.words(q);
    // Reported speech is cited as the article reports it, not as a quotation.
    let mut out = if q.kind.is_reported() {
        format!("(reported) {quoted}")
    } else {
        format!("“{quoted}”")
    };
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
    // It is pasted into a shell or an editor: no escape (a bracketed-paste end, an OSC) may
    // ride along.
    Some(crate::text::neutralised(&out))
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
pub(super) fn reveal_selected(app: &mut App) {
    if let Some(q) = app.selected_quote().cloned() {
        reveal(app, q.span);
    }
}
