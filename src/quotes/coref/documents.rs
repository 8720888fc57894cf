//! Documents and pages as sources: who issued a report the article names ("the UN rights
//! office said in a report"), and the site a piece of text on it speaks for.

use super::*;

impl Resolver {
    /// Who issued a document, when that was said before `pos`: the subject of the first
    /// sentence with such a document and a speech or release verb ("the UN human rights office
    /// said in a report").
    pub(super) fn document_owner(&mut self, text: &Text, head: &str, pos: usize) -> Option<String> {
        // One scan of the paragraphs serves every kind of document: each paragraph is read
        // once, however many documents the article names.
        while !self.owners.contains_key(head)
            && self.owner_scan < text.paragraphs.len()
            && text.paragraphs[self.owner_scan].start < pos
        {
            let toks = tokenize(text.chars, text.paragraphs[self.owner_scan].clone());
            self.owner_scan += 1;
            let mut start = 0;
            for i in 0..toks.len() {
                if is_document_word(&toks[i].lower)
                    && !self.owners.contains_key(toks[i].lower.as_str())
                    && let Some(subject) = subject_of(&toks[start..], i - start, text.chars)
                {
                    self.owners
                        .insert(toks[i].lower.to_string(), (toks[start].span.start, subject));
                }
                if ends_sentence(&toks, i) {
                    start = i + 1;
                }
            }
        }
        match self.owners.get(head) {
            Some((at, owner)) if *at < pos => Some(owner.clone()),
            _ => None,
        }
    }
}

/// "the blurb on the website", "a message on the official page": a piece of text on a
/// site speaks for the site, which is the speaker as the article names it ("the website").
pub(super) fn page_of(words: &[&str]) -> Option<String> {
    #[rustfmt::skip]
    const PARTS: &[&str] = &[
        "description", "text", "message", "post", "note", "caption", "notice", "entry",
        "listing", "blurb", "bio", "banner", "statement",
    ];
    const SITES: &[&str] = &[
        "website", "site", "webpage", "page", "blog", "app", "account",
    ];
    // Asked of every phrase with an article: the length first, before any lowercasing.
    if !(5..=6).contains(&words.len()) {
        return None;
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let [_, part, prep, det, rest @ ..] = lower.as_slice() else {
        return None;
    };
    let fits = PARTS.contains(&part.as_str())
        && matches!(prep.as_str(), "on" | "in")
        && det == "the"
        && (1..=2).contains(&rest.len())
        && rest.last().is_some_and(|w| SITES.contains(&w.as_str()))
        && rest
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    fits.then(|| format!("the {}", rest.join(" ")))
}
