//! Finding who speaks a quotation and with which verb: `"…," X said`, `"…," said X`,
//! `X said: "…"`, `X told Y "…"`, appositives (`Norland's UN envoy, Ilse Varga, said`).
//! The noun-phrase machinery lives here with the attributions that follow a quotation;
//! `intro` has those that come before it.

use super::lexicon::WordSet;
use super::lexicon::is_speech_verb;
use super::tokens::{ABBREVIATIONS, Tok, ends_sentence};
use std::ops::Range;

mod after;
mod joins;
pub(super) use after::{NAMING_VERBS, PREPOSITIONS, compound_noun};
pub use after::{after, credit_line};
pub(super) use joins::{
    ampersand_in_name, is_age_between_commas, is_modal_or_aux, plural_possessive,
};

/// A phrase as written, with its char span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub span: Range<usize>,
    pub text: String,
}

/// What an attribution pattern found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub speaker: Option<Phrase>,
    /// An appositive or role description given with the speaker ("Norland's UN envoy").
    pub description: Option<String>,
    pub cue: Phrase,
}

pub static PRONOUNS: WordSet = WordSet::new(&["he", "she", "they", "we", "i", "you", "it"]);

#[rustfmt::skip]
pub static DETERMINERS: WordSet = WordSet::new(&[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "your", "another", "one", "two", "three", "several", "some", "many", "other", "both", "all",
    "each", "every", "most",
]);

/// Irregular past tenses, which the "-ed" test misses: after a name or a noun they are the
/// sentence's verb ("Varga gave her crew a talk", "the mayor took questions"), not more of the
/// phrase. Words that are as often nouns ("read", "left", "set", "cut") are not here.
#[rustfmt::skip]
static IRREGULAR_PAST: WordSet = WordSet::new(&[
    "gave", "took", "went", "made", "came", "sent", "wrote", "spoke", "held", "met", "ran",
    "saw", "got", "kept", "felt", "found", "brought", "began", "chose", "drew", "drove", "fell",
    "flew", "grew", "knew", "lost", "paid", "sat", "shook", "stood", "struck", "threw", "won",
    "wore", "broke", "built", "bought", "caught", "fought", "taught", "thought", "became",
    "meant", "sought", "spent", "stole", "tore", "woke", "led", "forgot", "hid", "rode", "sang",
    "swam", "slept", "sold", "spun", "stuck", "swore", "understood", "withdrew", "heard",
]);

/// Lowercase irregular past participles ("seen", "written"): a reduced relative's verb
/// ("the memo seen by reporters").
#[rustfmt::skip]
static IRREGULAR_PARTICIPLES: WordSet = WordSet::new(&[
    "seen", "written", "given", "taken", "shown", "drawn", "chosen", "known", "done", "made",
    "held", "sent", "led", "run", "built", "paid", "sold", "brought", "kept", "won", "told",
    "heard", "read", "found", "hidden", "spoken", "stolen", "sworn", "thrown", "torn", "worn",
    "beaten", "bitten", "broken", "driven", "eaten", "forgotten", "ridden", "risen", "struck",
]);

/// "in an emailed statement", "the stated aim": a participle between an article and its noun
/// is an adjective, no verb.
pub(super) fn participle_as_adjective(t: &[Tok], i: usize) -> bool {
    i > 0
        && t[i].lower.ends_with("ed")
        && matches!(t[i - 1].lower.as_str(), "a" | "an" | "the")
        && t.get(i + 1).is_some_and(|n| {
            n.is_word
                && !n.capitalised()
                && !PREPOSITIONS.contains(&n.lower.as_str())
                && !matches!(
                    n.lower.as_str(),
                    "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would"
                )
        })
}

/// A lowercase past participle, regular or irregular: "interviewed", "seen".
pub(super) fn is_participle(t: &Tok) -> bool {
    looks_like_past_or_participle(t)
        || (t.is_word && !t.capitalised() && IRREGULAR_PARTICIPLES.contains(&t.lower.as_str()))
}

