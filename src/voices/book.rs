//! The voices of a whole library as the reader keeps them: every voice met once (its name,
//! kind, descriptions and aliases) under a small number, and each article's voices as those
//! numbers with their counts. A changed article is one list swapped; the ranked list, the
//! breakdowns by kind and by outlet are sums over the lists.

use super::{Names, Voice, folded, heard, key_into};
use crate::article::{Analysis, QuoteKind, SourceKind};
use crate::library::Loaded;
use std::collections::{BTreeMap, HashMap};

/// Every article's voices in a store: the voices met, and each article's by file key and item.
pub type Stored = (Book, Vec<(String, usize, Heard)>);

/// Another article's wording of a quotation, found in a store: its file key, item, title and
/// wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Echo {
    pub path: String,
    pub item: usize,
    pub title: String,
    pub text: String,
}

/// A voice's number in a `Book`.
pub type VoiceId = u32;

/// One article's voices: each one heard, with its quoted and reported counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Heard(pub Vec<(VoiceId, u32, u32)>);

#[derive(Debug, Clone)]
struct Known {
    names: Names,
    kind: SourceKind,
}

/// Every voice met, by number.
#[derive(Debug, Clone, Default)]
pub struct Book {
    ids: HashMap<String, VoiceId>,
    known: Vec<Known>,
    /// The key being looked up.
    buf: String,
}

impl Book {
    /// The number of one article's source, met again or for the first time; its description
    /// and aliases are counted in.
    pub fn intern<'a>(
        &mut self,
        name: &str,
        kind: SourceKind,
        description: Option<&str>,
        aliases: impl Iterator<Item = &'a str>,
    ) -> VoiceId {
        self.intern_folded(name, &folded(name), kind, description, aliases)
    }

    /// The same, the name folded already (`folded(name)`).
    pub fn intern_folded<'a>(
        &mut self,
        name: &str,
        folded: &str,
        kind: SourceKind,
        description: Option<&str>,
        aliases: impl Iterator<Item = &'a str>,
    ) -> VoiceId {
        let next = self.known.len() as VoiceId;
        key_into(&mut self.buf, folded, kind);
        let id = match self.ids.get(self.buf.as_str()) {
            Some(&id) => id,
            None => {
                self.ids.insert(self.buf.clone(), next);
                next
            }
        };
        if id == next {
            self.known.push(Known {
                names: Names::default(),
                kind,
            });
        }
        self.known[id as usize]
            .names
            .note(name, description, aliases);
        id
    }

    /// The voices heard in one analysis.
    pub fn heard_in(&mut self, analysis: &Analysis) -> Heard {
        Heard(
            heard(analysis)
                .into_iter()
                .map(|(s, q, r)| {
                    let id = self.intern(
                        &s.name,
                        s.kind,
                        s.description.as_deref(),
                        s.aliases.iter().map(String::as_str),
                    );
                    (id, q as u32, r as u32)
                })
                .collect(),
        )
    }

    /// Takes in the voices another book met; returns, for each of its numbers, the number here.
    pub fn absorb(&mut self, other: &Book) -> Vec<VoiceId> {
        other
            .known
            .iter()
            .map(|k| {
                let n = &k.names;
                let id = self.intern(&n.name, k.kind, None, n.aliases.iter().map(String::as_str));
                for (d, times) in &n.descriptions {
                    self.known[id as usize].names.describe(d, *times);
                }
                id
            })
            .collect()
    }

    pub fn len(&self) -> usize {
        self.known.len()
    }

    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    /// A voice's name and kind.
    pub fn name(&self, id: VoiceId) -> Option<(&str, SourceKind)> {
        self.known
            .get(id as usize)
            .map(|k| (k.names.name.as_str(), k.kind))
    }

    /// The key a voice is stored and joined under: its folded name and its kind's name.
    pub fn key(&self, id: VoiceId) -> Option<(String, &'static str)> {
        self.known
            .get(id as usize)
            .map(|k| (folded(&k.names.name), k.kind.as_str()))
    }

    /// The voices heard in these articles, most heard first, each with its number.
    pub fn tally<'a>(&self, articles: impl Iterator<Item = &'a Heard>) -> Vec<(VoiceId, Voice)> {
        let mut sums: HashMap<VoiceId, (usize, usize, usize)> = HashMap::new();
        for h in articles {
            for &(id, q, r) in &h.0 {
                let s = sums.entry(id).or_default();
                s.0 += q as usize;
                s.1 += r as usize;
                s.2 += 1;
            }
        }
        let mut out: Vec<(VoiceId, Voice)> = sums
            .into_iter()
            .filter_map(|(id, (quoted, reported, articles))| {
                let k = self.known.get(id as usize)?;
                Some((id, k.names.voice(k.kind, (quoted, reported, articles))))
            })
            .collect();
        out.sort_by(|(_, a), (_, b)| super::ranked(a, b));
        out
    }

    /// Quoted and reported counts by kind of voice, over these articles.
    pub fn by_kind<'a>(&self, articles: impl Iterator<Item = &'a Heard>) -> Vec<Share> {
        let mut sums: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        for h in articles {
            for &(id, q, r) in &h.0 {
                if let Some(k) = self.known.get(id as usize) {
                    let s = sums.entry(kind_rank(k.kind)).or_default();
                    s.0 += q as usize;
                    s.1 += r as usize;
                }
            }
        }
        sums.into_iter()
            .map(|(rank, (quoted, reported))| Share {
                label: KINDS[rank].1.to_owned(),
                quoted,
                reported,
            })
            .collect()
    }
}

