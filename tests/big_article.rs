//! A big article is readable at once: the part around the view is laid out on the reader's
//! thread, the whole of it elsewhere (an effect for the event loop), and moves through the
//! part bring the part along until the whole layout lands.

use byline::library::{self, Loaded, Origin, Outcome};
use byline::tui::app::{Effect, Focus};
use byline::tui::{Action, App, update};
use std::sync::Arc;

mod common;

/// About 1.5 MB of invented paragraphs, numbered so each line can be told apart.
fn big_text() -> String {
    let mut text = String::from("The Long Harbour Report\n\n");
    for n in 0..12_000 {
        text.push_str(&format!(
            "Paragraph {n}: the ferry to Kestria left late again, and the harbour master said \
             the new timetable would follow in the spring.\n\n"
        ));
    }
    text
}

/// The app showing the big article before its analysis, and the effects that showing it
/// asked for.
fn opened(width: u16, height: u16) -> (App, Vec<Effect>, Arc<Loaded>) {
    let bytes = Arc::new(big_text().into_bytes());
    let origin = Origin::Stdin(bytes, None);
    let mut app = App::new(vec![library::Entry::new(origin.clone())], 80, Vec::new());
    update(&mut app, Action::Resize { width, height });
    let article = library::read(&origin).unwrap().remove(0);
    let early = Arc::new(Loaded::unanalysed(article));
    let outcome = Outcome::Articles(vec![early.clone()]);
    let effects = update(&mut app, Action::Loaded { index: 0, outcome });
    (app, effects, early)
}

/// Every line in view shows the text its range points at.
fn lines_match_text(app: &App) {
    let layout = app.body().layout.clone().unwrap();
    let text = &app.current().unwrap().article.text;
    // The text is ASCII: char offsets are byte offsets.
    assert!(text.is_ascii());
    let from = app.body().scroll;
    for line in layout.lines.iter().skip(from).take(40) {
        if line.block.is_some() {
            assert_eq!(text[line.range.clone()], line.text);
        }
    }
}

#[test]
fn a_big_article_shows_a_part_at_once_and_asks_for_the_whole() {
    let (app, effects, early) = opened(120, 40);
    let layout = app.body().layout.clone().expect("readable at once");
    assert!(
        layout.part,
        "only the part in view is laid out on the reader's thread"
    );
    assert!(layout.lines.len() < 2_000, "{} lines", layout.lines.len());
    let asked: Vec<_> = effects
        .iter()
        .filter_map(|e| match e {
            Effect::LayOut {
                entry,
                width,
                loaded,
            } => Some((*entry, *width, loaded.article.text.len())),
            _ => None,
        })
        .collect();
    assert_eq!(
        asked,
        vec![(0, layout.width, early.article.text.len())],
        "the whole layout is asked for once"
    );
    lines_match_text(&app);
}

#[test]
fn moving_through_a_part_brings_the_part_along() {
    let (mut app, _, _) = opened(120, 40);
    common::focus(&mut app, Focus::Body);
    let mut last_top = app.top_char();
    // Far past the first part's end, a page at a time: the view never stops.
    for _ in 0..300 {
        update(&mut app, Action::PageDown);
        let top = app.top_char();
        assert!(top > last_top, "page down moved from {last_top} to {top}");
        last_top = top;
        lines_match_text(&app);
    }
    assert!(app.body().layout.as_ref().unwrap().part);
    let percent = app.scroll_percent();
    assert!((1..100).contains(&percent), "{percent}% read");
    // Back up a page: the lines before the view are there too.
    update(&mut app, Action::PageUp);
    assert!(app.top_char() < last_top);
    lines_match_text(&app);
    // The end, then the start.
    update(&mut app, Action::Bottom);
    let text = app.current().unwrap().article.text.clone();
    let end = text.chars().count();
    let top = app.top_char();
    assert!(
        end - top < 120 * 40,
        "the end is in view: top {top} of {end}"
    );
    assert_eq!(app.scroll_percent(), 100);
    lines_match_text(&app);
    update(&mut app, Action::Top);
    assert_eq!(app.top_char(), 0);
    assert_eq!(app.body().scroll, 0);
}

#[test]
fn the_whole_layout_takes_the_parts_place_with_the_same_words_on_top() {
    let (mut app, effects, _) = opened(120, 40);
    common::focus(&mut app, Focus::Body);
    for _ in 0..40 {
        update(&mut app, Action::PageDown);
    }
    let top = app.top_char();
    let Some(Effect::LayOut {
        entry,
        width,
        loaded,
    }) = effects
        .into_iter()
        .find(|e| matches!(e, Effect::LayOut { .. }))
    else {
        panic!("no layout asked for");
    };
    // Laid out at another width first (the window was resized meanwhile): kept, not shown.
    let narrow = Arc::new(byline::layout::layout(&loaded.article, width - 10));
    update(
        &mut app,
        Action::LaidOut {
            entry,
            loaded: loaded.clone(),
            layout: narrow,
        },
    );
    assert!(app.body().layout.as_ref().unwrap().part);
    let whole = Arc::new(byline::layout::layout(&loaded.article, width));
    update(
        &mut app,
        Action::LaidOut {
            entry,
            loaded,
            layout: whole.clone(),
        },
    );
    let shown = app.body().layout.clone().unwrap();
    assert!(Arc::ptr_eq(&shown, &whole), "the whole layout is shown");
    assert_eq!(app.top_char(), top, "the same words at the top");
    assert_eq!(app.body().laying_out, None);
    lines_match_text(&app);
    // Nothing more is laid out on a page move now.
    update(&mut app, Action::PageDown);
    assert!(Arc::ptr_eq(app.body().layout.as_ref().unwrap(), &whole));
}

#[test]
fn a_layout_of_other_text_is_not_shown() {
    let (mut app, effects, _) = opened(120, 40);
    let width = match effects.iter().find(|e| matches!(e, Effect::LayOut { .. })) {
        Some(Effect::LayOut { width, .. }) => *width,
        _ => panic!("no layout asked for"),
    };
    // The file changed while it was laid out: that layout is of text no longer shown.
    let other = library::read(&Origin::Stdin(
        Arc::new(b"Another Story\n\nShort and new.".to_vec()),
        None,
    ))
    .unwrap()
    .remove(0);
    let layout = Arc::new(byline::layout::layout(&other, width));
    let loaded = Arc::new(Loaded::unanalysed(other));
    update(
        &mut app,
        Action::LaidOut {
            entry: 0,
            loaded,
            layout,
        },
    );
    assert!(app.body().layout.as_ref().unwrap().part);
    assert!(app.body().layouts.is_empty());
}
