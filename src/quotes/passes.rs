//! Passes over the whole list of quotations once each has its kind and speaker: short
//! quotations inside reported speech, quotations set apart that repeat a later one, and
//! speakers that are no one.

use super::names::{Entity, Index};
use super::outlets::Relays;
use super::{attribution, classify, name_words};
use crate::article::{Outlet, Quote, QuoteKind, SourceKind};
use rustc_hash::FxHashMap;
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
        let Some(r) = mixed[..upto].iter().rev().take(4).find(|r| {
            // "The crews found the leak, Berg said, and “patched” it": the statement is in
            // pieces around its attribution, and the term may be in any of them.
            r.pieces()
                .iter()
                .any(|p| p.start <= q.span.start && p.end >= q.span.end)
        }) else {
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

/// "Lund told the Valley Courier that …" and, in the next paragraph, "“…,” Lund said": what
/// the same speaker goes on to say straight after comes through the same outlet. A relay named
/// in the earlier paragraph carries to the speaker's statements in the next one that have none
/// of their own, as long as no one else speaks between; "according to" an outlet covers only
/// the statement it is attached to. `quotes` are in text order.
pub(super) fn relay_runs_on(quotes: &mut [Quote], paragraphs: &[Range<usize>], relays: &Relays) {
    // Only an outlet the speaker spoke to: "…, according to AP" covers that statement alone.
    // Their spans, gathered once, in text order (relays come in paragraph order).
    let addressed: Vec<&Range<usize>> = relays
        .all
        .iter()
        .filter(|r| r.addressed)
        .map(|r| &r.outlet.span)
        .collect();
    let spoken_to = |v: &Outlet| {
        addressed
            .binary_search_by(|r| (r.start, r.end).cmp(&(v.span.start, v.span.end)))
            .is_ok()
    };
    // One walk: for the paragraph being read, the outlet each speaker was last relayed
    // through in the paragraph before, and whether the statements so far in this one are all
    // one speaker's; a paragraph of thousands of statements is not walked back for each.
    fn speaker_of(quotes: &[Quote], k: usize) -> Option<&str> {
        quotes[k].speaker.as_ref().map(|s| s.name.as_str())
    }
    let mut para = usize::MAX;
    let mut before: FxHashMap<String, Outlet> = FxHashMap::default();
    // The paragraph's first statement with a speaker, and whether another speaker followed.
    let mut first: Option<usize> = None;
    let mut mixed = false;
    for i in 0..quotes.len() {
        let p = quotes[i].paragraph;
        if p != para {
            para = p;
            before.clear();
            (first, mixed) = (None, false);
            let mut from = i;
            while from > 0 && quotes[from - 1].paragraph + 1 == p {
                from -= 1;
            }
            // In text order, so that the last statement relayed wins.
            for o in &quotes[from..i] {
                if let (Some(s), Some(v)) = (&o.speaker, &o.via)
                    && spoken_to(v)
                    && paragraphs
                        .get(o.paragraph)
                        .is_some_and(|r| r.contains(&v.span.start))
                {
                    before.insert(s.name.clone(), v.clone());
                }
            }
        }
        let q = &quotes[i];
        if let (Some(speaker), None, true) = (&q.speaker, &q.via, q.kind.is_speech()) {
            let name = Some(speaker.name.as_str());
            let alone = !mixed && first.is_none_or(|f| speaker_of(quotes, f) == name);
            let via = alone.then(|| before.get(&speaker.name).cloned()).flatten();
            quotes[i].via = via;
        }
        if let Some(name) = speaker_of(quotes, i) {
            match first {
                None => first = Some(i),
                Some(f) => mixed |= speaker_of(quotes, f) != Some(name),
            }
        }
    }
}

/// "Norland's envoy to Kestria said …" when the article names the envoy only further on
/// ("Norland's envoy to Kestria Ada Berg"): a speaker that is an owner's role and nothing
/// more is the one person the article describes so, wherever it names them. The phrase
/// becomes the description. None when no person, or more than one, is described so.
pub(super) fn named_by_role<'a>(index: &'a Index, phrase: &str) -> Option<&'a Entity> {
    // Lowercase words, apostrophes straight.
    let norm = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| w.replace('’', "'").to_lowercase())
            .collect()
    };
    let words = norm(phrase);
    let (owner, rest) = words.split_first()?;
    // An owner ("Norland's") and a role word; no other capitalised word before the role's
    // object ("to Kestria").
    let owner = owner.strip_suffix("'s")?;
    let role_at = rest.iter().position(|w| name_words::is_role(w))?;
    let written: Vec<&str> = phrase.split_whitespace().collect();
    if owner.is_empty()
        || written[1..=role_at + 1]
            .iter()
            .any(|w| w.starts_with(char::is_uppercase))
    {
        return None;
    }
    let mut found: Option<&Entity> = None;
    for &k in index.by_role.get(rest[role_at].as_str())? {
        let e = &index.entities[k];
        let Some(d) = &e.description else { continue };
        let d = norm(d);
        // The description says as much: the same words in the same order, from the owner.
        let fits =
            e.kind == SourceKind::Person && d.windows(words.len()).any(|w| w == words.as_slice());
        if !fits {
            continue;
        }
        match found {
            Some(f) if f.name != e.name => return None,
            _ => found = Some(e),
        }
    }
    found
}

