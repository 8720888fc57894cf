//! The people, organisations and documents an article names: runs of capitalised words with
//! their titles and descriptions, found in one pass over the paragraphs and indexed so that
//! every later lookup is a hash probe or a bisection. Also what a name's title or forename
//! says of the person.

use super::attribution::DETERMINERS;
use super::languages::particles_at;
use super::name_words::*;
pub use super::name_words::{
    Gender, gender_of, kind_of, may_be_organisation, split_role, strip_title,
};
use super::tokens::{Tok, ends_sentence};
use crate::article::SourceKind;
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use std::rc::Rc;

mod lookup;

/// A named entity introduced in the text, with the description given beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub name: String,
    pub start: usize,
    pub description: Option<String>,
    pub kind: SourceKind,
    /// The gender the name's title, description or forename gives, worked out once.
    pub gender: Option<Gender>,
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
    /// The same again, but only the first entity of each distinct name: the forms a name
    /// takes, however often each comes back.
    person_forms: FxHashMap<String, Vec<usize>>,
    /// An exact name to its first entity.
    pub(super) by_name: FxHashMap<String, usize>,
    /// Each lowercase word of a description, to the entities (in text order) it describes.
    pub(super) by_role: FxHashMap<String, Vec<usize>>,
    /// The initials of multi-word names ("WHO" for the World Health Organization), to the
    /// entities (in text order) that have them: an acronym is one lookup, not a scan.
    by_initials: FxHashMap<String, Vec<usize>>,
    /// Where a person is named, in full or by one part of the name: (position, entity, the
    /// name opens its sentence, where subjects stand).
    pub(super) mentions: Vec<(usize, usize, bool)>,
    /// For each mention, the entity with the fullest form of its name at that point
    /// (`fullest`), worked out once when the mention is met.
    pub(super) fullest_at: Vec<usize>,
    /// The same positions per entity, in text order, to count how often one was named.
    pub(super) named_at: FxHashMap<usize, Vec<usize>>,
    /// Capitalised words (lowercase here) of known names, seen outside any multi-word name.
    pub lone: FxHashSet<String>,
    /// What a run of capitalised words was found to be, so that a name met again is not
    /// analysed again.
    /// Keyed by a hash of the run's chars; the chars are kept to tell collisions apart.
    runs: FxHashMap<u64, Vec<KnownRun>>,
    /// For people whose forename and title tell no gender: how many sentences that name them
    /// alone (and no other person for sure) go on with "he", "his" or "him", and with "she" or
    /// "her" ("Zephyr Vale wrote to the council, saying she …").
    pronoun_votes: FxHashMap<String, (u32, u32)>,
    in_run: Vec<bool>,
    /// Which tokens of the paragraph being read stand inside quotation marks.
    inside: Vec<bool>,
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
    /// The gender the title or forename gives.
    gender: Option<Gender>,
}

/// The words a run of capitalised words may take as a name with its title, and how far it may
/// run on when a role splits a name off its end.
const SHORT_RUN: usize = 6;
const LONG_RUN: usize = 10;

