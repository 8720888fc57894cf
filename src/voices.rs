//! Voices across many articles: every source with the same resolved name and kind is one
//! voice (its aliases and descriptions gathered), counted by quotations and reported
//! statements and by articles; and quotations that travel, the same words (or nearly) in
//! several articles, with the words that differ.
//!
//! A surname joins a full name only where an article made that link: each article's register
//! has already resolved "Okafor" to "Grace Okafor" where it introduced her, and voices here are
//! joined by the resolved names alone.

use crate::article::{Analysis, QuoteKind, SourceKind};
use std::collections::{BTreeMap, HashMap};

/// Where a statement was read.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ArticleRef {
    pub path: String,
    pub title: String,
    pub date: Option<String>,
    pub outlet: Option<String>,
}

/// One voice across the articles.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Voice {
    pub name: String,
    pub kind: SourceKind,
    /// The description given most often ("the port's director").
    pub description: Option<String>,
    /// Every other name the articles give it, sorted.
    pub aliases: Vec<String>,
    /// Direct and partial quotations.
    pub quoted: usize,
    /// Indirect and mixed reported statements.
    pub reported: usize,
    /// Articles it is heard in.
    pub articles: usize,
}

/// A quotation found in more than one article.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Reused {
    /// The wording most articles give (the first, on a tie).
    pub text: String,
    pub articles: Vec<ReusedIn>,
}

/// One article's wording of a travelling quotation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ReusedIn {
    pub path: String,
    pub title: String,
    pub text: String,
    /// The words of `text` that the common wording does not have.
    pub differs: Vec<String>,
}

/// Most heard first: quoted and reported together, then by articles, then by name.
pub fn rank(voices: &mut [Voice]) {
    voices.sort_by(ranked);
}

/// The order `rank` sorts by.
fn ranked(a: &Voice, b: &Voice) -> std::cmp::Ordering {
    (b.quoted + b.reported)
        .cmp(&(a.quoted + a.reported))
        .then_with(|| b.articles.cmp(&a.articles))
        .then_with(|| a.name.cmp(&b.name))
}

/// Counts by the outlet of the articles.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OutletRow {
    pub outlet: String,
    pub articles: usize,
    /// Distinct voices heard in them.
    pub voices: usize,
    pub quoted: usize,
    pub reported: usize,
}

/// The outlet an article is counted under.
pub fn outlet_of(outlet: Option<&str>) -> String {
    outlet_name(outlet).to_owned()
}

fn outlet_name(outlet: Option<&str>) -> &str {
    outlet
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .unwrap_or("(no outlet)")
}

/// The sources of one article that are heard, with how many quotations and reported
/// statements each: photo agencies, unresolved pronouns and sources heard saying nothing
/// are left out.
pub fn heard(analysis: &Analysis) -> Vec<(&crate::article::Source, usize, usize)> {
    let kinds: HashMap<usize, QuoteKind> = analysis.quotes.iter().map(|q| (q.id, q.kind)).collect();
    let mut out = Vec::new();
    for s in &analysis.sources {
        if s.kind == SourceKind::PhotoAgency || is_pronoun(&s.name) {
            continue;
        }
        let (mut quoted, mut reported) = (0, 0);
        for id in &s.quotes {
            match kinds.get(id) {
                Some(k) if k.is_quotation() => quoted += 1,
                Some(k) if k.is_reported() => reported += 1,
                _ => {}
            }
        }
        if quoted + reported > 0 {
            out.push((s, quoted, reported));
        }
    }
    out
}

/// A name as voices are joined by: words single-spaced, lowercase.
pub fn folded(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether a resolved name is no voice of its own: an unresolved pronoun.
fn is_pronoun(name: &str) -> bool {
    matches!(
        name.to_lowercase().as_str(),
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who" | "which" | "that"
    )
}

/// The key a voice is joined under: its folded name and its kind, in `buf`.
fn key_into(buf: &mut String, folded: &str, kind: SourceKind) {
    buf.clear();
    buf.push_str(folded);
    buf.push('\u{0}');
    buf.push_str(kind.as_str());
}

/// An outlet's articles, the voices heard in them (by key), and their quoted and reported
/// counts.
#[derive(Default)]
struct OutletAcc(usize, std::collections::HashSet<String>, usize, usize);

/// One article's voice as the index stores it.
pub struct StoredVoice<'a> {
    pub name: &'a str,
    /// `folded(name)`.
    pub folded: &'a str,
    pub kind: SourceKind,
    pub description: Option<&'a str>,
    /// Its other names, one a line.
    pub aliases: &'a str,
    pub quoted: usize,
    pub reported: usize,
}

