//! Passes over the whole list of quotations once each has its kind and speaker: short
//! quotations inside reported speech, quotations set apart that repeat a later one, and
//! speakers that are no one.

use super::{attribution, classify};
use crate::article::{Quote, QuoteKind};
use std::ops::Range;

/// "Quist said she was “deeply moved”", "told them it was her “duty”": a short quotation that
/// only its shortness made a term, lowercase, inside what a speech verb reports, is the
/// speaker's words. A naming verb's object ("called it …") and "according to" stay out.
/// `reported` is in text order.
pub(super) fn speech_in_reported(
    quotes: &mut [Quote],
    loose: &[usize],
    reported: &[Quote],
    chars: &[char],
) {
    if loose.is_empty() {
        return;
    }
    // In text order, as `reported` is.
    let mixed: Vec<&Quote> = reported
        .iter()
        .filter(|r| r.kind == QuoteKind::Mixed && r.speaker.is_some())
        .filter(|r| {
            r.cue.as_ref().is_some_and(|c| {
                let first = c
                    .text
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                !classify::is_naming_verb(&first) && first != "according"
            })
        })
        .collect();
    for &i in loose {
        let q = &quotes[i];
        let lower = chars[q.span.clone()]
            .iter()
            .find(|c| c.is_alphabetic())
            .is_some_and(|c| c.is_lowercase());
        if !lower {
            continue;
        }
        // The statements that open at or before the term, nearest first.
        let upto = mixed.partition_point(|r| r.span.start <= q.span.start);
        let Some(r) = mixed[..upto]
            .iter()
            .rev()
            .take(4)
            .find(|r| r.span.end >= q.span.end)
        else {
            continue;
        };
        let (speaker, cue, via) = (r.speaker.clone(), r.cue.clone(), r.via.clone());
        let q = &mut quotes[i];
        q.kind = QuoteKind::Partial;
        q.speaker = speaker;
        q.cue = cue;
        q.via = via;
    }
}

/// A quotation set as a paragraph of its own, with no attribution, whose words the story
/// quotes again within the next few quotations ("a pull quote" or a highlight heading): the
/// speaker of the quotation it repeats.
pub(super) fn pulled_quotes(quotes: &mut [Quote], chars: &[char], paragraphs: &[Range<usize>]) {
    let words = |r: &Range<usize>| -> String {
        let s: String = chars[r.clone()].iter().collect();
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
    };
    for i in 0..quotes.len() {
        let q = &quotes[i];
        if q.kind != QuoteKind::Direct || q.speaker.is_some() {
            continue;
        }
        let Some(para) = paragraphs.get(q.paragraph) else {
            continue;
        };
        // The paragraph holds the quotation and nothing else but its marks.
        let outside = chars[para.start..q.span.start.max(para.start)]
            .iter()
            .chain(&chars[q.span.end.min(para.end)..para.end])
            .filter(|c| c.is_alphanumeric())
            .count();
        let own = words(&q.span);
        if outside > 0 || own.split(' ').count() < 3 {
            continue;
        }
        let found = quotes[i + 1..]
            .iter()
            .take(8)
            .find(|o| o.speaker.is_some() && o.kind.is_speech() && words(&o.span).contains(&own));
        if let Some(o) = found {
            let (speaker, cue, via) = (o.speaker.clone(), o.cue.clone(), o.via.clone());
            let q = &mut quotes[i];
            q.speaker = speaker;
            q.cue = cue;
            q.via = via;
        }
    }
}

/// A mention that is one lowercase word of no noun: an article, a preposition, a conjunction,
/// a form in -ing. ("who" stays: it is the source's own word, resolved or not.)
pub(super) fn no_one(mention: &str) -> bool {
    let m = mention.trim();
    if m.contains(char::is_whitespace) || !m.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    matches!(
        m,
        "the" | "a" | "an" | "and" | "or" | "but" | "far" | "no" | "not" | "so" | "as"
    ) || attribution::PREPOSITIONS.contains(&m)
        || (m.ends_with("ing") && m.chars().count() > 5)
}

#[cfg(test)]
mod tests {
    use super::no_one;

    #[test]
    fn a_lone_function_word_or_gerund_is_no_one() {
        for m in ["of", "the", "far", "wheezing", "during"] {
            assert!(no_one(m), "{m}");
        }
        // Nouns, pronouns, names and relative pronouns are someone (or stand for someone).
        for m in [
            "officials",
            "critics",
            "who",
            "he",
            "Ada Berg",
            "the harbour master",
            "King",
        ] {
            assert!(!no_one(m), "{m}");
        }
    }
}
