//! The reader over the archive index, through `update` alone: entries listed from their
//! summaries, read in when opened, let go when another is opened, and `Ctrl-f` answered by the
//! index.

mod common;

use byline::index::{self, Hit, Summary};
use byline::library::{self, Entry, Origin, Outcome, Status};
use byline::quotes::lexicon::Outlets;
use byline::tui::app::{Effect, Overlay};
use byline::tui::{Action, App, update};
use std::path::PathBuf;
use std::sync::Arc;

/// Three files of a library the index holds, and the articles they hold.
fn library() -> (tempfile::TempDir, Vec<PathBuf>, Vec<Arc<library::Loaded>>) {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    let mut loaded = Vec::new();
    for (name, title, body) in [
        (
            "a.txt",
            "Harbour Story",
            "“The ferry is late,” said Pia Lund.",
        ),
        (
            "b.txt",
            "Valley Story",
            "Nora Quist said a quokkaphone was heard.",
        ),
        ("c.txt", "Market Story", "Stalls open at dawn."),
    ] {
        let p = dir.path().join(name);
        std::fs::write(&p, format!("{title}\n\n{body}\n")).unwrap();
        loaded.push(Arc::new(
            library::load(&Origin::File(p.clone()), Outlets::builtin()).unwrap(),
        ));
        paths.push(p);
    }
    (dir, paths, loaded)
}

fn summary(path: &std::path::Path, l: &library::Loaded) -> Arc<Summary> {
    Arc::new(index::summary_of(&index::key(path), 0, l))
}

/// An app whose entries all come from the index.
fn indexed_app(paths: &[PathBuf], loaded: &[Arc<library::Loaded>]) -> (App, Vec<Effect>) {
    let mut app = App::new(
        paths
            .iter()
            .cloned()
            .map(Origin::File)
            .map(Entry::new)
            .collect(),
        80,
        Vec::new(),
    );
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    let list = paths
        .iter()
        .zip(loaded)
        .enumerate()
        .map(|(i, (p, l))| (i, vec![summary(p, l)]))
        .collect();
    let effects = update(&mut app, Action::Indexed(list));
    update(&mut app, Action::SettleLoads);
    (app, effects)
}

fn fetched(effects: &[Effect]) -> Vec<usize> {
    effects
        .iter()
        .flat_map(|e| match e {
            Effect::Fetch(jobs) => jobs.iter().map(|(i, _)| *i).collect(),
            _ => Vec::new(),
        })
        .collect()
}

#[test]
fn summaries_list_at_once_and_the_open_article_is_read_in() {
    let (_dir, paths, loaded) = library();
    let (mut app, effects) = indexed_app(&paths, &loaded);
    assert!(app.library().indexed);
    // Listed by title, counted unread, nothing in memory yet but what is opened.
    assert_eq!(app.entries()[1].title(), "Valley Story");
    assert_eq!(app.unread(), 3);
    assert!(matches!(app.entries()[2].status, Status::Indexed(_)));
    // The first article opens, and is asked for from the index.
    assert_eq!(app.body().entry, Some(0));
    assert_eq!(fetched(&effects), vec![0]);
    update(
        &mut app,
        Action::Loaded {
            index: 0,
            outcome: Outcome::Articles(vec![loaded[0].clone()]),
        },
    );
    assert!(app.current().is_some());
    // Opening another asks for it, and lets the first go back to its summary.
    update(&mut app, Action::FocusPrev);
    let mut effects = Vec::new();
    while app.library_entry() != Some(1) {
        effects.extend(update(&mut app, Action::Down));
    }
    effects.extend(update(&mut app, Action::Open));
    assert_eq!(fetched(&effects), vec![1]);
    assert!(matches!(app.entries()[0].status, Status::Indexed(_)));
    assert_eq!(app.entries()[0].title(), "Harbour Story");
}

#[test]
fn an_article_read_while_another_is_open_is_kept_as_its_summary() {
    let (_dir, paths, loaded) = library();
    let (mut app, _) = indexed_app(&paths, &loaded);
    update(
        &mut app,
        Action::Loaded {
            index: 2,
            outcome: Outcome::Articles(vec![loaded[2].clone()]),
        },
    );
    match &app.entries()[2].status {
        Status::Indexed(s) => assert_eq!(s.title, "Market Story"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn ctrl_f_asks_the_index_and_opens_the_article_at_its_match() {
    let (_dir, paths, loaded) = library();
    let (mut app, _) = indexed_app(&paths, &loaded);
    update(&mut app, Action::FindAll);
    for c in "quokkaphone".chars() {
        update(&mut app, Action::SearchType(c));
    }
    let effects = update(&mut app, Action::SearchSubmit);
    assert_eq!(
        effects,
        vec![Effect::SearchIndex("quokkaphone".into())],
        "the index answers"
    );
    let hit = Hit {
        path: index::key(&paths[1]),
        item: 0,
        title: "Valley Story".into(),
        snippet: "Nora Quist said a \u{1}quokkaphone\u{2} was heard.".into(),
    };
    update(
        &mut app,
        Action::IndexHits {
            query: "quokkaphone".into(),
            hits: Ok(vec![hit]),
        },
    );
    let Some(Overlay::Find(state)) = app.overlay() else {
        panic!("the results stay open");
    };
    assert_eq!(state.hits.len(), 1);
    assert_eq!(state.hits[0].entry, 1);
    assert_eq!(
        state.hits[0].snippet,
        "Nora Quist said a quokkaphone was heard."
    );
    let effects = update(&mut app, Action::Open);
    assert_eq!(fetched(&effects), vec![1]);
    update(
        &mut app,
        Action::Loaded {
            index: 1,
            outcome: Outcome::Articles(vec![loaded[1].clone()]),
        },
    );
    assert_eq!(app.body().entry, Some(1));
    assert_eq!(
        app.search().matches.len(),
        1,
        "the match is found and shown"
    );
    assert_eq!(app.search().current, Some(0));
    // An error from the index is said, not swallowed.
    update(&mut app, Action::FindAll);
    update(&mut app, Action::SearchSubmit);
    let query = app
        .overlay()
        .and_then(|o| match o {
            Overlay::Find(f) => Some(f.query.clone()),
            _ => None,
        })
        .unwrap_or_default();
    update(
        &mut app,
        Action::IndexHits {
            query,
            hits: Err("disk I/O error".into()),
        },
    );
    assert!(app.message().is_some_and(|m| m.contains("disk I/O error")));
}
