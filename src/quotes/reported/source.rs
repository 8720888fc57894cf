//! Who is reported: the source phrase before a cue, with its appositive or brackets, a
//! pronoun with its auxiliary written on, and the subject of a sentence.

use super::*;
use crate::quotes::attribution::is_np_word_loose;

/// A source phrase ending at token `last` (inclusive) that opens its clause, with any
/// appositive or parenthesis it carries ("Ana Ruiz, a spokeswoman for the port,", "Sen. Jo Lee
/// (D-Nor.)"), or followed by a short adjunct ("Lund on Monday said"). Returns the phrase's
/// tokens and the appositive's.
pub(super) fn source_before(
    s: &[Tok],
    last: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    // "… and warned that": the verb joins the sentence's subject; no source ends here.
    if matches!(s[last].lower.as_str(), "and" | "but") {
        return None;
    }
    if s[last].is_punct(')') {
        let p = (last.saturating_sub(12)..last)
            .rev()
            .find(|&k| s[k].is_punct('('))?;
        let start = head_before(s, p.checked_sub(1)?)?;
        return Some((start..last + 1, None));
    }
    if spaced_dash(s, last) {
        // "Nora Quist -- the head of the ferry line -- said": the name before the dashes.
        let mut close = last;
        while close > 0 && s[close - 1].is_punct('-') {
            close -= 1;
        }
        let mut open = (close.saturating_sub(40)..close)
            .rev()
            .take_while(|&k| !ends_sentence(s, k) && !is_double_mark(&s[k]))
            .find(|&k| spaced_dash(s, k))?;
        while open > 0 && s[open - 1].is_punct('-') {
            open -= 1;
        }
        let start = head_before(s, open.checked_sub(1)?)?;
        return (open > start).then_some((start..open, Some(open + 1..close)));
    }
    // "Ada Berg, 34, said", "one worker, Ada Berg, 34, said": the age is passed over.
    if s[last].is_punct(',')
        && last >= 3
        && crate::quotes::attribution::is_age_between_commas(s, last - 1)
    {
        return source_before(s, last - 2)
            .or_else(|| head_before(s, last - 3).map(|start| (start..last - 2, None)));
    }
    // "Berg, citing “the pull of the tide,” said": the appositive's comma closed inside the
    // marks of the words it ends with.
    let mark_closes = is_double_mark(&s[last]) && last > 0 && s[last - 1].is_punct(',');
    if s[last].is_punct(',') || mark_closes {
        // The appositive runs back to the comma after the name: try the nearest comma first.
        let lo = last.saturating_sub(40);
        let mut commas = 0;
        // A phrase that is an appositive itself or the object of a preposition ("Omar Vale,
        // an analyst at Kestria, the Norland group, told"): a named phrase further back, if
        // there is one, is the source.
        let mut inside = None;
        // From the closing mark itself, so the quoted words are passed over first.
        let mut p = last + usize::from(mark_closes);
        while p > lo {
            p -= 1;
            // "Voss, whose album “Northern Lights” topped the charts, told": a short title
            // in quotation marks inside the appositive is passed over.
            if is_double_mark(&s[p]) {
                match (p.saturating_sub(8).max(lo)..p)
                    .rev()
                    .find(|&k| is_double_mark(&s[k]))
                {
                    // A comma may close the title inside its marks ("citing “the sea,” said").
                    Some(open)
                        if open + 1 < p
                            && s[open + 1..p].iter().all(|t| t.is_word || t.is_punct(',')) =>
                    {
                        p = open;
                        continue;
                    }
                    _ => break,
                }
            }
            if ends_sentence(s, p) {
                break;
            }
            if !s[p].is_punct(',') {
                continue;
            }
            commas += 1;
            if commas > 3 {
                break;
            }
            // "Sen. Jo Lee (D-Nor.), a member of …": past the parenthesis to the name.
            let name_last = match p.checked_sub(1) {
                Some(q) if s[q].is_punct(')') => (q.saturating_sub(12)..q)
                    .rev()
                    .find(|&k| s[k].is_punct('('))
                    .and_then(|k| k.checked_sub(1)),
                q => q,
            };
            // Someone is named: in the phrase ("Ana Ruiz, a nurse,") or in the appositive
            // ("one of the lawyers, Ana Ruiz,").
            let named = |r: Range<usize>| s[r].iter().any(|t| t.capitalised() || is_pronoun_tok(t));
            if let Some(start) = name_last.and_then(|q| head_before(s, q))
                && p + 1 < last
                && (named(start..p)
                    || s[p + 1..last]
                        .iter()
                        .all(|t| t.capitalised() || is_title_dot(s, t)))
            {
                let of = start > 0
                    && (PREPOSITION_WORDS.contains(&s[start - 1].lower.as_str())
                        || (s[start - 1].is_punct(',')
                            && matches!(s[start].lower.as_str(), "a" | "an" | "the")));
                // Past such a phrase, only a proper name will do.
                if inside.is_some() && !proper_name(s, start..p) {
                    continue;
                }
                // "Ada Berg, 34, a welder, said": the age is passed over.
                let app = if p + 3 < last
                    && crate::quotes::attribution::is_age_between_commas(s, p + 1)
                {
                    p + 3
                } else {
                    p + 1
                };
                if !of {
                    return Some((start..p, Some(app..last)));
                }
                inside.get_or_insert((start..p, Some(p + 1..last)));
            }
        }
        // "Sen. Ada Berg (D-Nor.), said": a stray comma after the bracket, no appositive.
        return inside.or_else(|| {
            (last > 0 && s[last - 1].is_punct(')'))
                .then(|| source_before(s, last - 1))
                .flatten()
        });
    }
    if let Some(start) = quantity_before(s, last).or_else(|| head_before(s, last)) {
        return Some((start..last + 1, None));
    }
    // A subject with words after its head ("an engineer close to the design", "those who
    // back the plan"): the whole opening of the sentence, when it is short and plain.
    let mut from = 0;
    while s
        .get(from)
        .is_some_and(|t| OPENING_WORDS.contains(&t.lower.as_str()) && t.capitalised())
    {
        from += 1;
    }
    let plain = last >= from
        && last - from < 14
        && s[from..=last]
            .iter()
            .all(|t| t.is_word || is_title_dot(s, t))
        && (s[from].capitalised()
            || crate::quotes::attribution::DETERMINERS.contains(&s[from].lower.as_str()));
    // The head comes first, then what follows it: "an engineer close to", "sailors in".
    let head_end = np_forward(s, from).unwrap_or(from);
    let modified = head_end > from
        && head_end <= last
        && matches!(
            s[head_end].lower.as_str(),
            "familiar"
                | "close"
                | "of"
                | "in"
                | "from"
                | "at"
                | "with"
                | "who"
                | "for"
                | "on"
                | "to"
        );
    // "Mayor Tove Hald on Monday said": a time is the verb's adjunct, no modifier.
    let timed = modified
        && matches!(s[head_end].lower.as_str(), "on" | "in" | "at")
        && s[head_end..=last].iter().any(|t| is_time_word(&t.lower));
    if plain && modified && !timed {
        return Some((from..last + 1, None));
    }
    // "Lund on Monday said", "the ministry in a statement said"
    let p = (last.saturating_sub(5)..last).rev().find(|&k| {
        matches!(
            s[k].lower.as_str(),
            "on" | "in" | "at" | "during" | "last" | "this"
        )
    })?;
    let start = head_before(s, p.checked_sub(1)?)?;
    // "a study that appeared in the journal found": a verb before the preposition is no
    // source; the phrase its relative pronoun stands for is.
    if start + 1 == p
        && (crate::quotes::attribution::looks_like_past_or_participle(&s[start])
            || crate::quotes::attribution::is_irregular_past(&s[start]))
    {
        let that = start.checked_sub(1)?;
        if !matches!(s[that].lower.as_str(), "that" | "which" | "who") {
            return None;
        }
        let head = phrase_start(s, that.checked_sub(1)?)?;
        return opens_at(s, head).then_some((head..that, None));
    }
    Some((start..p, None))
}

