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
    /// The articles read, by label (opened, or marked read).
    pub read: std::collections::BTreeSet<String>,
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

/// Saves the state as `save` does, merged with what is on disk now, so that two readers
/// sharing the file both keep what they did: a position this run changed (against `base`, what
/// it loaded at start) is this run's; every other position on disk, another reader's, is kept.
/// The read-merge-write happens under a lock file beside the state.
pub fn save_merged(path: &Path, state: &State, base: &State) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let _lock = Lock::take(&path.with_extension("json.lock"));
    let on_disk = std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str::<State>(&t).ok());
    let mut merged = state.clone();
    if let Some(disk) = on_disk {
        for (label, at) in disk.positions {
            let ours_changed = base.positions.get(&label) != state.positions.get(&label);
            if !ours_changed {
                merged.positions.insert(label, at);
            }
        }
        // Read marks likewise: one this run set or cleared is this run's; the rest are kept.
        for label in disk.read {
            let ours_changed = base.read.contains(&label) != state.read.contains(&label);
            if !ours_changed {
                merged.read.insert(label);
            }
        }
        while merged.positions.len() > MAX_POSITIONS {
            let Some(k) = merged.positions.keys().next().cloned() else {
                break;
            };
            merged.positions.remove(&k);
        }
    }
    save(path, &merged)
}

/// A lock file held while the state is read, merged and written; removed when dropped. One
/// left behind by a reader that died is taken over after a few seconds; if the lock cannot be
/// had, the save goes ahead without it rather than lose what this run did.
struct Lock(Option<PathBuf>);

impl Lock {
    fn take(path: &Path) -> Lock {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
            {
                Ok(_) => return Lock(Some(path.to_owned())),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let stale = std::fs::metadata(path)
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| t.elapsed().ok())
                        .is_some_and(|age| age > std::time::Duration::from_secs(10));
                    if stale {
                        let _ = std::fs::remove_file(path);
                        continue;
                    }
                    if std::time::Instant::now() > deadline {
                        return Lock(None);
                    }
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(_) => return Lock(None),
            }
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        if let Some(path) = &self.0 {
            let _ = std::fs::remove_file(path);
        }
    }
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

    #[test]
    fn two_readers_keep_each_others_positions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let mut start = State::default();
        start.positions.insert("a.txt".into(), 10);
        start.positions.insert("b.txt".into(), 20);
        save(&path, &start).unwrap();
        // Both readers start from the same file; one reads a.txt on, the other b.txt.
        let mut first = start.clone();
        first.positions.insert("a.txt".into(), 111);
        first.read.insert("a.txt".into());
        let mut second = start.clone();
        second.positions.insert("b.txt".into(), 222);
        second.read.insert("b.txt".into());
        second.positions.insert("c.txt".into(), 5);
        save_merged(&path, &first, &start).unwrap();
        save_merged(&path, &second, &start).unwrap();
        let (end, _) = load(&path);
        assert_eq!(end.positions.get("a.txt"), Some(&111), "the first reader's");
        assert_eq!(end.positions.get("b.txt"), Some(&222));
        assert_eq!(end.positions.get("c.txt"), Some(&5));
        assert!(
            end.read.contains("a.txt") && end.read.contains("b.txt"),
            "both read marks"
        );
        assert!(!path.with_extension("json.lock").exists());
    }
}
