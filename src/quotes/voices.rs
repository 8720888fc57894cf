//! Quotations and reported speech brought together: reported attributions made into
//! `Quote`s with their sources resolved, mixed attributions framed around partial quotations
//! the patterns missed, one list in text order, and the source spans as the article gives them.

use super::attribution::Attribution;
use super::coref::{self, Resolver};
use super::{marks, outlets, reported, set_speaker};
use crate::article::{Cue, Quote, QuoteKind};
use rustc_hash::FxHashSet;
use std::ops::Range;

mod framing;
pub(super) use framing::framing;

/// A reported attribution as a quotation of kind `Mixed` (its content holds quotation marks)
/// or `Indirect`, its source resolved like a quotation's speaker.
pub(super) fn reported_quote(
    paragraph: usize,
    r: reported::Reported,
    resolver: &mut Resolver,
    relays: &outlets::Relays,
    text: &coref::Text,
) -> Quote {
    let chars = text.chars;
    let marked = r.content.iter().any(|c| {
        let lo = c.start.saturating_sub(1);
        let hi = (c.end + 1).min(chars.len());
        chars[lo..hi].iter().any(|&x| marks::is_double(x))
    });
    let span = r.content[0].clone();
    let mut quote = Quote {
        id: 0,
        kind: if marked {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        },
        span: span.clone(),
        fragments: if r.content.len() > 1 {
            r.content
        } else {
            Vec::new()
        },
        paragraph,
        group: 0,
        speaker: None,
        cue: None,
        via: None,
    };
    let relative = r
        .attribution
        .speaker
        .clone()
        .filter(|p| matches!(p.text.as_str(), "who" | "which"));
    match relative.and_then(|p| Some((antecedent(chars, p.span.start)?, p))) {
        // "the harbour master, who said …": resolved as the phrase the pronoun stands for,
        // shown where the pronoun is.
        Some((ante, pronoun)) => {
            // "Ana Diaz, the harbour master, who …": the name before the role.
            let name = antecedent(chars, ante.span.start).and_then(|p| trailing_name(&p));
            let (ante, description) = match name {
                Some(name) if !crate::quotes::attribution::looks_like_name(&ante.text) => {
                    (name, Some(ante.text))
                }
                _ => (ante, None),
            };
            let a = Attribution {
                speaker: Some(ante),
                description: description.or(r.attribution.description.clone()),
                cue: r.attribution.cue.clone(),
            };
            set_speaker(&mut quote, &a, resolver, text);
            if let Some(sp) = quote.speaker.as_mut() {
                sp.span = pronoun.span;
                sp.mention = pronoun.text;
            }
        }
        // "A: Because that is where people are.": an interview's answer is the
        // interviewee's, the story's main figure; shown where the label is.
        None if r.attribution.cue.text == ":"
            && r.attribution.speaker.as_ref().is_some_and(|p| {
                // The label opens a paragraph of the body (a headline's "A:" is none).
                p.text == "A"
                    && text
                        .paragraphs
                        .binary_search_by_key(&p.span.start, |para| para.start)
                        .is_ok()
            }) =>
        {
            let label = r.attribution.speaker.clone();
            let a = Attribution {
                speaker: label.clone().map(|p| crate::quotes::attribution::Phrase {
                    text: "the interviewee".to_owned(),
                    ..p
                }),
                ..r.attribution.clone()
            };
            set_speaker(&mut quote, &a, resolver, text);
            if let (Some(sp), Some(label)) = (quote.speaker.as_mut(), label) {
                sp.span = label.span;
                sp.mention = label.text;
            }
        }
        None => set_speaker(&mut quote, &r.attribution, resolver, text),
    }
    quote.via = relays
        .for_quote(paragraph, span.end, relay_limit(&quote, chars))
        .cloned();
    quote
}

/// The last position at which an outlet named in the paragraph may relay a statement: the end
/// of the sentence that holds it and its attribution. An outlet named in a later sentence
/// relays that sentence's words, not these: "Lund has said …. She told the Courier that …".
pub(super) fn relay_limit(quote: &Quote, chars: &[char]) -> usize {
    let span = &quote.span;
    let attributed_at = [
        quote.cue.as_ref().map(|c| c.span.end),
        quote.speaker.as_ref().map(|s| s.span.end),
    ]
    .into_iter()
    .flatten()
    .max();
    // `Lund said: "We will go." She told the Courier …`: quoted words that close their own
    // sentence, with the attribution before them, end it.
    let closed = span.end > span.start
        && chars
            .get(span.end - 1)
            .is_some_and(|c| matches!(c, '.' | '!' | '?'))
        && attributed_at.is_none_or(|a| a <= span.start);
    if closed {
        return span.end + 1;
    }
    let last = attributed_at.map_or(span.end, |a| a.max(span.end));
    chars
        .get(last..)
        .unwrap_or_default()
        .iter()
        .take(400)
        .position(|c| matches!(c, '.' | '!' | '?' | '\n'))
        .map_or(usize::MAX, |k| last + k)
}

