//! The state of the reader: one small struct per pane, plus what is shared between them.

pub use super::geometry::Visibility;
use super::help_list::HelpEntry;
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
    /// The library is backed by the archive index: an article that is not open is kept as
    /// its summary and read in from the index when opened.
    pub indexed: bool,
    /// How far down the rows every entry is known to be neither loading nor readable
    /// (skipped, failed): the search for the first article to open starts here, so 100,000
    /// skipped files are passed over once, not once per load. Reset when the rows change.
    pub ready_from: usize,
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
    /// The width a big article's whole layout is being made at, off the reader's thread
    /// (meanwhile `layout` is the part around the view).
    pub laying_out: Option<usize>,
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
    /// Quotations only: reported speech is left out of the list.
    pub quotations_only: bool,
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
    /// Where the view was when the search began: a query that finds nothing puts it back.
    pub from_scroll: Option<usize>,
    /// An article opened from an index search result: its first match is shown once it is in.
    pub reveal_first: bool,
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

/// The reader's whole state. Its fields are private to the `tui` module tree: `update` is the
/// only code that changes them, the view reads them, and code outside `tui` (the CLI, tests)
/// reads them through the accessors below and changes them only by sending actions.
#[derive(Debug, Clone)]
pub struct App {
    pub(in crate::tui) entries: Vec<Entry>,
    pub(in crate::tui) focus: Focus,
    pub(in crate::tui) library: LibraryState,
    pub(in crate::tui) body: BodyState,
    pub(in crate::tui) sidebar: SidebarState,
    pub(in crate::tui) search: SearchState,
    pub(in crate::tui) visible: Visibility,
    pub(in crate::tui) overlay: Option<Overlay>,
    /// Terminal size in cells.
    pub(in crate::tui) size: (u16, u16),
    /// The widest the body text is set.
    pub(in crate::tui) max_width: usize,
    /// Problems found in the config or theme, shown in the status line.
    pub(in crate::tui) warnings: Vec<String>,
    /// A one-off message for the status line.
    pub(in crate::tui) message: Option<String>,
    pub(in crate::tui) help: Vec<HelpEntry>,
    pub(in crate::tui) quit: bool,
    /// A count or key sequence being typed, as the status line shows it.
    pub(in crate::tui) pending_keys: String,
    /// Where each article was read to (char offset of the first line in view), by label.
    pub(in crate::tui) positions: std::collections::BTreeMap<String, usize>,
    /// Every article known to be read, by label, this library's and others' (kept for the
    /// state file).
    pub(in crate::tui) read: std::collections::BTreeSet<String>,
    /// Whether each entry is read, in step with `entries`: drawing and counting read these,
    /// never the labels.
    pub(in crate::tui) read_marks: Vec<bool>,
    /// How many articles in the library are unread, worked out once per batch of events.
    pub(in crate::tui) unread: usize,
    /// The article to open first, remembered from the last run.
    pub(in crate::tui) restore_last: Option<String>,
    /// Where that article is in `entries`, and the feed that holds it (for a feed's entry,
    /// which exists only once its feed has loaded): found once, not on every load.
    pub(in crate::tui) restore_at: Option<usize>,
    pub(in crate::tui) restore_feed: Option<usize>,
    /// The Quotes tab's rows for (article, filter), and how many are speech: worked out by
    /// `update` once per article and filter, since an article may hold 100,000 quotations.
    pub(in crate::tui) sidebar_rows: Option<SidebarRows>,
    /// How far the quotation popup is scrolled, in rows.
    pub(in crate::tui) detail_scroll: usize,
    /// A pane border being dragged: which side pane's width it sets.
    pub(in crate::tui) dragging: Option<Focus>,
    /// Mouse events are taken (the config's `mouse`).
    pub(in crate::tui) mouse: bool,
    /// Paragraphs are set flush on both sides (the config's `justify`).
    pub(in crate::tui) justify: bool,
    /// How many lines of each quotation the sidebar shows (the config's `sidebar_lines`).
    pub(in crate::tui) sidebar_lines: usize,
    /// The Voices view, and every entry's voices.
    pub(in crate::tui) voices: super::voices::VoicesState,
    /// Work for the event loop that touches the world outside the app, asked for by the
    /// action being carried out; `update` hands it back when the action is done.
    pub(in crate::tui) effects: Vec<Effect>,
}

