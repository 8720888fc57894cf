//! The Voices view: state tests of `update` (`v`, the filter, Enter on a voice and on a
//! statement, Esc back, the chart, "also in N articles"), and screen snapshots of the list, the
//! chart and the statements at 120×40 and 80×24.

mod common;

use byline::config::theme;
use byline::library::Origin;
use byline::tui::app::{Focus, Overlay};
use byline::tui::theme::Theme;
use byline::tui::voices::Chart;
use byline::tui::{Action, App, ui, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Three invented articles: one voice in two of them, with a quotation that travels between
/// them with one word changed, and a second voice in two.
fn library() -> (tempfile::TempDir, Vec<Origin>) {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        (
            "a.txt",
            "Ferry Vote\n\nGrace Okafor, the harbour master, said the ferry would run in May.\n\n\
             \"We are ready to sail the moment the ice breaks on the bay,\" Okafor said.\n",
        ),
        (
            "b.txt",
            "Pier Plan\n\n\"We are ready to sail the moment the ice clears on the bay,\" said \
             Grace Okafor.\n\nNora Quist said the vote had been close.\n",
        ),
        (
            "c.txt",
            "Budget Night\n\nNora Quist, the treasurer, said the budget was balanced.\n\n\
             \"Nobody will pay more for water this year,\" Quist said.\n",
        ),
    ];
    let mut origins = Vec::new();
    for (name, text) in files {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        origins.push(Origin::File(p));
    }
    (dir, origins)
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::SearchType(c));
    }
}

/// The app with the Voices view open and the cursor on the voice the filter finds first.
fn on_voice(app: &mut App, query: &str) {
    if !app.voices().shown {
        update(app, Action::ToggleVoices);
    }
    update(app, Action::Search);
    typed(app, query);
    update(app, Action::SearchSubmit);
}

#[test]
fn v_lists_every_voice_with_the_counts_byline_voices_gives() {
    let (_dir, origins) = library();
    let mut app = common::app(origins.clone(), 120, 40);
    update(&mut app, Action::ToggleVoices);
    assert!(app.voices().shown);
    assert_eq!(app.focus(), Focus::Library);
    // The same counts as the tally `byline voices` prints.
    let mut tally = byline::voices::Tally::default();
    for o in &origins {
        let l = byline::library::load(o, byline::quotes::lexicon::Outlets::builtin()).unwrap();
        tally.add(&Default::default(), &l.analysis);
    }
    let listed: Vec<byline::voices::Voice> =
        app.voices().list.iter().map(|(_, v)| v.clone()).collect();
    assert_eq!(listed, tally.voices());
    let okafor = listed.iter().find(|v| v.name == "Grace Okafor").unwrap();
    assert_eq!((okafor.quoted, okafor.articles), (2, 2));
    assert!(okafor.reported >= 1, "{okafor:?}");
    // `v` again: the articles.
    update(&mut app, Action::ToggleVoices);
    assert!(!app.voices().shown);
}

#[test]
fn the_filter_narrows_the_voices_fuzzily_and_esc_clears_it() {
    let (_dir, origins) = library();
    let mut app = common::app(origins, 120, 40);
    on_voice(&mut app, "quist");
    let v = app.voices();
    assert_eq!(v.row_count(), 1);
    assert_eq!(v.selected_voice().unwrap().1.name, "Nora Quist");
    update(&mut app, Action::Close);
    assert!(app.voices().query.is_empty());
    assert!(app.voices().row_count() > 1);
}