/// The phrase a relative pronoun at `at` stands for: the words before the comma that precedes
/// it, back to the previous punctuation ("the harbour master, who …").
fn antecedent(chars: &[char], at: usize) -> Option<super::attribution::Phrase> {
    let mut end = at;
    while end > 0 && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    if end == 0 || chars[end - 1] != ',' {
        return None;
    }
    end -= 1;
    // "Sen. Laura Kim, D-Ore., who …": past the party and state set off after the name.
    if let Some(prev) = (end.saturating_sub(12)..end)
        .rev()
        .find(|&k| chars[k] == ',')
    {
        let code: String = chars[prev + 1..end].iter().collect();
        let code = code.trim();
        let mut parts = code.splitn(2, '-');
        let party = parts.next().is_some_and(|p| matches!(p, "D" | "R" | "I"));
        let state = parts
            .next()
            .is_some_and(|st| st.chars().next().is_some_and(char::is_uppercase));
        if party && state {
            end = prev;
        }
    }
    let lo = end.saturating_sub(80);
    let start = (lo..end)
        .rev()
        .find(|&k| {
            matches!(
                chars[k],
                ',' | '.' | ';' | ':' | '(' | '"' | '“' | '”' | '\n'
            )
        })
        .map_or(lo, |k| k + 1);
    // "The panel heard a clerk, who …": the phrase starts after a past verb that takes it as
    // its object.
    let toks = super::tokens::tokenize(chars, start..end);
    let start = (1..toks.len().saturating_sub(1))
        .rev()
        .find(|&k| {
            let t = &toks[k];
            (super::attribution::looks_like_past_or_participle(t)
                || super::attribution::is_irregular_past(t))
                && !t.lower.ends_with("ing")
                && matches!(
                    toks[k + 1].lower.as_str(),
                    "a" | "an" | "the" | "his" | "her" | "their" | "its" | "by"
                )
                && !super::attribution::DETERMINERS.contains(&toks[k - 1].lower.as_str())
        })
        // "The plan was backed by Tom Brandt, who …": the agent after "by".
        .map_or(start, |k| {
            let by = usize::from(toks[k + 1].lower == "by");
            toks[k + 1 + by].span.start
        });
    let text: String = chars[start..end].iter().collect();
    let lead = text.len() - text.trim_start().len();
    let start = start + text[..lead].chars().count();
    let text = text.trim().to_owned();
    let words = text.split_whitespace().count();
    (1..=8)
        .contains(&words)
        .then_some(super::attribution::Phrase {
            span: start..end,
            text,
        })
}

/// The capitalised words that end a phrase ("Ana Diaz" of "was drafted by Ana Diaz").
fn trailing_name(p: &super::attribution::Phrase) -> Option<super::attribution::Phrase> {
    let words: Vec<&str> = p.text.split(' ').collect();
    let n = words
        .iter()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    if n == 0 {
        return None;
    }
    let text = words[words.len() - n..].join(" ");
    let len = text.chars().count();
    Some(super::attribution::Phrase {
        span: p.span.end - len..p.span.end,
        text,
    })
}