/// What the articles call one voice: the name shown (of its spellings, the first in order),
/// its descriptions with how often each is given, and its other names.
#[derive(Debug, Clone, Default)]
struct Names {
    name: String,
    descriptions: BTreeMap<String, usize>,
    aliases: std::collections::BTreeSet<String>,
}

impl Names {
    /// One more article's name, description and aliases for the voice.
    fn note<'a>(
        &mut self,
        name: &str,
        description: Option<&str>,
        aliases: impl Iterator<Item = &'a str>,
    ) {
        if self.name.is_empty() || name < self.name.as_str() {
            self.name = name.to_owned();
        }
        if let Some(d) = description {
            self.describe(d, 1);
        }
        for a in aliases {
            if !self.aliases.contains(a) {
                self.aliases.insert(a.to_owned());
            }
        }
    }

    fn describe(&mut self, description: &str, times: usize) {
        match self.descriptions.get_mut(description) {
            Some(n) => *n += times,
            None => {
                self.descriptions.insert(description.to_owned(), times);
            }
        }
    }

    /// The description given most often (the first in order, on a tie).
    fn description(&self) -> Option<String> {
        self.descriptions
            .iter()
            .max_by_key(|(d, n)| (**n, std::cmp::Reverse(*d)))
            .map(|(d, _)| d.clone())
    }

    /// Its names other than the one shown, sorted.
    fn aliases(&self) -> Vec<String> {
        self.aliases
            .iter()
            .filter(|a| **a != self.name)
            .cloned()
            .collect()
    }

    /// A voice by these names, with its counts.
    fn voice(
        &self,
        kind: SourceKind,
        (quoted, reported, articles): (usize, usize, usize),
    ) -> Voice {
        Voice {
            name: self.name.clone(),
            kind,
            description: self.description(),
            aliases: self.aliases(),
            quoted,
            reported,
            articles,
        }
    }
}

#[derive(Default)]
struct Acc {
    names: Names,
    kind: Option<SourceKind>,
    quoted: usize,
    reported: usize,
    articles: usize,
}

/// Voices gathered one article's mention at a time, joined by folded name and kind: what
/// `Tally` and the index's table of voices both count with.
#[derive(Default)]
pub struct Voices {
    by_key: HashMap<String, Acc>,
    /// The key being looked up, kept so a lookup allocates nothing.
    buf: String,
}

impl Voices {
    /// One article's source: its name, kind, description, aliases and counts.
    pub fn add<'a>(
        &mut self,
        name: &str,
        kind: SourceKind,
        description: Option<&str>,
        aliases: impl Iterator<Item = &'a str>,
        counts: (usize, usize),
    ) {
        self.add_folded(name, &folded(name), kind, description, aliases, counts);
    }

    /// The same, its name folded already (`folded(name)`).
    pub fn add_folded<'a>(
        &mut self,
        name: &str,
        folded: &str,
        kind: SourceKind,
        description: Option<&str>,
        aliases: impl Iterator<Item = &'a str>,
        (quoted, reported): (usize, usize),
    ) {
        key_into(&mut self.buf, folded, kind);
        if !self.by_key.contains_key(self.buf.as_str()) {
            self.by_key.insert(self.buf.clone(), Acc::default());
        }
        let Some(acc) = self.by_key.get_mut(self.buf.as_str()) else {
            return;
        };
        acc.names.note(name, description, aliases);
        acc.kind = Some(kind);
        acc.quoted += quoted;
        acc.reported += reported;
        acc.articles += 1;
    }

    /// The voices, most heard first.
    pub fn list(&self) -> Vec<Voice> {
        let mut out: Vec<Voice> = self
            .by_key
            .values()
            .map(|a| {
                a.names.voice(
                    a.kind.unwrap_or(SourceKind::Unknown),
                    (a.quoted, a.reported, a.articles),
                )
            })
            .collect();
        rank(&mut out);
        out
    }
}

/// Gathers the voices of many articles, most heard first (quoted and reported together, then
/// by name).
#[derive(Default)]
pub struct Tally {
    voices: Voices,
    outlets: BTreeMap<String, OutletAcc>,
    /// The voice key being looked up.
    key: String,
}

