//! Which person or body before a position a pronoun or a bare role can stand for.

use super::*;
use crate::quotes::languages::Pronoun;

impl Resolver {
    /// The person a pronoun of another language stands for (`dijo él`), or for a plural one
    /// the body last named (`ils ont dit`); the pronoun itself when there is none.
    pub fn pronoun_before(&self, pos: usize, pronoun: Pronoun, mention: &str) -> Resolved {
        match pronoun {
            Pronoun::One(gender) => self.antecedent(pos, gender),
            Pronoun::Group => self.organisation_before(pos),
        }
        .unwrap_or_else(|| name_only(mention.to_owned()))
    }

    /// The nearest person before `pos` that a pronoun of this gender can refer to: one whose
    /// forename or title says the same gender if there is one within reach, else the nearest
    /// whose gender nothing tells. Organisations, documents and outlets never take "he" or
    /// "she".
    pub(super) fn antecedent(&self, pos: usize, gender: Option<Gender>) -> Option<Resolved> {
        self.antecedent_of(pos, gender, false)
    }

    /// The speaker a pronoun at `pos` goes on from: the last one resolved, when that was in the
    /// same paragraph (from `from`), a person the pronoun's gender fits, and no other person
    /// was named since ("A witness told the Post she had heard shouting. “…,” she said.").
    pub fn continuing_speaker(
        &self,
        pos: usize,
        from: usize,
        gender: Option<Gender>,
    ) -> Option<Resolved> {
        let (p, r, kind) = self.recent.iter().rev().find(|(p, _, _)| *p < pos)?;
        if *p < from || *kind != SourceKind::Person {
            return None;
        }
        let known = self.genders.get(r.name.as_str()).copied().flatten();
        if let (Some(a), Some(b)) = (gender, known)
            && a != b
        {
            return None;
        }
        let mentions = &self.index.mentions;
        let lo = mentions.partition_point(|(m, _, _)| *m <= *p);
        let hi = mentions.partition_point(|(m, _, _)| *m < pos);
        let other = mentions[lo..hi.max(lo)].iter().any(|&(_, k, _)| {
            let e = &self.index.entities[k];
            e.kind == SourceKind::Person && self.index.fullest(e, pos).name != r.name
        });
        (!other).then(|| r.clone())
    }

    /// The story's main figure before `pos`, for an interview's answers: the person its first
    /// sentence naming someone has as subject, or else the person named most often.
    pub(super) fn main_figure(&self, pos: usize) -> Option<Resolved> {
        let mentions = &self.index.mentions;
        let end = mentions.partition_point(|(p, _, _)| *p < pos);
        let person = |k: usize| self.surely_a_person(&self.index.entities[k]);
        let k = self.lede_figure(end).or_else(|| {
            let mut counts: rustc_hash::FxHashMap<usize, usize> = Default::default();
            for (_, &full) in mentions[..end].iter().zip(&self.index.fullest_at) {
                if person(full) {
                    *counts.entry(full).or_default() += 1;
                }
            }
            // The most named; the first named among equals.
            counts
                .into_iter()
                .max_by_key(|&(k, n)| (n, std::cmp::Reverse(k)))
                .map(|(k, _)| k)
        })?;
        let e = &self.index.entities[k];
        Some(Resolved {
            name: e.name.clone(),
            description: e.description.clone(),
        })
    }

    /// The story's lede figure among the first `end` mentions: the fullest form of the first
    /// person named, when that mention is its sentence's subject.
    fn lede_figure(&self, end: usize) -> Option<usize> {
        self.index.mentions[..end]
            .iter()
            .zip(&self.index.fullest_at)
            .find(|((_, k, _), _)| self.surely_a_person(&self.index.entities[*k]))
            .filter(|((_, _, subject), _)| *subject)
            .map(|(_, &full)| full)
    }

