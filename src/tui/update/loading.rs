//! The library's part of `update`: results from the loader (feeds become groups), files that
//! change on disk, and the order the list is shown in.

use super::moves;
use crate::library::{Change, Entry, Origin, Outcome, SortKey, Status};
use crate::tui::app::{App, Effect};

/// A worker finished entry `index`.
pub fn loaded(app: &mut App, index: usize, outcome: Outcome) {
    if index >= app.entries.len() || matches!(app.entries[index].status, Status::Gone) {
        return;
    }
    if !matches!(outcome, Outcome::Articles(_)) {
        app.voices.set_heard(index, None);
    }
    let status = match outcome {
        Outcome::Skipped(e) => Status::Skipped(e),
        Outcome::Failed(e) => Status::Failed(e),
        Outcome::Articles(list) => {
            // A feed file's articles all name their feed; its entries are `Origin::Item`s.
            let is_feed = list.first().is_some_and(|l| l.article.meta.feed.is_some());
            if is_feed && matches!(app.entries[index].origin, Origin::File(_)) {
                feed(app, index, list);
                return;
            }
            match list.into_iter().next() {
                Some(l) => {
                    app.hear(index, &l);
                    app.kept(index, l)
                }
                None => Status::Skipped(format!(
                    "{}: no articles",
                    app.entries[index].origin.label()
                )),
            }
        }
    };
    // The same text analysed (a big article shown before its analysis): the layouts still hold.
    let open = app.body.entry == Some(index);
    let same_text = open
        && match (&app.entries[index].status, &status) {
            (Status::Ready(old), Status::Ready(new)) => {
                old.article.text == new.article.text && old.article.blocks == new.article.blocks
            }
            _ => false,
        };
    // The place in the open article is noted before its text goes: a file caught half-written
    // (an editor truncates, then writes) reads as empty for a moment, and the next reading must
    // still land where the reader was.
    if open && app.body.layout.is_some() {
        app.remember_position();
    }
    let counted = app.counts_as_unread(index);
    app.entries[index].status = status;
    // The unread count follows this one entry, not a count over the library per load.
    match (counted, app.counts_as_unread(index)) {
        (true, false) => app.unread = app.unread.saturating_sub(1),
        (false, true) => app.unread += 1,
        _ => {}
    }
    // In path order a load moves nothing; other orders and filters wait for `settle`.
    if app.library.sort != SortKey::Path || !app.library.query.is_empty() {
        app.library.stale = true;
    }
    if app.body.entry.is_none() {
        moves::open_first_ready(app);
    } else if same_text {
        if let Some(l) = app.current().cloned() {
            app.body.highlights = l.highlights();
        }
    } else if open {
        // Read again (edited, or changed on disk): same place, new text.
        let label = app.entries[index].origin.label();
        let at = app.positions.get(&label).copied();
        moves::lay_out_afresh(app, at);
        super::library_search::reveal_first_match(app);
    }
    if open {
        super::voices::reveal_statement(app);
    }
}

/// Entries the archive index holds as they are on disk: each is listed from its summary, a
/// feed's as a group, and read in from the index when opened.
pub fn indexed(app: &mut App, list: crate::index::Listed) {
    // The first listing: the index's voices come after the last.
    if !app.library.indexed {
        app.voices.counting = true;
    }
    app.library.indexed = true;
    for (index, summaries) in list {
        if index >= app.entries.len() || !matches!(app.entries[index].status, Status::Pending) {
            continue;
        }
        let Some(path) = app.entries[index].origin.path().map(|p| p.to_owned()) else {
            continue;
        };
        let feed = summaries.first().and_then(|s| s.feed.clone());
        match (feed, summaries.len()) {
            (None, 1) => {
                let s = summaries.into_iter().next().unwrap_or_default();
                app.entries[index].status = Status::Indexed(s);
            }
            (feed, items) => {
                let title = feed.unwrap_or_else(|| app.entries[index].title());
                app.entries[index].status = Status::Feed { title, items };
                for s in summaries {
                    let origin = Origin::Item(path.clone(), s.item);
                    if app.restore_last.as_deref() == Some(origin.label().as_str()) {
                        app.restore_at = Some(app.entries.len());
                    }
                    app.entries.push(Entry {
                        origin,
                        status: Status::Indexed(s),
                        parent: Some(index),
                    });
                }
            }
        }
    }
    app.count_unread();
    app.library.stale = true;
    if app.body.entry.is_none() {
        moves::open_first_ready(app);
    }
}

