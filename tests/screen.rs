//! Screen snapshots: the reader drawn into ratatui's TestBackend at fixed sizes.

mod common;

use byline::config::theme;
use byline::library::Outcome;
use byline::tui::theme::Theme;
use byline::tui::{Action, App, ui, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// The app drawn at its size with the dark theme, and that theme.
fn draw(app: &App) -> (Buffer, Theme) {
    let (spec, _) = theme::load("dark", None);
    let t = Theme::resolve(&spec, true);
    let mut terminal = Terminal::new(TestBackend::new(app.size().0, app.size().1)).unwrap();
    terminal
        .draw(|f| {
            ui::draw(f, app, &t);
        })
        .unwrap();
    (terminal.backend().buffer().clone(), t)
}

/// Where the app's list rows are drawn, as the event loop keeps it from the last frame.
fn hits(app: &App) -> ui::HitMap {
    let (spec, _) = theme::load("dark", None);
    let t = Theme::resolve(&spec, true);
    let mut terminal = Terminal::new(TestBackend::new(app.size().0, app.size().1)).unwrap();
    let mut hits = ui::HitMap::default();
    terminal.draw(|f| hits = ui::draw(f, app, &t)).unwrap();
    hits
}

fn render(app: &App) -> String {
    let (buf, _) = draw(app);
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            out.push_str(sym);
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

/// The screen with the selected quotation's cells marked, to show where the highlight is.
fn active_cells(app: &App) -> Vec<(u16, u16)> {
    let (buf, t) = draw(app);
    let mut cells = Vec::new();
    let body = ui::panes(buf.area, app.visible()).body;
    for y in body.y..body.y + body.height {
        for x in body.x..body.x + body.width {
            if buf[(x, y)].bg == t.quote_active.bg.unwrap() {
                cells.push((x, y));
            }
        }
    }
    cells
}

#[test]
fn samples_120x40() {
    let app = common::samples_app(120, 40);
    insta::assert_snapshot!(render(&app));
}

#[test]
fn samples_60x20() {
    let app = common::samples_app(60, 20);
    insta::assert_snapshot!(render(&app));
}

#[test]
fn quote_selected_120x40() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::NextQuote);
    update(&mut app, Action::NextQuote);
    insta::assert_snapshot!(render(&app));
    assert!(
        !active_cells(&app).is_empty(),
        "the selected quotation is highlighted"
    );
}

#[test]
fn highlight_moves_with_next_quote() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::NextQuote);
    let first = active_cells(&app);
    update(&mut app, Action::NextQuote);
    let second = active_cells(&app);
    assert!(!first.is_empty() && !second.is_empty());
    assert_ne!(first, second);
}

#[test]
fn help_overlay_60x20() {
    let mut app = common::samples_app(60, 20);
    update(&mut app, Action::ToggleHelp);
    insta::assert_snapshot!(render(&app));
}

#[test]
fn too_small_shows_a_notice() {
    let app = common::samples_app(30, 6);
    let screen = render(&app);
    assert!(screen.contains("Terminal too small"), "{screen}");
}

#[test]
fn cjk_paragraph_never_overflows_its_pane() {
    let mut app = common::app(
        vec![byline::library::Origin::Sample("night-market.txt")],
        60,
        30,
    );
    update(&mut app, Action::Down);
    let screen = render(&app);
    insta::assert_snapshot!(screen);
    // Every row keeps its borders in place: no wide char pushed past the pane.
    let rows: Vec<&str> = screen.lines().collect();
    let widths: Vec<usize> = rows
        .iter()
        .map(|r| unicode_width::UnicodeWidthStr::width(*r))
        .collect();
    assert!(widths.iter().all(|w| *w == 60), "{widths:?}\n{screen}");
    assert!(screen.contains("夜市"));
}

