//! The patterns of reported speech at a cue: `X said (that) C`, `C, X said`, `C, said X`,
//! `A, X said, B`, and `…, adding that C`; `according to X` is in `according.rs`.

use super::*;

/// Attributions at a cue verb `v`: "X said (that) C", "C, X said", "C, said X", and the
/// split "A, X said, B".
pub(super) fn at_verb(
    s: &[Tok],
    v: usize,
    last_word: usize,
    inside: &[bool],
    chars: &[char],
) -> Option<(Reported, usize)> {
    let c0 = cue_start(s, v);
    // Inverted, after a comma: "C, said the minister."
    if c0 == v
        && v > 0
        && s[v - 1].is_punct(',')
        && let Some(found) = inverted(s, v, last_word, chars)
    {
        return Some(found);
    }
    // "began by saying …", "refused to comment aside from saying …": the gerund reports what
    // the sentence's subject says.
    if c0 == v
        && s[v].lower.ends_with("ing")
        && v > 1
        && matches!(s[v - 1].lower.as_str(), "by" | "from")
        && !s[v].capitalised()
        && let Some(subject) = sentence_subject(s, v - 1)
    {
        let from = particles_end(s, v);
        if from > last_word || PREPOSITIONS.contains(&s[from].lower.as_str()) {
            return None;
        }
        let end = content_end(s, from, last_word);
        return Some((
            Reported::new(
                vec![span_of(s, from..end)?],
                phrase(s, subject, chars),
                None,
                phrase(s, v..v + 1, chars)?,
            ),
            end,
        ));
    }
    // "declined to comment", "refused to say": the verb after "to" completes the one before
    // it, whose attribution holds it.
    if c0 == v && v >= 2 && s[v - 1].lower == "to" && is_cue_verb(s, v - 2) {
        return None;
    }
    // "singing crowds", "a letter urging": a participle without its auxiliary is no
    // finite cue (", saying …" is read as a participle of the sentence's source).
    if c0 == v && s[v].lower.ends_with("ing") {
        return None;
    }
    // "the deal was announced": a passive reports no source before it.
    let passive = s[c0..v]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "is" | "was" | "are" | "were" | "been" | "being" | "be"))
        && !s[v].lower.ends_with("ing")
        // "is expected to": what is expected of the subject, which annotation counts.
        && !(s[v].lower == "expected" && s.get(v + 1).is_some_and(|n| n.lower == "to"));
    if passive {
        return None;
    }
    // "Lund went on to say …": the cue takes "went on to", the subject is before it.
    let c0 = if c0 == v
        && v >= 4
        && s[v - 1].lower == "to"
        && s[v - 2].lower == "on"
        && matches!(
            s[v - 3].lower.as_str(),
            "went" | "go" | "goes" | "going" | "gone"
        ) {
        cue_start(s, v - 3)
    } else {
        c0
    };
    let subj_last = c0.checked_sub(1)?;
    if c0 == v
        && let Some((speaker, cue)) = contracted_subject(&s[subj_last], &s[v], chars)
    {
        // "He's claiming that …": the pronoun speaks, and "'s claiming" is the cue.
        let from = past_time(s, particles_end(s, v), last_word);
        if from > last_word || PREPOSITIONS.contains(&s[from].lower.as_str()) {
            return None;
        }
        let end = content_end(s, from, last_word);
        return Some((
            Reported::new(vec![span_of(s, from..end)?], Some(speaker), None, cue),
            end,
        ));
    }
    // "her claim that …", "their warning that …": the verb's form after a possessive is a
    // noun, and the possessive its source.
    let possessive = c0 == v
        && !s[subj_last].capitalised()
        && matches!(s[subj_last].lower.as_str(), "his" | "her" | "their" | "its");
    let found = if possessive {
        Some((subj_last..subj_last + 1, None))
    } else {
        source_before(s, subj_last)
    };
    let (src, appositive) = match found {
        Some(found) => found,
        // "Lund toured the pier and said …": the sentence's subject speaks.
        None if matches!(s[subj_last].lower.as_str(), "and" | "but") => {
            (sentence_subject(s, subj_last)?, None)
        }
        // "Lund went on the radio last week to describe …": the subject of the sentence the
        // infinitive completes.
        // Only after a time ("last week"), not after a verb that takes the infinitive
        // ("refused to say") or its object ("called on Lund to say").
        None if s[subj_last].lower == "to"
            && subj_last > 0
            && (DAYS.contains(&s[subj_last - 1].lower.as_str())
                || matches!(
                    s[subj_last - 1].lower.as_str(),
                    "week" | "month" | "year" | "weekend" | "night" | "morning" | "evening"
                )) =>
        {
            (sentence_subject(s, subj_last)?, None)
        }
        None => return None,
    };
    // "“The water came up,” said Ilse Varga": words inside quotation marks are no source.
    if inside[src.clone()].iter().any(|&x| x) {
        return None;
    }
    // "the “new harbour,” as Lund called the plan, …": the verb names words quoted before it;
    // what follows is not what Lund said.
    if src.start > 0
        && s[src.start - 1].lower == "as"
        && crate::quotes::attribution::NAMING_VERBS.contains(&s[v].lower.as_str())
        // "as Lund called for a vote": another verb.
        && !s.get(v + 1).is_some_and(|n| PREPOSITIONS.contains(&n.lower.as_str()) || n.lower == "upon")
    {
        return None;
    }
    let cue = phrase(s, cue_words_start(s, c0, v)..v + 1, chars)?;
    let mut speaker = phrase(s, src.clone(), chars);
    let mut description = appositive.and_then(|a| phrase(s, a, chars));
    // "The port's director, Nora Quist, said": the name speaks, the role describes her.
    if let (Some(sp), Some(d)) = (&speaker, &description)
        && crate::quotes::attribution::looks_like_name(&d.text)
        && !crate::quotes::attribution::looks_like_name(&sp.text)
    {
        std::mem::swap(&mut speaker, &mut description);
    }
    let description = description.map(|p| p.text);
    // What follows the verb up to the next comma or the end: a short adjunct ("on Monday",
    // "in a statement") leaves the content before the source.
    let mut k = v + 1;
    while k <= last_word && !s[k].is_punct(',') {
        k += 1;
    }
    let tail = &s[v + 1..k];
    let src = src.start;
    // After "said" only where and when; after "told" the person told first.
    let adjunct_from = if TELLING.contains(&s[v].lower.as_str()) {
        np_forward(s, v + 1).unwrap_or(v + 1).min(k) - (v + 1)
    } else {
        0
    };
    let telling = TELLING.contains(&s[v].lower.as_str());
    // "“…,” Brandt recalled of his wife": after a quotation, "of" or "about" names whom the
    // words were about, not what was said.
    let after_quote =
        src > 0 && (is_quote_tok(&s[src - 1]) || src >= 2 && is_quote_tok(&s[src - 2]));
    let topic = after_quote
        && s.get(v + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "of" | "about"));
    let tail_is_adjunct = !tail.iter().any(|t| t.lower == "that")
        && (particles_end(s, v) == v + 1 || topic)
        && (telling && tail.len() <= 8
            || tail.get(adjunct_from).is_none_or(|t| {
                DAYS.contains(&t.lower.as_str())
                    || MONTHS.contains(&t.lower.as_str())
                    || PREPOSITIONS.contains(&t.lower.as_str())
                    || matches!(
                        t.lower.as_str(),
                        "while"
                            | "when"
                            | "via"
                            | "last"
                            | "earlier"
                            | "later"
                            | "this"
                            | "today"
                            | "yesterday"
                            | "recently"
                            | "afterward"
                            | "afterwards"
                            | "then"
                            | "again"
                            | "too"
                            | "also"
                            | "repeatedly"
                            | "privately"
                            | "publicly"
                    )
                    || is_ly_adverb(t)
            }));
    // "On Monday, Lund decided …": an opening adverbial is no content.
    // "Speaking at the pier, Lund said …": so is a participle of another verb.
    let first_word = s.iter().find(|t| t.is_word);
    let opening_participle_word = first_word.is_some_and(|t| {
        t.capitalised()
            && t.lower.ends_with("ing")
            && t.lower.chars().count() > 5
            // "During the call, …" is a preposition's phrase.
            && !PREPOSITIONS.contains(&t.lower.as_str())
            && !matches!(
                t.lower.as_str(),
                "during" | "including" | "following" | "regarding" | "concerning" | "according"
            )
            && !PARTICIPLES.contains(&t.lower.as_str())
            && !is_report_verb(&t.lower)
    });
    let opening = first_word.is_some_and(|t| {
        t.capitalised() && PREPOSITIONS.contains(&t.lower.as_str()) || opening_participle_word
    }) && !is_quote_tok(&s[0]);
    // Only an opening adverbial before the source: "On Monday, Lund said …" has no content
    // there, unless the sentence goes on after the attribution ("In recent years, Lund said,
    // the port has grown": both pieces).
    let only_opening = opening && src > 0 && !s[..src - 1].iter().any(|t| t.is_punct(','));
    // "Berg, who rang us from the studio, …": a relative pronoun's antecedent is its source,
    // not what it said.
    let after_content = src > 0
        && !matches!(s[src].lower.as_str(), "who" | "which" | "whom")
        && (s[src - 1].is_punct(',') || is_quote_tok(&s[src - 1]))
        && !inside[src - 1]
        && (!only_opening
            || k < last_word
                && s[k].is_punct(',')
                && k == v + 1
                // "Speaking at the pier, Lund said, “…”": the quotation goes on, and the
                // participle only tells what Lund was doing.
                && !(s.get(k + 1).is_some_and(is_quote_tok) && opening_participle_word))
        && s[..src - 1].iter().any(|t| t.is_word);
    // Postposed: "C, X said." — the source opens right after a comma with content before it.
    if after_content && tail_is_adjunct {
        let content = span_of(s, 0..src - 1)?;
        let mut pieces = vec![content];
        // "A, X said, B": the sentence goes on after the attribution.
        let quoted_first = src >= 2 && is_quote_tok(&s[src - 2]) || is_quote_tok(&s[src - 1]);
        let goes_on = k < last_word
            && !quoted_first
            && !s
                .get(k + 1)
                .is_some_and(|n| PARTICIPLES.contains(&n.lower.as_str()) || n.lower == "according");
        // "…, Lund said, and the ferry will follow": the conjunction joins the pieces.
        let b_from = k
            + 1
            + usize::from(
                s.get(k + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "and" | "but")),
            );
        if goes_on && let Some(b) = span_of(s, b_from..content_end(s, b_from, last_word)) {
            // "She grew up in a town where, she says, “…”": the writer's clause is opened by
            // a word that waits for the words after the attribution; they alone are hers.
            let opened = src >= 2
                && matches!(
                    s[src - 2].lower.as_str(),
                    "where" | "when" | "which" | "that" | "because" | "who" | "whom" | "if"
                )
                // "All of which, he said, would help": the relative is the subject of his words.
                && !(src >= 3 && s[src - 3].lower == "of");
            if opened {
                pieces.clear();
            }
            pieces.push(b);
        }
        return Some((Reported::new(pieces, speaker, description, cue), v + 1));
    }
    // "X said (that) C": the content follows the verb and its particles.
    let pv = particles_end(s, v);
    let cue = if pv > v + 1 {
        phrase(s, cue_words_start(s, c0, v)..pv, chars)?
    } else {
        cue
    };
    let mut from = pv;
    // "said — on the radio, as it happens — that …": an aside between dashes is passed over.
    if from < last_word
        && is_dash_tok(&s[from])
        && let Some(close) = (from + 2..last_word.min(from + 20))
            .take_while(|&k| !ends_sentence(s, k) && !is_double_mark(&s[k]))
            .find(|&k| is_dash_tok(&s[k]))
    {
        from = close + 1;
    }
    if from > last_word || s[from].is_punct(':') || s[from].is_punct(',') {
        return None;
    }
    if TELLING.contains(&s[v].lower.as_str()) {
        // Past the person told: "told reporters on Monday that …".
        if let Some(that) = told_that(s, from) {
            from = that;
        } else if let Some(e) = np_forward(s, from) {
            if s.get(e).is_some_and(|n| n.lower == "to") {
                // "urged the council to act": the person and what they are to do.
            } else if e <= last_word && s[e].is_word {
                from = e;
            } else if e < last_word
                && (s[e].is_punct(':')
                    // "told me, and …" goes on with the writer's words.
                    || s[e].is_punct(',') && s.get(e + 1).is_some_and(is_quote_tok))
            {
                // "told reporters: “…”": what was told comes after the colon.
                from = e + 1;
            } else if e < last_word && s[e].is_punct(',') {
                // "as a banker told me, and …": only the one told.
                return None;
            }
        }
    } else if matches!(
        s[v].lower.as_str(),
        "asked" | "asks" | "ask" | "asking" | "pressed"
    ) && let Some(e) = np_forward(s, from)
        && let Some(w) = (e..s.len().min(e + 4))
            .find(|&k| !(is_time_word(&s[k].lower) || s[k].lower == "on"))
            .filter(|&k| {
                matches!(
                    s[k].lower.as_str(),
                    "whether" | "if" | "how" | "why" | "what" | "who" | "when" | "where"
                )
            })
    {
        // "asked the mayor on Friday whether …": the one asked is not what was asked.
        from = w;
    } else if let Some(that) = (from..s.len().min(from + 12))
        .find(|&k| s[k].lower == "that")
        .filter(|&that| {
            (from..that).all(|k| {
                let t = &s[k];
                (t.is_word || t.is_punct('.'))
                    && (!is_report_verb(&t.lower)
                        // "said in an emailed statement that …"
                        || k > from && matches!(s[k - 1].lower.as_str(), "a" | "an" | "the"))
            }) && is_adjunct(&s[from..that])
        })
    {
        // "said in a statement that …", "said on Tuesday that …", "argued Friday that …"
        from = that;
    }
    if from == pv {
        from = past_time(s, from, last_word);
    }
    // "said after the meeting she would …": a short adjunct, then the content's own subject.
    if from <= last_word
        && matches!(
            s[from].lower.as_str(),
            "after" | "before" | "during" | "at" | "in" | "on" | "earlier" | "later"
        )
        && let Some(p) = (from + 1..(from + 7).min(last_word)).find(|&k| {
            s[k].is_word
                && !s[k].capitalised()
                && matches!(
                    s[k].lower.as_str(),
                    "he" | "she" | "they" | "we" | "i" | "it"
                )
        })
        && s[from + 1..p]
            .iter()
            .all(|t| t.is_word && !is_report_verb(&t.lower))
    {
        from = p;
    }
    // "the survey, which engineers said was finished in spring": what was said is the
    // relative clause's, its subject the noun the clause hangs on.
    let relative = src > 0 && matches!(s[src - 1].lower.as_str(), "which" | "that" | "who");
    // "said too many ferries are late", "said only the pier was hit": an adverb that opens
    // a noun phrase opens the content, not a verb group that has lost its subject.
    let opens_phrase = matches!(s[from].lower.as_str(), "too" | "only" | "even")
        && s.get(from + 1).is_some_and(|n| {
            n.is_word && !AUXILIARIES.contains(&n.lower.as_str()) && !is_report_verb(&n.lower)
        });
    if from > last_word
        || (PREPOSITIONS.contains(&s[from].lower.as_str()) && !approximates(s, from))
        || (AUXILIARIES.contains(&s[from].lower.as_str())
            && s[from].lower != "not"
            && !relative
            && !opens_phrase)
    {
        // "the plan that Lund said has failed": the content has lost its subject.
        return None;
    }
    // "held a meeting", "found the keys", "called the office": verbs that report only when a
    // clause follows them.
    if WEAK.contains(&s[v].lower.as_str())
        && pv == v + 1
        && !matches!(
            s[from].lower.as_str(),
            "that" | "to" | "whether" | "if" | "how" | "why" | "what" | "when" | "who"
        )
    {
        return None;
    }
    let mut end = content_end(s, from, last_word);
    if OBJECT_VERBS.contains(&s[v].lower.as_str()) && pv == v + 1 {
        end = object_end(s, from, end);
    }
    if relative && let Some(c) = (from..end).find(|&k| s[k].is_punct(',')) {
        // The relative clause closes at its comma: "the report, which … said had been
        // ready, is …".
        end = c;
    }
    // "Berg, who has told aides the plan is sound, said …": the relative clause, and what it
    // reports, closes at the comma before the main clause's verb.
    if src > 0
        && s[src - 1].is_punct(',')
        && s[src].lower == "who"
        && let Some(c) = (from..end).find(|&k| {
            s[k].is_punct(',')
                && s.get(k + 1)
                    .is_some_and(|n| crate::quotes::attribution::is_verb(n) || is_aux(n))
        })
    {
        end = c;
    }
    // "Lund will testify Thursday": a time is no content.
    if s[from..end]
        .iter()
        .filter(|t| t.is_word)
        .all(|t| is_time_word(&t.lower))
    {
        return None;
    }
    let content = span_of(s, from..end)?;
    Some((Reported::new(vec![content], speaker, description, cue), end))
}