/// Words that end a noun phrase.
#[rustfmt::skip]
static STOPS: WordSet = WordSet::new(&[
    "and", "but", "or", "nor", "that", "which", "who", "whom", "whose", "when", "where", "while",
    "because", "if", "as", "after", "before", "in", "on", "at", "to", "for", "with", "from", "by",
    "about", "into", "than", "then", "so", "not", "is", "was", "are", "were", "be", "been",
    "being", "has", "had", "have", "would", "will", "could", "should", "may", "might", "can",
    "did", "does", "do", "also", "later", "again", "once", "further", "earlier", "previously",
    "recently", "just", "only", "still", "even", "however", "though", "although", "yet", "during",
    "since", "until", "over", "under", "through", "without", "against", "between", "among",
    "around", "there", "here", "now", "today", "yesterday", "tomorrow", "this", "last", "told",
    "according", "what", "how", "why", "said", "says", "say",
]);

/// Auxiliaries and adverbs allowed between a subject and its verb.
#[rustfmt::skip]
static BETWEEN: WordSet = WordSet::new(&[
    "didn't", "don't", "doesn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't",
    "hasn't", "haven't", "not", "first", "finally", "eventually", "soon", "has", "had", "have",
    "was", "is", "also", "later", "then", "again", "once", "further", "previously", "recently",
    "earlier", "simply", "just", "only", "repeatedly", "would", "will", "did", "does", "do",
    "once", "often", "never", "still", "now", "even", "quickly", "instead", "too", "already",
    "always", "twice",
]);

#[rustfmt::skip]
static NOT_ADVERBS: WordSet = WordSet::new(&[
    "family", "ally", "rally", "supply", "assembly", "monopoly", "anomaly", "italy", "july",
    "reply", "belly", "bully", "jelly", "lily", "holly", "folly", "tally", "gully", "homily",
    "apply", "comply", "imply", "rely", "multiply", "butterfly",
]);

/// A lowercase irregular past tense ("gave", "went"): a verb, never part of a name.
pub(super) fn is_irregular_past(t: &Tok) -> bool {
    t.is_word && !t.capitalised() && IRREGULAR_PAST.contains(&t.lower.as_str())
}

pub(super) fn is_adverb(t: &Tok) -> bool {
    t.is_word
        && !t.capitalised()
        && (BETWEEN.contains(&t.lower.as_str())
            || (t.lower.ends_with("ly")
                && t.lower.chars().count() > 4
                && !NOT_ADVERBS.contains(&t.lower.as_str())))
}

pub(super) fn is_verb(t: &Tok) -> bool {
    t.is_word && !t.capitalised() && is_speech_verb(&t.lower)
}

pub(super) fn is_pronoun(t: &Tok) -> bool {
    t.is_word && PRONOUNS.contains(&t.lower.as_str())
}

/// A word that can stand in a noun phrase, speech verbs included ("state inspectors", "the
/// press office"): for walking back over a subject already known to end before its verb.
pub(super) fn is_np_word_loose(t: &Tok) -> bool {
    t.is_word
        && !is_pronoun(t)
        && (t.capitalised() || !(STOPS.contains(&t.lower.as_str()) || is_adverb(t)))
}

pub(super) fn is_np_word(t: &Tok) -> bool {
    t.is_word
        && !is_pronoun(t)
        && (t.capitalised() || !(STOPS.contains(&t.lower.as_str()) || is_adverb(t) || is_verb(t)))
}

/// "the report", "a statement": a word that could be a speech verb is a noun after a
/// determiner or possessive.
pub(super) fn noun_after_determiner(toks: &[Tok], i: usize) -> bool {
    i > 0
        && toks[i].is_word
        && !is_pronoun(&toks[i])
        && !STOPS.contains(&toks[i].lower.as_str())
        && (DETERMINERS.contains(&toks[i - 1].lower.as_str()) || toks[i - 1].lower.ends_with("'s"))
        // "one wrote", "another added": after "one" or "another" standing for a person, a
        // past form is the verb.
        && !(matches!(toks[i - 1].lower.as_str(), "one" | "another")
            && (looks_like_past_or_participle(&toks[i]) && !toks[i].lower.ends_with("ing")
                || is_irregular_past(&toks[i])))
}

