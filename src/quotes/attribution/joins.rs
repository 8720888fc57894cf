//! Small marks that join or pass over words inside a noun phrase: an ampersand or a plural's
//! apostrophe inside a name, an age set off after it, and the modal that opens a clause's verb
//! after a phrase.

use super::*;

/// A modal or an auxiliary that opens a clause's verb: "could", "would", "was" …
pub(in crate::quotes) fn is_modal_or_aux(w: &str) -> bool {
    matches!(
        w,
        "would"
            | "will"
            | "could"
            | "can"
            | "should"
            | "may"
            | "might"
            | "must"
            | "is"
            | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
    )
}

/// "Ada Berg, 34, said": a number of one to three digits set off by commas after a name is an
/// age, no description of its own.
pub(in crate::quotes) fn is_age_between_commas(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    k > 0
        && toks[k - 1].is_punct(',')
        && toks.get(k + 1).is_some_and(|n| n.is_punct(','))
        && (1..=3).contains(&t.lower.len())
        && t.lower.bytes().all(|b| b.is_ascii_digit())
}

/// "Kemp & Bell", "Hale & Sons": an ampersand between two capitalised words joins one name.
pub(in crate::quotes) fn ampersand_in_name(toks: &[Tok], k: usize) -> bool {
    k > 0
        && toks[k].is_punct('&')
        && toks[k - 1].is_word
        && toks[k - 1].capitalised()
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is_word && n.capitalised())
}

/// "the Teachers' Union", "the Patients’ Forum": the apostrophe of a capitalised plural's
/// possessive, written onto it and followed by a body's name, goes on with the name.
pub(in crate::quotes) fn plural_possessive(toks: &[Tok], k: usize) -> bool {
    k > 0
        && (toks[k].is_punct('\'') || toks[k].is_punct('’'))
        && toks[k - 1].is_word
        && toks[k - 1].capitalised()
        && toks[k - 1].lower.ends_with('s')
        && toks[k - 1].span.end == toks[k].span.start
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is_word && n.span.start > toks[k].span.end)
        // "the Teachers' Union", not "Reuters' Ada Berg": a body's word follows.
        && toks[k + 1..]
            .iter()
            .take(4)
            .take_while(|t| t.is_word)
            .any(|t| crate::quotes::name_words::is_org_word(&t.lower))
}
