//! State tests: actions sent to `update`, assertions on the resulting `App`.

mod common;

use byline::library::{Origin, Outcome, Status};
use byline::tui::app::{Focus, Overlay};
use byline::tui::{Action, update};
use std::sync::Arc;

#[test]
fn first_article_opens_when_loaded() {
    let app = common::samples_app(120, 40);
    assert_eq!(app.body().entry, Some(0));
    assert!(app.body().layout.is_some());
    assert_eq!(app.focus(), Focus::Body);
    assert_eq!(app.sidebar().selected, None);
}

#[test]
fn first_article_waits_for_entry_zero_and_skips_failures() {
    let origins = [
        Origin::File("missing.txt".into()),
        Origin::Sample("harbour-vote.txt"),
        Origin::Sample("chess-final.txt"),
    ];
    let mut app = byline::tui::App::new(
        origins
            .iter()
            .cloned()
            .map(byline::library::Entry::new)
            .collect(),
        80,
        vec![],
    );
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    let l =
        byline::library::load(&origins[2], byline::quotes::lexicon::Outlets::builtin()).unwrap();
    update(
        &mut app,
        Action::Loaded {
            index: 2,
            outcome: Outcome::Articles(vec![Arc::new(l)]),
        },
    );
    assert_eq!(app.body().entry, None, "entry 0 and 1 are still pending");
    update(
        &mut app,
        Action::Loaded {
            index: 0,
            outcome: Outcome::Failed("missing.txt: gone".into()),
        },
    );
    assert_eq!(app.body().entry, None);
    let l =
        byline::library::load(&origins[1], byline::quotes::lexicon::Outlets::builtin()).unwrap();
    update(
        &mut app,
        Action::Loaded {
            index: 1,
            outcome: Outcome::Articles(vec![Arc::new(l)]),
        },
    );
    assert_eq!(app.body().entry, Some(1));
    assert!(matches!(app.entries()[0].status, Status::Failed(_)));
}

#[test]
fn r_switches_between_every_voice_and_quotations_only() {
    let mut app = common::samples_app(120, 40);
    let analysis = app.current().unwrap().analysis.clone();
    let voices = analysis.speech().count();
    let quotations = analysis.quotations().count();
    assert!(
        voices > quotations && quotations > 0,
        "the sample reports speech too"
    );
    assert_eq!(app.quote_position(), (None, voices));
    // The first voice is a quotation: it stays selected when reported speech goes.
    update(&mut app, Action::NextQuote);
    let first = app.selected_quote().unwrap().clone();
    assert!(first.kind.is_quotation());
    update(&mut app, Action::ToggleReported);
    assert_eq!(app.quote_position(), (Some(1), quotations));
    assert_eq!(app.selected_quote().map(|q| q.id), Some(first.id));
    assert!(
        app.sidebar_items()
            .iter()
            .all(|&i| !analysis.quotes[i].kind.is_reported())
    );
    // `]` walks quotations alone now.
    update(&mut app, Action::NextQuote);
    assert!(app.selected_quote().unwrap().kind.is_quotation());
    // Back to every voice: the same statement stays selected, at its place among all.
    let at = app.selected_quote().unwrap().id;
    update(&mut app, Action::ToggleReported);
    assert_eq!(app.selected_quote().map(|q| q.id), Some(at));
    assert_eq!(app.quote_position().1, voices);
    // A reported statement selected, then quotations only: the first quotation instead.
    while !app.selected_quote().unwrap().kind.is_reported() {
        update(&mut app, Action::NextQuote);
    }
    update(&mut app, Action::ToggleReported);
    assert_eq!(app.quote_position(), (Some(1), quotations));
}

