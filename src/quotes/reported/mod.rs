//! Reported speech: what a source said, wrote, thought or showed, in the text's own words
//! ("Lund said the bridge would reopen", "the bridge will reopen, Lund said", "according to
//! the ministry, the bridge …"). Each attribution has its content (one or two pieces), its
//! source phrase and its cue, which takes the auxiliaries, negation and adverbs between the
//! source and the verb ("has long argued", "did not say"), as news annotation does.

mod according;
mod content;
mod participles;
mod patterns;
mod source;
mod transcript;
mod words;

use super::lexicon::{DAYS, MONTHS, WordSet, is_report_verb};
use super::tokens::{Tok, ends_sentence};
use crate::quotes::attribution::{
    Attribution, Phrase, is_double_mark, noun_after_determiner, np_backward, np_forward, phrase,
};
use according::*;
use content::*;
use participles::*;
use patterns::*;
use source::*;
use std::ops::Range;
pub(in crate::quotes) use transcript::{is_question, transcript_label};
use words::*;

/// One reported attribution found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    /// The content's pieces, in text order, as char spans trimmed of outer punctuation.
    pub content: Vec<Range<usize>>,
    pub attribution: Attribution,
}

impl Reported {
    fn new(
        content: Vec<Range<usize>>,
        speaker: Option<Phrase>,
        description: Option<String>,
        cue: Phrase,
    ) -> Reported {
        Reported {
            content,
            attribution: Attribution {
                speaker,
                description,
                cue,
            },
        }
    }
}

pub(super) fn is_aux(t: &Tok) -> bool {
    t.is_word && !t.capitalised() && AUXILIARIES.contains(&t.lower.as_str())
}

/// A word that can be the cue verb of reported speech at `i`.
pub(super) fn is_cue_verb(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    // Called on every token: the cheap tests first, the lexicon's after them.
    if !t.is_word || t.capitalised() {
        return false;
    }
    let phrasal = || {
        matches!(
            t.lower.as_str(),
            "point" | "points" | "pointed" | "pointing"
        ) && toks.get(i + 1).is_some_and(|n| n.lower == "out")
            && toks.get(i + 2).is_some_and(|n| n.lower == "that")
    };
    // "pointed to the survey", "referred to Lund as a friend": what is pointed or referred
    // to is the content (not "points to 8" in a score).
    let to_object = || {
        matches!(
            t.lower.as_str(),
            "point"
                | "points"
                | "pointed"
                | "pointing"
                | "refer"
                | "refers"
                | "referred"
                | "referring"
                | "allude"
                | "alludes"
                | "alluded"
                | "alluding"
        ) && toks.get(i + 1).is_some_and(|n| n.lower == "to")
            && toks
                .get(i + 2)
                .is_some_and(|n| n.is_word && !n.first.is_ascii_digit())
            && !(i > 0 && toks[i - 1].first.is_ascii_digit())
    };
    let light = || {
        LIGHT_VERBS.contains(&t.lower.as_str())
            && toks
                .get(i + 1)
                .is_some_and(|n| STANCE_NOUNS.contains(&n.lower.as_str()))
    };
    (is_report_verb(&t.lower) || phrasal() || light() || to_object())
        && !noun_after_determiner(toks, i)
        && !crate::quotes::attribution::after_plural_determiner(toks, i)
        // passive: "was criticised by"
        && toks.get(i + 1).is_none_or(|n| n.lower != "by")
        && !plural_noun(toks, i)
        && !crate::quotes::attribution::participle_as_adjective(toks, i)
        // "faced calls to resign", "issued warnings": a form in -s right after a past verb is
        // its object, a plural noun.
        && !(t.lower.ends_with('s')
            && i > 0
            && (crate::quotes::attribution::looks_like_past_or_participle(&toks[i - 1])
                || crate::quotes::attribution::is_irregular_past(&toks[i - 1]))
            && !toks[i - 1].lower.ends_with("ing"))
        && !crate::quotes::attribution::compound_noun(toks, i)
        && !after_preposition(toks, i)
}

/// "amid calls for calm", "of claims that": a verb's form right after a preposition is a
/// noun; a form in -ing there is a gerund that still reports ("after saying that"), and a
/// past form after a capitalised one follows a name ("Amid agreed that …").
fn after_preposition(toks: &[Tok], i: usize) -> bool {
    #[rustfmt::skip]
    static BEFORE_NOUN: WordSet = WordSet::new(&[
        "alongside", "amid", "despite", "with", "without", "among", "against", "of", "for",
        "about", "over", "following", "after", "before", "on", "in", "from", "at",
    ]);
    i > 0
        && !toks[i].lower.ends_with("ing")
        && !(toks[i - 1].capitalised() && toks[i].lower.ends_with("ed"))
        && BEFORE_NOUN.contains(&toks[i - 1].lower.as_str())
}

