//! Attributions around a source that follows its words or goes on after them: the inverted
//! "C, said the minister." and the participles ", saying C", ", adding that C" and the
//! opening "Noting that C, Lund said".

use super::*;

/// "C, said the minister." and "C, said Ana Ruiz, a spokeswoman for the port."
pub(super) fn inverted(
    s: &[Tok],
    v: usize,
    last_word: usize,
    chars: &[char],
) -> Option<(Reported, usize)> {
    // ", telling Brandt …": the one told, not the source; only a finite verb inverts.
    if !s.get(v + 1).is_some_and(|n| n.is_word)
        || s[v].lower.ends_with("ing")
        || s[v].lower.starts_with("tel")
        || s[v].lower == "told"
        || judges_its_object(&s[v].lower)
    {
        return None;
    }
    let end = np_forward(s, v + 1)?;
    // "…, said a handful of councillors who back the plan.": a relative clause to the sentence's
    // end describes the source.
    let relative = end <= last_word
        && matches!(s[end].lower.as_str(), "who" | "whose")
        && !s[end..=last_word].iter().any(|t| t.is_punct(','));
    if !(end > last_word || s[end].is_punct(',') || ends_sentence(s, end) || relative) {
        return None;
    }
    // "The plan, said Berg, would work.": the words after the source's comma go on with the
    // content when they open with a verb.
    let goes_on = end < last_word
        && s[end].is_punct(',')
        && s.get(end + 1).is_some_and(|n| {
            n.is_word && !n.capitalised() && AUXILIARIES.contains(&n.lower.as_str())
        });
    // What comes before an inverted verb is a clause with a verb of its own; "The manual of
    // the Harbour Board, part of the Ports Office, notes the rule" has none, and the phrase
    // after its verb is the object.
    let finite = |t: &Tok| {
        t.is_word
            && !t.capitalised()
            && (AUXILIARIES.contains(&t.lower.as_str())
                || crate::quotes::attribution::is_irregular_past(t)
                || crate::quotes::lexicon::is_report_verb(&t.lower)
                || t.lower.ends_with("ed")
                || [
                    "n't", "n’t", "'re", "’re", "'ve", "’ve", "'m", "’m", "'ll", "’ll",
                ]
                .iter()
                .any(|c| t.lower.ends_with(c)))
    };
    // Words in quotation marks before the verb are someone's words, whatever their grammar.
    // The clause is read back from the comma a sentence's length at most, so a long run of
    // text without full stops costs no more per verb.
    if !(goes_on
        || s[v.saturating_sub(80)..v - 1]
            .iter()
            .any(|t| finite(t) || is_pronoun_tok(t) || is_double_mark(t)))
    {
        return None;
    }
    let mut pieces = vec![span_of(s, 0..v - 1)?];
    if goes_on {
        pieces.push(span_of(s, end + 1..content_end(s, end + 1, last_word))?);
    }
    // "…, said Ana Ruiz, a nurse at the port.": the rest of the sentence describes her.
    let description = if goes_on {
        None
    } else if relative {
        phrase(s, end..last_word + 1, chars).map(|p| p.text)
    } else {
        (end <= last_word && s[end].is_punct(','))
            .then(|| phrase(s, end + 1..last_word + 1, chars))
            .flatten()
            .map(|p| p.text)
    };
    Some((
        Reported::new(
            pieces,
            phrase(s, v + 1..end, chars),
            description,
            phrase(s, v..v + 1, chars)?,
        ),
        end,
    ))
}

/// Verbs whose object is the one they judge or the thing they answer ("…, blamed the
/// referee", "…, praised the crowd"): they never stand inverted before their subject, so the
/// phrase after them is no source.
fn judges_its_object(verb: &str) -> bool {
    const BASES: [&str; 26] = [
        "accuse",
        "applaud",
        "attack",
        "back",
        "blame",
        "blast",
        "challenge",
        "condemn",
        "credit",
        "criticise",
        "criticize",
        "defend",
        "describe",
        "dismiss",
        "endorse",
        "hail",
        "laud",
        "oppose",
        "praise",
        "question",
        "reject",
        "slam",
        "support",
        "thank",
        "urge",
        "welcome",
    ];
    BASES.iter().any(|b| {
        verb.strip_prefix(b).is_some_and(|rest| {
            matches!(rest, "s" | "es" | "d" | "ed" | "med")
                && (rest != "d" || b.ends_with('e'))
                && (rest != "ed" || !b.ends_with('e'))
        })
    })
}

