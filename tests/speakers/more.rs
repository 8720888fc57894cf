//! More clauses that introduce speech: participles after a clause, asides between a subject
//! and its verb, relative clauses, and nouns that look like speech verbs.

use super::*;

#[test]
fn a_participle_after_a_speech_verb_shares_its_speaker() {
    // "…, Brandt said, adding, “…”": not the subject of the reported clause before.
    let text = "Tom Brandt runs the ferry line.\n\nThe ferry will resume next month, Brandt \
        said, adding, \"The crews need a rest first.\"";
    assert_eq!(names(text), ["Tom Brandt"]);
    let text = "Tom Brandt runs the ferry line.\n\nThe ferry will resume next month, said \
        Brandt, adding, \"The crews need a rest first.\"";
    assert_eq!(names(text), ["Tom Brandt"]);
}

#[test]
fn a_participle_after_a_clause_has_the_subject_after_its_opening_phrases() {
    // Two opening phrases, then the subject; the object of the last verb says nothing.
    let text = "On Monday, after staying silent for weeks, Ilse Varga endorsed Nora Quist, \
        saying, \"She is the one who can win this.\"";
    assert_eq!(names(text), ["Ilse Varga"]);
    let text = "Ada Berg chairs the union.\n\nAnd although she thanked the crews for their \
        help, Berg struck a rare note of doubt, saying, \"I am not sure we earned it.\"";
    assert_eq!(names(text), ["Ada Berg"]);
    // "Even" before the subject's article is no part of it.
    let text = "Even a senior harbour official warned the board, saying, \"At some point \
        the board must decide.\"";
    assert_eq!(names(text), ["a senior harbour official"]);
    // An opening clause with a speech verb of its own is the attribution, not a phrase to
    // skip.
    let text = "Of course, as Mia Holt observed, the real winner was the ferry itself: \"It \
        never missed a crossing.\"";
    assert_eq!(names(text), ["Mia Holt"]);
}

#[test]
fn a_participles_phrase_between_subject_and_verb_is_an_aside() {
    let text = "Sen. Tom Brandt (R-Nor.), noting the length of the queue, said, \"This is \
        a disgrace.\"";
    assert_eq!(names(text), ["Tom Brandt"]);
    let text = "Mia Holt, speaking to reporters on the ferry to Norland, said of the \
        board's latest plan: \"It answers nothing.\"";
    assert_eq!(names(text), ["Mia Holt"]);
}

#[test]
fn a_relative_clause_without_commas_hangs_on_the_speaker() {
    let text = "A harbour official who asked not to be named said Friday, \"There \
        are talks between the board and the union.\"";
    assert_eq!(names(text), ["A harbour official"]);
    // When the verb is the relative clause's own, the quotation is not that phrase's.
    let text = "Nora Quist thanked the crews who stayed on but said, \"We are in a new game now.\"";
    assert_eq!(names(text), ["Nora Quist"]);
}

#[test]
fn a_speech_verbs_form_after_a_possessive_and_an_adjective_is_a_noun() {
    // "Berg's latest request: “…”" names what was asked; the speaker is the one who spoke.
    let text = "A board spokeswoman would not discuss Ada Berg's latest request. Mia Holt, \
        on the ferry to Norland, said of Berg's latest request: \"The board settled all \
        of this.\"";
    assert_eq!(names(text), ["Mia Holt"]);
}

#[test]
fn a_speech_verbs_form_after_a_preposition_reports_nothing() {
    // "amid calls for calm", "of claims that": nouns.
    let text = "Amid calls for calm, the harbour stayed shut on Monday.";
    assert!(reported(text).is_empty());
    // A past form after a capitalised preposition follows a name.
    let text = "Ola Amid chairs the board.\n\nAmid agreed that the plan was sound.";
    assert_eq!(reported(text), [("Ola Amid".to_string(), "indirect")]);
}

#[test]
fn as_someone_put_it_credits_the_phrase_after_as() {
    let text = "As the Courier's Ada Berg puts it, \"The board will not budge, and the crews \
        have lost heart.\"";
    assert_eq!(names(text), ["Ada Berg"]);
    let text = "Or, as Tom Brandt, a former harbour master, put it in his column: \"The \
        storm has already reached the pier.\"";
    assert_eq!(names(text), ["Tom Brandt"]);
}

