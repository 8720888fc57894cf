//! Resolving a speaker mention to a name: surnames to full names, roles to the person
//! introduced with them, pronouns to the nearest person, documents to who issued them.

use super::attribution::{DETERMINERS, PRONOUNS, looks_like_name};
use super::tokens::{Tok, ends_sentence, tokenize};
use crate::article::SourceKind;
use std::collections::HashMap;
use std::ops::Range;

/// A named entity introduced in the text, with the description given beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub name: String,
    pub start: usize,
    pub description: Option<String>,
}

const ORG_WORDS: &[&str] = &[
    "office",
    "department",
    "ministry",
    "council",
    "government",
    "agency",
    "committee",
    "university",
    "party",
    "court",
    "house",
    "police",
    "army",
    "company",
    "inc",
    "corp",
    "group",
    "association",
    "union",
    "commission",
    "bank",
    "fund",
    "organization",
    "organisation",
    "institute",
    "center",
    "centre",
    "service",
    "administration",
    "campaign",
    "board",
    "senate",
    "congress",
    "parliament",
    "press",
    "times",
    "post",
    "news",
    "nations",
    "states",
    "church",
    "club",
    "team",
    "foundation",
    "federation",
    "authority",
    "bureau",
];

const DOCUMENT_WORDS: &[&str] = &[
    "report",
    "statement",
    "document",
    "letter",
    "study",
    "memo",
    "filing",
    "complaint",
    "ruling",
    "survey",
    "analysis",
    "assessment",
    "review",
];

/// Capital words that start sentences or name days and months, not people.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "in",
    "on",
    "at",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "hours",
    "some",
    "many",
    "according",
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
                let run: String = chars[span.clone()].iter().collect();
                let (name, title) = strip_title(&run);
                if name.split_whitespace().count() >= 2 || title.is_some() {
                    out.push(Entity {
                        description: describe(&toks, i, chars).or(title),
                        name,
                        start: span.start,
                    });
                }
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
        && t.text.matches('-').count() < 2
}

fn sentence_initial_common(toks: &[Tok], i: usize) -> bool {
    (i == 0 || ends_sentence(toks, i - 1)) && NOT_NAMES.contains(&toks[i].lower.as_str())
}

/// Words that end a role description when walking back from a name.
const DESCRIPTION_STOPS: &[&str] = &[
    "said",
    "says",
    "and",
    "but",
    "that",
    "which",
    "who",
    "with",
    "by",
    "to",
    "for",
    "in",
    "on",
    "at",
    "from",
    "as",
    "was",
    "is",
    "has",
    "had",
    "have",
    "were",
    "are",
    "be",
    "when",
    "while",
    "after",
    "before",
    "told",
    "according",
];

/// The description beside the name starting at token `i`: an appositive before it
/// ("China's UN ambassador, Zhang Jun") or a role that premodifies it ("rights chief Michelle
/// Bachelet"). A description walked back to a determiner or possessive is complete; one that
/// is not must read as a title: capitalised first word, five words at most.
fn describe(toks: &[Tok], i: usize, chars: &[char]) -> Option<String> {
    let comma = i >= 2 && toks[i - 1].is_punct(',');
    let end = if comma { i - 1 } else { i };
    let mut s = end;
    let mut closed = false;
    while s > 0 && end - s < 7 {
        let t = &toks[s - 1];
        if !t.is_word || DESCRIPTION_STOPS.contains(&t.lower.as_str()) {
            break;
        }
        s -= 1;
        if DETERMINERS.contains(&t.lower.as_str()) || t.lower.ends_with("'s") {
            closed = true;
            break;
        }
    }
    let words = end - s;
    let head = toks.get(end.checked_sub(1)?)?;
    if words == 0 || (words == 1 && closed && !head.lower.ends_with("'s")) {
        return None;
    }
    if !comma && head.capitalised() {
        return None; // "Rask told the Northern Courier": no role before the name
    }
    if !(closed || toks[s].capitalised() && words <= 5) {
        return None;
    }
    let span = toks[s].span.start..head.span.end;
    Some(chars[span].iter().collect())
}

