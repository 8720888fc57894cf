//! Watching files on disk (notify): the config and theme, whose changes are applied live, and
//! the library's folders, whose article files that appear, change or go away become `Change`s.
//! Both report to the event loop as messages.

use super::message::Message;
use crate::library::Change;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

/// Watches the folders of the files to reload from; editors often replace a file rather than
/// write it, so the folder is watched and events are matched by name.
pub fn config_files(paths: &[PathBuf], tx: Sender<Message>) -> Option<notify::RecommendedWatcher> {
    use notify::Watcher;
    let names: Vec<PathBuf> = paths.to_vec();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if let Ok(ev) = res
            && !ev.kind.is_access()
            && ev
                .paths
                .iter()
                .any(|p| names.iter().any(|n| p.file_name() == n.file_name()))
        {
            let _ = tx.send(Message::ConfigChanged);
        }
    })
    .ok()?;
    let mut dirs: Vec<&Path> = paths.iter().filter_map(|p| p.parent()).collect();
    dirs.sort();
    dirs.dedup();
    for dir in dirs {
        let _ = watcher.watch(dir, notify::RecursiveMode::NonRecursive);
    }
    Some(watcher)
}

/// Watches `roots` (folders, recursively) and sends their article files' changes. `None` when
/// there is nothing to watch or the platform refuses.
pub fn library(roots: &[PathBuf], tx: Sender<Message>) -> Option<notify::RecommendedWatcher> {
    use notify::Watcher;
    let dirs: Vec<PathBuf> = roots.iter().filter(|p| p.is_dir()).cloned().collect();
    if dirs.is_empty() {
        return None;
    }
    // Each folder as it was named and as the platform may report it (absolute, resolved).
    let roots: Vec<(PathBuf, PathBuf)> = dirs
        .iter()
        .map(|d| {
            (
                d.clone(),
                std::fs::canonicalize(d).unwrap_or_else(|_| d.clone()),
            )
        })
        .collect();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let Ok(ev) = res else { return };
        if ev.kind.is_access() || ev.kind.is_other() {
            return;
        }
        let changes: Vec<Change> = ev
            .paths
            .iter()
            .filter_map(|p| as_named(p, &roots))
            .filter(|(_, below)| wanted(below))
            .map(|(p, _)| {
                if p.is_file() {
                    Change::Written(p)
                } else {
                    Change::Removed(p)
                }
            })
            .collect();
        if !changes.is_empty() {
            let _ = tx.send(Message::Files(changes));
        }
    })
    .ok()?;
    for dir in &dirs {
        let _ = watcher.watch(dir, notify::RecursiveMode::Recursive);
    }
    Some(watcher)
}

/// `p` as the folder scan names it (under the folder as the user named it), and its part below
/// that folder; `None` outside every library folder.
fn as_named(p: &Path, roots: &[(PathBuf, PathBuf)]) -> Option<(PathBuf, PathBuf)> {
    roots.iter().find_map(|(named, real)| {
        let below = p
            .strip_prefix(named)
            .or_else(|_| p.strip_prefix(real))
            .ok()?;
        Some((named.join(below), below.to_owned()))
    })
}

/// A file a folder scan would pick up: a known ending, nothing hidden below the library's
/// folder (the folder itself may be hidden, as it was named on purpose).
fn wanted(below: &Path) -> bool {
    crate::load::is_supported(below)
        && !below.components().any(|c| {
            c.as_os_str()
                .to_str()
                .is_some_and(|s| s.starts_with('.') && s != "." && s != "..")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_named_as_the_scan_names_files() {
        let roots = vec![(PathBuf::from("news"), PathBuf::from("/home/u/news"))];
        let (p, below) = as_named(Path::new("/home/u/news/a/b.md"), &roots).unwrap();
        assert_eq!(p, PathBuf::from("news/a/b.md"));
        assert!(wanted(&below));
        let (_, below) = as_named(Path::new("news/.git/x.txt"), &roots).unwrap();
        assert!(!wanted(&below), "hidden below the folder");
        assert!(as_named(Path::new("/elsewhere/c.txt"), &roots).is_none());
        let hidden_root = vec![(PathBuf::from("/tmp/.tmpX"), PathBuf::from("/tmp/.tmpX"))];
        let (_, below) = as_named(Path::new("/tmp/.tmpX/c.txt"), &hidden_root).unwrap();
        assert!(wanted(&below), "a hidden library folder named on purpose");
    }
}
