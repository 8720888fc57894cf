//! A small tokenizer over char slices: words (with inner apostrophes, hyphens and dots) and
//! single punctuation marks, each with its char span.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    pub span: Range<usize>,
    /// The token as written.
    pub text: String,
    /// Lowercase, with a curly apostrophe made straight.
    pub lower: String,
    pub is_word: bool,
}

impl Tok {
    pub fn is_punct(&self, c: char) -> bool {
        !self.is_word && self.text.starts_with(c)
    }

    pub fn capitalised(&self) -> bool {
        self.is_word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑')
}

/// Tokens of `chars[range]`.
pub fn tokenize(chars: &[char], range: Range<usize>) -> Vec<Tok> {
    let end = range.end.min(chars.len());
    let mut out = Vec::new();
    let mut i = range.start.min(end);
    while i < end {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            i += 1;
            while i < end
                && (chars[i].is_alphanumeric()
                    || (joins(chars[i]) && i + 1 < end && chars[i + 1].is_alphanumeric()))
            {
                i += 1;
            }
        } else {
            i += 1;
        }
        let text: String = chars[start..i].iter().collect();
        let lower = text.to_lowercase().replace('’', "'");
        out.push(Tok {
            span: start..i,
            is_word: c.is_alphanumeric(),
            text,
            lower,
        });
    }
    out
}

/// Title abbreviations that end in a dot but do not end a sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev",
    "st", "pres", "amb", "adm", "maj", "cmdr", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k",
    "e.u", "d.c", "a.m", "p.m", "ft", "mt", "ave", "gop",
];

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
        && ((!next.is_word && matches!(next.text.as_str(), ")" | "," | ";" | ":"))
            || (next.is_word && next.text.chars().next().is_some_and(char::is_lowercase)))
    {
        return false;
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
        let texts: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
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
