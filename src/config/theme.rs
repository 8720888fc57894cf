//! Themes: a palette plus dotted style scopes that fall back to their parents
//! (`quote.highlight.active`, then `quote.highlight`, then `quote`, then `ui`), with `inherits`.
//! This module parses and layers them; `tui::theme` turns the result into terminal styles.

use super::{Warning, line_of_key, syntax_warning};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Built-in themes, embedded in the binary.
pub const BUILTIN: &[(&str, &str)] = &[
    ("dark", include_str!("../../assets/themes/dark.toml")),
    ("light", include_str!("../../assets/themes/light.toml")),
    ("nord", include_str!("../../assets/themes/nord.toml")),
    ("gruvbox", include_str!("../../assets/themes/gruvbox.toml")),
    (
        "solarized-dark",
        include_str!("../../assets/themes/solarized-dark.toml"),
    ),
    (
        "solarized-light",
        include_str!("../../assets/themes/solarized-light.toml"),
    ),
    ("dracula", include_str!("../../assets/themes/dracula.toml")),
    (
        "catppuccin-mocha",
        include_str!("../../assets/themes/catppuccin-mocha.toml"),
    ),
];

pub const DEFAULT_THEME: &str = "dark";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    /// The terminal's own colour.
    Default,
    /// One of the 16 ANSI colours, 0 to 15.
    Ansi(u8),
    Indexed(u8),
    Rgb(u8, u8, u8),
}