/// Capitalised words that name someone: no opening word, time or lowercase word among them.
fn proper_name(s: &[Tok], r: Range<usize>) -> bool {
    !r.is_empty()
        && !OPENING_WORDS.contains(&s[r.start].lower.as_str())
        && s[r].iter().all(|t| {
            (t.capitalised()
                && !DAYS.contains(&t.lower.as_str())
                && !MONTHS.contains(&t.lower.as_str())
                && !t.lower.ends_with("ly"))
                || is_title_dot(s, t)
        })
}

/// Prepositions whose object is no subject.
const PREPOSITION_WORDS: &[&str] = &["of", "at", "for", "in", "with", "from", "by"];

/// A pronoun with its auxiliary written on ("he's", "they've", "she'd") before the verb
/// `verb`: the pronoun as the source and the auxiliary with the verb as the cue.
pub(super) fn contracted_subject(t: &Tok, verb: &Tok, chars: &[char]) -> Option<(Phrase, Phrase)> {
    let (stem, _) = t.lower.split_once('\'')?;
    if !matches!(stem, "he" | "she" | "they" | "we" | "i" | "it" | "you") {
        return None;
    }
    let cut = t.span.start + stem.chars().count();
    let text = |r: Range<usize>| chars[r].iter().collect::<String>();
    Some((
        Phrase {
            span: t.span.start..cut,
            text: text(t.span.start..cut),
        },
        Phrase {
            span: cut..verb.span.end,
            text: text(cut..verb.span.end),
        },
    ))
}

