//! Resolving a speaker mention to a name: surnames to full names, roles to the person
//! introduced with them, pronouns to the nearest person of matching gender, documents to who
//! issued them, with the `Index` of names that `names` builds.

use super::attribution::{PRONOUNS, looks_like_name};
use super::names::{
    Gender, Index, gender_of, is_document_word, is_org_word, is_role, kind_of, may_be_organisation,
    split_role, strip_title,
};
use super::tokens::{Tok, ends_sentence, tokenize};
use crate::article::SourceKind;
use rustc_hash::FxHashMap;
use std::ops::Range;

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
const SUBJECT_LEAD: usize = 100;

/// How much nearer, in chars, a person counts for each time they were named before (up to
/// ten): the story's main figures stay in mind.
const MENTION_LEAD: usize = 20;

/// How far back, in chars, earlier mentions count towards a person's salience.
const SALIENCE_REACH: usize = 10_000;

/// How far back a pronoun looks for its person, in chars.
const PRONOUN_REACH: usize = 2000;

impl Resolver {
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
                    _ => kind_of(&r.name),
                };
                self.kinds.insert(r.name.clone(), k);
                k
            }
        };
        if !self.genders.contains_key(r.name.as_str()) {
            let (_, title) = strip_title(&r.name);
            let g = gender_of(&r.name, title.as_deref().or(r.description.as_deref()));
            self.genders.insert(r.name.clone(), g);
        }
        self.recent.push((pos, r.clone(), kind));
    }

    /// The nearest person before `pos` that a pronoun of this gender can refer to: one whose
    /// forename or title says the same gender if there is one within reach, else the nearest
    /// whose gender nothing tells. Organisations, documents and outlets never take "he" or
    /// "she".
    fn antecedent(&self, pos: usize, gender: Option<Gender>) -> Option<Resolved> {
        self.antecedent_of(pos, gender, false)
    }

    /// `antecedent`, or with `surely_person` only people whose name cannot be an
    /// organisation's ("Harbour Freight" reads like a person's name but may not be one).
    fn antecedent_of(
        &self,
        pos: usize,
        gender: Option<Gender>,
        surely_person: bool,
    ) -> Option<Resolved> {
        let person = |e: &super::names::Entity| {
            e.kind == SourceKind::Person && !(surely_person && may_be_organisation(e))
        };
        // How well a candidate fits: 2, the same gender known; 1, nothing known; 0, no fit.
        let fit = |name: &str| -> u8 {
            let known = self
                .genders
                .get(name)
                .copied()
                .flatten()
                .or_else(|| self.index.inferred_gender(name));
            match (gender, known) {
                (None, _) => 2,
                (Some(_), None) => 1,
                (Some(a), Some(b)) => 2 * u8::from(a == b),
            }
        };
        let mentions = &self.index.mentions;
        let end = mentions.partition_point(|(p, _, _)| *p < pos);
        // How often each person was named in the stretch before `pos` (up to ten times): the
        // story's main figures stay salient.
        let stretch = pos.saturating_sub(SALIENCE_REACH)..pos;
        let times = |k: usize| self.index.times_named(k, stretch.clone()).min(10);
        // Entities carry their gender, worked out once.
        let fit_known = |g: Option<Gender>| -> u8 {
            match (gender, g) {
                (None, _) => 2,
                (Some(_), None) => 1,
                (Some(a), Some(b)) => 2 * u8::from(a == b),
            }
        };
        // Candidates are scored by reference; only the winner's name is copied.
        enum Candidate<'a> {
            Named(&'a super::names::Entity),
            Spoken(&'a Resolved),
        }
        let named = mentions[..end]
            .iter()
            .zip(&self.index.fullest_at)
            .rev()
            .take_while(|((p, _, _), _)| pos - p <= PRONOUN_REACH)
            .map(|(&(p, k, subject), &full)| (p, k, &self.index.entities[k], subject, full))
            .filter(|(_, _, e, _, _)| person(e))
            .map(|(p, k, _, subject, full)| {
                // "Van Der Beek" after "James Van Der Beek": the fullest form.
                let e = &self.index.entities[full];
                let lead = if subject { SUBJECT_LEAD } else { 0 } + MENTION_LEAD * times(k);
                let known = e.gender.or_else(|| self.index.inferred_gender(&e.name));
                (fit_known(known), p + lead, Candidate::Named(e))
            });
        let spoken = self
            .speakers_before(pos)
            .filter(|(_, r, k)| {
                *k == SourceKind::Person
                    && !(surely_person
                        && self
                            .index
                            .by_name
                            .get(r.name.as_str())
                            .is_some_and(|&e| !person(&self.index.entities[e])))
            })
            .map(|(p, r, _)| (fit(&r.name), *p, Candidate::Spoken(r)));
        // The nearest fit, where a known gender counts as being nearer by `KNOWN_GENDER_LEAD`,
        // a sentence's subject by `SUBJECT_LEAD` and each earlier mention by `MENTION_LEAD`.
        let (_, _, best) = named
            .chain(spoken)
            .filter(|(f, _, _)| *f > 0)
            .max_by_key(|(f, p, _)| p + if *f == 2 { KNOWN_GENDER_LEAD } else { 0 })?;
        Some(match best {
            Candidate::Named(e) => Resolved {
                name: e.name.clone(),
                description: e.description.clone(),
            },
            Candidate::Spoken(r) => r.clone(),
        })
    }

    /// The speakers resolved before `pos` within a pronoun's reach, nearest first. They are
    /// remembered in reading order, so the walk stops once out of reach.
    fn speakers_before(
        &self,
        pos: usize,
    ) -> impl Iterator<Item = &(usize, Resolved, SourceKind)> + '_ {
        self.recent
            .iter()
            .rev()
            .skip_while(move |(p, _, _)| *p >= pos)
            .take_while(move |(p, _, _)| pos - p <= PRONOUN_REACH)
    }

    /// The organisation named or heard last before `pos`, within a pronoun's reach.
    fn organisation_before(&self, pos: usize) -> Option<Resolved> {
        let entities = &self.index.entities;
        let end = entities.partition_point(|e| e.start < pos);
        let named = entities[..end]
            .iter()
            .rev()
            .take_while(|e| pos - e.start <= PRONOUN_REACH)
            .find(|e| may_be_organisation(e))
            .map(|e| (e.start, e.name.clone()));
        let spoken = self
            .speakers_before(pos)
            .find(|(_, _, k)| *k == SourceKind::Organization)
            .map(|(p, r, _)| (*p, r.name.clone()));
        let (_, name) = named.into_iter().chain(spoken).max_by_key(|(p, _)| *p)?;
        Some(Resolved {
            name,
            description: None,
        })
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
        let lower = mention.to_lowercase();
        let words: Vec<&str> = mention.split_whitespace().collect();
        let plain = |name: &str| Resolved {
            name: name.to_owned(),
            description: description.map(str::to_owned),
        };
        // "his claim that …": the possessive stands for its pronoun.
        let lower = match lower.as_str() {
            "his" => "he".to_owned(),
            "her" => "she".to_owned(),
            "their" => "they".to_owned(),
            "its" => "it".to_owned(),
            _ => lower,
        };
        if PRONOUNS.contains(&lower.as_str()) {
            let gender = match lower.as_str() {
                "he" => Some(Gender::Male),
                "she" => Some(Gender::Female),
                // "it said", "they said in a statement": the body last named.
                "it" | "they" => {
                    return self
                        .organisation_before(pos)
                        .unwrap_or_else(|| plain(mention));
                }
                _ => return plain(mention),
            };
            return self
                .antecedent(pos, gender)
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
            let tail_desc = match (r.description.as_deref(), description) {
                (Some(d), _) | (None, Some(d)) => format!("{d} {tail}"),
                (None, None) => tail.to_owned(),
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
                .last_before(self.index.by_word.get(key.as_str()), pos + 1, |_| true);
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
            if let Some(e) =
                self.index
                    .last_before(self.index.by_word.get(last.as_str()), pos + 1, |e| {
                        e.name.ends_with(&suffix)
                    })
            {
                let e = self.index.fullest(e, pos + 1);
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
        let determiner = words
            .first()
            .is_some_and(|w| ["the", "a", "an"].contains(&w.to_lowercase().as_str()));
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
            if (1..words.len() - 1).contains(&named) {
                let name = words[words.len() - named..].join(" ");
                let role = words[1..words.len() - named].join(" ");
                let r = self.resolve(text, &name, pos, Some(description.unwrap_or(&role)));
                return Resolved {
                    description: r.description.or(Some(role)),
                    name: r.name,
                };
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
            if let Some(e) =
                self.index
                    .last_before(self.index.by_role.get(head.as_str()), pos, |_| true)
            {
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
            let definite = words[0].eq_ignore_ascii_case("the") && words.len() <= 3;
            // "the company said": the body the article last named.
            if definite
                && is_body_word(&head)
                && let Some(r) = self.organisation_before(pos)
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

    /// Who issued a document, when that was said before `pos`: the subject of the first
    /// sentence with such a document and a speech or release verb ("the UN human rights office
    /// said in a report").
    fn document_owner(&mut self, text: &Text, head: &str, pos: usize) -> Option<String> {
        // One scan of the paragraphs serves every kind of document: each paragraph is read
        // once, however many documents the article names.
        while !self.owners.contains_key(head)
            && self.owner_scan < text.paragraphs.len()
            && text.paragraphs[self.owner_scan].start < pos
        {
            let toks = tokenize(text.chars, text.paragraphs[self.owner_scan].clone());
            self.owner_scan += 1;
            let mut start = 0;
            for i in 0..toks.len() {
                if is_document_word(&toks[i].lower)
                    && !self.owners.contains_key(toks[i].lower.as_str())
                    && let Some(subject) = subject_of(&toks[start..], i - start, text.chars)
                {
                    self.owners
                        .insert(toks[i].lower.to_string(), (toks[start].span.start, subject));
                }
                if ends_sentence(&toks, i) {
                    start = i + 1;
                }
            }
        }
        match self.owners.get(head) {
            Some((at, owner)) if *at < pos => Some(owner.clone()),
            _ => None,
        }
    }
}

/// The name after "from" or "by" right after a document's phrase ending at `end`: "a report
/// from Norland Credit Partners", "a survey by Ana Diaz".
fn issued_by(text: &Text, end: usize) -> Option<String> {
    let rest: String = text.chars[end.min(text.chars.len())..text.chars.len().min(end + 120)]
        .iter()
        .collect();
    let rest = rest
        .strip_prefix(" from ")
        .or_else(|| rest.strip_prefix(" by "))?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let name: Vec<&str> = rest
        .split_whitespace()
        .take_while(|w| looks_like_name(w.trim_end_matches([',', '.', ';', ':'])))
        .take(6)
        .collect();
    let name = name.join(" ");
    let name = name.trim_end_matches([',', '.', ';', ':']);
    (!name.is_empty()).then(|| name.to_owned())
}

/// Whether `head` is an epithet a story uses for its main figure once named ("the actor", "the
/// 61-year-old", "the veteran striker"), with the gender it gives: `Some(None)` for an epithet
/// that gives none. Roles that usually belong to someone else in the story (the spokesman, the
/// judge, the expert) are not epithets: they are introduced or named.
fn epithet(head: &str) -> Option<Option<Gender>> {
    if let Some(age) = head.strip_suffix("-year-old")
        && !age.is_empty()
        && age.chars().all(|c| c.is_ascii_digit())
    {
        return Some(None);
    }
    let gender = match head {
        "actress" | "businesswoman" | "congresswoman" | "sportswoman" | "chairwoman"
        | "heiress" | "songstress" => Some(Gender::Female),
        "businessman" | "congressman" | "sportsman" | "chairman" => Some(Gender::Male),
        "actor" | "singer" | "star" | "superstar" | "rapper" | "musician" | "comedian"
        | "novelist" | "filmmaker" | "player" | "striker" | "midfielder" | "goalkeeper"
        | "quarterback" | "pitcher" | "coach" | "manager" | "boss" | "veteran" | "champion"
        | "athlete" | "billionaire" | "entrepreneur" | "mogul" | "tycoon" | "lawmaker"
        | "politician" | "legend" | "icon" | "chef" | "designer" | "artist" | "songwriter"
        | "frontman" | "skipper" | "captain" | "youngster" | "teenager" | "founder" => None,
        _ => return None,
    };
    Some(gender)
}

/// Heads of phrases that stand for an organisation ("the company", "the group").
fn is_body_word(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "group"
            | "firm"
            | "organization"
            | "organisation"
            | "agency"
            | "ministry"
            | "department"
            | "union"
            | "party"
            | "campaign"
            | "government"
            | "team"
            | "club"
            | "league"
            | "university"
            | "school"
            | "hospital"
            | "network"
            | "bank"
            | "office"
            | "committee"
            | "council"
            | "board"
            | "association"
            | "studio"
            | "label"
            | "retailer"
            | "airline"
            | "charity"
            | "carrier"
            | "startup"
            | "publisher"
            | "broadcaster"
    )
}

/// The indefinite phrase that introduced what "the HEAD" refers to, within a pronoun's reach
/// before `pos`: "one legal expert", "a 43-year-old fisherman", "an official".
fn introduction(text: &Text, head: &str, pos: usize) -> Option<String> {
    let from = pos.saturating_sub(2 * PRONOUN_REACH);
    let para = text.paragraphs.partition_point(|p| p.end <= from);
    let start = text
        .paragraphs
        .get(para)
        .map_or(from, |p| p.start.max(from));
    // The last time the word stands alone before `pos`, found in the chars; only the few
    // words before it are tokenized (4,000 chars tokenized for every "the expert" cost more
    // than the rest of the analysis).
    let at = last_word_at(&text.chars[start..pos], head)? + start;
    if let Some(intro) = introduced_at(text, head, at, start) {
        return Some(intro);
    }
    // "the man" again and again in a story about one man: the phrase that introduced him may
    // be far back, before all the times he was "the man". Only a person's noun reaches that
    // far: "the expert" of one paragraph is seldom the expert of another.
    if !is_person_noun(head) {
        return None;
    }
    let far = pos.saturating_sub(INTRODUCTION_REACH);
    let mut end = at;
    while let Some(at) = last_word_at(&text.chars[far..end], head).map(|a| a + far) {
        if let Some(intro) = introduced_at(text, head, at, far) {
            return Some(intro);
        }
        end = at;
    }
    None
}

/// The head of a mention that goes on with a participle and a preposition ("the authors of
/// the study published in …", "a nurse based at …"), or ends with the participle: the words
/// before the participle.
fn reduced_relative(mention: &str) -> Option<&str> {
    let mut words = mention.split_whitespace().peekable();
    let mut at = 0;
    let mut count = 0;
    while let Some(w) = words.next() {
        let start = at + mention[at..].find(w)?;
        at = start + w.len();
        count += 1;
        // Only the verbs that put a work out: "people involved in the talks" are described
        // by the phrase, not merely placed.
        let participle = count >= 3
            && matches!(
                w,
                "published"
                    | "released"
                    | "issued"
                    | "filed"
                    | "posted"
                    | "conducted"
                    | "commissioned"
                    | "presented"
                    | "submitted"
                    | "produced"
                    | "compiled"
            );
        // Its phrase may be cut off from the mention: "… published" at the end.
        let preposition = words
            .peek()
            .is_none_or(|n| matches!(*n, "in" | "by" | "at" | "on" | "from" | "with"));
        if participle && preposition {
            return Some(mention[..start].trim_end());
        }
    }
    None
}

/// How far back, in chars, "the man" looks for the phrase that introduced him.
const INTRODUCTION_REACH: usize = 20_000;

/// The indefinite phrase ending with `head` at char `at` ("a 43-year-old fisherman"), reading
/// no further back than `start`.
fn introduced_at(text: &Text, head: &str, at: usize, start: usize) -> Option<String> {
    let toks = tokenize(
        text.chars,
        at.saturating_sub(80).max(start)..at + head.chars().count(),
    );
    let k = (0..toks.len()).rev().find(|&k| toks[k].lower == head)?;
    // The determiner at most four words back, with only words between.
    let j = (k.saturating_sub(4)..k)
        .rev()
        .take_while(|&j| toks[j].is_word)
        .find(|&j| matches!(toks[j].lower.as_str(), "a" | "an" | "one"))?;
    Some(
        text.chars[toks[j].span.start..toks[k].span.end]
            .iter()
            .collect(),
    )
}

/// Nouns for a person that a story keeps using for the one it is about, with the gender each
/// gives.
fn person_noun_gender(head: &str) -> Option<Option<Gender>> {
    Some(match head {
        "man" | "boy" | "father" | "husband" | "son" | "brother" | "grandfather" => {
            Some(Gender::Male)
        }
        "woman" | "girl" | "mother" | "wife" | "daughter" | "sister" | "grandmother" => {
            Some(Gender::Female)
        }
        "patient" | "victim" | "resident" | "driver" | "passenger" | "survivor" | "teenager"
        | "worker" | "customer" | "student" | "owner" | "farmer" | "witness" | "neighbour"
        | "neighbor" | "child" | "person" => None,
        _ => return None,
    })
}

fn is_person_noun(head: &str) -> bool {
    person_noun_gender(head).is_some()
}

/// Where `word` (lowercase) last stands as a whole word in `chars`, case ignored.
fn last_word_at(chars: &[char], word: &str) -> Option<usize> {
    let w: Vec<char> = word.chars().collect();
    let n = w.len();
    if n == 0 || chars.len() < n {
        return None;
    }
    // A joining mark between letters ("state-owned", "U.S.") makes one word of both sides.
    let joins = |c: char| matches!(c, '-' | '\'' | '’' | '.' | '&');
    (0..=chars.len() - n).rev().find(|&i| {
        chars[i..i + n]
            .iter()
            .zip(&w)
            .all(|(c, l)| c == l || c.to_lowercase().eq(std::iter::once(*l)))
            && (i == 0
                || !(chars[i - 1].is_alphanumeric()
                    || (joins(chars[i - 1]) && i >= 2 && chars[i - 2].is_alphanumeric())))
            && chars.get(i + n).is_none_or(|&c| !c.is_alphanumeric())
    })
}

/// A name followed by a phrase that places the person ("… Rosa Lindqvist of the Norland
/// Survey", "… Ivo Brandt at the harbour office"): the part up to the name, and the phrase.
fn split_tail(mention: &str) -> Option<(&str, &str)> {
    for prep in [" of ", " at ", " from ", " with ", " for "] {
        if let Some(at) = mention.find(prep) {
            let head = &mention[..at];
            let last = head.split_whitespace().last()?;
            let capital_first = head.chars().next().is_some_and(char::is_uppercase);
            // "Secretary of State …" and "the University of …" are names whole; a name first
            // and the phrase after it is not.
            if looks_like_name(last) && (head.split_whitespace().count() >= 2 || !capital_first) {
                let head_words: Vec<&str> = head.split_whitespace().collect();
                let named = head_words
                    .iter()
                    .rev()
                    .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .count();
                // "the High Commissioner for Ocean Affairs", "the Office of the Auditor
                // General": an office or a body whose name goes on after the preposition.
                let tail_named = mention[at + prep.len()..]
                    .split_whitespace()
                    .skip_while(|w| *w == "the")
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase));
                let office = tail_named && (is_role(last) || is_org_word(last));
                if named >= 1 && !office && !is_document_word(&last.to_lowercase()) {
                    return Some((head, mention[at + 1..].trim()));
                }
            }
        }
    }
    None
}

/// The subject of the speech or release verb before token `doc`: "X said in a report".
fn subject_of(sentence: &[Tok], doc: usize, chars: &[char]) -> Option<String> {
    const RELEASE: &[&str] = &["said", "says", "released", "published", "issued"];
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