#[test]
fn seed_120x40() {
    let Some(origin) = common::seed_origin() else {
        return;
    };
    let mut app = common::app(vec![origin], 120, 40);
    let opened = render(&app);
    let loaded = app.current().unwrap().clone();
    assert!(opened.contains(&loaded.article.title));
    let credit = &loaded.article.credits[0].text;
    assert!(opened.contains(&format!("Photo: {credit}")), "{opened}");
    // Every voice the seed's gold reports is listed, marked as reported speech (the names are
    // read from the gold file at run time, never written here).
    assert!(opened.contains("Voices"), "{opened}");
    let listed: Vec<(&str, bool)> = app
        .sidebar_items()
        .iter()
        .map(|&i| &loaded.analysis.quotes[i])
        .filter_map(|q| Some((q.speaker.as_ref()?.name.as_str(), q.kind.is_reported())))
        .collect();
    let gold: serde_json::Value = common::shared("corpus/seed/xinjiang-report.gold.json")
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
        .expect("the seed's gold beside the seed");
    let reported = gold["reported"]
        .as_array()
        .expect("the gold lists reported speech");
    assert!(!reported.is_empty());
    for g in reported {
        let who = g["speaker_name"].as_str().unwrap();
        assert!(
            listed.iter().any(|(n, r)| *r && *n == who),
            "{who} is listed with reported speech: {listed:?}"
        );
    }
    update(&mut app, Action::ToggleReported);
    for _ in 0..4 {
        update(&mut app, Action::NextQuote);
    }
    let screen = render(&app);
    // The seed's term is listed with who used it, as its analysis found them (the seed's words
    // are read at run time, never written here).
    let term = loaded
        .analysis
        .quotes
        .iter()
        .find(|q| q.kind == byline::article::QuoteKind::Term)
        .expect("the seed has a term");
    let by = &term.speaker.as_ref().expect("the term's user").name;
    assert!(screen.contains(&format!("term · {by}")), "{screen}");
    assert!(screen.contains(&format!("“{}”", loaded.slice(&term.span))));
    assert!(screen.contains("Quotes 4/4"));
    // No snapshot: the seed is copyrighted news, kept out of the repository.
}

#[test]
fn sources_tab_120x40() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::ToggleSources);
    let screen = render(&app);
    assert!(screen.contains("Sources"));
    assert!(screen.contains("Rosa Delacourt"));
    insta::assert_snapshot!(screen);
}

#[test]
fn search_matches_are_highlighted() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::Search);
    for c in "council".chars() {
        update(&mut app, Action::SearchType(c));
    }
    let (buf, t) = draw(&app);
    let body = ui::panes(buf.area, app.visible()).body;
    let count = |style: ratatui::style::Style| {
        (body.y..body.y + body.height)
            .flat_map(|y| (body.x..body.x + body.width).map(move |x| (x, y)))
            .filter(|&(x, y)| buf[(x, y)].bg == style.bg.unwrap())
            .count()
    };
    assert_eq!(count(t.search_active), "council".len());
    assert!(count(t.search_match) >= "council".len());
    let screen = render(&app);
    assert!(screen.contains("/council▏"), "{screen}");
    update(&mut app, Action::SearchSubmit);
    assert!(render(&app).contains("match 1/"));
}

#[test]
fn quotation_detail_popup_120x40() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::NextQuote);
    update(&mut app, Action::FocusNext);
    update(&mut app, Action::Open);
    let screen = render(&app);
    assert!(screen.contains("Quotation 1 — Esc to close"));
    assert!(screen.contains("Rosa Delacourt (as “Mayor Rosa Delacourt”)"));
    assert!(screen.contains("Paragraph"));
    insta::assert_snapshot!(screen);
}

#[test]
fn reported_speech_detail_popup_120x40() {
    let mut app = common::samples_app(120, 40);
    // The second voice of the first sample is the mayor's reported statement.
    update(&mut app, Action::NextQuote);
    update(&mut app, Action::NextQuote);
    assert!(app.selected_quote().unwrap().kind.is_reported());
    update(&mut app, Action::FocusNext);
    update(&mut app, Action::Open);
    let screen = render(&app);
    assert!(
        screen.contains("Reported speech 2 — Esc to close"),
        "{screen}"
    );
    assert!(
        screen.contains("reported speech"),
        "the kind is named:\n{screen}"
    );
    // The writer's words, whole, with no quotation marks around them.
    assert!(
        screen.contains("│the docks would carry commuter boats"),
        "{screen}"
    );
}

