//! The people, organisations and documents an article names: runs of capitalised words with
//! their titles and descriptions, found in one pass over the paragraphs and indexed so that
//! every later lookup is a hash probe or a bisection. Also what a name's title or forename
//! says of the person.

use super::attribution::{DETERMINERS, looks_like_name};
use super::lexicon::WordSet;
use super::tokens::{Tok, ends_sentence};
use crate::article::SourceKind;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::HashMap;
use std::rc::Rc;

/// A named entity introduced in the text, with the description given beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub name: String,
    pub start: usize,
    pub description: Option<String>,
    pub kind: SourceKind,
}

/// Words that make a name an organisation's.
#[rustfmt::skip]
static ORG_WORDS: WordSet = WordSet::new(&[
    "office", "department", "ministry", "council", "government", "agency", "committee",
    "university", "party", "court", "house", "police", "army", "company", "inc", "corp", "group",
    "association", "union", "commission", "bank", "fund", "organization", "organisation",
    "institute", "center", "centre", "service", "administration", "campaign", "board", "senate",
    "congress", "parliament", "press", "times", "post", "news", "nations", "states", "church",
    "club", "team", "foundation", "federation", "authority", "bureau",
]);

/// Heads of phrases that name documents ("the report").
#[rustfmt::skip]
pub(super) fn is_document_word(w: &str) -> bool {
    // A match, not a set: it is asked of every token, and compiles to a length switch.
    matches!(
        w,
        "report" | "statement" | "document" | "letter" | "study" | "memo" | "filing"
            | "complaint" | "ruling" | "survey" | "analysis" | "assessment" | "review"
    )
}

/// Capital words that start sentences or name days and months, not people.
#[rustfmt::skip]
static NOT_NAMES: WordSet = WordSet::new(&[
    "the", "a", "an", "but", "and", "in", "on", "at", "as", "if", "when", "while", "after",
    "before", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "hours", "some", "many", "according",
]);

/// Words that end a role description when walking back from a name.
#[rustfmt::skip]
static DESCRIPTION_STOPS: WordSet = WordSet::new(&[
    "said", "says", "and", "but", "that", "which", "who", "with", "by", "to", "for", "in", "on",
    "at", "from", "as", "was", "is", "has", "had", "have", "were", "are", "be", "when", "while",
    "after", "before", "told", "according",
]);

/// Titles that may stand before a name and are not part of it.
#[rustfmt::skip]
static TITLES: WordSet = WordSet::new(&[
    "mayor", "councillor", "councilor", "councilwoman", "councilman", "president", "senator",
    "sen", "rep", "representative", "gov", "governor", "dr", "mr", "mrs", "ms", "miss", "prof",
    "professor", "judge", "justice", "gen", "general", "chancellor", "minister", "secretary",
    "ambassador", "director", "chairman", "chairwoman", "commissioner", "sheriff", "pope", "king",
    "queen", "prince", "princess", "lord", "lady", "sir", "dame", "rev", "father", "rabbi", "imam",
    "captain", "capt", "lt", "col", "sgt", "officer", "detective", "coach", "premier", "speaker",
    "sheikh", "vice", "deputy", "prime", "attorney", "lawmaker",
]);

pub fn kind_of(name: &str) -> SourceKind {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    kind_of_words(name, &words)
}

/// `kind_of` with the name's words already in lowercase.
fn kind_of_words(name: &str, words: &[String]) -> SourceKind {
    if words.iter().any(|w| is_document_word(w)) && !looks_like_name(name) {
        SourceKind::Document
    } else if words.iter().any(|w| ORG_WORDS.contains(&w.as_str())) {
        SourceKind::Organization
    } else if looks_like_name(name) && (2..=4).contains(&words.len()) {
        SourceKind::Person
    } else if looks_like_name(name) {
        SourceKind::Organization
    } else {
        SourceKind::Unknown
    }
}

/// What one pass over the paragraphs finds: entities, where people are named, and the
/// capitalised words that stand alone (surnames used without the forename).
#[derive(Debug, Default)]
pub struct Index {
    pub entities: Vec<Entity>,
    /// Each word (lowercase) of a multi-word entity name, to the entities (in text order) that
    /// have it.
    pub(super) by_word: FxHashMap<String, Vec<usize>>,
    /// The same for people only, so that finding the person a word names stays a step or two
    /// back from the end, however often an organisation shares the word.
    pub(super) by_person_word: FxHashMap<String, Vec<usize>>,
    /// An exact name to its first entity.
    pub(super) by_name: FxHashMap<String, usize>,
    /// Each lowercase word of a description, to the entities (in text order) it describes.
    pub(super) by_role: FxHashMap<String, Vec<usize>>,
    /// Where a person is named, in full or by one part of the name: (position, entity).
    pub(super) mentions: Vec<(usize, usize)>,
    /// Capitalised words (lowercase here) of known names, seen outside any multi-word name.
    pub lone: FxHashSet<String>,
    /// What a run of capitalised words was found to be, so that a name met again is not
    /// analysed again.
    /// Keyed by a hash of the run's chars; the chars are kept to tell collisions apart.
    runs: FxHashMap<u64, Vec<KnownRun>>,
    in_run: Vec<bool>,
}

/// A run's chars, and what it was found to be.
type KnownRun = (Box<[char]>, Option<Rc<RunInfo>>);

