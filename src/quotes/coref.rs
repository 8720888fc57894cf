//! Resolving a speaker mention to a name: surnames to full names, roles to the person
//! introduced with them, pronouns to the nearest person of matching gender, documents to who
//! issued them, with the `Index` of names that `names` builds.

use super::attribution::{PRONOUNS, looks_like_name};
use super::mention::*;
use super::name_words::{is_courtesy, is_document_word, is_org_word, is_role, is_role_preposition};
use super::names::{
    Gender, Index, gender_of, kind_of, may_be_organisation, split_role, strip_title,
};
use super::tokens::{ends_sentence, tokenize};
use crate::article::SourceKind;
use rustc_hash::FxHashMap;
use std::ops::Range;

mod antecedent;
mod documents;
mod scan;
use super::marks::is_double;
use documents::page_of;
use scan::{
    body_in_text, chained_pronoun, described_body, described_subject_before,
    document_subject_before, group_in_text, lone_body_in_text,
};

/// A speaker resolved to a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub name: String,
    pub description: Option<String>,
}

/// Resolves mentions in reading order; remembers the people it resolved for pronouns.
#[derive(Default)]
pub struct Resolver {
    pub index: Index,
    /// Speakers resolved so far, with where they were named and their kind.
    recent: Vec<(usize, Resolved, SourceKind)>,
    /// What each speaker's name, title or description says of their gender, worked out once.
    genders: FxHashMap<String, Option<Gender>>,
    kinds: FxHashMap<String, SourceKind>,
    /// For each kind of document ("report"): the next paragraph to look in for who issued it,
    /// and what was found. Only articles that need it pay for the search, and each paragraph
    /// is read at most once per kind.
    owners: FxHashMap<String, (usize, String)>,
    /// The next paragraph the search for documents' owners reads.
    owner_scan: usize,
    /// For the end of a name (" Van Der Berg"): how much of the list of names with its last
    /// word has been read, and the names there that end so, in text order. Read on from where
    /// it stopped, so a long article's common word is not walked back over at every mention.
    endings: FxHashMap<String, (usize, Vec<usize>)>,
}

/// A body named by one word in the last few sentences before `pos` (`scan::lone_body_in_text`).
fn lone_body_before(text: &Text, pos: usize) -> Option<Resolved> {
    let pos = pos.min(text.chars.len());
    lone_body_in_text(&text.chars[pos.saturating_sub(LONE_BODY_REACH)..pos]).map(name_only)
}

/// A name resolved with no description.
fn name_only(name: String) -> Resolved {
    Resolved {
        name,
        description: None,
    }
}

/// The text the resolver reads when it must look beyond its index.
pub struct Text<'a> {
    pub chars: &'a [char],
    pub paragraphs: &'a [Range<usize>],
}

/// How much nearer, in chars, a person whose forename or title gives the pronoun's gender
/// counts than one whose gender nothing tells.
const KNOWN_GENDER_LEAD: usize = 200;

/// How much nearer, in chars, a person named at the start of a sentence (its subject) counts.
const SUBJECT_LEAD: usize = 150;

/// How much nearer, in chars, a person counts for each time they were named before (up to
/// ten): the story's main figures stay in mind.
const MENTION_LEAD: usize = 20;

/// How much nearer, in chars, the subject of the story's first sentence naming a person
/// counts for an epithet ("the 61-year-old").
const LEDE_LEAD: usize = 600;

/// How far back, in chars, earlier mentions count towards a person's salience.
const SALIENCE_REACH: usize = 10_000;

/// How far back, in chars, the text is read for a group named by a plural ("the nurses").
const GROUP_TEXT_REACH: usize = 5_000;

/// How far back, in chars, "the company" or "it" looks for a body named by one word that the
/// index of names does not hold: a few sentences.
const LONE_BODY_REACH: usize = 800;

/// How far back a pronoun looks for its person, in chars.
pub(super) const PRONOUN_REACH: usize = 2000;

impl Resolver {
    /// The index of names, for the passes after resolution; what was remembered for pronouns
    /// (a long article's every speaker) is let go.
    pub fn into_index(self) -> Index {
        self.index
    }

