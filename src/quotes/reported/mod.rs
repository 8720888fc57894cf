//! Reported speech: what a source said, wrote, thought or showed, in the text's own words
//! ("Lund said the bridge would reopen", "the bridge will reopen, Lund said", "according to
//! the ministry, the bridge …"). Each attribution has its content (one or two pieces), its
//! source phrase and its cue, which takes the auxiliaries, negation and adverbs between the
//! source and the verb ("has long argued", "did not say"), as news annotation does.

mod according;
mod content;
mod patterns;
mod source;
mod transcript;
mod words;

use super::lexicon::{DAYS, WordSet, is_report_verb};
use super::tokens::{Tok, ends_sentence};
use crate::quotes::attribution::{
    Attribution, Phrase, is_double_mark, noun_after_determiner, np_backward, np_forward, phrase,
};
use according::*;
use content::*;
use patterns::*;
use source::*;
use std::ops::Range;
pub(in crate::quotes) use transcript::transcript_label;
use words::*;

/// One reported attribution found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    /// The content's pieces, in text order, as char spans trimmed of outer punctuation.
    pub content: Vec<Range<usize>>,
    pub attribution: Attribution,
}

impl Reported {
    fn new(
        content: Vec<Range<usize>>,
        speaker: Option<Phrase>,
        description: Option<String>,
        cue: Phrase,
    ) -> Reported {
        Reported {
            content,
            attribution: Attribution {
                speaker,
                description,
                cue,
            },
        }
    }
}

pub(super) fn is_aux(t: &Tok) -> bool {
    t.is_word && !t.capitalised() && AUXILIARIES.contains(&t.lower.as_str())
}

/// A word that can be the cue verb of reported speech at `i`.
pub(super) fn is_cue_verb(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    // Called on every token: the cheap tests first, the lexicon's after them.
    if !t.is_word || t.capitalised() {
        return false;
    }
    let phrasal = || {
        matches!(
            t.lower.as_str(),
            "point" | "points" | "pointed" | "pointing"
        ) && toks.get(i + 1).is_some_and(|n| n.lower == "out")
            && toks.get(i + 2).is_some_and(|n| n.lower == "that")
    };
    let light = || {
        LIGHT_VERBS.contains(&t.lower.as_str())
            && toks
                .get(i + 1)
                .is_some_and(|n| STANCE_NOUNS.contains(&n.lower.as_str()))
    };
    (is_report_verb(&t.lower) || phrasal() || light())
        && !noun_after_determiner(toks, i)
        && !crate::quotes::attribution::after_plural_determiner(toks, i)
        // passive: "was criticised by"
        && toks.get(i + 1).is_none_or(|n| n.lower != "by")
        && !plural_noun(toks, i)
        && !crate::quotes::attribution::compound_noun(toks, i)
        && !after_preposition(toks, i)
}

/// "amid calls for calm", "of claims that": a verb's form right after a preposition is a
/// noun; a form in -ing there is a gerund that still reports ("after saying that"), and a
/// past form after a capitalised one follows a name ("Amid agreed that …").
fn after_preposition(toks: &[Tok], i: usize) -> bool {
    #[rustfmt::skip]
    static BEFORE_NOUN: WordSet = WordSet::new(&[
        "alongside", "amid", "despite", "with", "without", "among", "against", "of", "for",
        "about", "over", "following", "after", "before", "on", "in", "from", "at",
    ]);
    i > 0
        && !toks[i].lower.ends_with("ing")
        && !(toks[i - 1].capitalised() && toks[i].lower.ends_with("ed"))
        && BEFORE_NOUN.contains(&toks[i - 1].lower.as_str())
}

/// A form in -s followed by a verb or a joining word reads as a plural noun: "the rules
/// should", "the night calls went", "our fears and hopes".
fn plural_noun(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    t.lower.ends_with('s')
        && !matches!(t.lower.as_str(), "says" | "tells" | "asks")
        && toks.get(i + 1).is_some_and(|n| {
            n.is_word
                && matches!(
                    n.lower.as_str(),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "will"
                        | "would"
                        | "should"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "must"
                        | "have"
                        | "has"
                        | "had"
                        | "came"
                        | "come"
                        | "and"
                        | "or"
                        | "of"
                        | "from"
                        | "as"
                        | "went"
                        | "remain"
                        | "remained"
                        | "appear"
                        | "seem"
                        | "made"
                        | "did"
                        | "do"
                )
        })
}

