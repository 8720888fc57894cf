//! What a speaker mention's words say beyond the name index: who issued a document, the
//! phrase that introduced "the man", epithets and bodies, a participle phrase after the head,
//! a phrase that places a named person.

use super::attribution::looks_like_name;
use super::coref::{PRONOUN_REACH, Text};
use super::lexicon::MONTHS;
use super::name_words::{Gender, is_document_word, is_org_word, is_role};
use super::tokens::{Tok, tokenize};

/// The name after "from" or "by" right after a document's phrase ending at `end`: "a report
/// from Norland Credit Partners", "a survey by Ana Diaz".
pub(super) fn issued_by(text: &Text, end: usize) -> Option<String> {
    let rest: String = text.chars[end.min(text.chars.len())..text.chars.len().min(end + 120)]
        .iter()
        .collect();
    let rest = rest
        .strip_prefix(" from ")
        .or_else(|| rest.strip_prefix(" by "))?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let name: Vec<&str> = rest
        .split_whitespace()
        .take_while(|w| looks_like_name(w.trim_end_matches([',', '.', ';', ':'])))
        .take(6)
        .collect();
    let name = name.join(" ");
    let name = name.trim_end_matches([',', '.', ';', ':']);
    (!name.is_empty()).then(|| name.to_owned())
}

/// Whether `head` is an epithet a story uses for its main figure once named ("the actor", "the
/// 61-year-old", "the veteran striker"), with the gender it gives: `Some(None)` for an epithet
/// that gives none. Roles that usually belong to someone else in the story (the spokesman, the
/// judge, the expert) are not epithets: they are introduced or named.
pub(super) fn epithet(head: &str) -> Option<Option<Gender>> {
    if let Some(age) = head.strip_suffix("-year-old")
        && !age.is_empty()
        && age.chars().all(|c| c.is_ascii_digit())
    {
        return Some(None);
    }
    let gender = match head {
        "actress" | "businesswoman" | "congresswoman" | "sportswoman" | "chairwoman"
        | "heiress" | "songstress" => Some(Gender::Female),
        "businessman" | "congressman" | "sportsman" | "chairman" => Some(Gender::Male),
        "actor" | "singer" | "star" | "superstar" | "rapper" | "musician" | "comedian"
        | "novelist" | "filmmaker" | "player" | "striker" | "midfielder" | "goalkeeper"
        | "quarterback" | "pitcher" | "coach" | "manager" | "boss" | "veteran" | "champion"
        | "athlete" | "billionaire" | "entrepreneur" | "mogul" | "tycoon" | "lawmaker"
        | "politician" | "legend" | "icon" | "chef" | "designer" | "artist" | "songwriter"
        | "frontman" | "skipper" | "captain" | "youngster" | "teenager" | "founder"
        | "guitarist" | "drummer" | "bassist" | "pianist" | "vocalist" | "violinist" | "poet"
        | "painter" | "dancer" | "author" | "interviewee" => None,
        _ if head
            .strip_suffix("man")
            .is_some_and(|s| DEMONYM_STEMS.contains(&s)) =>
        {
            Some(Gender::Male)
        }
        _ if head
            .strip_suffix("woman")
            .is_some_and(|s| DEMONYM_STEMS.contains(&s)) =>
        {
            Some(Gender::Female)
        }
        // "the Portuguese said", "the Dane added": a nationality for the one just named.
        _ if DEMONYMS.contains(&head) => None,
        _ => return None,
    };
    Some(gender)
}

/// Nouns of nationality a story calls its figure by ("the Swede", "the Brazilian"), in
/// lowercase; not those that name a whole people or its side ("the Dutch", "the Chinese").
#[rustfmt::skip]
static DEMONYMS: crate::quotes::lexicon::WordSet = crate::quotes::lexicon::WordSet::new(&[
    "portuguese", "dane", "swede", "norwegian", "finn", "icelander", "german", "austrian",
    "belgian", "scot", "briton", "spaniard", "italian", "greek", "turk", "pole", "czech",
    "slovak", "hungarian", "romanian", "bulgarian", "serb", "croat", "slovenian", "bosnian",
    "albanian", "ukrainian", "russian", "belarusian", "lithuanian", "latvian", "estonian",
    "georgian", "armenian", "american", "canadian", "mexican", "brazilian", "argentine",
    "argentinian", "chilean", "colombian", "peruvian", "uruguayan", "venezuelan", "ecuadorian",
    "paraguayan", "cuban", "jamaican", "australian", "korean", "thai", "filipino",
    "indonesian", "malaysian", "indian", "pakistani", "iranian", "iraqi", "israeli",
    "egyptian", "moroccan", "algerian", "tunisian", "nigerian", "ghanaian", "cameroonian",
    "ivorian", "kenyan", "ethiopian",
]);

