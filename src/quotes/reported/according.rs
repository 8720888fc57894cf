//! `according to X`: the source after the cue, and what was said on either side of it.

use super::*;

/// "C, according to X." and "According to X, C."
pub(super) fn according_to(
    s: &[Tok],
    i: usize,
    last_word: usize,
    chars: &[char],
) -> Option<(Reported, usize)> {
    if !(s[i].lower == "according" && s.get(i + 1).is_some_and(|n| n.lower == "to")) {
        return None;
    }
    let src_from = i + 2;
    // The source runs to the comma or the end of the sentence: "a report in the Valley
    // Courier", "early counts from the harbour board", "a clerk who asked not to be named".
    let src_end = (src_from..=last_word + 1)
        .find(|&k| k > last_word || s[k].is_punct(',') || s[k].is_punct(';') || is_dash_tok(&s[k]))
        .filter(|&e| e > src_from && e - src_from <= 25)
        .or_else(|| np_forward(s, src_from))?;
    let cue = phrase(s, i..i + 2, chars)?;
    let speaker = phrase(s, src_from..src_end, chars);
    let mut description = None;
    let content =
        if i == 0 || (i > 0 && !s[i - 1].is_punct(',') && s[..i].iter().all(|t| !t.is_word)) {
            // "According to X, C."
            if !s.get(src_end).is_some_and(|t| t.is_punct(',')) {
                return None;
            }
            // "According to Ada Berg, a planner at the port, C": the appositive describes.
            let from = match speaker
                .as_ref()
                .filter(|p| crate::quotes::attribution::looks_like_name(&p.text))
                .and_then(|_| appositive_then_clause(s, src_end + 1, last_word))
            {
                Some(close) => {
                    description = phrase(s, src_end + 1..close, chars).map(|p| p.text);
                    close + 1
                }
                None => src_end + 1,
            };
            vec![span_of(s, from..content_end(s, from, last_word))?]
        } else if s[i - 1].is_punct(',') {
            let mut pieces = vec![span_of(s, 0..i - 1)?];
            if src_end <= last_word
                && s[src_end].is_punct(',')
                && let Some(b) = span_of(s, src_end + 1..content_end(s, src_end + 1, last_word))
            {
                pieces.push(b);
            }
            pieces
        } else {
            return None;
        };
    Some((Reported::new(content, speaker, description, cue), src_end))
}

/// The closing comma of an appositive opening at token `from` ("a planner at the port, C",
/// "the port's director, who signed it, C"), when a clause follows it: an indefinite article
/// or a possessive opens it, and no verb stands in it but a relative clause's.
fn appositive_then_clause(s: &[Tok], from: usize, last_word: usize) -> Option<usize> {
    let first = s.get(from)?;
    if !(matches!(first.lower.as_str(), "a" | "an") || first.lower.ends_with("'s")) {
        return None;
    }
    let close = (from + 2..=last_word.min(from + 25)).find(|&k| s[k].is_punct(','))?;
    let relative = (from..close).find(|&k| matches!(s[k].lower.as_str(), "who" | "which" | "that"));
    let finite = |t: &Tok| {
        t.is_word
            && !t.capitalised()
            && (is_report_verb(&t.lower) || AUXILIARIES.contains(&t.lower.as_str()))
    };
    let plain = &s[from..relative.unwrap_or(close)];
    let rest = &s[close + 1..=last_word];
    (!plain.iter().any(finite)
        && rest.iter().filter(|t| t.is_word).count() >= 3
        && rest.iter().any(finite))
    .then_some(close)
}
