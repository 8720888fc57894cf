//! Search across the whole library (`Ctrl-f`), as `update` carries it out: type a query,
//! `Enter` lists every article and line where it is found, `Enter` on a result opens the
//! article at that place with the match highlighted.

use super::moves::{find_matches, open_asked, reveal};
use crate::search::find_all;
use crate::text::{CharMap, neutralised};
use crate::tui::action::Action;
use crate::tui::app::{App, FindHit, FindState, Focus, Overlay};

/// The most results listed; the status says when there were more.
pub const MAX_HITS: usize = 2000;

pub fn start(app: &mut App) {
    app.overlay = Some(Overlay::Find(FindState {
        editing: true,
        ..FindState::default()
    }));
}

pub fn update(app: &mut App, action: Action) {
    let Some(Overlay::Find(state)) = &mut app.overlay else {
        return;
    };
    match action {
        Action::SearchType(c) => state.query.push(c),
        Action::SearchBackspace => {
            state.query.pop();
        }
        Action::SearchSubmit => {
            let query = state.query.clone();
            // With an index, the whole archive is searched there, not only what is loaded.
            if app.library.indexed && !query.trim().is_empty() {
                state.editing = false;
                app.effects
                    .push(crate::tui::app::Effect::SearchIndex(query));
                return;
            }
            let (hits, truncated) = run(app, &query);
            if let Some(Overlay::Find(state)) = &mut app.overlay {
                state.hits = hits;
                state.truncated = truncated;
                state.selected = 0;
                state.editing = false;
            }
        }
        Action::SearchCancel | Action::Close => app.overlay = None,
        Action::FindAll => state.editing = true,
        Action::Down => {
            state.selected = (state.selected + 1).min(state.hits.len().saturating_sub(1))
        }
        Action::Up => state.selected = state.selected.saturating_sub(1),
        Action::Open => go_to(app),
        Action::Quit => app.quit = true,
        _ => {}
    }
}

/// What the archive index found: each hit's entry, and the words around the match. The place
/// in the article is found when it is opened.
pub fn index_hits(app: &mut App, query: &str, hits: Result<Vec<crate::index::Hit>, String>) {
    let hits = match hits {
        Ok(h) => h,
        Err(e) => {
            app.message = Some(format!("searching the index: {e}"));
            return;
        }
    };
    let Some(Overlay::Find(state)) = &app.overlay else {
        return;
    };
    if state.query != query {
        return; // an older query's answer
    }
    let by_key = super::moves::entries_by_key(app);
    let truncated = hits.len() >= MAX_HITS;
    let found: Vec<FindHit> = hits
        .into_iter()
        .filter_map(|h| {
            let entry = *by_key.get(&(h.path.clone(), h.item))?;
            let snippet: String = h
                .snippet
                .chars()
                .filter(|&c| c != '\u{1}' && c != '\u{2}')
                .collect();
            Some(FindHit {
                entry,
                span: 0..0,
                snippet: neutralised(&snippet.split_whitespace().collect::<Vec<_>>().join(" ")),
            })
        })
        .collect();
    if let Some(Overlay::Find(state)) = &mut app.overlay {
        state.hits = found;
        state.truncated = truncated;
        state.selected = 0;
        state.editing = false;
    }
}

/// Every match of the query in the loaded articles, with the line around it.
fn run(app: &App, query: &str) -> (Vec<FindHit>, bool) {
    let mut hits = Vec::new();
    if query.is_empty() {
        return (hits, false);
    }
    for (entry, e) in app.entries.iter().enumerate() {
        let Some(loaded) = e.loaded() else { continue };
        let text = &loaded.article.text;
        let map = CharMap::new(text);
        for span in find_all(text, query) {
            if hits.len() == MAX_HITS {
                return (hits, true);
            }
            hits.push(FindHit {
                entry,
                snippet: snippet(text, &map, span.clone()),
                span,
            });
        }
    }
    (hits, false)
}

/// The line of text around a match, cut to about 60 chars either side.
fn snippet(text: &str, map: &CharMap, span: std::ops::Range<usize>) -> String {
    let start = map.byte_of(span.start.saturating_sub(60));
    let end = map.byte_of(span.end + 60);
    let before = &text[start..map.byte_of(span.start)];
    let whole_line = before.contains('\n') || start == 0;
    let before = before.rsplit('\n').next().unwrap_or(before);
    // A line cut short starts at a word, after an ellipsis.
    let before = if whole_line {
        before.to_owned()
    } else {
        match before.split_once(char::is_whitespace) {
            Some((_, rest)) => format!("…{rest}"),
            None => before.to_owned(),
        }
    };
    let after = &text[map.byte_of(span.start)..end];
    let after = after.split('\n').next().unwrap_or(after);
    neutralised(
        &format!("{before}{after}")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Opens the selected result's article, with the query as the article's search and the
/// match in view.
fn go_to(app: &mut App) {
    let Some(Overlay::Find(state)) = &app.overlay else {
        return;
    };
    let Some(hit) = state.hits.get(state.selected).cloned() else {
        return;
    };
    let query = state.query.clone();
    app.overlay = None;
    open_asked(app, hit.entry);
    app.focus = Focus::Body;
    if let Some(row) = app.library_rows().iter().position(|&i| i == hit.entry) {
        app.library.selected = row;
    }
    if hit.span.is_empty() {
        // From the index: the article is read in, then its first match is shown.
        app.search.query = query
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .trim_end_matches('*')
            .to_owned();
        app.search.reveal_first = true;
        reveal_first_match(app);
        return;
    }
    app.search.query = query;
    find_matches(app);
    app.search.current = app.search.matches.iter().position(|m| *m == hit.span);
    reveal(app, hit.span);
}

/// Once the article a search result opened is in, its first match is shown.
pub fn reveal_first_match(app: &mut App) {
    if !app.search.reveal_first || app.current().is_none() {
        return;
    }
    app.search.reveal_first = false;
    find_matches(app);
    if let Some(first) = app.search.matches.first().cloned() {
        app.search.current = Some(0);
        reveal(app, first);
    }
}