/// Titles that may stand before a name and are not part of it.
const TITLES: &[&str] = &[
    "mayor",
    "councillor",
    "councilor",
    "councilwoman",
    "councilman",
    "president",
    "senator",
    "sen",
    "rep",
    "representative",
    "gov",
    "governor",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "prof",
    "professor",
    "judge",
    "justice",
    "gen",
    "general",
    "chancellor",
    "minister",
    "secretary",
    "ambassador",
    "director",
    "chairman",
    "chairwoman",
    "commissioner",
    "sheriff",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "lord",
    "lady",
    "sir",
    "dame",
    "rev",
    "father",
    "rabbi",
    "imam",
    "captain",
    "capt",
    "lt",
    "col",
    "sgt",
    "officer",
    "detective",
    "coach",
    "premier",
    "speaker",
    "sheikh",
    "vice",
    "deputy",
    "prime",
    "attorney",
    "lawmaker",
];

/// Splits a leading title off a name: "Mayor Rosa Delacourt" gives ("Rosa Delacourt", "mayor").
pub fn strip_title(name: &str) -> (String, Option<String>) {
    let words: Vec<&str> = name.split_whitespace().collect();
    let n = words
        .iter()
        .take_while(|w| TITLES.contains(&w.trim_end_matches('.').to_lowercase().as_str()))
        .count();
    if n == 0 || words.len() - n < 1 || (words.len() - n == 1 && n > 0 && words.len() < 2) {
        return (name.to_owned(), None);
    }
    if words.len() == n {
        return (name.to_owned(), None);
    }
    let title = words[..n].join(" ");
    let courtesy = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame"];
    let keep_case = courtesy.contains(&title.trim_end_matches('.').to_lowercase().as_str());
    (
        words[n..].join(" "),
        Some(if keep_case {
            title
        } else {
            title.to_lowercase()
        }),
    )
}

/// Splits "union steward Marta Ruiz" into ("union steward", "Marta Ruiz"): a lowercase role
/// followed by a name of two to four capitalised words.
pub fn split_role(mention: &str) -> Option<(String, String)> {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let caps = words
        .iter()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with("'s"))
        .count();
    let role = &words[..words.len() - caps];
    let role: Vec<&str> = role
        .iter()
        .copied()
        .skip_while(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
        .collect();
    let last_role = role.last()?;
    if !(2..=4).contains(&caps) || !last_role.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    Some((role.join(" "), words[words.len() - caps..].join(" ")))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

const FORENAMES: &str = include_str!("../../assets/forenames.txt");

/// The gender a name's honorific or forename suggests, if any.
pub fn gender_of(name: &str, title: Option<&str>) -> Option<Gender> {
    static TABLE: std::sync::OnceLock<HashMap<String, Gender>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        FORENAMES
            .lines()
            .filter_map(|l| {
                let (g, n) = l.trim().split_once(' ')?;
                let g = match g {
                    "f" => Gender::Female,
                    "m" => Gender::Male,
                    _ => return None,
                };
                Some((n.trim().to_owned(), g))
            })
            .collect()
    });
    let honorific = title.map(|t| t.trim_end_matches('.').to_lowercase());
    match honorific.as_deref() {
        Some("mr" | "sir" | "king" | "prince" | "father" | "lord" | "councilman" | "chairman") => {
            return Some(Gender::Male);
        }
        Some(
            "mrs" | "ms" | "miss" | "dame" | "queen" | "princess" | "lady" | "councilwoman"
            | "chairwoman",
        ) => {
            return Some(Gender::Female);
        }
        _ => {}
    }
    let first = name.split_whitespace().next()?;
    table.get(first).copied()
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
    /// Where people are named (in full or by one part of the name), in text order.
    mentions: Vec<(usize, usize)>,
    recent: Vec<(usize, Resolved)>,
}

/// How far back a pronoun looks for its person, in chars.
const PRONOUN_REACH: usize = 2000;

impl<'a> Resolver<'a> {
    pub fn new(chars: &'a [char], paragraphs: &'a [Range<usize>], entities: &'a [Entity]) -> Self {
        let mut mentions = Vec::new();
        for para in paragraphs {
            for t in tokenize(chars, para.clone()) {
                if !t.capitalised() {
                    continue;
                }
                let hit = entities.iter().enumerate().rev().find(|(_, e)| {
                    e.start <= t.span.start
                        && kind_of(&e.name) == SourceKind::Person
                        && e.name.split_whitespace().any(|w| w == t.text)
                });
                if let Some((k, _)) = hit {
                    mentions.push((t.span.start, k));
                }
            }
        }
        Resolver {
            entities,
            chars,
            paragraphs,
            mentions,
            recent: Vec::new(),
        }
    }

    /// Records a speaker seen at `pos`, so later pronouns can find it.
    pub fn remember(&mut self, pos: usize, r: &Resolved) {
        self.recent.push((pos, r.clone()));
    }

