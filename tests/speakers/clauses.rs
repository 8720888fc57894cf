//! The clauses that introduce, close and report speech, and what they credit.

use super::*;

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
    // An outlet named in the paragraph's next sentence relays that sentence, not the words
    // quoted before it.
    let text = "Lund wrote in 2021 that the pier was \"past saving\". Her deputy, Ada Berg, \
        told the Valley Courier that it was \"worth every penny\".";
    assert_eq!(outlets(text), [None, Some("Valley Courier".to_owned())]);
    let text = "Lund said: \"The pier is past saving.\" She told the Valley Courier she would \
        vote against it.";
    assert_eq!(outlets(text), [None]);
    // The outlet after the quotation in its own sentence still relays it.
    let text = "\"The pier is past saving,\" Lund told the Valley Courier on Monday.";
    assert_eq!(outlets(text), [Some("Valley Courier".to_owned())]);
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
        \"We owe the old hall a great deal,\" Berg weighed in, telling Brandt, \"you kept it alive.\"";
    assert_eq!(names(text), ["Ada Berg", "Ada Berg"]);
    // The verb before the participle is the cue of the words before it.
    assert_eq!(kinds_and_cues(text)[0].1.as_deref(), Some("weighed in"));
    assert!(reported(text).iter().all(|(n, _)| n != "Tom Brandt"));
}

#[test]
fn words_introduced_by_their_speaker_are_not_the_reporters() {
    // "Brandt said, “…,” the agency said": the agency reports what Brandt said.
    let text = "Tom Brandt called the harbour office twice in May.\n\n\
        During the second call, Brandt said, \"the boats will sink,\" the agency said.";
    assert_eq!(names(text), ["Tom Brandt"]);
    // A participle's subject is not trusted over the attribution after the words.
    let text = "The mayor is seen in footage of a harbour speech, saying, \
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
    let turns = turns(text);
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
    assert!(super::turns(text).is_empty());
}

#[test]
fn a_verb_with_a_colon_after_a_closed_quotation_introduces_the_next() {
    let text = "Ada Berg and Nora Quist wrote the score together.\n\n\
        \"It is a different muscle,\" Quist said. \"You have to step back from it.\" \
        Berg agreed: \"It is another job entirely.\"";
    assert_eq!(names(text), ["Nora Quist", "Nora Quist", "Ada Berg"]);
}

#[test]
fn a_subject_with_a_relative_clause_before_a_colon_speaks() {
    let text = "Lars Eklund directed the film with Ada Berg.\n\n\
        \"It caught me at once,\" Eklund said. Berg, who rang us from the studio of \
        \"Harbour Lights,\" had the same feeling: \"It was simply right.\"";
    assert_eq!(names(text), ["Lars Eklund", "Ada Berg"]);
}

#[test]
fn a_relative_clause_is_neither_content_nor_a_time() {
    // The name a relative clause hangs on is not what the clause reports.
    let text = "Ada Berg, who rang us from the studio of the film, had the same feeling.";
    assert_eq!(reported(text), []);
    // A day after the verb is when, not what.
    assert_eq!(reported("Nora Quist will testify Thursday."), []);
    // What the relative clause reports ends where the main clause goes on.
    let text = "Tom Brandt, who has told aides the plan is sound, said in a statement: \
        \"We go on.\"";
    let contents: Vec<String> = reported_contents(text)
        .into_iter()
        .map(|(_, c)| c)
        .collect();
    assert_eq!(contents, ["the plan is sound"]);
}

#[test]
fn a_relative_pronoun_stands_for_the_object_of_the_verb_before_it() {
    let text = "The inquiry heard a harbour clerk, who described the delay as \"avoidable.\"";
    assert_eq!(reported(text), [("a harbour clerk".into(), "mixed")]);
}

#[test]
fn a_motto_set_off_and_one_capitalised_word_after_a_preposition_are_terms() {
    let kinds =
        |text: &str| -> Vec<String> { kinds_and_cues(text).into_iter().map(|(k, _)| k).collect() };
    let text = "The council unveiled its river campaign on Monday.\n\n\
        The tagline? \"Rivers first. Always.\"";
    assert_eq!(kinds(text), ["Term"]);
    let text =
        "Ada Berg said she worried about singing a song like \"Harbour,\" given her training.";
    assert_eq!(kinds(text), ["Term"]);
    let text = "Tom Brandt announced the news on \"Nightline.\"";
    assert_eq!(kinds(text), ["Term"]);
    // A headline may be someone's words, and a judgement after "as" is the speaker's.
    let text = "The paper used her words as its headline: \"At last, someone like me.\"";
    assert_eq!(kinds(text), ["Direct"]);
    let text = "Nora Quist described the plan as \"Reckless.\"";
    assert_ne!(kinds(text), ["Term"]);
}

#[test]
fn the_that_after_the_person_told_may_come_after_a_long_phrase() {
    let text = "Ada Berg runs the ferry line.\n\nBerg, who sails for Kestria next week, told \
        lenders at the dock office on Sept. 4 that the sale would let the line \
        \"pay its crews first.\"";
    assert_eq!(names(text), ["Ada Berg"]);
    assert_eq!(reported(text), [("Ada Berg".into(), "mixed")]);
}