#[test]
fn next_quote_walks_speech_in_order_and_scrolls_into_view() {
    let mut app = common::samples_app(120, 12);
    let speech: Vec<usize> = app
        .current()
        .unwrap()
        .analysis
        .speech()
        .map(|q| q.id)
        .collect();
    assert!(speech.len() >= 4);
    for (k, id) in speech.iter().enumerate() {
        update(&mut app, Action::NextQuote);
        let q = app.selected_quote().unwrap().clone();
        assert_eq!(q.id, *id);
        assert_eq!(app.quote_position(), (Some(k + 1), speech.len()));
        let layout = app.body().layout.clone().unwrap();
        let line = layout.line_of(q.span.start).unwrap();
        let height = 12 - 3;
        assert!(
            line >= app.body().scroll && line < app.body().scroll + height,
            "quote {id} at line {line}, view {}",
            app.body().scroll
        );
    }
    update(&mut app, Action::NextQuote);
    assert_eq!(
        app.quote_position().0,
        Some(speech.len()),
        "stays on the last"
    );
    assert_eq!(app.message(), Some("Last quotation"));
    update(&mut app, Action::PrevQuote);
    assert_eq!(app.quote_position().0, Some(speech.len() - 1));
}

#[test]
fn focus_cycles_over_visible_panes() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::FocusNext);
    assert_eq!(app.focus(), Focus::Sidebar);
    update(&mut app, Action::FocusNext);
    assert_eq!(app.focus(), Focus::Library);
    update(&mut app, Action::FocusPrev);
    assert_eq!(app.focus(), Focus::Sidebar);
    // At 60 columns the library gives way, and focus passes it by.
    let mut small = common::samples_app(60, 20);
    update(&mut small, Action::FocusNext);
    update(&mut small, Action::FocusNext);
    assert_eq!(small.focus(), Focus::Body);
}

#[test]
fn library_selection_and_open() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::FocusPrev);
    assert_eq!(app.focus(), Focus::Library);
    update(&mut app, Action::Down);
    update(&mut app, Action::Down);
    assert_eq!(app.library().selected, 2);
    update(&mut app, Action::Bottom);
    assert_eq!(app.library().selected, app.entries().len() - 1);
    update(&mut app, Action::Top);
    update(&mut app, Action::Down);
    update(&mut app, Action::Open);
    assert_eq!(app.body().entry, Some(1));
    assert_eq!(app.focus(), Focus::Body);
    assert_eq!(app.body().scroll, 0);
}

#[test]
fn body_scrolls_and_clamps() {
    let mut app = common::samples_app(120, 12);
    let lines = app.body().layout.as_ref().unwrap().lines.len();
    update(&mut app, Action::Down);
    assert_eq!(app.body().scroll, 1);
    update(&mut app, Action::PageDown);
    assert!(app.body().scroll > 1);
    update(&mut app, Action::Bottom);
    assert_eq!(app.body().scroll, lines - 9);
    assert_eq!(app.scroll_percent(), 100);
    update(&mut app, Action::Top);
    assert_eq!(app.body().scroll, 0);
    update(&mut app, Action::Up);
    assert_eq!(app.body().scroll, 0);
}

#[test]
fn sidebar_enter_jumps_to_the_quotation() {
    let mut app = common::samples_app(120, 10);
    update(&mut app, Action::FocusNext);
    assert_eq!(app.focus(), Focus::Sidebar);
    update(&mut app, Action::Bottom);
    let q = app.selected_quote().unwrap().clone();
    assert_eq!(
        app.body().scroll,
        0,
        "moving in the sidebar does not scroll"
    );
    update(&mut app, Action::Open);
    let line = app
        .body()
        .layout
        .as_ref()
        .unwrap()
        .line_of(q.span.start)
        .unwrap();
    assert!(line >= app.body().scroll && line < app.body().scroll + 7);
    assert_eq!(
        app.overlay(),
        Some(&Overlay::Detail(q.id)),
        "its details pop up"
    );
    update(&mut app, Action::NextQuote);
    assert_eq!(
        app.selected_quote().unwrap().id,
        q.id,
        "the popup takes the keys"
    );
    update(&mut app, Action::Close);
    assert_eq!(app.overlay(), None);
}

