//! Bodies and documents: what "the company", "it" and "the statement" stand for, and what a
//! document or a body says.

use super::*;

#[test]
fn the_company_or_it_is_a_body_named_by_one_word_when_the_word_is_surely_a_name() {
    // A capital inside the word, or the word capitalised inside a sentence elsewhere.
    let text = "NordAir cancelled 300 flights on Friday.\n\n\
        The airline said passengers would be offered refunds.";
    assert_eq!(reported(text), [("NordAir".to_owned(), "indirect")]);
    let text = "Kestrimart disputed the figures. Shares in Kestrimart fell.\n\n\
        \"We give food away,\" it said.";
    assert_eq!(names(text), ["Kestrimart"]);
    // A capitalised common noun opening a sentence names no body.
    let text = "Pilots walked out on Friday.\n\nThe airline said passengers would get refunds.";
    assert_eq!(reported(text), [("The airline".to_owned(), "indirect")]);
}

#[test]
fn it_after_a_sentence_opened_by_a_document_is_that_document() {
    let text = "The lawsuit, filed on Wednesday, alleges that riders were not paid for waiting.\n\n\
        It says the firm \"knowingly\" called them self-employed.";
    let r = reported(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r.iter().all(|(n, _)| n == "The lawsuit"), "{r:?}");
}

#[test]
fn a_verb_after_to_completes_the_cue_before_it() {
    // "declined to comment": one attribution, not a second one opened by "comment".
    let text = "Kestrel Foods raised its prices.\n\nA spokesman declined to comment further.";
    let a = analysis(text);
    let cues: Vec<_> = a
        .reported()
        .filter_map(|q| q.cue.as_ref().map(|c| c.text.clone()))
        .collect();
    assert_eq!(cues, ["declined"]);
}

#[test]
fn a_kind_of_body_stands_only_for_a_body_of_that_kind() {
    // "the ministry" is not the league that spoke last; "the group" may be any body.
    let text = "The Norland Teachers League said the cut would hurt poor families.\n\n\
        The ministry estimates the change will save 40 million euros a year.";
    let r = reported(text);
    assert_eq!(r[1].0, "The ministry", "{r:?}");
    let text = "The Norland Teachers League said the cut would hurt poor families.\n\n\
        The group estimates the change will cost 40 million euros a year.";
    let r = reported(text);
    assert_eq!(r[1].0, "Norland Teachers League", "{r:?}");
}
