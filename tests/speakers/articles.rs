//! Rules met on invented articles of many kinds (news, a feature, sport, a court, a study):
//! appositives and roles around names, sources with their modifiers, relays, partial
//! quotations after naming verbs, and where sentences end.

use super::*;

#[test]
fn a_phrase_before_the_comma_that_opens_the_sentence_describes_no_one() {
    // "the union" is the object of "asked about", not an appositive of the minister's name,
    // which goes on with a verb: the minister's title describes her, and "the union" later is
    // the union, not the minister.
    let text = "Asked about the Ferry Workers Union, Transport Minister Ada Berg said: \"My door \
        is open.\"\n\nThe union says more than 400 members have joined the strike.";
    assert_eq!(
        speakers(text),
        [("Ada Berg".to_owned(), Some("Transport Minister".to_owned()))]
    );
    assert_eq!(
        reported(text),
        [("Ferry Workers Union".to_owned(), "indirect")]
    );
}

#[test]
fn a_spokeswoman_for_a_body_with_a_long_name_speaks() {
    let text = "\"We will not go back,\" a spokeswoman for the Norland Ferry Workers Union told \
        reporters.";
    assert_eq!(
        names(text),
        ["a spokeswoman for the Norland Ferry Workers Union"]
    );
}

#[test]
fn according_to_a_name_and_its_appositive_the_clause_after_is_what_was_said() {
    let text = "According to Pia Lund, a researcher at Kestria University who studies labour \
        disputes, the walkout is \"the longest in two decades.\"";
    assert_eq!(
        reported_contents(text),
        [(
            "According to".into(),
            "the walkout is \"the longest in two decades.\"".into()
        )]
    );
    // The quoted words are hers: "disputes" in her description is no verb of theirs.
    assert_eq!(
        speakers(text),
        [(
            "Pia Lund".to_owned(),
            Some("a researcher at Kestria University who studies labour disputes".to_owned())
        )]
    );
}

#[test]
fn a_name_with_its_age_and_role_put_it_bluntly() {
    let text = "Tom Brandt, 54, a deckhand from the island of Vell, put it bluntly: \"Nobody \
        wants this.\"\n\nThe mayor summed it up: \"We wait.\"";
    assert_eq!(names(text), ["Tom Brandt", "The mayor"]);
    assert_eq!(cues(text), ["put it bluntly", "summed it up"]);
}

#[test]
fn of_after_the_verb_that_follows_a_quotation_names_whom_it_was_about() {
    let text = "\"Come back when it is settled,\" Brandt recalled of his wife.";
    assert_eq!(reported_contents(text), []);
    assert_eq!(cues(text), ["recalled"]);
}

#[test]
fn an_outlet_named_in_a_later_sentence_does_not_relay_an_earlier_statement() {
    let text = "Quist has said she expects the review to confirm the plan. She told the Kestria \
        Herald last month that the hospital had no other choice.";
    let via: Vec<Option<String>> = analysis(text)
        .reported()
        .map(|q| q.via.as_ref().map(|v| v.name.clone()))
        .collect();
    assert_eq!(via, [None, Some("Kestria Herald".to_owned())]);
}

#[test]
fn an_age_before_the_appositive_after_an_inverted_verb() {
    let text = "\"I had my first child here,\" said Maria Holm, 34, a teacher.";
    assert_eq!(
        speakers(text),
        [("Maria Holm".to_owned(), Some("a teacher".to_owned()))]
    );
}

#[test]
fn a_dateline_is_no_part_of_what_was_reported() {
    let text = "PORT ALDER, Norland (AP) — The ferry will stop in May, officials said Tuesday.";
    assert_eq!(
        reported_contents(text),
        [("said".into(), "The ferry will stop in May".into())]
    );
}

#[test]
fn a_forename_given_to_either_sex_still_makes_a_person() {
    // "Pat" tells no pronoun, but "Pat Quist" is a person the epithet can stand for.
    let text = "Pat Quist teased a new album during the set on Monday.\n\n\"It is nearly \
        done,\" the singer told the crowd.";
    assert_eq!(names(text), ["Pat Quist"]);
}