#[test]
fn help_overlay_opens_scrolls_and_closes() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::ToggleHelp);
    assert_eq!(app.overlay(), Some(&Overlay::Help(Default::default())));
    update(&mut app, Action::Down);
    assert!(matches!(&app.overlay(), Some(Overlay::Help(s)) if s.scroll == 1));
    update(&mut app, Action::NextQuote);
    assert_eq!(app.sidebar().selected, None, "the overlay takes the keys");
    update(&mut app, Action::Close);
    assert_eq!(app.overlay(), None);
    update(&mut app, Action::Quit);
    assert!(app.quit());
}

#[test]
fn resize_relayouts_and_keeps_scroll_in_range() {
    let mut app = common::samples_app(120, 12);
    update(&mut app, Action::Bottom);
    let w1 = app.body().layout.as_ref().unwrap().width;
    update(
        &mut app,
        Action::Resize {
            width: 60,
            height: 30,
        },
    );
    let l = app.body().layout.clone().unwrap();
    assert!(l.width < w1);
    assert!(app.body().scroll <= l.lines.len());
}

#[test]
fn sources_tab_lists_the_register_and_filters_quotes() {
    use byline::tui::app::SidebarTab;
    let mut app = common::samples_app(120, 40);
    let all = app.sidebar_items().len();
    update(&mut app, Action::FocusNext);
    update(&mut app, Action::ToggleSources);
    assert_eq!(app.sidebar().tab, SidebarTab::Sources);
    // Pick the first source that speaks, and narrow the quotations to it.
    let sources = app.current().unwrap().analysis.sources.clone();
    let k = sources.iter().position(|s| !s.quotes.is_empty()).unwrap();
    for _ in 0..k {
        update(&mut app, Action::Down);
    }
    assert_eq!(app.sidebar().source, k);
    update(&mut app, Action::Open);
    assert_eq!(app.sidebar().tab, SidebarTab::Quotes);
    assert_eq!(
        app.sidebar().filter.as_deref(),
        Some(sources[k].name.as_str())
    );
    let shown = app.sidebar_items();
    assert_eq!(shown.len(), sources[k].quotes.len());
    // The source's first quotation is selected at once.
    assert_eq!(app.quote_position(), (Some(1), shown.len()));
    assert!(shown.len() < all);
    let q = app.selected_quote().unwrap().clone();
    assert!(sources[k].quotes.contains(&q.id));
    update(&mut app, Action::Close);
    assert_eq!(app.sidebar().filter, None);
    assert_eq!(app.sidebar_items().len(), all);
}

#[test]
fn search_is_incremental_smart_case_and_steps_with_n() {
    let mut app = common::samples_app(120, 12);
    update(&mut app, Action::Search);
    assert!(app.search().editing);
    for c in "the".chars() {
        update(&mut app, Action::SearchType(c));
    }
    let text = app.current().unwrap().article.text.clone();
    let lower = text.to_lowercase().matches("the").count();
    assert_eq!(
        app.search().matches.len(),
        lower,
        "case is ignored for a lowercase query"
    );
    assert_eq!(app.search().current, Some(0));
    update(&mut app, Action::SearchSubmit);
    assert!(!app.search().editing);
    update(&mut app, Action::NextMatch);
    assert_eq!(app.search().current, Some(1));
    update(&mut app, Action::PrevMatch);
    update(&mut app, Action::PrevMatch);
    assert_eq!(app.search().current, Some(lower - 1), "wraps to the last");
    let last = app.search().matches[lower - 1].clone();
    let line = app
        .body()
        .layout
        .as_ref()
        .unwrap()
        .line_of(last.start)
        .unwrap();
    assert!(
        line >= app.body().scroll && line < app.body().scroll + 9,
        "the match is in view"
    );
    // A capital makes it mind case.
    update(&mut app, Action::Search);
    for c in "The".chars() {
        update(&mut app, Action::SearchType(c));
    }
    assert_eq!(app.search().matches.len(), text.matches("The").count());
    update(&mut app, Action::SearchBackspace);
    assert_eq!(app.search().query, "Th");
    update(&mut app, Action::SearchCancel);
    assert!(app.search().matches.is_empty() && !app.search().editing);
    update(&mut app, Action::NextMatch);
    assert!(app.message().unwrap().contains("press /"));
}

