//! Who said it: speakers resolved to the name the article gives, on small invented articles.
//! Each test is one rule of the grammar of attribution.

use byline::quotes;

/// The analysis of a small article with `text` under a title.
fn analysis(text: &str) -> byline::article::Analysis {
    let article = byline::load::text::parse("test.txt", format!("A Story\n\n{text}"), "UTF-8");
    quotes::analyse(&article)
}

/// The resolved speaker of each quotation, in order, with its description.
fn speakers(text: &str) -> Vec<(String, Option<String>)> {
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

fn names(text: &str) -> Vec<String> {
    speakers(text).into_iter().map(|(n, _)| n).collect()
}

#[test]
fn a_name_inside_a_quotation_is_never_the_antecedent() {
    let text = "Senator Paul Brandt spent the week defending the contract.\n\n\
        \"Heads had to roll the week the contractor collapsed, and Maria Olsen knew it,\" he said.";
    assert_eq!(names(text), ["Paul Brandt"]);
}

#[test]
fn a_pronoun_goes_to_the_person_of_its_gender() {
    let text = "Tom Hale met Grace Okafor at the depot on Friday.\n\n\
        \"We start on Monday,\" she said.";
    assert_eq!(names(text), ["Grace Okafor"]);
}

#[test]
fn a_pronoun_never_goes_to_an_organisation() {
    let text = "Lena Marsh runs the Harbour Rowing Club.\n\n\"We need a new boathouse,\" she said.";
    assert_eq!(names(text), ["Lena Marsh"]);
}

#[test]
fn a_surname_is_the_fullest_name_the_article_gives() {
    let text = "Grace Okafor chairs the board.\n\n\"It is settled,\" Okafor said.";
    assert_eq!(names(text), ["Grace Okafor"]);
    // Introduced with an initial, or in the possessive.
    let text = "The plan was drafted by Linda K. Moss in May.\n\n\"It works,\" Moss said.";
    assert_eq!(names(text), ["Linda K. Moss"]);
    let text = "It was Peter Quill's idea.\n\n\"I would do it again,\" Quill said.";
    assert_eq!(names(text), ["Peter Quill"]);
    // A short forename and a surname of several words.
    let text = "Dr. Joshua Lind wrote the study. Josh Lind is a chemist.\n\n\"Look,\" Lind said.";
    assert_eq!(names(text), ["Joshua Lind"]);
    let text = "Anna Van Der Berg coaches the team.\n\n\"We won,\" Van Der Berg said.";
    assert_eq!(names(text), ["Anna Van Der Berg"]);
}

#[test]
fn titles_and_roles_are_descriptions_not_names() {
    let s = speakers(
        "\"We will appeal,\" said Harbour Authority Press Secretary Lise Moreau.\n\n\
         \"It is late,\" CEO Tom Reyes said.",
    );
    assert_eq!(s[0].0, "Lise Moreau");
    assert_eq!(s[0].1.as_deref(), Some("Harbour Authority Press Secretary"));
    assert_eq!(s[1].0, "Tom Reyes");
}

#[test]
fn words_that_open_a_sentence_are_not_part_of_a_name() {
    let text = "Because Owen Darby lost, the club sulked.\n\n\"No,\" Darby said.";
    assert_eq!(names(text), ["Owen Darby"]);
    let text = "To Marcus Hill, the result was a relief.\n\n\"Finally,\" Hill said.";
    assert_eq!(names(text), ["Marcus Hill"]);
}

#[test]
fn it_and_they_go_to_the_organisation_last_named() {
    let text = "Harbour Freight Records denied the claim on Monday.\n\n\
        \"We did nothing wrong,\" they said in a statement.";
    assert_eq!(names(text), ["Harbour Freight Records"]);
}

#[test]
fn roles_joined_by_and_and_a_named_persons_group() {
    let s = speakers(
        "\"The ice is thin,\" lead author and field geologist Nora Quist said.\n\n\
         \"We are not done,\" Quist and her team wrote in the paper.",
    );
    assert_eq!(s[0].0, "Nora Quist");
    assert_eq!(s[0].1.as_deref(), Some("lead author and field geologist"));
    assert_eq!(s[1].0, "Nora Quist");
}

#[test]
fn a_phrase_after_the_name_describes_the_person() {
    let s =
        speakers("\"We will see,\" said marine geologist Rosa Lindqvist of the Norland Survey.");
    assert_eq!(s[0].0, "Rosa Lindqvist");
    assert_eq!(
        s[0].1.as_deref(),
        Some("marine geologist of the Norland Survey")
    );
}

/// Each quotation's kind and cue, in order.
fn kinds_and_cues(text: &str) -> Vec<(String, Option<String>)> {
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

#[test]
fn a_quoted_modifier_or_a_titled_work_is_a_term() {
    let k = kinds_and_cues(
        "The mayor defended the “open harbour” policy on Monday.\n\n\
         She once starred in the talk show “Late Tide,” which ran for years.",
    );
    assert_eq!(k[0].0, "Term");
    assert_eq!(k[1].0, "Term");
}

#[test]
fn in_a_statement_is_part_of_the_cue() {
    let k = kinds_and_cues(
        "\"No,\" Ana Diaz said in a written statement.\n\n\"Yes,\" Ivo Brandt said in Paris.",
    );
    assert_eq!(k[0].1.as_deref(), Some("said in a written statement"));
    assert_eq!(k[1].1.as_deref(), Some("said"));
}

#[test]
fn acronyms_bodies_and_described_people_resolve_to_what_the_article_named() {
    let text =
        "The Norland Fisheries Authority issued new quotas.\n\n\"Stocks are low,\" NFA said.";
    assert_eq!(names(text), ["Norland Fisheries Authority"]);
    let text = "Harbour Freight Records lost the case.\n\n\"We will appeal,\" the company said.";
    assert_eq!(names(text), ["Harbour Freight Records"]);
    let text =
        "One marine biologist watched the nets come in.\n\n\"It is worse,\" the biologist said.";
    assert_eq!(names(text), ["One marine biologist"]);
}

#[test]
fn a_gerund_that_opens_a_sentence_is_not_a_name() {
    let text = "Hosting Pia Lund at the fair was a coup.\n\n\"I loved it,\" Lund said.";
    assert_eq!(names(text), ["Pia Lund"]);
}

#[test]
fn a_name_after_its_description_and_a_document_by_a_named_source() {
    let text = "Pia Lund won in straight sets.\n\n\"I felt fresh,\" the 14th-seeded Lund said.";
    assert_eq!(names(text), ["Pia Lund"]);
    let text = "Prices rose.\n\n\"Demand will cool,\" said a report from Norland Credit Partners.";
    assert_eq!(names(text), ["Norland Credit Partners"]);
}

#[test]
fn royal_titles_stay_in_the_name() {
    let text = "Prince Osric of Norland opened the bridge.\n\n\"It is a fine day,\" he said.";
    assert_eq!(names(text), ["Prince Osric"]);
}

/// The outlet that relays each speech quotation, in order.
fn outlets(text: &str) -> Vec<Option<String>> {
    analysis(text)
        .quotes
        .iter()
        .filter(|q| q.kind.is_quotation())
        .map(|q| q.via.as_ref().map(|v| v.name.clone()))
        .collect()
}

#[test]
fn outlets_are_known_by_the_grammar_and_the_shape_of_their_names() {
    let text = "\"We will rebuild,\" Pia Lund told The Valley Courier on Monday.";
    assert_eq!(outlets(text), [Some("The Valley Courier".to_owned())]);
    let text = "\"It held,\" Lund said, via Ana Diaz of the Norland Evening Post.";
    assert_eq!(outlets(text), [Some("Norland Evening Post".to_owned())]);
    let text = "\"It is done,\" Lund said, as reported by Harbourline.";
    assert_eq!(outlets(text), [Some("Harbourline".to_owned())]);
    // A day or month written straight after the name is when it was told.
    let text = "\"We will rebuild,\" Pia Lund told the Valley Courier Monday morning.";
    assert_eq!(outlets(text), [Some("Valley Courier".to_owned())]);
    // A person told something is no outlet.
    let text = "\"Go home,\" Lund told Ana Diaz.";
    assert_eq!(outlets(text), [None]);
}

#[test]
fn a_role_joined_to_a_named_body_before_the_name() {
    let s = speakers("\"It is thin,\" lead author and NFA field geologist Nora Quist said.");
    assert_eq!(s[0].0, "Nora Quist");
}

#[test]
fn a_sentence_closed_by_said_and_a_name() {
    let s = speakers(
        "The deal was \"not a breakthrough\" though it came in October, said Derek Okafor, a port analyst.",
    );
    assert_eq!(s[0].0, "Derek Okafor");
    assert_eq!(s[0].1.as_deref(), Some("a port analyst"));
}

/// The resolved source of each reported statement, in order, with its kind.
fn reported(text: &str) -> Vec<(String, &'static str)> {
    analysis(text)
        .reported()
        .map(|q| {
            let s = q.speaker.as_ref().expect("a source");
            (s.name.clone(), q.kind.as_str())
        })
        .collect()
}

#[test]
fn reported_speech_is_resolved_like_quotations() {
    // A pronoun goes to the person of its gender, a surname to the fullest name.
    let text = "Grace Okafor runs the ferry line.\n\nShe said the boats would sail in May. \
        Okafor added that fares would not rise.";
    assert_eq!(
        reported(text),
        [
            ("Grace Okafor".into(), "indirect"),
            ("Grace Okafor".into(), "indirect")
        ]
    );
    // A relative pronoun stands for the name before it; the role describes.
    let text = "The plan came from Ana Diaz, the harbour master, who said the pier would reopen.";
    assert_eq!(reported(text), [("Ana Diaz".into(), "indirect")]);
    // Quoted words inside reported speech make it mixed.
    let text = "The council said the plan was \"long overdue\" for the harbour.";
    assert_eq!(reported(text), [("The council".into(), "mixed")]);
}

#[test]
fn a_long_title_before_a_name_is_its_description() {
    // Seven capitalised words: the body and the role before the name are one title.
    let s = speakers(
        "North Shore Ferry Workers Union President Ilse Varga spoke to the crowd.\n\n\
         \"We sail at dawn,\" Varga said.",
    );
    assert_eq!(s[0].0, "Ilse Varga");
    assert_eq!(
        s[0].1.as_deref(),
        Some("North Shore Ferry Workers Union President")
    );
    // A line in title case with no role in it is not taken whole as a name.
    let text = "Pia Lund Opens The New North Harbour Ferry Line Today\n\n\
        \"It took years,\" Lund said.";
    let name = &names(text)[0];
    assert!(name.split_whitespace().count() <= 6, "{name}");
}

#[test]
fn an_epithet_goes_to_the_person_the_story_is_about() {
    let text = "Nora Quist retired from the chess circuit on Monday. The former champion, 37, \
        had held the title twice.\n\n\"The board was my home,\" said the actress.\n\n\
        The 37-year-old added at the club: \"I will still coach.\"";
    assert_eq!(names(text), ["Nora Quist", "Nora Quist"]);
    // A role that belongs to someone else in the story is not an epithet.
    let text = "Nora Quist lost her appeal.\n\n\"The ruling stands,\" said the judge.";
    assert_eq!(names(text), ["the judge"]);
}

#[test]
fn an_opening_phrase_is_not_the_subject_of_a_second_verb() {
    let text = "After a long night at the depot, Grace Okafor praised the crews and stressed \
        that the timetable was \"simply unworkable\" for them.";
    assert_eq!(reported(text)[0].0, "Grace Okafor");
}

#[test]
fn a_second_verb_after_a_quoted_phrase_shares_the_subject() {
    let text = "Pia Lund said she had dropped the slogan \"harbour first\" and added, \
        \"Slogans do not sail boats.\"";
    assert_eq!(names(text), ["Pia Lund"]);
}

#[test]
fn a_pronoun_or_epithet_takes_the_fullest_name_and_a_person() {
    // A surname of several words named alone before the pronoun: the full name it ends.
    let text = "Anna Van Der Berg coaches the rowing team. Van Der Berg won in May.\n\n\
        \"We trained all winter,\" she said.";
    assert_eq!(names(text), ["Anna Van Der Berg"]);
    // An epithet skips a name that may be an organisation's.
    let text = "Grace Okafor left the club in May, sacked by Harbour United.\n\n\
        The 61-year-old said: \"I am ready.\"";
    assert_eq!(names(text), ["Grace Okafor"]);
}

#[test]
fn a_name_that_tells_no_gender_takes_it_from_the_pronouns_around_it() {
    // Neither forename is one the list knows; "her" after the first name says whom the
    // later "she" means, over the nearer name.
    let text = "Zephyr Vale says the council ignored her letters.\n\n\
        Zephyr Vale's ferry company leases its pier from a trust run by the harbourmaster \
        Quinto Rowe.\n\n\"We will not move,\" she said.";
    assert_eq!(names(text), ["Zephyr Vale"]);
    // A pronoun that opens the sentence is its subject: the name after it gets no gender.
    let text = "Rep. Grace Okafor spoke first.\n\n\
        She accused Zephyr Vale of hiding her letters. Zephyr Vale denied it.\n\n\
        \"It is untrue,\" she said.";
    assert_eq!(names(text), ["Grace Okafor"]);
}

#[test]
fn a_name_after_the_is_no_person_for_a_pronoun() {
    // "the Valley Courier" reads like a person's name but takes "the": "she" is not it.
    let text = "Zephyr Okafor chairs the ferry board. The ferry runs at night.\n\n\
        \"We stay,\" Brandt told the Valley Courier.\n\n\
        \"We go,\" Brandt told the Valley Courier.\n\n\
        \"The boats sail on Monday,\" she said.";
    assert_eq!(names(text)[2], "Zephyr Okafor");
}

#[test]
fn the_place_after_a_roles_preposition_belongs_to_the_role() {
    // No known forename marks where the name starts: it is the last two words.
    let s = speakers(
        "Norland's ambassador to Kestria Xue Yanmo spoke on Monday.\n\n\
         \"We are patient,\" Xue said.",
    );
    assert_eq!(s[0].0, "Xue Yanmo");
    assert_eq!(s[0].1.as_deref(), Some("Norland's ambassador to Kestria"));
}

#[test]
fn a_speech_verbs_form_after_a_possessive_is_a_noun() {
    // "the ministry's claim" is no attribution: the quoted words are the speaker's verdict on it.
    let text = "Cmdr. Ivo Brandt told the Valley Courier on Monday that the ministry's claim \
        \"does not add up.\"";
    assert_eq!(names(text), ["Ivo Brandt"]);
}

/// An irregular past tense after a name is the sentence's verb, not more of the name; and a
/// partial quotation inside a statement made with a participle ("telling them to “…”") is
/// that statement's source's, not the word before the participle's.
#[test]
fn an_irregular_past_ends_the_subject_and_a_participles_quotation_is_its_subjects() {
    let text = "Ilse Varga has coached the rowing team for six years.\n\n\
        Varga gave her crew a long talk on Friday, telling them to \u{201c}keep the faith\u{201d} \
        and that the season was far from over.";
    let found: Vec<(String, String)> = analysis(text)
        .quotes
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref().expect("a speaker");
            (format!("{:?}", q.kind), s.name.clone())
        })
        .collect();
    assert_eq!(
        found,
        [
            ("Mixed".to_owned(), "Ilse Varga".to_owned()),
            ("Partial".to_owned(), "Ilse Varga".to_owned())
        ]
    );
}

