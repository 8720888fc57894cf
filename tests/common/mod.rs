//! Helpers shared by the integration tests.
#![allow(dead_code)]

use byline::library::{self, Entry, Origin};
use byline::quotes::lexicon::Outlets;
use byline::tui::keymap::Keymap;
use byline::tui::{Action, App, update};
use std::path::{Path, PathBuf};

/// `../shared` beside the project, if it is there. Tests that need it print why they skip.
pub fn shared(what: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(what);
    if p.exists() {
        Some(p)
    } else {
        // Written to stderr itself, not through `eprintln!`, which the test harness captures
        // and hides for a test that passes: the reason shows in `cargo test`'s output.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "skipped: {} is absent (../shared, the evaluation data, sits beside the project)",
            p.display()
        );
        None
    }
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// An app over `origins`, loaded synchronously, at `width`×`height`.
pub fn app(origins: Vec<Origin>, width: u16, height: u16) -> App {
    app_restored(origins, None, width, height)
}

/// The same, with what a last run remembered taken up first, as the program does at start.
pub fn app_restored(
    origins: Vec<Origin>,
    state: Option<byline::state::State>,
    width: u16,
    height: u16,
) -> App {
    let mut app = new_app(&origins);
    if let Some(state) = state {
        update(&mut app, Action::RestoreState(Box::new(state)));
    }
    update(&mut app, Action::Resize { width, height });
    for (index, origin) in origins.iter().enumerate() {
        let outcome = library::Outcome::from(library::load_all(origin, Outlets::builtin()));
        update(&mut app, Action::Loaded { index, outcome });
    }
    update(&mut app, Action::SettleLoads);
    app
}

/// An app over `origins` with the default keymap's help, nothing loaded or sized yet.
pub fn new_app(origins: &[Origin]) -> App {
    App::new(
        origins.iter().cloned().map(Entry::new).collect(),
        80,
        Keymap::default().help(),
    )
}

pub fn samples_app(width: u16, height: u16) -> App {
    app(library::samples(), width, height)
}

pub fn seed_origin() -> Option<Origin> {
    shared("corpus/seed/xinjiang-report.txt").map(Origin::File)
}

/// An app at `width`×`height` over one article file, shown the way a big article is: read and
/// displayed, its analysis still to come. Returns the article for the analysis to follow.
pub fn shown_before_analysis(
    origin: Origin,
    width: u16,
    height: u16,
) -> (App, byline::article::Article) {
    let mut app = App::new(vec![Entry::new(origin.clone())], 80, Vec::new());
    update(&mut app, Action::Resize { width, height });
    let article = library::read(&origin).unwrap().remove(0);
    let early = library::Loaded::unanalysed(article.clone());
    let outcome = library::Outcome::Articles(vec![std::sync::Arc::new(early)]);
    update(&mut app, Action::Loaded { index: 0, outcome });
    (app, article)
}

/// Changes what the config decides for a running app, as a config reload would.
#[allow(dead_code)]
pub fn set_preferences(app: &mut App, change: impl FnOnce(&mut byline::tui::action::Preferences)) {
    let mut p = byline::tui::action::Preferences {
        max_width: app.max_width(),
        justify: app.justify(),
        mouse: app.mouse(),
        sidebar_lines: app.sidebar_lines(),
        help: app.help().to_vec(),
        warnings: app.warnings().to_vec(),
    };
    change(&mut p);
    update(
        app,
        Action::ApplyPreferences {
            preferences: Box::new(p),
            reloaded: false,
        },
    );
}

/// Moves focus with Tab until `pane` has it.
#[allow(dead_code)]
pub fn focus(app: &mut App, pane: byline::tui::app::Focus) {
    for _ in 0..3 {
        if app.focus() == pane {
            return;
        }
        update(app, Action::FocusNext);
    }
    assert_eq!(app.focus(), pane, "{pane:?} cannot take focus");
}

/// How many cases a property test runs: `PROPTEST_CASES` when set, else `default`.
#[allow(dead_code)]
pub fn proptest_cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
