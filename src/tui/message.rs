//! What arrives on the event loop's one channel: terminal input, loader results, signals and
//! changes on disk, each from its own thread.

use crate::library::Outcome;

/// A message for the event loop.
pub enum Message {
    Input(ratatui::crossterm::event::Event),
    InputFailed(String),
    Loaded(usize, Outcome),
    /// The entries the archive index holds as they are on disk.
    Indexed(crate::index::Listed),
    /// The archive index has listed every file it holds as it is on disk.
    Listed,
    /// The voices of every article the archive index holds.
    Voices(std::sync::Arc<crate::tui::action::VoicesFromIndex>),
    Signal(i32),
    /// The config or theme file changed on disk.
    ConfigChanged,
    /// Article files in the library's folders changed on disk.
    Files(Vec<crate::library::Change>),
    /// The library's folders are watched; the article files under them now.
    OnDisk {
        roots: Vec<std::path::PathBuf>,
        files: Vec<std::path::PathBuf>,
    },
    /// A big article laid out whole, off the reader's thread.
    LaidOut {
        entry: usize,
        loaded: std::sync::Arc<crate::library::Loaded>,
        layout: std::sync::Arc<crate::layout::Layout>,
    },
}