pub(super) fn is_title_dot(s: &[Tok], t: &Tok) -> bool {
    let k = s.partition_point(|x| x.span.start < t.span.start);
    crate::quotes::attribution::is_title_dot(s, k)
}

pub(super) fn is_pronoun_tok(t: &Tok) -> bool {
    t.is_word && crate::quotes::attribution::PRONOUNS.contains(&t.lower.as_str())
}

/// The first token of a noun phrase ending at `last` that opens its clause.
pub(super) fn head_before(s: &[Tok], last: usize) -> Option<usize> {
    let start = head_only(s, last)?;
    // "diplomats and UN officials": both speak.
    if start >= 2
        && s[start - 1].lower == "and"
        && let Some(first) = head_only(s, start - 2)
    {
        return Some(first);
    }
    Some(start)
}

/// The first token of a noun phrase ending at `last` that opens its clause, without joining
/// phrases.
pub(super) fn head_only(s: &[Tok], last: usize) -> Option<usize> {
    // "the mayor, who said …", "a study, which notes …": the relative pronoun stands for the
    // phrase before it, and is resolved to it.
    if matches!(s[last].lower.as_str(), "who" | "which")
        && !s[last].capitalised()
        && last > 0
        && s[last - 1].is_punct(',')
    {
        return Some(last);
    }
    let start = phrase_start(s, last)?;
    if opens_at(s, start) {
        return Some(start);
    }
    // "lawyers for the ferry line", "clerks at the port": the phrase is the end of a
    // head's modifier; the head and its modifier are the source.
    let mut at = start;
    for _ in 0..2 {
        let prep = at.checked_sub(1)?;
        // "residents interviewed by the Valley Courier said": a participle's agent ends the
        // head's modifier.
        if s[prep].lower == "by"
            && prep >= 2
            && crate::quotes::attribution::is_participle(&s[prep - 1])
            && let Some(head) = phrase_start(s, prep - 2)
            && opens_at(s, head)
        {
            return Some(head);
        }
        if !matches!(
            s[prep].lower.as_str(),
            "for"
                | "of"
                | "at"
                | "in"
                | "with"
                | "from"
                | "on"
                | "to"
                | "inside"
                | "within"
                | "outside"
                | "near"
                | "among"
        ) {
            return None;
        }
        // "Mayor Tove Hald on Monday said": a time after the preposition is an adjunct of the
        // verb, not the head's modifier.
        if matches!(s[prep].lower.as_str(), "on" | "in" | "at")
            && s[at..=last].iter().any(|t| is_time_word(&t.lower))
        {
            return None;
        }
        // "Lund turned to the radio": a verb before the preposition ends the subject there.
        let before = &s[prep.checked_sub(1)?];
        if crate::quotes::attribution::looks_like_past_or_participle(before)
            || crate::quotes::attribution::is_irregular_past(before)
        {
            return None;
        }
        let head = phrase_start(s, prep - 1)?;
        if opens_at(s, head) {
            return Some(head);
        }
        at = head;
    }
    None
}

/// The first token of a noun phrase ending at `last`, whatever stands before it.
fn phrase_start(s: &[Tok], last: usize) -> Option<usize> {
    let mut start = np_backward(s, last)?;
    // The shared phrase finder keeps only the head of a phrase opened by a lowercase word
    // ("state inspectors" becomes "inspectors"); where the words before it open the clause,
    // the whole phrase is the source.
    let mut k = start;
    while k > 0 && last + 1 - k < 8 && is_np_word_loose(&s[k - 1]) {
        k -= 1;
    }
    if k < start && opens_at(s, k) {
        start = k;
    }
    // "But officials", "After Lund": the sentence's opening word is not the source's.
    while start < last && s[start].capitalised() && OPENING_WORDS.contains(&s[start].lower.as_str())
    {
        start += 1;
    }
    // "Lund made an unusual": a verb swallowed into the phrase; its object is no source.
    if let Some(d) = (start + 1..=last).find(|&k| {
        matches!(s[k].lower.as_str(), "a" | "an" | "the")
            && !s[k].capitalised()
            && !matches!(s[k - 1].lower.as_str(), "of" | "and" | "for" | "at" | "in")
    }) && !s[start..d]
        .iter()
        .all(|t| t.capitalised() || t.lower == "of" || t.lower.ends_with("'s"))
    {
        start = d;
    }
    let head = &s[start];
    if start == last && NOT_SOURCES.contains(&head.lower.as_str()) && head.lower != "it" {
        return None;
    }
    Some(start)
}