/// A bar of a breakdown: what it counts, and how many quotations and reported statements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub label: String,
    pub quoted: usize,
    pub reported: usize,
}

/// Kinds in the order the breakdowns list them, with their plural labels.
const KINDS: [(SourceKind, &str); 6] = [
    (SourceKind::Person, "people"),
    (SourceKind::Organization, "organisations"),
    (SourceKind::Outlet, "outlets"),
    (SourceKind::Document, "documents"),
    (SourceKind::PhotoAgency, "photo agencies"),
    (SourceKind::Unknown, "unknown"),
];

fn kind_rank(kind: SourceKind) -> usize {
    KINDS.iter().position(|(k, _)| *k == kind).unwrap_or(5)
}

/// One article's breakdown by kind of voice.
pub fn kinds_of(analysis: &Analysis) -> Vec<Share> {
    let mut book = Book::default();
    let h = book.heard_in(analysis);
    book.by_kind(std::iter::once(&h))
}

/// Quoted and reported counts by the outlet of the articles, most heard first.
pub fn by_outlet<'a>(articles: impl Iterator<Item = (Option<&'a str>, &'a Heard)>) -> Vec<Share> {
    let mut sums: HashMap<String, (usize, usize)> = HashMap::new();
    for (outlet, h) in articles {
        if h.0.is_empty() {
            continue;
        }
        let s = sums.entry(super::outlet_of(outlet)).or_default();
        for &(_, q, r) in &h.0 {
            s.0 += q as usize;
            s.1 += r as usize;
        }
    }
    let mut out: Vec<Share> = sums
        .into_iter()
        .map(|(label, (quoted, reported))| Share {
            label,
            quoted,
            reported,
        })
        .collect();
    out.sort_by(|a, b| {
        (b.quoted + b.reported)
            .cmp(&(a.quoted + a.reported))
            .then_with(|| a.label.cmp(&b.label))
    });
    out
}

/// One statement of a voice in one article, as the index stores it with the voice.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Said {
    /// The quotation's id in the article's analysis.
    pub quote: usize,
    pub kind: QuoteKind,
    /// What was said, single-spaced.
    pub text: String,
    pub cue: Option<String>,
}

/// What a source of one article said, in text order.
pub fn said_of(l: &Loaded, source: &crate::article::Source) -> Vec<Said> {
    let quotes = &l.analysis.quotes;
    // Quotation `id` is the `id`th of the article's (ids count from 1 in text order): found at
    // once, not by a scan of the article's quotations for each of the source's (a 50 MB
    // article has 300,000 of them).
    let by_id = |id: usize| {
        id.checked_sub(1)
            .and_then(|i| quotes.get(i))
            .filter(|q| q.id == id)
            .or_else(|| quotes.iter().find(|q| q.id == id))
    };
    let mut ids = source.quotes.clone();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .filter_map(by_id)
        .filter(|q| q.kind.is_speech())
        .map(|q| Said {
            quote: q.id,
            kind: q.kind,
            text: l.words(q),
            cue: q.cue.as_ref().map(|c| c.text.clone()),
        })
        .collect()
}

/// What the voice with this folded name and kind said in one article.
pub fn said_by(l: &Loaded, folded_name: &str, kind: SourceKind) -> Vec<Said> {
    l.analysis
        .sources
        .iter()
        .filter(|s| s.kind == kind && folded(&s.name) == folded_name)
        .flat_map(|s| said_of(l, s))
        .collect()
}
