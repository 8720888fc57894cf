//! What is reported: where a content starts and ends, the cue's particles and auxiliaries,
//! and the time adjuncts that stand between a verb and its content.

use super::*;

/// The end (exclusive) of the particles a cue verb at `v` takes before its content: "called
/// for", "warned of", "talked about", "lashed out at", "pointed out".
pub(super) fn particles_end(s: &[Tok], v: usize) -> usize {
    let mut k = v + 1;
    // "voiced concerns that", "raised doubts that", "expressed hope that"
    if LIGHT_VERBS.contains(&s[v].lower.as_str())
        && s.get(k)
            .is_some_and(|t| STANCE_NOUNS.contains(&t.lower.as_str()))
    {
        k += 1;
        if s.get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "about" | "over" | "for" | "of"))
        {
            k += 1;
        }
        return k;
    }
    if s.get(k).is_some_and(|t| t.lower == "out") {
        k += 1;
        if s.get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "at" | "against"))
        {
            k += 1;
        }
        return k;
    }
    if NO_PARTICLES.contains(&s[v].lower.as_str()) {
        // "said of the plan", "wrote on her blog": what follows is whom or where.
        return k;
    }
    match s.get(k).map(|t| t.lower.as_str()) {
        Some("on")
            if s.get(k + 1).is_some_and(|t| {
                DAYS.contains(&t.lower.as_str()) || MONTHS.contains(&t.lower.as_str())
            }) =>
        {
            k
        }
        Some("about" | "of" | "for" | "against" | "on") => k + 1,
        Some("to") if TO_VERBS.contains(&s[v].lower.as_str()) => k + 1,
        _ => k,
    }
}

/// The char span of tokens `range`, trimmed of punctuation at both ends (quotation marks stay
/// when they enclose words).
pub(super) fn span_of(s: &[Tok], range: Range<usize>) -> Option<Range<usize>> {
    let mut a = range.start;
    let mut b = range.end.min(s.len());
    while a < b && !s[a].is_word && !is_double_mark(&s[a]) {
        a += 1;
    }
    while b > a && !s[b - 1].is_word && !is_double_mark(&s[b - 1]) && !s[b - 1].is_punct(')') {
        b -= 1;
    }
    if !(a < b && s[a..b].iter().any(|t| t.is_word)) {
        return None;
    }
    // A quotation opened inside the content closes inside it: `is "out of control."` takes
    // the closing mark past the full stop.
    if s[a..b].iter().filter(|t| is_double_mark(t)).count() % 2 == 1
        && let Some(k) = (b..s.len().min(b + 3)).find(|&k| is_double_mark(&s[k]))
        && s[b..k].iter().all(|t| !t.is_word)
    {
        b = k + 1;
    }
    Some(s[a].span.start..s[b - 1].span.end)
}

/// Where the content that starts at `from` ends (exclusive): the sentence's end, or a comma
/// that opens another attribution (", according to …", ", adding …", ", Lund said").
pub(super) fn content_end(s: &[Tok], from: usize, last_word: usize) -> usize {
    let mut k = from;
    // Inside quotation marks the words are the source's own: "…, harm trade and threaten
    // the port" goes on to its closing mark.
    let mut quoting = false;
    while k <= last_word {
        let t = &s[k];
        if is_double_mark(t) {
            quoting = !quoting;
            // `“… engine,” adding …`: the comma inside the closing mark ends the content as
            // one outside it does.
            if !quoting
                && k > from
                && s[k - 1].is_punct(',')
                && s.get(k + 1)
                    .is_some_and(|n| PARTICIPLES.contains(&n.lower.as_str()))
            {
                return k;
            }
        }
        if quoting {
            k += 1;
            continue;
        }
        if t.is_punct(',') || t.is_punct(';') || is_dash_tok(t) {
            // `"…," adding`: past a closing mark right after the comma.
            let skip = usize::from(s.get(k + 1).is_some_and(is_double_mark));
            let n = s.get(k + 1 + skip);
            if n.is_some_and(|n| n.lower == "according")
                && s.get(k + 2 + skip).is_some_and(|n| n.lower == "to")
            {
                return k + skip;
            }
            if n.is_some_and(|n| PARTICIPLES.contains(&n.lower.as_str())) {
                return k + skip;
            }
            if t.is_punct(';') || is_dash_tok(t) {
                return k;
            }
            // ", while …", ", though …": a clause of the writer's.
            if n.is_some_and(|n| {
                n.is_word && !n.capitalised() && CONTRASTS.contains(&n.lower.as_str())
            }) {
                return k;
            }
        }
        // " -- ": a dash typed as two hyphens.
        if t.is_punct('-') && s.get(k + 1).is_some_and(|n| n.is_punct('-')) && k > from {
            return k;
        }
        // "… and blamed the board for …": the source's next act is an attribution of its own;
        // "…, and Quist said …": so is another source's clause.
        if k > from
            && t.is_word
            && matches!(t.lower.as_str(), "and" | "but")
            && (verb_follows(s, k + 1) || (k > from + 1 && source_clause_after(s, k)))
        {
            return if s[k - 1].is_punct(',') { k - 1 } else { k };
        }
        // "…, some harbour staff are asking …": another source's clause.
        if k > from
            && s[from].lower != "that"
            && t.is_punct(',')
            && let Some(e) = np_forward(s, k + 1)
            && verb_follows(s, e)
        {
            return k;
        }
        k += 1;
    }
    last_word + 1
}