/// A mention that is one lowercase word of no noun: an article, a preposition, a conjunction,
/// a form in -ing or -ed. ("who" stays: it is the source's own word, resolved or not.)
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
        // A past form or participle the patterns took for a subject ("named", "led").
        || m.ends_with("ed")
}

/// "Lund toured the docks and noted the crews were “tired.”" then a paragraph that is a
/// quotation with no attribution: the quotation goes on from the partly quoted statement that
/// closed the paragraph before, and takes its speaker (and so does the rest of its group).
/// `quotes` are in text order, reported speech merged in.
pub(super) fn floating_after_reported(quotes: &mut [Quote], paragraphs: &[Range<usize>]) {
    for i in 1..quotes.len() {
        let (done, rest) = quotes.split_at_mut(i);
        let (q, prev) = (&mut rest[0], &done[i - 1]);
        let opens = paragraphs
            .get(q.paragraph)
            .is_some_and(|p| q.span.start <= p.start + 2);
        let goes_on = prev.paragraph + 1 == q.paragraph
            && (matches!(prev.kind, QuoteKind::Mixed | QuoteKind::Partial)
                || prev.group == q.group);
        if q.kind == QuoteKind::Direct
            && q.speaker.is_none()
            && opens
            && goes_on
            && let Some(s) = &prev.speaker
        {
            q.speaker = Some(s.clone());
            q.cue = prev.cue.clone();
            q.via = prev.via.clone();
        }
    }
}

/// "told the Gazette" after "in an interview with the Selby Gazette": an outlet named short is
/// shown by the fullest name the article gives it, a longer relay's name that ends with it.
/// Each name's endings are indexed once, so a long article's many relays are not compared with
/// each other.
pub(super) fn fullest_outlet_names(quotes: &mut [Quote], relays: &Relays) {
    // Every proper ending of a name, word by word ("Gazette" of "Selby Gazette"), with the
    // longest name that ends so.
    let mut fullest: rustc_hash::FxHashMap<&str, &str> = Default::default();
    for r in relays.all.iter().chain(relays.wire.iter()) {
        let name = r.outlet.name.as_str();
        for (k, _) in name.match_indices(' ') {
            let ending = &name[k + 1..];
            let best = fullest.entry(ending).or_insert(name);
            if name.len() > best.len() {
                *best = name;
            }
        }
    }
    for via in quotes.iter_mut().filter_map(|q| q.via.as_mut()) {
        if let Some(&fuller) = fullest.get(via.name.as_str()) {
            via.name = fuller.to_owned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::no_one;

    #[test]
    fn a_lone_function_word_or_gerund_is_no_one() {
        for m in [
            "of",
            "the",
            "far",
            "wheezing",
            "during",
            "identified",
            "led",
        ] {
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
