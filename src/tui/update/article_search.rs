//! Search in the open article, as `update` carries it out: `/` opens the prompt, matches
//! are found as the query is typed, `n` and `N` step through them.

use super::moves::{clamp_scroll, find_matches, reveal};
use crate::tui::app::App;

pub fn start(app: &mut App) {
    app.search.editing = true;
    app.search.query.clear();
    app.search.matches.clear();
    app.search.current = None;
    app.search.from_scroll = Some(app.body.scroll);
}

pub fn type_char(app: &mut App, c: char) {
    app.search.query.push(c);
    find_matches(app);
    focus_from_view(app);
}

pub fn backspace(app: &mut App) {
    if app.search.query.pop().is_none() {
        app.search.editing = false;
        return;
    }
    find_matches(app);
    focus_from_view(app);
}

pub fn submit(app: &mut App) {
    app.search.editing = false;
    if app.search.matches.is_empty() && !app.search.query.is_empty() {
        app.message = Some(format!("No match for “{}”", app.search.query));
    }
}

/// Esc: the search is dropped; while the query was still being typed, the view goes back to
/// where the search began.
pub fn cancel(app: &mut App) {
    if app.search.editing
        && let Some(at) = app.search.from_scroll
    {
        app.body.scroll = at;
        clamp_scroll(app);
    }
    app.search = Default::default();
}

/// Puts the first match at or after the top of the view in focus, as incremental search does;
/// with no match, the view goes back to where it was when the search began.
fn focus_from_view(app: &mut App) {
    if app.search.matches.is_empty() {
        app.search.current = None;
        if let Some(at) = app.search.from_scroll {
            app.body.scroll = at;
            clamp_scroll(app);
        }
        return;
    }
    let top = app.search.from_scroll.map_or_else(
        || app.top_char(),
        |at| {
            app.body
                .layout
                .as_ref()
                .and_then(|l| l.lines.get(at))
                .map_or(0, |l| l.range.start)
        },
    );
    let matches = &app.search.matches;
    let k = matches.iter().position(|m| m.start >= top).unwrap_or(0);
    app.search.current = Some(k);
    reveal(app, app.search.matches[k].clone());
}

/// `n` and `N`: the next or previous match, wrapping at the ends.
pub fn step(app: &mut App, forward: bool) {
    let n = app.search.matches.len();
    if n == 0 {
        app.message = Some(if app.search.query.is_empty() {
            "No search: press / to search".to_owned()
        } else {
            format!("No match for “{}”", app.search.query)
        });
        return;
    }
    let k = match (app.search.current, forward) {
        (None, _) => 0,
        (Some(k), true) => (k + 1) % n,
        (Some(k), false) => (k + n - 1) % n,
    };
    app.search.current = Some(k);
    reveal(app, app.search.matches[k].clone());
}
