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
    /// Reported speech in the body: what a source said in the writer's words.
    pub quote_reported: Style,
    pub quote_speaker: Style,
    pub quote_text: Style,
    pub quote_cue: Style,
    pub source_outlet: Style,
    pub search_match: Style,
    pub search_active: Style,
    /// Where the selected quotation's speaker is named in the body, and its cue.
    pub attribution_speaker: Style,
    pub attribution_cue: Style,
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

/// How many colours the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    TrueColor,
    Ansi256,
    Ansi16,
    /// No colour at all (`NO_COLOR`): modifiers only.
    None,
}

impl Depth {
    /// From the config's `color` setting, else `NO_COLOR`, `COLORTERM` and `TERM`.
    pub fn detect(setting: Option<&str>) -> Depth {
        let env = |k: &str| std::env::var(k).unwrap_or_default().to_lowercase();
        match setting.map(str::to_lowercase).as_deref() {
            Some("truecolor" | "24bit") => return Depth::TrueColor,
            Some("256") => return Depth::Ansi256,
            Some("16") => return Depth::Ansi16,
            Some("none" | "never") => return Depth::None,
            _ => {}
        }
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return Depth::None;
        }
        let term = env("TERM");
        if matches!(env("COLORTERM").as_str(), "truecolor" | "24bit") {
            Depth::TrueColor
        } else if term.contains("256") || term.contains("direct") {
            Depth::Ansi256
        } else if term == "dumb" {
            Depth::None
        } else {
            Depth::Ansi16
        }
    }
}

/// The nearest of the 256 xterm colours: the 6×6×6 cube or the grey ramp.
fn to_256(r: u8, g: u8, b: u8) -> u8 {
    let level = |v: u8| -> u8 {
        if v < 48 {
            0
        } else if v < 115 {
            1
        } else {
            ((v - 35) / 40).min(5)
        }
    };
    let cube_value = |l: u8| if l == 0 { 0 } else { 55 + 40 * l };
    let (lr, lg, lb) = (level(r), level(g), level(b));
    let cube = 16 + 36 * lr + 6 * lg + lb;
    let cube_err = dist((r, g, b), (cube_value(lr), cube_value(lg), cube_value(lb)));
    let avg = (u16::from(r) + u16::from(g) + u16::from(b)) / 3;
    let grey_level = (avg.saturating_sub(3) / 10).min(23) as u8;
    let grey_value = 8 + 10 * grey_level;
    let grey_err = dist((r, g, b), (grey_value, grey_value, grey_value));
    if grey_err < cube_err {
        232 + grey_level
    } else {
        cube
    }
}

fn dist(a: (u8, u8, u8), b: (u8, u8, u8)) -> u32 {
    let d = |x: u8, y: u8| (i32::from(x) - i32::from(y)).pow(2) as u32;
    d(a.0, b.0) + d(a.1, b.1) + d(a.2, b.2)
}

/// The nearest of the 16 ANSI colours, by their usual xterm values.
fn to_16(r: u8, g: u8, b: u8) -> Color {
    const ANSI: [(Color, (u8, u8, u8)); 16] = [
        (Color::Black, (0, 0, 0)),
        (Color::Red, (205, 0, 0)),
        (Color::Green, (0, 205, 0)),
        (Color::Yellow, (205, 205, 0)),
        (Color::Blue, (0, 0, 238)),
        (Color::Magenta, (205, 0, 205)),
        (Color::Cyan, (0, 205, 205)),
        (Color::Gray, (229, 229, 229)),
        (Color::DarkGray, (127, 127, 127)),
        (Color::LightRed, (255, 0, 0)),
        (Color::LightGreen, (0, 255, 0)),
        (Color::LightYellow, (255, 255, 0)),
        (Color::LightBlue, (92, 92, 255)),
        (Color::LightMagenta, (255, 0, 255)),
        (Color::LightCyan, (0, 255, 255)),
        (Color::White, (255, 255, 255)),
    ];
    ANSI.iter()
        .min_by_key(|(_, v)| dist((r, g, b), *v))
        .map_or(Color::Reset, |(c, _)| *c)
}

/// A colour as a terminal of this depth can show it.
pub fn fit_colour(c: Color, depth: Depth) -> Color {
    match (c, depth) {
        (Color::Rgb(r, g, b), Depth::Ansi256) => Color::Indexed(to_256(r, g, b)),
        (Color::Rgb(r, g, b), Depth::Ansi16) => to_16(r, g, b),
        (Color::Indexed(i), Depth::Ansi16) if i >= 16 => {
            let (r, g, b) = indexed_rgb(i);
            to_16(r, g, b)
        }
        _ => c,
    }
}