impl Index {
    /// Takes in paragraph `p`, whose tokens are `toks`. Paragraphs come in text order.
    /// `quoted` holds the spans between quotation marks, in text order: words inside them are
    /// someone's words, so they name no one the article introduces and are never antecedents
    /// for an attribution outside them.
    pub fn add_paragraph(&mut self, toks: &[Tok], chars: &[char], quoted: &[Range<usize>]) {
        let mut in_run = std::mem::take(&mut self.in_run);
        in_run.clear();
        in_run.resize(toks.len(), false);
        let mut inside = std::mem::take(&mut self.inside);
        inside.clear();
        let first = toks.first().map_or(0, |t| t.span.start);
        let mut q = quoted.partition_point(|r| r.end <= first);
        inside.extend(toks.iter().map(|t| {
            while q < quoted.len() && quoted[q].end <= t.span.start {
                q += 1;
            }
            quoted.get(q).is_some_and(|r| r.contains(&t.span.start))
        }));
        // A heading in title case ("Floods Force Thousands From Their Homes") names no one:
        // its capitals are the style of a heading.
        if is_title_case_heading(toks) {
            inside.iter_mut().for_each(|x| *x = true);
        }
        self.entities_in(toks, chars, &mut in_run, &inside);
        let first_mention = self.mentions.len();
        for (k, t) in toks.iter().enumerate() {
            if !t.capitalised() || inside[k] {
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
                // A name among the first four words of its sentence: its subject.
                let subject = (k.saturating_sub(3)..=k)
                    .any(|j| j == 0 || ends_sentence(toks, j - 1))
                    || after_opening_phrase(toks, k);
                self.mentions.push((t.span.start, e, subject));
                let full = self.fuller(&self.entities[e], t.span.start + 1);
                self.fullest_at.push(full.unwrap_or(e));
                self.named_at.entry(e).or_default().push(t.span.start);
            }
            if !in_run[k] && !self.lone.contains(t.lower.as_str()) {
                self.lone.insert(t.lower.to_string());
            }
        }
        self.vote_genders(toks, &inside, first_mention);
        self.in_run = in_run;
        self.inside = inside;
    }

    /// Counts the gendered pronouns outside quotation marks that follow a person's name in
    /// sentences that name that person alone, for people whose name tells no gender; the
    /// paragraph's mentions start at `first_mention`.
    fn vote_genders(&mut self, toks: &[Tok], inside: &[bool], first_mention: usize) {
        let mut next = first_mention;
        // The sentence's person, whether another person is named too, and the pronouns.
        let (mut person, mut others, mut he, mut she) = (None::<usize>, false, 0u32, 0u32);
        for (k, t) in toks.iter().enumerate() {
            while let Some(&(at, e, _)) = self.mentions.get(next)
                && at <= t.span.start
            {
                next += 1;
                let other = &self.entities[e];
                match person {
                    None if others => {}
                    None => person = Some(e),
                    Some(p)
                        if self.entities[p].name != other.name && !may_be_organisation(other) =>
                    {
                        others = true;
                    }
                    _ => {}
                }
            }
            if t.is_word && !inside[k] {
                let gendered = match t.lower.as_str() {
                    "he" | "him" | "his" | "himself" => Some(&mut he),
                    "she" | "her" | "hers" | "herself" => Some(&mut she),
                    _ => None,
                };
                // A pronoun before any name ("She accused Harbour Freight of …") is the
                // sentence's subject: the name after it tells nothing.
                match (gendered, person) {
                    (Some(n), Some(_)) => *n += 1,
                    (Some(_), None) => others = true,
                    _ => {}
                }
            }
            if ends_sentence(toks, k) || k + 1 == toks.len() {
                if let Some(p) = person
                    && !others
                    && self.entities[p].gender.is_none()
                    && (he == 0) != (she == 0)
                {
                    let votes = self
                        .pronoun_votes
                        .entry(self.entities[p].name.clone())
                        .or_default();
                    votes.0 += u32::from(he > 0);
                    votes.1 += u32::from(she > 0);
                }
                (person, others, he, she) = (None, false, 0, 0);
            }
        }
    }

    /// The gender the pronouns around a person's name give, when they agree two to one.
    pub fn inferred_gender(&self, name: &str) -> Option<Gender> {
        let &(he, she) = self.pronoun_votes.get(name)?;
        if he > 2 * she {
            Some(Gender::Male)
        } else if she > 2 * he {
            Some(Gender::Female)
        } else {
            None
        }
    }