    /// The last name (its entity) before `pos` among those with the word `last` (lowercase)
    /// whose name ends with `suffix`, from the names that end so, kept per ending and read on
    /// as the index grows.
    fn last_ending_with(&mut self, last: &str, suffix: &str, pos: usize) -> Option<usize> {
        let list = self.index.by_word.get(last)?;
        let entities = &self.index.entities;
        if !self.endings.contains_key(suffix) {
            self.endings.insert(suffix.to_owned(), Default::default());
        }
        let (read, found) = self.endings.get_mut(suffix)?;
        // The lists only grow, at their end, as paragraphs come in.
        for &e in &list[*read..] {
            if entities[e].name.ends_with(suffix) {
                found.push(e);
            }
        }
        *read = list.len();
        let end = found.partition_point(|&e| entities[e].start < pos);
        found[..end].last().copied()
    }

    /// Records a speaker seen at `pos`, so later pronouns can find it.
    pub fn remember(&mut self, pos: usize, r: &Resolved) {
        // Speakers come back again and again: their kind is worked out once.
        let kind = match self.kinds.get(r.name.as_str()) {
            Some(&k) => k,
            None => {
                // What the index found the name to be ("President Varga" is a person),
                // else what the name's words say.
                let k = match self.index.by_name.get(r.name.as_str()) {
                    Some(&e) if self.index.entities[e].kind == SourceKind::Person => {
                        SourceKind::Person
                    }
                    // "a witness", "the spokeswoman": a phrase whose noun is a person's.
                    _ => match kind_of(&r.name) {
                        SourceKind::Unknown
                            if r.name.split_whitespace().count() <= 4
                                && r.name.split_whitespace().last().is_some_and(|h| {
                                    let h = h.to_lowercase();
                                    is_person_noun(&h) || is_role(&h)
                                }) =>
                        {
                            SourceKind::Person
                        }
                        k => k,
                    },
                };
                self.kinds.insert(r.name.clone(), k);
                k
            }
        };
        if self
            .genders
            .get(r.name.as_str())
            .is_none_or(Option::is_none)
        {
            let (_, title) = strip_title(&r.name);
            let g = gender_of(&r.name, title.as_deref().or(r.description.as_deref()))
                // "my husband": the noun's own gender.
                .or_else(|| {
                    r.name
                        .split_whitespace()
                        .last()
                        .and_then(|h| person_noun_gender(&h.to_lowercase()))
                        .flatten()
                });
            self.genders.insert(r.name.clone(), g);
        }
        self.recent.push((pos, r.clone(), kind));
    }

    /// Gives a speaker whose name tells no gender the one its own words give ("a witness told
    /// the Post she had heard shouting": the witness is a woman).
    pub fn note_gender(&mut self, name: &str, gender: Gender) {
        if let Some(g @ None) = self.genders.get_mut(name) {
            *g = Some(gender);
        }
    }

    /// The last speaker before `pos` whose name is "the HEAD of …" ("the authors of the
    /// study", "the head of the harbour board").
    fn of_phrase_before(&self, pos: usize, head: &str) -> Option<Resolved> {
        self.recent
            .iter()
            .rev()
            .filter(|(at, _, _)| *at < pos)
            .take(20)
            .find(|(_, r, _)| {
                let mut w = r.name.split_whitespace();
                w.next().is_some_and(|d| d.eq_ignore_ascii_case("the"))
                    && w.next().is_some_and(|h| h.eq_ignore_ascii_case(head))
                    && w.next() == Some("of")
            })
            .map(|(_, r, _)| r.clone())
    }

