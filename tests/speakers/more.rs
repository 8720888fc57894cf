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
fn an_age_after_a_name_is_passed_over() {
    // Before the verb, with a role before the name or a description after the age.
    let s = speakers(
        "One driver, Ivo Brandt, 44, said: \"We have not been paid.\"\n\n\
         \"Nor have we,\" Ada Berg, 38, a welder, said.\n\n\
         \"Ask anyone,\" said Tom Hale, 51.",
    );
    assert_eq!(
        s,
        [
            ("Ivo Brandt".to_owned(), Some("One driver".to_owned())),
            ("Ada Berg".to_owned(), Some("a welder".to_owned())),
            ("Tom Hale".to_owned(), None),
        ]
    );
    // Reported speech too; the age stays in the source's span, as the article gives it.
    let a = analysis("Nora Quist, 61, said the pier was unsafe.");
    let q = a.reported().next().expect("a reported statement");
    let s = q.speaker.as_ref().expect("a source");
    assert_eq!(
        (s.name.as_str(), s.description.as_deref()),
        ("Nora Quist", None)
    );
    assert_eq!(s.mention, "Nora Quist");
    assert_eq!(s.span.len(), "Nora Quist, 61".len());
}

#[test]
fn a_name_set_off_after_an_inverted_person_noun_speaks() {
    // "said one customer, Dana Fox": the name speaks, the person noun describes.
    let s = speakers(
        "\"Nobody called me,\" said one customer, Dana Fox, a teacher.\n\n\
         \"I waited a week,\" said the driver, Ivo Brandt.",
    );
    assert_eq!(
        s[0],
        ("Dana Fox".to_owned(), Some("one customer".to_owned()))
    );
    assert_eq!(
        s[1],
        ("Ivo Brandt".to_owned(), Some("the driver".to_owned()))
    );
}

#[test]
fn the_former_and_the_latter_are_the_last_two_named() {
    let text = "Ada Berg and Tom Hale met for four hours on Friday.\n\n\
        The former called the talks \"a waste of time\", while the latter said progress had been \
        made.";
    let a = analysis(text);
    let by_cue = |cue: &str| {
        a.quotes
            .iter()
            .find(|q| q.cue.as_ref().is_some_and(|c| c.text == cue))
            .and_then(|q| q.speaker.as_ref())
            .map(|s| s.name.clone())
    };
    assert_eq!(by_cue("called").as_deref(), Some("Ada Berg"));
    assert_eq!(by_cue("said").as_deref(), Some("Tom Hale"));
}

#[test]
fn a_capitalised_plurals_possessive_stays_in_the_name() {
    let s = speakers(
        "\"It was fine,\" said Ivo Brandt of the Drivers' Forum.\n\n\
         \"It was not,\" the Teachers’ Union said.",
    );
    assert_eq!(s[0].1.as_deref(), Some("of the Drivers' Forum"));
    assert_eq!(s[1].0, "Teachers’ Union");
    assert_eq!(
        reported("The Teachers’ Union said the deal was fair."),
        [("Teachers’ Union".to_owned(), "indirect")]
    );
}

#[test]
fn a_name_after_an_opening_phrase_is_the_subject_a_pronoun_goes_on_from() {
    // The first sentence's subject is named earlier; the second's stands after its opening
    // phrase, and "she" goes to her.
    let text = "Ada Berg spoke first.\n\n\
        Asked about the prize money, Nora Quist laughed. \"It pays my rent,\" she said.";
    assert_eq!(names(text), ["Nora Quist"]);
    let text = "Ada Berg spoke first.\n\n\
        At the party on Friday, Nora Quist laughed. \"It pays my rent,\" she said.";
    assert_eq!(names(text), ["Nora Quist"]);
}

#[test]
fn a_name_the_articles_pronouns_show_to_be_a_persons_takes_an_epithet() {
    // No forename list knows "Zorvan", but "his" in the sentence that names him does.
    let text = "Zorvan Perrin said his legs were tired after the stage.\n\n\
        \"I did not see the crash,\" the 27-year-old said.";
    assert_eq!(names(text), ["Zorvan Perrin"]);
}

#[test]
fn a_name_at_the_end_of_a_roles_appositive_speaks() {
    let s = speakers(
        "\"It was unanimous,\" said their chair, the critic Tom Hale.\n\n\
         The jury's deputy, novelist Ada Berg, said: \"We agreed at once.\"",
    );
    assert_eq!(
        s[0],
        ("Tom Hale".to_owned(), Some("their chair".to_owned()))
    );
    assert_eq!(s[1].0, "Ada Berg");
    // Reported speech too; a phrase that places a name is no role.
    assert_eq!(
        reported("Their chair, the critic Tom Hale, said the vote was unanimous."),
        [("Tom Hale".to_owned(), "indirect")]
    );
    let r = reported(
        "The manual of the Harbour Board, part of the Norland Ports Office, notes the rule.",
    );
    assert!(!r.iter().any(|(n, _)| n == "Norland Ports Office"), "{r:?}");
    // Nor is a participle's phrase.
    let r = reported("The memo, first reported by the Valley Courier, shows that fares will rise.");
    assert!(!r.iter().any(|(n, _)| n.contains("Courier")), "{r:?}");
}

