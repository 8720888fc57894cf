//! Attributions that come before a quotation: `X said: "…"`, `X said the capital stayed "…"`,
//! colon introductions, participles (`…, saying, "…"`), "according to", and the speech verb
//! of the sentence before a floating quotation.

use super::attribution::{
    Attribution, DETERMINERS, PREPOSITIONS, Phrase, after_plural_determiner, is_adverb,
    is_age_between_commas, is_double_mark, is_irregular_past, is_pronoun, is_verb, looks_like_name,
    np_backward, np_forward, phrase, window, without_marks,
};
use super::lexicon::{WordSet, is_speech_verb};
use super::tokens::{Tok, ends_sentence};
use std::ops::Range;

mod subject;
mod unverbed;
use subject::{before_verb_subject, bracket_start, perceived, said_before, sentence_subject};
use unverbed::{according_to, as_put_it, colon_intro, in_words_of, message_sender, sent_message};

/// Attribution before an opening mark at `open`: `X said: "…"`, `X said the capital stayed "…"`.
pub fn before(chars: &[char], para: &[Tok], open: usize) -> Option<Attribution> {
    let toks = window(para, open.saturating_sub(400), open);
    let start = clause_start(toks, toks.len());
    let found = in_clause(&toks[start..], chars).or_else(|| past_title(toks, start, chars))?;
    if found.speaker.is_some()
        || !toks
            .get(start)
            .is_some_and(|t| matches!(t.lower.as_str(), "and" | "but"))
    {
        return Some(found);
    }
    // "Quist said she had dropped the slogan “…” and added, “…”": a second verb after a quoted
    // phrase shares the subject of the sentence's first speech verb.
    let from = (0..start)
        .rev()
        .find(|&i| ends_sentence(toks, i))
        .map_or(0, |i| i + 1);
    let speaker = before_verb_subject(&toks[from..], start - from, chars);
    Some(Attribution { speaker, ..found })
}

/// "Berg, who rang us from the studio of “Harbour,” had the same feeling: “…”": a clause up
/// to a colon, starting at `start` right after a short title's closing mark, is read from the
/// start of its sentence with the title's marks left out.
fn past_title(toks: &[Tok], start: usize, chars: &[char]) -> Option<Attribution> {
    if !(toks.last().is_some_and(|x| x.is_punct(':')) && start >= 2) {
        return None;
    }
    let close = start - 1;
    let open = (close.saturating_sub(9)..close)
        .rev()
        .find(|&k| is_double_mark(&toks[k]) || ends_sentence(toks, k))
        .filter(|&k| is_double_mark(&toks[k]))?;
    let from = clause_start(toks, open);
    if from == open {
        return None;
    }
    in_clause(
        &without_marks(&toks[from..], open - from, close - from),
        chars,
    )
    .filter(|a| a.speaker.is_some())
}

/// Where the clause that runs up to token `end` starts: after the last quotation mark or
/// sentence end before it.
fn clause_start(toks: &[Tok], end: usize) -> usize {
    (0..end)
        .rev()
        .find(|&i| is_double_mark(&toks[i]) || ends_sentence(toks, i))
        .map_or(0, |i| i + 1)
}

/// The speech verb and its subject in the last sentence that ends before `end`, when no
/// quotation stands in that sentence: "Brandt said that … ." before a floating quotation.
pub fn previous_sentence(chars: &[char], para: &[Tok], end: usize) -> Option<Attribution> {
    let mut toks = window(para, end.saturating_sub(600), end);
    while toks
        .last()
        .is_some_and(|t| !t.is_word && !ends_sentence_at(toks))
    {
        toks = &toks[..toks.len() - 1];
    }
    if toks.last().is_some_and(|t| !t.is_word) {
        toks = &toks[..toks.len() - 1];
    }
    let start = (0..toks.len())
        .rev()
        .find(|&i| is_double_mark(&toks[i]) || ends_sentence(toks, i));
    if start.is_some_and(|i| is_double_mark(&toks[i])) {
        return None; // a quotation in that sentence has its own attribution
    }
    let t = &toks[start.map_or(0, |i| i + 1)..];
    let v = (0..t.len())
        .find(|&i| is_verb(&t[i]) && !after_plural_determiner(t, i) && !aspectual(t, i))?;
    let mut j = v;
    while j > 0 && is_adverb(&t[j - 1]) {
        j -= 1;
    }
    let s = np_backward(t, j.checked_sub(1)?)?;
    Some(Attribution {
        speaker: phrase(t, s..j, chars),
        description: None,
        cue: phrase(t, v..v + 1, chars)?,
    })
}