#[test]
fn search_follows_into_the_next_article() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::Search);
    for c in "said".chars() {
        update(&mut app, Action::SearchType(c));
    }
    update(&mut app, Action::SearchSubmit);
    update(&mut app, Action::FocusPrev);
    assert_eq!(app.focus(), Focus::Library);
    update(&mut app, Action::Down);
    update(&mut app, Action::Open);
    assert_eq!(app.body().entry, Some(1));
    let text = app.current().unwrap().article.text.clone();
    assert_eq!(app.search().matches.len(), text.matches("said").count());
    assert_ne!(app.search().matches.len(), 0);
}

#[test]
fn panes_toggle_and_zen_widens_the_article() {
    let mut app = common::samples_app(120, 40);
    let full = app.body().layout.as_ref().unwrap().width;
    update(&mut app, Action::FocusNext);
    assert_eq!(app.focus(), Focus::Sidebar);
    update(&mut app, Action::ToggleSidebar);
    assert!(!app.visible().sidebar);
    assert_eq!(app.focus(), Focus::Body, "focus leaves a hidden pane");
    update(&mut app, Action::ToggleSidebar);
    update(&mut app, Action::Zen);
    assert!(app.visible().zen);
    let zen = app.body().layout.as_ref().unwrap().width;
    assert!(zen >= full);
    update(&mut app, Action::FocusNext);
    assert_eq!(
        app.focus(),
        Focus::Body,
        "nothing else to focus in zen mode"
    );
    update(&mut app, Action::ToggleLibrary);
    assert!(!app.visible().zen && app.visible().library);
}

#[test]
fn copy_puts_the_citation_on_the_clipboard() {
    use byline::tui::app::Effect;
    let mut app = common::samples_app(120, 40);
    let effects = update(&mut app, Action::Copy);
    assert!(effects.is_empty(), "nothing selected, nothing copied");
    assert!(app.message().unwrap().contains("Select a quotation"));
    update(&mut app, Action::NextQuote);
    let effects = update(&mut app, Action::Copy);
    assert_eq!(
        effects,
        vec![Effect::Copy(
            "“This is the first time in twenty years that the waterfront has a plan instead of a promise,” — Rosa Delacourt, mayor (Harbour Council Backs Plan to Reopen the Old Ferry Docks)".into()
        )]
    );
    assert!(app.message().unwrap().starts_with("Copied: "));
    // A sample has no file to edit; a file does.
    update(&mut app, Action::Edit);
    assert!(app.message().unwrap().contains("no file to edit"));
    let mut app = common::app(
        vec![byline::library::Origin::File(common::fixture("strike.txt"))],
        120,
        40,
    );
    let effects = update(&mut app, Action::Edit);
    assert!(matches!(
        effects.last(),
        Some(Effect::Edit { index: 0, .. })
    ));
}

#[test]
fn help_filters_as_you_type() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::ToggleHelp);
    for c in "quot".chars() {
        update(&mut app, Action::HelpType(c));
    }
    let Some(Overlay::Help(state)) = &app.overlay() else {
        panic!()
    };
    let shown = app.help_lines(&state.filter);
    assert!(!shown.is_empty() && shown.len() < app.help().len());
    assert!(
        shown
            .iter()
            .all(|e| e.description.to_lowercase().contains("quot") || e.keys.contains("quot"))
    );
    update(&mut app, Action::Close);
    assert!(
        matches!(&app.overlay(), Some(Overlay::Help(s)) if s.filter.is_empty()),
        "Esc clears the filter first"
    );
    update(&mut app, Action::Close);
    assert_eq!(app.overlay(), None);
}

#[test]
fn half_pages_scroll_half_as_far() {
    let mut app = common::samples_app(120, 14);
    update(&mut app, Action::PageDown);
    let page = app.body().scroll;
    update(&mut app, Action::Top);
    update(&mut app, Action::HalfPageDown);
    assert_eq!(app.body().scroll, page / 2);
    update(&mut app, Action::HalfPageUp);
    assert_eq!(app.body().scroll, 0);
}