#[test]
fn enter_lists_what_a_voice_said_and_opens_the_article_at_a_statement() {
    let (_dir, origins) = library();
    let mut app = common::app(origins, 120, 40);
    on_voice(&mut app, "okafor");
    update(&mut app, Action::Open);
    assert_eq!(app.focus(), Focus::Body);
    let s = app.voices().statements.clone().expect("statements");
    assert_eq!(s.name, "Grace Okafor");
    let titles: Vec<&str> = s.rows.iter().map(|r| r.title.as_str()).collect();
    assert!(
        titles.contains(&"Ferry Vote") && titles.contains(&"Pier Plan"),
        "{titles:?}"
    );
    assert!(!titles.contains(&"Budget Night"));
    // Enter on the last statement: its article, the statement selected.
    update(&mut app, Action::Bottom);
    let row = s.rows.last().unwrap().clone();
    update(&mut app, Action::Open);
    assert!(app.voices().reading);
    assert_eq!(app.body().entry, Some(row.entry));
    assert_eq!(app.selected_quote().map(|q| q.id), Some(row.said.quote));
    // Esc: back to the statements, where the cursor was; Esc again: the chart.
    update(&mut app, Action::Close);
    assert!(!app.voices().reading);
    assert_eq!(
        app.voices().statements.as_ref().map(|s| s.selected),
        Some(s.rows.len() - 1)
    );
    update(&mut app, Action::Close);
    assert!(app.voices().statements.is_none());
    assert_eq!(app.focus(), Focus::Library);
}

#[test]
fn c_cycles_the_chart_and_counts_by_kind_and_outlet() {
    let (_dir, origins) = library();
    let mut app = common::app(origins, 120, 40);
    update(&mut app, Action::CycleChart);
    assert_eq!(
        app.voices().chart,
        Chart::Voices,
        "no chart outside the view"
    );
    update(&mut app, Action::ToggleVoices);
    update(&mut app, Action::CycleChart);
    assert_eq!(app.voices().chart, Chart::Kinds);
    let v = app.voices();
    let people = v.kinds.iter().find(|s| s.label == "people").unwrap();
    let heard: usize = v
        .list
        .iter()
        .filter(|(_, x)| x.kind == byline::article::SourceKind::Person)
        .map(|(_, x)| x.quoted + x.reported)
        .sum();
    assert_eq!(people.quoted + people.reported, heard);
    // No outlet is named in these files: one row, every statement under it.
    let total: usize = v.list.iter().map(|(_, x)| x.quoted + x.reported).sum();
    assert_eq!(v.outlets.len(), 1);
    assert_eq!(v.outlets[0].quoted + v.outlets[0].reported, total);
    update(&mut app, Action::CycleChart);
    assert_eq!(app.voices().chart, Chart::Outlets);
    update(&mut app, Action::CycleChart);
    assert_eq!(app.voices().chart, Chart::Voices);
}

/// c.txt rewritten so that it no longer quotes Nora Quist, and read again.
fn quist_dropped_from_c(app: &mut App, dir: &std::path::Path, origins: &[Origin]) {
    std::fs::write(dir.join("c.txt"), "Budget Night\n\nThe budget passed.\n").unwrap();
    let outcome = byline::library::Outcome::from(byline::library::load_all(
        &origins[2],
        byline::quotes::lexicon::Outlets::builtin(),
    ));
    update(app, Action::Loaded { index: 2, outcome });
    update(app, Action::SettleLoads);
}

#[test]
fn a_voice_changed_on_disk_is_counted_as_it_is_now() {
    let (dir, origins) = library();
    let mut app = common::app(origins.clone(), 120, 40);
    update(&mut app, Action::ToggleVoices);
    let quist = |app: &App| {
        app.voices()
            .list
            .iter()
            .find(|(_, v)| v.name == "Nora Quist")
            .map(|(_, v)| v.articles)
    };
    assert_eq!(quist(&app), Some(2));
    quist_dropped_from_c(&mut app, dir.path(), &origins);
    assert_eq!(quist(&app), Some(1));
}

#[test]
fn an_open_voice_s_counts_follow_articles_read_after_it_was_opened() {
    let (dir, origins) = library();
    let mut app = common::app(origins.clone(), 120, 40);
    on_voice(&mut app, "quist");
    update(&mut app, Action::Open);
    let counts = |app: &App| {
        let s = app.voices().statements.as_ref().expect("statements");
        (s.total, s.articles)
    };
    assert_eq!(counts(&app), (3, 2));
    quist_dropped_from_c(&mut app, dir.path(), &origins);
    assert_eq!(counts(&app), (1, 1), "the title says what the list says");
}

