//! Watching the library's folders: files byline reads that appear, change or go away become
//! `Change`s for the event loop (notify).

use super::event::Event;
use crate::library::Change;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

/// Watches `roots` (folders, recursively) and sends their article files' changes. `None` when
/// there is nothing to watch or the platform refuses.
pub fn library(roots: &[PathBuf], tx: Sender<Event>) -> Option<notify::RecommendedWatcher> {
    use notify::Watcher;
    let dirs: Vec<PathBuf> = roots.iter().filter(|p| p.is_dir()).cloned().collect();
    if dirs.is_empty() {
        return None;
    }
    let roots: Vec<PathBuf> = dirs
        .iter()
        .map(|d| std::fs::canonicalize(d).unwrap_or_else(|_| d.clone()))
        .chain(dirs.iter().cloned())
        .collect();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let Ok(ev) = res else { return };
        if ev.kind.is_access() || ev.kind.is_other() {
            return;
        }
        let changes: Vec<Change> = ev
            .paths
            .iter()
            .filter(|p| wanted(p, &roots))
            .map(|p| {
                if p.is_file() {
                    Change::Written(p.clone())
                } else {
                    Change::Removed(p.clone())
                }
            })
            .collect();
        if !changes.is_empty() {
            let _ = tx.send(Event::Files(changes));
        }
    })
    .ok()?;
    for dir in &dirs {
        let _ = watcher.watch(dir, notify::RecursiveMode::Recursive);
    }
    Some(watcher)
}

/// A file a folder scan would pick up: a known ending, nothing hidden between the library's
/// folder and it (the folder itself may be hidden, as it was named on purpose).
fn wanted(p: &Path, roots: &[PathBuf]) -> bool {
    let below = roots
        .iter()
        .find_map(|r| p.strip_prefix(r).ok())
        .unwrap_or(p);
    crate::load::is_supported(p)
        && !below.components().any(|c| {
            c.as_os_str()
                .to_str()
                .is_some_and(|s| s.starts_with('.') && s != "." && s != "..")
        })
}
