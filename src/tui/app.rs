//! The state of the reader: one small struct per pane, plus what is shared between them.

use super::keymap::HelpEntry;
use crate::article::{Quote, QuoteKind};
use crate::layout::Layout;
use crate::library::{Entry, Loaded};
use std::ops::Range;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Library,
    Body,
    Sidebar,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LibraryState {
    /// Position in the rows shown.
    pub selected: usize,
    /// The fuzzy filter typed with `/` in the library.
    pub query: String,
    /// The filter is being typed.
    pub editing: bool,
    /// The entries shown, best match first, while a filter is set.
    pub shown: Option<Vec<usize>>,
    /// Every entry shown, in the sort order, feeds' entries under their feed.
    pub order: Vec<usize>,
    pub sort: crate::library::SortKey,
    /// `order` (or the filter) needs working out again; done once per batch of events.
    pub stale: bool,
}

#[derive(Debug, Clone, Default)]
pub struct BodyState {
    /// The library entry shown in the body.
    pub entry: Option<usize>,
    /// The first visible line.
    pub scroll: usize,
    /// The article laid out at the current text width.
    pub layout: Option<Arc<Layout>>,
    /// Each quotation's highlight (its span widened to its marks) and its index, by start.
    pub highlights: Vec<(Range<usize>, usize)>,
    /// Layouts of the open article at the widths it was last shown at, newest last.
    pub layouts: Vec<Arc<Layout>>,
}

/// The sidebar's two tabs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SidebarTab {
    #[default]
    Quotes,
    Sources,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SidebarState {
    pub tab: SidebarTab,
    /// Index into `App::sidebar_items`.
    pub selected: Option<usize>,
    /// Index into the article's sources register, on the Sources tab.
    pub source: usize,
    /// The source whose quotations the Quotes tab is narrowed to.
    pub filter: Option<String>,
}

/// Which side panes the reader wants shown; narrow terminals may hide them all the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visibility {
    pub library: bool,
    pub sidebar: bool,
    /// Only the article.
    pub zen: bool,
    /// Pane widths set by dragging a border, in columns.
    pub library_width: Option<u16>,
    pub sidebar_width: Option<u16>,
}

impl Default for Visibility {
    fn default() -> Self {
        Visibility {
            library: true,
            sidebar: true,
            zen: false,
            library_width: None,
            sidebar_width: None,
        }
    }
}

/// Where the last frame drew the rows of the library and the sidebar, so a click can be
/// matched to a row. Drawing writes it; `update` reads it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HitMap {
    /// Screen rows (first, one past last) of each visible library row, with the row's index.
    pub library: Vec<(u16, u16, usize)>,
    /// The same for the sidebar's items (quotations or sources).
    pub sidebar: Vec<(u16, u16, usize)>,
}

/// A mouse event, in screen cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mouse {
    pub kind: MouseKind,
    pub column: u16,
    pub row: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MouseKind {
    ScrollUp,
    ScrollDown,
    Press,
    Drag,
    Release,
}

/// Search in the open article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchState {
    pub query: String,
    /// The query is being typed.
    pub editing: bool,
    /// Every match in the article, as char ranges, in order.
    pub matches: Vec<Range<usize>>,
    /// Index into `matches` of the match in focus.
    pub current: Option<usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelpState {
    pub scroll: usize,
    /// Typed text that narrows the list to keys and descriptions containing it.
    pub filter: String,
}

