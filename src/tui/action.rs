//! Everything that can change the reader, by name: what a user does (bound to keys in the
//! keymap) and what the world reports (loads, file changes, settings, failed effects). `update`
//! carries them out; nothing else changes the app.

use super::help_list::HelpEntry;
use crate::library::Outcome;

/// A mouse event, in screen cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mouse {
    pub kind: MouseKind,
    pub column: u16,
    pub row: u16,
    /// The list row under the pointer as last drawn (a library row, or a sidebar item), when
    /// the pointer is on one. Only the drawing knows where list rows landed, so the event loop
    /// looks it up in the last frame's map and hands it over with the event.
    pub item: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MouseKind {
    ScrollUp,
    ScrollDown,
    Press,
    Drag,
    Release,
}

/// What the config decides for the app, given at start and again when the config changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preferences {
    /// The widest the body text is set.
    pub max_width: usize,
    /// Paragraphs set flush on both sides.
    pub justify: bool,
    /// Mouse events are taken.
    pub mouse: bool,
    /// How many lines of each quotation the sidebar shows.
    pub sidebar_lines: usize,
    /// The help overlay's lines, from the keymap.
    pub help: Vec<HelpEntry>,
    /// Problems found reading the config and theme.
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone)]
pub enum Action {
    Quit,
    FocusNext,
    FocusPrev,
    Down,
    Up,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Top,
    Bottom,
    Open,
    NextQuote,
    PrevQuote,
    ToggleHelp,
    ToggleSources,
    ToggleReported,
    Copy,
    Edit,
    OpenSource,
    SortLibrary,
    ToggleRead,
    NextUnread,
    ToggleLibrary,
    ToggleSidebar,
    Zen,
    Search,
    FindAll,
    NextMatch,
    PrevMatch,
    Close,
    ToggleVoices,
    CycleChart,
    /// A character typed into the search prompt (not bound to a key).
    SearchType(char),
    /// Backspace in the search prompt (not bound to a key).
    SearchBackspace,
    /// Enter in the search prompt: keep the matches (not bound to a key).
    SearchSubmit,
    /// Esc in the search prompt: drop the search (not bound to a key).
    SearchCancel,
    /// A character typed in the help overlay, which filters it (not bound to a key).
    HelpType(char),
    /// Backspace in the help overlay's filter (not bound to a key).
    HelpBackspace,
    /// The mouse (not bound to a key).
    Mouse(Mouse),
    /// The terminal changed size (not bound to a key).
    Resize {
        width: u16,
        height: u16,
    },
    /// A worker finished loading a library entry (not bound to a key).
    Loaded {
        index: usize,
        outcome: Outcome,
    },
    /// Entry `entry`'s big article (as `loaded` holds it), laid out whole off the reader's
    /// thread (not bound to a key).
    LaidOut {
        entry: usize,
        loaded: std::sync::Arc<crate::library::Loaded>,
        layout: std::sync::Arc<crate::layout::Layout>,
    },
    /// The archive index holds these entries as they are on disk: listed from their
    /// summaries (a feed's entries in order), read in when opened (not bound to a key).
    Indexed(crate::index::Listed),
    /// What the archive index found for a `Ctrl-f` query (not bound to a key).
    IndexHits {
        query: String,
        hits: Result<Vec<crate::index::Hit>, String>,
    },
    /// The voices of the entries listed from the archive index: the voices met, and each
    /// entry's (not bound to a key).
    VoicesIndexed(std::sync::Arc<VoicesFromIndex>),
    /// The archive index has listed every file it holds as it is on disk (not bound to a key).
    IndexListed,
    /// What one voice said, as the archive index stores it: a page (not bound to a key).
    Said {
        voice: crate::voices::VoiceId,
        found: Result<Vec<crate::index::Statements>, String>,
    },
    /// Other articles' wordings of quotation `quote` of entry `entry`, from the archive
    /// index, and whether there may be more (not bound to a
    /// key).
    Echoed {
        entry: usize,
        quote: usize,
        found: Result<(Vec<crate::voices::Echo>, bool), String>,
    },
    /// Library files appeared, changed or went away on disk (not bound to a key).
    FilesChanged(Vec<crate::library::Change>),
    /// The library's folders are watched: `files` are the article files under `roots` as
    /// they are now, so what changed before the watches were in place is not missed (not
    /// bound to a key).
    FilesOnDisk {
        roots: Vec<std::path::PathBuf>,
        files: Vec<std::path::PathBuf>,
    },
    /// A batch of events is in: bring the library's order up to date once for all of them
    /// (not bound to a key).
    SettleLoads,
    /// The config was read (at start, or again after it changed on disk); `reloaded` says
    /// which, for the status line (not bound to a key).
    ApplyPreferences {
        preferences: Box<Preferences>,
        reloaded: bool,
    },
    /// What was remembered from the last run: positions, panes, the last article (not bound
    /// to a key).
    RestoreState(Box<crate::state::State>),
    /// Keys typed so far that make no binding yet (a count, the start of a sequence), as the
    /// status line shows them; empty when none (not bound to a key).
    KeysPending(String),
    /// Something the event loop did for `update` failed (copying, opening, editing); the
    /// message says what (not bound to a key).
    EffectFailed(String),
}

