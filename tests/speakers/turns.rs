//! Rules met on a second set of invented articles (an obituary, a launch, floods, an interview,
//! a match, a study, a court, a bakery, a strike): transcript turns and interview answers,
//! pronouns going on from the last speaker, nationalities, kin and possessives, unnamed
//! sources given a gender by their own words.

use super::*;

/// The speaker's name and the cue of the first partial quotation in `text`.
fn first_partial(text: &str) -> (Option<String>, Option<String>) {
    let a = analysis(text);
    let q = a
        .quotes
        .iter()
        .find(|q| q.kind.as_str() == "partial")
        .expect("a partial");
    (
        q.speaker.as_ref().map(|s| s.name.clone()),
        q.cue.as_ref().map(|c| c.text.clone()),
    )
}

#[test]
fn a_turn_labelled_by_a_name_as_written_elsewhere_or_a_known_forename_in_capitals() {
    // A transcript whose labels are names in mixed case, or a full name in capitals the index
    // has not met yet: each turn is its label's.
    let text = "Here is part of the interview.\n\n\
        TOM BRANDT: The ferry line has lost money for three years.\n\n\
        Nora Quist: The mayor is right on all these points, but it is a hard sell.\n\n\
        Quist: Well, reform is slow.";
    let labels = turn_names(text);
    assert_eq!(labels.len(), 3, "{labels:?}");
    assert_eq!(labels[1..], ["Nora Quist", "Nora Quist"]);
    // A line of results is no turn.
    let text = "Ada Berg won the seat.\n\nBerg: 4,512 votes\n\nLund: 3,907 votes";
    assert!(turns(text).is_empty());
}

#[test]
fn an_opening_participle_before_the_speaker_of_a_quotation_is_not_what_was_said() {
    // "Speaking at the pier, Lund said, “…”": the participle tells what Lund was doing.
    let text = "Speaking at the pier after the vote, Sen. Pia Lund (D-Nor.), said, \"I am \
        ready to rent a boat.\"";
    assert_eq!(names(text), ["Pia Lund"]);
    assert!(analysis(text).reported().next().is_none());
    // A clause before the speaker is part of what was said.
    let text = "While the fares are low, Lund said, \"the boats are empty.\"";
    assert!(analysis(text).reported().next().is_some());
}

#[test]
fn an_abbreviated_title_describes_in_full() {
    let text = "\"The pier is old,\" Sen. Tom Brandt said. \"It must close,\" Lt. Gen. Ada Berg \
        said. \"We agree,\" Mr. Lund said.";
    let described: Vec<Option<String>> = speakers(text).into_iter().map(|(_, d)| d).collect();
    assert_eq!(
        described,
        [
            Some("senator".to_owned()),
            Some("lieutenant general".to_owned()),
            Some("Mr.".to_owned())
        ]
    );
}

#[test]
fn a_nationality_stands_for_the_one_just_named() {
    let text = "City manager Rui Costa admitted his side had been lucky.\n\n\
        \"We were second best for an hour,\" the Portuguese said.";
    assert_eq!(names(text), ["Rui Costa"]);
    let text = "Tom Brandt won the race.\n\n\"I was tired,\" said the Frenchman.";
    assert_eq!(names(text), ["Tom Brandt"]);
}

#[test]
fn a_possessive_and_a_noun_are_the_one_described_so() {
    // "his daughter" after "His daughter, Lena Solberg, said": Lena Solberg.
    let text = "Erik Solberg, a harbour pilot, has died.\n\n\
        His daughter, Lena Solberg, said he died at home. \"He knew every rock,\" she said.\n\n\
        \"I think he was ready,\" his daughter said.";
    assert_eq!(names(text), ["Lena Solberg", "Lena Solberg"]);
}

#[test]
fn a_possessor_named_in_several_words_describes_whole() {
    let text = "Port Alder's coach, Hanna Berg, was furious. \"Six minutes?\" she said.";
    assert_eq!(
        speakers(text),
        [(
            "Hanna Berg".to_owned(),
            Some("Port Alder's coach".to_owned())
        )]
    );
}

#[test]
fn an_interview_s_answers_are_the_interviewee_s() {
    let text = "Sofia Marren has conducted in the grandest halls. Now she wants car parks.\n\n\
        Q: Why car parks?\n\nA: Because that is where people are.\n\n\
        Q: Has anyone refused?\n\nA: Everyone refused at first.";
    // The label is no other name of hers in the sources register.
    let a = analysis(text);
    let marren = a
        .sources
        .iter()
        .find(|s| s.name == "Sofia Marren")
        .expect("a source");
    assert!(
        !marren.aliases.iter().any(|x| x == "A"),
        "{:?}",
        marren.aliases
    );
    let answers = turns(text);
    let want = ("Sofia Marren".to_owned(), "A".to_owned());
    assert_eq!(answers, [want.clone(), want]);
    // Without a question before it, "A:" labels nothing.
    let text = "Sofia Marren conducts.\n\nA: Because that is where people are.";
    assert!(turns(text).is_empty());
}

#[test]
fn a_forename_of_another_country_gives_the_pronoun() {
    // Tove is a woman's name, Rasmus a man's: "she" is the mayor, not the councillor.
    let text = "Opposition councillor Rasmus Falk accused the mayor of neglect.\n\n\
        Mayor Tove Hald dismissed the charge. Falk, she said, \"has never met a car he didn't \
        like.\"";
    assert_eq!(names(text), ["Tove Hald"]);
}

