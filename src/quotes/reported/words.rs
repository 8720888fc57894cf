//! The word lists of reported speech: auxiliaries, verbs that tell or take particles, words
//! that open clauses, and the days and months of time adjuncts.

use super::*;
pub(super) use crate::quotes::lexicon::MONTHS;

/// Auxiliaries, negation and adverbs that stand between a source and its verb, and belong to
/// the cue: "has said", "did not say", "would later argue".
#[rustfmt::skip]
pub(super) static AUXILIARIES: WordSet = WordSet::new(&[
    "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "may",
    "might", "should", "must", "shall", "did", "does", "do", "not", "never", "also", "later",
    "again", "once", "first", "previously", "recently", "repeatedly", "often", "long", "still",
    "already", "even", "now", "then", "just", "only", "privately", "publicly", "openly", "too",
    "didn't", "don't", "doesn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't",
    "hasn't", "haven't", "hadn't", "aren't", "weren't", "shouldn't", "cannot", "reportedly",
    "been",
]);

/// Verbs whose first object is the person told, not what was said: "told reporters that …".
#[rustfmt::skip]
pub(super) static TELLING: WordSet = WordSet::new(&[
    "told", "tell", "tells", "telling", "assured", "assures", "assuring", "informed", "informs",
    "reminded", "reminds", "warned", "warns", "warning", "convinced", "notified", "promised",
    "promises", "briefed", "advised",
]);

/// Participles after a comma that report more of what the subject said: "…, adding that …".
#[rustfmt::skip]
pub(super) static PARTICIPLES: WordSet = WordSet::new(&[
    "saying", "adding", "noting", "arguing", "claiming", "insisting", "warning", "explaining",
    "suggesting", "asserting", "stressing", "acknowledging", "calling", "citing", "telling",
    "writing", "declaring", "announcing", "predicting", "urging", "accusing", "describing",
    "contending", "maintaining", "complaining", "promising", "vowing", "pointing", "asking",
    "emphasizing", "emphasising", "recalling", "admitting", "conceding", "observing",
    "indicating", "signaling", "signalling", "hinting", "demanding", "threatening",
    "referring", "alluding",
]);

/// Lowercase words that open a clause, so a phrase after them can be its subject.
#[rustfmt::skip]
pub(super) static CLAUSE_OPENERS: WordSet = WordSet::new(&[
    "and", "but", "or", "so", "yet", "that", "because", "as", "when", "while", "if", "although",
    "though", "since", "after", "before", "where", "whereas", "until", "unless", "now", "which",
    "who", "whom",
]);

/// Words that cannot be the whole of a source.
#[rustfmt::skip]
pub(super) static NOT_SOURCES: WordSet = WordSet::new(&[
    "it", "this", "that", "there", "here", "which", "what", "who", "one", "all", "some", "many",
    "most", "few", "each", "both", "either", "neither", "nothing", "everything", "something",
    "anything", "time", "year", "years", "day", "days", "week", "month", "today", "yesterday",
]);

#[rustfmt::skip]
pub(super) static LIGHT_VERBS: WordSet = WordSet::new(&[
    "voice", "voices", "voiced", "voicing", "raise", "raises", "raised", "raising", "express",
    "expresses", "expressed", "expressing", "cast", "casts", "casting",
]);

#[rustfmt::skip]
pub(super) static STANCE_NOUNS: WordSet = WordSet::new(&[
    "concern", "concerns", "doubt", "doubts", "fear", "fears", "hope", "hopes", "worry",
    "worries", "alarm", "frustration", "support", "opposition", "skepticism", "scepticism",
    "confidence", "optimism", "pessimism", "anger", "outrage", "dismay", "regret", "questions",
    "objections", "reservations", "misgivings",
]);

