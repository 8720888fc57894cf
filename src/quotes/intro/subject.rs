//! The subject a speech verb or a participle belongs to: the subject of the sentence past its
//! opening phrases, the speaker of a verb just before a participle, the subject of an earlier
//! verb.

use super::super::attribution::{
    DETERMINERS, Phrase, is_adverb, is_double_mark, is_verb, np_backward, np_forward, phrase,
    spaced,
};
use super::super::lexicon::WordSet;
use super::super::name_words::is_forename;
use super::super::tokens::Tok;

/// Words that open an introductory phrase before a sentence's subject ("At the time, she …").
#[rustfmt::skip]
static INTRO: WordSet = WordSet::new(&[
    "at", "in", "on", "after", "before", "during", "when", "while", "earlier", "later", "as",
    "since", "last", "this", "asked", "speaking", "with", "for", "from", "by", "under", "then",
    "still", "meanwhile", "however", "instead", "now", "today", "yesterday", "once", "if",
    "although", "though", "because", "despite", "amid", "following", "alongside", "unlike",
    "upon", "without", "throughout", "among",
]);

/// Where a parenthesis that closes right before token `end` opens ("Tom Brandt (R-Nor.)"),
/// or `end` when none does.
pub(super) fn bracket_start(t: &[Tok], end: usize) -> usize {
    if end > 0 && t[end - 1].is_punct(')') {
        (end.saturating_sub(12)..end - 1)
            .rev()
            .find(|&k| t[k].is_punct('('))
            .unwrap_or(end)
    } else {
        end
    }
}

/// "…, Berg said, adding", "…, said Berg, adding": the speaker of the speech verb that
/// closes the clause before the participle at `v`.
pub(super) fn said_before(t: &[Tok], v: usize, chars: &[char]) -> Option<Phrase> {
    let c = v.checked_sub(1).filter(|&c| t[c].is_punct(','))?;
    let k = c.checked_sub(1)?;
    if is_verb(&t[k]) && !t[k].lower.ends_with("ing") {
        let s = np_backward(t, k.checked_sub(1)?)?;
        return (s == 0 || t[s - 1].is_punct(','))
            .then(|| phrase(t, s..k, chars))
            .flatten();
    }
    let s = np_backward(t, k)?;
    (s >= 2 && is_verb(&t[s - 1]) && t[s - 2].is_punct(',') && t[s].capitalised())
        .then(|| phrase(t, s..c, chars))
        .flatten()
}

/// The subject of a sentence whose tokens are `t[..limit]`, past an introductory phrase.
pub(super) fn sentence_subject(t: &[Tok], limit: usize, chars: &[char]) -> Option<Phrase> {
    let mut i = 0;
    // A dateline: "WASHINGTON —", "NEW YORK (AP) —"; and a headline in capitals before a
    // spaced dash: "FARES WILL FALL BY SPRING - Ada Berg: …".
    if let Some(dash) = (0..limit.min(24))
        .find(|&k| t[k].is_punct('—') || t[k].is_punct('–') || t[k].is_punct('-') && spaced(t, k))
        && t[..dash].iter().all(|x| !x.is_word || !x.has_lower)
    {
        i = dash + 1;
    }
    while i < limit && ["but", "and", "so", "yet", "or"].contains(&t[i].lower.as_str()) {
        i += 1;
    }
    // "Even before the vote, …", "Just after noon, …": an adverb before an opening phrase.
    if t.get(i)
        .is_some_and(|x| matches!(x.lower.as_str(), "even" | "just" | "shortly" | "right"))
        && t.get(i + 1)
            .is_some_and(|x| INTRO.contains(&x.lower.as_str()))
    {
        i += 1;
    }
    let comma = (i..limit.min(i + 14)).find(|&k| t[k].is_punct(','));
    let intro_word = t
        .get(i)
        .is_some_and(|x| INTRO.contains(&x.lower.as_str()) || is_adverb(x));
    // A phrase with no verb before the first comma introduces the sentence ("By evening,",
    // "Beside the harbour,"); the subject comes after it.
    // A clause that runs up to the limit ("Berg took to the radio, saying") opens nothing.
    let verbless = comma.is_some_and(|c| {
        c + 1 < limit
            && !t[i..c]
                .iter()
                .any(|x| is_verb(x) || (x.is_word && !x.capitalised() && looks_verbal(x)))
    });
    if intro_word || verbless {
        let c = comma?;
        // "Berg, who rang us from the studio, had …": the noun phrase a relative clause hangs
        // on is the subject.
        if !intro_word
            && t.get(c + 1)
                .is_some_and(|x| matches!(x.lower.as_str(), "who" | "whose"))
            && np_forward(t, i) == Some(c)
        {
            return phrase(t, i..c, chars);
        }
        // "Tom Brandt, 54, a deckhand, put it bluntly": a person's name before an
        // appositive (an age, or a phrase with an article) is the subject, no opening phrase.
        if !intro_word
            && c >= i + 2
            && is_forename(&t[i].text(chars))
            && t[i..c].iter().all(|x| x.is_word && x.capitalised())
            && t.get(c + 1).is_some_and(|x| {
                x.first.is_ascii_digit() || matches!(x.lower.as_str(), "a" | "an" | "the")
            })
        {
            return phrase(t, i..c, chars);
        }
        i = c + 1;
        // "On Monday, after weeks of silence, Berg …": one introductory phrase after another.
        // "Of course, as Lund observed, …" is no such phrase: a speech verb in it speaks.
        while t.get(i).is_some_and(|x| INTRO.contains(&x.lower.as_str())) {
            let c = (i..limit.min(i + 25)).find(|&k| t[k].is_punct(','))?;
            if t[i..c].iter().any(is_verb) {
                break;
            }
            i = c + 1;
        }
    }
    // "Even a senior official …": a focusing adverb before the subject's determiner.
    if t.get(i)
        .is_some_and(|x| matches!(x.lower.as_str(), "even" | "only" | "also" | "perhaps"))
        && t.get(i + 1)
            .is_some_and(|x| DETERMINERS.contains(&x.lower.as_str()))
    {
        i += 1;
    }
    let end = np_forward(t, i)?;
    (end <= limit).then(|| phrase(t, i..end, chars)).flatten()
}