/// Quotations and reported speech in one list in text order, numbered from 1; each reported
/// attribution is a group of its own.
///
/// `runs_on` holds the starts of the quotations whose sentence goes on after them ("“…” was
/// announced in May").
pub(super) fn merge(
    quotes: Vec<Quote>,
    reported: Vec<Quote>,
    runs_on: &FxHashSet<usize>,
) -> Vec<Quote> {
    if reported.is_empty() {
        return quotes;
    }
    // In one list, by start: a quotation before reported speech that starts where it does,
    // each list's order kept among equals. Both lists are in text order, so they are merged
    // in one walk; were either not, they would be sorted (the ids, given again below, holding
    // each one's place in its list meanwhile).
    let by_start = |l: &[Quote]| l.is_sorted_by_key(|q| q.span.start);
    let mut all = if by_start(&quotes) && by_start(&reported) {
        let mut all = Vec::with_capacity(quotes.len() + reported.len());
        let mut reported = reported.into_iter().peekable();
        for q in quotes {
            while let Some(r) = reported.next_if(|r| r.span.start < q.span.start) {
                all.push(r);
            }
            all.push(q);
        }
        all.extend(reported);
        all
    } else {
        let mut all = quotes;
        let first_reported = all.len();
        all.extend(reported);
        for (i, q) in all.iter_mut().enumerate() {
            q.id = i;
        }
        all.sort_unstable_by_key(|q| (q.span.start, q.id >= first_reported, q.id));
        all
    };
    // A partial quotation inside reported speech is that source's words ("Lund called the
    // plan “reckless.”"), whatever attribution follows it in the next sentence. A frame is a
    // piece of a reported statement with a source: the piece, where its cue ends, and the
    // statement's place in `all`, whose source, cue and outlet are copied only to the
    // quotations that take them.
    let frames: Vec<(Range<usize>, usize, usize)> = all
        .iter()
        .enumerate()
        .filter(|(_, x)| x.kind.is_reported() && x.speaker.is_some())
        .flat_map(|(k, x)| {
            let cue_end = x.cue.as_ref().map_or(usize::MAX, |c| c.span.end);
            x.pieces().iter().map(move |p| (p.clone(), cue_end, k))
        })
        .collect();
    // The first frame in text order that holds the partial quotation: frames sorted by start
    // (stable, so among equals the earlier stays first), and only those that start within the
    // longest frame's length before it can hold it, so a long article is not lines × frames.
    let order: Vec<usize> = {
        let mut o: Vec<usize> = (0..frames.len()).collect();
        o.sort_by_key(|&i| frames[i].0.start);
        o
    };
    let longest = frames.iter().map(|f| f.0.len()).max().unwrap_or(0);
    // The frames that start at or before the quotation, near enough to hold it.
    let (frames, order) = (&frames, &order);
    let near = move |q: &Quote| {
        let start = q.span.start;
        let hi = order.partition_point(|&i| frames[i].0.start <= start);
        order[..hi]
            .iter()
            .rev()
            .take_while(move |&&i| frames[i].0.start + longest + 1 >= start)
            .copied()
    };
    let holding = |q: &Quote| -> Option<usize> {
        near(q)
            .filter(|&i| {
                let (p, cue_end, _) = &frames[i];
                q.span.end <= p.end + 1 && *cue_end <= q.span.start
            })
            .min()
    };
    // Which quotation takes which frame's source is decided first, reading the list; the
    // sources are copied after. Only quotations take them, and only statements give them.
    let taken: Vec<(usize, usize)> =
        all.iter()
            .enumerate()
            .filter(|(_, q)| q.kind == QuoteKind::Partial)
            .filter_map(|(t, q)| {
                let i = holding(q)?;
                let (piece, _, k) = &frames[i];
                let frame = &all[*k];
                // The statement's attribution, from its source or cue to its words: a verb
                // there is the source's description ("according to Ada Berg, who disputes
                // the count, the pier is “…”"), no attribution of the quotation.
                let attribution = [
                    frame.speaker.as_ref().map(|s| s.span.start),
                    frame.cue.as_ref().map(|c| c.span.start),
                ]
                .into_iter()
                .flatten()
                .min()
                .map_or(0..0, |from| from..piece.start);
                // Its own attribution counts when it follows the quotation, unless it is the
                // reported statement's own cue ("telling them to “…”") and names someone else:
                // then the statement's source, found from the whole sentence, is the better.
                q.cue
                    .as_ref()
                    .is_none_or(|c| {
                        // The same cue, or a part of it ("said" of "has said").
                        let shared = frame.cue.as_ref().is_some_and(|f| {
                            f.span.start <= c.span.start && c.span.end <= f.span.end
                        });
                        let other = q.speaker.as_ref().map(|s| &s.name)
                            != frame.speaker.as_ref().map(|s| &s.name);
                        let described = attribution.start <= c.span.start
                            && c.span.end <= attribution.end
                            && !shared;
                        // "said the size of the fine reflected “…”": a thing inside what the
                        // statement says is no one who speaks.
                        let thing = piece.start <= c.span.start
                            && c.span.end <= piece.end
                            && q.speaker.as_ref().is_some_and(|s| inanimate(&s.mention));
                        c.span.start > q.span.end || (shared && other) || described || thing
                    })
                    .then_some((t, *k))
            })
            .collect();
    for (t, k) in taken {
        // Its own cue stays when it is the verb of the statement's ("said" of "has said").
        take_source(&mut all, t, k, |own, frame| {
            frame.span.start <= own.span.start && own.span.end <= frame.span.end
        });
    }
    // "“…” was announced in May, said Lund.": a quotation that opens a reported statement
    // whose verb comes after it is that statement's source's, whatever verb came before it in
    // another sentence.
    let opening = |q: &Quote| -> Option<usize> {
        near(q)
            .filter(|&i| {
                let (p, _, k) = &frames[i];
                q.span.end <= p.end + 1
                    && q.span.start <= p.start + 1
                    && all[*k]
                        .cue
                        .as_ref()
                        .is_some_and(|c| c.span.start >= q.span.end)
            })
            .min()
    };
    let opened: Vec<(usize, usize)> = all
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind == QuoteKind::Direct)
        .filter(|(_, q)| {
            runs_on.contains(&q.span.start)
                && q.cue.as_ref().is_some_and(|c| c.span.end <= q.span.start)
        })
        .filter_map(|(t, q)| Some((t, frames[opening(q)?].2)))
        .collect();
    for (t, k) in opened {
        take_source(&mut all, t, k, |_, _| false);
    }
    let mut groups: std::collections::HashMap<usize, usize> = Default::default();
    let mut next = 0;
    for (i, q) in all.iter_mut().enumerate() {
        q.id = i + 1;
        q.group = if q.kind.is_reported() {
            next += 1;
            next
        } else {
            *groups.entry(q.group).or_insert_with(|| {
                next += 1;
                next
            })
        };
    }
    all
}

