//! The configuration file: where it is, what it holds, and what was wrong with it. A bad value
//! is a warning for that key alone; a syntax error is a warning naming the line and column,
//! and the defaults stand. Nothing here is fatal and nothing is silently ignored.

pub mod theme;

use crate::quotes::lexicon::OutletEntry;
use std::fmt;
use std::path::{Path, PathBuf};

/// Default text width of the article body, in columns.
pub const DEFAULT_MAX_WIDTH: usize = 80;

/// One `[keys]` entry: the action and the key sequences it gets, as written in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyOverride {
    pub action: String,
    pub keys: Vec<String>,
    pub line: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// A built-in theme name or a path to a theme file.
    pub theme: String,
    /// The widest the body text is set, in columns.
    pub max_width: usize,
    /// Files and folders opened when byline is started without arguments.
    pub library: Vec<PathBuf>,
    /// Outlets added to the built-in alias table.
    pub outlets: Vec<OutletEntry>,
    /// Keys rebound in `[keys]`: action name to key sequences, as written.
    pub keys: Vec<KeyOverride>,
    /// Mouse: wheel, clicks and dragging pane borders.
    pub mouse: bool,
    /// Paragraphs set flush on both sides.
    pub justify: bool,
    /// Where `y` copies: "osc52" (the terminal) or "both" (the system clipboard too).
    pub clipboard: String,
    /// Colour depth: "auto" (from COLORTERM, TERM and NO_COLOR), "truecolor", "256", "16" or
    /// "none".
    pub color: String,
    /// How many lines of each quotation the sidebar shows (1 to 10).
    pub sidebar_lines: usize,
    /// What one article file may hold (`[limits]`).
    pub limits: crate::load::Limits,
    /// The file this came from, if any.
    pub path: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            theme: "dark".to_owned(),
            max_width: DEFAULT_MAX_WIDTH,
            library: Vec::new(),
            outlets: Vec::new(),
            keys: Vec::new(),
            color: "auto".to_owned(),
            mouse: true,
            justify: false,
            clipboard: "osc52".to_owned(),
            sidebar_lines: 3,
            limits: crate::load::Limits::default(),
            path: None,
        }
    }
}

/// A problem with a config or theme file, located as precisely as the file allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// Where the config file is: `--config`, then `BYLINE_CONFIG`, then the platform's config
/// directory (`~/.config/byline/config.toml` on Linux).
pub fn locate(flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = flag {
        return Some(p.to_owned());
    }
    if let Some(p) = std::env::var_os("BYLINE_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    config_dir().map(|d| d.join("config.toml"))
}

/// The platform config directory for byline.
pub fn config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "byline").map(|d| d.config_dir().to_owned())
}