/// A lowercase word that reads as a finite verb: a past form, or a common auxiliary.
fn looks_verbal(t: &Tok) -> bool {
    let w = t.lower.as_str();
    (w.len() > 3 && w.ends_with("ed"))
        || matches!(
            w,
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "did"
                | "does"
                | "do"
                | "says"
                | "said"
        )
}

/// The subject of the nearest speech verb before token `end` that has one.
pub(super) fn before_verb_subject(t: &[Tok], end: usize, chars: &[char]) -> Option<Phrase> {
    (1..end).rev().filter(|&i| is_verb(&t[i])).find_map(|v| {
        let mut j = v;
        while j > 0 && is_adverb(&t[j - 1]) {
            j -= 1;
        }
        let s = np_backward(t, j.checked_sub(1)?)?;
        phrase(t, s..j, chars)
    })
}

/// Verbs of showing and perceiving, whose object does what the participle after it says ("the
/// advert showed Tom Brandt saying", "the film featured a crowd of sailors chanting").
#[rustfmt::skip]
static PERCEIVING: WordSet = WordSet::new(&[
    "showed", "shows", "shown", "featured", "features", "depicted", "depicts", "heard", "hears",
    "saw", "sees", "seen", "caught", "catches", "filmed", "recorded", "captured", "pictured",
    "showing", "featuring", "depicting",
]);

/// The object of a verb of showing or perceiving before the participle at `v`, up to a comma
/// or a dash that opens an aside: the one the participle's words belong to.
pub(super) fn perceived(t: &[Tok], v: usize, chars: &[char]) -> Option<Phrase> {
    let k = (v.saturating_sub(16)..v)
        .rev()
        .take_while(|&k| !t[k].is_punct('.') && !t[k].is_punct(';') && !is_double_mark(&t[k]))
        .find(|&k| {
            t[k].is_word && !t[k].capitalised() && PERCEIVING.contains(&t[k].lower.as_str())
        })?;
    let end = (k + 1..v)
        .find(|&e| t[e].is_punct(',') || (matches!(t[e].first, '—' | '–') && spaced(t, e)))
        .unwrap_or(v);
    let object = &t[k + 1..end];
    let opens = object
        .first()
        .is_some_and(|x| x.capitalised() || DETERMINERS.contains(&x.lower.as_str()));
    // A noun phrase: no verb of its own, and nothing but an aside or the participle after it.
    if !opens
        || object.len() > 8
        || object
            .iter()
            .any(|x| is_verb(x) || !(x.is_word || x.is_punct('.') || x.is_punct('\'')))
        || np_forward(t, k + 1).is_none_or(|e| e < end)
    {
        return None;
    }
    phrase(t, k + 1..end, chars)
}