/// "posted three short notes that listed “…”", "their claims “…”": a verb's form in
/// -s after a numeral, a plural determiner (past up to three lowercase modifiers) or a
/// possessive is a plural noun; a verb would not agree ("two officials say").
pub(super) fn after_plural_determiner(t: &[Tok], i: usize) -> bool {
    static PLURAL: WordSet = WordSet::new(&[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
        "few", "both", "these", "those", "various", "numerous", "multiple",
    ]);
    static POSSESSIVE: WordSet = WordSet::new(&["their", "its", "our", "your", "my"]);
    let w = t[i].lower.as_str();
    if !w.ends_with('s') || w.ends_with("'s") || w.ends_with("ss") || i == 0 {
        return false;
    }
    if POSSESSIVE.contains(&t[i - 1].lower.as_str()) {
        return true;
    }
    let mut k = i;
    for _ in 0..4 {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        let x = &t[prev];
        if !x.is_word || x.capitalised() {
            return false;
        }
        let lw = x.lower.as_str();
        if PLURAL.contains(&lw) || lw.bytes().all(|b| b.is_ascii_digit()) {
            return true;
        }
        if PREPOSITIONS.contains(&lw)
            || is_pronoun(x)
            || matches!(
                lw,
                "the" | "a" | "an" | "and" | "or" | "but" | "that" | "who" | "ago"
            )
        {
            return false;
        }
        k = prev;
    }
    false
}

pub(super) fn is_title_dot(toks: &[Tok], i: usize) -> bool {
    toks[i].is_punct('.')
        && i > 0
        && toks[i - 1].is_word
        && toks[i - 1].span.end == toks[i].span.start
        && (ABBREVIATIONS.contains(&toks[i - 1].lower.as_str())
            || (toks[i - 1].span.len() == 1 && toks[i - 1].capitalised()))
}

pub(super) fn is_double_mark(t: &Tok) -> bool {
    !t.is_word && matches!(t.first, '"' | '“' | '”' | '„' | '«' | '»' | '‟')
}

/// Words that open a sentence or clause and are never part of a name ("But", "Here", "As").
pub(super) fn is_clause_opener(lower: &str) -> bool {
    matches!(
        lower,
        "but"
            | "and"
            | "as"
            | "here"
            | "there"
            | "when"
            | "while"
            | "if"
            | "so"
            | "yet"
            | "also"
            | "then"
            | "now"
            | "after"
            | "before"
            | "since"
            | "although"
            | "though"
            | "because"
            | "meanwhile"
            | "still"
            | "however"
            | "instead"
    )
}

/// The end (exclusive) of a noun phrase starting at `from`, if one starts there.
pub(super) fn np_forward(toks: &[Tok], from: usize) -> Option<usize> {
    let first = toks.get(from)?;
    // "He Lifang, a trade official, said": a surname that is also a pronoun, before a
    // capitalised word, opens a name.
    let surname = first.capitalised()
        && first.lower == "he"
        && toks
            .get(from + 1)
            .is_some_and(|n| n.capitalised() && !is_speech_verb(&n.lower) && is_np_word(n));
    if surname {
        return np_forward(toks, from + 1);
    }
    if is_pronoun(first) {
        return Some(from + 1);
    }
    // "But", "Here", "As" open sentences, not names.
    if first.capitalised() && is_clause_opener(&first.lower) {
        return None;
    }
    let mut i = from;
    while i < toks.len() && i - from < 10 {
        let t = &toks[i];
        let prev = (i > from).then(|| &toks[i - 1]);
        // Roles joined by "and" before a name ("lead author and field geologist Nora Quist"),
        // and a named person's group ("Quist and her team"): "and" goes on with the phrase when
        // a noun phrase word or a possessive follows it.
        if prev.is_some()
            && t.lower == "and"
            && toks.get(i + 1).is_some_and(|n| {
                matches!(n.lower.as_str(), "his" | "her" | "their")
                    || (is_np_word(n) && !is_verb(n))
            })
        {
            let possessive = toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "his" | "her" | "their"));
            i += 1 + usize::from(possessive);
            continue;
        }
        let after_determiner = prev
            .is_some_and(|p| DETERMINERS.contains(&p.lower.as_str()) || p.lower.ends_with("'s"));
        let take = if prev.is_some()
            && (is_title_dot(toks, i) || ampersand_in_name(toks, i) || plural_possessive(toks, i))
        {
            true
        } else if prev.is_some() && DETERMINERS.contains(&t.lower.as_str()) {
            // A determiner inside starts another phrase, except after "of".
            prev.is_some_and(|p| p.lower == "of")
        } else if prev.is_some()
            && (looks_like_past_or_participle(t) || is_irregular_past(t))
            && !after_determiner
            || verb_with_particle(toks, i)
        {
            // "Okafor shared …", "Lind responded …", "Varga gave …"; "Okafor hit back", "Lind
            // spoke out": a verb with its particle.
            false
        } else {
            (is_np_word(t) && !(prev.is_some() && is_verb(t)))
                || (prev.is_some() && noun_after_determiner(toks, i))
        };
        if !take {
            break;
        }
        i += 1;
    }
    // A phrase does not end on "of".
    while i > from && toks[i - 1].lower == "of" {
        i -= 1;
    }
    (i > from).then_some(i)
}

