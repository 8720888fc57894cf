//! Mixed attributions framed around partial quotations that the reported-speech patterns
//! missed but the quotation's own attribution found.

use crate::article::{Quote, QuoteKind};
use crate::quotes::marks;
use std::ops::Range;

/// Reported speech around partial quotations that the reported-speech patterns missed but the
/// quotation's own attribution found: `Lund said the plan had "failed" again` is a mixed
/// attribution from the verb to the end of the sentence.
pub(in crate::quotes) fn framing(
    quotes: &[Quote],
    reported: &[Quote],
    chars: &[char],
    paragraphs: &[Range<usize>],
) -> Vec<Quote> {
    // Every piece of reported content, by start, with the furthest end reached so far: a
    // quotation lies inside one when some piece starting before it ends after it. One binary
    // search a quotation, so an article with many of both stays linear.
    let mut pieces: Vec<Range<usize>> = reported.iter().flat_map(Quote::pieces).cloned().collect();
    pieces.sort_by_key(|p| p.start);
    let furthest: Vec<usize> = pieces
        .iter()
        .scan(0, |m, p| {
            *m = (*m).max(p.end);
            Some(*m)
        })
        .collect();
    let covered = |q: &Quote| {
        let n = pieces.partition_point(|p| p.start <= q.span.start);
        n > 0 && q.span.end <= furthest[n - 1] + 1
    };
    let mut out: Vec<Quote> = Vec::new();
    for q in quotes.iter().filter(|q| q.kind == QuoteKind::Partial) {
        let (Some(cue), Some(speaker)) = (&q.cue, &q.speaker) else {
            continue;
        };
        let Some(para) = paragraphs.get(q.paragraph) else {
            continue;
        };
        if cue.span.end > q.span.start
            || covered(q)
            // Partial quotations come in text order: only the last frame can hold this one.
            || out
                .last()
                .is_some_and(|o| o.span.start <= q.span.start && q.span.end <= o.span.end + 1)
        {
            continue;
        }
        let between = &chars[cue.span.end..q.span.start];
        if between.len() > 200
            || between
                .iter()
                .any(|c| matches!(c, '.' | '!' | '?' | ':' | ';'))
        {
            continue;
        }
        // "said Lund the plan had "failed"": past an inverted speaker too.
        let mut start = if speaker.span.start >= cue.span.end {
            speaker.span.end.max(cue.span.end)
        } else {
            cue.span.end
        };
        if start > q.span.start {
            continue;
        }
        while start < q.span.start && (chars[start].is_whitespace() || chars[start] == ',') {
            start += 1;
        }
        // The sentence ends at a full stop outside the quotation.
        let close = (q.span.end..para.end).find(|&k| marks::is_double(chars[k]));
        let from = close.map_or(q.span.end, |c| c + 1);
        let end = (from..para.end)
            .find(|&k| {
                matches!(chars[k], '.' | '!' | '?' | ';')
                    && chars.get(k + 1).is_none_or(|n| n.is_whitespace())
            })
            .unwrap_or(para.end);
        // `citing “the pull of the tide,” said …`: a comma closed inside the marks ends the
        // phrase the quotation finishes.
        // Not in a list of quoted phrases (`“tolls,” and “piers”`), which goes on.
        let comma_inside = close.is_some_and(|c| {
            let next: String = chars[c + 1..(c + 8).min(chars.len())].iter().collect();
            let next = next.trim_start();
            let next = ["and ", "or "]
                .iter()
                .find_map(|w| next.strip_prefix(w))
                .unwrap_or(next);
            c > 0 && chars[c - 1] == ',' && !next.starts_with(marks::is_double)
        });
        let end = match close {
            Some(c) if c >= end || comma_inside => c + 1,
            _ => end,
        };
        // `adding “…”`: a frame of nothing but the quotation is the quotation, shown already.
        let words_outside = chars[start..q.span.start]
            .iter()
            .chain(&chars[q.span.end.min(end)..end])
            .any(|c| c.is_alphanumeric());
        if start >= end || !words_outside {
            continue;
        }
        let mut m = q.clone();
        m.kind = QuoteKind::Mixed;
        m.span = start..end;
        m.fragments = Vec::new();
        out.push(m);
    }
    out
}