    /// Runs of two to six capitalised words, with an appositive ("Norland's UN envoy,
    /// Ilse Varga") or a role before them ("rights chief Dora Lindqvist").
    fn entities_in(&mut self, toks: &[Tok], chars: &[char], in_run: &mut [bool], inside: &[bool]) {
        let mut i = 0;
        while i < toks.len() {
            if inside[i] || !is_name_word(&toks[i]) || sentence_initial_common(toks, i) {
                i += 1;
                continue;
            }
            // A name runs on over name words, initials ("Ana R. Diaz") and a closing
            // possessive ("Ana Diaz's"), up to six words with the title before it, or up to
            // ten when a role splits a name of two to four words off the end ("North Shore
            // Ferry Workers Union President Ana Diaz").
            let (mut j, mut words, mut end) = (i + 1, 1, toks[i].span.end);
            let mut at_six = None;
            while j < toks.len() && words < LONG_RUN && !inside[j] {
                if words == SHORT_RUN && at_six.is_none() {
                    at_six = Some((j, end));
                }
                let t = &toks[j];
                if is_name_word(t) {
                    end = t.span.end;
                    j += 1;
                } else if is_initial(toks, j) {
                    end = toks[j + 1].span.end;
                    j += 2;
                } else if let Some(n) = particles(toks, j).filter(|&n| !inside[j + n]) {
                    // "Ana de Lund", "Pia van der Lund": particles inside a name.
                    end = toks[j + n].span.end;
                    j += n + 1;
                } else if t.capitalised() && t.has_lower && t.lower.ends_with("'s") {
                    end = t.span.end - 2;
                    j += 1;
                    words += 1;
                    break;
                } else {
                    break;
                }
                words += 1;
            }
            if words > SHORT_RUN
                && let Some((j6, end6)) = at_six
            {
                let long = self.run_info(&chars[toks[i].span.start..end]);
                let split = long.is_some_and(|info| {
                    info.title.is_some() && (2..=4).contains(&info.words.len())
                });
                if !split {
                    (j, end, words) = (j6, end6, SHORT_RUN);
                }
            }
            // "Norland's ambassador to Kestria Xue Yanmo": the place after a role's preposition
            // is the role's, and the name its last two words.
            let mut first = i;
            let mut role = None;
            if words >= 3
                && i >= 2
                && is_role_preposition(&toks[i - 1].lower)
                && !toks[i - 2].capitalised()
                && is_role(&toks[i - 2].lower)
                && self
                    .run_info(&chars[toks[i].span.start..end])
                    // A place before a known forename is no title ("to Kestria Ada Berg").
                    .is_some_and(|w| {
                        w.title
                            .as_deref()
                            .is_none_or(|t| !t.split_whitespace().any(is_role))
                    })
            {
                let named: Vec<usize> = (i..j).filter(|&k| is_name_word(&toks[k])).collect();
                if named.len() >= 3 {
                    first = named[named.len() - 2];
                    let mut s = i - 2;
                    while s > 0 && i - 2 - s < 3 && toks[s - 1].is_word {
                        s -= 1;
                        if toks[s].lower.ends_with("'s")
                            || DETERMINERS.contains(&toks[s].lower.as_str())
                        {
                            break;
                        }
                    }
                    let s = if DETERMINERS.contains(&toks[s].lower.as_str()) {
                        s + 1
                    } else {
                        s
                    };
                    role = Some(
                        chars[toks[s].span.start..toks[first - 1].span.end]
                            .iter()
                            .collect::<String>(),
                    );
                }
            }
            if words >= 2 {
                in_run[i..j].iter_mut().for_each(|r| *r = true);
                let span = toks[first].span.start..end;
                let run = &chars[span.clone()];
                let info = self.run_info(run);
                if let Some(info) = info {
                    let before = role
                        .or_else(|| describe(toks, (i, j), chars))
                        .or_else(|| info.title.clone());
                    // An appositive after the name describes it; only a definite one's role
                    // ("Ada Berg, the mayor,") is what "the mayor" refers to later.
                    let after = before
                        .is_none()
                        .then(|| describe_after(toks, j, chars))
                        .flatten();
                    let roles = match (&before, &after) {
                        (Some(d), _) => d.to_lowercase(),
                        (None, Some(d)) if d.starts_with("the ") => {
                            let head = d.rsplit(' ').next().unwrap_or("").to_lowercase();
                            if is_role(&head) { head } else { String::new() }
                        }
                        _ => String::new(),
                    };
                    let description = before.or(after);
                    // A description may tell what the name does not ("his wife, Ana").
                    let gender = match (&info.title, &description) {
                        (None, Some(d)) => gender_of(&info.name, Some(d)),
                        _ => info.gender,
                    };
                    // "the Valley Courier", "the Harbour Board": no person's name takes "the".
                    let the = i > 0 && toks[i - 1].lower == "the";
                    let kind = if the && info.kind == SourceKind::Person && info.title.is_none() {
                        SourceKind::Organization
                    } else {
                        info.kind
                    };
                    self.add(
                        Entity {
                            kind,
                            name: info.name.clone(),
                            start: span.start,
                            description,
                            gender,
                        },
                        &info.words,
                        &roles,
                    );
                }
            } else if toks[i].has_lower
                && let Some(d) = (i >= 2
                    && toks
                        .get(j)
                        .is_some_and(|t| t.is_punct(',') || t.is_punct('.')))
                .then(|| describe(toks, (i, j), chars))
                .flatten()
                // "her sister Vesna opened …": a noun of kin right before it.
                .or_else(|| {
                    (i >= 2
                        && !toks[i - 1].capitalised()
                        && crate::quotes::mention::person_noun_gender(&toks[i - 1].lower).is_some()
                        && matches!(toks[i - 2].lower.as_str(), "his" | "her" | "their" | "my"))
                    .then(|| {
                        chars[toks[i - 2].span.start..toks[i - 1].span.end]
                            .iter()
                            .collect()
                    })
                })
                // "Vesna, the younger sister, runs …": an appositive after it.
                .or_else(|| describe_after(toks, j, chars))
            {
                // "Her son, Erik, lives …": a forename alone, set off after a description
                // of who the person is, names a person.
                let name = toks[i].text(chars);
                if is_forename(&name) {
                    let gender = gender_of(&name, Some(&d));
                    let roles = d.to_lowercase();
                    self.add(
                        Entity {
                            kind: SourceKind::Person,
                            name,
                            start: toks[i].span.start,
                            description: Some(d),
                            gender,
                        },
                        &[toks[i].lower.to_string()],
                        &roles,
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
            // "President Varga": a person's title makes a single name a person's.
            let kind = match kind_of_words(&name, &words) {
                SourceKind::Organization
                    if words.len() == 1
                        && title.is_some()
                        && !ORG_WORDS.contains(&words[0].as_str()) =>
                {
                    SourceKind::Person
                }
                k => k,
            };
            Rc::new(RunInfo {
                kind,
                gender: gender_of(&name, title.as_deref()),
                name,
                title,
                words,
            })
        });
        bucket.push((run.into(), info.clone()));
        info
    }

    /// Adds a named entity, found under each of its `words` and each word of `roles`
    /// (lowercase).
    fn add(&mut self, e: Entity, words: &[String], roles: &str) {
        let k = self.entities.len();
        // A single name is a word of its own only for a person ("President Varga").
        if words.len() > 1 || e.kind == SourceKind::Person {
            for w in words {
                push_to(&mut self.by_word, w, k);
                if e.kind == SourceKind::Person {
                    push_to(&mut self.by_person_word, w, k);
                }
            }
        }
        if !self.by_name.contains_key(e.name.as_str()) {
            self.by_name.insert(e.name.clone(), k);
            if e.kind == SourceKind::Person
                && let Some(last) = e.name.split_whitespace().last()
            {
                push_to(&mut self.person_forms, &last.to_lowercase(), k);
            }
        }
        if e.name.split_whitespace().nth(1).is_some() {
            let initials: String = e
                .name
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .filter(|c| c.is_uppercase())
                .collect();
            push_to(&mut self.by_initials, &initials, k);
        }
        for w in roles.split_whitespace() {
            // The word is allocated as a key only the first time.
            match self.by_role.get_mut(w) {
                Some(list) if list.last() == Some(&k) => {}
                Some(list) => list.push(k),
                None => {
                    self.by_role.insert(w.to_owned(), vec![k]);
                }
            }
        }
        self.entities.push(e);
    }
}

/// Appends `k` to the list under `key`, allocating the key only the first time.
/// "At the party, Ilse Varga laughed", "Asked about the fee, Varga said": a name right after
/// the comma that closes a sentence's opening phrase of time, place or circumstance, with a
/// verb after it, is the sentence's subject.
fn after_opening_phrase(toks: &[Tok], k: usize) -> bool {
    // The name's run of capitalised words, and the comma before it.
    let mut first = k;
    while first > 0 && toks[first - 1].is_word && toks[first - 1].capitalised() {
        first -= 1;
    }
    let mut last = k;
    while toks
        .get(last + 1)
        .is_some_and(|t| t.is_word && t.capitalised())
    {
        last += 1;
    }
    if first < 2
        || !toks[first - 1].is_punct(',')
        || !toks
            .get(last + 1)
            .is_some_and(|t| t.is_word && !t.capitalised())
    {
        return false;
    }
    let comma = first - 1;
    let Some(start) = (comma.saturating_sub(14)..comma)
        .rev()
        .find(|&j| j == 0 || ends_sentence(toks, j - 1))
    else {
        return false;
    };
    let opener = &toks[start];
    let opens = opener.is_word
        && (matches!(
            opener.lower.as_str(),
            "at" | "in"
                | "on"
                | "after"
                | "before"
                | "during"
                | "when"
                | "while"
                | "although"
                | "though"
                | "since"
                | "despite"
                | "outside"
                | "inside"
                | "with"
                | "later"
                | "earlier"
                | "asked"
                | "speaking"
                | "questioned"
                | "pressed"
        ) || opener.lower.ends_with("ing") && opener.lower.len() > 5);
    // No other comma or name inside the opening phrase (a day or a month may stand there).
    let named = |t: &Tok| {
        t.is_word
            && t.capitalised()
            && !super::lexicon::DAYS.contains(&t.lower.as_str())
            && !super::lexicon::MONTHS.contains(&t.lower.as_str())
    };
    opens
        && toks[start + 1..comma]
            .iter()
            .all(|t| !(t.is_punct(',') || named(t)))
}

fn push_to(map: &mut FxHashMap<String, Vec<usize>>, key: &str, k: usize) {
    match map.get_mut(key) {
        Some(list) => list.push(k),
        None => {
            map.insert(key.to_owned(), vec![k]);
        }
    }
}

/// An initial inside a name: one capital letter and a full stop, a name word after them.
fn is_initial(toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    t.is_word
        && t.lower.len() == 1
        && t.first.is_uppercase()
        && toks.get(j + 1).is_some_and(|d| d.is_punct('.'))
        && toks.get(j + 2).is_some_and(is_name_word)
}

/// How many particles of a name start at token `j` ("de", "van der") with a name word after
/// them.
fn particles(toks: &[Tok], j: usize) -> Option<usize> {
    let n = particles_at(toks, j, false);
    (n > 0 && toks.get(j + n).is_some_and(is_name_word)).then_some(n)
}

fn is_name_word(t: &Tok) -> bool {
    t.capitalised()
        && !t.lower.ends_with("'s")
        && !NOT_NAMES.contains(&t.lower.as_str())
        && t.has_lower
        && t.lower.matches('-').count() < 2
}

/// A sentence's first word that is no name: a function word, or a gerund or adverb that opens
/// it ("Hosting the summit…", "Clearly…").
fn sentence_initial_common(toks: &[Tok], i: usize) -> bool {
    let w = toks[i].lower.as_str();
    (i == 0 || ends_sentence(toks, i - 1))
        && (NOT_NAMES.contains(&w)
            || ((w.ends_with("ing") || w.ends_with("ly")) && w.len() > 5 && !is_forename_lower(w)))
}