/// A form in -s followed by a verb or a joining word reads as a plural noun: "the rules
/// should", "the night calls went", "our fears and hopes".
fn plural_noun(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    t.lower.ends_with('s')
        && !matches!(t.lower.as_str(), "says" | "tells" | "asks")
        && toks.get(i + 1).is_some_and(|n| {
            n.is_word
                && matches!(
                    n.lower.as_str(),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "will"
                        | "would"
                        | "should"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "must"
                        | "have"
                        | "has"
                        | "had"
                        | "came"
                        | "come"
                        | "and"
                        | "or"
                        | "of"
                        | "from"
                        | "as"
                        | "went"
                        | "remain"
                        | "remained"
                        | "appear"
                        | "seem"
                        | "made"
                        | "did"
                        | "do"
                )
        })
}

/// Reported speech in a headline, `span` of the text. A headline in title case capitalises its
/// verbs ("Mayor Says Pier Will Reopen"): there they are read as the verbs they are.
pub fn headline(chars: &[char], span: Range<usize>) -> Vec<Reported> {
    let mut toks = super::tokens::tokenize(chars, span);
    let words = toks.iter().filter(|t| t.is_word).count();
    let caps = toks.iter().filter(|t| t.capitalised()).count();
    if words >= 3 && caps * 10 >= words * 6 {
        for t in toks.iter_mut().skip(1) {
            // "Norland Must Decide If It Wants": auxiliaries, conjunctions and pronouns too,
            // or they join the subject.
            if t.capitalised()
                && (is_report_verb(&t.lower)
                    || AUXILIARIES.contains(&t.lower.as_str())
                    || CLAUSE_OPENERS.contains(&t.lower.as_str())
                    || matches!(
                        t.lower.as_str(),
                        "he" | "she" | "it" | "they" | "we" | "you"
                    ))
            {
                t.first = t.first.to_lowercase().next().unwrap_or(t.first);
            }
        }
    }
    let mut out = find(chars, &toks, &[]);
    // "Mayor: Pier Will Reopen in May": a short name and a colon say who speaks.
    if let Some(colon) = toks.iter().position(|t| t.is_punct(':'))
        && (1..=4).contains(&colon)
        && toks[..colon].iter().all(|t| t.is_word || t.is_punct('.'))
        // "A: …" is a letter, no one's name.
        && toks[..colon].iter().map(|t| t.lower.chars().count()).sum::<usize>() >= 2
        && toks[0].capitalised()
        // "Analysis: …", "Update 3: …", "Story 12: …": a kicker or a label, no speaker.
        && !toks[..colon].iter().any(|t| t.lower.chars().any(|c| c.is_ascii_digit()))
        && !HEADLINE_KICKERS.contains(&toks[0].lower.as_str())
        && let Some(content) = content::span_of(&toks, colon + 1..toks.len())
        && let (Some(speaker), Some(cue)) = (
            phrase(&toks, 0..colon, chars),
            phrase(&toks, colon..colon + 1, chars),
        )
        && toks[colon + 1..].iter().filter(|t| t.is_word).count() >= 3
    {
        // What was found across the colon misread the label as part of a sentence; what
        // the content itself reports stays ("Berg: Lund Says Pier Is Safe").
        out.retain(|r| {
            r.attribution
                .speaker
                .as_ref()
                .is_some_and(|p| p.span.start > cue.span.start)
        });
        out.insert(0, Reported::new(vec![content], Some(speaker), None, cue));
    }
    out
}

/// Words that open a headline's label before a colon ("Opinion: …", "Watch: …").
#[rustfmt::skip]
pub(super) static HEADLINE_KICKERS: WordSet = WordSet::new(&[
    "analysis", "opinion", "update", "updated", "live", "watch", "video", "photos", "review",
    "exclusive", "breaking", "editorial", "explainer", "podcast", "letters", "comment",
    "commentary", "interview", "factbox", "timeline", "correction", "obituary", "listen",
    "recap", "preview", "report", "special", "poll", "quiz", "story", "chapter", "part",
]);