/// "the man" of a story about one man is the phrase that introduced him, however far back,
/// and "he" after his words is him.
#[test]
fn the_man_of_a_story_is_the_phrase_that_introduced_him() {
    let filler = "The clinic ran tests for weeks and the results came back slowly. ".repeat(40);
    let text = format!(
        "A 52-year-old man from the coast fell ill last winter.\n\n{filler}\n\n\
         The man slept most days. {filler}\n\n\
         \u{201c}I could not climb the stairs,\u{201d} the man wrote.\n\n\
         As he put it, \u{201c}every day was the same.\u{201d}"
    );
    assert_eq!(names(&text), ["A 52-year-old man", "A 52-year-old man"]);
}

/// Offices and bodies whose names go on after a preposition or a possessive are named whole.
#[test]
fn an_office_or_a_paper_is_named_whole() {
    let text = "The Kestria High Commissioner for Ocean Affairs said the plan did \
        \u{201c}not change the law of the sea\u{201d}.";
    assert_eq!(
        reported(text)[0].0,
        "Kestria High Commissioner for Ocean Affairs"
    );
    let text = "On Monday, the Harbour\u{2019}s Ledger, the voice of the council, warned that \
        there was \u{201c}no room for doubt\u{201d}.";
    assert_eq!(names(text), ["Harbour\u{2019}s Ledger"]);
    // The word that opens the clause is not part of the name.
    let text = "Nora Quist coaches the team.\n\nAs Quist would say, \u{201c}row harder.\u{201d}";
    assert_eq!(names(text), ["Nora Quist"]);
}

