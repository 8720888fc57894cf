//! Transcripts: the turns of an interview, each a paragraph opened by its speaker's name in
//! capitals and a colon.

use super::{HEADLINE_KICKERS, Reported, content};
use crate::quotes::attribution::{is_double_mark, phrase};
use crate::quotes::lexicon::WordSet;
use crate::quotes::tokens::Tok;

/// A transcript's turn: a paragraph that opens with a name in capitals and a colon (`HOLT: Will
/// the ferry run?`), or as written elsewhere with a sentence after it (`Holt: Well, the ferry
/// runs late.`), an opening quotation mark before it or not. The label is the source, the
/// colon the cue, and the rest of the paragraph what was said. The caller checks that the label
/// names a person of the article (a dateline, "NORLAND CITY:", and a section's label do not).
///
/// `para_start` is where the paragraph starts when `toks` open it: a label in mixed case is
/// read only there, with nothing but white space before it (none inside a quotation).
pub(in crate::quotes) fn transcript_label(
    chars: &[char],
    toks: &[Tok],
    para_start: Option<usize>,
) -> Option<Reported> {
    transcript_turn(chars, toks, para_start).or_else(|| answer(chars, toks))
}

/// Whether a paragraph opens with an interview's question label, `Q:`.
pub(in crate::quotes) fn is_question(toks: &[Tok]) -> bool {
    toks.first()
        .is_some_and(|t| t.is_word && t.lower == "q" && t.first == 'Q')
        && toks.get(1).is_some_and(|t| t.is_punct(':'))
}

/// An interview's answer, `A: Because that is where people are.`: the label `A` is the source
/// (the caller resolves it to the interviewee, and keeps it only after a question).
fn answer(chars: &[char], toks: &[Tok]) -> Option<Reported> {
    if !toks
        .first()
        .is_some_and(|t| t.is_word && t.first == 'A' && t.lower == "a")
        || !toks.get(1).is_some_and(|t| t.is_punct(':'))
        || toks[2..].iter().filter(|t| t.is_word).count() < 2
    {
        return None;
    }
    Some(Reported::new(
        vec![content::span_of(toks, 2..toks.len())?],
        phrase(toks, 0..1, chars),
        None,
        phrase(toks, 1..2, chars)?,
    ))
}

fn transcript_turn(chars: &[char], toks: &[Tok], para_start: Option<usize>) -> Option<Reported> {
    let start = usize::from(toks.first().is_some_and(is_double_mark));
    let colon = (start + 1..toks.len().min(start + 5)).find(|&k| toks[k].is_punct(':'))?;
    let label = &toks[start..colon];
    let caps = |t: &Tok| {
        t.is_word
            && !t.has_lower
            && chars[t.span.clone()].iter().any(|c| c.is_alphabetic())
            && chars[t.span.clone()]
                .iter()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
    };
    // Two capitals at least across the label ("Q" alone is a question's mark, not a name),
    // and words after the colon.
    let letters: usize = label
        .iter()
        .map(|t| {
            chars[t.span.clone()]
                .iter()
                .filter(|c| c.is_alphabetic())
                .count()
        })
        .sum();
    // "Nora Quist: …", "Quist: …": a name written as it is elsewhere labels a turn too, when
    // a sentence follows it (not "Lund: 45 votes" in a list of results).
    // Nothing before the name, not even a quotation mark the tokens leave out.
    let bare = para_start.is_some_and(|p| {
        chars
            .get(p..toks[0].span.start)
            .is_some_and(|before| before.iter().all(|c| c.is_whitespace()))
    });
    let named = start == 0
        && bare
        && label
            .iter()
            .all(|t| t.is_word && t.capitalised() && t.has_lower)
        && toks[colon + 1..]
            .iter()
            .filter(|t| t.is_word && t.first.is_alphabetic())
            .count()
            >= 3;
    if !(label.iter().all(|t| caps(t) || t.is_punct('.')) || named) || letters < 2 {
        return None;
    }
    // "VIDEO:", "UPDATE:", "NOTE:": a label of the page, not a voice; "DEAR NORA:" opens a
    // letter to the one named.
    if label[0].lower == "dear"
        || label.len() > 3
        || label.iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "in" | "is" | "of" | "the" | "a" | "an" | "for" | "on" | "to" | "and" | "at"
            )
        })
    {
        return None;
    }
    if label.iter().any(|t| {
        HEADLINE_KICKERS.contains(&t.lower.as_str()) || NOT_VOICES.contains(&t.lower.as_str())
    }) {
        return None;
    }
    if toks[colon + 1..].iter().filter(|t| t.is_word).count() < 2 {
        return None;
    }
    let content = content::span_of(toks, colon + 1..toks.len())?;
    Some(Reported::new(
        vec![content],
        phrase(toks, start..colon, chars),
        None,
        phrase(toks, colon..colon + 1, chars)?,
    ))
}

/// Labels in capitals before a colon that name no voice in a transcript.
#[rustfmt::skip]
static NOT_VOICES: WordSet = WordSet::new(&[
    "audio", "photo", "photos", "note", "notes", "caption", "source", "sources", "related",
    "read", "see", "also", "warning", "disclaimer", "transcript", "crosstalk", "editor's",
    "advertisement", "graphic", "map", "chart", "table", "image", "images", "credit", "credits",
    "contact", "email", "tel", "phone", "fax", "web", "date", "time", "location", "where",
    "when", "tickets", "price", "prices", "cost", "address", "hours", "details", "info",
]);