impl App {
    /// The help lines the overlay shows, narrowed by its filter.
    pub fn help_lines(&self, filter: &str) -> Vec<&HelpEntry> {
        let f = filter.to_lowercase();
        self.help
            .iter()
            .filter(|e| {
                f.is_empty()
                    || e.description.to_lowercase().contains(&f)
                    || e.keys.to_lowercase().contains(&f)
            })
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help(HelpState),
    /// A quotation in full, with its speaker, verb, outlet and paragraph (by quotation id).
    Detail(usize),
    /// Search across every article in the library.
    Find(FindState),
}

/// One place in the library where the text was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindHit {
    pub entry: usize,
    /// Char range of the match in the article's text.
    pub span: Range<usize>,
    /// The line around the match, ready to draw.
    pub snippet: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FindState {
    pub query: String,
    /// The query is being typed; Enter runs it.
    pub editing: bool,
    pub hits: Vec<FindHit>,
    pub selected: usize,
    /// More matches were found than are listed.
    pub truncated: bool,
}

#[derive(Debug, Clone)]
pub struct App {
    pub entries: Vec<Entry>,
    pub focus: Focus,
    pub library: LibraryState,
    pub body: BodyState,
    pub sidebar: SidebarState,
    pub search: SearchState,
    pub visible: Visibility,
    pub overlay: Option<Overlay>,
    /// Terminal size in cells.
    pub size: (u16, u16),
    /// The widest the body text is set.
    pub max_width: usize,
    /// Problems found in the config or theme, shown in the status line.
    pub warnings: Vec<String>,
    /// A one-off message for the status line.
    pub message: Option<String>,
    pub help: Vec<HelpEntry>,
    pub quit: bool,
    /// A count or key sequence being typed.
    pub pending: super::keymap::Pending,
    /// Where each article was read to (char offset of the first line in view), by label.
    pub positions: std::collections::BTreeMap<String, usize>,
    /// The article to open first, remembered from the last run.
    pub restore_last: Option<String>,
    /// Where rows were drawn, for clicks.
    pub hits: std::cell::RefCell<HitMap>,
    /// The Quotes tab's rows for (article, filter), and how many are speech.
    pub sidebar_cache: std::cell::RefCell<Option<SidebarRows>>,
    /// A pane border being dragged: which side pane's width it sets.
    pub dragging: Option<Focus>,
    /// Mouse events are taken (the config's `mouse`).
    pub mouse: bool,
    /// Paragraphs are set flush on both sides (the config's `justify`).
    pub justify: bool,
    /// Something changed since the last draw.
    pub dirty: bool,
    /// Work for the event loop that touches the world outside the app: `update` asks, the loop
    /// does it.
    pub effects: Vec<Effect>,
}

/// A cached Quotes tab: the key (article, filter), its rows, how many are speech.
pub type SidebarRows = (
    (std::sync::Weak<Loaded>, Option<String>),
    Arc<Vec<usize>>,
    usize,
);

/// What `update` asks the event loop to do outside the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put text on the clipboard (OSC 52, which works over SSH and in tmux, and the system
    /// clipboard where the config asks for it).
    Copy(String),
    /// Open a web address with the platform's opener.
    OpenUrl(String),
    /// Open library entry `index`'s file in `$EDITOR`, with the terminal handed over
    /// meanwhile, then read it again.
    Edit {
        index: usize,
        path: std::path::PathBuf,
    },
    /// Read these library entries (again) on the worker threads.
    Load(Vec<(usize, crate::library::Origin)>),
}

impl App {
    /// Takes up what was remembered from the last run.
    pub fn apply_state(&mut self, state: &crate::state::State) {
        self.positions = state.positions.clone();
        self.restore_last = state.last.clone();
        let v = &mut self.visible;
        v.library = state.show_library.unwrap_or(v.library);
        v.sidebar = state.show_sidebar.unwrap_or(v.sidebar);
        v.zen = state.zen.unwrap_or(v.zen);
        v.library_width = state.library_width;
        v.sidebar_width = state.sidebar_width;
        self.sidebar.tab = match state.sidebar_tab.as_deref() {
            Some("sources") => SidebarTab::Sources,
            _ => SidebarTab::Quotes,
        };
    }

    /// The char offset of the first line in view.
    pub fn top_char(&self) -> usize {
        self.body
            .layout
            .as_ref()
            .and_then(|l| l.lines.get(self.body.scroll))
            .map_or(0, |l| l.range.start)
    }

    /// Notes where the open article is read to.
    pub fn remember_position(&mut self) {
        let Some(i) = self.body.entry else { return };
        let at = self.top_char();
        let label = self.entries[i].origin.label();
        self.positions.remove(&label);
        self.positions.insert(label, at);
    }

    /// What to remember for the next run.
    pub fn to_state(&mut self) -> crate::state::State {
        self.remember_position();
        let mut positions = self.positions.clone();
        while positions.len() > crate::state::MAX_POSITIONS {
            let Some(k) = positions.keys().next().cloned() else {
                break;
            };
            positions.remove(&k);
        }
        crate::state::State {
            last: self.body.entry.map(|i| self.entries[i].origin.label()),
            positions,
            show_library: Some(self.visible.library),
            show_sidebar: Some(self.visible.sidebar),
            zen: Some(self.visible.zen),
            library_width: self.visible.library_width,
            sidebar_width: self.visible.sidebar_width,
            sidebar_tab: Some(
                match self.sidebar.tab {
                    SidebarTab::Quotes => "quotes",
                    SidebarTab::Sources => "sources",
                }
                .to_owned(),
            ),
        }
    }