/// A run of capitalised words read as a name: the name without its title, the title, the
/// kind, and the name's words in lowercase.
#[derive(Debug, Clone)]
struct RunInfo {
    name: String,
    title: Option<String>,
    kind: SourceKind,
    words: Vec<String>,
}

impl Index {
    /// Takes in paragraph `p`, whose tokens are `toks`. Paragraphs come in text order.
    pub fn add_paragraph(&mut self, toks: &[Tok], chars: &[char]) {
        let mut in_run = std::mem::take(&mut self.in_run);
        in_run.clear();
        in_run.resize(toks.len(), false);
        self.entities_in(toks, chars, &mut in_run);
        for (k, t) in toks.iter().enumerate() {
            if !t.capitalised() {
                continue;
            }
            if !self.by_word.contains_key(t.lower.as_str()) {
                continue;
            }
            // The last person with this word introduced at or before this token.
            let entities = &self.entities;
            let hit = self.by_person_word.get(t.lower.as_str()).and_then(|list| {
                list.iter()
                    .rev()
                    .copied()
                    .find(|&e| entities[e].start <= t.span.start)
            });
            if let Some(e) = hit {
                self.mentions.push((t.span.start, e));
            }
            if !in_run[k] && !self.lone.contains(t.lower.as_str()) {
                self.lone.insert(t.lower.to_string());
            }
        }
        self.in_run = in_run;
    }

    /// Runs of two to four capitalised words, with an appositive ("China's UN ambassador,
    /// Zhang Jun") or a role before them ("rights chief Michelle Bachelet").
    fn entities_in(&mut self, toks: &[Tok], chars: &[char], in_run: &mut [bool]) {
        let mut i = 0;
        while i < toks.len() {
            if !is_name_word(&toks[i]) || sentence_initial_common(toks, i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < toks.len() && j - i < 4 && is_name_word(&toks[j]) {
                j += 1;
            }
            if j - i >= 2 {
                in_run[i..j].iter_mut().for_each(|r| *r = true);
                let span = toks[i].span.start..toks[j - 1].span.end;
                let run = &chars[span.clone()];
                let info = self.run_info(run);
                if let Some(info) = info {
                    let description = describe(toks, i, chars).or_else(|| info.title.clone());
                    self.add(
                        Entity {
                            kind: info.kind,
                            name: info.name.clone(),
                            start: span.start,
                            description,
                        },
                        &info.words,
                    );
                }
            }
            i = j;
        }
    }

    /// What a run of capitalised words is, worked out once per distinct run.
    fn run_info(&mut self, run: &[char]) -> Option<Rc<RunInfo>> {
        use std::hash::{Hash, Hasher};
        let mut h = rustc_hash::FxHasher::default();
        run.hash(&mut h);
        let bucket = self.runs.entry(h.finish()).or_default();
        if let Some((_, info)) = bucket.iter().find(|(k, _)| **k == *run) {
            return info.clone();
        }
        let text: String = run.iter().collect();
        let (name, title) = strip_title(&text);
        let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        let info = (words.len() >= 2 || title.is_some()).then(|| {
            Rc::new(RunInfo {
                kind: kind_of_words(&name, &words),
                name,
                title,
                words,
            })
        });
        bucket.push((run.into(), info.clone()));
        info
    }

    fn add(&mut self, e: Entity, words: &[String]) {
        let k = self.entities.len();
        if words.len() > 1 {
            for w in words {
                push_to(&mut self.by_word, w, k);
                if e.kind == SourceKind::Person {
                    push_to(&mut self.by_person_word, w, k);
                }
            }
        }
        if !self.by_name.contains_key(e.name.as_str()) {
            self.by_name.insert(e.name.clone(), k);
        }
        for w in e.description.iter().flat_map(|d| d.split_whitespace()) {
            let list = self.by_role.entry(w.to_lowercase()).or_default();
            if list.last() != Some(&k) {
                list.push(k);
            }
        }
        self.entities.push(e);
    }

    /// The last entity before `pos` in a list kept in text order that passes `keep`.
    pub(super) fn last_before(
        &self,
        list: Option<&Vec<usize>>,
        pos: usize,
        keep: impl Fn(&Entity) -> bool,
    ) -> Option<&Entity> {
        let list = list?;
        let end = list.partition_point(|&e| self.entities[e].start < pos);
        list[..end]
            .iter()
            .rev()
            .map(|&e| &self.entities[e])
            .find(|e| keep(e))
    }
}

/// Appends `k` to the list under `key`, allocating the key only the first time.
fn push_to(map: &mut FxHashMap<String, Vec<usize>>, key: &str, k: usize) {
    match map.get_mut(key) {
        Some(list) => list.push(k),
        None => {
            map.insert(key.to_owned(), vec![k]);
        }
    }
}

fn is_name_word(t: &Tok) -> bool {
    t.capitalised()
        && !t.lower.ends_with("'s")
        && !NOT_NAMES.contains(&t.lower.as_str())
        && t.has_lower
        && t.lower.matches('-').count() < 2
}

fn sentence_initial_common(toks: &[Tok], i: usize) -> bool {
    (i == 0 || ends_sentence(toks, i - 1)) && NOT_NAMES.contains(&toks[i].lower.as_str())
}

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