/// A partial quotation under a statement whose cue holds its own ("said" of "has said") is
/// the statement source's words.
#[test]
fn a_partial_quotation_under_a_longer_cue_is_the_statements() {
    let text = "Norland's envoy to Kestria Xue Yanmo has said that Norland has the \
        \u{201c}patience and will\u{201d} to wait.";
    assert_eq!(names(text), ["Xue Yanmo"]);
}

/// "her claim that …": a possessive before a speech word's noun is who spoke; an adverb
/// between a pronoun and its verb ("She instead told") is not the speaker.
#[test]
fn a_possessive_speaks_and_an_adverb_is_no_speaker() {
    let text = "Nora Quist sold the farm in May.\n\nAll this talk of leaving contradicts her \
        claim in the same letter that the two were \u{201c}never close\u{201d}.";
    assert_eq!(names(text), ["Nora Quist"]);
    let text = "Pia Lund ran the depot.\n\nShe instead told the board: \
        \u{201c}We stay open all winter.\u{201d}";
    assert_eq!(names(text), ["Pia Lund"]);
}

/// A single name with a person's title is a person for the pronouns after it; a day, a park
/// or a street is never one.
#[test]
fn a_titled_surname_takes_he_and_a_day_never_does() {
    let text = "In each case, President Varga tied himself to the outcome.\n\n\
        \u{201c}The mayor did a fine job,\u{201d} Varga wrote before Harvest Day.\n\n\
        Varga sent a similar message ahead of the vote in Lindholm Park. \
        \u{201c}Go out and vote today,\u{201d} he said.";
    assert_eq!(names(text), ["Varga", "Varga"]);
}

