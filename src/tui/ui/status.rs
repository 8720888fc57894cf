//! The status line: where the reader is, and any message or warning.

use crate::tui::app::{App, Focus};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// A count with thousands separated by commas: 10,000.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    // The open article's place in the list as shown, not in load order.
    let rows = app.library_rows();
    let article = match app.body.entry {
        Some(i) if matches!(app.entries[i].status, crate::library::Status::Gone) => {
            "article deleted".to_owned()
        }
        Some(i) => match rows.iter().position(|&r| r == i) {
            Some(p) => format!("article {}/{}", p + 1, rows.len()),
            None => format!("article –/{}", rows.len()),
        },
        None => format!("article –/{}", rows.len()),
    };
    let (pos, total) = app.quote_position();
    // "voice" while the sidebar lists reported speech too, "quote" for quotations only.
    let noun = if app.sidebar.quotations_only {
        "quote"
    } else {
        "voice"
    };
    let quote = match pos {
        Some(p) => format!("{noun} {p}/{total}"),
        None => format!("{noun} –/{total}"),
    };
    let focus = match app.focus {
        Focus::Library => "library",
        Focus::Body => "article",
        Focus::Sidebar => "quotes",
    };
    let mut left = format!(" {article} │ {quote} │ {}% │ {focus}", app.scroll_percent());
    // While the library is still being read: "analysing 3,204/10,000".
    let pending = app.pending_count();
    if pending > 0 {
        let total = app.entries.len();
        left.push_str(&format!(
            " │ analysing {}/{}",
            thousands(total - pending),
            thousands(total)
        ));
    }
    if !app.pending_keys.is_empty() {
        left.push_str(&format!(" │ {}…", app.pending_keys));
    }
    let s = &app.search;
    if app.voices.editing {
        left = format!(" voices /{}▏", crate::text::neutralised(&app.voices.query));
    } else if app.library.editing {
        left = format!(
            " library /{}▏",
            crate::text::neutralised(&app.library.query)
        );
    } else if s.editing {
        left = format!(" /{}▏", crate::text::neutralised(&s.query));
    } else if !s.matches.is_empty() {
        let at = s.current.map_or("–".to_owned(), |k| (k + 1).to_string());
        left.push_str(&format!(" │ match {at}/{}", s.matches.len()));
    }
    // A warning keeps its pointer to the help, where it can be read in full, when cut short.
    let (right, style, hint) = match (&app.message, app.warnings.first()) {
        (Some(m), _) => (m.clone(), theme.status, String::new()),
        (None, Some(w)) => {
            let more = app.warnings.len() - 1;
            let hint = if more > 0 {
                format!(" (+{more} more; ? shows all)")
            } else {
                " (? shows it in full)".to_owned()
            };
            (format!("⚠ {w}"), theme.status_warning, hint)
        }
        (None, None) => ("? help  q quit".to_owned(), theme.status, String::new()),
    };
    let room = usize::from(area.width).saturating_sub(left.width() + 2 + hint.width());
    let right = crate::text::neutralised(&right);
    let right: String = if right.width() > room {
        let mut s = String::new();
        for c in right.chars() {
            if s.width() + 2 > room {
                break;
            }
            s.push(c);
        }
        s + "…"
    } else {
        right
    } + &hint;
    let pad = usize::from(area.width).saturating_sub(left.width() + right.width() + 1);
    let line = Line::from(vec![
        Span::styled(left, theme.status),
        Span::styled(" ".repeat(pad), theme.status),
        Span::styled(right, style),
        Span::styled(" ", theme.status),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme.status), area);
}
