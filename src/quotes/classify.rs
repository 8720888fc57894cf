//! What kind of quotation a pair of marks holds: speech, a partial quotation inside a
//! sentence, or a term (a title, a coined word, a quoted modifier) that no one said.

use super::attribution::Attribution;
use super::lexicon::{self, WordSet};
use super::marks;
use crate::article::QuoteKind;
use std::ops::Range;

/// Latin letters, accented ones included.
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c)
}

/// Short words that stay lowercase in titles.
static TITLE_MINOR: WordSet = WordSet::new(&[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "de",
    "la", "vs", "vs.", "&",
]);

/// At most seven words, each capitalised but for short minor words, not ending in ! or ?.
fn title_case(text: &str) -> bool {
    // A title may sit in single marks inside the double ones: "'The Night Ferry,'".
    let marks = |c: char| matches!(c, '\'' | '‘' | '’');
    let core = text
        .trim_matches(|c: char| ".,;:".contains(c) || c.is_whitespace() || marks(c))
        .trim_end_matches(|c: char| ".,;:".contains(c) || c.is_whitespace());
    let words: Vec<&str> = core.split_whitespace().collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    !words.is_empty()
        && words.len() <= 7
        && !core.ends_with(['!', '?'])
        && capital(&words[0])
        && words.iter().all(|w| {
            capital(w) || TITLE_MINOR.contains(w) || w.starts_with(|c: char| c.is_ascii_digit())
        })
}

static NAMING_VERBS: WordSet = WordSet::new(&[
    "call",
    "calls",
    "called",
    "calling",
    "dub",
    "dubs",
    "dubbed",
    "nickname",
    "nicknamed",
    "label",
    "labels",
    "labeled",
    "labelled",
    "brand",
    "branded",
    "term",
    "termed",
    "name",
    "named",
]);

const TERM_CUES: &[&str] = &[
    "called",
    "dubbed",
    "so-called",
    "termed",
    "nicknamed",
    "titled",
    "labeled",
    "labelled",
    "branded",
    "known as",
    "word",
    "term",
    "phrase",
    "slogan",
    "entitled",
    "call",
    // Nouns that name a work or a motto, right before its title: "the talk show “…”".
    "show",
    "song",
    "film",
    "movie",
    "album",
    "book",
    "ebook",
    "series",
    "novel",
    "single",
    "documentary",
    "podcast",
    "programme",
    "musical",
    "hashtag",
    "tagline",
    "motto",
    "headline",
    "exhibition",
    "newsletter",
];

/// Nouns for a motto or a slogan, which a colon or a question may set off from it.
static MOTTO_NOUNS: WordSet = WordSet::new(&[
    "slogan",
    "slogans",
    "tagline",
    "motto",
    "hashtag",
    "catchphrase",
]);

/// Prepositions after which one capitalised word in marks names something ("like", "of";
/// not "as" or "to", which a judgement or a command may follow).
static NAME_PREPOSITIONS: WordSet = WordSet::new(&[
    "of", "like", "on", "in", "from", "at", "by", "for", "with", "about",
]);

/// Words that open a noun phrase a quoted modifier can stand in, and the conjunctions that join
/// a quoted modifier to another ("an old or “broken” channel").
const MODIFIER_OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "new", "or", "and",
];

/// The last run of letters in `prefix`, lowercase: the word right before a mark.
fn last_word(prefix: &str) -> Option<String> {
    prefix
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .map(str::to_lowercase)
}

/// The quotation sits between a determiner and a lowercase noun, as a modifier does.
fn modifies_noun(chars: &[char], m: &marks::Marked, para: &Range<usize>, prefix: &str) -> bool {
    let opener = last_word(prefix).is_some_and(|w| MODIFIER_OPENERS.contains(&w.as_str()));
    let Some(close) = m.close else {
        return false;
    };
    if !opener || close + 1 >= para.end {
        return false;
    }
    let next: String = chars[close + 1..para.end.min(close + 40)]
        .iter()
        .skip_while(|c| *c == &' ')
        .take_while(|c| c.is_alphabetic() || **c == '-')
        .collect();
    // The noun follows at once: a space, then a lowercase word that is no function word or
    // verb form.
    chars.get(close + 1) == Some(&' ')
        && next.chars().next().is_some_and(char::is_lowercase)
        && next.chars().count() > 2
        && !NOT_NOUNS.contains(&next.as_str())
        && !lexicon::is_speech_verb(&next)
        && !(next.ends_with("ed") || next.ends_with("ly"))
}