/// "begins to hum", "continued walking": a verb that says a thing starts or goes on, with the
/// thing after it, and no speech.
fn aspectual(t: &[Tok], i: usize) -> bool {
    matches!(
        t[i].lower.as_str(),
        "begin" | "begins" | "began" | "begun" | "continue" | "continues" | "continued"
    ) && t
        .get(i + 1)
        .is_some_and(|n| n.lower == "to" || (n.is_word && n.lower.ends_with("ing")))
}

/// Verbs that cast something as what the quotation calls it: "introduced Brandt to the
/// crowd as “…”", "sees the lineup as its “…”".
#[rustfmt::skip]
static AS_VERBS: WordSet = WordSet::new(&[
    "introduced", "introduces", "referred", "refers", "derided", "derides", "sees", "saw",
    "regards", "regarded", "remembered", "remembers", "cast", "casts",
]);

/// The verb of a clause that ends in "as" (and an article or a possessive) right before the
/// mark, when it is one of `AS_VERBS` within the last twelve words.
fn as_verb(t: &[Tok]) -> Option<usize> {
    let mut end = t.len();
    if end > 0
        && matches!(
            t[end - 1].lower.as_str(),
            "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our"
        )
    {
        end -= 1;
    }
    if end == 0 || t[end - 1].lower != "as" {
        return None;
    }
    (end.saturating_sub(13)..end - 1)
        .rev()
        .take_while(|&k| !t[k].is_punct('.'))
        .find(|&k| t[k].is_word && !t[k].capitalised() && AS_VERBS.contains(&t[k].lower.as_str()))
        .filter(|&k| k > 0)
}

fn ends_sentence_at(toks: &[Tok]) -> bool {
    toks.len()
        .checked_sub(1)
        .is_some_and(|i| ends_sentence(toks, i))
}

