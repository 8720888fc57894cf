//! The Voices view: the list of voices in the library pane, and in the middle pane the chart
//! of who is heard or what one voice said; and the bars the chart and the Sources tab share.

use super::{Rows, fit, is_focused, pane_block};
use crate::tui::app::{App, Focus};
use crate::tui::theme::Theme;
use crate::tui::voices::Chart;
use crate::voices::Share;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};
use unicode_width::UnicodeWidthStr;

/// The list of voices, most heard first: name, then quoted and reported counts and articles.
pub fn draw_list(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> Rows {
    let v = &app.voices;
    let focused = is_focused(app, Focus::Library);
    let total = v.list.len();
    let title = if v.counting {
        format!("Voices {total} · counting the index…")
    } else if v.query.is_empty() && !v.editing {
        format!("Voices {total} · v: articles")
    } else {
        format!(
            "Voices {}/{total} · /{}",
            v.row_count(),
            crate::text::neutralised(&v.query)
        )
    };
    let title = if title.width() + 4 > usize::from(area.width) {
        format!("Voices {}", v.row_count())
    } else {
        title
    };
    let block = pane_block(&title, focused, theme);
    let width = usize::from(area.width.saturating_sub(2));
    if v.row_count() == 0 {
        let note = if v.counting {
            "Counting the voices the index holds…"
        } else if !v.query.is_empty() {
            "No voice matches."
        } else {
            "No voices yet: nobody is quoted or reported in the articles read so far."
        };
        frame.render_widget(
            Paragraph::new(note)
                .style(theme.list_dim)
                .wrap(ratatui::widgets::Wrap { trim: true })
                .block(block),
            area,
        );
        return Rows::new();
    }
    // Only the rows that can be on screen are built.
    let height = usize::from(area.height.saturating_sub(2)).max(1);
    let first = v.selected.saturating_sub(height - 1);
    let items: Vec<ListItem> = (first..(first + height).min(v.row_count()))
        .filter_map(|k| v.row(k))
        .map(|r| {
            let (_, voice) = &v.list[r];
            let right = if width >= 34 {
                format!(
                    "{} · {} · {} art.",
                    voice.quoted, voice.reported, voice.articles
                )
            } else {
                format!("{}·{}", voice.quoted, voice.reported)
            };
            let room = width.saturating_sub(right.width() + 1);
            let mut name = fit(&voice.name, room);
            if let Some(d) = &voice.description
                && name.width() + 4 < room
            {
                name = format!("{name} ({})", fit(d, room - name.width() - 3));
            }
            let pad = width.saturating_sub(name.width() + right.width());
            ListItem::new(Line::from(vec![
                Span::styled(name, theme.quote_speaker),
                Span::raw(" ".repeat(pad)),
                Span::styled(right, theme.list_dim),
            ]))
        })
        .collect();
    let list = List::new(items)
        .block(block)
        .highlight_style(super::list_highlight(focused, theme));
    let mut state = ListState::default().with_selected(Some(v.selected - first));
    frame.render_stateful_widget(list, area, &mut state);
    super::record_rows(area, state.offset() + first, &vec![1; v.row_count()])
}

/// The middle pane in the Voices view: what the selected voice said, or the chart.
pub fn draw_middle(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if app.voices.statements.is_some() {
        draw_statements(frame, area, app, theme);
    } else {
        draw_chart(frame, area, app, theme);
    }
}

fn draw_statements(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(s) = &app.voices.statements else {
        return;
    };
    let focused = is_focused(app, Focus::Body);
    let more = if s.loading {
        " · reading the index…"
    } else {
        ""
    };
    let (total, articles) = (s.total.max(s.rows.len()), s.articles);
    let title = format!(
        "{} · {} statement{} in {} article{}{more} · Enter: open · Esc: back",
        crate::text::neutralised(&s.name),
        total,
        if total == 1 { "" } else { "s" },
        articles,
        if articles == 1 { "" } else { "s" },
    );
    let title = fit(&title, usize::from(area.width.saturating_sub(4)));
    let block = pane_block(&title, focused, theme);
    if s.rows.is_empty() {
        let note = if s.loading {
            "Reading…"
        } else {
            "Nothing found."
        };
        frame.render_widget(
            Paragraph::new(note).style(theme.list_dim).block(block),
            area,
        );
        return;
    }
    let width = usize::from(area.width.saturating_sub(2));
    // Each statement takes four rows: where, two of its words, a gap.
    let height = (usize::from(area.height.saturating_sub(2)) / 4).max(1);
    let first = s.selected.saturating_sub(height - 1);
    let items: Vec<ListItem> = s
        .rows
        .iter()
        .skip(first)
        .take(height)
        .map(|r| {
            let mut about = r.title.clone();
            if let Some(d) = &r.date {
                about.push_str(" · ");
                about.push_str(crate::article::iso_day(d).unwrap_or(d));
            }
            if let Some(o) = &r.outlet {
                about.push_str(" · ");
                about.push_str(o);
            }
            let text = crate::text::neutralised(&r.said.text);
            let (open, close, style) = if r.said.kind.is_reported() {
                ("", "", theme.quote_reported)
            } else {
                ("“", "”", theme.quote_text)
            };
            let mut lines = vec![Line::styled(fit(&about, width), theme.title)];
            let wrapped = textwrap::wrap(&text, width.saturating_sub(2).max(8));
            for (k, l) in wrapped.iter().take(2).enumerate() {
                let mut l = l.to_string();
                if k == 0 {
                    l.insert_str(0, open);
                }
                if k == 1 && wrapped.len() > 2 {
                    l = fit(&format!("{l} …"), width);
                } else if k + 1 == wrapped.len() {
                    l.push_str(close);
                    if let Some(c) = &r.said.cue {
                        l.push_str(" — ");
                        l.push_str(c);
                    }
                }
                lines.push(Line::styled(fit(&l, width), style));
            }
            while lines.len() < 4 {
                lines.push(Line::raw(""));
            }
            ListItem::new(Text::from(lines))
        })
        .collect();
    let list = List::new(items).block(block).highlight_style(if focused {
        theme.list_selected
    } else {
        theme.quote_active
    });
    let mut state = ListState::default().with_selected(Some(s.selected - first));
    frame.render_stateful_widget(list, area, &mut state);
}

fn draw_chart(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let v = &app.voices;
    let focused = is_focused(app, Focus::Body);
    let title = if v.counting {
        format!("{} · counting the index…", v.chart.title())
    } else {
        format!("{} · c: next chart", v.chart.title())
    };
    let block = pane_block(&title, focused, theme);
    let inner = block.inner(area);
    let rows = usize::from(inner.height.saturating_sub(2));
    let shares: Vec<Share> = match v.chart {
        Chart::Voices => v
            .list
            .iter()
            .take(rows)
            .map(|(_, voice)| Share {
                label: voice.name.clone(),
                quoted: voice.quoted,
                reported: voice.reported,
            })
            .collect(),
        Chart::Kinds => v.kinds.to_vec(),
        Chart::Outlets => v.outlets.iter().take(rows).cloned().collect(),
    };
    let mut lines = vec![legend(theme), Line::raw("")];
    if shares.is_empty() {
        lines.push(Line::styled(
            if v.counting {
                "Counting the voices the index holds…"
            } else {
                "Nobody is heard in the articles read so far."
            },
            theme.list_dim,
        ));
    }
    lines.extend(bars(&shares, usize::from(inner.width), theme));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// What the bars' two parts mean.
pub fn legend(theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled("█", theme.quote_text),
        Span::styled(" quoted  ", theme.list_dim),
        Span::styled("▒", theme.quote_reported),
        Span::styled(" reported", theme.list_dim),
    ])
}