/// The voices of the entries listed from the archive index: the voices met, and each entry's
/// (by its index in the library) as their numbers with their counts.
pub type VoicesFromIndex = (crate::voices::Book, Vec<(usize, crate::voices::Heard)>);

/// The actions a key can be bound to, with their names and help texts.
/// A bindable action: its name, how to make it, and its help text.
pub type Bindable = (&'static str, fn() -> Action, &'static str);

pub const BINDABLE: &[Bindable] = &[
    ("quit", || Action::Quit, "Quit byline"),
    ("focus_next", || Action::FocusNext, "Focus the next pane"),
    (
        "focus_prev",
        || Action::FocusPrev,
        "Focus the previous pane",
    ),
    ("down", || Action::Down, "Down: select or scroll"),
    ("up", || Action::Up, "Up: select or scroll"),
    ("page_down", || Action::PageDown, "Page down"),
    ("page_up", || Action::PageUp, "Page up"),
    (
        "half_page_down",
        || Action::HalfPageDown,
        "Half a page down",
    ),
    ("half_page_up", || Action::HalfPageUp, "Half a page up"),
    ("top", || Action::Top, "Top"),
    ("bottom", || Action::Bottom, "Bottom"),
    ("open", || Action::Open, "Open article / jump to quotation"),
    (
        "next_quote",
        || Action::NextQuote,
        "Next quotation, scrolled into view",
    ),
    ("prev_quote", || Action::PrevQuote, "Previous quotation"),
    (
        "toggle_help",
        || Action::ToggleHelp,
        "Show or hide this help",
    ),
    (
        "toggle_sources",
        || Action::ToggleSources,
        "Sidebar: switch Voices / Sources",
    ),
    (
        "toggle_reported",
        || Action::ToggleReported,
        "Sidebar: every voice, or quotations only",
    ),
    (
        "copy",
        || Action::Copy,
        "Copy the quotation with its citation",
    ),
    ("edit", || Action::Edit, "Open the article in $EDITOR"),
    (
        "open_source",
        || Action::OpenSource,
        "Open the article's source URL",
    ),
    (
        "sort_library",
        || Action::SortLibrary,
        "Sort the library by path, title or date (cycles)",
    ),
    (
        "toggle_read",
        || Action::ToggleRead,
        "Mark the article read, or unread again",
    ),
    (
        "next_unread",
        || Action::NextUnread,
        "Open the next unread article",
    ),
    (
        "toggle_library",
        || Action::ToggleLibrary,
        "Show or hide the library",
    ),
    (
        "toggle_sidebar",
        || Action::ToggleSidebar,
        "Show or hide the sidebar",
    ),
    ("zen", || Action::Zen, "Zen: the article alone, or back"),
    (
        "search",
        || Action::Search,
        "Search the article (smart case)",
    ),
    (
        "find_all",
        || Action::FindAll,
        "Search every article in the library",
    ),
    ("next_match", || Action::NextMatch, "Next search match"),
    ("prev_match", || Action::PrevMatch, "Previous search match"),
    ("close", || Action::Close, "Close overlay / clear filter"),
    (
        "toggle_voices",
        || Action::ToggleVoices,
        "Library pane: switch Articles / Voices",
    ),
    (
        "cycle_chart",
        || Action::CycleChart,
        "Voices chart: top voices, by kind, by outlet (cycles)",
    ),
];

impl Action {
    /// The action's name as used in the keymap and help, if it can be bound.
    pub fn name(&self) -> Option<&'static str> {
        BINDABLE
            .iter()
            .find(|(_, make, _)| std::mem::discriminant(&make()) == std::mem::discriminant(self))
            .map(|(name, _, _)| *name)
    }

    pub fn description(&self) -> &'static str {
        BINDABLE
            .iter()
            .find(|(_, make, _)| std::mem::discriminant(&make()) == std::mem::discriminant(self))
            .map_or("", |(_, _, d)| *d)
    }

    pub fn from_name(name: &str) -> Option<Action> {
        BINDABLE
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, make, _)| make())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for (name, make, desc) in BINDABLE {
            let a = make();
            assert_eq!(a.name(), Some(*name));
            assert_eq!(a.description(), *desc);
            assert!(Action::from_name(name).is_some());
        }
        assert_eq!(
            Action::Resize {
                width: 1,
                height: 1
            }
            .name(),
            None
        );
    }
}