/// The source is a news outlet the built-in table knows ("AP", "The Associated Press").
fn is_outlet(r: &Reported) -> bool {
    r.attribution.speaker.as_ref().is_some_and(|p| {
        let bare = p.text.strip_prefix("the ").unwrap_or(&p.text);
        super::lexicon::Outlets::builtin().lookup(bare).is_some()
            || super::lexicon::Outlets::builtin().lookup(&p.text).is_some()
    })
}

/// For each token of a sentence, whether it lies inside quotation marks (the quoted spans;
/// doubled apostrophes used as marks were made marks before, by `marks::normalise_doubled`).
pub(super) fn inside_marks(s: &[Tok], quoted: &[Range<usize>]) -> Vec<bool> {
    s.iter().map(|t| in_quotes(quoted, t)).collect()
}

/// Whether a token lies inside one of the quoted spans.
pub(super) fn in_quotes(quoted: &[Range<usize>], t: &Tok) -> bool {
    let k = quoted.partition_point(|r| r.end <= t.span.start);
    quoted.get(k).is_some_and(|r| r.start <= t.span.start)
}

/// Every reported attribution in one paragraph's tokens. `quoted` holds the spans between
/// quotation marks in text order; words inside them are someone's own words, not reported.
pub fn find(chars: &[char], toks: &[Tok], quoted: &[Range<usize>]) -> Vec<Reported> {
    let mut out = Vec::new();
    let inside = inside_marks(toks, quoted);
    let mut start = 0;
    for i in 0..toks.len() {
        if i < start {
            continue;
        }
        // A full stop inside a quotation ends no sentence of the writer's: the quotation and
        // the attribution after it stay together.
        if (ends_sentence(toks, i) && (!inside[i] || closes_partial(toks, i)))
            || i + 1 == toks.len()
        {
            // A closing mark or bracket right after the full stop belongs to this sentence.
            let mut end = i + 1;
            while toks.get(end).is_some_and(|t| {
                (is_double_mark(t) || t.is_punct(')')) && t.span.start == toks[end - 1].span.end
            }) {
                end += 1;
            }
            sentence(chars, toks, start..end, &inside[start..end], &mut out);
            start = end;
        }
    }
    out
}

/// A full stop at `i` inside a quotation that was opened mid-sentence and closes right after
/// it, with a capitalised word next (`called the plan “reckless.” Quist said …`): the writer's
/// sentence ends with the quotation.
fn closes_partial(toks: &[Tok], i: usize) -> bool {
    let closing = toks.get(i + 1).is_some_and(is_double_mark);
    let next_opens = toks
        .get(i + 2)
        .is_some_and(|n| n.is_word && n.capitalised());
    if !(closing && next_opens) {
        return false;
    }
    let Some(open) = (i.saturating_sub(60)..i)
        .rev()
        .find(|&k| is_double_mark(&toks[k]))
    else {
        return false;
    };
    open > 0 && toks[open - 1].is_word
}