    /// `antecedent`, or with `surely_person` only people whose name cannot be an
    /// organisation's ("Harbour Freight" reads like a person's name but may not be one).
    pub(super) fn antecedent_of(
        &self,
        pos: usize,
        gender: Option<Gender>,
        surely_person: bool,
    ) -> Option<Resolved> {
        let person = |e: &crate::quotes::names::Entity| {
            e.kind == SourceKind::Person && (!surely_person || self.surely_a_person(e))
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
            Named(&'a crate::quotes::names::Entity),
            Spoken(&'a Resolved),
        }
        // "the 56-year-old said": an epithet stands for the story's main figure, who is
        // the subject of its first sentence that names a person.
        let lede = surely_person.then(|| self.lede_figure(end)).flatten();
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
                let lead = if subject { SUBJECT_LEAD } else { 0 }
                    + MENTION_LEAD * times(k)
                    + if lede == Some(full) { LEDE_LEAD } else { 0 };
                let known = e.gender.or_else(|| self.index.inferred_gender(&e.name));
                (fit_known(known), p + lead, Candidate::Named(e))
            });
        let spoken = self
            .speakers_before(pos)
            .filter(|(_, r, k)| {
                *k == SourceKind::Person
                    // An epithet ("the manager") stands for someone named, not for a phrase
                    // such as "my husband".
                    && (!surely_person || crate::quotes::attribution::looks_like_name(&r.name))
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

    /// "Berg and Hale met. The former said …": of the last two people named before `pos`
    /// (within a sentence or two), the first for "the former", the second for "the latter".
    pub(super) fn former_or_latter(&self, pos: usize, latter: bool) -> Option<Resolved> {
        const REACH: usize = 400;
        let mentions = &self.index.mentions;
        let end = mentions.partition_point(|(p, _, _)| *p < pos);
        let mut two: Vec<usize> = Vec::with_capacity(2);
        for (&(p, _, _), &full) in mentions[..end].iter().zip(&self.index.fullest_at).rev() {
            if pos - p > REACH || two.len() == 2 {
                break;
            }
            if self.index.entities[full].kind == SourceKind::Person && !two.contains(&full) {
                two.push(full);
            }
        }
        // Nearest first: the latter, then the former.
        let k = *two.get(usize::from(!latter)).filter(|_| two.len() == 2)?;
        let e = &self.index.entities[k];
        Some(Resolved {
            name: e.name.clone(),
            description: e.description.clone(),
        })
    }

    /// The speakers resolved before `pos` within a pronoun's reach, nearest first. They are
    /// remembered in reading order, so the walk stops once out of reach.
    pub(super) fn speakers_before(
        &self,
        pos: usize,
    ) -> impl Iterator<Item = &(usize, Resolved, SourceKind)> + '_ {
        self.recent
            .iter()
            .rev()
            .skip_while(move |(p, _, _)| *p >= pos)
            .take_while(move |(p, _, _)| pos - p <= PRONOUN_REACH)
    }

    /// The entities named before `pos` within `reach` chars, nearest first.
    pub(super) fn named_before(
        &self,
        pos: usize,
        reach: usize,
    ) -> impl Iterator<Item = &crate::quotes::names::Entity> + '_ {
        let entities = &self.index.entities;
        let end = entities.partition_point(|e| e.start < pos);
        entities[..end]
            .iter()
            .rev()
            .take_while(move |e| pos - e.start <= reach)
    }

    /// The body named last before `pos`, within a pronoun's reach, whose name holds `head`
    /// ("the office" after "the Norland Auditor's Office").
    pub(super) fn body_called(&self, text: &Text, pos: usize, head: &str) -> Option<Resolved> {
        self.named_before(pos, PRONOUN_REACH)
            .find(|e| {
                e.name.split_whitespace().count() >= 2
                    && e.name
                        .split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case(head))
            })
            .map(|e| e.name.clone())
            .or_else(|| body_in_text(&text.chars[pos.saturating_sub(PRONOUN_REACH)..pos], head))
            .map(name_only)
    }

    /// The group named last before `pos`, within a story's stretch, whose name opens with
    /// the plural `head` ("Doctors for Open Borders" for "doctors").
    pub(super) fn group_called(&self, text: &Text, pos: usize, head: &str) -> Option<Resolved> {
        self.named_before(pos, SALIENCE_REACH)
            .find(|e| {
                let mut w = e.name.split_whitespace();
                w.next().is_some_and(|f| f.eq_ignore_ascii_case(head)) && w.next().is_some()
            })
            .map(|e| e.name.clone())
            .or_else(|| group_in_text(&text.chars[pos.saturating_sub(GROUP_TEXT_REACH)..pos], head))
            .map(name_only)
    }

    /// A person whose name cannot be an organisation's ("Harbour Freight" reads like a person's
    /// name but may not be one), or that the article's "he" or "she" has shown to be one.
    fn surely_a_person(&self, e: &crate::quotes::names::Entity) -> bool {
        e.kind == SourceKind::Person
            && (!may_be_organisation(e) || self.index.inferred_gender(&e.name).is_some())
    }

    /// The organisation named last before `pos`, within a pronoun's reach, that opened its
    /// sentence: the body the sentence was about.
    pub(super) fn subject_organisation_before(&self, text: &Text, pos: usize) -> Option<Resolved> {
        let opens_sentence = |at: usize| {
            let before = text.chars[..at.min(text.chars.len())]
                .iter()
                .rev()
                .find(|c| !c.is_whitespace() || **c == '\n');
            before.is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '"' | '“' | '”'))
        };
        self.named_before(pos, PRONOUN_REACH)
            .find(|e| may_be_organisation(e) && opens_sentence(e.start))
            .map(|e| name_only(e.name.clone()))
    }

    /// Whether the body `r` is named or described as a kind of body other than `head` ("the
    /// ministry" after "a smaller union, Teach Now"); a general word ("the company", "the
    /// group") fits any body.
    pub(super) fn of_another_kind(&self, r: &Resolved, head: &str, pos: usize) -> bool {
        let general = |w: &str| {
            matches!(
                w,
                "company" | "firm" | "group" | "organization" | "organisation" | "business"
            )
        };
        if general(head) {
            return false;
        }
        let entity_description = self
            .index
            .by_name
            .get(r.name.as_str())
            .and_then(|&k| self.index.entities[k].description.as_deref());
        // What the article said of the body when it spoke ("A smaller union, Teach Now, said").
        let spoken_description = self
            .speakers_before(pos)
            .find(|(_, x, _)| x.name.starts_with(r.name.as_str()))
            .and_then(|(_, x, _)| x.description.as_deref());
        [
            Some(r.name.as_str()),
            r.description.as_deref(),
            entity_description,
            spoken_description,
        ]
        .into_iter()
        .flatten()
        .flat_map(str::split_whitespace)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .any(|w| w != head && is_body_word(&w) && !general(&w))
    }

    /// The organisation named or heard last before `pos`, within a pronoun's reach.
    pub(super) fn organisation_before(&self, pos: usize) -> Option<Resolved> {
        let named = self
            .named_before(pos, PRONOUN_REACH)
            .find(|e| may_be_organisation(e))
            .map(|e| (e.start, e.name.clone()));
        let spoken = self
            .speakers_before(pos)
            .find(|(_, _, k)| *k == SourceKind::Organization)
            .map(|(p, r, _)| (*p, r.name.clone()));
        let (_, name) = named.into_iter().chain(spoken).max_by_key(|(p, _)| *p)?;
        Some(name_only(name))
    }
}