/// A lowercase word after a capitalised one and before a particle: "Okafor hit back".
fn verb_with_particle(toks: &[Tok], i: usize) -> bool {
    i > 0
        && toks[i - 1].capitalised()
        && toks[i].is_word
        && !toks[i].capitalised()
        && toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "back" | "out" | "up" | "off" | "down"))
}

/// A lowercase word that reads as a verb form: "shared", "responded", "thinking".
pub(super) fn looks_like_past_or_participle(t: &Tok) -> bool {
    t.is_word
        && !t.capitalised()
        && t.lower.chars().count() > 4
        && (t.lower.ends_with("ed") || t.lower.ends_with("ing"))
}

/// The start of a noun phrase ending at `last` (inclusive), if one ends there.
pub(super) fn np_backward(toks: &[Tok], last: usize) -> Option<usize> {
    let t = toks.get(last)?;
    // "her claim that …": a possessive before a speech word's noun is who spoke.
    if is_pronoun(t) || (t.is_word && matches!(t.lower.as_str(), "his" | "her" | "their")) {
        return Some(last);
    }
    let mut i = last + 1;
    while i > 0 && last + 1 - i < 8 {
        let t = &toks[i - 1];
        if is_np_word(t)
            || noun_after_determiner(toks, i - 1)
            || (i - 1 > 0 && is_title_dot(toks, i - 1))
            || ampersand_in_name(toks, i - 1)
            || plural_possessive(toks, i - 1)
        {
            i -= 1;
        } else {
            break;
        }
    }
    // A phrase opened by a lowercase word that is no determiner runs on from an earlier clause:
    // keep its head, from the first determiner or capital on.
    let start = (i..=last)
        .find(|&k| {
            toks[k].capitalised() || DETERMINERS.contains(&toks[k].lower.as_str()) || k == last
        })
        .unwrap_or(i);
    // "As Nora Quist would say": the word that opens the clause is not part of the name.
    let start = if start < last && toks[start].capitalised() && is_clause_opener(&toks[start].lower)
    {
        start + 1
    } else {
        start
    };
    // "the drummer and poet reminded": two epithets under one article are one person.
    let start = if start == last
        && start >= 3
        && toks[start - 1].lower == "and"
        && !toks[start].capitalised()
        && super::mention::epithet(&toks[start].lower).is_some()
        && super::mention::epithet(&toks[start - 2].lower).is_some()
        && DETERMINERS.contains(&toks[start - 3].lower.as_str())
    {
        start - 3
    } else {
        start
    };
    (start <= last && i <= last).then_some(start)
}

/// The words of tokens `range`; none for an empty range (two commas in a row leave an
/// appositive with nothing in it).
pub(super) fn phrase(toks: &[Tok], range: Range<usize>, chars: &[char]) -> Option<Phrase> {
    if range.is_empty() {
        return None;
    }
    let first = toks.get(range.start)?;
    let last = toks.get(range.end.checked_sub(1)?)?;
    let span = first.span.start..last.span.end;
    Some(Phrase {
        text: chars[span.clone()].iter().collect(),
        span,
    })
}

pub(super) fn description(toks: &[Tok], range: Range<usize>, chars: &[char]) -> Option<String> {
    phrase(toks, range, chars).map(|p| p.text)
}

/// Whether a phrase reads as a proper name rather than a description: capitalised words only,
/// no determiner, no possessive.
pub fn looks_like_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let last = words.len().saturating_sub(1);
    !words.is_empty()
        && words.iter().enumerate().all(|(k, w)| {
            // "Ana de Lund": a particle inside the name.
            (k > 0 && k < last && super::languages::PARTICLES.contains(w))
                || (w.chars().next().is_some_and(char::is_uppercase)
                    && !w.ends_with("'s")
                    && !w.ends_with("’s"))
        })
        && !DETERMINERS.contains(&words[0].to_lowercase().as_str())
}

