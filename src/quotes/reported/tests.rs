//! Reported speech on invented sentences: each test one pattern of attribution.

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
    // A verb that judges its object never stands inverted: the role and the name before it
    // are its subject, not words reported by the one after it.
    assert_eq!(
        one("The club's coach, Ivo Brandt, blamed the weather for the defeat."),
        triple("Ivo Brandt", "blamed", "the weather for the defeat")
    );
    assert_eq!(
        one("The pier will reopen, announced the harbour master."),
        triple("the harbour master", "announced", "The pier will reopen")
    );
    // Only a clause stands before an inverted verb: a noun phrase and its appositive are the
    // subject, and the phrase after the verb its object.
    assert_eq!(
        one("The manual of the Harbour Board, part of the Ports Office, notes the rule."),
        triple("The manual of the Harbour Board", "notes", "the rule")
    );
    assert_eq!(
        one("\u{201c}Fine\u{201d} about the result, said Ada Berg."),
        triple("Ada Berg", "said", "\u{201c}Fine\u{201d} about the result")
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
    // The label speaks even where the words after it read as a clause with a verb; the
    // clause's own reports stay, their subjects read as in lowercase ("It", not "Norland
    // Must Decide If It").
    let text = "Lund: Norland Must Decide If It Wants a Ticket";
    let chars: Vec<char> = text.chars().collect();
    let r = headline(&chars, 0..chars.len());
    let sources: Vec<String> = r
        .iter()
        .filter_map(|r| r.attribution.speaker.as_ref().map(|p| p.text.clone()))
        .collect();
    assert_eq!(sources, ["Lund", "Norland", "It"], "{r:?}");
    assert_eq!(r[0].attribution.speaker.as_ref().unwrap().text, "Lund");
    let text = "Berg: Lund Says Pier Is Safe";
    let chars: Vec<char> = text.chars().collect();
    let speakers: Vec<String> = headline(&chars, 0..chars.len())
        .into_iter()
        .filter_map(|r| r.attribution.speaker.map(|p| p.text))
        .collect();
    assert_eq!(speakers, ["Berg", "Lund"]);
    // A label or a kicker before the colon is no speaker.
    for text in [
        "Story 00042: Harbour Board Backs the Ferry Plan",
        "Analysis: Why the Ferry Plan Keeps Failing",
    ] {
        let chars: Vec<char> = text.chars().collect();
        assert!(headline(&chars, 0..chars.len()).is_empty(), "{text}");
    }
}

#[test]
fn a_sentence_opening_word_before_the_source() {
    assert_eq!(
        one("Even Quist said the fee was too high."),
        triple("Quist", "said", "the fee was too high")
    );
    // An adverb after an opener: "Still, even Lund says …".
    assert_eq!(
        one("Still, even Lund says the fee was too high."),
        triple("Lund", "says", "the fee was too high")
    );
    assert_eq!(
        one("Yet some sailors who know the strait said the buoys had moved."),
        triple(
            "some sailors who know the strait",
            "said",
            "the buoys had moved"
        )
    );
}

#[test]
fn a_noun_in_ly_ends_the_source_not_the_cue() {
    assert_eq!(
        one("The organiser of the harbour rally said the route was safe."),
        triple(
            "The organiser of the harbour rally",
            "said",
            "the route was safe"
        )
    );
    assert_eq!(
        one("The organiser of the harbour rally has said the route was safe."),
        triple(
            "The organiser of the harbour rally",
            "has said",
            "the route was safe"
        )
    );
}

#[test]
fn a_rounded_number_opens_the_content() {
    assert_eq!(
        one("The budget office said about half of the gap came from the tax cuts."),
        triple(
            "The budget office",
            "said",
            "about half of the gap came from the tax cuts"
        )
    );
    assert_eq!(
        one("Lund said over 200 boats had left."),
        triple("Lund", "said", "over 200 boats had left")
    );
    // A topic after "about" is no content.
    assert!(found("Lund said about the plan that she liked it.").is_empty());
}

#[test]
fn an_aside_between_dashes_after_the_verb() {
    assert_eq!(
        one("Tom Brandt said — on the radio, as it happens — that the fund had doubled."),
        triple("Tom Brandt", "said", "that the fund had doubled")
    );
}