/// Reported speech in a headline, `span` of the text. A headline in title case capitalises its
/// verbs ("Mayor Says Pier Will Reopen"): there they are read as the verbs they are.
pub fn headline(chars: &[char], span: Range<usize>) -> Vec<Reported> {
    let mut toks = super::tokens::tokenize(chars, span);
    let words = toks.iter().filter(|t| t.is_word).count();
    let caps = toks.iter().filter(|t| t.capitalised()).count();
    if words >= 3 && caps * 10 >= words * 6 {
        for t in toks.iter_mut().skip(1) {
            if t.capitalised() && is_report_verb(&t.lower) {
                t.first = t.first.to_lowercase().next().unwrap_or(t.first);
            }
        }
    }
    let mut out = find(chars, &toks, &[]);
    // "Mayor: Pier Will Reopen in May": a short name and a colon say who speaks.
    if out.is_empty()
        && let Some(colon) = toks.iter().position(|t| t.is_punct(':'))
        && (1..=4).contains(&colon)
        && toks[..colon].iter().all(|t| t.is_word || t.is_punct('.'))
        && toks[0].capitalised()
        // "Analysis: …", "Update 3: …", "Story 12: …": a kicker or a label, no speaker.
        && !toks[..colon].iter().any(|t| t.lower.chars().any(|c| c.is_ascii_digit()))
        && !HEADLINE_KICKERS.contains(&toks[0].lower.as_str())
        && let Some(content) = content::span_of(&toks, colon + 1..toks.len())
        && let (Some(speaker), Some(cue)) = (
            phrase(&toks, 0..colon, chars),
            phrase(&toks, colon..colon + 1, chars),
        )
        && toks[colon + 1..].iter().filter(|t| t.is_word).count() >= 3
    {
        out.push(Reported::new(vec![content], Some(speaker), None, cue));
    }
    out
}

/// Words that open a headline's label before a colon ("Opinion: …", "Watch: …").
#[rustfmt::skip]
pub(super) static HEADLINE_KICKERS: WordSet = WordSet::new(&[
    "analysis", "opinion", "update", "updated", "live", "watch", "video", "photos", "review",
    "exclusive", "breaking", "editorial", "explainer", "podcast", "letters", "comment",
    "commentary", "interview", "factbox", "timeline", "correction", "obituary", "listen",
    "recap", "preview", "report", "special", "poll", "quiz", "story", "chapter", "part",
]);

/// The source is a news outlet the built-in table knows ("AP", "The Associated Press").
fn is_outlet(r: &Reported) -> bool {
    r.attribution.speaker.as_ref().is_some_and(|p| {
        let bare = p.text.strip_prefix("the ").unwrap_or(&p.text);
        super::lexicon::Outlets::builtin().lookup(bare).is_some()
            || super::lexicon::Outlets::builtin().lookup(&p.text).is_some()
    })
}

/// For each token of a sentence, whether it lies inside quotation marks (the quoted spans;
/// doubled apostrophes used as marks were made marks before, by `marks::normalise_doubled`).
pub(super) fn inside_marks(s: &[Tok], quoted: &[Range<usize>]) -> Vec<bool> {
    s.iter().map(|t| in_quotes(quoted, t)).collect()
}

/// Whether a token lies inside one of the quoted spans.
pub(super) fn in_quotes(quoted: &[Range<usize>], t: &Tok) -> bool {
    let k = quoted.partition_point(|r| r.end <= t.span.start);
    quoted.get(k).is_some_and(|r| r.start <= t.span.start)
}

/// Every reported attribution in one paragraph's tokens. `quoted` holds the spans between
/// quotation marks in text order; words inside them are someone's own words, not reported.
pub fn find(chars: &[char], toks: &[Tok], quoted: &[Range<usize>]) -> Vec<Reported> {
    let mut out = Vec::new();
    let inside = inside_marks(toks, quoted);
    let mut start = 0;
    for i in 0..toks.len() {
        if i < start {
            continue;
        }
        // A full stop inside a quotation ends no sentence of the writer's: the quotation and
        // the attribution after it stay together.
        if (ends_sentence(toks, i) && (!inside[i] || closes_partial(toks, i)))
            || i + 1 == toks.len()
        {
            // A closing mark or bracket right after the full stop belongs to this sentence.
            let mut end = i + 1;
            while toks.get(end).is_some_and(|t| {
                (is_double_mark(t) || t.is_punct(')')) && t.span.start == toks[end - 1].span.end
            }) {
                end += 1;
            }
            sentence(chars, toks, start..end, &inside[start..end], &mut out);
            start = end;
        }
    }
    out
}

