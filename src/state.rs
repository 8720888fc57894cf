//! What byline remembers between runs: the last article open, where each article was read to,
//! which panes were shown and the sidebar's tab. Kept as JSON in the platform state directory
//! (`~/.local/state/byline/state.json` on Linux), written atomically. A state file that cannot
//! be read is set aside with a warning, never fatal.

use crate::config::Warning;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    /// The article open at the last quit, by its path (or `sample:NAME`).
    pub last: Option<String>,
    /// Where each article was read to: the char offset of the first line in view.
    pub positions: BTreeMap<String, usize>,
    pub show_library: Option<bool>,
    pub show_sidebar: Option<bool>,
    pub zen: Option<bool>,
    /// Pane widths set by dragging, in columns.
    pub library_width: Option<u16>,
    pub sidebar_width: Option<u16>,
    /// "quotes" or "sources".
    pub sidebar_tab: Option<String>,
}

/// How many articles' positions are kept; the least recently read go first.
pub const MAX_POSITIONS: usize = 5000;

/// The state file's place in the platform state directory.
pub fn default_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "byline")?;
    let dir = dirs
        .state_dir()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| dirs.data_local_dir().to_path_buf());
    Some(dir.join("state.json"))
}

/// Reads the state. A missing file is a fresh start; one that cannot be parsed is renamed
/// to `state.json.corrupt` beside it, so nothing is lost, and reported.
pub fn load(path: &Path) -> (State, Option<Warning>) {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (State::default(), None),
        Err(e) => {
            return (
                State::default(),
                Some(warning(
                    path,
                    format!("cannot read state ({e}); starting afresh"),
                )),
            );
        }
    };
    match serde_json::from_str(&text) {
        Ok(state) => (state, None),
        Err(e) => {
            let aside = path.with_extension("json.corrupt");
            let moved = std::fs::rename(path, &aside).is_ok();
            let message = if moved {
                format!(
                    "line {}, column {}: {e}; set aside as {}",
                    e.line(),
                    e.column(),
                    aside.display()
                )
            } else {
                format!("line {}, column {}: {e}; ignored", e.line(), e.column())
            };
            (State::default(), Some(warning(path, message)))
        }
    }
}

fn warning(path: &Path, message: String) -> Warning {
    Warning {
        file: path.display().to_string(),
        line: None,
        column: None,
        message,
    }
}

/// Writes the state atomically: a temporary file beside it, then a rename over it.
pub fn save(path: &Path, state: &State) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension(format!("json.tmp.{}", std::process::id()));
    let text = serde_json::to_string_pretty(state).map_err(std::io::Error::other)?;
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_corrupt_file_set_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deep/state.json");
        let mut s = State {
            last: Some("/news/a.txt".into()),
            zen: Some(true),
            ..State::default()
        };
        s.positions.insert("/news/a.txt".into(), 1234);
        save(&path, &s).unwrap();
        assert_eq!(load(&path), (s, None));
        std::fs::write(&path, "{ not json").unwrap();
        let (state, w) = load(&path);
        assert_eq!(state, State::default());
        assert!(w.unwrap().to_string().contains("set aside"));
        assert!(path.with_extension("json.corrupt").exists());
        assert!(!path.exists());
        assert_eq!(load(&path), (State::default(), None));
    }
}