#[test]
fn pointed_and_referred_to_take_their_object() {
    assert_eq!(
        one("Lund pointed to the rising cost of the ferry."),
        triple("Lund", "pointed to", "the rising cost of the ferry")
    );
    assert_eq!(
        one("Brandt referred to Lund as a careful engineer."),
        triple("Brandt", "referred to", "Lund as a careful engineer")
    );
    // A participle after a comma: the sentence's source.
    let all = found("Lund mocked the plan, referring to the new pier as a folly.");
    assert_eq!(
        all.last(),
        Some(&triple("Lund", "referring to", "the new pier as a folly"))
    );
    // A score is no reference.
    assert!(found("Norland won by 12 points to 8.").is_empty());
}

#[test]
fn went_on_to_say_belongs_to_the_cue() {
    assert_eq!(
        one("Lund went on to say the pier would never open."),
        triple("Lund", "went on to say", "the pier would never open")
    );
}

#[test]
fn a_stray_comma_after_a_bracket_and_a_reduced_relative_source() {
    assert_eq!(
        one("Sen. Ada Berg (D-Nor.), said after a lunch that she had not read the plan."),
        triple(
            "Sen. Ada Berg (D-Nor.)",
            "said",
            "that she had not read the plan"
        )
    );
    assert_eq!(
        one("The memo seen by reporters said the files were lost."),
        triple("The memo seen by reporters", "said", "the files were lost")
    );
}

#[test]
fn a_clause_opened_before_the_attribution_is_the_writer_s() {
    // "where, she says, …": only the words after the attribution are hers.
    assert_eq!(
        one("She grew up in a town where, she says, the only music was the radio."),
        triple("she", "says", "the only music was the radio")
    );
    // "All of which, he said, would help": the relative is the subject of what he said.
    assert_eq!(
        one("All of which, he said, would help the port."),
        triple("he", "said", "All of which … would help the port")
    );
}

#[test]
fn an_adjunct_of_place_before_that() {
    assert_eq!(
        one("His lawyer said outside the court that his client would appeal."),
        triple("His lawyer", "said", "that his client would appeal")
    );
}

#[test]
fn a_plural_after_a_past_verb_is_its_object() {
    // "faced calls to resign": no one calls.
    assert!(found("The minister faced calls to resign on Tuesday.").is_empty());
    assert_eq!(
        one("The minister calls the plan reckless."),
        triple("The minister", "calls", "the plan reckless")
    );
}

#[test]
fn a_dateline_opens_the_sentence_before_its_subject() {
    // An em dash, a spaced hyphen or a bar; a place in capitals, a date or an agency.
    for text in [
        "KESTRIA (Wirenews) — Ada Berg said the pier would reopen.",
        "KESTRIA (Wirenews) - Ada Berg said the pier would reopen.",
        "PORT ALDER \u{2015} Ada Berg said the pier would reopen.",
        "Dec 29 (Wirenews) - Ada Berg said the pier would reopen.",
    ] {
        assert_eq!(
            one(text),
            triple("Ada Berg", "said", "the pier would reopen"),
            "{text}"
        );
    }
}

#[test]
fn an_inverted_verb_inside_the_content_or_before_a_relative_clause() {
    // "A, said X, B": the content runs on after the source when a verb follows its comma.
    assert_eq!(
        one("The plan, said Ada Berg, would work."),
        triple("Ada Berg", "said", "The plan … would work")
    );
    // A relative clause to the sentence's end describes the source.
    assert_eq!(
        one("Rebuilding the pier is within the budget, said a few councillors who back it."),
        triple(
            "a few councillors",
            "said",
            "Rebuilding the pier is within the budget"
        )
    );
}

#[test]
fn an_aside_closed_inside_quotation_marks_leaves_the_subject_the_source() {
    // The aside's comma stands inside the marks of the words it ends with.
    assert_eq!(
        one("Ada Berg, citing \u{201c}the pull of the sea,\u{201d} said the ferry would return."),
        triple("Ada Berg", "said", "the ferry would return")
    );
}

#[test]
fn an_opening_participle_with_a_place_reports_nothing() {
    // "Writing on the forum" says where, not what; "Noting that …" reports.
    let all =
        found("Writing on the forum, the consultant Per Sund argued that the trial was short.");
    assert!(!all.iter().any(|(_, cue, _)| cue == "Writing"), "{all:?}");
    assert_eq!(
        one("Noting that the pier is old, Ada Berg voted against it."),
        triple("Ada Berg", "Noting", "that the pier is old")
    );
}