/// A token after which a clause, and so its subject, can begin.
/// Whether a phrase starting at token `k` opens its clause: at the sentence's start, after
/// an opener, or after a capitalised word that only opens a sentence ("Even Quist said",
/// "Still, …" has its comma).
fn opens_at(s: &[Tok], k: usize) -> bool {
    let w = &s[k.saturating_sub(1)];
    k == 0
        || opener(w)
        || ((w.capitalised() && OPENING_WORDS.contains(&w.lower.as_str())
            // "Still, even Lund says …", "and even the mayor said": an adverb after an opener.
            || matches!(w.lower.as_str(), "even" | "also" | "still"))
            && (k == 1 || opener(&s[k - 2])))
}

fn opener(t: &Tok) -> bool {
    t.is_punct(',')
        || t.is_punct('(')
        || t.is_punct(';')
        || t.is_punct(':')
        || is_quote_tok(t)
        || is_dash_tok(t)
        || (t.is_word && CLAUSE_OPENERS.contains(&t.lower.as_str()))
}

/// A quotation mark, double or single (`''` is written as two single ones).
pub(super) fn is_quote_tok(t: &Tok) -> bool {
    is_double_mark(t) || (!t.is_word && matches!(t.first, '\'' | '‘' | '’'))
}

/// The subject that opens the sentence, after any connective: the source of a second verb
/// ("Lund visited the pier and said …").
pub(super) fn sentence_subject(s: &[Tok], before: usize) -> Option<Range<usize>> {
    // "(the board would not say but called it …)", "…; the board called it …": the clause
    // opens after an unclosed bracket or a semicolon.
    let mut depth = 0usize;
    let mut from = 0;
    for k in (0..before.min(s.len())).rev() {
        if s[k].is_punct(')') {
            depth += 1;
        } else if s[k].is_punct('(') {
            if depth == 0 {
                from = k + 1;
                break;
            }
            depth -= 1;
        } else if s[k].is_punct(';') && depth == 0 {
            from = k + 1;
            break;
        }
    }
    while s.get(from).is_some_and(|t| {
        matches!(t.lower.as_str(), "but" | "and" | "so" | "yet" | "still") || t.is_punct(',')
    }) {
        from += 1;
    }
    // "In her first interview since the vote, Lund …", "Later that week, Lund …": past an
    // opening adverbial phrase.
    let reach = s.get(from).and_then(|t| {
        if OPENING_PREPOSITIONS.contains(&t.lower.as_str()) {
            Some(16)
        } else {
            OPENING_ADVERBS.contains(&t.lower.as_str()).then_some(6)
        }
    });
    if let Some(reach) = reach {
        let comma = (from + 1..before.min(from + reach))
            .take_while(|&k| !is_double_mark(&s[k]) && !ends_sentence(s, k))
            .find(|&k| s[k].is_punct(','))?;
        from = comma + 1;
    }
    let mut end = np_forward(s, from)?;
    // "Lund refuses to …": a verb the phrase finder took for a plural noun ends the subject.
    if let Some(k) = (from + 1..end).find(|&k| !s[k].capitalised() && is_report_verb(&s[k].lower)) {
        end = k;
    }
    if end < before && s[end].is_punct(',') {
        // "Lund, the port's director, toured … and said": past the appositive to the verb.
        let close = (end + 1..before.min(end + 16)).find(|&k| s[k].is_punct(','))?;
        let verb = s.get(close + 1)?;
        // "The port's director, Mark Ellis, toured … and said": the name speaks.
        let named = |r: Range<usize>| s[r].iter().all(|t| t.is_word && t.capitalised());
        let who = if named(end + 1..close) && !named(from..end) {
            end + 1..close
        } else {
            from..end
        };
        return (close + 1 < before
            && verb.is_word
            && !verb.capitalised()
            && !s[end + 1..close].iter().any(is_double_mark))
        .then_some(who);
    }
    (end < before && s[end].is_word && !s[end].capitalised()).then_some(from..end)
}