/// The tokens with the pair of marks at `open` and `close` left out: a title's marks, read
/// past as if the title stood unquoted.
pub(super) fn without_marks(toks: &[Tok], open: usize, close: usize) -> Vec<Tok> {
    toks.iter()
        .enumerate()
        .filter(|&(k, _)| k != open && k != close)
        .map(|(_, t)| t.clone())
        .collect()
}

/// Whether the token at `k` has space on both sides ("FARES WILL FALL - Ada Berg"), unlike a
/// hyphen inside a word or a range.
pub(super) fn spaced(t: &[Tok], k: usize) -> bool {
    k > 0
        && t[k - 1].span.end < t[k].span.start
        && t.get(k + 1).is_some_and(|n| t[k].span.end < n.span.start)
}

/// The paragraph's tokens that lie wholly within `from..to`.
pub(super) fn window(para: &[Tok], from: usize, to: usize) -> &[Tok] {
    let lo = para.partition_point(|t| t.span.start < from);
    let hi = para.partition_point(|t| t.span.end <= to).max(lo);
    &para[lo..hi]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::intro::before;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn after_of(s: &str) -> (Option<String>, String, Option<String>) {
        let c = chars(s);
        let close = c.iter().rposition(|&x| x == '”').unwrap();
        let toks = crate::quotes::tokens::tokenize(&c, 0..c.len());
        let a = after(&c, &toks, close).expect(s);
        (a.speaker.map(|p| p.text), a.cue.text, a.description)
    }

    fn before_of(s: &str) -> (Option<String>, String, Option<String>) {
        let c = chars(s);
        let open = c.iter().rposition(|&x| x == '“').unwrap();
        let toks = crate::quotes::tokens::tokenize(&c, 0..c.len());
        let a = before(&c, &toks, open).expect(s);
        (a.speaker.map(|p| p.text), a.cue.text, a.description)
    }

    #[test]
    fn after_patterns() {
        assert_eq!(after_of("“Yes,” he said.").0.as_deref(), Some("he"));
        assert_eq!(
            after_of("“Yes,” the report said, as quoted.").0.as_deref(),
            Some("the report")
        );
        assert_eq!(
            after_of("“Yes,” added the ambassador."),
            (Some("the ambassador".into()), "added".into(), None)
        );
        assert_eq!(
            after_of("“Yes,” Varga told reporters outside."),
            (Some("Varga".into()), "told".into(), None)
        );
        assert_eq!(
            after_of("“Yes,” said Ana Ruiz, a spokeswoman for the ministry."),
            (
                Some("Ana Ruiz".into()),
                "said".into(),
                Some("a spokeswoman for the ministry".into())
            )
        );
        assert_eq!(
            after_of("“Yes,” Smith later said.").0.as_deref(),
            Some("Smith")
        );
        assert_eq!(
            after_of("“Yes,” Sen. Jo Lee, a Democrat, said.")
                .0
                .as_deref(),
            Some("Sen. Jo Lee")
        );
    }

    #[test]
    fn no_attribution_after_a_new_sentence() {
        let c = chars("“Yes.” The weather was fine, he said.");
        let close = c.iter().position(|&x| x == '”').unwrap();
        let toks = crate::quotes::tokens::tokenize(&c, 0..c.len());
        assert_eq!(after(&c, &toks, close), None);
    }

    #[test]
    fn before_patterns() {
        assert_eq!(
            before_of("The minister said: “No.").0.as_deref(),
            Some("The minister")
        );
        assert_eq!(
            before_of("By evening, Norland's UN envoy, Ilse Varga, said the capital stayed “firm"),
            (
                Some("Ilse Varga".into()),
                "said".into(),
                Some("Norland's UN envoy".into())
            )
        );
        assert_eq!(
            before_of("It was a depot, which Norland called “storage"),
            (Some("Norland".into()), "called".into(), None)
        );
        assert_eq!(
            before_of("Said the mayor: “Go.").0.as_deref(),
            Some("the mayor")
        );
    }
}