/// Who put out a study or a report, when a phrase about where it appeared follows: the study,
/// not the words after it; and the subject of a sentence whose infinitive after a time
/// reports ("went on the radio last week to describe …").
#[test]
fn a_works_phrase_and_an_infinitive_after_a_time() {
    let text = "The authors of the survey published in the Harbour Medical Journal argued that \
        the nets were \u{201c}far too fine\u{201d} for the bay.";
    assert_eq!(reported(text)[0].0, "The authors of the survey");
    let text = "A 2019 study that appeared in the Harbour Medical Journal found that half of \
        the advice was wrong.";
    assert_eq!(reported(text)[0].0, "A 2019 study");
    let text = "Harbour Master Ilse Varga went on the radio last month to describe the port \
        as a \u{201c}ghost town.\u{201d}";
    assert_eq!(names(text), ["Ilse Varga"]);
}

/// `“A,” Name, a long appositive, said, “B.”`: the second fragment is the named speaker's,
/// not the appositive's last word.
#[test]
fn the_second_fragment_after_a_long_appositive_is_the_same_speakers() {
    let text = "\u{201c}We could sail,\u{201d} Nora Quist, Ilse\u{2019}s sister and the \
        port\u{2019}s master in chief, said, \u{201c}if the wind holds.\u{201d}";
    assert_eq!(names(text), ["Nora Quist", "Nora Quist"]);
}

/// A surname left alone takes the full name the article gives only further on, when it
/// gives one.
#[test]
fn a_surname_takes_a_full_name_given_later() {
    let text = "\u{201c}We stay,\u{201d} Okafor said.\n\n\
        The crews were told on Monday by Grace Okafor, who runs the line.";
    assert_eq!(names(text), ["Grace Okafor"]);
    // Two people with the surname: it stays as it is.
    let text = "\u{201c}We stay,\u{201d} Okafor said.\n\n\
        Grace Okafor and Tom Okafor run the line.";
    assert_eq!(names(text), ["Okafor"]);
}

/// An outlet that is itself the source of a statement ("According to The Valley Courier, …")
/// is one source with the outlet that relays quotations, not a second, organisation entry.
#[test]
fn an_outlet_that_speaks_is_one_source() {
    let text = "According to The Valley Courier, the ferry will stop in May.\n\n\
        \u{201c}We will rebuild,\u{201d} Pia Lund told The Valley Courier on Monday.";
    let analysis = analysis(text);
    let courier: Vec<_> = analysis
        .sources
        .iter()
        .filter(|s| s.name.contains("Valley Courier"))
        .map(|s| (s.name.clone(), s.kind))
        .collect();
    assert_eq!(
        courier,
        [(
            "The Valley Courier".to_owned(),
            byline::article::SourceKind::Outlet
        )]
    );
}

#[test]
fn a_quotation_that_opens_a_sentence_going_on_is_the_sentence_speakers() {
    // The quotation runs on into its sentence, whose own verb and speaker come after it; the
    // verb of the paragraph before is someone else's.
    let text = "Two people close to the council said the vote would slip.\n\n\
        \"The mayor wants the bigger harbour. Bigger than the small one\" proposed in March, \
        said Nora Quist, a planner with the Valley Trust.";
    assert_eq!(names(text), ["Nora Quist"]);
    // A quotation that ends its sentence keeps the verb before it.
    let text = "Nora Quist spoke first.\n\n\"We will build.\" Later, Pia Lund said she agreed.";
    assert_eq!(names(text)[0], "Nora Quist");
}