#[test]
fn a_poll_goes_by_the_name_before_it() {
    let text = "A similarly fresh Harbour News poll shows that most voters want a new pier.";
    assert_eq!(
        reported(text),
        [("Harbour News poll".to_owned(), "indirect")]
    );
}

#[test]
fn a_heading_in_title_case_names_no_body() {
    // "the regional government" finds no body in the heading's capitals.
    let text = "Floods Force Thousands From Their Homes\n\nHeavy rain has forced 5,000 people \
        from their homes, the regional government said.";
    assert_eq!(
        reported(text),
        [("the regional government".to_owned(), "indirect")]
    );
}

#[test]
fn words_in_quotation_marks_are_no_source_of_reported_speech() {
    let text = "\"The water came up in minutes,\" said Ilse Varga, who runs a bakery in Lintz.";
    assert_eq!(reported_contents(text), []);
    assert_eq!(
        speakers(text),
        [(
            "Ilse Varga".to_owned(),
            Some("who runs a bakery in Lintz".to_owned())
        )]
    );
}

#[test]
fn pointing_at_something_reports_nothing() {
    let text = "\"We have been through worse,\" Karl Lund said, pointing at a mark on the wall.";
    assert_eq!(reported_contents(text), []);
}

#[test]
fn a_broadcaster_named_by_its_first_word_relays() {
    let text = "In an interview with Radio Norland, Tom Brandt said the dykes were never \
        repaired.\n\nResidents interviewed by The Valley Courier said they felt abandoned.";
    let relayed: Vec<(String, Option<String>)> = analysis(text)
        .reported()
        .map(|q| {
            (
                q.speaker.as_ref().map_or(String::new(), |s| s.name.clone()),
                q.via.as_ref().map(|v| v.name.clone()),
            )
        })
        .collect();
    assert_eq!(
        relayed,
        [
            ("Tom Brandt".to_owned(), Some("Radio Norland".to_owned())),
            (
                "Residents interviewed by The Valley Courier".to_owned(),
                Some("The Valley Courier".to_owned())
            ),
        ]
    );
}

#[test]
fn the_agent_of_a_passive_is_who_the_relative_pronoun_stands_for() {
    let text = "The plan was backed by Tom Brandt, who said it would work.";
    assert_eq!(
        described_sources(text, "indirect"),
        [("Tom Brandt".to_owned(), None)]
    );
}

#[test]
fn what_was_told_comes_after_the_colon() {
    // The quotation is what was told; no reported statement holds "reporters".
    let text = "Mark Ellis told reporters: \"We respect the court.\"";
    assert_eq!(reported_contents(text), []);
    assert_eq!(names(text), ["Mark Ellis"]);
}

#[test]
fn a_ruling_is_no_verb_and_one_judging_word_is_a_partial_quotation() {
    let text = "Mark Ellis called the ruling \"disappointing\" on Friday.";
    assert_eq!(
        kinds_and_cues(text),
        [("Partial".to_owned(), Some("called".to_owned()))]
    );
    assert_eq!(names(text), ["Mark Ellis"]);
    // A name for a thing is still a term.
    let text = "Mark Ellis called the approach \"water diplomacy\" on Friday.";
    assert_eq!(
        kinds_and_cues(text),
        [("Term".to_owned(), Some("called".to_owned()))]
    );
}

#[test]
fn a_bare_role_after_an_inverted_verb_describes() {
    let text = "\"This is a victory,\" said Ben Sato, president of the Fishermen's Association.";
    assert_eq!(
        speakers(text),
        [(
            "Ben Sato".to_owned(),
            Some("president of the Fishermen's Association".to_owned())
        )]
    );
}

#[test]
fn the_name_in_the_appositive_of_the_subject_speaks_for_a_later_verb() {
    let text = "The port authority's director, Mark Ellis, called the ruling \"disappointing\" \
        and said the authority would appeal.";
    assert_eq!(
        described_sources(text, "indirect"),
        [(
            "Mark Ellis".to_owned(),
            Some("The port authority's director".to_owned())
        )]
    );
}