/// The attribution in a clause that leads up to an opening mark.
fn in_clause(t: &[Tok], chars: &[char]) -> Option<Attribution> {
    let colon = t.last().is_some_and(|x| x.is_punct(':'));
    let verb = (0..t.len())
        .rev()
        .take(16)
        .filter(|&i| {
            // "told cheering teachers": a participle right after a verb describes its object.
            (i == 0
                || !t[i].lower.ends_with("ing")
                || !matches!(
                    t[i - 1].lower.as_str(),
                    "told"
                        | "tell"
                        | "tells"
                        | "addressed"
                        | "urged"
                        | "reminded"
                        | "assured"
                        | "warned"
                        | "thanked"
                        | "greeted"
                ))
                && !after_singular_determiner(t, i)
                && !super::attribution::participle_as_adjective(t, i)
                && !gerund_after_the(t, i)
                && !after_possessive(t, i)
                && !after_plural_determiner(t, i)
                && !in_subject_clause(t, i)
                && !aspectual(t, i)
        })
        .find(|&i| is_verb(&t[i]) || (i == 0 && t[i].is_word && is_speech_verb(&t[i].lower)));
    let Some(v) = verb.or_else(|| as_verb(t)) else {
        return according_to(t, chars)
            .or_else(|| in_words_of(t, chars))
            .or_else(|| as_put_it(t, chars))
            .or_else(|| colon.then(|| colon_intro(t, chars)).flatten())
            .or_else(|| sent_message(t, chars));
    };
    let cue = phrase(t, v..v + 1, chars)?;
    // "The advert showed Tom Brandt saying, “…”": the one shown speaks.
    if t[v].lower.ends_with("ing")
        && let Some(speaker) = perceived(t, v, chars)
    {
        return Some(Attribution {
            speaker: Some(speaker),
            description: None,
            cue,
        });
    }
    if t[v].lower.ends_with("ing") && v > 0 && !t[v - 1].is_punct(',') {
        // "Berg sent an email saying …": what was sent says nothing; its sender speaks.
        if let Some(verb) = message_sender(t, v)
            && let Some(speaker) = sentence_subject(t, verb, chars)
        {
            return Some(Attribution {
                speaker: Some(speaker),
                description: None,
                cue,
            });
        }
        // "footage of Reyes saying …": the phrase just before the participle speaks; not a
        // place it was said in ("answered on the radio saying"), which leaves the subject.
        if let Some(s) = np_backward(t, v - 1)
            && !(s > 0 && matches!(t[s - 1].lower.as_str(), "on" | "in" | "at" | "to" | "via"))
        {
            return Some(Attribution {
                speaker: phrase(t, s..v, chars),
                description: None,
                cue,
            });
        }
    }
    if t[v].lower.ends_with("ing") && v > 0 {
        // "X urged voters to …, saying, “…”": the sentence's subject speaks; "…, Berg said,
        // adding, “…”": the speaker of the verb just before.
        if let Some(speaker) = said_before(t, v, chars).or_else(|| sentence_subject(t, v, chars)) {
            return Some(Attribution {
                speaker: Some(speaker),
                description: None,
                cue,
            });
        }
    }
    let mut j = v;
    while j > 0 && is_adverb(&t[j - 1]) {
        j -= 1;
    }
    // "Sen. Jo Lee (D-Nor.) scolded": past the parenthesis.
    j = bracket_start(t, j);
    // "Ada Berg, 34, said", "one worker, Ada Berg, 34, said": the age is passed over.
    if j >= 4 && t[j - 1].is_punct(',') && is_age_between_commas(t, j - 2) {
        j -= 2;
    }
    // "But, said Ilse Varga, “…”": the name after the verb speaks.
    if j >= 1
        && t[j - 1].is_punct(',')
        && t[..j - 1].iter().all(|x| x.capitalised() || !x.is_word)
        && j - 1 <= 2
        && let Some(e) = np_forward(t, v + 1)
        && e + 1 == t.len()
        && e > v + 1
        && t[v + 1].capitalised()
        && (t[e].is_punct(',') || t[e].is_punct(':'))
    {
        return Some(Attribution {
            speaker: phrase(t, v + 1..e, chars),
            description: None,
            cue,
        });
    }
    if j == 0 {
        // "Said the minister: …"
        let end = np_forward(t, v + 1);
        return Some(Attribution {
            speaker: end.and_then(|e| phrase(t, v + 1..e, chars)),
            description: None,
            cue,
        });
    }
    if t[j - 1].is_punct(',') && j >= 2 {
        // "Grace Okafor, at a later briefing, said", "Okafor, via the Courier, said": a
        // comma-closed aside that is no noun phrase stands between the subject and the verb.
        let k = j - 1;
        if let Some(c2) = (k.saturating_sub(25)..k)
            .rev()
            .find(|&c| t[c].is_punct(','))
            && t.get(c2 + 1).is_some_and(|x| {
                PREPOSITIONS.contains(&x.lower.as_str())
                    || ["who", "whose", "which", "whom", "like", "via"].contains(&x.lower.as_str())
                    // "Berg, noting the queue, said": a participle's phrase.
                    || (x.is_word
                        && !x.capitalised()
                        && x.lower.len() > 5
                        && x.lower.ends_with("ing")
                        && x.lower != "during")
                    || is_adverb(x)
            })
            // "Sen. Tom Brandt (R-Nor.), noting …, said": the name before its parenthesis.
            && let Some(found) = speaker_before(t, c2, &cue, chars)
        {
            return Some(found);
        }
        // "Sen. Tom Brandt (R-Nor.), said": a stray comma after the parenthesis.
        if t[j - 2].is_punct(')')
            && bracket_start(t, j - 1) < j - 1
            && let Some(found) = speaker_before(t, j - 1, &cue, chars)
        {
            return Some(found);
        }
        // An appositive pair: "Norland's UN envoy, Ilse Varga, said".
        let a_start = np_backward(t, j - 2)?;
        let a = phrase(t, a_start..j - 1, chars)?;
        // A name, then a description that holds a preposition or a relative clause before the
        // phrase the verb follows: "Ilse Varga, envoy to Kestria, said", "Dr. Ana Diaz,
        // professor at the Harbour Institute who led the study, told".
        // The description may hold commas of its own ("a chemist in soil, water and air at
        // …"): the nearest comma after which it all fits.
        let named = (k.saturating_sub(45)..k)
            .rev()
            .filter(|&c| t[c].is_punct(','))
            .find_map(|c2| {
                let fits = c2 >= 1
                    && c2 + 1 < a_start
                    && (PREPOSITIONS.contains(&t[a_start - 1].lower.as_str())
                        || t[c2 + 1..a_start]
                            .iter()
                            .any(|x| matches!(x.lower.as_str(), "who" | "which")))
                    && !t[c2 + 1..k]
                        .iter()
                        .any(|x| x.is_punct('(') || is_double_mark(x));
                if !fits {
                    return None;
                }
                let s0 = np_backward(t, c2 - 1)?;
                if s0 > 0 && t[s0 - 1].is_word {
                    return None;
                }
                Some((
                    trailing_name(t, s0..c2, chars)?,
                    phrase(t, c2 + 1..k, chars)?,
                ))
            });
        if let Some((name, role)) = named {
            return Some(Attribution {
                speaker: Some(name),
                description: Some(role.text),
                cue,
            });
        }
        // A list of verb phrases: "he toured the pier, praised the crew, called the plan
        // “…”": the phrase before the comma is an object; the first verb's subject speaks.
        if a_start > 0
            && (PREPOSITIONS.contains(&t[a_start - 1].lower.as_str())
                || matches!(
                    t[a_start - 1].lower.as_str(),
                    "about" | "over" | "against" | "into"
                )
                || is_verb(&t[a_start - 1]))
            && let Some(first) = before_verb_subject(t, a_start, chars)
        {
            return Some(Attribution {
                speaker: Some(first),
                description: None,
                cue,
            });
        }
        // "Ada Berg, 34, a welder, said": a name, its age, then what describes it.
        if a_start >= 4
            && t[a_start - 1].is_punct(',')
            && is_age_between_commas(t, a_start - 2)
            && !looks_like_name(&a.text)
            && let Some(s0) = np_backward(t, a_start - 4)
            && let Some(name) = phrase(t, s0..a_start - 3, chars)
            && looks_like_name(&name.text)
        {
            return Some(Attribution {
                speaker: Some(name),
                description: Some(a.text),
                cue,
            });
        }
        // Two appositives: "Omar Vale, an analyst at Kestria, the Norland-based group, told".
        if a_start >= 2
            && t[a_start - 1].is_punct(',')
            && !looks_like_name(&a.text)
            && let Some(c0) = (a_start.saturating_sub(20)..a_start - 1)
                .rev()
                .find(|&c| t[c].is_punct(','))
            && c0 >= 1
            && t.get(c0 + 1)
                .is_some_and(|x| matches!(x.lower.as_str(), "a" | "an" | "the"))
            && let Some(s0) = np_backward(t, c0 - 1)
            && let Some(name) = phrase(t, s0..c0, chars)
            && looks_like_name(&name.text)
            && let Some(role) = phrase(t, c0 + 1..a_start - 1, chars)
            && !t[c0 + 1..a_start - 1]
                .iter()
                .any(|x| matches!(x.lower.as_str(), "that" | "who" | "which" | "whom"))
        {
            return Some(Attribution {
                speaker: Some(name),
                description: Some(role.text),
                cue,
            });
        }
        if a_start >= 2
            && t[a_start - 1].is_punct(',')
            && let Some(b_start) = np_backward(t, a_start - 2)
        {
            let b = phrase(t, b_start..a_start - 1, chars)?;
            let (speaker, desc) = if looks_like_name(&a.text) || !looks_like_name(&b.text) {
                (a, b)
            } else {
                (b, a)
            };
            return Some(Attribution {
                speaker: Some(speaker),
                description: Some(desc.text),
                cue,
            });
        }
        return Some(Attribution {
            speaker: Some(a),
            description: None,
            cue,
        });
    }
    // "Berg, who signed the ferry law, interjected to say: …", "the crews are left to ask:
    // …", "Quist went on to add": the subject of the verb that "to say" completes, the
    // clause's own after "and".
    if j >= 2
        && t[j - 1].lower == "to"
        && t[j - 2].is_word
        && !t[j - 2].capitalised()
        && (t[j - 2].lower.ends_with("ed")
            || is_irregular_past(&t[j - 2])
            || matches!(t[j - 2].lower.as_str(), "left" | "on"))
    {
        let head = if t[j - 2].lower == "on" { j - 3 } else { j - 2 };
        let mut k = head;
        while k > 0
            && (is_adverb(&t[k - 1])
                || matches!(t[k - 1].lower.as_str(), "be" | "been" | "are" | "were"))
        {
            k -= 1;
        }
        let own = k
            .checked_sub(1)
            .and_then(|e| np_backward(t, e))
            .filter(|&s| {
                s == 0 || !t[s - 1].is_word || matches!(t[s - 1].lower.as_str(), "and" | "but")
            })
            .and_then(|s| phrase(t, s..k, chars));
        if let Some(speaker) = own.or_else(|| sentence_subject(t, j - 2, chars)) {
            return Some(Attribution {
                speaker: Some(speaker),
                description: None,
                cue: phrase(t, head..v + 1, chars)?,
            });
        }
    }
    // "An official who asked not to be named said": the phrase a relative clause
    // with no commas hangs on speaks, when "who" is that clause's subject.
    if let Some(w) = (j.saturating_sub(16)..j)
        .rev()
        .take_while(|&k| t[k].is_word)
        .find(|&k| t[k].lower == "who")
        && w > 0
        && w + 1 < j
        // "The clerk who answered the phone remembered that he said": the verb has a subject of
        // its own.
        && !is_pronoun(&t[j - 1])
        && t[w + 1].is_word
        && !t[w + 1].capitalised()
        && !is_pronoun(&t[w + 1])
        && !DETERMINERS.contains(&t[w + 1].lower.as_str())
        // "She thanked the crews who stayed on but said": the verb shares the sentence's subject.
        && !t[w..j]
            .iter()
            .any(|x| matches!(x.lower.as_str(), "and" | "but" | "or"))
        && let Some(s) = np_backward(t, w - 1)
        && (s == 0 || !t[s - 1].is_word)
    {
        return Some(Attribution {
            speaker: phrase(t, s..w, chars),
            description: None,
            cue,
        });
    }
    let s = np_backward(t, j - 1);
    // "A harbour source speaking to KBN said": the phrase before the participle speaks, not
    // the one it spoke to.
    if let Some(s0) = s
        && s0 >= 3
        && matches!(t[s0 - 1].lower.as_str(), "to" | "with")
        && matches!(t[s0 - 2].lower.as_str(), "speaking" | "talking")
        && let Some(s1) = np_backward(t, s0 - 3)
    {
        return Some(Attribution {
            speaker: phrase(t, s1..s0 - 2, chars),
            description: None,
            cue,
        });
    }
    // "…, but in a second hearing said": a phrase that opens a clause after a conjunction
    // and a preposition is no subject; the earlier verb's subject goes on.
    let opening = (j.saturating_sub(5)..j)
        .rev()
        .take_while(|&k| t[k].is_word)
        .find(|&k| matches!(t[k].lower.as_str(), "in" | "on" | "at" | "during" | "after"))
        .filter(|&p| p >= 1 && matches!(t[p - 1].lower.as_str(), "and" | "but"));
    if let Some(p) = opening {
        return Some(Attribution {
            speaker: sentence_subject(t, p - 1, chars)
                .or_else(|| before_verb_subject(t, p - 1, chars)),
            description: None,
            cue,
        });
    }
    let speaker = s.and_then(|s| phrase(t, s..j, chars));
    if speaker.is_none() && t[j - 1].lower == "and" {
        // "Varga said …, and called the treaty “…”": the subject of the first verb.
        if let Some(first) = before_verb_subject(t, j - 1, chars) {
            return Some(Attribution {
                speaker: Some(first),
                description: None,
                cue,
            });
        }
    }
    Some(Attribution {
        speaker,
        description: None,
        cue,
    })
}

