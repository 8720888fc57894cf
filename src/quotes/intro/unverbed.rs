//! Introductions with no speech verb before a quotation: a clause ending in a colon
//! (`Okafor: “…”`), a message someone issued or sent (`Berg issued a statement, “…”`), and
//! `according to Okafor, “…”`.

use super::*;
use crate::quotes::attribution::{is_title_dot, spaced};

/// `Okafor: “…”`, `Lind resisted: “…”`: a clause ending in a colon, with no speech verb.
pub(super) fn colon_intro(t: &[Tok], chars: &[char]) -> Option<Attribution> {
    let c = t.len().checked_sub(1)?;
    // "Turnout has surprised the pollsters - Ilse Varga: “…”": a roundup's item names its
    // source after a spaced dash.
    if let Some(dash) = (c.saturating_sub(6)..c)
        .rev()
        .find(|&k| !t[k].is_word && matches!(t[k].first, '-' | '—' | '–') && spaced(t, k))
        && dash + 1 < c
        && (dash + 1..c).all(|k| t[k].is_word && t[k].capitalised() || is_title_dot(t, k))
    {
        return Some(Attribution {
            speaker: phrase(t, dash + 1..c, chars),
            description: None,
            cue: phrase(t, c..c + 1, chars)?,
        });
    }
    let speaker = sentence_subject(t, c, chars)?;
    // "That talk led to a plan: “…”": what a demonstrative points back to is a
    // thing or an event of the sentences before, not a voice.
    let opener = speaker.text.split_whitespace().next().unwrap_or("");
    if speaker.text.contains(' ')
        && matches!(
            opener.to_lowercase().as_str(),
            "that" | "this" | "these" | "those"
        )
    {
        return None;
    }
    // "Tom Brandt put it bluntly:": a lowercase word before "it" is the verb, not the
    // subject's last word.
    let (speaker, verb) = match t.iter().position(|x| x.span.start >= speaker.span.end) {
        Some(n)
            if n >= 2
                && t[n].lower == "it"
                && t[n - 1].is_word
                && !t[n - 1].capitalised()
                && t[n - 2].span.start >= speaker.span.start =>
        {
            let s0 = t.iter().position(|x| x.span.start >= speaker.span.start)?;
            (phrase(t, s0..n - 1, chars)?, true)
        }
        _ => (speaker, false),
    };
    let before = &t[c.checked_sub(1)?];
    // "Brandt put it bluntly:", "Tom Brandt, 54, put it simply:": a short verb phrase that
    // ends in a manner adverb is the cue, past any appositive.
    let from = t
        .iter()
        .rposition(|x| x.span.end <= before.span.start && x.is_punct(','))
        .filter(|&k| t[k].span.start >= speaker.span.end)
        .map_or_else(
            || t.iter().position(|x| x.span.start >= speaker.span.end),
            |k| Some(k + 1),
        );
    if let Some(from) = from
        && from + 1 < c
        && c - from <= 4
        && (verb || is_adverb(before) || t[from].lower.ends_with("ed"))
        && t[from..c].iter().all(|x| x.is_word && !x.capitalised())
    {
        return Some(Attribution {
            speaker: Some(speaker),
            description: None,
            cue: phrase(t, from..c, chars)?,
        });
    }
    let cue = if before.is_word && !before.capitalised() && before.span.start >= speaker.span.end {
        phrase(t, c - 1..c, chars)?
    } else {
        phrase(t, c..c + 1, chars)?
    };
    Some(Attribution {
        speaker: Some(speaker),
        description: None,
        cue,
    })
}

/// What is sent or issued with words in it: "a statement", "an email".
#[rustfmt::skip]
static MESSAGES: WordSet = WordSet::new(&[
    "statement", "statements", "email", "emails", "letter", "message", "note", "memo", "tweet",
    "post", "release",
]);

/// A verb that sends or issues a message: "issued", "sent", "released", "posted".
fn sends(t: &Tok) -> bool {
    t.is_word
        && !t.capitalised()
        && matches!(
            t.lower.as_str(),
            "issued"
                | "issues"
                | "sent"
                | "sends"
                | "released"
                | "releases"
                | "posted"
                | "posts"
                | "put"
                | "puts"
                | "emailed"
                | "published"
                | "publishes"
        )
}

/// The verb that sent the message a participle at `v` belongs to: "sent an email saying",
/// "sent out a short note to the crews saying".
pub(super) fn message_sender(t: &[Tok], v: usize) -> Option<usize> {
    let lo = v.saturating_sub(8);
    let noun = (lo..v)
        .rev()
        .find(|&k| MESSAGES.contains(&t[k].lower.as_str()))?;
    // Between the message and the participle only "to" and the ones it went to.
    if !t[noun + 1..v]
        .iter()
        .all(|x| x.is_word && !x.capitalised() || x.lower == "to")
        || noun + 1 < v && t[noun + 1].lower != "to"
    {
        return None;
    }
    let det = (lo..noun)
        .rev()
        .find(|&k| matches!(t[k].lower.as_str(), "a" | "an" | "the"))?;
    if !t[det + 1..noun]
        .iter()
        .all(|x| x.is_word && !x.capitalised())
        || noun - det > 3
    {
        return None;
    }
    let mut verb = det.checked_sub(1)?;
    if t[verb].lower == "out" {
        verb = verb.checked_sub(1)?;
    }
    sends(&t[verb]).then_some(verb)
}