    /// The nearest person before `pos` that a pronoun of this gender can refer to.
    fn antecedent(&self, pos: usize, gender: Option<Gender>) -> Option<Resolved> {
        let fits = |name: &str, description: Option<&str>| {
            let (_, title) = strip_title(name);
            let g = gender_of(name, title.as_deref().or(description));
            gender.is_none() || g.is_none() || g == gender
        };
        let named = self
            .mentions
            .iter()
            .rev()
            .filter(|(p, _)| *p < pos && pos - p <= PRONOUN_REACH)
            .map(|&(p, k)| (p, &self.entities[k]))
            .find(|(_, e)| fits(&e.name, e.description.as_deref()))
            .map(|(p, e)| {
                (
                    p,
                    Resolved {
                        name: e.name.clone(),
                        description: e.description.clone(),
                    },
                )
            });
        let spoken = self
            .recent
            .iter()
            .rev()
            .filter(|(p, r)| {
                *p < pos && pos - p <= PRONOUN_REACH && kind_of(&r.name) == SourceKind::Person
            })
            .find(|(_, r)| fits(&r.name, r.description.as_deref()))
            .cloned();
        match (named, spoken) {
            (Some(a), Some(b)) => Some(if a.0 >= b.0 { a.1 } else { b.1 }),
            (a, b) => a.or(b).map(|x| x.1),
        }
    }

    pub fn resolve(&self, mention: &str, pos: usize, description: Option<&str>) -> Resolved {
        let lower = mention.to_lowercase();
        let words: Vec<&str> = mention.split_whitespace().collect();
        let plain = |name: &str| Resolved {
            name: name.to_owned(),
            description: description.map(str::to_owned),
        };
        if PRONOUNS.contains(&lower.as_str()) {
            let gender = match lower.as_str() {
                "he" => Some(Gender::Male),
                "she" => Some(Gender::Female),
                _ => return plain(mention),
            };
            return self
                .antecedent(pos, gender)
                .unwrap_or_else(|| plain(mention));
        }
        // "union steward Marta Ruiz": a role before a name describes it.
        if let Some((role, name)) = split_role(mention) {
            let r = self.resolve(&name, pos, Some(description.unwrap_or(&role)));
            return Resolved {
                description: r.description.or(Some(role)),
                name: r.name,
            };
        }
        let (bare, title) = strip_title(mention);
        if bare.split_whitespace().count() == 1 && looks_like_name(&bare) {
            let hit = self.before(pos + 1).find(|e| {
                let parts: Vec<&str> = e.name.split_whitespace().collect();
                parts.len() > 1 && parts.contains(&bare.as_str())
            });
            if let Some(e) = hit {
                return Resolved {
                    name: e.name.clone(),
                    description: e.description.clone(),
                };
            }
            return Resolved {
                name: bare,
                description: description.map(str::to_owned).or(title),
            };
        }
        if looks_like_name(&bare) {
            let hit = self.entities.iter().find(|e| e.name == bare);
            return Resolved {
                description: description
                    .map(str::to_owned)
                    .or_else(|| hit.and_then(|e| e.description.clone()))
                    .or(title),
                name: bare,
            };
        }
        let head = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
        let determiner = words
            .first()
            .is_some_and(|w| ["the", "a", "an"].contains(&w.to_lowercase().as_str()));
        if determiner && words.len() >= 2 {
            if DOCUMENT_WORDS.contains(&head.as_str())
                && let Some(owner) = self.document_owner(&head, pos)
            {
                return Resolved {
                    name: owner,
                    description: None,
                };
            }
            let hit = self.before(pos).find(|e| {
                e.description
                    .as_deref()
                    .is_some_and(|d| d.split_whitespace().any(|w| w.to_lowercase() == head))
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
    const RELEASE: &[&str] = &[
        "said",
        "released",
        "published",
        "issued",
        "says",
        "released",
    ];
    let v = (0..doc)
        .rev()
        .find(|&k| RELEASE.contains(&sentence[k].lower.as_str()))?;
    let comma = (0..v)
        .rev()
        .find(|&k| !sentence[k].is_word)
        .map_or(0, |k| k + 1);
    let words = &sentence[comma..v];
    let first = words.first()?;
    let skip = usize::from(first.lower == "the");
    let subject = words.get(skip..)?;
    let (a, b) = (subject.first()?, subject.last()?);
    (subject.len() <= 6).then(|| chars[a.span.start..b.span.end].iter().collect())
}