/// Where the object of a verb of stance ends ("endorsed Ana Diaz last week", "criticized the
/// plan during the debate"): what the source backs or attacks is the phrase, not the time,
/// place or occasion after it, nor a clause after a comma.
fn object_end(s: &[Tok], from: usize, end: usize) -> usize {
    for k in from + 1..end {
        let t = &s[k];
        let next = s.get(k + 1);
        let cut = if t.is_punct(',') {
            // "Lee, the port's director," is an appositive of the object; anything else is
            // another clause.
            !next.is_some_and(|n| {
                n.capitalised() || matches!(n.lower.as_str(), "a" | "an" | "the" | "his" | "her")
            })
        } else if t.is_word && !t.capitalised() {
            DAYS.contains(&t.lower.as_str())
                || matches!(
                    t.lower.as_str(),
                    "during"
                        | "after"
                        | "before"
                        | "through"
                        | "at"
                        | "while"
                        | "when"
                        | "yesterday"
                        | "today"
                        | "earlier"
                        | "later"
                        | "last"
                        | "this"
                        | "because"
                        | "since"
                        | "amid"
                )
                || (t.lower == "on" && next.is_some_and(|n| DAYS.contains(&n.lower.as_str())))
                || (t.lower == "in"
                    && next.is_some_and(|n| {
                        MONTHS.contains(&n.lower.as_str())
                            || matches!(n.lower.as_str(), "a" | "an" | "his" | "her" | "their")
                    }))
        } else {
            DAYS.contains(&t.lower.as_str())
        };
        if cut {
            return k;
        }
    }
    end
}