/// Verbs whose prepositions are not part of the cue.
#[rustfmt::skip]
pub(super) static NO_PARTICLES: WordSet = WordSet::new(&[
    "say", "says", "said", "saying", "respond", "responds", "responded", "responding", "note",
    "notes", "noted", "noting", "write", "writes", "wrote", "writing", "written", "conclude",
    "concludes", "concluded", "add", "adds", "added", "adding", "report", "reported", "reports",
    "tweet", "tweeted", "tweets", "tell", "tells", "told", "telling", "explain", "explained",
    "explains", "announce", "announced", "announces", "state", "stated", "declare", "declared",
]);

/// Verbs that take "to" before what they report: "pointed to", "referred to".
pub(super) static TO_VERBS: WordSet = WordSet::new(&[
    "point",
    "points",
    "pointed",
    "pointing",
    "refer",
    "refers",
    "referred",
    "referring",
    "object",
    "objects",
    "objected",
    "allude",
    "alludes",
    "alluded",
    "react",
    "reacts",
    "reacted",
    "appeal",
    "appealed",
    "admit",
    "admits",
    "admitted",
    "testified",
    "testify",
    "confessed",
]);

/// Verbs that report speech or thought only with a clause after them.
#[rustfmt::skip]
pub(super) static WEAK: WordSet = WordSet::new(&[
    "telling", "find", "finds", "found", "finding", "prove", "proves", "proved", "proving",
    "express", "expresses", "expressed", "expressing", "decide", "decides", "decided", "pledge",
    "pledges", "pledged", "seek", "seeks", "sought", "seeking", "endorse", "endorses",
    "held", "hold", "holds", "welcome", "welcomes", "welcomed",
    "mean", "means", "meant", "read", "reads", "offer", "offered", "offers",
    "accept", "accepts", "accepted", "answer", "answered", "name", "named", "detail", "detailed",
    "details", "seem", "seems", "seemed", "appear", "appears", "appeared", "decline", "declines",
    "declined", "refuse", "refuses", "refused",
]);

/// Prepositions that open no content: what follows them says where or when.
pub(super) static PREPOSITIONS: WordSet = WordSet::new(&[
    "at", "in", "on", "during", "with", "from", "after", "before", "for", "by", "into", "over",
    "since", "through", "outside", "inside", "about", "of", "as", "among", "across", "around",
    "near", "under", "upon", "without", "within", "toward", "towards", "against", "between", "up",
    "down", "back", "off", "away",
]);

/// Words after a comma that open a clause of contrast or time, outside the content.
pub(super) static CONTRASTS: WordSet = WordSet::new(&["while", "though", "although", "whereas"]);

/// Capitalised words that open a sentence without being part of its subject.
#[rustfmt::skip]
pub(super) static OPENING_WORDS: WordSet = WordSet::new(&[
    "but", "and", "or", "so", "yet", "after", "while", "though", "although", "even", "now",
    "still", "also", "then", "when", "if", "as", "because", "since", "at", "in", "on", "of",
    "for", "with", "by", "from", "meanwhile", "however", "instead", "indeed", "still", "thus",
    "before", "during", "until", "once", "where", "whereas", "unless", "like",
]);

/// Verbs of stance whose content is their object: "endorsed Ana Diaz", "criticized the plan".
#[rustfmt::skip]
pub(super) static OBJECT_VERBS: WordSet = WordSet::new(&[
    "endorse", "endorses", "endorsed", "attacked", "criticize", "criticizes", "criticized",
    "criticise", "criticises", "criticised", "praise", "praises", "praised", "support",
    "supports", "supported", "oppose", "opposes", "opposed", "backed", "condemn", "condemns",
    "condemned", "denounce", "denounces", "denounced", "blamed", "slammed", "applauded",
    "defended", "rejected", "rejects", "mocked", "welcomed", "hailed", "questioned",
]);

/// A word that only says when: a day, a month, a part of the day, "today", "tonight".
pub(super) fn is_time_word(w: &str) -> bool {
    super::DAYS.contains(&w)
        || MONTHS.contains(&w)
        || matches!(
            w,
            "today"
                | "tonight"
                | "tomorrow"
                | "yesterday"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "weekend"
        )
}