/// A feed file: its entry becomes the group's header, and each of its articles an entry under
/// it (reusing the entries it had, when it is read again).
fn feed(app: &mut App, index: usize, list: Vec<std::sync::Arc<crate::library::Loaded>>) {
    let Some(path) = app.entries[index].origin.path().map(|p| p.to_owned()) else {
        return;
    };
    let title = list
        .first()
        .and_then(|l| l.article.meta.feed.clone())
        .unwrap_or_else(|| app.entries[index].title());
    app.entries[index].status = Status::Feed {
        title,
        items: list.len(),
    };
    let mut old: Vec<usize> = (0..app.entries.len())
        .filter(|&i| app.entries[i].parent == Some(index))
        .collect();
    for (k, l) in list.into_iter().enumerate() {
        let origin = Origin::Item(path.clone(), k + 1);
        match old.iter().position(|&i| app.entries[i].origin == origin) {
            Some(p) => {
                let i = old.remove(p);
                app.hear(i, &l);
                app.entries[i].status = app.kept(i, l);
            }
            None => {
                if app.restore_last.as_deref() == Some(origin.label().as_str()) {
                    app.restore_at = Some(app.entries.len());
                }
                app.entries.push(Entry {
                    origin,
                    status: Status::Pending,
                    parent: Some(index),
                });
                let i = app.entries.len() - 1;
                app.hear(i, &l);
                app.entries[i].status = app.kept(i, l);
            }
        }
    }
    for i in old {
        app.entries[i].status = Status::Gone; // entries the feed no longer has
        app.voices.set_heard(i, None);
    }
    app.count_unread();
    app.library.stale = true;
}

/// Files changed on disk: new ones join the library, changed ones are read again, deleted ones
/// leave it. The open article keeps its place.
pub fn files_changed(app: &mut App, changes: Vec<Change>) {
    let mut jobs = Vec::new();
    for change in changes {
        match change {
            Change::Written(path) => {
                let known = app
                    .entries
                    .iter()
                    .position(|e| e.origin == Origin::File(path.clone()));
                let index = match known {
                    Some(i) => i,
                    None => {
                        app.entries.push(Entry::new(Origin::File(path.clone())));
                        app.message = Some(format!("New article: {}", path.display()));
                        app.entries.len() - 1
                    }
                };
                if matches!(app.entries[index].status, Status::Gone) {
                    app.entries[index].status = Status::Pending;
                }
                jobs.push((index, Origin::File(path)));
            }
            Change::Removed(path) => {
                for i in 0..app.entries.len() {
                    if app.entries[i].origin.path() == Some(path.as_path()) {
                        app.entries[i].status = Status::Gone;
                        app.voices.set_heard(i, None);
                        if app.body.entry == Some(i) {
                            app.message = Some(format!("{} was deleted", path.display()));
                        }
                    }
                }
            }
        }
    }
    app.library.stale = true;
    app.library.ready_from = 0;
    app.count_unread();
    if !jobs.is_empty() {
        app.effects.push(Effect::Load(jobs));
    }
    settle(app);
}

/// The library's folders as they are once watched: files listed but gone were deleted, files
/// there but not listed are new, in the moment before the watches were in place.
pub fn files_on_disk(app: &mut App, roots: &[std::path::PathBuf], files: Vec<std::path::PathBuf>) {
    let on_disk: std::collections::HashSet<&std::path::Path> =
        files.iter().map(|p| p.as_path()).collect();
    let mut listed = std::collections::HashSet::new();
    let mut changes = Vec::new();
    for e in &app.entries {
        let Origin::File(path) = &e.origin else {
            continue;
        };
        listed.insert(path.as_path());
        if !matches!(e.status, Status::Gone)
            && roots.iter().any(|r| path.starts_with(r))
            && !on_disk.contains(path.as_path())
        {
            changes.push(Change::Removed(path.clone()));
        }
    }
    changes.extend(
        files
            .iter()
            .filter(|p| !listed.contains(p.as_path()))
            .map(|p| Change::Written(p.clone())),
    );
    if !changes.is_empty() {
        files_changed(app, changes);
    }
}

/// `o`: the next sort order.
pub fn cycle_sort(app: &mut App) {
    app.library.sort = app.library.sort.next();
    app.library.stale = true;
    settle(app);
    app.message = Some(format!("Library sorted by {}", app.library.sort.name()));
}

/// Brings the list's order up to date after loads and changes, keeping the cursor on its entry.
/// Called once per batch of events, so 10,000 loads do not sort 10,000 times.
pub fn settle(app: &mut App) {
    super::voices::refresh(app);
    if !app.library.stale {
        return;
    }
    let current = app.library_entry();
    app.library.stale = false;
    app.library.order = crate::library::order(&app.entries, app.library.sort);
    app.library.ready_from = 0;
    if !app.library.query.is_empty() {
        moves::refilter(app);
    }
    let rows = app.library_rows();
    let at = current.and_then(|c| rows.iter().position(|&i| i == c));
    let len = rows.len();
    if let Some(p) = at {
        app.library.selected = p;
    }
    app.library.selected = app.library.selected.min(len.saturating_sub(1));
    if app.body.entry.is_none() {
        moves::open_first_ready(app);
    }
}