/// "Berg issued a statement, “…”": the one who issued it speaks, the message its cue.
pub(super) fn sent_message(t: &[Tok], chars: &[char]) -> Option<Attribution> {
    let last = t.len().checked_sub(1)?;
    if !(t[last].is_punct(',') || t[last].is_punct(':')) || last < 3 {
        return None;
    }
    let noun = last - 1;
    if !MESSAGES.contains(&t[noun].lower.as_str()) {
        return None;
    }
    let det = noun - 1;
    let verb = if matches!(t[det].lower.as_str(), "a" | "an" | "the" | "this") {
        det.checked_sub(1)?
    } else {
        det
    };
    if !sends(&t[verb]) {
        return None;
    }
    Some(Attribution {
        speaker: Some(sentence_subject(t, verb, chars)?),
        description: None,
        cue: phrase(t, verb..noun + 1, chars)?,
    })
}

/// "According to Okafor, “…”": the source named after "according to" speaks.
pub(super) fn according_to(t: &[Tok], chars: &[char]) -> Option<Attribution> {
    let a = (0..t.len().saturating_sub(1))
        .find(|&i| t[i].lower == "according" && t[i + 1].lower == "to")?;
    let end = np_forward(t, a + 2)?;
    // "According to his aunt, Mia Holt, “…”": the name in the appositive speaks.
    if t.get(end).is_some_and(|x| x.is_punct(','))
        && let Some(name_end) = np_forward(t, end + 1)
        && t.get(name_end).is_some_and(|x| x.is_punct(','))
        && let Some(name) = phrase(t, end + 1..name_end, chars)
        && looks_like_name(&name.text)
        && t[end + 1..name_end]
            .iter()
            .all(|x| x.capitalised() || !x.is_word)
        && let Some(role) = phrase(t, a + 2..end, chars)
        && !looks_like_name(&role.text)
    {
        return Some(Attribution {
            speaker: Some(name),
            description: Some(role.text),
            cue: phrase(t, a..a + 2, chars)?,
        });
    }
    Some(Attribution {
        speaker: phrase(t, a + 2..end, chars),
        description: None,
        cue: phrase(t, a..a + 2, chars)?,
    })
}

/// "As the Courier put it, “…”", "as Tom Brandt, the harbour master, puts it in his column:
/// “…”": the phrase after "as" speaks, and "put it" is the cue.
pub(super) fn as_put_it(t: &[Tok], chars: &[char]) -> Option<Attribution> {
    let p = (t.len().saturating_sub(10)..t.len().saturating_sub(1))
        .rev()
        .find(|&k| matches!(t[k].lower.as_str(), "put" | "puts") && t[k + 1].lower == "it")?;
    if t[p + 2..].iter().any(|x| is_verb(x) || is_double_mark(x)) {
        return None;
    }
    // The "as" opens its clause: not "as soon as they put it on sale".
    let a = (p.saturating_sub(20)..p)
        .rev()
        .find(|&k| t[k].lower == "as")?;
    if a > 0 && t[a - 1].is_word && !matches!(t[a - 1].lower.as_str(), "and" | "but" | "or") {
        return None;
    }
    // Up to an appositive's comma, if any.
    let end = (a + 1..p).find(|&k| t[k].is_punct(',')).unwrap_or(p);
    Some(Attribution {
        speaker: phrase(t, a + 1..end, chars),
        description: None,
        cue: phrase(t, p..p + 2, chars)?,
    })
}

/// "In the words of Norland's harbour master: “…”", "in Berg's own words, “…”", "in his
/// words": the one whose words they are speaks, with the phrase as the cue.
pub(super) fn in_words_of(t: &[Tok], chars: &[char]) -> Option<Attribution> {
    let w = (1..t.len())
        .rev()
        .find(|&k| t[k].lower == "words" && t[k - 1].is_word)?;
    // "in the words of X"
    if w >= 2 && t[w - 1].lower == "the" && t[w - 2].lower == "in" && t.get(w + 1)?.lower == "of" {
        let end = np_forward(t, w + 2)?;
        return Some(Attribution {
            speaker: phrase(t, w + 2..end, chars),
            description: None,
            cue: phrase(t, w - 2..w + 2, chars)?,
        });
    }
    // "in X's (own) words", "in his words": the owner right after "in".
    let own = usize::from(t[w - 1].lower == "own");
    let last = w.checked_sub(1 + own)?;
    let first = (last.saturating_sub(4)..=last)
        .find(|&k| k > 0 && t[k - 1].lower == "in" && t[k..=last].iter().all(|x| x.is_word))?;
    let owner = &t[last].lower;
    let pronoun = first == last && matches!(owner.as_str(), "his" | "her" | "their");
    if !(pronoun || owner.ends_with("'s") || owner.ends_with('\'')) {
        return None;
    }
    // The rest of the clause up to the quotation holds no more words.
    if t[w + 1..].iter().any(|x| x.is_word) {
        return None;
    }
    // The owner without its possessive ending.
    let speaker = phrase(t, first..last + 1, chars).map(|mut p| {
        let cut = ["'s", "’s", "'", "’"]
            .iter()
            .find(|e| !pronoun && p.text.ends_with(*e))
            .map_or(0, |e| e.chars().count());
        p.span.end -= cut;
        p.text = chars[p.span.clone()].iter().collect();
        p
    });
    Some(Attribution {
        speaker,
        description: None,
        cue: phrase(t, first - 1..w + 1, chars)?,
    })
}