#[test]
fn a_participle_after_a_whole_clause_has_that_clauses_subject() {
    // The clause before the comma runs up to the participle: no opening phrase to skip.
    let text = "Mia Holt quickly took to the radio, writing: \"Another storm, another \
        closure.\"";
    assert_eq!(names(text), ["Mia Holt"]);
    let text = "Nora Quist then shows up in a short video of a harbour speech, saying, \"The \
        ferry will run every hour.\"";
    assert_eq!(names(text), ["Nora Quist"]);
    // Where it was said is no speaker: "answered on the radio saying".
    let text = "Nora Quist answered Ada Berg's question on the radio saying, \"Yes, I will.\"";
    assert_eq!(names(text), ["Nora Quist"]);
    // "Even before …": an adverb before an opening phrase.
    let text = "Even before Quist took the stage to announce her win, her rival Tom Brandt \
        sent out a short message to volunteers saying: \"We won the north!\"";
    assert_eq!(names(text), ["Tom Brandt"]);
}

#[test]
fn told_never_inverts_its_source_after_it() {
    // "C, said Berg" inverts; "…, told investors …" has its source before it.
    let text = "Ada Berg, who will chair the merged board, told investors of Harbourline, the \
        ferry group, on Monday that the merger would cut its debt.";
    assert_eq!(reported(text), [("Ada Berg".to_string(), "indirect")]);
}

#[test]
fn a_stray_comma_after_a_parenthesis_leaves_the_name_before_it() {
    let text = "Speaking in Harbourton after the vote, Sen. Tom Brandt (R-Nor.), said, \"I am \
        ready to rent a boat.\"";
    assert_eq!(names(text), ["Tom Brandt"]);
}

#[test]
fn reported_content_ends_where_another_source_speaks() {
    // "begged for an autograph and Quist said, “…”": the plea is the child's, the words
    // Quist's.
    let text = "Nora Quist toured the pier. At one point, a child begged for an autograph and \
        Quist said, \"only if you promise to vote.\"";
    assert_eq!(names(text), ["Nora Quist"]);
    let contents = reported_contents(text);
    assert!(
        contents.contains(&("begged for".into(), "an autograph".into())),
        "{contents:?}"
    );
    // Two names joined by "and" before a verb other than "said" are one subject.
    let text = "Ada Berg said that Quist and her aides knew of the leak.";
    assert_eq!(
        reported_contents(text),
        [(
            "said".into(),
            "that Quist and her aides knew of the leak".into()
        )]
    );
}

#[test]
fn a_phrase_opening_a_second_clause_is_no_subject() {
    // "…, but in a second hearing said …": the clerk speaks, not the hearing.
    let text = "The clerk told the panel he had lost the files, but in a second hearing said \
        he had a \"sinking\" moment.";
    let speakers = speakers_or_none(text);
    assert_eq!(speakers.len(), 2, "the statement and the quoted word");
    assert!(
        speakers.iter().all(|s| s.as_deref() == Some("The clerk")),
        "{speakers:?}"
    );
}

#[test]
fn an_appositive_with_a_relative_clause_and_no_closing_comma_still_speaks() {
    let text = "\"Voters want two things,\" Lars Eklund, the harbour pundit who founded the \
        Tide Report wrote on Wednesday.";
    assert_eq!(names(text), ["Lars Eklund"]);
    let text = "\"It is a mess,\" Ilse Varga, who is chair of the Ferry Users Group said in a \
        statement.";
    assert_eq!(names(text), ["Ilse Varga"]);
    // A bare verb form after the clause is no verb of saying: "who briefly caught fire".
    let text = "While Berg laid out \"a fairer fare for all,\" Ada Holt, the singer who \
        briefly caught fire in the race for mayor.";
    assert!(!names(text).contains(&"Ada Holt".to_string()));
}

#[test]
fn a_share_of_the_people_asked_speaks_through_the_poll() {
    // The last poll named before the share in its paragraph; its article and month are no
    // part of its name.
    let text = "In a June Harbour Institute poll, the ferry was popular. Fifty-two percent \
        say that \"the ferry should run all winter.\" A later Tide Report survey is less kind \
        (44 percent of Norlanders say they would \"never ride it again\").";
    assert_eq!(
        names(text),
        ["Harbour Institute poll", "Tide Report survey"]
    );
    // A named group that is no share keeps its own name.
    let text = "A Harbour Institute poll was out on Monday. Ada Berg said that \"polls \
        come and go.\"";
    assert_eq!(names(text), ["Ada Berg"]);
}

