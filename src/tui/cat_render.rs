//! `byline cat`: an article rendered as the reader shows it (title, caption, credit, the body
//! with its quotations highlighted), then its quotations with speakers and outlets, printed to
//! stdout for pagers, files and scripts.

use super::theme::Theme;
use super::ui::body::{quote_mark, render_lines};
use crate::article::QuoteKind;
use crate::layout;
use crate::library::Loaded;
use crate::text::neutralised;
use ratatui::crossterm::style::{Attribute, Color as CColor, ContentStyle, StyledContent};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use std::fmt::Write;

/// The article at `width` columns; with `colour`, styled with ANSI escapes from the theme,
/// without it, plain text with no escape sequence at all.
pub fn render(loaded: &Loaded, width: usize, theme: &Theme, colour: bool, justify: bool) -> String {
    let layout = layout::layout(&loaded.article, columns(width));
    render_laid_out(loaded, &layout, theme, colour, justify)
}

/// The columns `render` lays an article out at, for a layout made beforehand (`byline cat`
/// lays out while it analyses).
pub fn columns(width: usize) -> usize {
    width.max(10)
}

/// As `render`, with the article already laid out at `columns(width)`.
pub fn render_laid_out(
    loaded: &Loaded,
    layout: &layout::Layout,
    theme: &Theme,
    colour: bool,
    justify: bool,
) -> String {
    let width = layout.width;
    let marks: Vec<_> = loaded
        .highlights()
        .into_iter()
        .map(|(r, i)| (r, quote_mark(loaded.analysis.quotes[i].kind, false)))
        .collect();
    let mut out = String::new();
    for line in render_lines(layout, 0..layout.lines.len(), &marks, theme, justify) {
        push_line(&mut out, &line, colour);
    }
    let of_kind = |keep: fn(QuoteKind) -> bool| -> Vec<_> {
        loaded
            .analysis
            .quotes
            .iter()
            .filter(|q| keep(q.kind))
            .collect()
    };
    let speech = of_kind(QuoteKind::is_quotation);
    let reported = of_kind(QuoteKind::is_reported);
    let terms = of_kind(|k| k == QuoteKind::Term);
    out.push('\n');
    let heading = |s: &str| Line::styled(s.to_owned(), theme.title);
    push_line(
        &mut out,
        &heading(&format!("Quotations ({})", speech.len())),
        colour,
    );
    for (n, q) in speech.iter().enumerate() {
        statement(&mut out, n, q, loaded, (theme, width, colour));
    }
    if !reported.is_empty() {
        out.push('\n');
        push_line(
            &mut out,
            &heading(&format!("Reported speech ({})", reported.len())),
            colour,
        );
        for (n, q) in reported.iter().enumerate() {
            statement(&mut out, n, q, loaded, (theme, width, colour));
        }
    }
    if !terms.is_empty() {
        out.push('\n');
        push_line(
            &mut out,
            &heading(&format!("Terms ({})", terms.len())),
            colour,
        );
        for q in terms {
            let quoted: String = loaded.slice(&q.span).to_owned();
            let by = q
                .speaker
                .as_ref()
                .map(|s| format!(" · {}", neutralised(&s.name)))
                .unwrap_or_default();
            let line = Line::from(vec![
                ratatui::text::Span::styled(
                    format!("  “{}”", neutralised(&quoted)),
                    theme.quote_term,
                ),
                ratatui::text::Span::styled(by, theme.quote_cue),
            ]);
            push_line(&mut out, &line, colour);
        }
    }
    out
}

/// One numbered statement: who (and their description), the verb, the kind where it is not
/// plain, the outlet, then the words, wrapped: in quotation marks for a quotation, as the
/// writer put them for reported speech.
fn statement(
    out: &mut String,
    n: usize,
    q: &crate::article::Quote,
    loaded: &Loaded,
    (theme, width, colour): (&Theme, usize, bool),
) {
    use ratatui::text::Span;
    let mut who = q
        .speaker
        .as_ref()
        .map_or("unattributed".to_owned(), |s| neutralised(&s.name));
    if let Some(d) = q.speaker.as_ref().and_then(|s| s.description.as_deref()) {
        let _ = write!(who, ", {}", neutralised(d));
    }
    let mut spans = vec![
        Span::raw(format!("{:>3}. ", n + 1)),
        Span::styled(who, theme.quote_speaker),
    ];
    if let Some(c) = &q.cue {
        spans.push(Span::styled(
            format!(" · {}", neutralised(&c.text)),
            theme.quote_cue,
        ));
    }
    match q.kind {
        QuoteKind::Partial => spans.push(Span::styled(" · partial", theme.quote_cue)),
        QuoteKind::Mixed => spans.push(Span::styled(" · quoting", theme.quote_cue)),
        _ => {}
    }
    if let Some(v) = &q.via {
        spans.push(Span::styled(
            format!(" · via {}", neutralised(&v.name)),
            theme.source_outlet,
        ));
    }
    push_line(out, &Line::from(spans), colour);
    let words = neutralised(&loaded.words(q));
    let (shown, style) = if q.kind.is_reported() {
        (words, theme.quote_reported)
    } else {
        (format!("“{words}”"), theme.quote_text)
    };
    for l in textwrap::wrap(&shown, width.saturating_sub(5).max(10)) {
        push_line(out, &Line::styled(format!("     {l}"), style), colour);
    }
}

/// The terminal's width in columns, when stdout is one.
pub fn terminal_width() -> Option<u16> {
    ratatui::crossterm::terminal::size().ok().map(|(w, _)| w)
}

fn push_line(out: &mut String, line: &Line, colour: bool) {
    for span in &line.spans {
        let style = line.style.patch(span.style);
        if colour && style != Style::default() {
            let _ = write!(
                out,
                "{}",
                StyledContent::new(content_style(style), &span.content)
            );
        } else {
            out.push_str(&span.content);
        }
    }
    out.push('\n');
}

fn content_style(style: Style) -> ContentStyle {
    let mut c = ContentStyle {
        foreground_color: style.fg.map(colour),
        background_color: style.bg.map(colour),
        ..ContentStyle::default()
    };
    let m = style.add_modifier;
    for (flag, attr) in [
        (Modifier::BOLD, Attribute::Bold),
        (Modifier::DIM, Attribute::Dim),
        (Modifier::ITALIC, Attribute::Italic),
        (Modifier::UNDERLINED, Attribute::Underlined),
        (Modifier::REVERSED, Attribute::Reverse),
        (Modifier::CROSSED_OUT, Attribute::CrossedOut),
    ] {
        if m.contains(flag) {
            c.attributes.set(attr);
        }
    }
    c
}

fn colour(c: Color) -> CColor {
    match c {
        Color::Reset => CColor::Reset,
        Color::Black => CColor::Black,
        Color::Red => CColor::DarkRed,
        Color::Green => CColor::DarkGreen,
        Color::Yellow => CColor::DarkYellow,
        Color::Blue => CColor::DarkBlue,
        Color::Magenta => CColor::DarkMagenta,
        Color::Cyan => CColor::DarkCyan,
        Color::Gray => CColor::Grey,
        Color::DarkGray => CColor::DarkGrey,
        Color::LightRed => CColor::Red,
        Color::LightGreen => CColor::Green,
        Color::LightYellow => CColor::Yellow,
        Color::LightBlue => CColor::Blue,
        Color::LightMagenta => CColor::Magenta,
        Color::LightCyan => CColor::Cyan,
        Color::White => CColor::White,
        Color::Rgb(r, g, b) => CColor::Rgb { r, g, b },
        Color::Indexed(i) => CColor::AnsiValue(i),
    }
}