/// Text modifiers, in the bit order terminals libraries share (bold = 1, dim = 2, ...).
pub const MODIFIERS: &[&str] = &[
    "bold",
    "dim",
    "italic",
    "underlined",
    "slow_blink",
    "rapid_blink",
    "reversed",
    "hidden",
    "crossed_out",
];

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StyleSpec {
    pub fg: Option<Color>,
    pub bg: Option<Color>,
    /// Bits of `MODIFIERS`.
    pub modifiers: u16,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThemeSpec {
    pub name: String,
    pub styles: HashMap<String, StyleSpec>,
}

impl ThemeSpec {
    /// The style of a scope, falling back through its dotted parents to `ui`.
    pub fn lookup(&self, scope: &str) -> StyleSpec {
        let mut s = scope;
        loop {
            if let Some(style) = self.styles.get(s) {
                return *style;
            }
            match s.rfind('.') {
                Some(i) => s = &s[..i],
                None => break,
            }
        }
        self.styles.get("ui").copied().unwrap_or_default()
    }
}

/// One theme file's text and how to name it in messages.
struct Source {
    label: String,
    text: String,
}

/// Loads a theme by built-in name, by name from `themes_dir`, or by path, with its `inherits`
/// chain. Anything wrong is a warning; the built-in default stands in for what cannot be read.
pub fn load(name_or_path: &str, themes_dir: Option<&Path>) -> (ThemeSpec, Vec<Warning>) {
    let mut warnings = Vec::new();
    let mut chain: Vec<(Source, toml::Table)> = Vec::new();
    let mut seen = HashSet::new();
    let mut next = Some(name_or_path.to_owned());
    while let Some(name) = next.take() {
        let source = match find(&name, themes_dir) {
            Ok(s) => s,
            Err(message) => {
                warnings.push(Warning {
                    file: chain
                        .last()
                        .map_or_else(|| name.clone(), |(s, _)| s.label.clone()),
                    line: None,
                    column: None,
                    message,
                });
                break;
            }
        };
        if !seen.insert(source.label.clone()) {
            warnings.push(Warning {
                file: source.label.clone(),
                line: None,
                column: None,
                message: format!("`inherits` forms a cycle at `{name}`; the cycle is cut there"),
            });
            break;
        }
        let table = match toml::from_str::<toml::Table>(&source.text) {
            Ok(t) => t,
            Err(e) => {
                warnings.push(syntax_warning(
                    &source.text,
                    &source.label,
                    &e,
                    "this theme file is skipped",
                ));
                break;
            }
        };
        next = match table.get("inherits") {
            Some(toml::Value::String(parent)) => Some(parent.clone()),
            Some(_) => {
                warnings.push(at_key(
                    &source,
                    "inherits",
                    "`inherits` must be a theme name",
                ));
                None
            }
            None => None,
        };
        chain.push((source, table));
    }
    if chain.is_empty() {
        let (spec, _) = load(DEFAULT_THEME, None);
        return (spec, warnings);
    }
    // Parents first, so that children override them.
    chain.reverse();
    let mut palette: HashMap<String, String> = HashMap::new();
    for (source, table) in &chain {
        for (key, value) in table {
            match (key.as_str(), value) {
                ("inherits", _) => {}
                ("palette", toml::Value::Table(p)) => {
                    for (name, colour) in p {
                        match colour.as_str() {
                            // A bad colour is reported where it is written (the user's file,
                            // not the built-in theme whose styles use it), and the colour the
                            // theme inherits for that name stays.
                            Some(c) => match super::theme::colour(c, &HashMap::new()) {
                                Ok(_) => {
                                    palette.insert(name.clone(), c.to_owned());
                                }
                                Err(message) => warnings.push(at_key(
                                    source,
                                    name,
                                    &format!("palette entry `{name}`: {message}; the inherited colour stays"),
                                )),
                            },
                            None => warnings.push(at_key(
                                source,
                                name,
                                &format!("palette entry `{name}` must be a colour string"),
                            )),
                        }
                    }
                }
                ("styles", toml::Value::Table(_)) => {}
                (other, _) => warnings.push(at_key(
                    source,
                    other,
                    &format!("unknown theme key `{other}` (expected inherits, palette, styles)"),
                )),
            }
        }
    }
    let mut styles = HashMap::new();
    for (source, table) in &chain {
        let Some(toml::Value::Table(s)) = table.get("styles") else {
            continue;
        };
        for (scope, value) in s {
            match style(value, &palette) {
                Ok(spec) => {
                    styles.insert(scope.clone(), spec);
                }
                Err(message) => warnings.push(at_key(
                    source,
                    scope,
                    &format!("style `{scope}`: {message}"),
                )),
            }
        }
    }
    warnings.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    let name = chain
        .last()
        .map(|(s, _)| s.label.clone())
        .unwrap_or_default();
    (ThemeSpec { name, styles }, warnings)
}

fn at_key(source: &Source, key: &str, message: &str) -> Warning {
    Warning {
        file: source.label.clone(),
        line: line_of_key(&source.text, key),
        column: None,
        message: message.to_owned(),
    }
}

fn find(name: &str, themes_dir: Option<&Path>) -> Result<Source, String> {
    if let Some((n, text)) = BUILTIN.iter().find(|(n, _)| *n == name) {
        return Ok(Source {
            label: format!("built-in theme `{n}`"),
            text: (*text).to_owned(),
        });
    }
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(dir) = themes_dir {
        candidates.push(dir.join(format!("{name}.toml")));
    }
    candidates.push(PathBuf::from(name));
    for path in candidates {
        if path.is_file() {
            return std::fs::read_to_string(&path)
                .map(|text| Source {
                    label: path.display().to_string(),
                    text,
                })
                .map_err(|e| format!("cannot read theme {}: {e}", path.display()));
        }
    }
    Err(format!(
        "no theme `{name}` (built-in themes: {}); using `{DEFAULT_THEME}`",
        names().join(", ")
    ))
}

/// The names of the built-in themes.
pub fn names() -> Vec<&'static str> {
    BUILTIN.iter().map(|(n, _)| *n).collect()
}

fn style(value: &toml::Value, palette: &HashMap<String, String>) -> Result<StyleSpec, String> {
    match value {
        toml::Value::String(s) => Ok(StyleSpec {
            fg: Some(colour(s, palette)?),
            ..StyleSpec::default()
        }),
        toml::Value::Table(t) => {
            let mut spec = StyleSpec::default();
            for (key, v) in t {
                match key.as_str() {
                    "fg" | "bg" => {
                        let c = match v {
                            toml::Value::String(s) => colour(s, palette)?,
                            toml::Value::Integer(n) => index(*n)?,
                            _ => return Err(format!("`{key}` must be a colour")),
                        };
                        if key == "fg" {
                            spec.fg = Some(c);
                        } else {
                            spec.bg = Some(c);
                        }
                    }
                    "modifiers" => {
                        let list = v.as_array().ok_or("`modifiers` must be a list")?;
                        for m in list {
                            let m = m.as_str().unwrap_or_default();
                            let bit = MODIFIERS.iter().position(|x| *x == m).ok_or_else(|| {
                                format!("unknown modifier `{m}` (one of {})", MODIFIERS.join(", "))
                            })?;
                            spec.modifiers |= 1 << bit;
                        }
                    }
                    other => return Err(format!("unknown field `{other}` (fg, bg, modifiers)")),
                }
            }
            Ok(spec)
        }
        _ => Err("a style is a colour string or a table with fg, bg and modifiers".into()),
    }
}