#[test]
fn a_name_before_two_appositives_speaks() {
    // The nearest appositive names an organisation; the person before both speaks.
    let text = "Omar Vale, a senior analyst at Kestria, the Norland-based research group, \
        told reporters that the plan was \"sound by any standard we know of today.\"";
    assert_eq!(names(text), ["Omar Vale"]);
    let text = "\"The plan is sound,\" Omar Vale, a senior analyst at Kestria, the research \
        group, said.";
    assert_eq!(names(text), ["Omar Vale"]);
    // One appositive that is a name keeps the pair rule: the role, then the name.
    let text = "Kestria's chief analyst, Omar Vale, said the plan was \"sound by any standard.\"";
    assert_eq!(names(text), ["Omar Vale"]);
}

#[test]
fn a_long_appositive_without_its_closing_comma_still_speaks() {
    // "think tank" is a noun, not a verb of thinking.
    let text = "\"The air will improve,\" Nora Quist, an analyst at the Institute on Energy, \
        Water and Land think tank told the Valley Courier.";
    assert_eq!(names(text), ["Nora Quist"]);
    // A relative clause's verb is not the speaker's.
    let text = "He read out \"a plan that works,\" Pia Lund, the planner who caught fire \
        last year in the race for mayor.";
    assert!(!names(text).contains(&"Pia Lund".to_string()));
}

#[test]
fn an_outlet_set_off_by_via_relays_and_does_not_speak() {
    let text = "Pia Lund, the striker, weighed in on Monday.\n\n\
        Lund, via the Valley Courier, said that Vale \"cannot start a fight and then cry foul.\"";
    assert_eq!(names(text), ["Pia Lund"]);
}

#[test]
fn a_description_with_a_preposition_or_a_relative_clause_describes_the_name_before_it() {
    let text = "Senior author Dr. Ana Diaz, professor of biology at the Harbour Institute, \
        commented: \"The tide has turned.\"";
    assert_eq!(names(text), ["Ana Diaz"]);
    let text = "Ilse Varga, an expert at the University of Norland who had no part in the \
        survey, told the Valley Courier: \"It holds up.\"";
    assert_eq!(names(text), ["Ilse Varga"]);
    // The pair of a role and a name is unchanged.
    let text = "Norland's envoy, Ilse Varga, said: \"We disagree.\"";
    assert_eq!(names(text), ["Ilse Varga"]);
}

#[test]
fn an_unnamed_spokesperson_for_a_body_is_a_description_not_the_body() {
    let text = "\"We are ready,\" a spokeswoman for the Harbour Institute said.";
    assert_eq!(names(text), ["a spokeswoman for the Harbour Institute"]);
    // A reported statement that ends in a partial quotation with "and" and a verb inside it:
    // one attribution, its source the whole phrase.
    let text = "The tolls were raised in May.\n\nA spokesperson for the Norland Foreign Office \
        reiterated the NL's position that the tolls \"are unlawful under the treaty, harm the \
        region's trade and threaten the port\".";
    assert_eq!(
        names(text),
        ["A spokesperson for the Norland Foreign Office"]
    );
    // A role beside a name is still the name's description.
    let text = "\"We are ready,\" said port spokeswoman Nora Quist.";
    assert_eq!(names(text), ["Nora Quist"]);
}

#[test]
fn two_epithets_under_one_article_are_the_main_figure() {
    let text = "Tom Brandt played the old hall on Monday. Brandt has toured for years.\n\n\
        Between two songs, the drummer and poet reminded the audience, \"we wrote this one \
        on a ferry in March.\"";
    assert_eq!(names(text)[0], "Tom Brandt");
}

#[test]
fn a_judgement_after_a_naming_verb_and_its_object_is_speech() {
    // "called it “…”", "called the plan a “…”": the subject's words.
    let text = "Pia Lund chairs the port board. Lund called it \"reckless\" on Monday.";
    assert_eq!(names(text), ["Pia Lund"]);
    let text = "Nora Quist read the plan. Quist called the plan a \"disaster\" at the meeting.";
    assert_eq!(names(text), ["Nora Quist"]);
    // A name given to something is no one's words.
    let text = "Tom Brandt called the approach \"tide diplomacy\" in his book.";
    assert!(names(text).is_empty());
}

#[test]
fn a_verb_in_a_list_of_verb_phrases_has_the_first_verbs_subject() {
    let text = "Tom Brandt visited the depot in May.\n\nAt the gate, he asked about the new \
        cranes, called the tender a \"farce\" and drove off.";
    assert_eq!(names(text), ["Tom Brandt"]);
}

#[test]
fn a_verb_form_after_a_or_an_is_a_noun() {
    let text = "Norland shareholder Tom Brandt blasted the bonus in a weekly phone call \
        as \"plainly greedy.\"";
    assert_eq!(names(text), ["Tom Brandt"]);
}

#[test]
fn the_office_is_the_body_whose_name_holds_it() {
    let text = "Tom Brandt wrote to the Norland Auditor's Office about the budget, then to the \
        Lakeside Guild.\n\n\"The figures do not add up,\" the auditor's office said.";
    assert_eq!(names(text)[0], "Norland Auditor's Office");
}