/// A full stop at `i` inside a quotation that was opened mid-sentence and closes right after
/// it, with a capitalised word next (`called the plan “reckless.” Quist said …`): the writer's
/// sentence ends with the quotation.
fn closes_partial(toks: &[Tok], i: usize) -> bool {
    let closing = toks.get(i + 1).is_some_and(is_double_mark);
    let next_opens = toks
        .get(i + 2)
        .is_some_and(|n| n.is_word && n.capitalised());
    if !(closing && next_opens) {
        return false;
    }
    let Some(open) = (i.saturating_sub(60)..i)
        .rev()
        .find(|&k| is_double_mark(&toks[k]))
    else {
        return false;
    };
    open > 0 && toks[open - 1].is_word
}

/// The attributions of one sentence, tokens `range` of the paragraph.
pub(super) fn sentence(
    chars: &[char],
    all: &[Tok],
    range: Range<usize>,
    inside: &[bool],
    out: &mut Vec<Reported>,
) {
    // A dateline opens the story's first sentence: "KESTRIA —", "PORT ALDER, Norland (AP) —":
    // a place in capitals, then capitalised words, commas and a bracketed agency.
    let dateline = all[range.clone()]
        .iter()
        .take(10)
        .position(is_dash_tok)
        .filter(|&d| {
            let before = &all[range.start..range.start + d];
            before.first().is_some_and(|t| t.is_word && !t.has_lower)
                && before.iter().all(|t| {
                    t.is_word && t.capitalised()
                        || t.is_punct('(')
                        || t.is_punct(')')
                        || t.is_punct(',')
                })
        })
        .map_or(0, |d| d + 1);
    let (range, inside) = (range.start + dateline..range.end, &inside[dateline..]);
    let s = &all[range];
    if s.len() < 3 {
        return;
    }
    // The sentence's last word: closing punctuation stays out of the content.
    let Some(last_word) = s.iter().rposition(|t| t.is_word) else {
        return;
    };
    // The last attribution found in the sentence, shown or not: a quotation's "…," Lund said
    // is dropped as reported speech, yet ", adding that …" after it is still Lund's.
    let mut last_found: Option<Reported> = None;
    let mut taken_until = 0;
    let mut any_found = false;
    let mut i = 0;
    while i < s.len() {
        if i < taken_until || inside[i] {
            i += 1;
            continue;
        }
        // "…, Lund told reporters, according to AP": a news outlet relays what Lund said; it is
        // the quotation's outlet, not another voice.
        let found = according_to(s, i, last_word, chars)
            .filter(|(r, _)| !(any_found && is_outlet(r)))
            .or_else(|| {
                (is_cue_verb(s, i))
                    .then(|| at_verb(s, i, last_word, inside, chars))
                    .flatten()
            })
            .or_else(|| participle(s, i, last_word, last_found.as_ref(), chars));
        if let Some((r, next)) = found {
            any_found = true;
            // Only the source and cue are passed over: the content may report another voice
            // ("Lund said the survey shows …").
            taken_until = next.min(i + 1);
            if keep(&r, chars) {
                out.push(r.clone());
            }
            last_found = Some(r);
        }
        i += 1;
    }
}

/// Whether an attribution is worth showing: it has content words, and is not a quotation
/// already shown as one (content wholly inside quotation marks).
pub(super) fn keep(r: &Reported, chars: &[char]) -> bool {
    if r.content.is_empty() || r.content.iter().any(|c| c.is_empty()) {
        return false;
    }
    // "a clerk who asked not to be named": a condition of anonymity, no statement; "worries
    // about her": a person, no statement either.
    if let [c] = r.content.as_slice() {
        let words: String = chars[c.clone()]
            .iter()
            .take(40)
            .collect::<String>()
            .to_lowercase();
        if matches!(
            words.as_str(),
            "her" | "him" | "them" | "me" | "us" | "you" | "it"
        ) {
            return false;
        }
        let words = words.strip_prefix("not ").unwrap_or(&words);
        if ["to be named", "to be identified", "to be quoted"]
            .iter()
            .any(|w| words.starts_with(w))
        {
            return false;
        }
    }
    // "But, said Quist, “…”": a word that only opens a sentence reports nothing.
    if let [c] = r.content.as_slice()
        && c.end <= r.attribution.cue.span.start
    {
        let word: String = chars[c.clone()].iter().collect::<String>().to_lowercase();
        if OPENING_WORDS.contains(&word.as_str()) {
            return false;
        }
    }
    // Every piece opens and closes with a quotation mark: a direct quotation, found already.
    !r.content.iter().all(|c| {
        let open = c.start.checked_sub(1).and_then(|k| chars.get(k));
        let starts = chars
            .get(c.start)
            .is_some_and(|&x| crate::quotes::marks::is_double(x))
            || open.is_some_and(|&x| crate::quotes::marks::is_double(x));
        let last = chars[c.clone()].iter().rev().find(|x| !x.is_whitespace());
        let ends = last.is_some_and(|&x| crate::quotes::marks::is_double(x))
            || chars
                .get(c.end)
                .is_some_and(|&x| crate::quotes::marks::is_double(x));
        // "‘If it fails, we will change it,’ she told the Echo": single marks, as British
        // papers quote speech, enclose it too, past the punctuation they close over.
        let single_open = open.is_some_and(|&x| x == '‘');
        let single_close = chars
            .get(c.end..)
            .unwrap_or_default()
            .iter()
            .take(3)
            .find(|x| !matches!(x, ',' | '.' | '!' | '?'))
            .is_some_and(|&x| x == '’');
        starts && ends || single_open && single_close
    })
}