/// Quotation `t` takes the source, cue and outlet of reported statement `k`, keeping its own
/// cue when `keeps_cue` (its cue, the statement's) says so.
fn take_source(all: &mut [Quote], t: usize, k: usize, keeps_cue: impl Fn(&Cue, &Cue) -> bool) {
    let (speaker, cue, via) = (
        all[k].speaker.clone(),
        all[k].cue.clone(),
        all[k].via.clone(),
    );
    let q = &mut all[t];
    q.speaker = speaker;
    if !matches!((&q.cue, &cue), (Some(own), Some(frame)) if keeps_cue(own, frame)) {
        q.cue = cue;
    }
    q.via = via;
}

/// A phrase that names a thing, not someone who could speak: a determiner, no capital, and a
/// head that is no person, role, body or document ("the size of the penalty").
fn inanimate(mention: &str) -> bool {
    use super::{mention as m, name_words as n};
    let words: Vec<String> = mention.split_whitespace().map(str::to_lowercase).collect();
    if words.len() < 2
        || !matches!(
            words[0].as_str(),
            "the" | "a" | "an" | "its" | "this" | "that"
        )
        || mention
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase))
    {
        return false;
    }
    let head = match words.iter().position(|w| w == "of") {
        Some(of) if of >= 2 => &words[of - 1],
        _ => &words[words.len() - 1],
    };
    let head = head.trim_end_matches(|c: char| !c.is_alphanumeric());
    !(m::is_person_noun(head)
        || m::is_body_word(head)
        || m::epithet(head).is_some()
        || n::is_role(head)
        || n::is_org_word(head)
        || n::is_document_word(head)
        || head.ends_with('s'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(start: usize, kind: QuoteKind) -> Quote {
        Quote {
            id: 0,
            kind,
            span: start..start + 3,
            fragments: Vec::new(),
            paragraph: 0,
            group: start,
            speaker: None,
            cue: None,
            via: None,
        }
    }

    fn merged(quotes: &[usize], reported: &[usize]) -> Vec<(usize, &'static str, usize)> {
        let direct = quotes
            .iter()
            .map(|&s| quote(s, QuoteKind::Direct))
            .collect();
        let indirect = reported
            .iter()
            .map(|&s| quote(s, QuoteKind::Indirect))
            .collect();
        merge(direct, indirect, &FxHashSet::default())
            .iter()
            .map(|q| (q.span.start, q.kind.as_str(), q.id))
            .collect()
    }

    #[test]
    fn quotations_and_statements_in_text_order_quotations_first_among_equals() {
        assert_eq!(
            merged(&[0, 10, 10, 30], &[5, 10, 40]),
            [
                (0, "direct", 1),
                (5, "indirect", 2),
                (10, "direct", 3),
                (10, "direct", 4),
                (10, "indirect", 5),
                (30, "direct", 6),
                (40, "indirect", 7)
            ]
        );
        // A list out of order is sorted, with the same rule.
        assert_eq!(
            merged(&[10, 0], &[10, 5]),
            [
                (0, "direct", 1),
                (5, "indirect", 2),
                (10, "direct", 3),
                (10, "indirect", 4)
            ]
        );
    }
}
