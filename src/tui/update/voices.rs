//! The Voices view, as `update` carries it out: `v` switches the library pane between
//! articles and voices; the voices are ranked from every entry's, filtered with `/`; Enter
//! lists what the selected voice said across the library in the middle pane, and Enter on a
//! statement opens its article there with it selected; Esc steps back. The details popup's
//! "also in N articles" is worked out here too.

use super::moves::{self, open_asked};
use crate::library::Status;
use crate::tui::action::{Action, VoicesFromIndex};
use crate::tui::app::{App, Effect, Focus, SidebarTab};
use crate::tui::voices::{EchoRow, Echoes, StatementRow, Statements};
use crate::voices::{VoiceId, Wording, said_by};
use std::sync::Arc;

/// `v`: the library pane lists voices, or articles again.
pub fn toggle(app: &mut App) {
    let v = &mut app.voices;
    v.shown = !v.shown;
    if !v.shown {
        v.reading = false;
        app.message = Some("Articles (v: voices)".into());
        return;
    }
    app.visible.library = true;
    app.visible.zen = false;
    app.focus = Focus::Library;
    refresh(app);
    app.message = Some(if app.voices.counting {
        "Voices: counting the voices the index holds…".into()
    } else {
        "Voices (Enter: what one said · c: chart · v: articles)".into()
    });
    moves::relayout(app);
}

/// Ranks the voices again if entries changed since, keeping the cursor on its voice.
pub fn refresh(app: &mut App) {
    let v = &mut app.voices;
    if !v.stale || !v.shown {
        return;
    }
    v.stale = false;
    let current = v.selected_voice().map(|(id, _)| *id);
    v.list = Arc::new(v.book.tally(v.heard.iter().flatten()));
    v.kinds = Arc::new(v.book.by_kind(v.heard.iter().flatten()));
    // The open voice's counts follow the list's: articles counted since it was opened show in
    // its title too.
    if let Some(s) = &mut v.statements
        && let Some((_, voice)) = v.list.iter().find(|(id, _)| *id == s.voice)
    {
        s.total = voice.quoted + voice.reported;
        s.articles = voice.articles;
    }
    let outlets = v.heard.iter().enumerate().filter_map(|(i, h)| {
        let outlet = match &app.entries.get(i)?.status {
            Status::Ready(l) => l.article.meta.outlet.as_deref(),
            Status::Indexed(s) => s.outlet.as_deref(),
            _ => None,
        };
        Some((outlet, h.as_ref()?))
    });
    app.voices.outlets = Arc::new(crate::voices::by_outlet(outlets));
    refilter(app);
    let v = &mut app.voices;
    if let Some(id) = current
        && let Some(k) = (0..v.row_count()).find(|&k| v.row(k).is_some_and(|r| v.list[r].0 == id))
    {
        v.selected = k;
    }
    v.selected = v.selected.min(v.row_count().saturating_sub(1));
}

/// Narrows the list to the voices whose names, aliases or descriptions match the filter.
fn refilter(app: &mut App) {
    let v = &mut app.voices;
    v.filtered = if v.query.is_empty() {
        None
    } else {
        let items = v.list.iter().enumerate().map(|(i, (_, voice))| {
            let mut hay = voice.name.clone();
            for a in &voice.aliases {
                hay.push_str(" · ");
                hay.push_str(a);
            }
            if let Some(d) = &voice.description {
                hay.push_str(" · ");
                hay.push_str(d);
            }
            (i, hay)
        });
        Some(crate::search::fuzzy_rank(&v.query, items))
    };
    v.selected = v.selected.min(v.row_count().saturating_sub(1));
}

/// Carries out an action meant for the Voices view; `false` when it is not one, and the
/// reader carries it out as usual.
pub fn handle(app: &mut App, action: &Action) -> bool {
    if matches!(action, Action::ToggleVoices) {
        toggle(app);
        return true;
    }
    if !app.voices.shown {
        if matches!(action, Action::CycleChart) {
            app.message = Some("Charts are in the Voices view (v)".into());
            return true;
        }
        return false;
    }
    if matches!(action, Action::CycleChart) {
        let v = &mut app.voices;
        v.chart = v.chart.next();
        v.statements = None;
        v.reading = false;
        app.message = Some(format!("Chart: {} (c: next)", v.chart.title()));
        return true;
    }
    match app.focus {
        Focus::Library => list_action(app, action),
        Focus::Body if app.voices.reading => match action {
            // Back from the article to the statements, once the article's own Esc has nothing
            // left to clear.
            Action::Close if app.search.matches.is_empty() && app.sidebar.filter.is_none() => {
                app.voices.reading = false;
                moves::relayout(app);
                true
            }
            _ => false,
        },
        Focus::Body if app.voices.statements.is_some() => statements_action(app, action),
        _ => false,
    }
}