impl Tally {
    /// Adds one article's sources and what each said.
    pub fn add(&mut self, article: &ArticleRef, analysis: &Analysis) {
        self.count_article(article.outlet.as_deref());
        for (s, quoted, reported) in heard(analysis) {
            self.add_heard(
                article.outlet.as_deref(),
                &s.name,
                s.kind,
                s.description.as_deref(),
                s.aliases.iter().map(String::as_str),
                (quoted, reported),
            );
        }
    }

    /// Counts one article under its outlet.
    pub fn count_article(&mut self, outlet: Option<&str>) {
        self.outlets.entry(outlet_of(outlet)).or_default().0 += 1;
    }

    /// Adds one source heard in an article of `outlet` (as `heard` gives them, or as the
    /// index stored them).
    pub fn add_heard<'a>(
        &mut self,
        outlet: Option<&str>,
        name: &str,
        kind: SourceKind,
        description: Option<&str>,
        aliases: impl Iterator<Item = &'a str>,
        (quoted, reported): (usize, usize),
    ) {
        self.add_voice(
            outlet,
            name,
            &folded(name),
            kind,
            description,
            aliases,
            (quoted, reported),
        );
    }

    /// Adds one source heard in an article of `outlet`, as the index stores it.
    pub fn add_stored(&mut self, outlet: Option<&str>, v: StoredVoice) {
        self.add_voice(
            outlet,
            v.name,
            v.folded,
            v.kind,
            v.description,
            v.aliases.split('\n').filter(|a| !a.is_empty()),
            (v.quoted, v.reported),
        );
    }

    #[allow(clippy::too_many_arguments)]
    fn add_voice<'a>(
        &mut self,
        outlet: Option<&str>,
        name: &str,
        folded: &str,
        kind: SourceKind,
        description: Option<&str>,
        aliases: impl Iterator<Item = &'a str>,
        (quoted, reported): (usize, usize),
    ) {
        let key = outlet_name(outlet);
        if !self.outlets.contains_key(key) {
            self.outlets.insert(key.to_owned(), OutletAcc::default());
        }
        if let Some(row) = self.outlets.get_mut(key) {
            key_into(&mut self.key, folded, kind);
            if !row.1.contains(self.key.as_str()) {
                row.1.insert(self.key.clone());
            }
            row.2 += quoted;
            row.3 += reported;
        }
        self.voices
            .add_folded(name, folded, kind, description, aliases, (quoted, reported));
    }

    /// The voices, most heard first.
    pub fn voices(&self) -> Vec<Voice> {
        self.voices.list()
    }

    /// Counts by the articles' outlet, most articles first.
    pub fn by_outlet(&self) -> Vec<OutletRow> {
        let mut out: Vec<OutletRow> = self
            .outlets
            .iter()
            .map(
                |(o, OutletAcc(articles, voices, quoted, reported))| OutletRow {
                    outlet: o.clone(),
                    articles: *articles,
                    voices: voices.len(),
                    quoted: *quoted,
                    reported: *reported,
                },
            )
            .collect();
        out.sort_by(|a, b| {
            b.articles
                .cmp(&a.articles)
                .then_with(|| a.outlet.cmp(&b.outlet))
        });
        out
    }
}

/// The words of a quotation as compared: lowercase letters and digits, punctuation dropped.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Quotations shorter than this many words are not matched across articles: short phrases
/// recur by chance.
const MIN_WORDS: usize = 6;

/// Word triples that more quotations than this share are too common to say two are one.
const MAX_POSTINGS: usize = 64;

/// Two wordings are one quotation when their word triples overlap this much (Jaccard).
const SAME: f64 = 0.5;