#[test]
fn words_quoted_after_a_verb_that_casts_something_as_them_are_its_subjects() {
    let text = "Tom Brandt spoke first.\n\nAda Berg introduced Brandt to the crowd as \
        \"someone who rebuilt the harbour\" and sat down.";
    assert_eq!(names(text), ["Ada Berg"]);
    let text = "Nora Quist, a market analyst at Kestria Research, sees the ferry plan as its \
        \"weak spot.\"";
    assert_eq!(names(text), ["Nora Quist"]);
}

#[test]
fn the_subject_speaks_past_a_participle_and_an_infinitive_of_saying() {
    let text = "Another harbour source speaking to KBN said, \"The pilots are checking every \
        berth.\"";
    assert_eq!(names(text), ["Another harbour source"]);
    let text = "Ada Berg runs the ferry line.\n\nBerg, who signed the ferry law as mayor, \
        interjected to say: \"They have both been wrong about the pier.\"";
    assert_eq!(names(text), ["Ada Berg"]);
    assert_eq!(
        kinds_and_cues(text),
        [("Direct".to_string(), Some("interjected to say".to_string()))]
    );
    // A headline in capitals before a spaced dash is no speaker; the name after it is.
    let text = "FERRY FARES WILL NOT FALL THIS YEAR - Ilse Varga: \"The review has started, \
        and we have the first figures.\"";
    assert_eq!(names(text), ["Ilse Varga"]);
}

#[test]
fn who_sends_a_message_speaks_and_a_sentence_reporting_its_own_words_credits_no_quote() {
    let text = "Right after the storm, Ada Berg issued a statement, \"Our harbour was hit. My \
        thoughts are with the crews.\"";
    assert_eq!(names(text), ["Ada Berg"]);
    assert_eq!(
        kinds_and_cues(text),
        [("Direct".to_string(), Some("issued a statement".to_string()))]
    );
    let text = "Minutes later, Nora Quist sent an email saying, \"The crews are safe.\"";
    assert_eq!(names(text), ["Nora Quist"]);
    // "Brandt said he would …" reports words of its own: the quotation before it stays
    // with the speaker of the paragraph.
    let text = "\"It is a sad day,\" Nora Quist told reporters outside a cafe in Norland. \"This \
        is what the culture of the port has come to.\" Tom Brandt said he would call the board.";
    assert_eq!(names(text), ["Nora Quist", "Nora Quist"]);
}

#[test]
fn a_credit_line_after_a_dash_may_close_with_a_full_stop() {
    for credit in ["- Nora Quist.", "— Nora Quist", "- Nora Quist, a pilot."] {
        let text = format!(
            "Pier news\n\n\"The tide tables for the pier are wrong again.\"\n\n{credit}\n\n\
            The pilot is relying on an old figure."
        );
        assert_eq!(names(&text), ["Nora Quist"], "{credit}");
    }
}

#[test]
fn a_roundup_names_its_source_after_a_dash_and_a_verb_inverted_after_but() {
    let text = "Turnout has surprised the pollsters - Ilse Varga: \"Keep calling sailors as late \
        as you can.\"";
    assert_eq!(names(text), ["Ilse Varga"]);
    let text = "Tom Brandt was fond of the crew. But, said Nora Quist, \"I do not want a fight \
        with him.\"";
    assert_eq!(names(text), ["Nora Quist"]);
    // "But" alone is no reported statement.
    assert!(reported(text).is_empty());
    let text = "Before the vote, the Quist campaign sent out a short note to the crews \
        saying: \"The harbour vote is ours, thanks to all of you!\"";
    assert_eq!(names(text), ["Quist campaign"]);
}

#[test]
fn a_past_form_closing_the_attribution_after_a_name_or_pronoun_is_its_verb() {
    let text = "\"Sailors are afraid of losing their berths,\" Nora Quist surmised. \"I see it \
        all the time.\"";
    assert_eq!(names(text), ["Nora Quist", "Nora Quist"]);
    assert_eq!(
        kinds_and_cues(text)[0],
        ("Direct".to_string(), Some("surmised".to_string()))
    );
    // A longer subject before an unknown verb is no attribution: the band played a song.
    let text = "Crowds sang \"Harbour Lights.\" Sailors with brass instruments played \"Old \
        Pier\" from the steps.";
    assert!(speakers_or_none(text).iter().all(Option::is_none));
}

#[test]
fn a_participle_right_after_told_describes_the_ones_told() {
    let text = "Nora Quist told cheering sailors that they were not \"asking for the moon.\"";
    assert_eq!(
        kinds_and_cues(text),
        [("Partial".to_string(), Some("told".to_string()))]
    );
}

#[test]
fn an_outlet_named_short_is_shown_by_its_fullest_name() {
    let text = "\"We start now,\" Ada Berg said in an interview with the Kestria Gazette.\n\n\
        \"Every year we wait, the price goes up,\" she told the Gazette.";
    assert_eq!(
        outlets(text),
        [
            Some("Kestria Gazette".to_owned()),
            Some("Kestria Gazette".to_owned())
        ]
    );
}