/// A clause with a source and a cue of its own after the conjunction at `k`: "…, and Quist
/// said …", "… an autograph and Quist said, …"; without a comma before the conjunction, only
/// before a plain verb of saying ("Lund and her aides knew" is one subject).
fn source_clause_after(s: &[Tok], k: usize) -> bool {
    np_forward(s, k + 1).is_some_and(|e| {
        e > k + 1
            && verb_follows(s, e)
            && (s[k - 1].is_punct(',')
                || matches!(
                    s[e].lower.as_str(),
                    "said" | "says" | "told" | "tells" | "added" | "adds"
                ))
    })
}

/// A cue verb at `k`, after any auxiliaries and adverbs.
pub(super) fn verb_follows(s: &[Tok], mut k: usize) -> bool {
    let start = k;
    while k < s.len() && k - start < 3 && (is_aux(&s[k]) || is_ly_adverb(&s[k])) {
        k += 1;
    }
    k < s.len() && is_cue_verb(s, k)
}

/// The start of the cue: the auxiliaries and adverbs just before the verb at `v`.
pub(super) fn cue_start(s: &[Tok], v: usize) -> usize {
    let mut k = v;
    while k > 0 && (is_aux(&s[k - 1]) || is_ly_adverb(&s[k - 1])) && v - k < 4 {
        k -= 1;
    }
    k
}

/// Where the cue's words start in the verb group `from..=v`. An adverb belongs to the cue
/// ("bluntly dismissed", "has repeatedly said"), as annotation marks it, except one alone
/// before the plain verb of saying, which only tells when the saying came ("ultimately
/// said").
pub(super) fn cue_words_start(s: &[Tok], from: usize, v: usize) -> usize {
    if !matches!(s[v].lower.as_str(), "said" | "says" | "say") {
        return from;
    }
    let mut k = from;
    while k < v && is_ly_adverb(&s[k]) {
        k += 1;
    }
    k
}

/// Past a time adjunct right after the verb: "said Tuesday the bridge …", "said on Monday
/// night the bridge …", "said last week the bridge …".
pub(super) fn past_time(s: &[Tok], from: usize, last_word: usize) -> usize {
    let mut k = from;
    if s.get(k).is_some_and(|t| t.lower == "on")
        && s.get(k + 1)
            .is_some_and(|t| DAYS.contains(&t.lower.as_str()))
    {
        k += 1;
    }
    if s.get(k).is_some_and(|t| DAYS.contains(&t.lower.as_str())) {
        k += 1;
        if s.get(k).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "night" | "morning" | "afternoon" | "evening"
            )
        }) {
            k += 1;
        }
    } else if s
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "last" | "this"))
        && s.get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "week" | "month" | "year" | "weekend"))
    {
        k += 2;
    } else if s.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "yesterday" | "today" | "recently" | "earlier"
        )
    }) {
        k += 1;
    }
    if s.get(k).is_some_and(|t| t.lower == "that") || k > last_word {
        return if k > last_word { from } else { k };
    }
    k
}

/// A short prepositional or time phrase: "in a statement", "on Tuesday", "last week".
pub(super) fn is_adjunct(t: &[Tok]) -> bool {
    !t.is_empty()
        && (t[0].capitalised()
            || matches!(
                t[0].lower.as_str(),
                "in" | "on"
                    | "at"
                    | "during"
                    | "last"
                    | "this"
                    | "earlier"
                    | "later"
                    | "after"
                    | "before"
                    | "via"
                    | "through"
                    | "by"
                    | "outside"
                    | "inside"
                    | "near"
                    | "from"
                    | "yesterday"
                    | "today"
                    | "repeatedly"
            ))
}
