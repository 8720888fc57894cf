//! Resolving a speaker mention to a name: surnames to full names, roles to the person
//! introduced with them, pronouns to the nearest person, documents to who issued them.

use super::attribution::{PRONOUNS, looks_like_name};
use super::tokens::{Tok, ends_sentence, tokenize};
use crate::article::SourceKind;
use std::ops::Range;

/// A named entity introduced in the text, with the description given beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub name: String,
    pub start: usize,
    pub description: Option<String>,
}

const ORG_WORDS: &[&str] = &[
    "office", "department", "ministry", "council", "government", "agency", "committee",
    "university", "party", "court", "house", "police", "army", "company", "inc", "corp",
    "group", "association", "union", "commission", "bank", "fund", "organization",
    "organisation", "institute", "center", "centre", "service", "administration", "campaign",
    "board", "senate", "congress", "parliament", "press", "times", "post", "news", "nations",
    "states", "church", "club", "team", "foundation", "federation", "authority", "bureau",
];

const DOCUMENT_WORDS: &[&str] = &[
    "report", "statement", "document", "letter", "study", "memo", "filing", "complaint",
    "ruling", "survey", "analysis", "assessment", "review",
];

/// Capital words that start sentences or name days and months, not people.
const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "but", "and", "in", "on", "at", "as", "if", "when", "while", "after",
    "before", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "hours", "some", "many", "according",
];

pub fn kind_of(name: &str) -> SourceKind {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.iter().any(|w| DOCUMENT_WORDS.contains(w)) && !looks_like_name(name) {
        SourceKind::Document
    } else if words.iter().any(|w| ORG_WORDS.contains(w)) {
        SourceKind::Organization
    } else if looks_like_name(name) && (2..=4).contains(&words.len()) {
        SourceKind::Person
    } else if looks_like_name(name) {
        SourceKind::Organization
    } else if PRONOUNS.contains(&lower.as_str()) {
        SourceKind::Unknown
    } else {
        SourceKind::Unknown
    }
}

/// Entities found in paragraphs: runs of two to four capitalised words, with an appositive
/// ("China's UN ambassador, Zhang Jun") or a role before them ("rights chief Michelle Bachelet").
pub fn entities(chars: &[char], paragraphs: &[Range<usize>]) -> Vec<Entity> {
    let mut out = Vec::new();
    for para in paragraphs {
        let toks = tokenize(chars, para.clone());
        let mut i = 0;
        while i < toks.len() {
            if !is_name_word(&toks[i]) || sentence_initial_common(&toks, i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < toks.len() && j - i < 4 && is_name_word(&toks[j]) {
                j += 1;
            }
            if j - i >= 2 {
                let span = toks[i].span.start..toks[j - 1].span.end;
                let name: String = chars[span.clone()].iter().collect();
                out.push(Entity {
                    description: describe(&toks, i, chars),
                    name,
                    start: span.start,
                });
            }
            i = j;
        }
    }
    out
}

fn is_name_word(t: &Tok) -> bool {
    t.capitalised()
        && !t.lower.ends_with("'s")
        && !NOT_NAMES.contains(&t.lower.as_str())
        && t.text.chars().any(char::is_lowercase)
}

fn sentence_initial_common(toks: &[Tok], i: usize) -> bool {
    (i == 0 || ends_sentence(toks, i - 1)) && NOT_NAMES.contains(&toks[i].lower.as_str())
}

/// The description beside the name starting at token `i`.
fn describe(toks: &[Tok], i: usize, chars: &[char]) -> Option<String> {
    let boundary = |t: &Tok| !t.is_word || ends_sentence(toks, 0);
    // "ROLE, Name" (appositive after a comma)
    let (end, comma) = if i >= 2 && toks[i - 1].is_punct(',') {
        (i - 1, true)
    } else {
        (i, false)
    };
    let mut s = end;
    while s > 0 && !boundary(&toks[s - 1]) && end - s < 6 {
        s -= 1;
    }
    if s == end {
        return None;
    }
    let head = &toks[end - 1];
    // A role ends in a lowercase noun: "ambassador", "chief", "spokeswoman".
    if head.capitalised() || !head.is_word {
        return None;
    }
    let stop = ["said", "says", "and", "but", "that", "which", "who", "of", "with", "by"];
    let s = (s..end)
        .rev()
        .take_while(|&k| !stop.contains(&toks[k].lower.as_str()))
        .last()
        .unwrap_or(end);
    if s == end || (!comma && end - s > 5) {
        return None;
    }
    let span = toks[s].span.start..toks[end - 1].span.end;
    let text: String = chars[span].iter().collect();
    let first = text.split_whitespace().next().unwrap_or_default().to_lowercase();
    (!["the", "a", "an"].contains(&first.as_str()) || comma).then_some(text)
}

/// A speaker resolved to a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub name: String,
    pub description: Option<String>,
}

