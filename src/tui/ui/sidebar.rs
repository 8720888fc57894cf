//! The sidebar: one entry per quotation, speech first and terms after, with speaker, speech
//! verb, opening words and outlet.

use super::{Rows, fit, is_focused, pane_block};
use crate::article::{Quote, QuoteKind, SourceKind};
use crate::library::Loaded;
use crate::text::truncate_chars;
use crate::tui::app::{App, Focus, SidebarTab};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};
use unicode_width::UnicodeWidthStr;

/// Draws the sidebar and returns where each of its rows went, for clicks.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> Rows {
    if app.sidebar.tab == SidebarTab::Sources {
        return draw_sources(frame, area, app, theme);
    }
    let focused = is_focused(app, Focus::Sidebar);
    let (pos, total) = app.quote_position();
    let count = match pos {
        Some(p) => format!("{p}/{total}"),
        None => total.to_string(),
    };
    // "Voices" lists quoted and reported speech, "Quotes" quotations alone (`r` switches).
    let what = if app.sidebar.quotations_only {
        "Quotes"
    } else {
        "Voices"
    };
    let mut title = match &app.sidebar.filter {
        Some(name) => format!("{what} {count} · {name}"),
        None => format!("{what} {count} · s: sources"),
    };
    // The hint gives way on a narrow sidebar.
    if app.sidebar.filter.is_none() && title.width() + 4 > usize::from(area.width) {
        title = format!("{what} {count}");
    }
    let block = pane_block(&title, focused, theme);
    let Some(loaded) = app.current() else {
        frame.render_widget(block, area);
        return Rows::new();
    };
    let inner_w = usize::from(block.inner(area).width);
    let items = app.sidebar_items();
    if items.is_empty() {
        let note = if loaded.analysing {
            "Finding quotations…"
        } else {
            "No quotations found."
        };
        let p = Paragraph::new(note).style(theme.list_dim).block(block);
        frame.render_widget(p, area);
        return Rows::new();
    }
    // Only the items that can be on screen are built: an article may hold 100,000 quotations.
    // As the list would scroll, the selected item sits at the bottom once it is past the first
    // screenful.
    let rows = app.sidebar_lines;
    let make = |k: usize| {
        item(
            loaded,
            &loaded.analysis.quotes[items[k]],
            (inner_w, rows),
            theme,
        )
    };
    let room = usize::from(block.inner(area).height);
    let sel = app.sidebar.selected.unwrap_or(0).min(items.len() - 1);
    // Back from the selected item while the items fit, then on down until the pane is full;
    // each item is built once.
    let mut rows = vec![make(sel)];
    let mut used = rows[0].height();
    let mut first = sel;
    while first > 0 {
        let it = make(first - 1);
        if used + it.height() > room {
            break;
        }
        used += it.height();
        rows.push(it);
        first -= 1;
    }
    rows.reverse();
    for k in sel + 1..items.len() {
        if used >= room {
            break;
        }
        let it = make(k);
        used += it.height();
        rows.push(it);
    }
    let selected = app.sidebar.selected.map(|s| s - first);
    show_list(frame, area, app, theme, block, rows, (selected, first))
}

