//! A quotation's or a statement's speaker and cue set from its attribution: the mention
//! resolved to a name (a pronoun going on from the speaker just before it), its gender noted
//! from what it reports, and the cue with the set phrase of its medium.

use super::attribution::{Attribution, Phrase};
use super::coref::{self, Resolver};
use super::{languages, marks, name_words};
use crate::article::{Cue, Quote, Speaker};
use std::ops::Range;

/// Sets `quote`'s cue and speaker from `a`, resolving the speaker's mention in reading order.
pub(super) fn set_speaker(
    quote: &mut Quote,
    a: &Attribution,
    resolver: &mut Resolver,
    text: &coref::Text,
) {
    // A quotation's cue takes the medium it came in ("said in a statement"); reported speech
    // keeps the verb alone, as its annotation does, so the medium is not read as content.
    let medium = (!quote.kind.is_reported())
        .then(|| medium_after(text.chars, a.cue.span.end))
        .flatten();
    let span = a.cue.span.start..medium.unwrap_or(a.cue.span.end);
    quote.cue = Some(Cue {
        text: text.chars[span.clone()].iter().collect(),
        span,
    });
    // "Their chair, the critic Ada Berg, said": the name at the end of the appositive speaks.
    let named = named_in_description(a, text.chars);
    let whole_span = named
        .as_ref()
        .zip(a.speaker.as_ref())
        .map(|(_, sp)| source_span(text.chars, &sp.span, a, true));
    let a = named.as_ref().unwrap_or(a);
    if let Some(Phrase {
        span,
        text: mention,
    }) = &a.speaker
    {
        let paragraph = text.paragraphs
            [..text.paragraphs.partition_point(|p| p.start <= span.start)]
            .last()
            .map_or(0, |p| p.start);
        // "he" and "she" (or another language's) go on from the speaker just before them in
        // the paragraph.
        let pronoun = languages::pronoun(mention);
        let person_pronoun = match (he_or_she(&mention.to_lowercase()), &pronoun) {
            (Some(g), _) => Some(Some(g)),
            (None, Some(languages::Pronoun::One(g))) => Some(*g),
            _ => None,
        };
        let continuing =
            person_pronoun.and_then(|g| resolver.continuing_speaker(span.start, paragraph, g));
        let r = match (continuing, pronoun) {
            (Some(r), _) => r,
            (None, Some(p)) => resolver.pronoun_before(span.start, p, mention),
            (None, None) => resolver.resolve(text, mention, span.start, a.description.as_deref()),
        };
        resolver.remember(span.start, &r);
        // "X told the Post she had heard shouting": the pronoun opening what X reports is X.
        if quote.kind.is_reported() {
            let content: String = text.chars[quote.span.clone()].iter().take(12).collect();
            let content = content.strip_prefix("that ").unwrap_or(&content);
            if let Some(g) = content.split_whitespace().next().and_then(he_or_she) {
                resolver.note_gender(&r.name, g);
            }
        }
        quote.speaker = Some(Speaker {
            name: r.name,
            mention: mention.clone(),
            span: match whole_span {
                Some(whole) if quote.kind.is_reported() => whole,
                Some(_) => span.clone(),
                None => source_span(text.chars, span, a, quote.kind.is_reported()),
            },
            description: r.description,
        });
    }
}