#[test]
fn a_body_described_by_a_common_noun_is_the_one_meant() {
    // "the union" after "The pilots' union": that union, not the airline named before it.
    let text = "Pilots at Norland Air walked out on Friday.\n\n\
        The pilots' union disagreed with the airline.\n\n\
        Talks are due to resume on Monday, the union said.";
    assert_eq!(
        reported(text).last().map(|(n, _)| n.as_str()),
        Some("the pilots' union")
    );
}

#[test]
fn an_interview_s_answers_stay_with_its_main_figure_past_other_names() {
    let text = "Ada Berg runs the harbour museum.\n\n\
        Q: Who inspires you?\n\nA: Tom Brandt, who built the first ferry.\n\n\
        Q: And your favourite ship?\n\nA: The old pilot boat, without a doubt.";
    let answers = turn_names(text);
    assert_eq!(answers, ["Ada Berg", "Ada Berg"]);
}

#[test]
fn as_an_unnamed_source_told_me() {
    // "“…,” as one bank chief told me": the chief's words; what follows the comma is not.
    let text = "The banks chase their customers' \"financial health,\" as one bank chief told \
        me, and little else.";
    let (speaker, _) = first_partial(text);
    assert_eq!(speaker.as_deref(), Some("one bank chief"));
    assert!(analysis(text).reported().next().is_none());
}

#[test]
fn an_unnamed_source_is_a_person_of_the_gender_its_words_give() {
    // "A witness … told the Post she had heard shouting": the witness is a woman, and her
    // "she said" after it is hers, not the inspector's before her.
    let text = "Detective Inspector Mia Holt said the attack was not random. \"We think they \
        knew each other,\" she said.\n\n\
        A witness told the Kestria Post she had heard shouting. \"Then a man ran past me,\" \
        she said.";
    assert_eq!(names(text), ["Mia Holt", "A witness"]);
    // "My husband" is no woman, though "My" is a forename.
    let text = "My husband said the food was cold. Clearly, she believes the waitress.";
    assert_ne!(
        reported(text).last().map(|(n, _)| n.as_str()),
        Some("My husband")
    );
}

#[test]
fn a_forename_alone_with_its_kin_or_an_appositive_names_a_person() {
    // "her sister Vesna", "Vesna, the younger sister,": Vesna is a person, and "she" after
    // "Vesna … runs the kitchen. She starts at four" is Vesna, not the sister named in full.
    let text = "Marta Kolar and her sister Vesna opened their bakery in 1998.\n\n\
        \"We had no money,\" Marta said.\n\n\
        Vesna, the younger sister, runs the kitchen. She starts at four every morning. \
        \"I talk to the ovens,\" she said.";
    assert_eq!(names(text), ["Marta Kolar", "Vesna"]);
}

#[test]
fn a_participle_between_an_article_and_its_noun_is_no_verb() {
    // "in an emailed statement": the shipyard said it, nothing "emailed" it.
    let text = "The shipyard, Nordvik Marine, said in an emailed statement that it had \
        \"faced unprecedented disruption\" this year.";
    let (speaker, cue) = first_partial(text);
    assert_eq!(speaker.as_deref(), Some("Nordvik Marine"));
    assert_eq!(cue.as_deref(), Some("said"));
    assert_eq!(
        reported_contents(text),
        [(
            "said".to_owned(),
            "that it had \"faced unprecedented disruption\" this year".to_owned()
        )]
    );
}

#[test]
fn a_thing_inside_a_statement_speaks_no_quotation() {
    // "said the size of the penalty reflected “…”": the commissioner's words.
    let text = "Its commissioner, Eva Strand, said the size of the penalty reflected \"the \
        seriousness of the breach.\"";
    let (speaker, _) = first_partial(text);
    assert_eq!(speaker.as_deref(), Some("Eva Strand"));
}

#[test]
fn a_sentence_s_subject_keeps_he_over_a_man_named_at_its_end() {
    // Both men have known forenames; the subject named first, not the last man named, is
    // "he" in the next sentence.
    let text = "Tom Brandt was the third witness on Tuesday who had listened in on the long \
        July call between the harbour board and its chairman, Karl Lund. He said he was not \
        worried about the call, but he feared \"political consequences\" if it leaked.";
    assert_eq!(first_partial(text).0.as_deref(), Some("Tom Brandt"));
}

#[test]
fn a_time_or_a_place_after_the_source_is_not_its_name() {
    // "Mayor Tove Hald on Monday said": the day is the verb's; "shop owners on Main Street":
    // the street is where they are, not a name beside a role.
    assert_eq!(
        described_sources(
            "Mayor Tove Hald on Monday said the lanes would stay.",
            "indirect"
        ),
        [("Tove Hald".to_owned(), Some("mayor".to_owned()))]
    );
    assert_eq!(
        described_sources(
            "Shop owners on Main Street say the lanes drive customers away.",
            "indirect"
        ),
        [("Shop owners on Main Street".to_owned(), None)]
    );
}

#[test]
fn a_mixed_case_label_of_several_words_needs_a_forename() {
    // A recipe's "Portion Fix Containers:" is no voice; "Nora Quist:" is.
    let text = "Ada Berg shares her plan.\n\nPortion Fix Containers: one green, one red and \
        one yellow cup\n\nNora Quist: The plan works for me every single week.";
    assert_eq!(turn_names(text), ["Nora Quist"]);
}

#[test]
fn a_preposition_in_ing_opens_no_participle() {
    // "During the call, he said, “…”": the clause is part of the report, as before.
    let text = "Tom Brandt rang the office.\n\nDuring the call, he asked about the ferry and \
        said, \"someone ought to sink it,\" the prosecutor said.";
    assert!(
        reported_contents(text)
            .iter()
            .any(|(_, c)| c.starts_with("During the call")),
        "{:?}",
        reported_contents(text)
    );
}