fn shingles(w: &[String]) -> Vec<u64> {
    let mut out: Vec<u64> = w
        .windows(3)
        .map(|t| xxhash_rust::xxh3::xxh3_64(t.join(" ").as_bytes()))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Finds the quotations (direct and partial, of six words or more) that appear in more than
/// one article, their wording changed or not: word triples shared by both, measured by their
/// Jaccard overlap, join two wordings into one quotation. Most articles first.
pub fn reused(quotes: &[(ArticleRef, String)]) -> Vec<Reused> {
    let normal: Vec<Vec<String>> = quotes.iter().map(|(_, t)| words(t)).collect();
    let sets: Vec<Vec<u64>> = normal
        .iter()
        .map(|w| {
            if w.len() >= MIN_WORDS {
                shingles(w)
            } else {
                Vec::new()
            }
        })
        .collect();
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, s) in sets.iter().enumerate() {
        for h in s {
            postings.entry(*h).or_default().push(i);
        }
    }
    let mut parent: Vec<usize> = (0..quotes.len()).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (i, s) in sets.iter().enumerate() {
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for h in s {
            let Some(list) = postings.get(h).filter(|l| l.len() <= MAX_POSTINGS) else {
                continue;
            };
            for &j in list.iter().filter(|&&j| j > i) {
                *shared.entry(j).or_default() += 1;
            }
        }
        for (j, n) in shared {
            if quotes[i].0.path == quotes[j].0.path {
                continue;
            }
            let union = s.len() + sets[j].len() - n;
            if union > 0 && n as f64 / union as f64 >= SAME {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, set) in sets.iter().enumerate() {
        if !set.is_empty() {
            let root = find(&mut parent, i);
            groups.entry(root).or_default().push(i);
        }
    }
    let mut out: Vec<Reused> = Vec::new();
    for members in groups.into_values() {
        // One wording per article: its first.
        let mut seen = std::collections::HashSet::new();
        let members: Vec<usize> = members
            .into_iter()
            .filter(|&i| seen.insert(quotes[i].0.path.clone()))
            .collect();
        if members.len() < 2 {
            continue;
        }
        let mut counts: HashMap<&[String], usize> = HashMap::new();
        for &i in &members {
            *counts.entry(normal[i].as_slice()).or_default() += 1;
        }
        let common = members
            .iter()
            .copied()
            .max_by_key(|&i| (counts[normal[i].as_slice()], std::cmp::Reverse(i)))
            .unwrap_or(members[0]);
        out.push(Reused {
            text: quotes[common].1.clone(),
            articles: members
                .iter()
                .map(|&i| ReusedIn {
                    path: quotes[i].0.path.clone(),
                    title: quotes[i].0.title.clone(),
                    text: quotes[i].1.clone(),
                    differs: differs(&quotes[i].1, &normal[common]),
                })
                .collect(),
        });
    }
    out.sort_by(|a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then_with(|| a.text.cmp(&b.text))
    });
    out
}

/// The words of `text` (as written) that a longest common run of words with `common` leaves
/// out.
pub fn differs(text: &str, common: &[String]) -> Vec<String> {
    let written: Vec<&str> = text.split_whitespace().collect();
    let mine: Vec<String> = written
        .iter()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        })
        .collect();
    let (n, m) = (mine.len(), common.len());
    // Longest common subsequence, by words; quotations are short.
    let mut table = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if !mine[i].is_empty() && mine[i] == common[j] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < n {
        if j < m && !mine[i].is_empty() && mine[i] == common[j] {
            i += 1;
            j += 1;
        } else if j < m && table[i][j + 1] >= table[i + 1][j] {
            j += 1;
        } else {
            if !mine[i].is_empty() {
                out.push(written[i].to_owned());
            }
            i += 1;
        }
    }
    out
}

/// One wording of a quotation, ready to be compared with others.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wording {
    words: Vec<String>,
    shingles: Vec<u64>,
}

impl Wording {
    pub fn new(text: &str) -> Wording {
        let words = words(text);
        let shingles = if words.len() >= MIN_WORDS {
            shingles(&words)
        } else {
            Vec::new()
        };
        Wording { words, shingles }
    }

    /// Whether `other` is the same quotation, its wording changed or not: by the measure
    /// `reused` joins them with (both six words or more, their word triples overlapping by
    /// half).
    pub fn same(&self, other: &Wording) -> bool {
        if self.shingles.is_empty() || other.shingles.is_empty() {
            return false;
        }
        let (mut i, mut j, mut shared) = (0, 0, 0usize);
        while i < self.shingles.len() && j < other.shingles.len() {
            match self.shingles[i].cmp(&other.shingles[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        let union = self.shingles.len() + other.shingles.len() - shared;
        shared as f64 / union as f64 >= SAME
    }

    /// The words of `text` (another article's wording) that this wording does not have.
    pub fn differs(&self, text: &str) -> Vec<String> {
        differs(text, &self.words)
    }

    /// The quotation's words, lowercase, for a full-text query.
    pub fn words(&self) -> &[String] {
        &self.words
    }
}

mod book;
pub use book::{
    Book, Echo, Heard, Said, Share, Stored, VoiceId, by_outlet, kinds_of, said_by, said_of,
};

#[cfg(test)]
mod tests;