#[test]
fn a_forename_alone_after_a_description_names_a_person() {
    let text = "Marta Quist keeps the light.\n\nHer son, Erik, who lives on the mainland, worries \
        about her. \"I call every evening,\" he says.";
    assert_eq!(
        speakers(text),
        [("Erik".to_owned(), Some("Her son".to_owned()))]
    );
    // Worrying about a person reports nothing.
    assert_eq!(reported_contents(text), []);
}

#[test]
fn a_condition_of_anonymity_is_no_statement() {
    let text = "\"Nobody told us anything,\" one worker, who asked not to be named, told The \
        Norberg Times.";
    assert_eq!(reported_contents(text), []);
    assert_eq!(outlets(text), [Some("The Norberg Times".to_owned())]);
}

#[test]
fn a_role_after_a_verb_before_a_name_describes_it() {
    let text = "Harbour United sacked head coach Rui Costa on Sunday. \"I gave everything,\" \
        Costa wrote.";
    assert_eq!(
        speakers(text),
        [("Rui Costa".to_owned(), Some("head coach".to_owned()))]
    );
}

#[test]
fn the_club_is_the_body_its_sentence_was_about() {
    let text = "Harbour United sacked its coach on Sunday, a day after a defeat to Kestria \
        Rovers.\n\n\"A change was needed,\" the club said in a statement.";
    assert_eq!(names(text), ["Harbour United"]);
}

#[test]
fn a_source_inside_a_place_with_its_appositive_speaks() {
    let text = "A source inside the camp, a refugee who asked not to be identified, said that \
        the claim is \"absolutely not true.\"";
    assert_eq!(
        reported(text),
        [("A source inside the camp".to_owned(), "mixed")]
    );
}

#[test]
fn after_an_inverted_verb_the_name_in_the_appositive_speaks() {
    let text = "\"We were surprised,\" said the study's lead author, Dr. Hanna Lind of the Polar \
        Institute.";
    assert_eq!(
        speakers(text),
        [(
            "Hanna Lind".to_owned(),
            Some("the study's lead author, of the Polar Institute".to_owned())
        )]
    );
}

#[test]
fn a_study_published_on_a_day_is_the_study() {
    let text = "Snow holds plastic, according to a study published Wednesday in the journal \
        Ocean Letters.";
    assert_eq!(reported(text), [("a study".to_owned(), "indirect")]);
}

#[test]
fn an_abbreviation_before_an_opening_quotation_mark_ends_the_sentence() {
    let text = "Inspector Clara Moss said officers were called shortly after 11 p.m. \
        \"Thankfully nobody was inside,\" she said.";
    assert_eq!(
        reported_contents(text),
        [(
            "said".into(),
            "officers were called shortly after 11 p.m".into()
        )]
    );
}

#[test]
fn a_title_between_a_role_and_a_name_goes_with_the_role() {
    let text = "But opposition MP Sofia Rask said the minister had \"serious questions to \
        answer.\"";
    assert_eq!(
        speakers(text),
        [("Sofia Rask".to_owned(), Some("opposition MP".to_owned()))]
    );
}

#[test]
fn speaking_to_a_publication_relays_what_follows() {
    let text = "Rask, speaking to the Norland Post, went further. \"This smells,\" she said.";
    assert_eq!(outlets(text), [Some("Norland Post".to_owned())]);
}

#[test]
fn a_body_named_with_a_forename_inside_it_is_the_body() {
    let text = "Her management company, Bright Star Artists, said fans would receive refunds.";
    assert_eq!(
        reported(text),
        [("Bright Star Artists".to_owned(), "indirect")]
    );
}

#[test]
fn one_and_another_speak_before_a_past_verb() {
    let text = "Fans reacted online.\n\n\"Take all the time you need,\" one wrote on X. \"We \
        will wait,\" another added.";
    assert_eq!(names(text), ["one", "another"]);
}