/// The stems of nationality nouns in -man and -woman ("the Frenchman", "the Irishwoman").
#[rustfmt::skip]
static DEMONYM_STEMS: crate::quotes::lexicon::WordSet = crate::quotes::lexicon::WordSet::new(&[
    "french", "english", "irish", "dutch", "welsh", "scots",
]);

/// Heads of phrases that stand for an organisation ("the company", "the group").
pub(super) fn is_body_word(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "group"
            | "firm"
            | "organization"
            | "organisation"
            | "agency"
            | "ministry"
            | "department"
            | "union"
            | "party"
            | "campaign"
            | "government"
            | "team"
            | "club"
            | "league"
            | "university"
            | "school"
            | "hospital"
            | "network"
            | "bank"
            | "office"
            | "committee"
            | "council"
            | "board"
            | "association"
            | "studio"
            | "label"
            | "retailer"
            | "airline"
            | "charity"
            | "carrier"
            | "startup"
            | "publisher"
            | "broadcaster"
    ) || only_named_body(w)
}

/// Bodies' words that stand only for a body the article named with them ("the authority"
/// for "the Norland Maritime Authority"), never for whichever body was named last.
pub(super) fn only_named_body(head: &str) -> bool {
    matches!(
        head,
        "authority" | "commission" | "regulator" | "institute" | "foundation" | "court"
    )
}

/// The indefinite phrase that introduced what "the HEAD" refers to, within a pronoun's reach
/// before `pos`: "one legal expert", "a 52-year-old fisherman", "an official".
pub(super) fn introduction(text: &Text, head: &str, pos: usize) -> Option<String> {
    let from = pos.saturating_sub(2 * PRONOUN_REACH);
    let para = text.paragraphs.partition_point(|p| p.end <= from);
    let start = text
        .paragraphs
        .get(para)
        .map_or(from, |p| p.start.max(from));
    // The last time the word stands alone before `pos`, found in the chars; only the few
    // words before it are tokenized (4,000 chars tokenized for every "the expert" cost more
    // than the rest of the analysis).
    let at = last_word_at(text.chars.get(start..pos)?, head)? + start;
    if let Some(intro) = introduced_at(text, head, at, start) {
        return Some(intro);
    }
    // "the man" again and again in a story about one man: the phrase that introduced him may
    // be far back, before all the times he was "the man". Only a person's noun reaches that
    // far: "the expert" of one paragraph is seldom the expert of another.
    if !is_person_noun(head) {
        return None;
    }
    let far = pos.saturating_sub(INTRODUCTION_REACH);
    let mut end = at;
    while let Some(at) = text
        .chars
        .get(far..end)
        .and_then(|w| last_word_at(w, head))
        .map(|a| a + far)
    {
        if let Some(intro) = introduced_at(text, head, at, far) {
            return Some(intro);
        }
        end = at;
    }
    None
}

/// The head of a mention that goes on with a participle and a preposition ("the authors of
/// the study published in …", "a nurse based at …"), or ends with the participle: the words
/// before the participle.
pub(super) fn reduced_relative(mention: &str) -> Option<&str> {
    let mut words = mention.split_whitespace().peekable();
    let mut at = 0;
    let mut count = 0;
    while let Some(w) = words.next() {
        let start = at + mention[at..].find(w)?;
        at = start + w.len();
        count += 1;
        // Only the verbs that put a work out: "people involved in the talks" are described
        // by the phrase, not merely placed.
        let participle = count >= 3
            && matches!(
                w,
                "published"
                    | "released"
                    | "issued"
                    | "filed"
                    | "posted"
                    | "conducted"
                    | "commissioned"
                    | "presented"
                    | "submitted"
                    | "produced"
                    | "compiled"
            );
        // Its phrase may be cut off from the mention: "… published" at the end.
        // "a study published Wednesday in …": a day or time may come first.
        let preposition = words.peek().is_none_or(|n| {
            matches!(*n, "in" | "by" | "at" | "on" | "from" | "with")
                || super::lexicon::DAYS.contains(&n.to_lowercase().as_str())
                || matches!(
                    *n,
                    "today" | "yesterday" | "last" | "this" | "earlier" | "online"
                )
        });
        if participle && preposition {
            return Some(mention[..start].trim_end());
        }
    }
    None
}

/// How far back, in chars, "the man" looks for the phrase that introduced him.
const INTRODUCTION_REACH: usize = 20_000;