#[test]
fn a_quotation_paragraph_goes_on_from_a_partly_quoted_statement() {
    // The paragraph before ends in a statement that quotes a few words; the quotation that
    // follows on its own, with no attribution, is the same speaker's, across its paragraphs.
    let text = "Ada Berg toured the docks on Monday and noted the crews were \"tired but \
        proud.\"\n\n\"We kept working every night this month. Nobody asked for a day off.\n\n\
        \"The next shift starts at dawn, and I will be there with them.\"";
    assert_eq!(names(text), ["Ada Berg", "Ada Berg", "Ada Berg"]);
    // A paragraph of narrative between them: no longer the same statement.
    let a = analysis(
        "Ada Berg toured the docks on Monday and noted the crews were \"tired but proud.\"\n\n\
        The shifts ran late all week, and the ferry kept its timetable.\n\n\"We kept \
        working every night this month. Nobody asked for a day off.\"",
    );
    let direct = a
        .quotes
        .iter()
        .find(|q| q.kind == byline::article::QuoteKind::Direct);
    assert!(direct.unwrap().speaker.is_none());
}

#[test]
fn in_the_words_of_names_the_one_whose_words_they_are() {
    let text = "Ada Berg met the crews. The season went badly, in the words of Ada Berg: \
        \"We lost half the boats.\"\n\nTom Brandt runs the ferry. In \
        Brandt's own words, \"the timetable is a promise.\"\n\nNora Quist spoke next. In her \
        words: \"Nobody reads the timetable.\"";
    assert_eq!(names(text), ["Ada Berg", "Tom Brandt", "Nora Quist"]);
    assert_eq!(
        cues(text),
        ["in the words of", "In Brandt's own words", "In her words"]
    );
}

#[test]
fn the_one_shown_or_heard_speaks_the_participles_words() {
    let text = "Tom Brandt ran for mayor.\n\nOne advert showed Brandt saying, \"Ride the \
        ferry.\"\n\nThe film featured a crowd of sailors, young and old, chanting, \"Sail \
        home.\"";
    assert_eq!(names(text), ["Tom Brandt", "a crowd of sailors"]);
}

#[test]
fn a_verb_with_a_pronoun_subject_of_its_own_is_not_the_relative_clauses() {
    // "who answered the phone" hangs on the clerk, but "he said" has its own subject.
    let text = "Lars Eklund was charged in May.\n\nThe clerk who answered the phone remembered \
        that he said, \"I will sink the ferry.\"";
    assert_eq!(names(text), ["Lars Eklund"]);
}

#[test]
fn the_verb_that_to_say_completes_has_the_speaker() {
    // "went on to add", "are left to ask": the subject of the clause, not of an earlier one.
    let text = "Ada Berg opened the meeting. Berg then went on to add: \"The ferry stays.\"\n\n\
        Quist has a new contract, and the Harbour Board crews are left to ask: \"Who pays \
        for the fuel now?\"";
    assert_eq!(names(text), ["Ada Berg", "the Harbour Board crews"]);
    assert_eq!(cues(text), ["went on to add", "left to ask"]);
}

#[test]
fn a_one_word_sentence_in_marks_is_said_not_a_title() {
    // "Thanks." stands alone after a quotation, as a sentence of its own: it was said. "Harbour"
    // in the same capitals inside a sentence still names something.
    let text = "\"Vote for the ferry,\" Ada Berg told the crowd. \"Thanks.\"\n\n\
        The crowd sang \"Harbour\" as she left.";
    let kinds: Vec<_> = kinds_and_cues(text).into_iter().map(|(k, _)| k).collect();
    assert_eq!(kinds, ["Direct", "Direct", "Term"]);
    assert_eq!(names(text), ["Ada Berg", "Ada Berg"]);
}

#[test]
fn a_short_quotation_after_the_attribution_inside_a_statement_is_the_speakers() {
    // The statement runs on both sides of ", Berg said,": the word in marks after it is hers.
    let text = "The crews found the leak, Ada Berg said, and \"patched\" the hull by noon.";
    assert_eq!(
        kinds_and_cues(text),
        [("Partial".into(), Some("said".into()))]
    );
    assert_eq!(names(text), ["Ada Berg"]);
}

