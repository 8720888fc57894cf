//! The Voices view's state: every voice of the library, ranked, filtered and charted; what one
//! voice said across the library; and the articles a quotation travelled to. `update` changes
//! it, the view draws it.

use crate::voices::{Book, Heard, Said, Voice, VoiceId};
use std::sync::Arc;

/// What the middle pane's chart counts, cycled with `c`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Chart {
    /// The most heard voices.
    #[default]
    Voices,
    /// People, organisations, outlets and documents.
    Kinds,
    /// The outlets of the articles.
    Outlets,
}

impl Chart {
    pub fn next(self) -> Chart {
        match self {
            Chart::Voices => Chart::Kinds,
            Chart::Kinds => Chart::Outlets,
            Chart::Outlets => Chart::Voices,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Chart::Voices => "Who is heard",
            Chart::Kinds => "Heard, by kind of voice",
            Chart::Outlets => "Heard, by outlet",
        }
    }
}

/// One statement of a voice, in an article of the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementRow {
    pub entry: usize,
    pub title: String,
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub said: Said,
}

/// What one voice said across the library.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Statements {
    pub voice: VoiceId,
    pub name: String,
    pub rows: Vec<StatementRow>,
    pub selected: usize,
    /// The index has not answered yet.
    pub loading: bool,
    /// Where the index's next page starts, while it may hold more.
    pub next: Option<i64>,
    /// How many statements and articles the voice has in all (the list's counts).
    pub total: usize,
    pub articles: usize,
}

/// Another article's wording of a quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EchoRow {
    pub entry: usize,
    pub title: String,
    pub text: String,
    /// The words of `text` that the open article's wording does not have.
    pub differs: Vec<String>,
}

/// The articles a quotation travelled to, for the details popup.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Echoes {
    /// The open entry and the quotation's id.
    pub entry: usize,
    pub quote: usize,
    pub rows: Vec<EchoRow>,
    /// The index has not answered yet.
    pub loading: bool,
    /// The index holds more candidates than were compared: there may be more.
    pub more: bool,
}

#[derive(Debug, Clone, Default)]
pub struct VoicesState {
    /// The left pane lists voices rather than articles.
    pub shown: bool,
    /// Every voice met, by number.
    pub book: Book,
    /// Each entry's voices, in step with the entries; `None` until its analysis is known.
    pub heard: Vec<Option<Heard>>,
    /// The voices ranked, as last worked out.
    pub list: Arc<Vec<(VoiceId, Voice)>>,
    /// Quoted and reported counts by kind of voice, and by the outlet of the articles.
    pub kinds: Arc<Vec<crate::voices::Share>>,
    pub outlets: Arc<Vec<crate::voices::Share>>,
    /// `list` needs working out again.
    pub stale: bool,
    /// Rows of `list` shown while a filter is set, best match first.
    pub filtered: Option<Vec<usize>>,
    pub query: String,
    /// The filter is being typed.
    pub editing: bool,
    pub selected: usize,
    pub chart: Chart,
    /// The voices the index holds are still being counted.
    pub counting: bool,
    /// What the selected voice said, once Enter asked.
    pub statements: Option<Statements>,
    /// An article opened from a statement is in the middle pane (Esc goes back to the list).
    pub reading: bool,
    /// A statement to select once its article is in: (entry, quotation id).
    pub reveal: Option<(usize, usize)>,
    /// The articles the quotation in the details popup travelled to.
    pub echoes: Option<Echoes>,
}

impl VoicesState {
    /// Row `k` shown, as an index into `list`.
    pub fn row(&self, k: usize) -> Option<usize> {
        match &self.filtered {
            Some(r) => r.get(k).copied(),
            None => (k < self.list.len()).then_some(k),
        }
    }

    /// How many rows are shown.
    pub fn row_count(&self) -> usize {
        self.filtered.as_ref().map_or(self.list.len(), Vec::len)
    }

    /// The voice under the cursor.
    pub fn selected_voice(&self) -> Option<&(VoiceId, Voice)> {
        self.list.get(self.row(self.selected)?)
    }

    /// Entry `i`'s voices, once known.
    pub fn set_heard(&mut self, i: usize, heard: Option<Heard>) {
        if self.heard.len() <= i {
            self.heard.resize(i + 1, None);
        }
        self.heard[i] = heard;
        self.stale = true;
    }
}