/// Keys on the list of voices.
fn list_action(app: &mut App, action: &Action) -> bool {
    let page = usize::from(app.size.1.saturating_sub(4)).max(1);
    let v = &mut app.voices;
    let len = v.row_count();
    let go = |at: usize, delta: isize| at.saturating_add_signed(delta).min(len.saturating_sub(1));
    match action {
        Action::SearchType(c) if v.editing => {
            v.query.push(*c);
            refilter(app);
        }
        Action::SearchBackspace if v.editing => {
            if v.query.pop().is_none() {
                v.editing = false;
            }
            refilter(app);
        }
        Action::SearchSubmit if v.editing => v.editing = false,
        Action::SearchCancel if v.editing => {
            v.editing = false;
            v.query.clear();
            refilter(app);
        }
        Action::Search => {
            v.editing = true;
            v.query.clear();
            refilter(app);
        }
        Action::Down => v.selected = go(v.selected, 1),
        Action::Up => v.selected = go(v.selected, -1),
        Action::PageDown => v.selected = go(v.selected, page as isize),
        Action::PageUp => v.selected = go(v.selected, -(page as isize)),
        Action::HalfPageDown => v.selected = go(v.selected, (page / 2).max(1) as isize),
        Action::HalfPageUp => v.selected = go(v.selected, -((page / 2).max(1) as isize)),
        Action::Top => v.selected = 0,
        Action::Bottom => v.selected = len.saturating_sub(1),
        Action::Open => open_statements(app),
        Action::Close if !v.query.is_empty() => {
            v.query.clear();
            refilter(app);
        }
        Action::Close if v.statements.is_some() => {
            v.statements = None;
            v.reading = false;
        }
        Action::Close => {}
        _ => return false,
    }
    true
}

/// Keys on the statements of one voice, in the middle pane.
fn statements_action(app: &mut App, action: &Action) -> bool {
    let page = app.body_height().saturating_sub(1).max(1) / 3;
    let Some(s) = &mut app.voices.statements else {
        return false;
    };
    let len = s.rows.len();
    let go = |at: usize, delta: isize| at.saturating_add_signed(delta).min(len.saturating_sub(1));
    match action {
        Action::Down => s.selected = go(s.selected, 1),
        Action::Up => s.selected = go(s.selected, -1),
        Action::PageDown | Action::HalfPageDown => {
            s.selected = go(s.selected, page.max(1) as isize)
        }
        Action::PageUp | Action::HalfPageUp => s.selected = go(s.selected, -(page.max(1) as isize)),
        Action::Top => s.selected = 0,
        Action::Bottom => s.selected = len.saturating_sub(1),
        Action::Open => open_statement(app),
        Action::Close => {
            app.voices.statements = None;
            app.focus = Focus::Library;
        }
        _ => return false,
    }
    read_on(app);
    true
}

/// Enter on a voice: what it said, from the entries in memory at once, and from the index
/// for the articles it holds.
fn open_statements(app: &mut App) {
    let Some((id, voice)) = app.voices.selected_voice().cloned() else {
        return;
    };
    let mut rows = Vec::new();
    let from_index = app.library.indexed;
    for (i, heard) in app.voices.heard.iter().enumerate() {
        if !heard
            .as_ref()
            .is_some_and(|h| h.0.iter().any(|(v, _, _)| *v == id))
        {
            continue;
        }
        let Some(Status::Ready(l)) = app.entries.get(i).map(|e| &e.status) else {
            continue;
        };
        rows.extend(statement_rows(i, l, &app.voices.book, id));
    }
    app.voices.statements = Some(Statements {
        voice: id,
        name: voice.name.clone(),
        rows,
        selected: 0,
        loading: false,
        next: from_index.then_some(0),
        total: voice.quoted + voice.reported,
        articles: voice.articles,
    });
    app.voices.reading = false;
    app.focus = Focus::Body;
    read_on(app);
}