/// Lowercase words that follow a quotation without being a noun it modifies.
const NOT_NOUNS: &[&str] = &[
    "and", "but", "for", "the", "that", "which", "who", "with", "was", "were", "are", "has", "had",
    "have", "will", "would", "could", "should", "can", "may", "might", "must", "not", "from",
    "into", "onto", "than", "then", "when", "while", "because", "after", "before", "about", "over",
    "under", "through", "during", "since", "until", "also", "only", "even", "just", "still", "yet",
    "nor", "its", "his", "her", "their", "our", "out", "off", "all", "any", "some", "one", "this",
    "these", "those", "there", "here", "was", "being", "been",
];

/// The kind of the quotation `m`, and whether it is a term only for being short: no title,
/// naming verb, gloss or modifier made it one (a loose term, which reported speech around it
/// may show to be the speaker's words).
pub(super) fn classify(
    chars: &[char],
    m: &marks::Marked,
    para: &Range<usize>,
    after: Option<&Attribution>,
    before: Option<&Attribution>,
) -> (QuoteKind, bool) {
    let kind = classify_by_rules(chars, m, para, after, before);
    match kind {
        Some(k) => (k, false),
        None => (QuoteKind::Term, true),
    }
}

/// The kind the rules give; `None` for a short quotation no rule claims.
fn classify_by_rules(
    chars: &[char],
    m: &marks::Marked,
    para: &Range<usize>,
    after: Option<&Attribution>,
    before: Option<&Attribution>,
) -> Option<QuoteKind> {
    let text: String = chars[m.span.clone()].iter().collect();
    let words = text.split_whitespace().count();
    let last = text.trim_end().chars().last().unwrap_or(' ');
    let ends_punct = ".,!?…—-;".contains(last);
    let starts_upper = text
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase);
    // Only the words just before the mark matter here; a long paragraph is not copied.
    let prefix: String = chars[para.start.max(m.open.saturating_sub(80))..m.open]
        .iter()
        .collect();
    let prefix = prefix.trim_end();
    let embedded = prefix
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == '’' || c == '\'');
    let lower_prefix = prefix.to_lowercase();
    let term_cue = TERM_CUES.iter().any(|cue| {
        let Some(before) = lower_prefix.strip_suffix(cue) else {
            return false;
        };
        // "which he called “fair and generous.”": a verb with its subject before it is the
        // speaker's judgement of a thing named before, not a name given to it.
        let subject = matches!(
            before.split_whitespace().last(),
            Some("he" | "she" | "they" | "we" | "i" | "you")
        ) && matches!(
            *cue,
            "called" | "dubbed" | "termed" | "branded" | "labeled" | "labelled"
        );
        before.chars().last().is_none_or(|c| !c.is_alphanumeric()) && !subject
    });
    // "The tagline? “…”", "the new motto: “…”": a motto set off by a colon or a question.
    let motto = {
        let bare = lower_prefix.trim_end_matches(['?', ':', '–', '—', '-', ' ']);
        bare.len() < lower_prefix.len()
            && bare
                .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
                .is_some_and(|w| MOTTO_NOUNS.contains(&w))
    };
    if motto && words <= 12 {
        return Some(QuoteKind::Term);
    }
    // A work's title may be long ("the ebook “Ten Ways to Read a Tide Table at Night”"): in
    // capitals, with no sentence's end, it is a title still.
    let long_title = starts_upper && !ends_punct && words <= 12;
    if term_cue && (words <= 6 || long_title) {
        return Some(QuoteKind::Term);
    }
    // "阿妹豆花, “Amei's tofu pudding”": a gloss that translates a word in another script.
    let gloss = prefix
        .strip_suffix(',')
        .or_else(|| prefix.strip_suffix('('))
        .and_then(|p| p.trim_end().chars().last())
        .is_some_and(|c| c.is_alphabetic() && !c.is_ascii() && !is_latin(c));
    if gloss && words <= 6 {
        return Some(QuoteKind::Term);
    }
    // "the “open harbour” policy", "his "tough on crime" stance": a phrase between a
    // determiner and the noun it modifies names something; nobody is quoted.
    if words <= 6 && !ends_punct && modifies_noun(chars, m, para, prefix) {
        return Some(QuoteKind::Term);
    }
    // "a song like “Harbour,”", "the use of “Tide.”": one capitalised word right after a
    // preposition is a name or a title.
    let titled = title_case(&text);
    let after_preposition =
        last_word(prefix).is_some_and(|w| NAME_PREPOSITIONS.contains(&w.as_str()));
    if words == 1 && after_preposition && titled {
        return Some(QuoteKind::Term);
    }
    // "Morning Joe", "State of the Union.": a short phrase in title case names a work or a show;
    // but a quotation that is a sentence of its own ("… he said. “Thanks.”") was said.
    if titled
        && !own_sentence(chars, m, para, prefix)
        && (words >= 2 || (after.is_none() && before.is_none()))
    {
        return Some(QuoteKind::Term);
    }
    // "called the approach “water diplomacy”": a naming verb with its object just before.
    let named = before.is_some_and(|b| {
        NAMING_VERBS.contains(&b.cue.text.to_lowercase().as_str())
            && chars[b.cue.span.end.min(m.open)..m.open]
                .iter()
                .collect::<String>()
                .split_whitespace()
                .count()
                <= 3
    });
    if named && words <= 4 && !ends_punct {
        // "the board called it “reckless”", "called the plan a “disaster”": a judgement
        // of something already named is the speaker's words; "called the approach “water
        // diplomacy”" names it.
        let between: String = before.map_or(String::new(), |b| {
            chars[b.cue.span.end.min(m.open)..m.open].iter().collect()
        });
        let last = between
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase();
        // "called the ruling “disappointing”": one lowercase word shaped like an adjective
        // judges too.
        let adjective = words == 1
            && !starts_upper
            && [
                "ing", "ful", "ous", "ive", "able", "ible", "al", "ic", "less", "ed", "ent", "ant",
                "ish",
            ]
            .iter()
            .any(|x| text.trim().ends_with(x));
        // "what she called “a fair deal”": the verb's subject right before it judges.
        let subject = before.is_some_and(|b| {
            let lo = b.cue.span.start.saturating_sub(12);
            let w: String = chars[lo..b.cue.span.start].iter().collect();
            matches!(
                w.split_whitespace().last(),
                Some("he" | "she" | "they" | "we" | "I")
            )
        });
        let judged = adjective
            || subject
            || matches!(last.as_str(), "it" | "them" | "him" | "her" | "a" | "an");
        return Some(if judged {
            QuoteKind::Partial
        } else {
            QuoteKind::Term
        });
    }
    if m.continues || (!embedded && (words >= 4 || (starts_upper && ends_punct))) {
        return Some(QuoteKind::Direct);
    }
    let attributed = after.is_some() || before.is_some();
    if embedded && starts_upper && ends_punct && words >= 4 {
        return Some(QuoteKind::Direct);
    }
    ((attributed && (words >= 2 || ends_punct)) || words >= 6).then_some(QuoteKind::Partial)
}

/// The quotation is a sentence by itself: it opens the paragraph or follows a sentence's end,
/// ends with a full stop inside its marks, and the paragraph ends or a new sentence starts after it.
fn own_sentence(chars: &[char], m: &marks::Marked, para: &Range<usize>, prefix: &str) -> bool {
    let Some(close) = m.close else {
        return false;
    };
    let opens = prefix.is_empty() || prefix.ends_with(['.', '!', '?', '”', '"']);
    let stops = chars[m.span.clone()]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        == Some(&'.');
    let next = chars[(close + 1).min(para.end)..para.end]
        .iter()
        .find(|c| !c.is_whitespace());
    opens && stops && next.is_none_or(|c| c.is_uppercase() || matches!(c, '“' | '"'))
}

/// A naming verb ("called", "dubbed"): what follows names a thing, nobody is quoted.
pub(super) fn is_naming_verb(word: &str) -> bool {
    NAMING_VERBS.contains(&word)
}