    pub fn resolve(
        &mut self,
        text: &Text,
        mention: &str,
        pos: usize,
        description: Option<&str>,
    ) -> Resolved {
        // "the authors of the study published in the journal": a participle with its phrase
        // after the head describes it; the head is who speaks.
        if let Some(cut) = reduced_relative(mention) {
            return self.resolve(text, cut, pos, description);
        }
        // "the “Harbour Lights” actor": the title in quotation marks tells which actor, but
        // the phrase is resolved as "the actor".
        if let Some((open, mark)) = mention.char_indices().find(|&(_, c)| is_double(c))
            && let Some(len) = mention[open + mark.len_utf8()..].find(is_double)
        {
            let close = open + mark.len_utf8() + len;
            let end = close + mention[close..].chars().next().map_or(1, char::len_utf8);
            let bare = format!("{}{}", mention[..open].trim_end(), &mention[end..]);
            if !bare.trim().is_empty() && bare.len() < mention.len() {
                return self.resolve(text, bare.trim(), pos, description);
            }
        }
        let lower = mention.to_lowercase();
        let words: Vec<&str> = mention.split_whitespace().collect();
        let plain = |name: &str| Resolved {
            name: name.to_owned(),
            description: description.map(str::to_owned),
        };
        if let Some(poll) = poll_for_share(text, mention, pos) {
            return plain(&poll);
        }
        // "he’d respond", "she'll say": the pronoun with its auxiliary written on.
        let lower = ["'d", "’d", "'ll", "’ll", "'s", "’s"]
            .iter()
            .find_map(|aux| lower.strip_suffix(aux))
            .filter(|stem| matches!(*stem, "he" | "she" | "they" | "we" | "i" | "you" | "it"))
            .map_or(lower.clone(), str::to_owned);
        // "his claim that …": the possessive stands for its pronoun.
        let lower = match lower.as_str() {
            "his" => "he".to_owned(),
            "her" => "she".to_owned(),
            "their" => "they".to_owned(),
            "its" => "it".to_owned(),
            _ => lower,
        };
        if let Some(which) = lower.strip_prefix("the ")
            && matches!(which, "former" | "latter")
        {
            return self
                .former_or_latter(pos, which == "latter")
                .unwrap_or_else(|| plain(mention));
        }
        if PRONOUNS.contains(&lower.as_str()) {
            let gender = match lower.as_str() {
                "he" => Some(Gender::Male),
                "she" => Some(Gender::Female),
                // "it said", "they said in a statement": the body last named.
                "it" | "they" => {
                    if lower == "it"
                        && let Some(document) = document_subject_before(text.chars, pos)
                    {
                        return plain(&document);
                    }
                    return self
                        .organisation_before(pos)
                        .or_else(|| {
                            (lower == "it")
                                .then(|| lone_body_before(text, pos))
                                .flatten()
                        })
                        .unwrap_or_else(|| plain(mention));
                }
                _ => return plain(mention),
            };
            if let Some(g) = gender
                && let Some(described) = described_subject_before(text.chars, pos, g)
            {
                return plain(&described);
            }
            // "She dreaded it more than Ada Berg did. “…,” she said.": the pronoun goes on from
            // the same pronoun as the subject of the sentence before.
            let mut at = pos;
            for _ in 0..4 {
                match chained_pronoun(text.chars, at, &lower) {
                    Some(p) => at = p,
                    None => break,
                }
            }
            return self
                .antecedent(at, gender)
                .unwrap_or_else(|| plain(mention));
        }
        // "Nora Quist and her team": what a named person's group says goes to that person.
        if let Some((who, _)) = lower
            .split_once(" and his ")
            .or_else(|| lower.split_once(" and her "))
            .or_else(|| lower.split_once(" and their "))
        {
            let head = &mention[..who.len()];
            if head.split_whitespace().last().is_some_and(looks_like_name) {
                return self.resolve(text, head, pos, description);
            }
        }
        // "marine geologist Rosa Lindqvist of the Norland Survey": the phrase after the name
        // describes the person.
        if let Some((head, tail)) = split_tail(mention) {
            let r = self.resolve(text, head, pos, description);
            // "Dr Rosa Lindqvist of the Norland Survey" is described by the survey alone.
            let tail_desc = match (r.description.as_deref(), description) {
                (Some(d), _) | (None, Some(d)) if !is_courtesy(d) => {
                    format!("{d} {tail}")
                }
                _ => tail.to_owned(),
            };
            return Resolved {
                name: r.name,
                description: Some(tail_desc),
            };
        }
        // "union steward Marta Ruiz": a role before a name describes it.
        if let Some((role, name)) = split_role(mention) {
            let r = self.resolve(text, &name, pos, Some(description.unwrap_or(&role)));
            return Resolved {
                description: r.description.or(Some(role)),
                name: r.name,
            };
        }
        let (bare, title) = strip_title(mention);
        // "WHO", "the DEA": an acronym of a body the article named in full.
        let acronym = bare.strip_prefix("the ").unwrap_or(&bare);
        if !acronym.contains(' ')
            && let Some(e) = self.index.expand_acronym(acronym, pos)
        {
            return Resolved {
                name: e.name.clone(),
                description: description.map(str::to_owned),
            };
        }
        if bare.split_whitespace().count() == 1 && looks_like_name(&bare) {
            let key = bare.to_lowercase();
            let hit = self
                .index
                .last_before(self.index.by_word.get(key.as_str()), pos + 1);
            if let Some(e) = hit {
                let e = self.index.fullest(e, pos + 1);
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
            // "Van Der Berg" after "Anna Van Der Berg": the end of a name given in full before.
            let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
            let suffix = format!(" {bare}");
            if let Some(k) = self.last_ending_with(&last, &suffix, pos + 1) {
                let e = self.index.fullest(&self.index.entities[k], pos + 1);
                return Resolved {
                    name: e.name.clone(),
                    description: description
                        .map(str::to_owned)
                        .or_else(|| e.description.clone())
                        .or(title),
                };
            }
            let hit = self
                .index
                .by_name
                .get(bare.as_str())
                .map(|&k| self.index.fullest(&self.index.entities[k], pos + 1));
            return Resolved {
                description: description
                    .map(str::to_owned)
                    .or_else(|| hit.and_then(|e| e.description.clone()))
                    .or(title),
                name: hit.map_or(bare, |e| e.name.clone()),
            };
        }
        let head = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
        // "his daughter said", after "His daughter, Lena Solberg, said": the person the
        // article described with that noun last.
        if words.len() == 2
            && matches!(words[0].to_lowercase().as_str(), "his" | "her" | "their")
            && let Some(e) = self
                .index
                .last_before(self.index.by_role.get(head.as_str()), pos)
            && e.kind == SourceKind::Person
            && e.description.as_deref().is_some_and(|d| {
                d.rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(&head))
            })
        {
            return Resolved {
                name: e.name.clone(),
                description: e.description.clone(),
            };
        }
        let determiner = words
            .first()
            .is_some_and(|w| ["the", "a", "an"].contains(&w.to_lowercase().as_str()));
        if determiner && let Some(site) = page_of(&words) {
            return plain(&site);
        }
        if determiner && words.len() >= 2 {
            // "the 14th-ranked Okafor": a name after its description.
            let named = words
                .iter()
                .rev()
                .take_while(|w| looks_like_name(w))
                .count();
            // "the Harbour's Ledger": a possessive that is part of a name, not a description.
            let owned = named == 1
                && words.len() == 3
                && looks_like_name(words[1].trim_end_matches("'s").trim_end_matches("’s"));
            if owned {
                return plain(&words[1..].join(" "));
            }
            // "the High Commissioner for Ocean Affairs": an office's name whole.
            let rest = &words[1..];
            let office_name = rest.len() >= 3
                && rest.first().is_some_and(|w| looks_like_name(w))
                && rest.last().is_some_and(|w| looks_like_name(w))
                && rest.iter().all(|w| {
                    looks_like_name(w) || matches!(*w, "of" | "for" | "the" | "and" | "on")
                })
                && rest.iter().any(|w| is_role(w) || is_org_word(w));
            if office_name {
                return plain(&rest.join(" "));
            }
            // "a spokeswoman for the Harbour Institute": the name is the object of the
            // role's preposition; the phrase as a whole is who speaks.
            let object = words.len() - named >= 2 && {
                let before = words[words.len() - named - 1].to_lowercase();
                ["the", "a", "an"].contains(&before.as_str()) || is_role_preposition(&before)
            };
            if (1..words.len() - 1).contains(&named) && !object {
                let name = words[words.len() - named..].join(" ");
                let role = words[1..words.len() - named].join(" ");
                let r = self.resolve(text, &name, pos, Some(description.unwrap_or(&role)));
                return Resolved {
                    description: r.description.or(Some(role)),
                    name: r.name,
                };
            }
            // "a new Harbour News poll", "the latest Kestria Institute survey": the document
            // goes by the name before it, without the words that only describe it.
            if (is_document_word(&head) || head == "poll") && named == 0 && words.len() >= 3 {
                let run = words[1..words.len() - 1]
                    .iter()
                    .rev()
                    .take_while(|w| looks_like_name(w))
                    .count();
                if run > 0 {
                    return plain(&words[words.len() - 1 - run..].join(" "));
                }
            }
            // "a report from Norland Credit Partners", "a survey by Ana Diaz": who issued it.
            if is_document_word(&head)
                && let Some(source) = issued_by(text, pos + mention.chars().count())
            {
                return self.resolve(text, &source, pos, None);
            }
            if is_document_word(&head)
                && let Some(owner) = self.document_owner(text, &head, pos)
            {
                return Resolved {
                    name: owner,
                    description: None,
                };
            }
            if let Some(e) = self
                .index
                .last_before(self.index.by_role.get(head.as_str()), pos)
            {
                return Resolved {
                    name: e.name.clone(),
                    description: e.description.clone(),
                };
            }
            // "the State Department": the name without its article; not "the Portuguese",
            // a nationality standing for someone.
            let rest = words[1..].join(" ");
            if looks_like_name(&rest) && !(words.len() == 2 && epithet(&head).is_some()) {
                return plain(&rest);
            }
            // "the drummer and poet": two epithets under one article are one person.
            let one_person = words.len() == 4
                && words[2] == "and"
                && epithet(&words[1].to_lowercase()).is_some()
                && epithet(&head).is_some();
            let definite = words[0].eq_ignore_ascii_case("the") && (words.len() <= 3 || one_person);
            // "the doctors warned", after "Doctors for Open Borders": a group whose name
            // holds the plural.
            if definite
                && words.len() == 2
                && head.len() > 3
                && head.ends_with('s')
                && !head.ends_with("ss")
                && let Some(r) = self.group_called(text, pos, &head)
            {
                return r;
            }
            // "the company said": the body the article last named, as the subject of its
            // sentence if one was ("United sacked its coach after losing to Rovers. … the
            // club said" is United).
            if definite
                && is_body_word(&head)
                && let Some(r) = self.body_called(text, pos, &head).or_else(|| {
                    // "the finance ministry": a body the words themselves name, not the last
                    // one named; "the authority" after "the port authority" is that one, so
                    // only a body the article named stands for it.
                    // "the union" after "the pilots' union": the body the article
                    // described so, not the last one it named.
                    let window = &text.chars[pos.saturating_sub(PRONOUN_REACH)..pos];
                    let described = described_body(window, &head);
                    if described.is_some() {
                        return described.map(name_only);
                    }
                    // "the ministry" is no body the article calls a union or a bank.
                    let fits = |r: &Resolved| !self.of_another_kind(r, &head, pos);
                    (words.len() == 2 && !only_named_body(&head))
                        .then(|| {
                            self.subject_organisation_before(text, pos)
                                .filter(fits)
                                .or_else(|| self.organisation_before(pos).filter(fits))
                                .or_else(|| lone_body_before(text, pos))
                        })
                        .flatten()
                })
            {
                return r;
            }
            // "the authors wrote", after "the authors of the study argued": the speaker named
            // in full before by the same head and what it is of.
            if definite
                && words.len() == 2
                && let Some(r) = self.of_phrase_before(pos, &head)
            {
                return r;
            }
            // An interview's answer: its main figure's, however many others it names.
            if definite
                && head == "interviewee"
                && let Some(r) = self.main_figure(pos)
            {
                return r;
            }
            // "the expert said", after "one legal expert": the phrase that introduced them.
            if definite && let Some(intro) = introduction(text, &head, pos) {
                // "he said" after the man's words: the phrase stands for a person, of the
                // gender its noun gives.
                if let Some(gender) = person_noun_gender(&head) {
                    self.kinds.insert(intro.clone(), SourceKind::Person);
                    self.genders.insert(intro.clone(), gender);
                }
                return plain(&intro);
            }
            // "the 61-year-old said", "said the actor": an epithet for the person the story
            // is about, when no one was introduced with it.
            if definite
                && let Some(gender) = epithet(&head)
                && let Some(r) = self.antecedent_of(pos, gender, true)
            {
                let epithet = words[1..].join(" ");
                return Resolved {
                    name: r.name,
                    description: r.description.or(Some(epithet)),
                };
            }
            // "the UN refugee agency": a body named by its words, without the article, as
            // the name it goes by elsewhere in the article.
            if words[0] == "the"
                && is_body_word(&head)
                && words[1..]
                    .iter()
                    .any(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                return plain(&words[1..].join(" "));
            }
        }
        plain(mention)
    }
}