#[test]
fn an_outlets_possessive_before_a_name_stays_out_of_it() {
    assert_eq!(
        reported("The Courier’s Ada Berg argued that the plan was weak."),
        [("Ada Berg".to_owned(), "indirect")]
    );
    assert_eq!(
        reported("Reuters’ Ada Berg argued that the plan was weak."),
        [("Ada Berg".to_owned(), "indirect")]
    );
}

#[test]
fn after_an_inverted_verb_the_source_runs_on_past_an_age_to_the_sentences_end() {
    let text = "Costs will rise, said Ada Berg, 52, a trader who has sold grain at the port \
        of Kestria for thirty years and at the market before that.";
    let a = analysis(text);
    let q = a.reported().next().expect("a statement");
    let s = q.speaker.as_ref().expect("a source");
    assert_eq!(s.name, "Ada Berg");
    let from = text.find("Ada Berg").unwrap();
    let end = text.len() - 1;
    // The article's text starts after "A Story" and a blank line.
    assert_eq!(s.span.len(), text[from..end].chars().count());
}

#[test]
fn a_pronoun_after_a_sentence_opened_by_a_kin_noun_of_its_gender_is_that_person() {
    let text = "Ada Berg led the rescue.\n\n\"We found them at midnight,\" she said.\n\n\
        Tom Hale said they had walked for eight hours.\n\n\
        His wife was more forgiving. \"It happens,\" she said.";
    assert_eq!(names(text), ["Ada Berg", "His wife"]);
    // A named possessor opens the phrase too.
    let text = "Tom Hale won the final.\n\n\"It was hard,\" he said.\n\n\
        Hale's father, who taught him the game, watched from the hall. \"I could not breathe,\" \
        he said.";
    assert_eq!(names(text), ["Tom Hale", "Hale's father"]);
    // A noun of the other gender tells nothing.
    let text = "Ada Berg led the rescue.\n\n\"We found them at midnight,\" she said.\n\n\
        Her husband was more forgiving. \"It happens,\" she said.";
    assert_eq!(names(text), ["Ada Berg", "Ada Berg"]);
}

#[test]
fn a_kin_noun_describing_a_name_gives_its_gender() {
    // Nothing else tells "Zorina"'s gender; "granddaughter" does, so "she" fits her best.
    let text = "Ada Quist turned 105 on Sunday.\n\n\
        Asked for her secret, Quist did not hesitate. \"Porridge,\" she said.\n\n\
        Her granddaughter, Zorina Quist, organised a party at the hall. About 80 people came, \
        she said, including the mayor.";
    let r = reported(text);
    assert!(
        r.contains(&("Zorina Quist".to_owned(), "indirect")),
        "{r:?}"
    );
}

#[test]
fn an_inverted_source_inside_the_content_keeps_both_pieces() {
    let a = analysis("The new plan, said Ada Berg, would work.");
    let q = a.reported().next().expect("a statement");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Ada Berg")
    );
    assert_eq!(q.pieces().len(), 2);
}

#[test]
fn a_frame_around_a_quoted_phrase_ends_at_the_comma_closed_inside_its_marks() {
    // The participle's frame is the quoted phrase alone, not the clause that follows it.
    let a = analysis("Ada Berg, citing \"the pull of the sea,\" said the ferry would return.");
    assert!(
        !a.quotes
            .iter()
            .any(|q| q.kind == byline::article::QuoteKind::Mixed)
    );
    let r = reported("Ada Berg, citing \"the pull of the sea,\" said the ferry would return.");
    assert_eq!(r, [("Ada Berg".to_owned(), "indirect")]);
    // The phrase after the quotation is no inverted speaker ("said the ferry would …").
    let names: Vec<_> = a
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref().map(|s| s.name.as_str()))
        .collect();
    assert!(
        !names.is_empty() && names.iter().all(|n| *n == "Ada Berg"),
        "{names:?}"
    );
    // In a list of quoted phrases the frame goes on, and each phrase stays a partial
    // quotation of the one speaking, not a term.
    let text = "Tom Hale spoke for an hour.\n\n\"Still going?\" she asked, and as Hale went \
        on about \"the harbour tolls,\" and \"the empty piers,\" Ada stopped listening.";
    let terms = analysis(text)
        .quotes
        .iter()
        .filter(|q| q.kind == byline::article::QuoteKind::Term)
        .count();
    assert_eq!(terms, 0);
}

#[test]
fn a_relative_pronoun_after_a_party_and_state_stands_for_the_name() {
    // "Sen. Ada Berg, D-Nor., who wrote the bill, …": "who" is Ada Berg, not the party.
    let r = reported("Sen. Ada Berg, D-Nor., who wrote the bill, said it was fair.");
    assert!(r.iter().all(|(n, _)| n == "Ada Berg"), "{r:?}");
}