#[test]
fn zen_mode_shows_the_article_alone() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::Zen);
    let screen = render(&app);
    assert!(!screen.contains("Library") && !screen.contains("Quotes"));
    assert!(screen.contains("Article"));
}

#[test]
fn library_search_results_120x40() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::FindAll);
    for c in "said".chars() {
        update(&mut app, Action::SearchType(c));
    }
    update(&mut app, Action::SearchSubmit);
    let screen = render(&app);
    assert!(screen.contains("“said”:") && screen.contains("found"));
    insta::assert_snapshot!(screen);
}

/// A mouse event, with the list row under it as the last frame drew it.
fn mouse(app: &mut App, kind: byline::tui::action::MouseKind, column: u16, row: u16) {
    let item = hits(app).item_at(column, row);
    update(
        app,
        Action::Mouse(byline::tui::action::Mouse {
            kind,
            column,
            row,
            item,
        }),
    );
}

#[test]
fn mouse_wheel_clicks_and_border_drag() {
    use byline::tui::action::MouseKind;
    use byline::tui::app::Focus;
    let mut app = common::samples_app(120, 20);
    let panes = ui::panes(ratatui::layout::Rect::new(0, 0, 120, 20), app.visible());
    let body = panes.body;
    // The wheel scrolls the article under the pointer; focus stays.
    common::focus(&mut app, Focus::Library);
    mouse(&mut app, MouseKind::ScrollDown, body.x + 5, body.y + 5);
    assert_eq!(app.body().scroll, 3);
    assert_eq!(app.focus(), Focus::Library);
    // A click on the third library row selects that article.
    let lib = panes.library.unwrap();
    mouse(&mut app, MouseKind::Press, lib.x + 3, lib.y + 3);
    assert_eq!(app.focus(), Focus::Library);
    assert_eq!(app.library().selected, 2);
    // A click on a sidebar item selects that quotation.
    let side = panes.sidebar.unwrap();
    mouse(&mut app, MouseKind::Press, side.x + 3, side.y + 1);
    assert_eq!(app.sidebar().selected, Some(0));
    // A click on a highlighted quotation in the body selects it.
    update(&mut app, Action::Top);
    common::focus(&mut app, Focus::Body);
    update(&mut app, Action::Top);
    let (buf, t) = draw(&app);
    let (text_area, _) = ui::body_text_area(body, app.max_width());
    let cell = (text_area.y..text_area.y + text_area.height)
        .flat_map(|y| (text_area.x..text_area.x + text_area.width).map(move |x| (x, y)))
        .find(|&(x, y)| {
            let bg = buf[(x, y)].bg;
            bg == t.quote_highlight.bg.unwrap() || bg == t.quote_active.bg.unwrap()
        })
        .expect("a highlighted quotation on screen");
    mouse(&mut app, MouseKind::Press, cell.0, cell.1);
    assert_eq!(app.focus(), Focus::Body);
    assert_eq!(app.selected_quote().map(|q| q.id), Some(1));
    // Dragging the library's border widens it.
    let before = lib.width;
    mouse(&mut app, MouseKind::Press, lib.x + lib.width - 1, lib.y + 2);
    mouse(&mut app, MouseKind::Drag, lib.x + lib.width + 5, lib.y + 2);
    mouse(
        &mut app,
        MouseKind::Release,
        lib.x + lib.width + 5,
        lib.y + 2,
    );
    let after = ui::panes(ratatui::layout::Rect::new(0, 0, 120, 20), app.visible())
        .library
        .unwrap();
    assert_eq!(after.width, before + 6);
    // mouse = false: nothing happens.
    common::set_preferences(&mut app, |p| p.mouse = false);
    mouse(&mut app, MouseKind::ScrollDown, body.x + 5, body.y + 5);
    assert_eq!(app.body().scroll, 0);
}

/// The rows of the body's text area, `width` columns of each.
fn text_rows(buf: &Buffer, area: ratatui::layout::Rect, width: usize) -> Vec<String> {
    (area.y..area.y + area.height)
        .map(|y| {
            (area.x..area.x + width as u16)
                .map(|x| buf[(x, y)].symbol().to_owned())
                .collect()
        })
        .collect()
}

