//! Names, titles, roles, pronouns and outlets: the first rules of who said it.

use super::*;

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
fn the_end_of_a_name_is_the_last_person_named_so_before_it() {
    // The names ending so are kept as they are met: one named after the first mention is
    // the one a later mention means.
    let text = "Anna Van Der Berg coaches the team.\n\n\"We won,\" Van Der Berg said.\n\n\
                Karl Van Der Berg, who rows too, joined the club in June.\n\n\
                \"We lost,\" Van Der Berg said.";
    assert_eq!(names(text), ["Anna Van Der Berg", "Karl Van Der Berg"]);
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
    // A courtesy title says nothing of the role: it is left out of the description.
    let s = speakers(
        "\"We will see,\" said lead author Dr Rosa Lindqvist of the Norland Survey.\n\n\
         \"Not yet,\" said Dr Ivo Brandt of the Kestria Institute.",
    );
    assert_eq!(s[0].0, "Rosa Lindqvist");
    assert_eq!(s[0].1.as_deref(), Some("lead author of the Norland Survey"));
    assert_eq!(s[1].0, "Ivo Brandt");
    assert_eq!(s[1].1.as_deref(), Some("of the Kestria Institute"));
}

#[test]
fn an_ampersand_joins_one_name() {
    let s = speakers(
        "\"Costs will stay high,\" said Oren Vale, an analyst at Hale & Moss.\n\n\
         \"We disagree,\" Lind & Sons said in a note.",
    );
    assert_eq!(s[0].0, "Oren Vale");
    assert_eq!(s[0].1.as_deref(), Some("an analyst at Hale & Moss"));
    assert_eq!(s[1].0, "Lind & Sons");
    assert_eq!(
        reported("Analysts at Hale & Moss said the guidance was weak."),
        [("Analysts at Hale & Moss".to_owned(), "indirect")]
    );
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
fn the_outlet_a_journalist_told_works_for_is_the_relay() {
    let text = "\"The plan is sound,\" Ada Berg told KBN harbour correspondent Tom Brandt.";
    assert_eq!(outlets(text), [Some("KBN".to_owned())]);
    let text = "\"The plan is sound,\" Ada Berg told Harbourline reporter Tom Brandt.";
    assert_eq!(outlets(text), [Some("Harbourline".to_owned())]);
    assert_eq!(names(text), ["Ada Berg"]);
}

#[test]
fn a_definite_appositive_after_a_name_is_the_role_it_is_called_by_later() {
    let text = "Ada Berg, the mayor, met the crews on Monday.\n\n\"We lost half the boats,\" \
        the mayor said.";
    assert_eq!(
        speakers(text),
        [("Ada Berg".to_owned(), Some("the mayor".to_owned()))]
    );
    // Only the role's head word points back at the person: a body named in the appositive
    // stays the body.
    let text = "Lars Eklund, the Harbour Board press secretary, spoke first.\n\n\"The port \
        stays open,\" the Harbour Board said.";
    assert_eq!(names(text), ["Harbour Board"]);
}