/// "said about half the staff", "said over 200 people": a preposition that only rounds the
/// number after it opens the content's subject.
fn approximates(s: &[Tok], k: usize) -> bool {
    #[rustfmt::skip]
    static AMOUNTS: WordSet = WordSet::new(&[
        "half", "third", "quarter", "fifth", "tenth", "dozen", "dozens", "hundred", "hundreds",
        "thousand", "thousands", "million", "millions", "billion", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty",
    ]);
    let amount = |t: &Tok| AMOUNTS.contains(&t.lower.as_str());
    matches!(
        s[k].lower.as_str(),
        "about" | "around" | "over" | "under" | "nearly"
    ) && match s.get(k + 1) {
        // "about a third", "about one in five"
        Some(n) if n.lower == "a" || n.lower == "one" => s
            .get(k + 2)
            .is_some_and(|m| amount(m) || n.lower == "one" && m.lower == "in"),
        Some(n) => n.first.is_ascii_digit() || matches!(n.first, '$' | '£' | '€') || amount(n),
        None => false,
    }
}

/// The "that" after the person told: "told reporters that", "told lenders at the dock
/// office on Sept. 4 that", over words, commas and abbreviations' dots, no other verb between.
fn told_that(s: &[Tok], from: usize) -> Option<usize> {
    (from..s.len().min(from + 14))
        .take_while(|&k| {
            s[k].is_word && !is_report_verb(&s[k].lower)
                || s[k].is_punct(',')
                || s[k].is_punct('.') && !ends_sentence(s, k)
        })
        .find(|&k| s[k].lower == "that")
}