/// The attributions of one sentence, tokens `range` of the paragraph.
pub(super) fn sentence(
    chars: &[char],
    all: &[Tok],
    range: Range<usize>,
    inside: &[bool],
    out: &mut Vec<Reported>,
) {
    // A dateline opens the story's first sentence: "KESTRIA —", "PORT ALDER, Norland (AP) —":
    // a place in capitals, then capitalised words, commas and a bracketed agency.
    // The dash may be a spaced hyphen or a bar ("WASHINGTON (Reuters) - ", "PORT ALDER ― "),
    // and the dateline a date ("Dec 29 (Reuters) - ").
    let sentence_toks = &all[range.clone()];
    let dateline = (0..sentence_toks.len().min(10))
        .find(|&k| {
            let t = &sentence_toks[k];
            is_dash_tok(t)
                || t.is_punct('―')
                || t.is_punct('-') && crate::quotes::attribution::spaced(sentence_toks, k)
        })
        .filter(|&d| {
            let before = &sentence_toks[..d];
            before
                .first()
                // "ORLANDO, Fla. (Reuters) - ": the abbreviation's full stop may have ended a
                // sentence before the agency.
                .is_some_and(|t| {
                    t.is_word && (!t.has_lower || MONTHS.contains(&t.lower.as_str()))
                        || t.is_punct('(')
                })
                && before.iter().all(|t| {
                    t.is_word && (t.capitalised() || t.first.is_ascii_digit())
                        || t.is_punct('(')
                        || t.is_punct(')')
                        || t.is_punct(',')
                        || t.is_punct('.')
                })
        })
        .map_or(0, |d| d + 1);
    let (range, inside) = (range.start + dateline..range.end, &inside[dateline..]);
    let s = &all[range];
    if s.len() < 3 {
        return;
    }
    // The sentence's last word: closing punctuation stays out of the content.
    let Some(last_word) = s.iter().rposition(|t| t.is_word) else {
        return;
    };
    // The last attribution found in the sentence, shown or not: a quotation's "…," Lund said
    // is dropped as reported speech, yet ", adding that …" after it is still Lund's.
    let mut last_found: Option<Reported> = None;
    let mut taken_until = 0;
    let mut any_found = false;
    let mut i = 0;
    while i < s.len() {
        if i < taken_until || inside[i] {
            i += 1;
            continue;
        }
        // "…, Lund told reporters, according to AP": a news outlet relays what Lund said; it is
        // the quotation's outlet, not another voice.
        let found = according_to(s, i, last_word, chars)
            .filter(|(r, _)| !(any_found && is_outlet(r)))
            .or_else(|| {
                (is_cue_verb(s, i))
                    .then(|| at_verb(s, i, last_word, inside, chars))
                    .flatten()
            })
            .or_else(|| participle(s, i, last_word, last_found.as_ref(), chars));
        if let Some((r, next)) = found {
            any_found = true;
            // Only the source and cue are passed over: the content may report another voice
            // ("Lund said the survey shows …").
            taken_until = next.min(i + 1);
            if keep(&r, chars) {
                out.push(r.clone());
            }
            last_found = Some(r);
        }
        i += 1;
    }
}

/// Whether an attribution is worth showing: it has content words, and is not a quotation
/// already shown as one (content wholly inside quotation marks).
pub(super) fn keep(r: &Reported, chars: &[char]) -> bool {
    if r.content.is_empty() || r.content.iter().any(|c| c.is_empty()) {
        return false;
    }
    if let [c] = r.content.as_slice() {
        // A short content, read once: nothing longer than this is what these look for.
        let words: String = chars[c.clone()]
            .iter()
            .take(40)
            .collect::<String>()
            .to_lowercase();
        // "worries about her": a person, no statement.
        if matches!(
            words.as_str(),
            "her" | "him" | "them" | "me" | "us" | "you" | "it"
        ) {
            return false;
        }
        // "a clerk who asked not to be named": a condition of anonymity, no statement.
        let anonymity = words.strip_prefix("not ").unwrap_or(&words);
        if ["to be named", "to be identified", "to be quoted"]
            .iter()
            .any(|w| anonymity.starts_with(w))
        {
            return false;
        }
        // "But, said Quist, “…”": a word that only opens a sentence reports nothing.
        if c.end <= r.attribution.cue.span.start && OPENING_WORDS.contains(&words.as_str()) {
            return false;
        }
    }
    // Every piece opens and closes with a quotation mark: a direct quotation, found already.
    !r.content.iter().all(|c| {
        let open = c.start.checked_sub(1).and_then(|k| chars.get(k));
        let starts = chars
            .get(c.start)
            .is_some_and(|&x| crate::quotes::marks::is_double(x))
            || open.is_some_and(|&x| crate::quotes::marks::is_double(x));
        let last = chars[c.clone()].iter().rev().find(|x| !x.is_whitespace());
        let ends = last.is_some_and(|&x| crate::quotes::marks::is_double(x))
            || chars
                .get(c.end)
                .is_some_and(|&x| crate::quotes::marks::is_double(x));
        // "‘If it fails, we will change it,’ she told the Echo": single marks, as British
        // papers quote speech, enclose it too, past the punctuation they close over.
        let single_open = open.is_some_and(|&x| x == '‘');
        let single_close = chars
            .get(c.end..)
            .unwrap_or_default()
            .iter()
            .take(3)
            .find(|x| !matches!(x, ',' | '.' | '!' | '?'))
            .is_some_and(|&x| x == '’');
        starts && ends || single_open && single_close
    })
}

pub(super) fn is_dash_tok(t: &Tok) -> bool {
    !t.is_word && matches!(t.first, '—' | '–')
}

pub(super) fn is_ly_adverb(t: &Tok) -> bool {
    // "a harbour rally said": a noun in -ly is no adverb.
    crate::quotes::attribution::is_adverb(t) && t.lower.ends_with("ly")
}

#[cfg(test)]
mod tests;