#[test]
fn each_article_keeps_its_place() {
    let mut app = common::samples_app(120, 12);
    update(&mut app, Action::Down);
    update(&mut app, Action::Down);
    update(&mut app, Action::Down);
    let place = app.body().scroll;
    assert_eq!(place, 3);
    update(&mut app, Action::FocusPrev);
    update(&mut app, Action::Down);
    update(&mut app, Action::Open);
    assert_eq!(app.body().scroll, 0);
    update(&mut app, Action::FocusPrev);
    update(&mut app, Action::Up);
    update(&mut app, Action::Open);
    assert_eq!(app.body().entry, Some(0));
    assert_eq!(app.body().scroll, place, "back where it was left");
    let state = app.to_state();
    assert_eq!(state.last.as_deref(), Some("sample:harbour-vote.txt"));
    // A new run takes the state up before anything opens, and lands where this one was.
    let fresh = common::app_restored(byline::library::samples(), Some(state), 120, 12);
    assert_eq!(fresh.body().entry, Some(0));
    assert_eq!(fresh.body().scroll, place);
}

#[test]
fn library_filters_fuzzily_on_titles_speakers_and_outlets() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::FocusPrev);
    assert_eq!(app.focus(), Focus::Library);
    update(&mut app, Action::Search);
    assert!(app.library().editing && !app.search().editing);
    for c in "varga".chars() {
        update(&mut app, Action::SearchType(c));
    }
    let rows = app.library_rows().to_vec();
    assert!(rows.len() < 4, "the filter narrows the list");
    // Best first: the article where Lena Varga speaks.
    assert_eq!(
        app.entries()[rows[0]].title(),
        "Neighbours Sign a Treaty to Share the Veleta River"
    );
    update(&mut app, Action::SearchSubmit);
    update(&mut app, Action::Open);
    assert_eq!(app.body().entry, Some(rows[0]));
    update(&mut app, Action::FocusPrev);
    update(&mut app, Action::Close);
    assert!(app.library().query.is_empty());
    assert_eq!(app.library_rows().len(), 4);
    assert_eq!(
        app.library_entry(),
        Some(rows[0]),
        "the cursor stays on the same entry"
    );
}

#[test]
fn library_wide_search_opens_the_article_at_the_match() {
    let mut app = common::samples_app(120, 12);
    update(&mut app, Action::FindAll);
    for c in "cubic metres".chars() {
        update(&mut app, Action::SearchType(c));
    }
    update(&mut app, Action::SearchSubmit);
    let Some(Overlay::Find(state)) = &app.overlay() else {
        panic!("the results show")
    };
    assert_eq!(state.hits.len(), 1);
    let hit = state.hits[0].clone();
    assert!(hit.snippet.contains("cubic metres"));
    update(&mut app, Action::Open);
    assert_eq!(app.overlay(), None);
    assert_eq!(app.body().entry, Some(hit.entry));
    assert_eq!(
        app.entries()[hit.entry].title(),
        "Neighbours Sign a Treaty to Share the Veleta River"
    );
    assert_eq!(
        app.search()
            .current
            .map(|k| app.search().matches[k].clone()),
        Some(hit.span.clone())
    );
    let line = app
        .body()
        .layout
        .as_ref()
        .unwrap()
        .line_of(hit.span.start)
        .unwrap();
    assert!(line >= app.body().scroll && line < app.body().scroll + 9);
}

/// `o` in the library cycles path → title → date order, feeds keep their entries under them,
/// and the cursor stays on its article.
/// A reader at 120×40 on the files of folder `d`.
fn folder_app(d: &std::path::Path) -> byline::tui::App {
    let origins = byline::library::scan(&[d.to_owned()])
        .unwrap()
        .into_iter()
        .map(Origin::File)
        .collect();
    common::app(origins, 120, 40)
}

/// The library's titles in the order shown.
fn titles(app: &byline::tui::App) -> Vec<String> {
    app.library_rows()
        .iter()
        .map(|&i| app.entries()[i].title())
        .collect()
}