/// The Sources tab: the article's register, one entry per person, organisation, outlet,
/// document or photo agency, with its description, aliases and how many quotations it has.
fn draw_sources(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> Rows {
    let focused = is_focused(app, Focus::Sidebar);
    let Some(loaded) = app.current() else {
        frame.render_widget(pane_block("Sources", focused, theme), area);
        return Rows::new();
    };
    let sources = &loaded.analysis.sources;
    // Above the register, who is heard here by kind, as the Voices chart shows the library.
    let kinds = crate::voices::kinds_of(&loaded.analysis);
    let area = if !kinds.is_empty() && area.height >= 14 + kinds.len() as u16 {
        let top = kinds.len() as u16 + 3;
        let chart = Rect::new(area.x, area.y, area.width, top);
        let block = pane_block("Heard here", false, theme);
        let mut lines = vec![super::voices::legend(theme)];
        lines.extend(super::voices::bars(
            &kinds,
            usize::from(block.inner(chart).width),
            theme,
        ));
        frame.render_widget(Paragraph::new(lines).block(block), chart);
        Rect::new(area.x, area.y + top, area.width, area.height - top)
    } else {
        area
    };
    let mut title = format!("Sources {} · Enter: quotes", sources.len());
    // The hint gives way on a narrow sidebar.
    if title.width() + 4 > usize::from(area.width) {
        title = format!("Sources {}", sources.len());
    }
    let block = pane_block(&title, focused, theme);
    let width = usize::from(block.inner(area).width);
    if sources.is_empty() {
        let p = Paragraph::new("No sources found.")
            .style(theme.list_dim)
            .block(block);
        frame.render_widget(p, area);
        return Rows::new();
    }
    let rows: Vec<ListItem> = sources
        .iter()
        .map(|s| {
            let mut lines = vec![Line::from(vec![Span::styled(
                fit(&s.name, width.saturating_sub(2)),
                theme.quote_speaker,
            )])];
            let style = if s.kind == SourceKind::Outlet {
                theme.source_outlet
            } else {
                theme.quote_cue
            };
            let mut about = s.kind.as_str().to_owned();
            if let Some(d) = &s.description {
                about.push_str(" · ");
                about.push_str(d);
            }
            lines.push(Line::styled(fit(&about, width), style));
            if !s.aliases.is_empty() {
                let aka = format!("also “{}”", s.aliases.join("”, “"));
                lines.push(Line::styled(fit(&aka, width), theme.quote_cue));
            }
            let count = statement_count(loaded, &s.quotes, width);
            lines.push(Line::styled(count, theme.quote_text));
            lines.push(Line::raw(""));
            ListItem::new(Text::from(lines))
        })
        .collect();
    show_list(
        frame,
        area,
        app,
        theme,
        block,
        rows,
        (Some(app.sidebar.source), 0),
    )
}

/// Draws the sidebar's rows with the selected one highlighted, and notes where each row went
/// so a click can find it.
fn show_list(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    theme: &Theme,
    block: ratatui::widgets::Block,
    rows: Vec<ListItem>,
    (selected, first): (Option<usize>, usize),
) -> Rows {
    let focused = is_focused(app, Focus::Sidebar);
    // Rows before `first` were not built; one row each stands in for them.
    let heights: Vec<usize> = std::iter::repeat_n(1, first)
        .chain(rows.iter().map(ListItem::height))
        .collect();
    let list = List::new(rows).block(block).highlight_style(if focused {
        theme.list_selected
    } else {
        theme.quote_active
    });
    let mut state = ListState::default().with_selected(selected);
    frame.render_stateful_widget(list, area, &mut state);
    super::record_rows(area, state.offset() + first, &heights)
}

/// One quotation's rows: speaker and verb, description, up to `rows` lines of its words
/// (wrapped, the last cut with an ellipsis), the outlet.
fn item<'a>(
    loaded: &Loaded,
    q: &Quote,
    (width, rows): (usize, usize),
    theme: &Theme,
) -> ListItem<'a> {
    let mut lines = Vec::new();
    let words = truncate_chars(&loaded.words(q), 200);
    if q.kind == QuoteKind::Term {
        let by = q
            .speaker
            .as_ref()
            .map(|s| format!(" · {}", s.name))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled("term", theme.quote_term),
            Span::styled(fit(&by, width.saturating_sub(4)), theme.quote_cue),
        ]));
    } else {
        let speaker = q
            .speaker
            .as_ref()
            .map_or("unattributed", |s| s.name.as_str());
        // A long cue ("According to") gives way before the speaker does: it keeps at most
        // half the line when the two do not fit.
        let cue = q
            .cue
            .as_ref()
            .map(|c| format!(" · {}", c.text))
            .unwrap_or_default();
        let cue = if speaker.width() + cue.width() > width {
            fit(&cue, cue.width().min(width / 2))
        } else {
            cue
        };
        let mut kind = match q.kind {
            QuoteKind::Partial => " · partial",
            QuoteKind::Mixed => " · reported, quoting",
            QuoteKind::Indirect => " · reported",
            _ => "",
        };
        // The kind goes to the next line when the first has no room for it: reported speech
        // is always marked as such.
        let mut moved = None;
        if speaker.width() + cue.width() + kind.width() > width {
            moved = Some(kind.trim_start_matches(" · ")).filter(|k| !k.is_empty());
            kind = "";
        }
        let speaker_w = width.saturating_sub(cue.width() + kind.width());
        lines.push(Line::from(vec![
            Span::styled(fit(speaker, speaker_w), theme.quote_speaker),
            Span::styled(format!("{cue}{kind}"), theme.quote_cue),
        ]));
        let description = q.speaker.as_ref().and_then(|s| s.description.as_deref());
        let second = match (moved, description) {
            (Some(k), Some(d)) => Some(format!("{k} · {d}")),
            (Some(k), None) => Some(k.to_owned()),
            (None, Some(d)) => Some(d.to_owned()),
            (None, None) => None,
        };
        if let Some(line) = second {
            lines.push(Line::styled(fit(&line, width), theme.quote_cue));
        }
    }
    // Reported speech is the writer's words: no quotation marks, in its own style.
    let (shown, style) = if q.kind.is_reported() {
        (words, theme.quote_reported)
    } else {
        (format!("“{words}”"), theme.quote_text)
    };
    for line in quoted_lines(&shown, width, rows) {
        lines.push(Line::styled(line, style));
    }
    if let Some(v) = &q.via {
        lines.push(Line::styled(
            fit(&format!("via {}", v.name), width),
            theme.source_outlet,
        ));
    }
    lines.push(Line::raw(""));
    ListItem::new(Text::from(lines))
}

/// How much a source says in an article: its quotations and its reported statements counted
/// apart ("2 quoted · 3 reported").
fn statement_count(loaded: &Loaded, ids: &[usize], width: usize) -> String {
    let quotes = &loaded.analysis.quotes;
    let reported = ids
        .iter()
        .filter(|&&id| {
            quotes
                .get(id.wrapping_sub(1))
                .is_some_and(|q| q.kind.is_reported())
        })
        .count();
    let quoted = ids.len() - reported;
    match (quoted, reported) {
        (0, 0) => "no quotations".to_owned(),
        (1, 0) => "1 quotation".to_owned(),
        (n, 0) => format!("{n} quotations"),
        (0, r) => format!("{r} reported"),
        (n, r) => {
            let full = format!("{n} quoted · {r} reported");
            // "3 quoted · 1 reported" on a narrow sidebar: "3 q. · 1 rep.".
            if full.width() <= width {
                full
            } else {
                fit(&format!("{n} q. · {r} rep."), width)
            }
        }
    }
}

/// `text` wrapped to `width`, at most `rows` lines, the last cut with an ellipsis when more
/// was left.
fn quoted_lines(text: &str, width: usize, rows: usize) -> Vec<String> {
    let text = crate::text::neutralised(text);
    let wrapped = textwrap::wrap(&text, width.max(1));
    let cut = wrapped.len() > rows;
    let mut out: Vec<String> = wrapped
        .into_iter()
        .take(rows.max(1))
        .map(|l| l.into_owned())
        .collect();
    if cut && let Some(last) = out.last_mut() {
        // `fit` ends a line it cuts with an ellipsis itself.
        *last = fit(&format!("{last} …"), width);
    }
    out
}