/// Adverbs of time and sequence that open a phrase before a sentence's subject, up to a
/// comma ("Later that spring,", "Last week,").
#[rustfmt::skip]
static OPENING_ADVERBS: WordSet = WordSet::new(&[
    "earlier", "later", "last", "this", "next", "yesterday", "today", "tonight", "meanwhile",
    "recently", "previously", "separately", "now", "then", "afterwards", "initially",
    "finally", "once", "two", "three", "several", "days", "weeks", "months", "years",
]);

/// Prepositions that open an adverbial phrase before a sentence's subject.
#[rustfmt::skip]
static OPENING_PREPOSITIONS: WordSet = WordSet::new(&[
    "in", "on", "at", "during", "after", "before", "since", "despite", "with", "without",
    "amid", "following", "throughout", "until", "under", "over", "from", "for", "by", "as",
]);

/// Words a quantity of people is counted in: "nearly four in 10", "62 percent of fishers",
/// "a majority of", "most".
#[rustfmt::skip]
static QUANTITY_WORDS: WordSet = WordSet::new(&[
    "more", "less", "fewer", "nearly", "almost", "about", "some", "only", "just", "roughly",
    "around", "over", "under", "most", "many", "half", "majority", "minority", "third", "thirds",
    "quarter", "quarters", "percent", "per", "cent", "of", "in", "than", "among", "a", "the",
    "several", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "two-thirds",
    "overwhelming", "slim", "narrow", "vast", "large", "small", "every", "out", "all", "both",
]);

/// Words that can open a counted source.
#[rustfmt::skip]
static QUANTITY_LEADS: WordSet = WordSet::new(&[
    "more", "less", "fewer", "nearly", "almost", "about", "some", "only", "just", "roughly",
    "around", "over", "under", "most", "many", "half", "several", "a", "the", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "two-thirds", "majority",
]);

/// A counted source ending at token `last` ("nearly three in five", "85% of those polled",
/// "a majority of residents", "Most"): the phrase opens its clause, leads with a quantity
/// and has only quantity words before any "of"/"among" that names the group. Returns the
/// first token.
pub(super) fn quantity_before(s: &[Tok], last: usize) -> Option<usize> {
    let numeric = |t: &Tok| t.first.is_ascii_digit();
    let mut k = last + 1;
    while k > 0 && last + 1 - k < 14 {
        let t = &s[k - 1];
        if opener(t) || !(t.is_word || t.is_punct('%') || numeric(t)) {
            break;
        }
        k -= 1;
    }
    while k <= last && s[k].capitalised() && OPENING_WORDS.contains(&s[k].lower.as_str()) {
        k += 1;
    }
    let first = s.get(k).filter(|_| k <= last)?;
    if !(numeric(first) || QUANTITY_LEADS.contains(&first.lower.as_str())) {
        return None;
    }
    // Up to the group ("of voters"), nothing but counting; the group has no verb in it.
    let group = (k..=last).find(|&j| matches!(s[j].lower.as_str(), "of" | "among"));
    let counted = &s[k..group.unwrap_or(last + 1)];
    let counting = counted
        .iter()
        .all(|t| numeric(t) || t.is_punct('%') || QUANTITY_WORDS.contains(&t.lower.as_str()));
    let real_count = counted.iter().any(|t| {
        numeric(t)
            || t.is_punct('%')
            || !matches!(
                t.lower.as_str(),
                "a" | "the" | "of" | "in" | "than" | "over" | "under"
            )
    });
    let plain_group = group.is_none_or(|g| {
        g < last
            && s[g + 1..=last]
                .iter()
                .all(|t| !is_report_verb(&t.lower) && !AUXILIARIES.contains(&t.lower.as_str()))
    });
    (counting && real_count && plain_group).then_some(k)
}

/// A dash that sets off a phrase: a real dash, or hyphens standing apart from words (" - ",
/// "--").
fn spaced_dash(s: &[Tok], k: usize) -> bool {
    if is_dash_tok(&s[k]) {
        return true;
    }
    if !s[k].is_punct('-') {
        return false;
    }
    let before = k.checked_sub(1).map(|j| &s[j]);
    let after = s.get(k + 1);
    let apart_before = before.is_none_or(|b| b.span.end < s[k].span.start || b.is_punct('-'));
    let apart_after = after.is_none_or(|a| a.span.start > s[k].span.end || a.is_punct('-'));
    apart_before && apart_after
}