#[test]
fn the_subject_of_a_clause_in_brackets_is_in_the_brackets() {
    // "Later that spring," opens the sentence; the bracket opens a clause of its own.
    let text = "Later that spring, Harbour Freight closed two depots (the board gave no date \
        but called it \"overdue\") and Norland Rail sold a line.";
    let a = analysis(text);
    assert!(
        a.quotes
            .iter()
            .filter_map(|q| q.speaker.as_ref())
            .all(|s| s.name != "Later"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn an_epithet_stands_for_the_subject_of_the_lede() {
    let text = "Pia Lund will take over the harbourmaster's post from Tom Brandt in June.\n\n\
        Brandt retired on Friday, having run the port since the flood.\n\n\
        The board met Lund's lawyers twice over the winter.\n\n\
        The 52-year-old said after her appointment: \"I am glad to be here.\"";
    assert_eq!(names(text), ["Pia Lund"]);
}

#[test]
fn a_pronoun_goes_on_from_the_same_pronoun_as_the_subject_before() {
    let text = "Pia Lund spent years on her own boat.\n\n\"It was hard,\" she said. For all her \
        medals, she dreaded the crossing far more than Nora Quist ever did. \
        \"My hands shook,\" she said.";
    assert_eq!(names(text), ["Pia Lund", "Pia Lund"]);
    // A sentence whose subject is someone else leaves the pronoun to the nearest fit.
    let text = "Pia Lund spent years on her own boat. Nora Quist dreaded the crossing.\n\n\
        \"My hands shook,\" she said.";
    assert_eq!(names(text), ["Nora Quist"]);
}

#[test]
fn a_role_before_a_name_stops_at_a_clause_or_of() {
    let text = "The long story of how Grammy-winning singer Mia Holt took up sailing starts in May.\n\n\
        \"I was lost,\" Holt said.";
    assert_eq!(
        speakers(text),
        [(
            "Mia Holt".to_owned(),
            Some("Grammy-winning singer".to_owned())
        )]
    );
}

#[test]
fn according_to_a_role_then_a_name_is_the_name() {
    let text = "Mia Holt grew up by the sea.\n\nAccording to her aunt, Ada Berg, \"She could swim \
        before she could walk.\"";
    assert_eq!(
        speakers(text),
        [("Ada Berg".to_owned(), Some("her aunt".to_owned()))]
    );
}

#[test]
fn a_pronoun_with_its_auxiliary_written_on_is_the_pronoun() {
    let text = "Tom Brandt rarely explained his paintings.\n\nWhen pressed, he'd reply, \"Look \
        longer and you will see.\"";
    assert_eq!(names(text), ["Tom Brandt"]);
}

#[test]
fn a_verb_in_the_subjects_clause_before_the_copula_is_no_cue() {
    // The words describe the letter; they are not its writer's.
    let text = "Pia Lund said that her son kept in touch, and the note Tom wrote was \"short \
        but cheerful.\"";
    let a = analysis(text);
    assert!(
        a.quotes
            .iter()
            .all(|q| q.speaker.as_ref().is_none_or(|s| s.name != "Tom")),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_title_in_quotation_marks_inside_the_speakers_phrase() {
    let text = "Tom Brandt left the show on Monday.\n\n\"Losing is part of it,\" the \"Harbour \
        Lights\" actor said on Tuesday.";
    let a = analysis(text);
    let speech: Vec<_> = a.quotes.iter().filter(|q| q.kind.is_quotation()).collect();
    assert_eq!(
        speech[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Tom Brandt")
    );
    assert_eq!(speech.len(), 1, "the title is no quotation: {speech:?}");
}

#[test]
fn a_title_in_curly_marks_inside_the_speakers_phrase() {
    let text = "Tom Brandt left the show on Monday.\n\n“Losing is part of it,” the “Harbour \
        Lights” actor said on Tuesday.";
    assert_eq!(names(text), ["Tom Brandt"]);
}

#[test]
fn the_plural_is_the_group_whose_name_opens_with_it() {
    let text = "A group of nurses wrote to the ministry on Monday.\n\nThe nurses, members of a \
        new group Nurses for Safe Wards, have offered help.\n\n\"The wards cannot wait,\" the \
        nurses wrote in the appeal.";
    assert_eq!(names(text), ["Nurses for Safe Wards"]);
}

#[test]
fn a_verb_form_after_a_numeral_or_a_possessive_is_a_plural_noun() {
    // "notes" after "three short" is the thing posted, not a speech verb.
    let text = "The harbour board posted three short notes that listed \"leaks on every \
        deck\" of the old ferry.";
    let a = analysis(text);
    assert!(!a.quotes.is_empty());
    for q in &a.quotes {
        assert_ne!(q.cue.as_ref().map(|c| c.text.as_str()), Some("notes"));
        assert!(
            q.speaker
                .as_ref()
                .is_none_or(|s| !s.name.contains("posted"))
        );
    }
    // A plural subject's verb has no -s: "two officials say" keeps its verb.
    let text = "Two officials say \"the money is gone.\"";
    let a = analysis(text);
    assert_eq!(
        a.quotes[0].cue.as_ref().map(|c| c.text.as_str()),
        Some("say")
    );
}

#[test]
fn the_phrase_that_introduced_someone_keeps_what_places_them() {
    // "the guard" is the guard at the north gate the story introduced.
    let text = "A guard at the north gate told reporters that the crowd had grown.\n\n\
        \"We could not hold them back,\" the guard said.";
    assert_eq!(names(text), ["A guard at the north gate"]);
    // A possessive introduction has no such phrase: "a sailor's choice of boat".
    let text = "A sailor's choice of boat surprised the harbour.\n\n\
        \"It was the only one left,\" the sailor said.";
    assert_eq!(names(text), ["A sailor"]);
}

#[test]
fn a_short_quotation_inside_reported_speech_is_the_speakers_words() {
    use byline::article::QuoteKind;
    let kinds = |text: &str| -> Vec<(QuoteKind, Option<String>)> {
        analysis(text)
            .quotes
            .iter()
            .filter(|q| q.kind.is_quotation() || q.kind == QuoteKind::Term)
            .map(|q| (q.kind, q.speaker.as_ref().map(|s| s.name.clone())))
            .collect()
    };
    // One word or two in what a speech verb reports: said by its subject.
    let text = "Mia Holt told the council it was her \"duty\" to speak up.";
    assert_eq!(
        kinds(text),
        [(QuoteKind::Partial, Some("Mia Holt".to_owned()))]
    );
    let text = "Tom Brandt said he was \"deeply hurt\" by the vote.";
    assert_eq!(
        kinds(text),
        [(QuoteKind::Partial, Some("Tom Brandt".to_owned()))]
    );
    // A naming verb's object, a modifier joined by "or", a title: still terms.
    let text = "Tom Brandt called the approach \"harbour thinking\" in his speech.";
    assert_eq!(kinds(text)[0].0, QuoteKind::Term);
    let text = "Mia Holt said the board had used an old or \"irregular\" channel.";
    assert_eq!(kinds(text)[0].0, QuoteKind::Term);
    let text = "Mia Holt said she had read \"Harbour\" twice.";
    assert_eq!(kinds(text)[0].0, QuoteKind::Term);
}

#[test]
fn a_surname_that_is_also_a_pronoun_opens_a_name() {
    let text = "The talks stalled in May.\n\n\
        \"There is no reason to stay,\" He Lifang, a former trade official, said on Monday.\n\n\
        \"We will wait,\" he said.";
    assert_eq!(names(text), ["He Lifang", "He Lifang"]);
}

#[test]
fn a_quotation_set_apart_takes_the_speaker_of_the_words_it_repeats() {
    let text = "The hearing ran late into the night.\n\n\
        \"The ferry will sail again\"\n\n\
        Ada Berg told the committee, \"I know the doubts. The ferry will sail again.\"";
    assert_eq!(names(text), ["Ada Berg", "Ada Berg"]);
}

#[test]
fn an_owners_role_is_the_person_the_article_names_with_it_later() {
    let text = "Norland's envoy to Kestria warned that the talks \"could end this week\".\n\n\
        Talks resumed on Monday.\n\n\
        Norland's envoy to Kestria Ada Berg said the delegation would stay.";
    let a = analysis(text);
    let q = a
        .quotes
        .iter()
        .find(|q| q.kind.is_quotation())
        .expect("a quotation");
    let s = q.speaker.as_ref().expect("a speaker");
    assert_eq!(s.name, "Ada Berg");
    assert_eq!(s.description.as_deref(), Some("Norland's envoy to Kestria"));
    // Two envoys so described: neither is chosen.
    let text = "Norland's envoy warned that the talks \"could end this week\".\n\n\
        Norland's envoy Ada Berg left. Norland's envoy Mia Holt stayed.";
    assert_eq!(names(text), ["Norland's envoy"]);
}

#[test]
fn a_long_appositive_with_a_relative_clause_leaves_the_name_the_subject() {
    // Over thirty tokens between the name's comma and the verb's.
    let text = "Pia Lund, a researcher in soil and forest chemistry at the Faculty of \
        Earth and Ocean Sciences of the Royal College of Norland and Kestria who had no part in the \
        trial, told the Courier: \"The effect is small but real.\"";
    assert_eq!(names(text), ["Pia Lund"]);
    // The description holds a comma of its own.
    let text = "Pia Lund, a researcher in soil, water and forest chemistry at the University of \
        Norland who had no part in the trial, told the Courier: \"The effect is real.\"";
    assert_eq!(names(text), ["Pia Lund"]);
}

#[test]
fn an_outlet_relays_what_the_speaker_goes_on_to_say_next() {
    let text = "Pia Lund told the Valley Courier that the pier would reopen.\n\n\
        \"We owe it to the town,\" Lund said.\n\n\
        Tom Brandt disagreed.\n\n\
        \"It is too soon,\" Brandt said.";
    assert_eq!(
        outlets(text),
        [Some("Valley Courier".to_owned()), None],
        "the next paragraph's quotation by the same speaker, not another speaker's"
    );
    // "according to" an outlet covers the statement it is attached to, not what follows.
    let text = "\"The pier will reopen,\" Lund said, according to the Valley Courier.\n\n\
        \"We owe it to the town,\" Lund added.";
    assert_eq!(outlets(text), [Some("Valley Courier".to_owned()), None]);
}

#[test]
fn as_the_speaker_put_it_credits_the_words_quoted_before() {
    // "…,” as X put it / said / called it: the fragment is X's, with the clause's verb.
    let text = "The new rules will make the ferry “safer and cheaper,” as Ilse Varga put it \
        on Monday.";
    let a = analysis(text);
    let q: Vec<_> = a.quotes.iter().filter(|q| q.kind.is_speech()).collect();
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Ilse Varga")
    );
    assert_eq!(q[0].cue.as_ref().map(|c| c.text.as_str()), Some("put it"));
    // A verb that names the quoted words: what follows the clause is no one's statement.
    let text = "Mia Holt chairs the port board.\n\nThe “second harbour,” as Holt called \
        the project, opens next spring.";
    let a = analysis(text);
    let q: Vec<_> = a.quotes.iter().filter(|q| q.kind.is_speech()).collect();
    assert_eq!(q.len(), 1, "{:?}", a.quotes);
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Mia Holt")
    );
    assert_eq!(q[0].cue.as_ref().map(|c| c.text.as_str()), Some("called"));
    // "as she promised to …": an "as" of time, whose verb has words of its own.
    let text = "Pia Lund toured the pier, praising “the finest boardwalk on the coast” as \
        she promised to build another.";
    let a = analysis(text);
    assert!(
        a.quotes
            .iter()
            .filter(|q| q.kind.is_quotation())
            .all(|q| q.cue.as_ref().is_none_or(|c| c.text != "promised")),
        "{:?}",
        a.quotes
    );
    // "called for" is another verb: what was called for is reported.
    let text = "Mia Holt spoke as she called for a new vote on the harbour.";
    assert_eq!(reported(text), [("Mia Holt".into(), "indirect")]);
}

#[test]
fn a_lone_word_is_short_for_the_one_name_it_opens() {
    // A club named by its first word, its full name given only further on.
    let text = "Nora Quist will coach the club next season.\n\n\
        Kestria said in a statement: \"She is one of the best coaches in the league.\"\n\n\
        The news came from Kestria Wanderers on Friday.";
    assert_eq!(names(text), ["Kestria Wanderers"]);
}

#[test]
fn a_verb_of_beginning_with_its_infinitive_introduces_no_one() {
    // "begins to beat" says nothing: the drum does not speak the quotation after it.
    let text = "Ilse Varga closes the show alone on the stage.\n\n\
        A soft drum begins to beat behind her, slow at first: it is the town's old band, \
        playing her home. “Every road led me back to this town.”";
    let a = analysis(text);
    let q: Vec<_> = a.quotes.iter().filter(|q| q.kind.is_quotation()).collect();
    assert_eq!(q.len(), 1);
    assert!(
        q[0].speaker.as_ref().is_none_or(|s| s.name == "Ilse Varga"),
        "{:?}",
        q[0].speaker
    );
}

#[test]
fn a_demonstrative_subject_before_a_colon_is_no_speaker() {
    // "That talk led to a plan: “…”": the subject points back to an event, not a voice.
    let text = "Tom Brandt met the rowers on Friday.\n\n\
        That talk led to a plan: “We will race again in June.”";
    let a = analysis(text);
    let q: Vec<_> = a.quotes.iter().filter(|q| q.kind.is_quotation()).collect();
    assert_eq!(q.len(), 1);
    assert!(
        q[0].speaker.as_ref().is_none_or(|s| s.name == "Tom Brandt"),
        "{:?}",
        q[0].speaker
    );
}

#[test]
fn the_one_told_is_not_the_speaker() {
    // "“…,” Berg weighed in, telling Brandt": Berg speaks, Brandt is spoken to, and nothing is
    // reported with Brandt as its source.
    let text = "Ada Berg and Tom Brandt shared the stage on Friday.\n\n\
        \"We all miss the old hall so much,\" Berg weighed in, telling Brandt, \"you kept it alive.\"";
    assert_eq!(names(text), ["Ada Berg", "Ada Berg"]);
    assert!(reported(text).iter().all(|(n, _)| n != "Tom Brandt"));
}

#[test]
fn words_introduced_by_their_speaker_are_not_the_reporters() {
    // "Brandt said, “…,” the agency said": the agency reports what Brandt said.
    let text = "Tom Brandt called the harbour office twice in May.\n\n\
        During the second call, Brandt said, \"the boats will sink,\" the agency said.";
    assert_eq!(names(text), ["Tom Brandt"]);
    // A participle's subject is not trusted over the attribution after the words.
    let text = "The mayor then appears in a clip from a harbour speech, saying, \
        \"We will rebuild,\" the Valley Courier reported.";
    assert_ne!(names(text), ["a harbour speech"]);
}

#[test]
fn a_transcript_turn_is_spoken_by_its_label() {
    // Turns of an interview, in capitals before a colon, with or without an opening mark: the
    // label is the person the article named, and the rest of the paragraph what they said.
    let text = "Nora Holt, the host, spoke with Governor Ada Berg on Sunday.\n\n\
        HOLT: Will the ferry run next year?\n\n\
        BERG: The ferry will run every day, and fares will not rise.\n\n\
        \"HOLT: And the bridge?\n\n\
        \"BERG: The bridge opens in May.";
    let turns: Vec<(String, String)> = analysis(text)
        .reported()
        .filter(|q| q.cue.as_ref().is_some_and(|c| c.text == ":"))
        .map(|q| {
            let s = q.speaker.as_ref().expect("a source");
            (s.name.clone(), s.mention.clone())
        })
        .collect();
    let want = [
        ("Nora Holt", "HOLT"),
        ("Ada Berg", "BERG"),
        ("Nora Holt", "HOLT"),
        ("Ada Berg", "BERG"),
    ];
    assert_eq!(
        turns,
        want.map(|(n, m)| (n.to_string(), m.to_string())).to_vec()
    );
    assert_eq!(names(text), ["Nora Holt", "Ada Berg"]);
    // A dateline, a section's label and a letter's greeting are no turns.
    let text = "Ada Berg runs the port.\n\nNORLAND CITY: The port reopened on Monday.\n\n\
        VIDEO: Ships leaving the port at dawn.\n\nDEAR ADA: My neighbour parks on my lawn.";
    assert!(
        analysis(text)
            .reported()
            .all(|q| q.cue.as_ref().is_none_or(|c| c.text != ":"))
    );
}