#[test]
fn library_sorts_and_follows_files_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), "Zebra Crossing Repainted\n\nBody.").unwrap();
    std::fs::copy(common::fixture("formats/harbour.rss"), d.join("b.rss")).unwrap();
    std::fs::copy(common::fixture("formats/council.md"), d.join("c.md")).unwrap();
    let mut app = folder_app(d);
    assert_eq!(titles(&app)[0], "Zebra Crossing Repainted");
    assert_eq!(
        titles(&app)[2],
        "Gull Island Jetty Repaired",
        "feed entries follow the feed"
    );
    common::focus(&mut app, Focus::Library);
    update(&mut app, Action::SortLibrary); // `S`
    let t = titles(&app);
    assert_eq!(t[0], "Ferry Docks Plan Clears Its Last Vote", "{t:?}");
    assert_eq!(t.last().unwrap(), "Zebra Crossing Repainted", "{t:?}");
    update(&mut app, Action::SortLibrary);
    let t = titles(&app);
    assert_eq!(
        t[0], "The Harbour Ledger",
        "newest first: the feed's latest entry leads"
    );
    assert_eq!(t[1], "Harbour Regatta Date Set", "{t:?}");
    // A file deleted on disk leaves the list; a new one joins it and is read.
    update(
        &mut app,
        Action::FilesChanged(vec![byline::library::Change::Removed(d.join("a.txt"))]),
    );
    assert!(!titles(&app).contains(&"Zebra Crossing Repainted".to_string()));
    std::fs::write(d.join("d.txt"), "New Arrival\n\nBody.").unwrap();
    let effects = update(
        &mut app,
        Action::FilesChanged(vec![byline::library::Change::Written(d.join("d.txt"))]),
    );
    let load = effects.iter().find_map(|e| match e {
        byline::tui::app::Effect::Load(jobs) => Some(jobs.clone()),
        _ => None,
    });
    let jobs = load.expect("the new file is sent to the loader");
    assert_eq!(jobs.len(), 1);
    let (index, origin) = jobs[0].clone();
    let outcome = Outcome::from(byline::library::load_all(
        &origin,
        byline::quotes::lexicon::Outlets::builtin(),
    ));
    update(&mut app, Action::Loaded { index, outcome });
    update(&mut app, Action::SettleLoads);
    assert!(titles(&app).contains(&"New Arrival".to_string()));
}

/// Once the folders are watched, the library is checked against them: what was deleted or
/// added before the watches were in place is not missed, and what is there stays.
#[test]
fn the_folders_as_watched_correct_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), "First Piece\n\nBody one.").unwrap();
    std::fs::write(d.join("b.txt"), "Second Piece\n\nBody two.").unwrap();
    let mut app = folder_app(d);
    assert_eq!(titles(&app).len(), 2);
    std::fs::remove_file(d.join("a.txt")).unwrap();
    std::fs::write(d.join("c.txt"), "Third Piece\n\nBody three.").unwrap();
    let files = byline::library::scan(&[d.to_owned()]).unwrap();
    let effects = update(
        &mut app,
        Action::FilesOnDisk {
            roots: vec![d.to_owned()],
            files: files.clone(),
        },
    );
    let t = titles(&app);
    assert!(!t.contains(&"First Piece".to_string()), "{t:?}");
    assert!(t.contains(&"Second Piece".to_string()), "{t:?}");
    let jobs = effects
        .iter()
        .find_map(|e| match e {
            byline::tui::app::Effect::Load(jobs) => Some(jobs.clone()),
            _ => None,
        })
        .expect("the new file is read");
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].1, Origin::File(d.join("c.txt")));
    // The same listing again changes nothing.
    let effects = update(
        &mut app,
        Action::FilesOnDisk {
            roots: vec![d.to_owned()],
            files,
        },
    );
    assert!(
        !effects
            .iter()
            .any(|e| matches!(e, byline::tui::app::Effect::Load(_))),
        "nothing read twice"
    );
}

