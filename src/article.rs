//! The model: an article, its blocks and credits, and the quotations and sources found in it.
//!
//! Every span is a range of Unicode scalar values (chars) into `Article::text`, so offsets can be
//! checked against the file itself for plain text.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// One article, as read from a file or an embedded sample.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Where it came from: a path, `-` for stdin, or `sample:NAME`.
    pub path: String,
    pub title: String,
    /// The full text the spans point into. For `.txt` this is the decoded file minus a BOM.
    pub text: String,
    pub blocks: Vec<Block>,
    pub credits: Vec<Credit>,
    /// The encoding the bytes were decoded from.
    pub encoding: String,
    /// What the file says about the article: author, date, outlet, address.
    pub meta: Meta,
    /// Links in the text, kept with their targets.
    pub links: Vec<Link>,
    /// Captions and credits of structured formats, drawn in place but kept out of `text`.
    pub figures: Vec<Figure>,
    /// True when `text` is the body alone (Markdown, HTML, feeds): the title lives in `title`
    /// and is drawn above the text. Plain text keeps its title line in `text`.
    pub body_only: bool,
}

/// Metadata found in front matter, `<meta>` tags, JSON-LD, feeds or plain-text conventions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub author: Option<String>,
    /// The publication date as written (ISO 8601 where the source gives it so).
    pub date: Option<String>,
    /// The outlet that published it ("The Associated Press").
    pub outlet: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
    /// The feed the article came from, for feed entries.
    pub feed: Option<String>,
}

/// A caption or credit line that sits before char offset `at` of the text (or at its end).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub at: usize,
    pub kind: BlockKind,
    pub text: String,
}

/// The `YYYY-MM-DD` a date such as `2026-05-02T18:30:00Z` starts with, if it starts so.
pub fn iso_day(date: &str) -> Option<&str> {
    let b = date.as_bytes();
    (b.len() >= 10 && b[4] == b'-' && b[7] == b'-')
        .then(|| date.get(..10))
        .flatten()
}

/// A link in the text and where it points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub span: Range<usize>,
    pub target: String,
}

/// What a block of the article is, which decides how it is drawn and whether it is analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Title,
    /// "By Jane Doe" and similar lines under the title.
    Byline,
    Heading,
    Caption,
    Credit,
    Paragraph,
    /// A blockquote: body text, set off.
    Quote,
    ListItem,
    Code,
}

impl BlockKind {
    /// Whether the block is body text that quotation analysis reads.
    pub fn is_body(self) -> bool {
        matches!(
            self,
            BlockKind::Paragraph | BlockKind::Quote | BlockKind::ListItem
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CreditKind {
    Photo,
}

/// A photo credit such as "Ilse Marwick/Northlight Photo".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credit {
    pub text: String,
    pub person: Option<String>,
    pub agency: Option<String>,
    pub kind: CreditKind,
    #[serde(skip)]
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Whole sentences of speech.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// Scare quotes, titles, nicknames, slogans: not speech.
    Term,
    /// Reported speech that quotes part of the words: `Lund said the plan was "dead"`.
    Mixed,
    /// Reported speech in the writer's words: `Lund said the plan was dead`.
    Indirect,
}

impl QuoteKind {
    /// Anything a source says: quoted or reported, not a term.
    pub fn is_speech(self) -> bool {
        !matches!(self, QuoteKind::Term)
    }

    /// Words in quotation marks that a source said.
    pub fn is_quotation(self) -> bool {
        matches!(self, QuoteKind::Direct | QuoteKind::Partial)
    }

    /// Speech reported in the writer's words, wholly or in part.
    pub fn is_reported(self) -> bool {
        matches!(self, QuoteKind::Mixed | QuoteKind::Indirect)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Term => "term",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who speaks a quotation: the mention as written and the name it resolves to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub name: String,
    pub mention: String,
    pub span: Range<usize>,
    pub description: Option<String>,
}

/// The speech verb that introduces a quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    pub text: String,
    pub span: Range<usize>,
}

/// The outlet a quotation was relayed through ("according to AP").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outlet {
    pub name: String,
    pub mention: String,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub id: usize,
    pub kind: QuoteKind,
    /// The quoted text, marks excluded, punctuation inside the marks kept; for reported speech
    /// the first piece of the content.
    pub span: Range<usize>,
    /// Every piece of a reported content that comes in more than one (`A, Lund said, B`), the
    /// first being `span`; empty otherwise.
    pub fragments: Vec<Range<usize>>,
    /// Index into the article's paragraphs (blocks of kind `Paragraph`, counted from 0).
    pub paragraph: usize,
    /// Fragments of one attribution (split quotations, runs across paragraphs) share a group.
    pub group: usize,
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
    pub via: Option<Outlet>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceKind {
    #[serde(rename = "person")]
    Person,
    #[serde(rename = "organization")]
    Organization,
    #[serde(rename = "outlet")]
    Outlet,
    #[serde(rename = "document")]
    Document,
    #[serde(rename = "photo agency")]
    PhotoAgency,
    #[serde(rename = "unknown")]
    Unknown,
}

impl SourceKind {
    /// The kind `as_str` names; `Unknown` for any other word.
    pub fn from_name(name: &str) -> SourceKind {
        [
            SourceKind::Person,
            SourceKind::Organization,
            SourceKind::Outlet,
            SourceKind::Document,
            SourceKind::PhotoAgency,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
        .unwrap_or(SourceKind::Unknown)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Organization => "organization",
            SourceKind::Outlet => "outlet",
            SourceKind::Document => "document",
            SourceKind::PhotoAgency => "photo agency",
            SourceKind::Unknown => "unknown",
        }
    }
}

/// One entry of an article's sources register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    pub kind: SourceKind,
    pub description: Option<String>,
    pub aliases: Vec<String>,
    /// Ids of the quotations it speaks or relays.
    pub quotes: Vec<usize>,
}

/// Everything the quotation analysis found in one article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    pub quotes: Vec<Quote>,
    pub sources: Vec<Source>,
}