/// Asks the index for the next page of statements when the cursor nears the end of those
/// read so far.
fn read_on(app: &mut App) {
    let page = app.body_height();
    let Some(s) = &mut app.voices.statements else {
        return;
    };
    let (Some(after), false) = (s.next, s.loading) else {
        return;
    };
    if s.selected + page < s.rows.len() {
        return;
    }
    let Some((folded, kind)) = app.voices.book.key(s.voice) else {
        return;
    };
    s.loading = true;
    app.effects.push(Effect::SaidBy {
        voice: s.voice,
        folded,
        kind,
        after,
    });
}

/// Every file the index holds is listed: its voices are counted now, off the reader's thread.
pub fn listed(app: &mut App) {
    app.voices.counting = true;
    let listed = app
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.status, Status::Indexed(_)))
        .map(|(i, e)| (i, e.origin.clone()))
        .collect();
    app.effects.push(Effect::CountVoices(listed));
}

fn statement_rows(
    entry: usize,
    l: &crate::library::Loaded,
    book: &crate::voices::Book,
    id: VoiceId,
) -> Vec<StatementRow> {
    let Some((folded, kind)) = book.key(id) else {
        return Vec::new();
    };
    said_by(l, &folded, crate::article::SourceKind::from_name(kind))
        .into_iter()
        .map(|said| StatementRow {
            entry,
            title: l.article.title.clone(),
            date: l.article.meta.date.clone(),
            outlet: l.article.meta.outlet.clone(),
            said,
        })
        .collect()
}

/// A page of what the index says the voice said: after what the entries in memory said, each
/// article once, in the order the index stored them.
pub fn said(app: &mut App, voice: VoiceId, found: Result<Vec<crate::index::Statements>, String>) {
    let found = match found {
        Ok(f) => f,
        Err(e) => {
            app.message = Some(format!("reading the index: {e}"));
            if let Some(s) = &mut app.voices.statements {
                s.loading = false;
            }
            return;
        }
    };
    if app
        .voices
        .statements
        .as_ref()
        .is_none_or(|s| s.voice != voice)
    {
        return; // an earlier voice's answer
    }
    let by_key = moves::entries_by_key(app);
    let Some(s) = &mut app.voices.statements else {
        return;
    };
    let known: std::collections::HashSet<usize> = s.rows.iter().map(|r| r.entry).collect();
    s.next = match found.last() {
        Some(last) if found.len() >= crate::tui::archive::SAID_PAGE => Some(last.row),
        _ => None,
    };
    for article in found {
        let Some(&entry) = by_key.get(&(article.path.clone(), article.item)) else {
            continue;
        };
        // An entry read in this session (changed since, or open) speaks for itself.
        if known.contains(&entry) || matches!(app.entries[entry].status, Status::Ready(_)) {
            continue;
        }
        for said in article.said {
            s.rows.push(StatementRow {
                entry,
                title: article.title.clone(),
                date: article.date.clone(),
                outlet: article.outlet.clone(),
                said,
            });
        }
    }
    // In the library's order, whichever articles were read in memory and which came from
    // the index (the index stores them as they finish, in no fixed order); a row the cursor
    // was moved to stays under it, and a cursor at the top stays at the top.
    let at = s.rows.get(s.selected).map(|r| (r.entry, r.said.quote));
    s.rows.sort_by_key(|r| r.entry);
    if let Some(at) = at.filter(|_| s.selected > 0) {
        s.selected = s
            .rows
            .iter()
            .position(|r| (r.entry, r.said.quote) == at)
            .unwrap_or(s.selected);
    }
    s.loading = false;
    // The cursor may be at the end already.
    read_on(app);
}

/// Enter on a statement: its article in the middle pane, the statement selected in view.
fn open_statement(app: &mut App) {
    let Some(row) = app
        .voices
        .statements
        .as_ref()
        .and_then(|s| s.rows.get(s.selected))
        .cloned()
    else {
        return;
    };
    // The article takes the middle pane at the reader's own layout.
    app.voices.reading = true;
    open_asked(app, row.entry);
    moves::relayout(app);
    moves::select_entry(app, row.entry);
    app.voices.reveal = Some((row.entry, row.said.quote));
    reveal_statement(app);
}