/// "Their chair, the critic Ada Berg": an attribution whose speaker is a role and whose
/// appositive, right after it, ends in a name of two or more words after a few lowercase words
/// of role ("the critic", "novelist"): the name speaks, and the role describes.
fn named_in_description(a: &Attribution, chars: &[char]) -> Option<Attribution> {
    let sp = a.speaker.as_ref()?;
    let d = a.description.as_deref()?;
    if super::attribution::looks_like_name(&sp.text)
        || languages::pronoun(&sp.text).is_some()
        || he_or_she(&sp.text.to_lowercase()).is_some()
    {
        return None;
    }
    let words: Vec<&str> = d.split(' ').collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let name_len = words.iter().rev().take_while(|w| capital(w)).count();
    let role = &words[..words.len() - name_len];
    // Words of a role, not a phrase that places the name ("part of the Norland Union").
    let plain_word = |w: &&str| {
        !w.is_empty()
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !super::attribution::PREPOSITIONS.contains(w)
            && !matches!(*w, "and" | "or" | "who" | "which" | "that" | "by" | "as" | "like")
            // "first reported by the Courier": a participle's phrase, no role.
            && !w.ends_with("ed")
            && !w.ends_with("ing")
    };
    if name_len < 2 || role.is_empty() || role.len() > 4 || !role.iter().all(plain_word) {
        return None;
    }
    // The appositive stands right after the speaker, so the name's place is known.
    let from = sp.span.end + 2;
    let d_chars: Vec<char> = d.chars().collect();
    if chars.get(sp.span.end..from) != Some(&[',', ' '][..])
        || chars.get(from..from + d_chars.len()) != Some(&d_chars[..])
    {
        return None;
    }
    let name_text = words[words.len() - name_len..].join(" ");
    let end = from + d_chars.len();
    let start = end - name_text.chars().count();
    Some(Attribution {
        speaker: Some(Phrase {
            text: name_text,
            span: start..end,
        }),
        description: Some(sp.text.clone()),
        cue: a.cue.clone(),
    })
}

/// Where "in a statement" ends when it follows the verb ("said in a statement", "said in a
/// joint statement"): news style counts the set phrase as part of the cue. A particular
/// statement ("in the statement", "in his closing statement") and other media ("in an email",
/// "in a speech") are where something was said, and stay out of the cue.
fn medium_after(chars: &[char], end: usize) -> Option<usize> {
    const MEDIA: &[&str] = &["statement"];
    const OPENERS: &[&str] = &["a"];
    let rest: String = chars[end..chars.len().min(end + 60)].iter().collect();
    let mut words = rest.split(char::is_whitespace);
    if words.next() != Some("") || words.next() != Some("in") {
        return None;
    }
    let mut used = " in".len();
    let opener = words.next()?;
    if !OPENERS.contains(&opener) {
        return None;
    }
    used += 1 + opener.chars().count();
    // Up to two words before the noun: "a joint written statement", "a blog post".
    for word in words.take(3) {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        used += 1 + bare.chars().count();
        if MEDIA.contains(&bare) {
            return Some(end + used);
        }
        if bare.len() != word.len() || !bare.chars().all(|c| c.is_lowercase() || c == '-') {
            return None;
        }
    }
    None
}