#[test]
fn the_details_popup_says_where_else_a_quotation_travelled_and_what_changed() {
    let (_dir, origins) = library();
    let mut app = common::app(origins, 120, 40);
    // The first article is open; its direct quotation selected, its details opened.
    common::focus(&mut app, Focus::Sidebar);
    update(&mut app, Action::NextQuote);
    while app
        .selected_quote()
        .is_some_and(|q| q.kind != byline::article::QuoteKind::Direct)
    {
        update(&mut app, Action::NextQuote);
    }
    update(&mut app, Action::Open);
    assert!(matches!(app.overlay(), Some(Overlay::Detail(_))));
    let e = app.voices().echoes.clone().expect("looked for");
    assert_eq!(e.rows.len(), 1, "{e:?}");
    assert_eq!(e.rows[0].title, "Pier Plan");
    assert_eq!(e.rows[0].differs, vec!["clears".to_owned()]);
    let screen = render(&app);
    assert!(screen.contains("Also in 1 article"), "{screen}");
}

fn render(app: &App) -> String {
    let (spec, _) = theme::load("dark", None);
    let t = Theme::resolve(&spec, true);
    let mut terminal = Terminal::new(TestBackend::new(app.size().0, app.size().1)).unwrap();
    terminal.draw(|f| drop(ui::draw(f, app, &t))).unwrap();
    let buf = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn snapshots_of_the_list_the_chart_and_the_statements() {
    let (_dir, origins) = library();
    for (w, h) in [(120, 40), (80, 24)] {
        let mut app = common::app(origins.clone(), w, h);
        update(&mut app, Action::ToggleVoices);
        insta::assert_snapshot!(format!("voices_list_{w}x{h}"), render(&app));
        update(&mut app, Action::CycleChart);
        insta::assert_snapshot!(format!("voices_by_kind_{w}x{h}"), render(&app));
        on_voice(&mut app, "okafor");
        update(&mut app, Action::Open);
        insta::assert_snapshot!(format!("voices_statements_{w}x{h}"), render(&app));
    }
}

#[test]
fn statements_from_the_index_are_listed_in_the_library_s_order() {
    let (_dir, origins) = library();
    // With an archive index, the articles not open are read from it: their statements come
    // in pages, in the order the index stored the articles (as each finished analysing).
    let mut app = common::new_app(&origins);
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    let path = |k: usize| match &origins[k] {
        Origin::File(p) => byline::index::key(p),
        _ => unreachable!(),
    };
    let summary = byline::index::Summary {
        path: path(0),
        title: "Ferry Vote".into(),
        quoted: 1,
        reported: 1,
        ..Default::default()
    };
    update(
        &mut app,
        Action::Indexed(vec![(0, vec![std::sync::Arc::new(summary)])]),
    );
    for (index, origin) in origins.iter().enumerate().skip(1) {
        let outcome = byline::library::Outcome::from(byline::library::load_all(
            origin,
            byline::quotes::lexicon::Outlets::builtin(),
        ));
        update(&mut app, Action::Loaded { index, outcome });
    }
    update(&mut app, Action::SettleLoads);
    on_voice(&mut app, "okafor");
    update(&mut app, Action::Open);
    let s = app.voices().statements.clone().expect("statements");
    let stored = |k: usize, title: &str| byline::index::Statements {
        row: k as i64 + 1,
        path: path(k),
        item: 0,
        title: title.into(),
        date: None,
        outlet: None,
        said: vec![byline::voices::Said {
            quote: 1,
            kind: byline::article::QuoteKind::Direct,
            text: "We are ready to sail".into(),
            cue: Some("said".into()),
        }],
    };
    // The second article was stored first.
    let found = vec![stored(1, "Pier Plan"), stored(0, "Ferry Vote")];
    update(
        &mut app,
        Action::Said {
            voice: s.voice,
            found: Ok(found),
        },
    );
    let s = app.voices().statements.clone().expect("statements");
    let titles: Vec<&str> = s.rows.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["Ferry Vote", "Pier Plan"], "the library's order");
    assert_eq!(s.selected, 0, "a cursor at the top stays at the top");
}