#[test]
fn justified_paragraphs_end_flush() {
    let mut app = common::samples_app(120, 40);
    common::set_preferences(&mut app, |p| p.justify = true);
    let (buf, _) = draw(&app);
    let (text_area, width) =
        ui::body_text_area(ui::panes(buf.area, app.visible()).body, app.max_width());
    let rows = text_rows(&buf, text_area, width);
    // Inside a paragraph, lines reach the right edge; the last line of each does not need to.
    let flush = rows.iter().filter(|r| !r.ends_with(' ')).count();
    assert!(flush >= 10, "{rows:#?}");
    // Only spaces were added: the words read as before.
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let justified = words(&rows.join(" "));
    common::set_preferences(&mut app, |p| p.justify = false);
    let (plain_buf, _) = draw(&app);
    let plain = text_rows(&plain_buf, text_area, width);
    assert_eq!(justified, words(&plain.join(" ")));
}

#[test]
fn status_shows_progress_while_the_library_loads() {
    use byline::library::{Entry, Origin};
    let origins: Vec<Origin> = (0..1234)
        .map(|i| Origin::File(format!("/lib/{i}.txt").into()))
        .collect();
    let mut app = byline::tui::App::new(origins.into_iter().map(Entry::new).collect(), 80, vec![]);
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 20,
        },
    );
    update(
        &mut app,
        Action::Loaded {
            index: 0,
            outcome: Outcome::Failed("/lib/0.txt: gone".into()),
        },
    );
    let screen = render(&app);
    assert!(screen.contains("analysing 1/1,234"), "{screen}");
}

#[test]
fn sources_tab_60x20_keeps_its_title_whole() {
    let mut app = common::samples_app(60, 20);
    update(&mut app, Action::ToggleSources);
    let screen = render(&app);
    assert!(screen.contains("Sources 7 "), "{screen}");
    assert!(
        !screen.contains("Enter: ┓") && !screen.contains("· Enter:"),
        "{screen}"
    );
    // Quoted and reported counted apart, in a short form that fits the narrow pane.
    assert!(screen.contains("│3 q. · 2 rep."), "{screen}");
}

/// A folder of every format: feeds group their entries, skipped files say why, legacy
/// encodings are named, and outlet and date columns show where the pane has room.
#[test]
fn mixed_library_160x30() {
    let files = byline::library::scan(&[common::fixture("")]).unwrap();
    let origins = files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                .unwrap()
                .to_owned();
            byline::library::Origin::File(rel)
        })
        .collect();
    let mut app = common::app(origins, 160, 30);
    update(
        &mut app,
        Action::RestoreState(Box::new(byline::state::State {
            library_width: Some(78),
            ..Default::default()
        })),
    );
    update(
        &mut app,
        Action::Resize {
            width: 160,
            height: 30,
        },
    );
    let screen = render(&app);
    assert!(screen.contains("The Harbour Ledger (3)"), "{screen}");
    // A feed's entry, indented under its feed, unread.
    assert!(
        screen.contains("•   Gull Island Jetty Repaired"),
        "{screen}"
    );
    assert!(screen.contains("[windows-1252]"), "{screen}");
    assert!(
        screen.contains("– empty.txt: the file is empty"),
        "{screen}"
    );
    insta::assert_snapshot!(screen);
}

/// An HTML article: title, byline line and figure drawn outside the text, headings, a
/// blockquote and list items marked, quotations highlighted.
#[test]
fn html_article_120x40() {
    let origin = byline::library::Origin::File(
        std::path::Path::new("tests/fixtures/formats/ferry.html").to_owned(),
    );
    let app = common::app(vec![origin], 120, 40);
    let screen = render(&app);
    assert!(
        screen.contains("By Ines Calloway · The Harbour Ledger · 2026-05-02"),
        "{screen}"
    );
    assert!(
        screen.contains("Photo: Tomas Reyes/Ledger Photo"),
        "{screen}"
    );
    assert!(screen.contains("│ \"We campaigned"), "{screen}");
    assert!(screen.contains("• Bicycles travel free"), "{screen}");
    insta::assert_snapshot!(screen);
}