/// Enter on a feed opens its first entry; on a skipped file it says why.
#[test]
fn feeds_open_at_their_first_entry_and_skips_explain_themselves() {
    let origins = vec![
        Origin::File(common::fixture("formats/harbour.rss")),
        Origin::File(common::fixture("formats/empty.txt")),
    ];
    let mut app = common::app(origins, 120, 40);
    common::focus(&mut app, Focus::Library);
    update(&mut app, Action::Top); // empty.txt, in path order
    update(&mut app, Action::Open);
    assert!(
        app.message()
            .unwrap_or("")
            .contains("skipped: the file is empty"),
        "{:?}",
        app.message()
    );
    update(&mut app, Action::Down); // the feed
    update(&mut app, Action::Open);
    let open = app.current().expect("an entry is open");
    assert_eq!(open.article.title, "Gull Island Jetty Repaired");
}

/// A big article is shown before its analysis; when the analysis lands the layout is kept (the
/// text did not change) and the quotations appear.
#[test]
fn analysis_that_follows_an_early_article_keeps_its_layout() {
    let origin = Origin::File(common::fixture("strike.txt"));
    let (mut app, article) = common::shown_before_analysis(origin, 120, 40);
    assert_eq!(app.pending_count(), 1, "still analysing");
    assert!(app.sidebar_items().is_empty());
    let layout = app
        .body()
        .layout
        .clone()
        .expect("shown before its analysis");
    let analysis = byline::quotes::analyse(&article);
    update(
        &mut app,
        Action::Loaded {
            index: 0,
            outcome: Outcome::Articles(vec![Arc::new(byline::library::Loaded::new(
                article, analysis,
            ))]),
        },
    );
    assert_eq!(app.pending_count(), 0);
    assert!(Arc::ptr_eq(&layout, app.body().layout.as_ref().unwrap()));
    assert!(!app.sidebar_items().is_empty(), "the quotations arrived");
}

#[test]
fn sorting_and_opening_the_source_are_separate_actions() {
    let mut app = common::samples_app(120, 40);
    common::focus(&mut app, Focus::Library);
    let order = app.library().order.clone();
    update(&mut app, Action::OpenSource);
    assert_eq!(app.library().order, order, "opening a source sorts nothing");
    assert!(app.message().unwrap().contains("No source URL"));
    update(&mut app, Action::SortLibrary);
    assert_ne!(app.library().sort, byline::library::SortKey::Path);
    assert!(app.message().unwrap().starts_with("Library sorted by"));
}

#[test]
fn what_the_event_loop_reports_goes_through_update() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::EffectFailed("xdg-open is missing".into()));
    assert_eq!(app.message(), Some("xdg-open is missing"));
    update(&mut app, Action::KeysPending("5".into()));
    assert_eq!(app.pending_keys(), "5");
    update(&mut app, Action::KeysPending(String::new()));
    assert_eq!(app.pending_keys(), "");
    // A reload says so, unless it brought a warning, which shows instead.
    common::set_preferences(&mut app, |p| p.max_width = 50);
    assert_eq!(app.max_width(), 50);
    let mut reload = |warnings: Vec<String>| {
        let preferences = Box::new(byline::tui::action::Preferences {
            max_width: 72,
            justify: false,
            mouse: true,
            sidebar_lines: 3,
            help: app.help().to_vec(),
            warnings,
        });
        update(
            &mut app,
            Action::ApplyPreferences {
                preferences,
                reloaded: true,
            },
        );
        app.message().map(str::to_owned)
    };
    assert_eq!(reload(vec![]).as_deref(), Some("Configuration reloaded"));
    assert_eq!(reload(vec!["config:1: bad".into()]), None);
    assert_eq!(app.warnings(), ["config:1: bad"]);
}

