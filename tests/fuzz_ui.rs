//! Random sequences of actions at random terminal sizes, each followed by a draw: the reader
//! never panics, whatever a person presses and however small the window.

mod common;

use byline::config::theme;
use byline::tui::action::{Mouse, MouseKind};
use byline::tui::theme::Theme;
use byline::tui::{Action, ui, update};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn action() -> impl Strategy<Value = Action> {
    let simple = prop::sample::select(vec![
        Action::FocusNext,
        Action::FocusPrev,
        Action::Down,
        Action::Up,
        Action::PageDown,
        Action::PageUp,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::Top,
        Action::Bottom,
        Action::Open,
        Action::NextQuote,
        Action::PrevQuote,
        Action::ToggleHelp,
        Action::ToggleSources,
        Action::ToggleLibrary,
        Action::ToggleSidebar,
        Action::Zen,
        Action::Search,
        Action::FindAll,
        Action::NextMatch,
        Action::PrevMatch,
        Action::Copy,
        Action::Edit,
        Action::OpenSource,
        Action::Close,
        Action::SearchSubmit,
        Action::SearchCancel,
        Action::SearchBackspace,
        Action::HelpBackspace,
    ]);
    prop_oneof![
        6 => simple,
        1 => prop::sample::select(vec!['a', 'e', 's', 'Z', '中', ' ', '.']).prop_map(Action::SearchType),
        1 => prop::sample::select(vec!['q', 'u', 'o']).prop_map(Action::HelpType),
        1 => (1u16..150, 1u16..60).prop_map(|(width, height)| Action::Resize { width, height }),
        1 => (0u8..5, 0u16..160, 0u16..60).prop_map(|(k, column, row)| {
            let kind = [MouseKind::ScrollUp, MouseKind::ScrollDown, MouseKind::Press, MouseKind::Drag, MouseKind::Release][k as usize];
            Action::Mouse(Mouse { kind, column, row, item: (row % 3 == 0).then_some(usize::from(column / 7)) })
        }),
    ]
}

proptest! {
    // PROPTEST_CASES, when set, says how many cases to run (more for a long soak).
    #![proptest_config(ProptestConfig { cases: common::proptest_cases(120), ..ProptestConfig::default() })]

    #[test]
    fn any_keys_at_any_size_never_panic(actions in prop::collection::vec(action(), 1..60)) {
        let (spec, _) = theme::load("dark", None);
        let t = Theme::resolve(&spec, true);
        let mut app = common::samples_app(80, 24);
        for a in actions {
            let _effects = update(&mut app, a);
            let (w, h) = app.size();
            let mut terminal = Terminal::new(TestBackend::new(w.max(1), h.max(1))).unwrap();
            terminal.draw(|f| { ui::draw(f, &app, &t); }).unwrap();
            if app.quit() {
                break;
            }
        }
    }
}