#[test]
fn a_title_in_quotation_marks_inside_the_appositive_of_a_source() {
    let text = "Lina Voss sings.\n\nVoss, whose album \"Northern Lights\" topped the charts, \
        told the Kestria Herald that touring left her drained.";
    assert_eq!(reported(text), [("Lina Voss".to_owned(), "indirect")]);
}

#[test]
fn a_verb_with_its_particle_ends_the_subject() {
    let text = "Maria Okafor and Nina Brandt debated.\n\nOkafor hit back, saying Brandt had \"no \
        plan and no numbers.\" She added: \"Slogans do not build houses.\"";
    assert_eq!(
        reported_contents(text),
        [(
            "saying".into(),
            "Brandt had \"no plan and no numbers.\"".into()
        )]
    );
    assert_eq!(names(text), ["Maria Okafor", "Maria Okafor"]);
}

#[test]
fn speech_in_single_marks_is_no_reported_statement_too() {
    // An article that quotes in single marks throughout.
    let text = "\u{2018}This is the most important decision in a generation,\u{2019} said \
        councillor Amira Shah.\n\n\u{2018}If it is not working, we will change it,\u{2019} she \
        told the Echo.";
    assert_eq!(reported_contents(text), []);
    assert_eq!(outlets(text), [None, Some("Echo".to_owned())]);
}

#[test]
fn a_plural_possessive_is_no_quotation_mark() {
    let text = "Pilots walked out on Friday.\n\nThe pilots' union disagreed with the airline.";
    assert_eq!(reported_contents(text), []);
}

#[test]
fn a_line_before_a_paragraph_is_no_part_of_a_body_s_name() {
    let text = "Airline Strike Grounds Flights\n\nHundreds of flights were cancelled as pilots at \
        Norland Air walked out.\n\nThe airline said 240 flights had been cancelled.";
    assert_eq!(reported(text), [("Norland Air".to_owned(), "indirect")]);
}

#[test]
fn what_a_speaker_called_something_is_their_judgement() {
    let text = "Henrik Aas runs the airline.\n\nHe offered a raise, which he called \"fair and \
        generous.\"";
    assert_eq!(
        kinds_and_cues(text),
        [("Partial".to_owned(), Some("called".to_owned()))]
    );
    // A thing called by a name is a term still.
    let text = "He offered a plan called \"Harbour Lights.\"";
    assert_eq!(kinds_and_cues(text)[0].0, "Term");
}

#[test]
fn a_role_of_a_few_words_after_an_inverted_verb_describes() {
    let text = "\"The bank had little choice,\" said Marit Solberg, chief economist at Kestria \
        Bank.";
    assert_eq!(
        speakers(text),
        [(
            "Marit Solberg".to_owned(),
            Some("chief economist at Kestria Bank".to_owned())
        )]
    );
}

#[test]
fn a_body_named_by_its_own_words_is_not_the_last_body_named() {
    let text = "\"This will hurt,\" said Ole Nygaard of the Labour Party.\n\nThe finance \
        ministry said in a statement that it respected the bank's independence.";
    assert_eq!(
        reported(text),
        [("The finance ministry".to_owned(), "indirect")]
    );
}

#[test]
fn one_of_a_group_named_after_an_inverted_verb() {
    let text = "\"Our children should not spend an hour on a bus,\" said one of the organisers, \
        Karin Holt, a mother of two.\n\n\"We are not giving up,\" Holt said.";
    assert_eq!(
        speakers(text),
        [
            (
                "Karin Holt".to_owned(),
                Some("one of the organisers".to_owned())
            ),
            (
                "Karin Holt".to_owned(),
                Some("one of the organisers".to_owned())
            )
        ]
    );
}

#[test]
fn the_authority_is_the_authority_named_before() {
    let text = "Kestria Ferries was fined, the Norland Maritime Authority announced.\n\nThe \
        authority found that the company had failed to train its crews.";
    assert_eq!(
        described_sources(text, "indirect"),
        [
            ("Norland Maritime Authority".to_owned(), None),
            ("Norland Maritime Authority".to_owned(), None)
        ]
    );
}