/// The noun phrase that ends right before token `end`, past a parenthesis that closes there
/// ("Sen. Tom Brandt (R-Nor.)"), as the speaker of `cue`.
fn speaker_before(t: &[Tok], end: usize, cue: &Phrase, chars: &[char]) -> Option<Attribution> {
    let e = bracket_start(t, end);
    let s = np_backward(t, e.checked_sub(1)?)?;
    Some(Attribution {
        speaker: phrase(t, s..e, chars),
        description: None,
        cue: cue.clone(),
    })
}

/// "the ministry's claim “…”", "Berg's latest request: “…”", "her own account": a speech
/// verb's form right after a possessive, or after a possessive and one or two adjectives, is
/// a noun.
fn after_possessive(t: &[Tok], i: usize) -> bool {
    if i > 0 && t[i - 1].lower.ends_with("'s") && !is_pronoun(&t[i]) {
        return true;
    }
    #[rustfmt::skip]
    static ADJECTIVES: WordSet = WordSet::new(&[
        "new", "first", "last", "latest", "recent", "own", "final", "earlier", "public",
        "written", "formal", "brief", "full", "joint", "initial", "opening", "closing",
        "previous", "prior", "original", "angry", "terse", "short", "long", "lengthy",
    ]);
    let mut k = i;
    while k > 0 && i - k < 2 && ADJECTIVES.contains(&t[k - 1].lower.as_str()) {
        k -= 1;
    }
    k < i
        && k > 0
        && (matches!(
            t[k - 1].lower.as_str(),
            "his" | "her" | "its" | "their" | "our" | "my" | "your"
        ) || (t[k - 1].lower.ends_with("'s") && t[k - 1].capitalised()))
}