/// Reads the config at `path`. A missing file at the default location is no warning; a missing
/// file that was asked for by name is.
pub fn load(path: Option<&Path>, named: bool) -> (Config, Vec<Warning>) {
    let Some(path) = path else {
        return (Config::default(), Vec::new());
    };
    match std::fs::read_to_string(path) {
        Ok(src) => {
            let (mut config, warnings) = parse(&src, &path.display().to_string());
            config.path = Some(path.to_owned());
            (config, warnings)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !named => {
            (Config::default(), Vec::new())
        }
        Err(e) => (
            Config::default(),
            vec![Warning {
                file: path.display().to_string(),
                line: None,
                column: None,
                message: format!("cannot read config ({e}); using defaults"),
            }],
        ),
    }
}

/// Parses config text; `file` names it in warnings.
pub fn parse(src: &str, file: &str) -> (Config, Vec<Warning>) {
    let mut config = Config::default();
    let mut warnings = Vec::new();
    let table: toml::Table = match toml::from_str(src) {
        Ok(t) => t,
        Err(e) => {
            warnings.push(syntax_warning(
                src,
                file,
                &e,
                "using the default configuration",
            ));
            return (config, warnings);
        }
    };
    let mut warn = |key: &str, message: String| {
        warnings.push(Warning {
            file: file.to_owned(),
            line: line_of_key(src, key),
            column: None,
            message,
        });
    };
    for (key, value) in &table {
        match key.as_str() {
            "theme" => match value.as_str() {
                Some(s) if !s.trim().is_empty() => config.theme = s.to_owned(),
                _ => warn(key, "`theme` must be a theme name or a path".into()),
            },
            "clipboard" => match value.as_str() {
                Some(s @ ("osc52" | "both")) => config.clipboard = s.to_owned(),
                _ => warn(key, "`clipboard` must be \"osc52\" or \"both\"".into()),
            },
            "justify" => match value.as_bool() {
                Some(b) => config.justify = b,
                None => warn(key, "`justify` must be true or false".into()),
            },
            "mouse" => match value.as_bool() {
                Some(b) => config.mouse = b,
                None => warn(key, "`mouse` must be true or false".into()),
            },
            "color" => match value.as_str() {
                Some(s @ ("auto" | "truecolor" | "256" | "16" | "none")) => {
                    config.color = s.to_owned()
                }
                _ => warn(
                    key,
                    "`color` must be \"auto\", \"truecolor\", \"256\", \"16\" or \"none\"".into(),
                ),
            },
            "sidebar_lines" => match value.as_integer() {
                Some(n) if (1..=10).contains(&n) => config.sidebar_lines = n as usize,
                _ => warn(
                    key,
                    "`sidebar_lines` must be a whole number from 1 to 10".into(),
                ),
            },
            "max_width" => match value.as_integer() {
                Some(n) if (10..=1000).contains(&n) => config.max_width = n as usize,
                _ => warn(
                    key,
                    "`max_width` must be a whole number from 10 to 1000".into(),
                ),
            },
            "library" => match value.as_array() {
                Some(items) => {
                    for item in items {
                        match item.as_str() {
                            Some(s) => config.library.push(expand_home(s)),
                            None => warn(key, "`library` entries must be paths (strings)".into()),
                        }
                    }
                }
                None => warn(key, "`library` must be a list of paths".into()),
            },
            "outlet" => match value.clone().try_into::<Vec<OutletEntry>>() {
                Ok(entries) => config.outlets = entries,
                Err(e) => warn(
                    key,
                    format!("`[[outlet]]` entries need `name` and `aliases`: {e}"),
                ),
            },
            "limits" => match value.as_table() {
                Some(table) => {
                    for (name, v) in table {
                        let megabytes = v.as_integer().filter(|n| (1..=65_536).contains(n));
                        let slot = match name.as_str() {
                            "max_article_mb" => &mut config.limits.max_file,
                            "max_unpacked_mb" => &mut config.limits.max_unpacked,
                            other => {
                                warn(other, format!("unknown option `limits.{other}` (ignored)"));
                                continue;
                            }
                        };
                        match megabytes {
                            Some(n) => *slot = (n as u64) << 20,
                            None => warn(
                                name,
                                format!(
                                    "`limits.{name}` must be a whole number of megabytes from 1 to 65536"
                                ),
                            ),
                        }
                    }
                }
                None => warn(key, "`[limits]` must be a table".into()),
            },
            "keys" => match value.as_table() {
                Some(table) => {
                    for (action, keys) in table {
                        let line = line_of_key(src, action);
                        let keys = match keys {
                            toml::Value::String(k) => vec![k.clone()],
                            toml::Value::Array(list) => {
                                let found: Vec<String> = list
                                    .iter()
                                    .filter_map(|k| k.as_str().map(str::to_owned))
                                    .collect();
                                if found.len() != list.len() {
                                    warn(action, format!("`keys.{action}`: keys must be strings"));
                                }
                                found
                            }
                            _ => {
                                warn(
                                    action,
                                    format!("`keys.{action}` must be a key or a list of keys"),
                                );
                                continue;
                            }
                        };
                        config.keys.push(KeyOverride {
                            action: action.clone(),
                            keys,
                            line,
                        });
                    }
                }
                None => warn(key, "`[keys]` must be a table of action = key".into()),
            },
            other => warn(other, format!("unknown option `{other}` (ignored)")),
        }
    }
    warnings.sort_by_key(|w| w.line);
    (config, warnings)
}

/// A TOML syntax error as a warning with line and column.
pub fn syntax_warning(src: &str, file: &str, e: &toml::de::Error, fallback: &str) -> Warning {
    let (line, column) = match e.span() {
        Some(span) => {
            let (l, c) = line_col(src, span.start);
            (Some(l), Some(c))
        }
        None => (None, None),
    };
    Warning {
        file: file.to_owned(),
        line,
        column,
        message: format!("{}; {fallback}", e.message().trim_end()),
    }
}

/// 1-based line and column (in chars) of a byte offset.
pub fn line_col(src: &str, byte: usize) -> (usize, usize) {
    let byte = byte.min(src.len());
    let before = src.get(..byte).unwrap_or(src);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

/// The line where a key is set, for warnings about its value.
pub fn line_of_key(src: &str, key: &str) -> Option<usize> {
    src.lines()
        .position(|l| {
            let l = l.trim_start();
            let l = l.trim_start_matches('[').trim_start_matches('"');
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(['=', ']', '"']))
        })
        .map(|i| i + 1)
}

fn expand_home(s: &str) -> PathBuf {
    match (s.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => PathBuf::from(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_config() {
        let (c, w) = parse(
            "theme = \"light\"\nmax_width = 72\nlibrary = [\"/news\"]\n[[outlet]]\nname = \"X\"\naliases = [\"the X\"]\n",
            "c.toml",
        );
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.theme, "light");
        assert_eq!(c.max_width, 72);
        assert_eq!(c.library, vec![PathBuf::from("/news")]);
        assert_eq!(c.outlets[0].name, "X");
    }

    #[test]
    fn syntax_error_names_line_and_column() {
        let (c, w) = parse("theme = \"light\"\nmax_width = = 3\n", "c.toml");
        assert_eq!(c, Config::default());
        assert_eq!((w[0].line, w[0].column), (Some(2), Some(13)));
        assert!(w[0].to_string().starts_with("c.toml:2:13: "), "{}", w[0]);
    }

    #[test]
    fn bad_values_warn_for_that_key_alone() {
        let (c, w) = parse(
            "theme = \"light\"\nmax_width = \"wide\"\nfoo = 1\n",
            "c.toml",
        );
        assert_eq!(c.theme, "light");
        assert_eq!(c.max_width, DEFAULT_MAX_WIDTH);
        assert_eq!(w.len(), 2);
        assert_eq!(w[0].line, Some(2));
        assert!(w[1].message.contains("unknown option `foo`"));
    }
}
