//! The theme resolved once into terminal styles, so drawing never looks up scope strings.

use crate::config::theme::{Color as SpecColor, StyleSpec, ThemeSpec};
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub ui: Style,
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub list_selected: Style,
    pub list_dim: Style,
    pub status: Style,
    pub status_warning: Style,
    pub help: Style,
    pub help_key: Style,
    pub body_text: Style,
    pub body_title: Style,
    pub body_caption: Style,
    pub body_credit: Style,
    pub quote_highlight: Style,
    pub quote_active: Style,
    pub quote_term: Style,
    pub quote_speaker: Style,
    pub quote_text: Style,
    pub quote_cue: Style,
    pub source_outlet: Style,
    pub search_match: Style,
    pub search_active: Style,
}

fn colour(c: SpecColor) -> Color {
    match c {
        SpecColor::Default => Color::Reset,
        SpecColor::Ansi(i) => match i {
            0 => Color::Black,
            1 => Color::Red,
            2 => Color::Green,
            3 => Color::Yellow,
            4 => Color::Blue,
            5 => Color::Magenta,
            6 => Color::Cyan,
            7 => Color::Gray,
            8 => Color::DarkGray,
            9 => Color::LightRed,
            10 => Color::LightGreen,
            11 => Color::LightYellow,
            12 => Color::LightBlue,
            13 => Color::LightMagenta,
            14 => Color::LightCyan,
            _ => Color::White,
        },
        SpecColor::Indexed(i) => Color::Indexed(i),
        SpecColor::Rgb(r, g, b) => Color::Rgb(r, g, b),
    }
}

fn style(spec: StyleSpec, colours: bool) -> Style {
    let mut s = Style::default().add_modifier(Modifier::from_bits_truncate(spec.modifiers));
    if colours {
        if let Some(fg) = spec.fg {
            s = s.fg(colour(fg));
        }
        if let Some(bg) = spec.bg {
            s = s.bg(colour(bg));
        }
    }
    s
}

impl Theme {
    /// Resolves every scope byline draws with. Without colours (`NO_COLOR`), modifiers remain
    /// and highlights fall back to reverse video so they still show.
    pub fn resolve(spec: &ThemeSpec, colours: bool) -> Theme {
        let s = |scope: &str| style(spec.lookup(scope), colours);
        let mut theme = Theme {
            ui: s("ui"),
            border: s("ui.border"),
            border_focused: s("ui.border.focused"),
            title: s("ui.title"),
            list_selected: s("ui.list.selected"),
            list_dim: s("ui.list.dim"),
            status: s("ui.status"),
            status_warning: s("ui.status.warning"),
            help: s("ui.help"),
            help_key: s("ui.help.key"),
            body_text: s("body.text"),
            body_title: s("body.title"),
            body_caption: s("body.caption"),
            body_credit: s("body.credit"),
            quote_highlight: s("quote.highlight"),
            quote_active: s("quote.highlight.active"),
            quote_term: s("quote.term"),
            quote_speaker: s("quote.speaker"),
            quote_text: s("quote.text"),
            quote_cue: s("quote.cue"),
            source_outlet: s("source.outlet"),
            search_match: s("search.match"),
            search_active: s("search.match.active"),
        };
        if !colours {
            theme.list_selected = theme.list_selected.add_modifier(Modifier::REVERSED);
            theme.quote_highlight = theme.quote_highlight.add_modifier(Modifier::UNDERLINED);
            theme.quote_active = theme.quote_active.add_modifier(Modifier::REVERSED);
            theme.status_warning = theme.status_warning.add_modifier(Modifier::REVERSED);
            theme.search_match = theme.search_match.add_modifier(Modifier::UNDERLINED);
            theme.search_active = theme.search_active.add_modifier(Modifier::REVERSED);
        }
        theme
    }
}