#[test]
fn only_web_addresses_are_opened_and_copies_carry_no_escapes() {
    use byline::tui::app::Effect;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trap.md");
    std::fs::write(
        &path,
        "---\ntitle: Trap\nurl: \"-oProxyCommand=evil\"\n---\n\n\
         \"Paste me \u{1b}[201~ and run,\" said Ana Diaz.\n",
    )
    .unwrap();
    let mut app = common::app(vec![byline::library::Origin::File(path)], 120, 40);
    let effects = update(&mut app, Action::OpenSource);
    assert!(effects.is_empty(), "{effects:?}");
    assert!(
        app.message().unwrap().starts_with("Not opening"),
        "{:?}",
        app.message()
    );
    update(&mut app, Action::NextQuote);
    let effects = update(&mut app, Action::Copy);
    let Some(Effect::Copy(text)) = effects.first() else {
        panic!("nothing copied: {effects:?}");
    };
    assert!(text.contains("Paste me"), "{text}");
    assert!(!text.chars().any(char::is_control), "{text:?}");
}

#[test]
fn a_file_caught_half_written_keeps_the_readers_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let body: String = (1..=80)
        .map(|n| format!("Paragraph {n} of a long story.\n\n"))
        .collect();
    std::fs::write(&path, format!("Long Story\n\n{body}")).unwrap();
    let origin = byline::library::Origin::File(path.clone());
    let mut app = common::app(vec![origin.clone()], 120, 20);
    for _ in 0..30 {
        update(&mut app, Action::Down);
    }
    let place = app.body().scroll;
    assert!(place > 0);
    let load = |app: &mut byline::tui::App| {
        let outcome = Outcome::from(byline::library::load_all(
            &origin,
            byline::quotes::lexicon::Outlets::builtin(),
        ));
        update(app, Action::Loaded { index: 0, outcome });
    };
    // The editor truncates the file; the reader catches it empty; then the new text lands.
    std::fs::write(&path, "").unwrap();
    load(&mut app);
    std::fs::write(&path, format!("Long Story\n\n{body}")).unwrap();
    load(&mut app);
    assert_eq!(
        app.body().scroll,
        place,
        "the same place after the file was rewritten"
    );
}

#[test]
fn a_search_that_finds_nothing_leaves_the_view_where_it_was() {
    let mut app = common::samples_app(120, 12);
    for _ in 0..5 {
        update(&mut app, Action::Down);
    }
    let place = app.body().scroll;
    update(&mut app, Action::Search);
    for c in "zqxw".chars() {
        update(&mut app, Action::SearchType(c));
    }
    assert!(app.search().matches.is_empty());
    assert_eq!(app.body().scroll, place);
    update(&mut app, Action::SearchSubmit);
    assert_eq!(app.body().scroll, place);
}

#[test]
fn enter_on_a_source_selects_its_first_quotation() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::ToggleSources);
    common::focus(&mut app, Focus::Sidebar);
    update(&mut app, Action::Open);
    assert!(app.selected_quote().is_some(), "a quotation is selected");
    let effects = update(&mut app, Action::Copy);
    assert!(!effects.is_empty(), "y copies it at once");
}

#[test]
fn articles_are_read_once_opened_and_can_be_marked_again() {
    let mut app = common::samples_app(120, 40);
    let n = app.entries().len();
    // The article shown by itself at start is not read yet: nothing was asked for.
    assert_eq!(app.unread(), n);
    assert!(!app.is_read(app.body().entry.unwrap()));
    // u opens the next unread one, which is then read.
    update(&mut app, Action::NextUnread);
    assert_eq!(app.unread(), n - 1);
    let second = app.body().entry.unwrap();
    assert!(app.is_read(second));
    // m marks the open article unread again, and read once more.
    update(&mut app, Action::ToggleRead);
    assert!(!app.is_read(second));
    assert_eq!(app.unread(), n);
    update(&mut app, Action::ToggleRead);
    assert_eq!(app.unread(), n - 1);
    // Remembered: a new run starts with the same marks.
    let state = app.to_state();
    assert_eq!(state.read.len(), 1);
    let fresh = common::app_restored(byline::library::samples(), Some(state), 120, 40);
    assert!(fresh.is_read(second));
    assert_eq!(fresh.unread(), n - 1);
    // Every article read: u says so.
    let mut app = fresh;
    for _ in 0..n {
        update(&mut app, Action::NextUnread);
    }
    assert_eq!(app.unread(), 0);
    update(&mut app, Action::NextUnread);
    assert_eq!(app.message(), Some("Every article is read"));
}