/// The source as the article gives it: the mention with its party in brackets ("Sen. Jo Lee
/// (D-Nor.)"), its appositive, and after an inverted verb everything the sentence goes on to
/// say of the speaker (`said Ana Ruiz, 44, a nurse from the port who came to the rally.`).
/// A quotation's speaker span starts at the name, even after a role ("the port's director,
/// Ana Ruiz"); reported speech's (`whole`) takes the role too, as its annotation does.
pub(super) fn source_span(
    chars: &[char],
    span: &Range<usize>,
    a: &Attribution,
    whole: bool,
) -> Range<usize> {
    let mention_end = span.end;
    let mut span = match with_appositive(chars, span, a.description.as_deref()) {
        s if s.start < span.start && !whole => span.clone(),
        s => s,
    };
    let rest = |from: usize, n: usize| &chars[from.min(chars.len())..(from + n).min(chars.len())];
    if rest(span.end, 2) == [' ', '(']
        && let Some(k) = rest(span.end, 40).iter().position(|&c| c == ')')
        // A party in brackets, not a quotation opened inside them.
        && !rest(span.end, k).iter().any(|&c| marks::is_double(c))
    {
        span.end += k + 1;
    }
    // "Ada Berg, 34, said": the age set off after the name is part of the source as given.
    if let Some(age_end) = age_after(chars, span.end) {
        span.end = age_end;
    }
    // After "according to X," the sentence goes on with what X says, not about X.
    let according = a.cue.text.eq_ignore_ascii_case("according to");
    // The sentence's tail is read from the name, so an appositive found (which may have been
    // cut short) never stops it.
    let tail_from = if rest(span.end, 2) == [',', ' '] {
        Some(span.end)
    } else {
        (span.end > mention_end && rest(mention_end, 2) == [',', ' ']).then_some(mention_end)
    };
    // "The plan, said Berg, would work.": a verb after the comma goes on with what was said.
    let goes_on = |from: usize| {
        let word: String = rest(from + 2, 12)
            .iter()
            .take_while(|c| c.is_alphabetic() || **c == '\'' || **c == '’')
            .collect();
        super::attribution::is_modal_or_aux(&word)
    };
    if let Some(from) = tail_from
        .filter(|_| a.cue.span.end <= span.start && !according)
        .filter(|&from| !goes_on(from))
    {
        let tail = rest(from, 240);
        let mut end = None;
        // Past an appositive found, a dash opens an aside about something else ("…, who runs
        // the gym — which hosts …").
        let past_appositive = from < span.end;
        for (k, &c) in tail.iter().enumerate() {
            if c == '\n' || marks::is_double(c) {
                break;
            }
            if past_appositive && matches!(c, '—' | '–') && k > 0 && tail[k - 1] == ' ' {
                end = Some(k - 1);
                break;
            }
            let next = tail.get(k + 1).copied();
            if matches!(c, '.' | '!' | '?')
                && next.is_none_or(|n| n.is_whitespace() || marks::is_double(n))
            {
                let after = tail.get(k + 2).copied();
                let abbreviation = c == '.'
                    && k >= 2
                    && tail[k - 1].is_uppercase()
                    && !tail[k - 2].is_alphabetic();
                if !abbreviation || after.is_none_or(|x| x == '\n') {
                    end = Some(k);
                    break;
                }
            }
        }
        if let Some(k) = end.filter(|&k| k > 2) {
            span.end = span.end.max(from + k);
        }
    }
    span
}

/// The source's span with the appositive that describes it, when the two stand side by side
/// ("Ana Ruiz, a spokeswoman for the port", "the port's spokeswoman, Ana Ruiz"): the source as
/// the article gives it.
pub(super) fn with_appositive(
    chars: &[char],
    span: &Range<usize>,
    description: Option<&str>,
) -> Range<usize> {
    let Some(d) = description.filter(|d| !d.is_empty()) else {
        return span.clone();
    };
    let d: Vec<char> = d.chars().collect();
    let sep = |at: usize| chars.get(at) == Some(&',') && chars.get(at + 1) == Some(&' ');
    let mut after = span.end + 2;
    // "Ada Berg, 34, a welder": the age between the name and what describes it.
    if let Some(age_end) = age_after(chars, span.end).filter(|&e| sep(e)) {
        after = age_end + 2;
    }
    if sep(span.end) && chars.get(after..after + d.len()) == Some(&d[..]) {
        return span.start..after + d.len();
    }
    if let Some(before) = span.start.checked_sub(d.len() + 2)
        && sep(span.start - 2)
        && chars.get(before..before + d.len()) == Some(&d[..])
    {
        return before..span.end;
    }
    span.clone()
}

/// "Ada Berg, 34, said": where an age set off by commas after `at` ends (at its closing comma),
/// when one stands there: ", " then one to three digits then ",".
fn age_after(chars: &[char], at: usize) -> Option<usize> {
    let rest = chars.get(at..)?;
    if !rest.starts_with(&[',', ' ']) {
        return None;
    }
    let digits = rest[2..]
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let end = at + 2 + digits;
    ((1..=3).contains(&digits) && chars.get(end) == Some(&',')).then_some(end)
}

/// The gender "he" or "she" (lowercase) gives.
fn he_or_she(w: &str) -> Option<name_words::Gender> {
    match w {
        "he" => Some(name_words::Gender::Male),
        "she" => Some(name_words::Gender::Female),
        _ => None,
    }
}