const ANSI: &[&str] = &[
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "dark_gray",
    "light_red",
    "light_green",
    "light_yellow",
    "light_blue",
    "light_magenta",
    "light_cyan",
    "white",
];

fn index(n: i64) -> Result<Color, String> {
    u8::try_from(n)
        .map(Color::Indexed)
        .map_err(|_| format!("colour index {n} is not from 0 to 255"))
}

/// A colour: a palette name, `#rgb`, `#rrggbb`, an ANSI name, an index 0-255 or `default`.
pub fn colour(s: &str, palette: &HashMap<String, String>) -> Result<Color, String> {
    let resolved = palette.get(s).map(String::as_str).unwrap_or(s);
    let v = resolved.trim();
    if v == "default" || v == "reset" {
        return Ok(Color::Default);
    }
    if let Some(hex) = v.strip_prefix('#') {
        let digits: Vec<u8> = hex
            .chars()
            .map(|c| c.to_digit(16).map(|d| d as u8))
            .collect::<Option<_>>()
            .ok_or_else(|| format!("`{v}` is not a hex colour"))?;
        return match digits.as_slice() {
            [r, g, b] => Ok(Color::Rgb(r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Ok(Color::Rgb(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            _ => Err(format!("`{v}` is not #rgb or #rrggbb")),
        };
    }
    let name = v.replace(['-', ' '], "_").to_lowercase();
    let name = match name.as_str() {
        "grey" => "gray",
        "dark_grey" | "bright_black" => "dark_gray",
        "bright_white" => "white",
        other => other,
    };
    if let Some(i) = ANSI.iter().position(|n| *n == name) {
        return Ok(Color::Ansi(i as u8));
    }
    if let Some(rest) = name.strip_prefix("bright_")
        && let Some(i) = ANSI.iter().position(|n| *n == format!("light_{rest}"))
    {
        return Ok(Color::Ansi(i as u8));
    }
    if let Ok(n) = v.parse::<i64>() {
        return index(n);
    }
    Err(format!(
        "unknown colour `{s}` (a palette name, #rgb, #rrggbb, an ANSI name, 0-255 or default)"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join(format!("{name}.toml")), text).unwrap();
    }

    #[test]
    fn builtins_load_cleanly() {
        for name in names() {
            let (spec, w) = load(name, None);
            assert!(w.is_empty(), "{name}: {w:?}");
            assert!(spec.styles.contains_key("quote.highlight.active"), "{name}");
            assert!(spec.styles.contains_key("quote.reported"), "{name}");
        }
    }

    #[test]
    fn scopes_fall_back_to_parents_then_ui() {
        let (spec, _) = load("dark", None);
        assert_eq!(
            spec.lookup("quote.highlight.active.extra"),
            spec.lookup("quote.highlight.active")
        );
        assert_eq!(spec.lookup("nothing.here"), spec.lookup("ui"));
    }

    #[test]
    fn inherits_overrides_and_cycles() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "mine",
            "inherits = \"dark\"\n[styles]\n\"quote.speaker\" = \"#ff0000\"\n",
        );
        let (spec, w) = load("mine", Some(dir.path()));
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(spec.lookup("quote.speaker").fg, Some(Color::Rgb(255, 0, 0)));
        assert!(spec.styles.contains_key("ui"));

        write(dir.path(), "a", "inherits = \"b\"\n");
        write(dir.path(), "b", "inherits = \"a\"\n");
        let (_, w) = load("a", Some(dir.path()));
        assert!(w.iter().any(|w| w.message.contains("cycle")), "{w:?}");
    }

    #[test]
    fn bad_colour_warns_for_that_key_alone() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "t",
            "[palette]\nink = \"#abc\"\n[styles]\n\"ui\" = \"ink\"\n\"body.text\" = \"nope\"\n",
        );
        let (spec, w) = load("t", Some(dir.path()));
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, Some(5));
        assert_eq!(spec.lookup("ui").fg, Some(Color::Rgb(0xaa, 0xbb, 0xcc)));
    }

    #[test]
    fn colour_forms() {
        let p = HashMap::new();
        assert_eq!(colour("default", &p), Ok(Color::Default));
        assert_eq!(colour("light-blue", &p), Ok(Color::Ansi(12)));
        assert_eq!(colour("208", &p), Ok(Color::Indexed(208)));
        assert!(colour("#12", &p).is_err());
    }
}