/// Resolves mentions in reading order; remembers the people it resolved for pronouns.
pub struct Resolver<'a> {
    pub entities: &'a [Entity],
    chars: &'a [char],
    paragraphs: &'a [Range<usize>],
    recent: Vec<(usize, Resolved)>,
}

impl<'a> Resolver<'a> {
    pub fn new(chars: &'a [char], paragraphs: &'a [Range<usize>], entities: &'a [Entity]) -> Self {
        Resolver {
            entities,
            chars,
            paragraphs,
            recent: Vec::new(),
        }
    }

    /// Records a speaker seen at `pos`, so later pronouns can find it.
    pub fn remember(&mut self, pos: usize, r: &Resolved) {
        self.recent.push((pos, r.clone()));
    }

    pub fn resolve(&self, mention: &str, pos: usize, description: Option<&str>) -> Resolved {
        let lower = mention.to_lowercase();
        let words: Vec<&str> = mention.split_whitespace().collect();
        let plain = |name: &str| Resolved {
            name: name.to_owned(),
            description: description.map(str::to_owned),
        };
        if PRONOUNS.contains(&lower.as_str()) {
            if matches!(lower.as_str(), "he" | "she") {
                if let Some((_, r)) = self
                    .recent
                    .iter()
                    .rev()
                    .find(|(p, r)| *p <= pos && kind_of(&r.name) == SourceKind::Person)
                {
                    return r.clone();
                }
            }
            return plain(mention);
        }
        if words.len() == 1 && looks_like_name(mention) {
            let hit = self.before(pos).find(|e| {
                let parts: Vec<&str> = e.name.split_whitespace().collect();
                parts.len() > 1 && parts.contains(&mention)
            });
            if let Some(e) = hit {
                return Resolved {
                    name: e.name.clone(),
                    description: e.description.clone(),
                };
            }
            return plain(mention);
        }
        if looks_like_name(mention) {
            let hit = self.entities.iter().find(|e| e.name == mention);
            return Resolved {
                name: mention.to_owned(),
                description: description
                    .map(str::to_owned)
                    .or_else(|| hit.and_then(|e| e.description.clone())),
            };
        }
        let head = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
        let determiner = words
            .first()
            .is_some_and(|w| ["the", "a", "an"].contains(&w.to_lowercase().as_str()));
        if determiner && words.len() >= 2 {
            if DOCUMENT_WORDS.contains(&head.as_str()) {
                if let Some(owner) = self.document_owner(&head, pos) {
                    return Resolved {
                        name: owner,
                        description: None,
                    };
                }
            }
            let hit = self.before(pos).find(|e| {
                e.description.as_deref().is_some_and(|d| {
                    d.split_whitespace().last().map(str::to_lowercase) == Some(head.clone())
                })
            });
            if let Some(e) = hit {
                return Resolved {
                    name: e.name.clone(),
                    description: e.description.clone(),
                };
            }
            // "the State Department": the name without its article.
            let rest = words[1..].join(" ");
            if looks_like_name(&rest) {
                return plain(&rest);
            }
        }
        plain(mention)
    }

    /// Entities introduced before `pos`, nearest first.
    fn before(&self, pos: usize) -> impl Iterator<Item = &Entity> {
        self.entities.iter().rev().filter(move |e| e.start < pos)
    }

    /// Who issued a document: the subject of the first sentence that mentions such a document
    /// together with a speech or release verb ("the UN human rights office said in a report").
    fn document_owner(&self, head: &str, pos: usize) -> Option<String> {
        for para in self.paragraphs.iter().filter(|p| p.start < pos) {
            let toks = tokenize(self.chars, para.clone());
            let mut start = 0;
            for i in 0..toks.len() {
                let end = i + 1 == toks.len() || ends_sentence(&toks, i);
                if !end {
                    continue;
                }
                let sentence = &toks[start..=i];
                start = i + 1;
                if sentence.first().is_some_and(|t| t.span.start >= pos) {
                    return None;
                }
                let Some(doc) = sentence.iter().position(|t| t.lower == head) else {
                    continue;
                };
                if let Some(subject) = subject_of(sentence, doc, self.chars) {
                    return Some(subject);
                }
            }
        }
        None
    }
}

/// The subject of the speech or release verb before token `doc`: "X said in a report".
fn subject_of(sentence: &[Tok], doc: usize, chars: &[char]) -> Option<String> {
    const RELEASE: &[&str] = &["said", "released", "published", "issued", "says", "released"];
    let v = (0..doc).rev().find(|&k| RELEASE.contains(&sentence[k].lower.as_str()))?;
    let comma = (0..v).rev().find(|&k| !sentence[k].is_word).map_or(0, |k| k + 1);
    let words = &sentence[comma..v];
    let first = words.first()?;
    let skip = usize::from(first.lower == "the");
    let subject = words.get(skip..)?;
    let (a, b) = (subject.first()?, subject.last()?);
    (subject.len() <= 6).then(|| chars[a.span.start..b.span.end].iter().collect())
}