/// One row per share: its label, a bar of its quoted (solid) and reported (shaded) counts
/// stacked, scaled to the largest, and the two counts.
pub fn bars(shares: &[Share], width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let most = shares
        .iter()
        .map(|s| s.quoted + s.reported)
        .max()
        .unwrap_or(0)
        .max(1);
    let counts: Vec<String> = shares
        .iter()
        .map(|s| format!(" {}·{}", s.quoted, s.reported))
        .collect();
    let count_w = counts.iter().map(|c| c.width()).max().unwrap_or(0);
    let label_w = shares
        .iter()
        .map(|s| s.label.width())
        .max()
        .unwrap_or(0)
        .min(width / 3)
        .max(4);
    let bar_w = width.saturating_sub(label_w + 1 + count_w).max(1);
    shares
        .iter()
        .zip(counts)
        .map(|(s, count)| {
            let total = s.quoted + s.reported;
            // Rounded to whole cells; a part that is heard at all shows at least one.
            let cells = |n: usize| -> usize {
                if n == 0 {
                    0
                } else {
                    ((n * bar_w + most / 2) / most).max(1)
                }
            };
            let all = cells(total).min(bar_w);
            let quoted = cells(s.quoted).min(all);
            let reported = all - quoted;
            let label = fit(&s.label, label_w);
            let pad = label_w.saturating_sub(label.width());
            Line::from(vec![
                Span::styled(label, theme.quote_speaker),
                Span::raw(" ".repeat(pad + 1)),
                Span::styled("█".repeat(quoted), theme.quote_text),
                Span::styled("▒".repeat(reported), theme.quote_reported),
                Span::styled(count, theme.list_dim),
            ])
        })
        .collect()
}