/// The indefinite phrase ending with `head` at char `at` ("a 52-year-old fisherman"), reading
/// no further back than `start`.
pub(super) fn introduced_at(text: &Text, head: &str, at: usize, start: usize) -> Option<String> {
    let head_end = at + head.chars().count();
    let toks = tokenize(
        text.chars,
        at.saturating_sub(80).max(start)..(head_end + 80).min(text.chars.len()),
    );
    // "a man's decision": the possessive is the same word.
    let k = toks.iter().rposition(|t| {
        t.span.start == at
            && (t.lower == head || t.lower.strip_suffix("'s").is_some_and(|w| w == head))
    })?;
    let possessive = toks[k].lower != head;
    // The determiner at most four words back, with only words between.
    let j = (k.saturating_sub(4)..k)
        .rev()
        .take_while(|&j| toks[j].is_word)
        .find(|&j| matches!(toks[j].lower.as_str(), "a" | "an" | "one"))?;
    let end = match placing_phrase(&toks, k + 1) {
        Some(end) if !possessive => end,
        _ => head_end,
    };
    Some(text.chars[toks[j].span.start..end].iter().collect())
}

/// The end of a phrase that places or ties the one introduced, right after the head ("a
/// doctor on the ward", "a guard at the gate", "a spokesman for the Harbour Institute"): a
/// preposition, a determiner and up to four words, closed by punctuation, a relative word or
/// a verb the phrase is the subject of ("a doctor on the ward told …").
fn placing_phrase(toks: &[Tok], from: usize) -> Option<usize> {
    let prep = toks.get(from)?;
    if !matches!(
        prep.lower.as_str(),
        "on" | "at" | "in" | "inside" | "for" | "of" | "with" | "from" | "near"
    ) {
        return None;
    }
    let det = toks.get(from + 1)?;
    let words_from = if matches!(
        det.lower.as_str(),
        "the" | "a" | "an" | "his" | "her" | "their"
    ) {
        from + 2
    } else if det.capitalised() {
        from + 1
    } else {
        return None;
    };
    let mut end = None;
    for t in toks.iter().skip(words_from).take(5) {
        if !t.is_word {
            return end.filter(|_| matches!(t.first, ',' | '.' | ';' | ':' | '—' | '–' | ')'));
        }
        if matches!(t.lower.as_str(), "who" | "that" | "which" | "whose")
            || crate::quotes::lexicon::is_speech_verb(&t.lower)
            || matches!(
                t.lower.as_str(),
                "is" | "was" | "were" | "are" | "has" | "had" | "have"
            )
        {
            return end;
        }
        end = Some(t.span.end);
    }
    None
}

/// Nouns for a person that a story keeps using for the one it is about, with the gender each
/// gives.
pub(super) fn person_noun_gender(head: &str) -> Option<Option<Gender>> {
    Some(match head {
        "man" | "boy" | "father" | "husband" | "son" | "brother" | "grandfather" | "grandson"
        | "nephew" | "uncle" | "stepfather" | "stepson" | "widower" | "boyfriend" => {
            Some(Gender::Male)
        }
        "woman" | "girl" | "mother" | "wife" | "daughter" | "sister" | "grandmother"
        | "granddaughter" | "niece" | "aunt" | "stepmother" | "stepdaughter" | "widow"
        | "girlfriend" => Some(Gender::Female),
        "patient" | "victim" | "resident" | "driver" | "passenger" | "survivor" | "teenager"
        | "worker" | "customer" | "student" | "owner" | "farmer" | "witness" | "neighbour"
        | "neighbor" | "child" | "person" => None,
        _ => return None,
    })
}

pub(super) fn is_person_noun(head: &str) -> bool {
    person_noun_gender(head).is_some()
}

/// Where `word` (lowercase) last stands as a whole word in `chars`, case ignored.
pub(super) fn last_word_at(chars: &[char], word: &str) -> Option<usize> {
    let w: Vec<char> = word.chars().collect();
    let n = w.len();
    if n == 0 || chars.len() < n {
        return None;
    }
    // A joining mark between letters ("state-owned", "U.S.") makes one word of both sides.
    let joins = |c: char| matches!(c, '-' | '\'' | '’' | '.' | '&');
    // The same as comparing `to_lowercase`, with ASCII (nearly every char) decided at once.
    let same = |c: char, l: char| {
        c == l
            || if c.is_ascii() {
                c.to_ascii_lowercase() == l
            } else {
                c.to_lowercase().eq(std::iter::once(l))
            }
    };
    (0..=chars.len() - n).rev().find(|&i| {
        chars[i..i + n].iter().zip(&w).all(|(&c, &l)| same(c, l))
            && (i == 0
                || !(chars[i - 1].is_alphanumeric()
                    || (joins(chars[i - 1]) && i >= 2 && chars[i - 2].is_alphanumeric())))
            && chars.get(i + n).is_none_or(|&c| !c.is_alphanumeric())
    })
}