impl Quote {
    /// Every piece of what was said: the span, or the pieces of a reported content given in
    /// more than one.
    pub fn pieces(&self) -> &[Range<usize>] {
        if self.fragments.is_empty() {
            std::slice::from_ref(&self.span)
        } else {
            &self.fragments
        }
    }
}

impl Analysis {
    /// Everything a source says: quotations and reported speech.
    pub fn speech(&self) -> impl Iterator<Item = &Quote> {
        self.quotes.iter().filter(|q| q.kind.is_speech())
    }

    /// The quotations alone: words in quotation marks that a source said.
    pub fn quotations(&self) -> impl Iterator<Item = &Quote> {
        self.quotes.iter().filter(|q| q.kind.is_quotation())
    }

    /// Reported speech alone, indirect and mixed.
    pub fn reported(&self) -> impl Iterator<Item = &Quote> {
        self.quotes.iter().filter(|q| q.kind.is_reported())
    }
}

impl Article {
    /// A slicer for many spans: `slice` walks the text from its start each time, this indexes
    /// it once.
    pub fn slicer(&self) -> Slicer<'_> {
        Slicer {
            text: &self.text,
            map: crate::text::CharMap::new(&self.text),
        }
    }

    /// The text of a char span; empty when the span is out of range.
    pub fn slice(&self, span: &Range<usize>) -> String {
        self.text
            .chars()
            .skip(span.start)
            .take(span.end.saturating_sub(span.start))
            .collect()
    }

    /// The blocks quotation analysis reads: paragraphs, blockquotes and list items.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.kind.is_body())
    }

    /// Each block's kind and text, in order.
    pub fn block_texts(&self) -> Vec<(BlockKind, String)> {
        let slicer = self.slicer();
        self.blocks
            .iter()
            .map(|b| (b.kind, slicer.get(&b.span).to_owned()))
            .collect()
    }

    /// The address the article was published at, when the file says.
    pub fn url(&self) -> Option<&str> {
        self.meta.url.as_deref()
    }

    /// The caption block's text, if the article has one.
    pub fn caption(&self) -> Option<String> {
        self.blocks
            .iter()
            .find(|b| b.kind == BlockKind::Caption)
            .map(|b| self.slice(&b.span))
    }
}

/// Slices an article's text by char spans in constant time each.
pub struct Slicer<'a> {
    text: &'a str,
    map: crate::text::CharMap<'a>,
}

impl Slicer<'_> {
    /// The text of a char span, clamped to the text.
    pub fn get(&self, span: &Range<usize>) -> &str {
        let (a, b) = (self.map.byte_of(span.start), self.map.byte_of(span.end));
        self.text.get(a.min(b)..b).unwrap_or("")
    }
}