/// Read access for code outside `tui`: the CLI and the tests.
impl App {
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
    pub fn focus(&self) -> Focus {
        self.focus
    }
    pub fn library(&self) -> &LibraryState {
        &self.library
    }
    pub fn body(&self) -> &BodyState {
        &self.body
    }
    pub fn sidebar(&self) -> &SidebarState {
        &self.sidebar
    }
    pub fn search(&self) -> &SearchState {
        &self.search
    }
    /// The panes shown: as the reader set them, or the Voices view's list and chart.
    pub fn visible(&self) -> Visibility {
        Visibility {
            voices: self.voices.shown && !self.voices.reading,
            ..self.visible
        }
    }
    pub fn overlay(&self) -> Option<&Overlay> {
        self.overlay.as_ref()
    }
    pub fn size(&self) -> (u16, u16) {
        self.size
    }
    pub fn max_width(&self) -> usize {
        self.max_width
    }
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
    pub fn help(&self) -> &[HelpEntry] {
        &self.help
    }
    pub fn quit(&self) -> bool {
        self.quit
    }
    pub fn pending_keys(&self) -> &str {
        &self.pending_keys
    }
    pub fn positions(&self) -> &std::collections::BTreeMap<String, usize> {
        &self.positions
    }
    /// Whether entry `i` has been read.
    pub fn is_read(&self, i: usize) -> bool {
        self.read_marks.get(i).copied().unwrap_or(false)
    }
    /// How many articles in the library are unread.
    pub fn unread(&self) -> usize {
        self.unread
    }
    pub fn mouse(&self) -> bool {
        self.mouse
    }
    pub fn justify(&self) -> bool {
        self.justify
    }
    pub fn sidebar_lines(&self) -> usize {
        self.sidebar_lines
    }
    pub fn voices(&self) -> &super::voices::VoicesState {
        &self.voices
    }
}

/// A cached Quotes tab: the key (article, filter), its rows, how many are speech.
pub type SidebarRows = (
    (std::sync::Weak<Loaded>, Option<String>, bool),
    Arc<Vec<usize>>,
    usize,
);

/// What `update` asks the event loop to do outside the app.
#[derive(Debug, Clone, PartialEq)]
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
    /// Read these entries in from the archive index (on the worker threads when the index
    /// does not have them).
    Fetch(Vec<(usize, crate::library::Origin)>),
    /// Search the archive index for these words (`Ctrl-f` with an index).
    SearchIndex(String),
    /// Ask the archive index what one voice (folded name and kind) said: the next page of
    /// its statements, after stored row `after` (0: the first).
    SaidBy {
        voice: crate::voices::VoiceId,
        folded: String,
        kind: &'static str,
        after: i64,
    },
    /// Count the voices of these entries, listed from the archive index (off the reader's
    /// thread).
    CountVoices(Vec<(usize, crate::library::Origin)>),
    /// Ask the archive index which articles have quotation `quote` of entry `entry`, whose
    /// words are `text`.
    Echoes {
        entry: usize,
        quote: usize,
        text: String,
    },
    /// Lay entry `entry`'s big article out whole at `width`, off the reader's thread (the
    /// newest such request calls off the ones before it).
    LayOut {
        entry: usize,
        width: usize,
        loaded: Arc<crate::library::Loaded>,
    },
}