/// "called the ruling “…”", "worried about the call": a form in -ing, or a bare form, right
/// after "the" is a noun.
fn gerund_after_the(t: &[Tok], i: usize) -> bool {
    let w = t[i].lower.as_str();
    i > 0
        && t[i - 1].lower == "the"
        && (w.ends_with("ing") || !(w.ends_with('s') || w.ends_with("ed") || is_irregular_form(w)))
}

/// A past form no suffix shows ("said", "told"): after "the" it is still no noun.
fn is_irregular_form(w: &str) -> bool {
    matches!(w, "said" | "told" | "wrote" | "spoke" | "added" | "went")
}

/// "in a weekly phone call as “…”": a verb's bare form within a phrase opened by a
/// singular determiner is a noun; a verb after "a" or "an" would agree ("calls").
fn after_singular_determiner(t: &[Tok], i: usize) -> bool {
    let w = t[i].lower.as_str();
    if w.ends_with('s')
        || w.ends_with("ed")
        || w.ends_with("ing")
        || matches!(w, "said" | "told" | "wrote" | "spoke")
    {
        return false;
    }
    // "an autograph and Quist said": a conjunction ends the phrase.
    (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&k| t[k].is_word && !matches!(t[k].lower.as_str(), "and" | "but" | "or"))
        .any(|k| matches!(t[k].lower.as_str(), "a" | "an" | "each" | "every"))
}

/// "the note Ana wrote was “…”": a verb in a clause that ends the subject, right before
/// the copula the quotation completes, says who wrote the thing the quotation describes,
/// not who speaks. "What Ana said was “…”" keeps its speaker.
fn in_subject_clause(t: &[Tok], i: usize) -> bool {
    i + 2 == t.len()
        && matches!(t[i + 1].lower.as_str(), "was" | "is" | "were" | "are")
        && !t[i.saturating_sub(4)..i]
            .iter()
            .any(|x| matches!(x.lower.as_str(), "what" | "all" | "whatever"))
}

/// The capitalised words that end the phrase `r` ("Dr. Ana Diaz" of "senior author Dr. Ana
/// Diaz"), when they read as a person's or body's name.
fn trailing_name(t: &[Tok], r: Range<usize>, chars: &[char]) -> Option<Phrase> {
    let mut s = r.end;
    while s > r.start
        && (t[s - 1].is_word && t[s - 1].capitalised()
            || t[s - 1].is_punct('.') && s >= 2 && t[s - 2].is_word && t[s - 2].capitalised())
    {
        s -= 1;
    }
    let name = phrase(t, s..r.end, chars)?;
    (t[s].is_word && looks_like_name(&name.text)).then_some(name)
}
