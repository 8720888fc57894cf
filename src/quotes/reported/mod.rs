//! Reported speech: what a source said, wrote, thought or showed, in the text's own words
//! ("Lund said the bridge would reopen", "the bridge will reopen, Lund said", "according to
//! the ministry, the bridge …"). Each attribution has its content (one or two pieces), its
//! source phrase and its cue, which takes the auxiliaries, negation and adverbs between the
//! source and the verb ("has long argued", "did not say"), as news annotation does.

mod content;
mod patterns;
mod source;
mod words;

use super::lexicon::{WordSet, is_report_verb};
use super::tokens::{Tok, ends_sentence};
use crate::quotes::attribution::{
    Attribution, Phrase, is_double_mark, noun_after_determiner, np_backward, np_forward, phrase,
};
use content::*;
use patterns::*;
use source::*;
use std::ops::Range;
use words::*;

/// One reported attribution found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    /// The content's pieces, in text order, as char spans trimmed of outer punctuation.
    pub content: Vec<Range<usize>>,
    pub attribution: Attribution,
}

pub(super) fn is_aux(t: &Tok) -> bool {
    t.is_word && !t.capitalised() && AUXILIARIES.contains(&t.lower.as_str())
}

/// A word that can be the cue verb of reported speech at `i`.
pub(super) fn is_cue_verb(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let phrasal = matches!(
        t.lower.as_str(),
        "point" | "points" | "pointed" | "pointing"
    ) && toks.get(i + 1).is_some_and(|n| n.lower == "out")
        && toks.get(i + 2).is_some_and(|n| n.lower == "that");
    let light = LIGHT_VERBS.contains(&t.lower.as_str())
        && toks
            .get(i + 1)
            .is_some_and(|n| STANCE_NOUNS.contains(&n.lower.as_str()));
    t.is_word
        && !t.capitalised()
        && (is_report_verb(&t.lower) || phrasal || light)
        && !noun_after_determiner(toks, i)
        // passive: "was criticised by"
        && toks.get(i + 1).is_none_or(|n| n.lower != "by")
        && !plural_noun(toks, i)
}

/// A form in -s followed by a verb or a joining word reads as a plural noun: "the rules
/// should", "late-night calls came", "our fears and hopes".
fn plural_noun(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    t.lower.ends_with('s')
        && !matches!(t.lower.as_str(), "says" | "tells" | "asks")
        && toks.get(i + 1).is_some_and(|n| {
            n.is_word
                && matches!(
                    n.lower.as_str(),
                    "is" | "are" | "was" | "were" | "will" | "would" | "should" | "could" | "can"
                        | "may" | "might" | "must" | "have" | "has" | "had" | "came" | "come"
                        | "and" | "or" | "of" | "from" | "as" | "went" | "remain"
                        | "remained" | "appear" | "seem" | "made" | "did" | "do"
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
            if t.capitalised() && is_report_verb(&t.lower) {
                t.first = t.first.to_lowercase().next().unwrap_or(t.first);
            }
        }
    }
    let mut out = find(chars, &toks, &[]);
    // "Mayor: Pier Will Reopen in May": a short name and a colon say who speaks.
    if out.is_empty()
        && let Some(colon) = toks.iter().position(|t| t.is_punct(':'))
        && (1..=4).contains(&colon)
        && toks[..colon].iter().all(|t| t.is_word || t.is_punct('.'))
        && toks[0].capitalised()
        && let Some(content) = content::span_of(&toks, colon + 1..toks.len())
        && let (Some(speaker), Some(cue)) = (phrase(&toks, 0..colon, chars), phrase(&toks, colon..colon + 1, chars))
        && toks[colon + 1..].iter().filter(|t| t.is_word).count() >= 3
    {
        out.push(Reported {
            content: vec![content],
            attribution: Attribution {
                speaker: Some(speaker),
                description: None,
                cue,
            },
        });
    }
    out
}

/// The source is a news outlet the built-in table knows ("AP", "The Associated Press").
fn is_outlet(r: &Reported) -> bool {
    r.attribution.speaker.as_ref().is_some_and(|p| {
        let bare = p.text.strip_prefix("the ").unwrap_or(&p.text);
        super::lexicon::Outlets::builtin().lookup(bare).is_some()
            || super::lexicon::Outlets::builtin().lookup(&p.text).is_some()
    })
}

/// For each token of a sentence, whether it lies inside quotation marks: the quoted spans,
/// and passages between doubled single marks (`''…''`), which some archives use for quotes.
pub(super) fn inside_marks(s: &[Tok], quoted: &[Range<usize>]) -> Vec<bool> {
    let mut open = false;
    let mut out = Vec::with_capacity(s.len());
    let mut k = 0;
    while k < s.len() {
        let doubled = s[k].is_punct('\'')
            && s.get(k + 1)
                .is_some_and(|n| n.is_punct('\'') && n.span.start == s[k].span.end);
        if doubled {
            // The marks themselves stand outside, as the quoted spans leave theirs out.
            out.push(false);
            out.push(false);
            open = !open;
            k += 2;
            continue;
        }
        out.push(open || in_quotes(quoted, &s[k]));
        k += 1;
    }
    out
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
        if (ends_sentence(toks, i) && !inside[i]) || i + 1 == toks.len() {
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

/// The attributions of one sentence, tokens `range` of the paragraph.
pub(super) fn sentence(
    chars: &[char],
    all: &[Tok],
    range: Range<usize>,
    inside: &[bool],
    out: &mut Vec<Reported>,
) {
    let s = &all[range];
    if s.len() < 3 {
        return;
    }
    // The sentence's last word: closing punctuation stays out of the content.
    let Some(last_word) = s.iter().rposition(|t| t.is_word) else {
        return;
    };
    let first_found = out.len();
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
            .or_else(|| participle(s, i, last_word, &out[first_found..], chars));
        if let Some((r, next)) = found {
            any_found = true;
            // Only the source and cue are passed over: the content may report another voice
            // ("Lund said the survey shows …").
            taken_until = next.min(i + 1);
            if keep(&r, chars) {
                out.push(r);
            }
        }
        i += 1;
    }
}

/// Whether an attribution is worth showing: it has content words, and is not a quotation
/// already shown as one (content wholly inside quotation marks).
pub(super) fn keep(r: &Reported, chars: &[char]) -> bool {
    let words: usize = r
        .content
        .iter()
        .map(|c| chars[c.clone()].split(|c| c.is_whitespace()).count())
        .sum();
    if words == 0 || r.content.iter().any(|c| c.is_empty()) {
        return false;
    }
    // Every piece opens and closes with a quotation mark: a direct quotation, found already.
    !r.content.iter().all(|c| {
        let open = c.start.checked_sub(1).and_then(|k| chars.get(k));
        let starts =
            chars.get(c.start).is_some_and(|&x| is_mark(x)) || open.is_some_and(|&x| is_mark(x));
        let last = chars[c.clone()].iter().rev().find(|x| !x.is_whitespace());
        let ends =
            last.is_some_and(|&x| is_mark(x)) || chars.get(c.end).is_some_and(|&x| is_mark(x));
        starts && ends
    })
}

pub(super) fn is_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

pub(super) fn is_dash_tok(t: &Tok) -> bool {
    !t.is_word && matches!(t.first, '—' | '–')
}

pub(super) fn is_ly_adverb(t: &Tok) -> bool {
    t.is_word && !t.capitalised() && t.lower.ends_with("ly") && t.lower.chars().count() > 4
}