/// ", saying C" / ", adding that C" after an attribution of the same sentence: the same
/// source says more.
pub(super) fn participle(
    s: &[Tok],
    i: usize,
    last_word: usize,
    earlier: Option<&Reported>,
    chars: &[char],
) -> Option<(Reported, usize)> {
    if !PARTICIPLES.contains(&s[i].lower.as_str()) {
        return None;
    }
    // "…, he said, pointing at a mark on the wall": a gesture, not words.
    if s[i].lower == "pointing" && s.get(i + 1).is_some_and(|n| n.lower == "at") {
        return None;
    }
    if s[..i].iter().all(|t| !t.is_word) && s[i].capitalised() {
        return opening_participle(s, i, chars);
    }
    let comma = i > 0
        && (s[i - 1].is_punct(',')
            || (i > 1 && is_double_mark(&s[i - 1]) && s[i - 2].is_punct(',')));
    if !comma {
        return None;
    }
    let speaker = match earlier {
        Some(r) => r.attribution.speaker.clone(),
        None => {
            // The subject of the sentence: "The ministry issued a notice, saying …"; not a
            // phrase of time or place opening it ("On the same day …").
            if PREPOSITIONS.contains(&s[0].lower.as_str()) {
                return None;
            }
            let e = np_forward(s, 0)?;
            if !(e < i && s[e].is_word && !s[e].capitalised()) {
                return None;
            }
            phrase(s, 0..e, chars)
        }
    };
    let mut from = i + 1;
    let mut cue_end = i + 1;
    if TELLING.contains(&s[i].lower.as_str()) {
        // ", telling reporters that …": past the person told.
        if let Some(that) = (from..s.len().min(from + 8)).find(|&k| s[k].lower == "that") {
            from = that;
        } else if let Some(e) = np_forward(s, from).filter(|&e| e <= last_word && s[e].is_word) {
            from = e;
        }
    }
    if s.get(from).is_some_and(|t| t.lower == "that") {
        // content keeps "that"
    } else if s.get(from).is_some_and(|t| t.lower == "to")
        && TO_VERBS.contains(&s[i].lower.as_str())
    {
        // ", referring to the pier as a folly": "to" is the cue's.
        from += 1;
        cue_end += 1;
    }
    if from > last_word {
        return None;
    }
    let mut end = content_end(s, from, last_word);
    // "Berg, citing “the pull of the tide,” said …": a participle's aside between the subject
    // and its verb ends at its closing comma (inside the marks or out).
    if earlier.is_none() && i >= 2 && np_forward(s, 0) == Some(i - 1) {
        let close = (from + 1..end).find(|&k| {
            s[k].is_punct(',') && !s.get(k + 1).is_some_and(is_double_mark)
                || is_double_mark(&s[k]) && s[k - 1].is_punct(',')
        });
        if let Some(k) = close {
            end = if s[k].is_punct(',') { k } else { k + 1 };
        }
    }
    let content = span_of(s, from..end)?;
    let cue = phrase(s, i..cue_end, chars)?;
    Some((Reported::new(vec![content], speaker, None, cue), end))
}

/// "Noting that the pier is old, Lund said …", "Citing the survey, the council voted …": a
/// participle opening the sentence reports what its subject, after the comma, says.
fn opening_participle(s: &[Tok], i: usize, chars: &[char]) -> Option<(Reported, usize)> {
    let comma = (i + 2..s.len()).find(|&k| s[k].is_punct(',') || ends_sentence(s, k))?;
    if !s[comma].is_punct(',') || s[i + 1..comma].iter().any(is_double_mark) {
        return None;
    }
    let subject_end = np_forward(s, comma + 1)?;
    let verb = s.get(subject_end)?;
    // The subject is followed by its verb: "…, Lund said", not "…, and then …".
    if subject_end == comma + 1 || !verb.is_word || verb.capitalised() {
        return None;
    }
    // "Writing on LinkedIn, Lund argued …": where it was written, not what.
    if s.get(i + 1)
        .is_some_and(|t| PREPOSITIONS.contains(&t.lower.as_str()))
    {
        return None;
    }
    let content = span_of(s, i + 1..comma)?;
    Some((
        Reported::new(
            vec![content],
            phrase(s, comma + 1..subject_end, chars),
            None,
            phrase(s, i..i + 1, chars)?,
        ),
        comma,
    ))
}