/// The usual value of an xterm colour above 15.
fn indexed_rgb(i: u8) -> (u8, u8, u8) {
    if i >= 232 {
        let v = 8 + 10 * (i - 232);
        return (v, v, v);
    }
    let i = i - 16;
    let v = |l: u8| if l == 0 { 0 } else { 55 + 40 * l };
    (v(i / 36), v((i / 6) % 6), v(i % 6))
}

fn style(spec: StyleSpec, depth: Depth) -> Style {
    let mut s = Style::default().add_modifier(Modifier::from_bits_truncate(spec.modifiers));
    if depth != Depth::None {
        if let Some(fg) = spec.fg {
            s = s.fg(fit_colour(colour(fg), depth));
        }
        if let Some(bg) = spec.bg {
            s = s.bg(fit_colour(colour(bg), depth));
        }
    }
    s
}

impl Theme {
    /// Resolves every scope byline draws with. Without colours (`NO_COLOR`), modifiers remain
    /// and highlights fall back to reverse video so they still show.
    pub fn resolve(spec: &ThemeSpec, colours: bool) -> Theme {
        Theme::resolve_at(
            spec,
            if colours {
                Depth::TrueColor
            } else {
                Depth::None
            },
        )
    }

    /// Resolves for a terminal of a given colour depth: true colours become the nearest of 256
    /// or 16 where the terminal has no more.
    pub fn resolve_at(spec: &ThemeSpec, depth: Depth) -> Theme {
        let colours = depth != Depth::None;
        let s = |scope: &str| style(spec.lookup(scope), depth);
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
            quote_reported: s("quote.reported"),
            quote_speaker: s("quote.speaker"),
            quote_text: s("quote.text"),
            quote_cue: s("quote.cue"),
            source_outlet: s("source.outlet"),
            search_match: s("search.match"),
            search_active: s("search.match.active"),
            attribution_speaker: s("body.attribution.speaker"),
            attribution_cue: s("body.attribution.cue"),
        };
        // A background tint that 256 or 16 colours render faint is underlined as well, so a
        // quotation stays visible whatever the terminal.
        if matches!(depth, Depth::Ansi256 | Depth::Ansi16) {
            theme.quote_highlight = theme.quote_highlight.add_modifier(Modifier::UNDERLINED);
        }
        if !colours {
            theme.list_selected = theme.list_selected.add_modifier(Modifier::REVERSED);
            theme.quote_highlight = theme.quote_highlight.add_modifier(Modifier::UNDERLINED);
            theme.quote_reported = theme.quote_reported.add_modifier(Modifier::ITALIC);
            theme.quote_active = theme.quote_active.add_modifier(Modifier::REVERSED);
            theme.status_warning = theme.status_warning.add_modifier(Modifier::REVERSED);
            theme.search_match = theme.search_match.add_modifier(Modifier::UNDERLINED);
            theme.search_active = theme.search_active.add_modifier(Modifier::REVERSED);
        }
        theme
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_fall_back_to_what_the_terminal_has() {
        assert_eq!(
            fit_colour(Color::Rgb(255, 0, 0), Depth::Ansi256),
            Color::Indexed(196)
        );
        assert_eq!(
            fit_colour(Color::Rgb(128, 128, 128), Depth::Ansi256),
            Color::Indexed(244)
        );
        assert_eq!(
            fit_colour(Color::Rgb(250, 10, 10), Depth::Ansi16),
            Color::LightRed
        );
        assert_eq!(
            fit_colour(Color::Indexed(196), Depth::Ansi16),
            Color::LightRed
        );
        assert_eq!(
            fit_colour(Color::Rgb(1, 2, 3), Depth::TrueColor),
            Color::Rgb(1, 2, 3)
        );
        let (spec, _) = crate::config::theme::load("nord", None);
        let t = Theme::resolve_at(&spec, Depth::Ansi16);
        assert!(!matches!(
            t.ui.bg,
            Some(Color::Rgb(..)) | Some(Color::Indexed(..))
        ));
        let t = Theme::resolve_at(&spec, Depth::None);
        assert_eq!(t.ui.fg, None);
    }
}
