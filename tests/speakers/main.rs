//! Who said it: speakers resolved to the name the article gives, on small invented articles.
//! Each test is one rule of the grammar of attribution: `names.rs` holds the rules of names,
//! titles and pronouns, `clauses.rs` those of the clauses that introduce and report speech,
//! `articles.rs` those met on invented articles of many kinds, `bodies.rs` what organisations
//! and documents say.

mod articles;
mod bodies;
mod clauses;
mod languages;
mod more;
mod names;
mod turns;

use byline::quotes;

/// The analysis of a small article with `text` under a title.
pub fn analysis(text: &str) -> byline::article::Analysis {
    let article = byline::load::text::parse("test.txt", format!("A Story\n\n{text}"), "UTF-8");
    quotes::analyse(&article)
}

/// The resolved speaker of each quotation, in order, with its description.
pub fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    analysis(text)
        .quotes
        .iter()
        .filter(|q| q.kind.is_quotation())
        .map(|q| {
            let s = q.speaker.as_ref().expect("a speaker");
            (s.name.clone(), s.description.clone())
        })
        .collect()
}

pub fn names(text: &str) -> Vec<String> {
    speakers(text).into_iter().map(|(n, _)| n).collect()
}

/// Each quotation's kind and cue, in order.
pub fn kinds_and_cues(text: &str) -> Vec<(String, Option<String>)> {
    analysis(text)
        .quotes
        .iter()
        .filter(|q| !q.kind.is_reported())
        .map(|q| {
            (
                format!("{:?}", q.kind),
                q.cue.as_ref().map(|c| c.text.clone()),
            )
        })
        .collect()
}

/// The cues of the quotations that have one, in order.
pub fn cues(text: &str) -> Vec<String> {
    kinds_and_cues(text)
        .into_iter()
        .filter_map(|(_, c)| c)
        .collect()
}

/// The outlet that relays each speech quotation, in order.
pub fn outlets(text: &str) -> Vec<Option<String>> {
    analysis(text)
        .quotes
        .iter()
        .filter(|q| q.kind.is_quotation())
        .map(|q| q.via.as_ref().map(|v| v.name.clone()))
        .collect()
}

/// The resolved source of each reported statement, in order, with its kind.
pub fn reported(text: &str) -> Vec<(String, &'static str)> {
    analysis(text)
        .reported()
        .map(|q| {
            let s = q.speaker.as_ref().expect("a source");
            (s.name.clone(), q.kind.as_str())
        })
        .collect()
}

/// The speaker's name of every quotation, or None where it has none.
pub fn speakers_or_none(text: &str) -> Vec<Option<String>> {
    analysis(text)
        .quotes
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| s.name.clone()))
        .collect()
}

/// The cue and the content's first piece of each reported statement, in order.
pub fn reported_contents(text: &str) -> Vec<(String, String)> {
    let article = byline::load::text::parse("test.txt", format!("A Story\n\n{text}"), "UTF-8");
    let chars: Vec<char> = article.text.chars().collect();
    quotes::analyse(&article)
        .reported()
        .map(|q| {
            let cue = q.cue.as_ref().map_or(String::new(), |c| c.text.clone());
            (cue, chars[q.span.clone()].iter().collect())
        })
        .collect()
}

/// The turns of a transcript or an interview (statements whose cue is a label's colon): each
/// speaker's resolved name and the mention as written.
pub fn turns(text: &str) -> Vec<(String, String)> {
    analysis(text)
        .reported()
        .filter(|q| q.cue.as_ref().is_some_and(|c| c.text == ":"))
        .filter_map(|q| {
            q.speaker
                .as_ref()
                .map(|s| (s.name.clone(), s.mention.clone()))
        })
        .collect()
}

/// The resolved names of `turns`.
pub fn turn_names(text: &str) -> Vec<String> {
    turns(text).into_iter().map(|(n, _)| n).collect()
}

/// The source of each reported statement of `kind`, with its description.
pub fn described_sources(text: &str, kind: &str) -> Vec<(String, Option<String>)> {
    analysis(text)
        .reported()
        .filter(|q| q.kind.as_str() == kind)
        .filter_map(|q| q.speaker.clone().map(|s| (s.name, s.description)))
        .collect()
}