/// Once the article a statement opened is in, the statement is selected and shown.
pub fn reveal_statement(app: &mut App) {
    let Some((entry, quote)) = app.voices.reveal else {
        return;
    };
    if app.body.entry != Some(entry) {
        app.voices.reveal = None;
        return;
    }
    if app.current().is_none() {
        return;
    }
    app.voices.reveal = None;
    app.sidebar.tab = SidebarTab::Quotes;
    app.sidebar.filter = None;
    app.sidebar.quotations_only = false;
    let items = app.sidebar_items();
    let Some(quotes) = app.current().map(|l| &l.analysis.quotes) else {
        return;
    };
    app.sidebar.selected = items
        .iter()
        .position(|&i| quotes.get(i).is_some_and(|q| q.id == quote));
    super::reveal_selected(app);
}

/// The voices the index holds: every entry listed from it, and not read in this session since,
/// takes its voices from there.
pub fn indexed(app: &mut App, found: Arc<VoicesFromIndex>) {
    app.voices.counting = false;
    let (book, heard) = &*found;
    let remap = app.voices.book.absorb(book);
    for (entry, heard) in heard {
        let entry = *entry;
        if app.voices.heard.get(entry).is_some_and(Option::is_some)
            || !matches!(
                app.entries.get(entry).map(|e| &e.status),
                Some(Status::Indexed(_))
            )
        {
            continue;
        }
        let heard = crate::voices::Heard(
            heard
                .0
                .iter()
                .map(|&(id, q, r)| (remap[id as usize], q, r))
                .collect(),
        );
        app.voices.set_heard(entry, Some(heard));
    }
    if app.voices.shown {
        app.message = Some("Voices counted (Enter: what one said · c: chart · v: articles)".into());
    }
    refresh(app);
}

/// The details popup opened on quotation `quote` of the open article: the other articles
/// with the same quotation, from the entries in memory, and from the index.
pub fn look_for_echoes(app: &mut App, quote: usize) {
    let (Some(entry), Some(l)) = (app.body.entry, app.current().cloned()) else {
        return;
    };
    let Some(q) = l.analysis.quotes.iter().find(|q| q.id == quote) else {
        return;
    };
    let text = l.words(q);
    let mine = Wording::new(&text);
    let mut rows = Vec::new();
    if q.kind.is_quotation() && !mine.words().is_empty() {
        for (i, e) in app.entries.iter().enumerate() {
            let Status::Ready(other) = &e.status else {
                continue;
            };
            if i == entry {
                continue;
            }
            if let Some(row) = echo_in(i, other, &mine) {
                rows.push(row);
            }
        }
    }
    let ask = q.kind.is_quotation() && app.library.indexed && mine.words().len() >= 6;
    app.voices.echoes = Some(Echoes {
        entry,
        quote,
        rows,
        loading: ask,
        more: false,
    });
    if ask {
        app.effects.push(Effect::Echoes { entry, quote, text });
    }
}

/// Article `l`'s first wording of the same quotation, if it has one.
fn echo_in(entry: usize, l: &crate::library::Loaded, mine: &Wording) -> Option<EchoRow> {
    l.analysis.quotations().find_map(|q| {
        let text = l.words(q);
        mine.same(&Wording::new(&text)).then(|| EchoRow {
            entry,
            title: l.article.title.clone(),
            differs: mine.differs(&text),
            text,
        })
    })
}

/// What the index found of a quotation in other articles.
pub fn echoed(
    app: &mut App,
    entry: usize,
    quote: usize,
    found: Result<(Vec<crate::voices::Echo>, bool), String>,
) {
    let Some(e) = &app.voices.echoes else {
        return;
    };
    if (e.entry, e.quote) != (entry, quote) {
        return;
    }
    let (found, more) = match found {
        Ok(f) => f,
        Err(err) => {
            app.message = Some(format!("reading the index: {err}"));
            (Vec::new(), false)
        }
    };
    let by_key = moves::entries_by_key(app);
    let Some(l) = app.current().cloned() else {
        return;
    };
    let mine = l
        .analysis
        .quotes
        .iter()
        .find(|q| q.id == quote)
        .map(|q| Wording::new(&l.words(q)))
        .unwrap_or_default();
    let Some(e) = &mut app.voices.echoes else {
        return;
    };
    e.loading = false;
    e.more = more;
    for crate::voices::Echo {
        path,
        item,
        title,
        text,
    } in found
    {
        let Some(&i) = by_key.get(&(path, item)) else {
            continue;
        };
        if i == entry || e.rows.iter().any(|r| r.entry == i) {
            continue;
        }
        e.rows.push(EchoRow {
            entry: i,
            title,
            differs: mine.differs(&text),
            text,
        });
    }
    e.rows.sort_by_key(|r| r.entry);
}