/// A big article shown before its analysis: the sidebar says its quotations are coming and the
/// status line counts it as still being analysed.
#[test]
fn article_shown_before_its_analysis() {
    let origin = byline::library::Origin::File(common::fixture("strike.txt"));
    let (app, _) = common::shown_before_analysis(origin, 120, 20);
    let screen = render(&app);
    assert!(screen.contains("Finding quotations…"), "{screen}");
    assert!(screen.contains("analysing 0/1"), "{screen}");
}

#[test]
fn the_open_article_deleted_on_disk_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gone.txt");
    std::fs::write(&path, "Soon Gone\n\nA short story.\n").unwrap();
    let mut app = common::app(vec![byline::library::Origin::File(path.clone())], 120, 20);
    assert!(render(&app).contains("A short story."));
    update(
        &mut app,
        Action::FilesChanged(vec![byline::library::Change::Removed(path)]),
    );
    let screen = render(&app);
    assert!(screen.contains("was deleted"), "{screen}");
    assert!(screen.contains("article deleted"), "{screen}");
    assert!(!screen.contains("Loading"), "{screen}");
}

#[test]
fn the_sidebar_shows_as_many_lines_of_each_quotation_as_asked() {
    let mut app = common::samples_app(120, 40);
    let screen = render(&app);
    // The sidebar's rows start at its border; the article has the same words elsewhere.
    assert!(screen.contains("│in twenty years that the"), "{screen}");
    common::set_preferences(&mut app, |p| p.sidebar_lines = 1);
    let screen = render(&app);
    assert!(!screen.contains("│in twenty years that the"), "{screen}");
    assert!(screen.contains("“This is the first time …"), "{screen}");
}

#[test]
fn the_selected_quotations_speaker_and_cue_are_marked_where_they_are_written() {
    let mut app = common::samples_app(120, 40);
    update(&mut app, Action::NextQuote);
    let (buf, t) = draw(&app);
    let q = app.selected_quote().unwrap().clone();
    let mention = q.speaker.as_ref().unwrap().mention.clone();
    let cue = q.cue.as_ref().unwrap().text.clone();
    // Find the row with both, as drawn, and check the styles of their first cells.
    let rows: Vec<String> = (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_owned())
                .collect()
        })
        .collect();
    // The style of the cell `skip` chars into the first place `needle` is drawn.
    let style_at = |needle: &str, skip: usize| {
        rows.iter().enumerate().find_map(|(y, row)| {
            let col = row.find(needle)?;
            let x = (row[..col].chars().count() + skip) as u16;
            Some(buf[(x, y as u16)].style())
        })
    };
    let speaker = style_at(&mention, 0).expect("the speaker on screen");
    assert!(
        speaker
            .add_modifier
            .contains(ratatui::style::Modifier::UNDERLINED)
    );
    assert_eq!(speaker.fg, t.attribution_speaker.fg);
    let last = mention.split_whitespace().last().unwrap();
    let cue_style =
        style_at(&format!("{last} {cue}"), last.chars().count() + 1).expect("the cue on screen");
    assert!(
        cue_style
            .add_modifier
            .contains(ratatui::style::Modifier::UNDERLINED)
    );
}

/// 80×24, the most common terminal: the article 60 columns wide beside the sidebar.
#[test]
fn samples_80x24() {
    let app = common::samples_app(80, 24);
    let screen = render(&app);
    let (text_area, width) = ui::body_text_area(
        ui::panes(ratatui::layout::Rect::new(0, 0, 80, 24), app.visible()).body,
        app.max_width(),
    );
    assert!(width >= 60 && text_area.width >= 60, "{width}");
    insta::assert_snapshot!(screen);
}

#[test]
fn quotation_popup_80x24_stays_clear_of_its_quotation() {
    let mut app = common::samples_app(80, 24);
    common::focus(&mut app, byline::tui::app::Focus::Sidebar);
    update(&mut app, Action::Down);
    update(&mut app, Action::Open);
    let screen = render(&app);
    assert!(screen.contains("Quotation 1"), "{screen}");
    // The highlighted words are still on screen beside the popup.
    assert!(screen.contains("first time in twenty years"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn help_80x24() {
    let mut app = common::samples_app(80, 24);
    update(&mut app, Action::ToggleHelp);
    insta::assert_snapshot!(render(&app));
}