/// A name followed by a phrase that places the person ("… Rosa Lindqvist of the Norland
/// Survey", "… Ivo Brandt at the harbour office"): the part up to the name, and the phrase.
pub(super) fn split_tail(mention: &str) -> Option<(&str, &str)> {
    for prep in [" of ", " at ", " from ", " with ", " for "] {
        if let Some(at) = mention.find(prep) {
            let head = &mention[..at];
            let last = head.split_whitespace().last()?;
            let capital_first = head.chars().next().is_some_and(char::is_uppercase);
            // "Secretary of State …" and "the University of …" are names whole; a name first
            // and the phrase after it is not.
            if looks_like_name(last) && (head.split_whitespace().count() >= 2 || !capital_first) {
                let head_words: Vec<&str> = head.split_whitespace().collect();
                let named = head_words
                    .iter()
                    .rev()
                    .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .count();
                // "the High Commissioner for Ocean Affairs", "the Office of the Auditor
                // General": an office or a body whose name goes on after the preposition.
                let tail_named = mention[at + prep.len()..]
                    .split_whitespace()
                    .skip_while(|w| *w == "the")
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase));
                let office = tail_named && (is_role(last) || is_org_word(last));
                if named >= 1 && !office && !is_document_word(&last.to_lowercase()) {
                    return Some((head, mention[at + 1..].trim()));
                }
            }
        }
    }
    None
}

/// The subject of the speech or release verb before token `doc`: "X said in a report".
pub(super) fn subject_of(sentence: &[Tok], doc: usize, chars: &[char]) -> Option<String> {
    const RELEASE: &[&str] = &["said", "says", "released", "published", "issued"];
    let v = (0..doc)
        .rev()
        .find(|&k| RELEASE.contains(&sentence[k].lower.as_str()))?;
    let comma = (0..v)
        .rev()
        .find(|&k| !sentence[k].is_word)
        .map_or(0, |k| k + 1);
    let words = &sentence[comma..v];
    let first = words.first()?;
    let skip = usize::from(first.lower == "the");
    let subject = words.get(skip..)?;
    let (a, b) = (subject.first()?, subject.last()?);
    (subject.len() <= 6).then(|| chars[a.span.start..b.span.end].iter().collect())
}

/// Words that make a phrase a share of the people asked: "Fifty-one percent", "a majority of
/// voters", "most Americans".
#[rustfmt::skip]
static SHARE_WORDS: super::lexicon::WordSet = super::lexicon::WordSet::new(&[
    "percent", "per", "majority", "most", "half", "plurality", "minority", "third", "thirds",
    "quarter", "quarters",
]);

/// "Fifty-one percent say …", "44 percent of Norlanders say …": a share of the people asked
/// speaks through the poll or survey that asked them, the last one named before it in its
/// paragraph ("A new Harbour Institute poll shows …" makes it "Harbour Institute poll").
pub(super) fn poll_for_share(text: &Text, mention: &str, pos: usize) -> Option<String> {
    let is_share = |w: &str| {
        let w = w.to_lowercase();
        SHARE_WORDS.contains(&w.as_str()) || w.ends_with('%')
    };
    let para = text
        .paragraphs
        .get(text.paragraphs.partition_point(|p| p.end <= pos))?;
    let from = para.start.min(pos);
    // "44 percent of" before a mention that is the group alone: the few words before it.
    let near: String = text.chars[from.max(pos.saturating_sub(40))..pos]
        .iter()
        .collect();
    let tail: Vec<&str> = near.split_whitespace().rev().take(3).collect();
    let share = mention.split_whitespace().take(2).any(is_share)
        || (tail.first() == Some(&"of") && tail.iter().skip(1).any(|w| is_share(w)));
    if !share {
        return None;
    }
    let before: String = text.chars[from..pos].iter().collect();
    let words: Vec<&str> = before.split_whitespace().collect();
    let at = words.iter().rposition(|w| {
        let w = w.trim_end_matches([',', '.', ';', ':']);
        matches!(w, "poll" | "survey" | "Poll" | "Survey")
    })?;
    let named = words[..at]
        .iter()
        .rev()
        .take(6)
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with(','))
        .count();
    // "In a June …": the sentence's capitalised article or month is no part of the name.
    let first = (at - named..at)
        .find(|&k| {
            let w = words[k].to_lowercase();
            !(matches!(w.as_str(), "a" | "an" | "the" | "in") || MONTHS.contains(&w.as_str()))
        })
        .unwrap_or(at);
    if first == at {
        return None;
    }
    let noun = words[at]
        .trim_end_matches([',', '.', ';', ':'])
        .to_lowercase();
    Some(format!("{} {noun}", words[first..at].join(" ")))
}