    pub fn new(entries: Vec<Entry>, max_width: usize, help: Vec<HelpEntry>) -> Self {
        let library = LibraryState {
            order: crate::library::order(&entries, Default::default()),
            ..Default::default()
        };
        App {
            entries,
            focus: Focus::Body,
            library,
            body: BodyState::default(),
            sidebar: SidebarState::default(),
            search: SearchState::default(),
            visible: Visibility::default(),
            overlay: None,
            size: (80, 24),
            max_width,
            warnings: Vec::new(),
            message: None,
            help,
            quit: false,
            pending: Default::default(),
            positions: Default::default(),
            restore_last: None,
            hits: Default::default(),
            sidebar_cache: Default::default(),
            dragging: None,
            mouse: true,
            justify: false,
            dirty: true,
            effects: Vec::new(),
        }
    }

    /// The library's rows as entry indices: every entry, or those the filter keeps.
    pub fn library_rows(&self) -> std::borrow::Cow<'_, [usize]> {
        match &self.library.shown {
            Some(rows) => std::borrow::Cow::Borrowed(rows.as_slice()),
            None => std::borrow::Cow::Borrowed(self.library.order.as_slice()),
        }
    }

    /// How many entries are still loading.
    pub fn pending_count(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| match &e.status {
                crate::library::Status::Pending => true,
                crate::library::Status::Ready(l) => l.analysing,
                _ => false,
            })
            .count()
    }

    /// The entry under the library's cursor.
    pub fn library_entry(&self) -> Option<usize> {
        match &self.library.shown {
            Some(rows) => rows.get(self.library.selected).copied(),
            None => self.library.order.get(self.library.selected).copied(),
        }
    }

    /// The article shown in the body, once loaded.
    pub fn current(&self) -> Option<&Arc<Loaded>> {
        self.entries.get(self.body.entry?)?.loaded()
    }

    /// The Quotes tab's rows as indices into the analysis' quotes: speech first, then terms,
    /// narrowed to one source's quotations when a filter is set. Worked out once per article
    /// and filter, as an article may hold 100,000 of them and every frame asks.
    pub fn sidebar_items(&self) -> Arc<Vec<usize>> {
        self.sidebar_rows().0
    }

    /// The Quotes tab's rows and how many of them are speech (they come first).
    fn sidebar_rows(&self) -> (Arc<Vec<usize>>, usize) {
        let Some(loaded) = self.current() else {
            return Default::default();
        };
        // A weak pointer keeps the allocation, so its address cannot be reused by another article.
        if let Some(((article, filter), items, speech)) = &*self.sidebar_cache.borrow()
            && std::sync::Weak::ptr_eq(article, &Arc::downgrade(loaded))
            && *filter == self.sidebar.filter
        {
            return (items.clone(), *speech);
        }
        let analysis = &loaded.analysis;
        let only: Option<&[usize]> = self.sidebar.filter.as_ref().map(|name| {
            analysis
                .sources
                .iter()
                .find(|s| &s.name == name)
                .map_or(&[][..], |s| s.quotes.as_slice())
        });
        let keep = |q: &Quote| only.is_none_or(|ids| ids.contains(&q.id));
        let quotes = &analysis.quotes;
        let speech: Vec<usize> = quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.kind.is_speech() && keep(q))
            .map(|(i, _)| i)
            .collect();
        let n_speech = speech.len();
        let terms = quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.kind == QuoteKind::Term && only.is_none())
            .map(|(i, _)| i);
        let items = Arc::new(speech.into_iter().chain(terms).collect::<Vec<_>>());
        let key = (Arc::downgrade(loaded), self.sidebar.filter.clone());
        *self.sidebar_cache.borrow_mut() = Some((key, items.clone(), n_speech));
        (items, n_speech)
    }

    /// The quotation selected in the sidebar.
    pub fn selected_quote(&self) -> Option<&Quote> {
        let items = self.sidebar_items();
        let i = *items.get(self.sidebar.selected?)?;
        self.current()?.analysis.quotes.get(i)
    }

    /// The selected quotation's place among the speech quotations shown (1-based), and how
    /// many are shown.
    pub fn quote_position(&self) -> (Option<usize>, usize) {
        let (_, speech) = self.sidebar_rows();
        let pos = self.sidebar.selected.filter(|&s| s < speech).map(|s| s + 1);
        (pos, speech)
    }
}
