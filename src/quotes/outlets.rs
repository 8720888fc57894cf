//! Outlets that relay quotations: "according to X", "as quoted by X", normalised through the
//! alias table. An outlet named in a paragraph applies to that paragraph's quotations.

use super::lexicon::Outlets;
use super::tokens::Tok;
use crate::article::Outlet;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relay {
    pub paragraph: usize,
    pub outlet: Outlet,
}

/// Relay cues, as lowercase word sequences; the outlet's name follows.
const CUES: &[&[&str]] = &[
    &["according", "to"],
    &["as", "quoted", "by"],
    &["quoted", "by"],
];

/// The relays named in paragraph `p`, whose tokens are `toks`.
pub fn find_in(toks: &[Tok], p: usize, chars: &[char], table: &Outlets) -> Vec<Relay> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // Every cue starts with "according", "as" or "quoted".
        if !matches!(toks[i].lower.as_bytes().first(), Some(b'a' | b'q')) {
            i += 1;
            continue;
        }
        let cue = CUES.iter().find(|cue| starts_with(&toks[i..], cue));
        if let Some(cue) = cue {
            let at = i + cue.len();
            if let Some((end, name)) = longest_alias(toks, at, table, chars) {
                let span = toks[at].span.start..toks[end - 1].span.end;
                out.push(Relay {
                    paragraph: p,
                    outlet: Outlet {
                        name: name.to_owned(),
                        mention: chars[span.clone()].iter().collect(),
                        span,
                    },
                });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

fn starts_with(toks: &[Tok], cue: &[&str]) -> bool {
    toks.len() >= cue.len()
        && toks
            .iter()
            .zip(cue)
            .all(|(t, w)| t.is_word && t.lower == *w)
}

/// The longest run of words from `at` that the table knows, as (end token, canonical name).
fn longest_alias<'t>(
    toks: &[Tok],
    at: usize,
    table: &'t Outlets,
    chars: &[char],
) -> Option<(usize, &'t str)> {
    let max = table.max_words.min(toks.len().saturating_sub(at));
    (1..=max).rev().find_map(|n| {
        let run = &toks[at..at + n];
        if !run.iter().all(|t| t.is_word) {
            return None;
        }
        let phrase: String = chars[run[0].span.start..run[n - 1].span.end]
            .iter()
            .collect();
        table.lookup(&phrase).map(|name| (at + n, name))
    })
}