impl App {
    /// Takes up what was remembered from the last run.
    pub(in crate::tui) fn apply_state(&mut self, state: &crate::state::State) {
        self.positions = state.positions.clone();
        self.read = state.read.clone();
        self.read_marks = self
            .entries
            .iter()
            .map(|e| self.read.contains(&e.origin.label()))
            .collect();
        self.restore_last = state.last.clone();
        self.restore_at = None;
        self.restore_feed = None;
        if let Some(last) = &self.restore_last {
            let feed = last.rsplit_once('#').map(|(f, _)| f);
            for (i, e) in self.entries.iter().enumerate() {
                let label = e.origin.label();
                if label == *last {
                    self.restore_at = Some(i);
                } else if feed == Some(label.as_str()) {
                    self.restore_feed = Some(i);
                }
            }
        }
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

    /// The body's text rectangle and text width at the current size.
    pub(in crate::tui) fn body_geometry(&self) -> (ratatui::layout::Rect, usize) {
        let screen = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
        let panes = super::geometry::panes(screen, self.visible());
        super::geometry::body_text_area(panes.body, self.max_width)
    }

    /// How many lines of the article are in view.
    pub(in crate::tui) fn body_height(&self) -> usize {
        usize::from(self.body_geometry().0.height).max(1)
    }

    /// The percentage of the article read: the bottom of the view against its length.
    pub fn scroll_percent(&self) -> usize {
        let Some(layout) = self.body.layout.as_ref() else {
            return 100;
        };
        let lines = layout.lines.len();
        if lines == 0 {
            return 100;
        }
        let bottom = (self.body.scroll + self.body_height()).min(lines);
        if layout.part && !(bottom == lines && layout.covers.end >= layout.chars) {
            // Only a part is laid out: how far the bottom line is into the text.
            let at = layout.lines[bottom - 1].range.end;
            return (at * 100).checked_div(layout.chars).unwrap_or(100).min(100);
        }
        (bottom * 100) / lines
    }

    /// The char offset of the first line in view.
    pub fn top_char(&self) -> usize {
        self.body
            .layout
            .as_ref()
            .and_then(|l| l.lines.get(self.body.scroll))
            .map_or(0, |l| l.range.start)
    }

    /// Marks entry `i` read or unread, in the flags and in the set kept for the state file.
    pub(in crate::tui) fn set_read(&mut self, i: usize, read: bool) {
        if self.read_marks.len() < self.entries.len() {
            self.read_marks.resize(self.entries.len(), false);
        }
        if self.read_marks[i] == read {
            return;
        }
        self.read_marks[i] = read;
        let label = self.entries[i].origin.label();
        if read {
            self.read.insert(label);
        } else {
            self.read.remove(&label);
        }
        self.count_unread();
    }

    /// Whether entry `i` counts among the unread: an article (loading or read in), not read.
    pub(in crate::tui) fn counts_as_unread(&self, i: usize) -> bool {
        !self.is_read(i) && self.entries[i].is_article()
    }

    /// Counts the unread articles (feeds, failures and deleted files are no articles).
    pub(in crate::tui) fn count_unread(&mut self) {
        if self.read_marks.len() < self.entries.len() {
            // Entries that joined since (new files, a feed's items): read if the set says so.
            let from = self.read_marks.len();
            for e in &self.entries[from..] {
                self.read_marks.push(self.read.contains(&e.origin.label()));
            }
        }
        self.unread = self
            .entries
            .iter()
            .zip(&self.read_marks)
            .filter(|(e, read)| !**read && e.is_article())
            .count();
    }

    /// What entry `i` keeps of a loaded article: all of it while it is open (or the library
    /// has no index, or its analysis is still running), else its summary, read in again from
    /// the index when it is opened.
    pub(in crate::tui) fn kept(&self, i: usize, l: Arc<Loaded>) -> crate::library::Status {
        use crate::library::{Origin, Status};
        let (path, item) = match &self.entries[i].origin {
            Origin::File(p) => (p, 0),
            Origin::Item(p, n) => (p, *n),
            _ => return Status::Ready(l),
        };
        // Before any article is open, the one to open first may be this one.
        if !self.library.indexed || self.body.entry.is_none_or(|open| open == i) || l.analysing {
            return Status::Ready(l);
        }
        Status::Indexed(Arc::new(crate::index::summary_of(
            &crate::index::key(path),
            item,
            &l,
        )))
    }

    /// Notes the voices of entry `i`'s article, read or read again (once its analysis is done).
    pub(in crate::tui) fn hear(&mut self, i: usize, l: &Loaded) {
        let heard = (!l.analysing).then(|| self.voices.book.heard_in(&l.analysis));
        self.voices.set_heard(i, heard);
    }

    /// Lets entry `i`'s article go from memory, keeping its summary (with an index).
    pub(in crate::tui) fn forget(&mut self, i: usize) {
        if let crate::library::Status::Ready(l) = &self.entries[i].status {
            let l = l.clone();
            self.entries[i].status = self.kept(i, l);
        }
    }

    /// Notes where the open article is read to.
    pub(in crate::tui) fn remember_position(&mut self) {
        let Some(i) = self.body.entry else { return };
        let at = self.top_char();
        let label = self.entries[i].origin.label();
        self.positions.remove(&label);
        self.positions.insert(label, at);
    }

    /// What to remember for the next run, the open article's place included.
    pub fn to_state(&self) -> crate::state::State {
        let mut positions = self.positions.clone();
        if let Some(i) = self.body.entry {
            let label = self.entries[i].origin.label();
            positions.remove(&label);
            positions.insert(label, self.top_char());
        }
        while positions.len() > crate::state::MAX_POSITIONS {
            let Some(k) = positions.keys().next().cloned() else {
                break;
            };
            positions.remove(&k);
        }
        crate::state::State {
            last: self.body.entry.map(|i| self.entries[i].origin.label()),
            read: self.read.clone(),
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
        let mut app = App {
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
            pending_keys: String::new(),
            positions: Default::default(),
            read: Default::default(),
            read_marks: Vec::new(),
            unread: 0,
            restore_last: None,
            restore_at: None,
            restore_feed: None,
            sidebar_rows: None,
            detail_scroll: 0,
            dragging: None,
            mouse: true,
            justify: false,
            sidebar_lines: 3,
            voices: Default::default(),
            effects: Vec::new(),
        };
        app.count_unread();
        app
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
        self.quotes_tab().0
    }

    /// The Quotes tab's rows and how many of them are speech (they come first): as `update`
    /// last worked them out, or worked out now when the article or filter changed since (in
    /// the middle of an action).
    fn quotes_tab(&self) -> (Arc<Vec<usize>>, usize) {
        let Some(loaded) = self.current() else {
            return Default::default();
        };
        // A weak pointer keeps the allocation, so its address cannot be reused by another article.
        if let Some(((article, filter, only), items, speech)) = &self.sidebar_rows
            && std::sync::Weak::ptr_eq(article, &Arc::downgrade(loaded))
            && *filter == self.sidebar.filter
            && *only == self.sidebar.quotations_only
        {
            return (items.clone(), *speech);
        }
        let (items, speech) = quotes_tab_rows(
            loaded,
            self.sidebar.filter.as_deref(),
            self.sidebar.quotations_only,
        );
        (Arc::new(items), speech)
    }

    /// Keeps the Quotes tab's rows for the article and filter now shown, so drawing and the
    /// next actions need not work them out again. Called by `update` after every action.
    pub(in crate::tui) fn keep_sidebar_rows(&mut self) {
        let Some(loaded) = self.current().cloned() else {
            self.sidebar_rows = None;
            return;
        };
        let (items, speech) = self.quotes_tab();
        let key = (
            Arc::downgrade(&loaded),
            self.sidebar.filter.clone(),
            self.sidebar.quotations_only,
        );
        self.sidebar_rows = Some((key, items, speech));
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
        let (_, speech) = self.quotes_tab();
        let pos = self.sidebar.selected.filter(|&s| s < speech).map(|s| s + 1);
        (pos, speech)
    }
}

/// The Quotes tab's rows as indices into the analysis' quotes: speech first (quoted and
/// reported in text order, or quotations alone when `quotations_only`), then terms, narrowed
/// to one source's when `only` names one; and how many are speech.
fn quotes_tab_rows(
    loaded: &Loaded,
    only: Option<&str>,
    quotations_only: bool,
) -> (Vec<usize>, usize) {
    let analysis = &loaded.analysis;
    let only: Option<&[usize]> = only.map(|name| {
        analysis
            .sources
            .iter()
            .find(|s| s.name == name)
            .map_or(&[][..], |s| s.quotes.as_slice())
    });
    let keep = |q: &Quote| only.is_none_or(|ids| ids.contains(&q.id));
    let quotes = &analysis.quotes;
    let mut items: Vec<usize> = quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| {
            q.kind.is_speech() && keep(q) && !(quotations_only && q.kind.is_reported())
        })
        .map(|(i, _)| i)
        .collect();
    let speech = items.len();
    if only.is_none() {
        items.extend(
            quotes
                .iter()
                .enumerate()
                .filter(|(_, q)| q.kind == QuoteKind::Term)
                .map(|(i, _)| i),
        );
    }
    (items, speech)
}