pub(super) fn is_dash_tok(t: &Tok) -> bool {
    !t.is_word && matches!(t.first, '—' | '–')
}

pub(super) fn is_ly_adverb(t: &Tok) -> bool {
    t.is_word && !t.capitalised() && t.lower.ends_with("ly") && t.lower.chars().count() > 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String, String)> {
        let chars: Vec<char> = text.chars().collect();
        let toks = crate::quotes::tokens::tokenize(&chars, 0..chars.len());
        find(&chars, &toks, &[])
            .into_iter()
            .map(|r| {
                let words: Vec<String> = r
                    .content
                    .iter()
                    .map(|c| chars[c.clone()].iter().collect())
                    .collect();
                (
                    r.attribution.speaker.map(|p| p.text).unwrap_or_default(),
                    r.attribution.cue.text,
                    words.join(" … "),
                )
            })
            .collect()
    }

    fn one(text: &str) -> (String, String, String) {
        let all = found(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.into_iter().next().unwrap()
    }

    fn triple(a: &str, b: &str, c: &str) -> (String, String, String) {
        (a.into(), b.into(), c.into())
    }

    #[test]
    fn source_verb_content() {
        assert_eq!(
            one("Pia Lund said the pier would reopen in May."),
            triple("Pia Lund", "said", "the pier would reopen in May")
        );
        assert_eq!(
            one("City and state inspectors said the two paid the fee."),
            triple("City and state inspectors", "said", "the two paid the fee")
        );
        // "that" opens the content; a time adjunct before it stays out.
        assert_eq!(
            one("The ministry said on Tuesday that the tolls would rise."),
            triple("The ministry", "said", "that the tolls would rise")
        );
        // The auxiliaries and negation belong to the cue.
        assert_eq!(
            one("The council has not denied that the fund ran dry."),
            triple("The council", "has not denied", "that the fund ran dry")
        );
    }

    #[test]
    fn counted_sources_and_opening_adverbials() {
        assert_eq!(
            one("Nearly four in 10 said the ferry ran late."),
            triple("Nearly four in 10", "said", "the ferry ran late")
        );
        assert_eq!(
            one("In Norland, 62% of fishers said the new levy was unfair."),
            triple("62% of fishers", "said", "the new levy was unfair")
        );
        assert_eq!(
            one("In most winters, the harbour freezes, the clerk said."),
            triple("the clerk", "said", "In most winters, the harbour freezes")
        );
        assert_eq!(
            one("By the spring, he said, the new pier will be open."),
            triple("he", "said", "By the spring … the new pier will be open")
        );
    }

    #[test]
    fn participles_after_a_quotation_and_opening_the_sentence() {
        let text = "“We won,” Lund said on Monday, suggesting that the ferry would return.";
        let chars: Vec<char> = text.chars().collect();
        let toks = crate::quotes::tokens::tokenize(&chars, 0..chars.len());
        let quoted: Vec<Range<usize>> = std::iter::once(1..8).collect();
        let found: Vec<_> = find(&chars, &toks, &quoted)
            .into_iter()
            .map(|r| {
                (
                    r.attribution.speaker.map(|p| p.text),
                    r.attribution.cue.text,
                )
            })
            .collect();
        assert_eq!(found, vec![(Some("Lund".into()), "suggesting".into())]);
        assert_eq!(
            one("Noting that the pier is old, the mayor closed it."),
            triple("the mayor", "Noting", "that the pier is old")
        );
    }

    #[test]
    fn the_person_told_is_not_the_content() {
        assert_eq!(
            one("Lund told reporters on Monday that the ferry was late."),
            triple("Lund", "told", "that the ferry was late")
        );
    }

    #[test]
    fn content_before_the_source() {
        assert_eq!(
            one("The pier will reopen in May, Pia Lund said."),
            triple("Pia Lund", "said", "The pier will reopen in May")
        );
        assert_eq!(
            one("The pier will reopen in May, said Pia Lund, a harbour engineer."),
            triple("Pia Lund", "said", "The pier will reopen in May")
        );
        // Split: one attribution, two pieces, the conjunction left out.
        assert_eq!(
            one("The pier will reopen in May, Lund said, and the ferry will follow."),
            triple(
                "Lund",
                "said",
                "The pier will reopen in May … the ferry will follow"
            )
        );
    }

    #[test]
    fn according_to_either_side() {
        assert_eq!(
            one("According to the port authority, the tolls will rise."),
            triple("the port authority", "According to", "the tolls will rise")
        );
        assert_eq!(
            one("The tolls will rise, according to an official who asked not to be named."),
            triple(
                "an official who asked not to be named",
                "according to",
                "The tolls will rise"
            )
        );
    }

    #[test]
    fn appositives_and_relative_clauses() {
        let (who, cue, what) =
            one("Nora Quist, a spokeswoman for the port, said the cranes were idle.");
        assert_eq!((who.as_str(), cue.as_str()), ("Nora Quist", "said"));
        assert_eq!(what, "the cranes were idle");
        // The name in the appositive speaks; the role describes.
        assert_eq!(
            one("The port's director, Nora Quist, said the cranes were idle.").0,
            "Nora Quist"
        );
        assert_eq!(
            one("The survey, which engineers said was finished in spring, is late."),
            triple("engineers", "said", "was finished in spring")
        );
    }

    #[test]
    fn the_same_source_says_more() {
        let all = found("Lund said the pier was safe, adding that the ferry would wait.");
        assert_eq!(
            all,
            [
                triple("Lund", "said", "the pier was safe"),
                triple("Lund", "adding", "that the ferry would wait")
            ]
        );
    }

    #[test]
    fn stance_nouns_and_particles_are_cues() {
        assert_eq!(
            one("Residents voiced concerns that the pier would flood."),
            triple("Residents", "voiced concerns", "that the pier would flood")
        );
        assert_eq!(
            one("The union called for a new vote on the contract."),
            triple("The union", "called for", "a new vote on the contract")
        );
    }

    #[test]
    fn what_is_no_reported_speech() {
        // A passive, a plural noun, a verb that mostly does something else, quoted words.
        assert!(found("The deal was announced on Tuesday.").is_empty());
        assert!(found("The new rules are strict.").is_empty());
        assert!(found("The council held a meeting on the pier.").is_empty());
        assert!(found("On Monday, the crew found the keys.").is_empty());
    }

    #[test]
    fn a_content_may_open_with_an_adverb_and_the_one_asked_stays_out() {
        // An adverb may open the content; the one asked stays out of it; a stance verb's
        // object is what it reports.
        for (text, source, cue, content) in [
            (
                "Nora Quist says too many ferries leave late.",
                "Nora Quist",
                "says",
                "too many ferries leave late",
            ),
            (
                "Tom Brandt asked the mayor on Friday whether the pier would reopen.",
                "Tom Brandt",
                "asked",
                "whether the pier would reopen",
            ),
            (
                "The ferry union supports the harbour plan.",
                "The ferry union",
                "supports",
                "the harbour plan",
            ),
        ] {
            assert_eq!(one(text), triple(source, cue, content));
        }
    }

    #[test]
    fn headlines_in_title_case() {
        let text = "Mayor Says Pier Will Reopen in May";
        let chars: Vec<char> = text.chars().collect();
        let r = headline(&chars, 0..chars.len());
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].attribution.cue.text, "Says");
        let text = "Harbour Board: Tolls Will Rise Next Year";
        let chars: Vec<char> = text.chars().collect();
        let r = headline(&chars, 0..chars.len());
        assert_eq!(
            r[0].attribution.speaker.as_ref().unwrap().text,
            "Harbour Board"
        );
        // A label or a kicker before the colon is no speaker.
        for text in [
            "Story 00042: Harbour Board Backs the Ferry Plan",
            "Analysis: Why the Ferry Plan Keeps Failing",
        ] {
            let chars: Vec<char> = text.chars().collect();
            assert!(headline(&chars, 0..chars.len()).is_empty(), "{text}");
        }
    }
}
