//! A small tokenizer over char slices: words (with inner apostrophes, hyphens and dots) and
//! single punctuation marks, each with its char span.

use super::lexicon::WordSet;
use compact_str::CompactString;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    pub span: Range<usize>,
    /// Lowercase, with a curly apostrophe made straight; empty for punctuation. Short words
    /// are stored inline, so most tokens allocate nothing.
    pub lower: CompactString,
    pub is_word: bool,
    /// The first char as written: the mark itself for punctuation.
    pub first: char,
    /// Some letter is lowercase (so the word is not written in capitals throughout).
    pub has_lower: bool,
}

impl Tok {
    pub fn is_punct(&self, c: char) -> bool {
        !self.is_word && self.first == c
    }

    pub fn capitalised(&self) -> bool {
        self.is_word && self.first.is_uppercase()
    }

    /// The token as written.
    pub fn text(&self, chars: &[char]) -> String {
        chars[self.span.clone()].iter().collect()
    }
}

fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑')
}

/// Tokens of `chars[range]`.
pub fn tokenize(chars: &[char], range: Range<usize>) -> Vec<Tok> {
    let mut out = Vec::new();
    tokenize_into(chars, range, &mut out);
    out
}

/// Tokens of `chars[range]` into `out`, which is cleared first: a buffer reused from
/// paragraph to paragraph allocates once.
pub fn tokenize_into(chars: &[char], range: Range<usize>, out: &mut Vec<Tok>) {
    out.clear();
    let end = range.end.min(chars.len());
    let mut i = range.start.min(end);
    // Each word is lowercased into one buffer reused for the whole range: it is valid UTF-8 as
    // it is built, so nothing checks it again, and it allocates once.
    let mut word = String::with_capacity(64);
    while i < end {
        let c = chars[i];
        if is_space(c) {
            i += 1;
            continue;
        }
        let start = i;
        if !is_alnum(c) {
            out.push(Tok {
                span: start..start + 1,
                lower: CompactString::const_new(""),
                is_word: false,
                first: c,
                has_lower: false,
            });
            i += 1;
            continue;
        }
        word.clear();
        let mut has_lower = false;
        while i < end {
            let ch = chars[i];
            // The common case first: an ASCII letter or digit.
            if ch.is_ascii_alphanumeric() {
                has_lower |= ch.is_ascii_lowercase();
                word.push(ch.to_ascii_lowercase());
                i += 1;
                continue;
            }
            let joined = joins(ch) && i + 1 < end && is_alnum(chars[i + 1]);
            if !(joined || (!ch.is_ascii() && ch.is_alphanumeric())) {
                break;
            }
            let ch = if ch == '’' { '\'' } else { ch };
            has_lower |= ch.is_lowercase();
            word.extend(ch.to_lowercase());
            i += 1;
        }
        // "the pilots' union": a plural's possessive apostrophe, before a lowercase word,
        // belongs to the word (it is no quotation mark).
        if word.ends_with('s')
            && has_lower
            && i + 2 < end
            && matches!(chars[i], '\'' | '’')
            && chars[i + 1] == ' '
            && chars[i + 2].is_lowercase()
        {
            word.push('\'');
            i += 1;
        }
        let lower = CompactString::new(&word);
        out.push(Tok {
            span: start..i,
            lower,
            is_word: true,
            first: c,
            has_lower,
        });
    }
}

/// White space, with the common ASCII case decided first.
#[inline]
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        c == ' ' || ('\t'..='\r').contains(&c)
    } else {
        c.is_whitespace()
    }
}

/// A letter or digit, with the common ASCII case decided first.
#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Title abbreviations that end in a dot but do not end a sentence.
pub static ABBREVIATIONS: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev",
    "st", "pres", "amb", "adm", "maj", "cmdr", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k",
    "e.u", "d.c", "a.m", "p.m", "ft", "mt", "ave", "gop",
]);

/// Whether the dot token at `i` ends a sentence rather than an abbreviation.
pub fn ends_sentence(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if t.is_punct('!') || t.is_punct('?') {
        return true;
    }
    if !t.is_punct('.') {
        return false;
    }
    // "(D-N.Y.) said", "U.S. officials": a dot followed by a closing bracket, a comma or a
    // lowercase word ends no sentence.
    if let Some(next) = toks.get(i + 1)
        && ((!next.is_word && matches!(next.first, ')' | ',' | ';' | ':'))
            || (next.is_word && next.first.is_lowercase()))
    {
        return false;
    }
    // "shortly after 11 p.m. “Nobody was inside,” she said": no title stands before a
    // quotation mark that opens after a space, so the abbreviation's dot ends the sentence.
    if toks.get(i + 1).is_some_and(|n| {
        !n.is_word && super::marks::is_double(n.first) && n.span.start > t.span.end
    }) && toks
        .get(i + 2)
        .is_some_and(|w| w.is_word && w.first.is_uppercase())
    {
        return true;
    }
    match i.checked_sub(1).map(|p| &toks[p]) {
        Some(prev) if prev.is_word && prev.span.end == t.span.start => {
            let w = prev.lower.as_str();
            !(ABBREVIATIONS.contains(&w) || (w.chars().count() == 1 && prev.capitalised()))
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_apostrophes_and_dots() {
        let chars: Vec<char> = "China’s U.S. envoy, well-known, said.".chars().collect();
        let toks = tokenize(&chars, 0..chars.len());
        let texts: Vec<String> = toks.iter().map(|t| t.text(&chars)).collect();
        assert_eq!(
            texts,
            vec![
                "China’s",
                "U.S",
                ".",
                "envoy",
                ",",
                "well-known",
                ",",
                "said",
                "."
            ]
        );
        assert_eq!(toks[0].lower, "china's");
        assert!(!ends_sentence(&toks, 2));
        assert!(ends_sentence(&toks, 8));
    }
}