#[test]
fn a_name_masked_with_asterisks_signs_a_review() {
    let text = "Readers wrote in.\n\n\"The ferry was late but the crew was kind.\"\n\n– Pia L**\n\n\
        \"Great trip and a warm cabin!\"\n\n– Tov*** Ber** Qu****";
    assert_eq!(names(text), ["Pia L**", "Tov*** Ber** Qu****"]);
}

#[test]
fn the_cue_takes_in_a_statement_but_not_a_particular_statement() {
    // "said in a statement" is news style's set phrase; "in his closing statement" is where.
    let text = "\"The pier stays shut,\" the Harbour Board said in a statement.\n\n\
        \"I never saw the ledger,\" Tom Brandt said in his closing statement.";
    assert_eq!(cues(text), ["said in a statement", "said"]);
}

#[test]
fn a_participle_between_two_quotations_is_the_second_ones_cue() {
    // The comma inside the closing mark ends the first statement, as one outside it would.
    let text = "Berg later wrote that the ferry \"needs a new engine,\" adding \"we all need \
        it.\"\n\nOn the day the pier shut, Tom Brandt said of the storm, \"I saw it come,\" \
        adding that \"the sea was black.\"";
    assert_eq!(cues(text), ["wrote", "adding", "said", "adding"]);
    assert_eq!(names(text), ["Berg", "Berg", "Tom Brandt", "Tom Brandt"]);
}

#[test]
fn the_head_alone_is_the_one_named_before_with_what_it_is_of() {
    let text = "The authors of the tide survey argued that the harbour floods more often.\n\n\
        The water rose \"sharply\" in the spring, the authors wrote.";
    assert_eq!(names(text), ["The authors of the tide survey"]);
}

#[test]
fn text_on_a_site_speaks_for_the_site() {
    let text = "\"Fresh sea air in every breath,\" the blurb on the website says.\n\n\
        \"We sail daily at noon,\" a notice on the official page says.";
    assert_eq!(names(text), ["the website", "the official page"]);
}

#[test]
fn a_participle_with_only_a_quotation_after_it_is_no_reported_statement_of_its_own() {
    // `adding “we all need it.”` is the quotation, listed once; `adding that it had a “…”`
    // reports words of the writer's around the quoted ones.
    let text = "Berg later wrote that the ferry \"needs a new engine,\" adding \"we all need \
        it.\"\n\nBerg also said, \"It leaks,\" adding that it had a \"slight lean.\"";
    assert_eq!(
        reported_contents(text),
        [
            (
                "later wrote".into(),
                "that the ferry \"needs a new engine,\"".into()
            ),
            ("adding".into(), "that it had a \"slight lean.\"".into()),
        ]
    );
}

#[test]
fn an_outlet_carries_on_only_while_the_same_speaker_holds_the_next_paragraph() {
    let told = "Pia Lund told the Valley Courier that the pier would reopen.\n\n";
    let courier = || Some("Valley Courier".to_owned());
    let text = format!("{told}\"We owe it to the town,\" Lund said. \"And soon,\" Lund added.");
    assert_eq!(outlets(&text), [courier(), courier()]);
    // Another speaker first in the paragraph: what Lund says after is not carried.
    let text = format!("{told}\"It is too soon,\" Tom Brandt said. \"We owe it,\" Lund said.");
    assert_eq!(outlets(&text), [None, None]);
    // Two paragraphs on, nothing is carried.
    let text = format!("{told}The vote is on Friday.\n\n\"We owe it,\" Lund said.");
    assert_eq!(outlets(&text), [None]);
}

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
        analysis(text)
            .reported()
            .map(|q| q.speaker.clone().map(|s| (s.name, s.description)))
            .collect::<Vec<_>>(),
        [Some(("Tom Brandt".to_owned(), None))]
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
        analysis(text)
            .reported()
            .filter(|q| q.kind.as_str() == "indirect")
            .map(|q| q.speaker.clone().map(|s| (s.name, s.description)))
            .collect::<Vec<_>>(),
        [Some((
            "Mark Ellis".to_owned(),
            Some("The port authority's director".to_owned())
        ))]
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
