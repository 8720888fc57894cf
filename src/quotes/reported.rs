//! Reported speech: what a source said, wrote, thought or showed, in the text's own words
//! ("Lund said the bridge would reopen", "the bridge will reopen, Lund said", "according to
//! the ministry, the bridge …"). Each attribution has its content (one or two pieces), its
//! source phrase and its cue, which takes the auxiliaries, negation and adverbs between the
//! source and the verb ("has long argued", "did not say"), as news annotation does.

use super::attribution::{
    Attribution, Phrase, is_double_mark, noun_after_determiner, np_backward, np_forward, phrase,
};
use super::lexicon::{WordSet, is_report_verb};
use super::tokens::{Tok, ends_sentence};
use std::ops::Range;

/// One reported attribution found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    /// The content's pieces, in text order, as char spans trimmed of outer punctuation.
    pub content: Vec<Range<usize>>,
    pub attribution: Attribution,
}

/// Auxiliaries, negation and adverbs that stand between a source and its verb, and belong to
/// the cue: "has said", "did not say", "would later argue".
#[rustfmt::skip]
static AUXILIARIES: WordSet = WordSet::new(&[
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
static TELLING: WordSet = WordSet::new(&[
    "told", "tell", "tells", "telling", "assured", "assures", "assuring", "informed", "informs",
    "reminded", "reminds", "warned", "warns", "warning", "convinced", "notified", "promised",
    "promises", "briefed", "advised",
]);

/// Participles after a comma that report more of what the subject said: "…, adding that …".
#[rustfmt::skip]
static PARTICIPLES: WordSet = WordSet::new(&[
    "saying", "adding", "noting", "arguing", "claiming", "insisting", "warning", "explaining",
    "suggesting", "asserting", "stressing", "acknowledging", "calling", "citing", "telling",
    "writing", "declaring", "announcing", "predicting", "urging", "accusing", "describing",
    "contending", "maintaining", "complaining", "promising", "vowing", "pointing", "asking",
    "emphasizing", "emphasising", "recalling", "admitting", "conceding", "observing",
    "indicating", "signaling", "signalling", "hinting", "demanding", "threatening",
]);

/// Lowercase words that open a clause, so a phrase after them can be its subject.
#[rustfmt::skip]
static CLAUSE_OPENERS: WordSet = WordSet::new(&[
    "and", "but", "or", "so", "yet", "that", "because", "as", "when", "while", "if", "although",
    "though", "since", "after", "before", "where", "whereas", "until", "unless", "now", "which",
    "who", "whom",
]);

/// Words that cannot be the whole of a source.
#[rustfmt::skip]
static NOT_SOURCES: WordSet = WordSet::new(&[
    "it", "this", "that", "there", "here", "which", "what", "who", "one", "all", "some", "many",
    "most", "few", "each", "both", "either", "neither", "nothing", "everything", "something",
    "anything", "time", "year", "years", "day", "days", "week", "month", "today", "yesterday",
]);

fn is_aux(t: &Tok) -> bool {
    t.is_word && !t.capitalised() && AUXILIARIES.contains(&t.lower.as_str())
}

/// A word that can be the cue verb of reported speech at `i`.
fn is_cue_verb(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let phrasal = matches!(
        t.lower.as_str(),
        "point" | "points" | "pointed" | "pointing"
    ) && toks
        .get(i + 1)
        .is_some_and(|n| matches!(n.lower.as_str(), "out" | "to"));
    let light = LIGHT_VERBS.contains(&t.lower.as_str())
        && toks
            .get(i + 1)
            .is_some_and(|n| STANCE_NOUNS.contains(&n.lower.as_str()));
    t.is_word
        && !t.capitalised()
        && (is_report_verb(&t.lower) || phrasal || light)
        && !noun_after_determiner(toks, i)
        // passive: "was criticised by"
        && toks.get(i + 1).is_none_or(|n| n.lower != "by")
}

#[rustfmt::skip]
static LIGHT_VERBS: WordSet = WordSet::new(&[
    "voice", "voices", "voiced", "voicing", "raise", "raises", "raised", "raising", "express",
    "expresses", "expressed", "expressing", "cast", "casts", "casting",
]);

#[rustfmt::skip]
static STANCE_NOUNS: WordSet = WordSet::new(&[
    "concern", "concerns", "doubt", "doubts", "fear", "fears", "hope", "hopes", "worry",
    "worries", "alarm", "frustration", "support", "opposition", "skepticism", "scepticism",
    "confidence", "optimism", "pessimism", "anger", "outrage", "dismay", "regret", "questions",
    "objections", "reservations", "misgivings",
]);

/// Verbs whose prepositions are not part of the cue.
#[rustfmt::skip]
static NO_PARTICLES: WordSet = WordSet::new(&[
    "say", "says", "said", "saying", "respond", "responds", "responded", "responding", "note",
    "notes", "noted", "noting", "write", "writes", "wrote", "writing", "written", "conclude",
    "concludes", "concluded", "add", "adds", "added", "adding", "report", "reported", "reports",
    "tweet", "tweeted", "tweets", "tell", "tells", "told", "telling", "explain", "explained",
    "explains", "announce", "announced", "announces", "state", "stated", "declare", "declared",
]);

/// Verbs that take "to" before what they report: "pointed to", "referred to".
static TO_VERBS: WordSet = WordSet::new(&[
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

/// The end (exclusive) of the particles a cue verb at `v` takes before its content: "called
/// for", "warned of", "talked about", "lashed out at", "pointed out".
fn particles_end(s: &[Tok], v: usize) -> usize {
    let mut k = v + 1;
    // "voiced concerns that", "raised doubts that", "expressed hope that"
    if LIGHT_VERBS.contains(&s[v].lower.as_str())
        && s.get(k)
            .is_some_and(|t| STANCE_NOUNS.contains(&t.lower.as_str()))
    {
        k += 1;
        if s.get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "about" | "over" | "for" | "of"))
        {
            k += 1;
        }
        return k;
    }
    if s.get(k).is_some_and(|t| t.lower == "out") {
        k += 1;
        if s.get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "at" | "against"))
        {
            k += 1;
        }
        return k;
    }
    if NO_PARTICLES.contains(&s[v].lower.as_str()) {
        // "said of the plan", "wrote on her blog": what follows is whom or where.
        return k;
    }
    match s.get(k).map(|t| t.lower.as_str()) {
        Some("on")
            if s.get(k + 1).is_some_and(|t| {
                DAYS.contains(&t.lower.as_str()) || MONTHS.contains(&t.lower.as_str())
            }) =>
        {
            k
        }
        Some("about" | "of" | "for" | "against" | "on" | "as") => k + 1,
        Some("to") if TO_VERBS.contains(&s[v].lower.as_str()) => k + 1,
        _ => k,
    }
}

/// Verbs that report speech or thought only with a clause after them.
#[rustfmt::skip]
static WEAK: WordSet = WordSet::new(&[
    "telling", "find", "finds", "found", "finding", "prove", "proves", "proved", "proving",
    "express", "expresses", "expressed", "expressing", "decide", "decides", "decided", "pledge",
    "pledges", "pledged", "seek", "seeks", "sought", "seeking", "endorse", "endorses", "endorsed",
    "held", "hold", "holds", "welcome", "welcomes", "welcomed", "support", "supports",
    "supported", "mean", "means", "meant", "read", "reads", "offer", "offered", "offers",
    "accept", "accepts", "accepted", "answer", "answered", "name", "named", "detail", "detailed",
    "details", "seem", "seems", "seemed", "appear", "appears", "appeared", "decline", "declines",
    "declined", "refuse", "refuses", "refused",
]);

/// Prepositions that open no content: what follows them says where or when.
static PREPOSITIONS: WordSet = WordSet::new(&[
    "at", "in", "on", "during", "with", "from", "after", "before", "for", "by", "into", "over",
    "since", "through", "outside", "inside", "about", "of", "as", "among", "across", "around",
    "near", "under", "upon", "without", "within", "toward", "towards", "against", "between", "up",
    "down", "back", "off", "away",
]);

/// For each token of a sentence, whether it lies inside quotation marks: the quoted spans,
/// and passages between doubled single marks (`''…''`), which some archives use for quotes.
fn inside_marks(s: &[Tok], quoted: &[Range<usize>]) -> Vec<bool> {
    let mut open = false;
    let mut out = Vec::with_capacity(s.len());
    let mut k = 0;
    while k < s.len() {
        let doubled = s[k].is_punct('\'')
            && s.get(k + 1)
                .is_some_and(|n| n.is_punct('\'') && n.span.start == s[k].span.end);
        if doubled {
            // The marks themselves stand outside, as the quoted spans leave theirs out.
            out.push(false);
            out.push(false);
            open = !open;
            k += 2;
            continue;
        }
        out.push(open || in_quotes(quoted, &s[k]));
        k += 1;
    }
    out
}

/// Whether a token lies inside one of the quoted spans.
fn in_quotes(quoted: &[Range<usize>], t: &Tok) -> bool {
    let k = quoted.partition_point(|r| r.end <= t.span.start);
    quoted.get(k).is_some_and(|r| r.start <= t.span.start)
}

/// Every reported attribution in one paragraph's tokens. `quoted` holds the spans between
/// quotation marks in text order; words inside them are someone's own words, not reported.
pub fn find(chars: &[char], toks: &[Tok], quoted: &[Range<usize>]) -> Vec<Reported> {
    let mut out = Vec::new();
    let inside = inside_marks(toks, quoted);
    let mut start = 0;
    for i in 0..toks.len() {
        if i < start {
            continue;
        }
        // A full stop inside a quotation ends no sentence of the writer's: the quotation and
        // the attribution after it stay together.
        if (ends_sentence(toks, i) && !inside[i]) || i + 1 == toks.len() {
            // A closing mark or bracket right after the full stop belongs to this sentence.
            let mut end = i + 1;
            while toks.get(end).is_some_and(|t| {
                (is_double_mark(t) || t.is_punct(')')) && t.span.start == toks[end - 1].span.end
            }) {
                end += 1;
            }
            sentence(chars, toks, start..end, &inside[start..end], &mut out);
            start = end;
        }
    }
    out
}

/// The attributions of one sentence, tokens `range` of the paragraph.
fn sentence(
    chars: &[char],
    all: &[Tok],
    range: Range<usize>,
    inside: &[bool],
    out: &mut Vec<Reported>,
) {
    let s = &all[range];
    if s.len() < 3 {
        return;
    }
    // The sentence's last word: closing punctuation stays out of the content.
    let Some(last_word) = s.iter().rposition(|t| t.is_word) else {
        return;
    };
    let first_found = out.len();
    let mut taken_until = 0;
    let mut any_found = false;
    let mut i = 0;
    while i < s.len() {
        if i < taken_until || inside[i] {
            i += 1;
            continue;
        }
        // "…, Lund told reporters, according to the agency": the agency relays what Lund
        // said (an outlet, not another voice).
        let relay = any_found;
        let found = (!relay)
            .then(|| according_to(s, i, last_word, chars))
            .flatten()
            .or_else(|| {
                (is_cue_verb(s, i))
                    .then(|| at_verb(s, i, last_word, inside, chars))
                    .flatten()
            })
            .or_else(|| participle(s, i, last_word, &out[first_found..], chars));
        if let Some((r, next)) = found {
            any_found = true;
            // Only the source and cue are passed over: the content may report another voice
            // ("Lund said the survey shows …").
            taken_until = next.min(i + 1);
            if keep(&r, chars) {
                out.push(r);
            }
        }
        i += 1;
    }
}

/// Whether an attribution is worth showing: it has content words, and is not a quotation
/// already shown as one (content wholly inside quotation marks).
fn keep(r: &Reported, chars: &[char]) -> bool {
    let words: usize = r
        .content
        .iter()
        .map(|c| chars[c.clone()].split(|c| c.is_whitespace()).count())
        .sum();
    if words == 0 || r.content.iter().any(|c| c.is_empty()) {
        return false;
    }
    // Every piece opens and closes with a quotation mark: a direct quotation, found already.
    !r.content.iter().all(|c| {
        let open = c.start.checked_sub(1).and_then(|k| chars.get(k));
        let starts =
            chars.get(c.start).is_some_and(|&x| is_mark(x)) || open.is_some_and(|&x| is_mark(x));
        let last = chars[c.clone()].iter().rev().find(|x| !x.is_whitespace());
        let ends =
            last.is_some_and(|&x| is_mark(x)) || chars.get(c.end).is_some_and(|&x| is_mark(x));
        starts && ends
    })
}

fn is_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// The char span of tokens `range`, trimmed of punctuation at both ends (quotation marks stay
/// when they enclose words).
fn span_of(s: &[Tok], range: Range<usize>) -> Option<Range<usize>> {
    let mut a = range.start;
    let mut b = range.end.min(s.len());
    while a < b && !s[a].is_word && !is_double_mark(&s[a]) {
        a += 1;
    }
    while b > a && !s[b - 1].is_word && !is_double_mark(&s[b - 1]) && !s[b - 1].is_punct(')') {
        b -= 1;
    }
    if !(a < b && s[a..b].iter().any(|t| t.is_word)) {
        return None;
    }
    // A quotation opened inside the content closes inside it: `is "out of control."` takes
    // the closing mark past the full stop.
    if s[a..b].iter().filter(|t| is_double_mark(t)).count() % 2 == 1
        && let Some(k) = (b..s.len().min(b + 3)).find(|&k| is_double_mark(&s[k]))
        && s[b..k].iter().all(|t| !t.is_word)
    {
        b = k + 1;
    }
    Some(s[a].span.start..s[b - 1].span.end)
}

/// Where the content that starts at `from` ends (exclusive): the sentence's end, or a comma
/// that opens another attribution (", according to …", ", adding …", ", Lund said").
fn content_end(s: &[Tok], from: usize, last_word: usize) -> usize {
    let mut k = from;
    while k <= last_word {
        let t = &s[k];
        if t.is_punct(',') || t.is_punct(';') || is_dash_tok(t) {
            // `"…," adding`: past a closing mark right after the comma.
            let skip = usize::from(s.get(k + 1).is_some_and(is_double_mark));
            let n = s.get(k + 1 + skip);
            if n.is_some_and(|n| n.lower == "according")
                && s.get(k + 2 + skip).is_some_and(|n| n.lower == "to")
            {
                return k + skip;
            }
            if n.is_some_and(|n| PARTICIPLES.contains(&n.lower.as_str())) {
                return k + skip;
            }
            if t.is_punct(';') || is_dash_tok(t) {
                return k;
            }
            // ", while …", ", though …": a clause of the writer's.
            if n.is_some_and(|n| {
                n.is_word && !n.capitalised() && CONTRASTS.contains(&n.lower.as_str())
            }) {
                return k;
            }
        }
        // " -- ": a dash typed as two hyphens.
        if t.is_punct('-') && s.get(k + 1).is_some_and(|n| n.is_punct('-')) && k > from {
            return k;
        }
        // "… and accused him of …": the source's next act is an attribution of its own.
        if k > from
            && t.is_word
            && matches!(t.lower.as_str(), "and" | "but")
            && verb_follows(s, k + 1)
        {
            return if s[k - 1].is_punct(',') { k - 1 } else { k };
        }
        // "…, even some officials are wondering …": another source's clause.
        if k > from
            && s[from].lower != "that"
            && t.is_punct(',')
            && let Some(e) = np_forward(s, k + 1)
            && verb_follows(s, e)
        {
            return k;
        }
        k += 1;
    }
    last_word + 1
}

/// A cue verb at `k`, after any auxiliaries and adverbs.
fn verb_follows(s: &[Tok], mut k: usize) -> bool {
    let start = k;
    while k < s.len() && k - start < 3 && (is_aux(&s[k]) || is_ly_adverb(&s[k])) {
        k += 1;
    }
    k < s.len() && is_cue_verb(s, k)
}

/// Words after a comma that open a clause of contrast or time, outside the content.
static CONTRASTS: WordSet = WordSet::new(&["while", "though", "although", "whereas"]);

fn is_dash_tok(t: &Tok) -> bool {
    !t.is_word && matches!(t.first, '—' | '–')
}

/// The start of the cue: the auxiliaries and adverbs just before the verb at `v`.
fn cue_start(s: &[Tok], v: usize) -> usize {
    let mut k = v;
    while k > 0 && (is_aux(&s[k - 1]) || is_ly_adverb(&s[k - 1])) && v - k < 4 {
        k -= 1;
    }
    k
}

/// Where the cue's words start in the verb group `from..=v`: a manner adverb alone before the
/// verb describes the saying ("ultimately said") and stays out; with an auxiliary the whole
/// group is the cue ("has repeatedly said").
fn cue_words_start(s: &[Tok], from: usize, v: usize) -> usize {
    let mut k = from;
    while k < v && is_ly_adverb(&s[k]) {
        k += 1;
    }
    k
}

fn is_ly_adverb(t: &Tok) -> bool {
    t.is_word && !t.capitalised() && t.lower.ends_with("ly") && t.lower.chars().count() > 4
}

/// A source phrase ending at token `last` (inclusive) that opens its clause, with any
/// appositive or parenthesis it carries ("Ana Ruiz, a spokeswoman for the port,", "Sen. Jo Lee
/// (D-Nor.)"), or followed by a short adjunct ("Lund on Monday said"). Returns the phrase's
/// tokens and the appositive's.
fn source_before(s: &[Tok], last: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
    if s[last].is_punct(')') {
        let p = (last.saturating_sub(12)..last)
            .rev()
            .find(|&k| s[k].is_punct('('))?;
        let start = head_before(s, p.checked_sub(1)?)?;
        return Some((start..last + 1, None));
    }
    if s[last].is_punct(',') {
        // The appositive runs back to the comma after the name: try the nearest comma first.
        let lo = last.saturating_sub(40);
        let mut commas = 0;
        for p in (lo..last).rev() {
            if ends_sentence(s, p) || is_double_mark(&s[p]) {
                break;
            }
            if !s[p].is_punct(',') {
                continue;
            }
            commas += 1;
            if commas > 3 {
                break;
            }
            // "Sen. Jo Lee (D-Nor.), a member of …": past the parenthesis to the name.
            let name_last = match p.checked_sub(1) {
                Some(q) if s[q].is_punct(')') => (q.saturating_sub(12)..q)
                    .rev()
                    .find(|&k| s[k].is_punct('('))
                    .and_then(|k| k.checked_sub(1)),
                q => q,
            };
            if let Some(start) = name_last.and_then(|q| head_before(s, q))
                && s[start..p]
                    .iter()
                    .any(|t| t.capitalised() || is_pronoun_tok(t))
                && p + 1 < last
            {
                return Some((start..p, Some(p + 1..last)));
            }
        }
        return None;
    }
    if let Some(start) = head_before(s, last) {
        return Some((start..last + 1, None));
    }
    // A subject with words after its head ("an official familiar with the talks", "those who
    // back the plan"): the whole opening of the sentence, when it is short and plain.
    let mut from = 0;
    while s
        .get(from)
        .is_some_and(|t| OPENING_WORDS.contains(&t.lower.as_str()) && t.capitalised())
    {
        from += 1;
    }
    let plain = last >= from
        && last - from < 14
        && s[from..=last]
            .iter()
            .all(|t| t.is_word || is_title_dot(s, t))
        && (s[from].capitalised()
            || super::attribution::DETERMINERS.contains(&s[from].lower.as_str()));
    // The head comes first, then what follows it: "an official familiar with", "voters in".
    let head_end = np_forward(s, from).unwrap_or(from);
    let modified = head_end > from
        && head_end <= last
        && matches!(
            s[head_end].lower.as_str(),
            "familiar" | "close" | "of" | "in" | "from" | "at" | "with" | "who" | "for" | "on"
        );
    if plain && modified {
        return Some((from..last + 1, None));
    }
    // "Lund on Monday said", "the ministry in a statement said"
    let p = (last.saturating_sub(5)..last).rev().find(|&k| {
        matches!(
            s[k].lower.as_str(),
            "on" | "in" | "at" | "during" | "last" | "this"
        )
    })?;
    let start = head_before(s, p.checked_sub(1)?)?;
    Some((start..p, None))
}

/// A pronoun with its auxiliary written on ("he's", "they've", "she'd") before the verb
/// `verb`: the pronoun as the source and the auxiliary with the verb as the cue.
fn contracted_subject(t: &Tok, verb: &Tok, chars: &[char]) -> Option<(Phrase, Phrase)> {
    let (stem, _) = t.lower.split_once('\'')?;
    if !matches!(stem, "he" | "she" | "they" | "we" | "i" | "it" | "you") {
        return None;
    }
    let cut = t.span.start + stem.chars().count();
    let text = |r: Range<usize>| chars[r].iter().collect::<String>();
    Some((
        Phrase {
            span: t.span.start..cut,
            text: text(t.span.start..cut),
        },
        Phrase {
            span: cut..verb.span.end,
            text: text(cut..verb.span.end),
        },
    ))
}

fn is_title_dot(s: &[Tok], t: &Tok) -> bool {
    let k = s.partition_point(|x| x.span.start < t.span.start);
    super::attribution::is_title_dot(s, k)
}

fn is_pronoun_tok(t: &Tok) -> bool {
    t.is_word && super::attribution::PRONOUNS.contains(&t.lower.as_str())
}

/// Capitalised words that open a sentence without being part of its subject.
#[rustfmt::skip]
static OPENING_WORDS: WordSet = WordSet::new(&[
    "but", "and", "or", "so", "yet", "after", "while", "though", "although", "even", "now",
    "still", "also", "then", "when", "if", "as", "because", "since", "at", "in", "on", "of",
    "for", "with", "by", "from", "meanwhile", "however", "instead", "indeed", "still", "thus",
    "before", "during", "until", "once", "where", "whereas", "unless", "like",
]);

/// The first token of a noun phrase ending at `last` that opens its clause.
fn head_before(s: &[Tok], last: usize) -> Option<usize> {
    let start = head_only(s, last)?;
    // "diplomats and UN officials": both speak.
    if start >= 2
        && s[start - 1].lower == "and"
        && let Some(first) = head_only(s, start - 2)
    {
        return Some(first);
    }
    Some(start)
}

/// The first token of a noun phrase ending at `last` that opens its clause, without joining
/// phrases.
fn head_only(s: &[Tok], last: usize) -> Option<usize> {
    let mut start = np_backward(s, last)?;
    // "But officials", "After Lund": the sentence's opening word is not the source's.
    while start < last && s[start].capitalised() && OPENING_WORDS.contains(&s[start].lower.as_str())
    {
        start += 1;
    }
    // "Lund made an unusual": a verb swallowed into the phrase; its object is no source.
    if let Some(d) = (start + 1..=last).find(|&k| {
        matches!(s[k].lower.as_str(), "a" | "an" | "the")
            && !s[k].capitalised()
            && !matches!(s[k - 1].lower.as_str(), "of" | "and" | "for" | "at" | "in")
    }) && !s[start..d]
        .iter()
        .all(|t| t.capitalised() || t.lower == "of" || t.lower.ends_with("'s"))
    {
        start = d;
    }
    let head = &s[start];
    if start == last && NOT_SOURCES.contains(&head.lower.as_str()) && head.lower != "it" {
        return None;
    }
    let opens = start == 0
        || s[start - 1].is_punct(',')
        || s[start - 1].is_punct('(')
        || s[start - 1].is_punct(';')
        || s[start - 1].is_punct(':')
        || is_quote_tok(&s[start - 1])
        || is_dash_tok(&s[start - 1])
        || (s[start - 1].is_word && CLAUSE_OPENERS.contains(&s[start - 1].lower.as_str()));
    opens.then_some(start)
}

/// A quotation mark, double or single (`''` is written as two single ones).
fn is_quote_tok(t: &Tok) -> bool {
    is_double_mark(t) || (!t.is_word && matches!(t.first, '\'' | '‘' | '’'))
}

/// The subject that opens the sentence, after any connective: the source of a second verb
/// ("Lund visited the pier and said …").
fn sentence_subject(s: &[Tok], before: usize) -> Option<Range<usize>> {
    let mut from = 0;
    while s.get(from).is_some_and(|t| {
        matches!(t.lower.as_str(), "but" | "and" | "so" | "yet" | "still") || t.is_punct(',')
    }) {
        from += 1;
    }
    let end = np_forward(s, from)?;
    (end < before && s[end].is_word && !s[end].capitalised()).then_some(from..end)
}

/// Attributions at a cue verb `v`: "X said (that) C", "C, X said", "C, said X", and the
/// split "A, X said, B".
fn at_verb(
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
            Reported {
                content: vec![span_of(s, from..end)?],
                attribution: Attribution {
                    speaker: Some(speaker),
                    description: None,
                    cue,
                },
            },
            end,
        ));
    }
    let (src, appositive) = match source_before(s, subj_last) {
        Some(found) => found,
        // "Lund toured the pier and said …": the sentence's subject speaks.
        None if matches!(s[subj_last].lower.as_str(), "and" | "but") => {
            (sentence_subject(s, subj_last)?, None)
        }
        None => return None,
    };
    let cue = phrase(s, cue_words_start(s, c0, v)..v + 1, chars)?;
    let mut speaker = phrase(s, src.clone(), chars);
    let mut description = appositive.and_then(|a| phrase(s, a, chars));
    // "The port's director, Nora Quist, said": the name speaks, the role describes her.
    if let (Some(sp), Some(d)) = (&speaker, &description)
        && super::attribution::looks_like_name(&d.text)
        && !super::attribution::looks_like_name(&sp.text)
    {
        std::mem::swap(&mut speaker, &mut description);
    }
    let description = description.map(|p| p.text);
    let src = src.start;
    // What follows the verb up to the next comma or the end: a short adjunct ("on Monday",
    // "in a statement") leaves the content before the source.
    let mut k = v + 1;
    while k <= last_word && !s[k].is_punct(',') {
        k += 1;
    }
    let tail = &s[v + 1..k];
    // After "said" only where and when; after "told" the person told first.
    let adjunct_from = if TELLING.contains(&s[v].lower.as_str()) {
        np_forward(s, v + 1).unwrap_or(v + 1).min(k) - (v + 1)
    } else {
        0
    };
    let telling = TELLING.contains(&s[v].lower.as_str());
    let tail_is_adjunct = !tail.iter().any(|t| t.lower == "that")
        && particles_end(s, v) == v + 1
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
    let opening = s
        .iter()
        .find(|t| t.is_word)
        .is_some_and(|t| t.capitalised() && PREPOSITIONS.contains(&t.lower.as_str()))
        && !is_quote_tok(&s[0]);
    let after_content = src > 0
        && (s[src - 1].is_punct(',') || is_quote_tok(&s[src - 1]))
        && !inside[src - 1]
        && !opening
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
            pieces.push(b);
        }
        return Some((
            Reported {
                content: pieces,
                attribution: Attribution {
                    speaker,
                    description,
                    cue,
                },
            },
            v + 1,
        ));
    }
    // "X said (that) C": the content follows the verb and its particles.
    let pv = particles_end(s, v);
    let cue = if pv > v + 1 {
        phrase(s, cue_words_start(s, c0, v)..pv, chars)?
    } else {
        cue
    };
    let mut from = pv;
    if from > last_word || s[from].is_punct(':') || s[from].is_punct(',') {
        return None;
    }
    if TELLING.contains(&s[v].lower.as_str()) {
        // Past the person told: "told reporters on Monday that …".
        if let Some(that) = (from..s.len().min(from + 8)).find(|&k| s[k].lower == "that") {
            from = that;
        } else if let Some(e) = np_forward(s, from) {
            if s.get(e).is_some_and(|n| n.lower == "to") {
                // "urged the council to act": the person and what they are to do.
            } else if e <= last_word && s[e].is_word {
                from = e;
            }
        }
    } else if let Some(that) = (from..s.len().min(from + 12))
        .find(|&k| s[k].lower == "that")
        .filter(|&that| {
            s[from..that]
                .iter()
                .all(|t| (t.is_word || t.is_punct('.')) && !is_report_verb(&t.lower))
                && is_adjunct(&s[from..that])
        })
    {
        // "said in a statement that …", "said on Tuesday that …", "argued Friday that …"
        from = that;
    }
    if from == pv {
        from = past_time(s, from, last_word);
    }
    // "the report, which diplomats said had been ready for months": what was said is the
    // relative clause's, its subject the noun the clause hangs on.
    let relative = src > 0 && matches!(s[src - 1].lower.as_str(), "which" | "that" | "who");
    if from > last_word
        || PREPOSITIONS.contains(&s[from].lower.as_str())
        || (AUXILIARIES.contains(&s[from].lower.as_str()) && s[from].lower != "not" && !relative)
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
    if relative && let Some(c) = (from..end).find(|&k| s[k].is_punct(',')) {
        // The relative clause closes at its comma: "the report, which … said had been
        // ready, is …".
        end = c;
    }
    let content = span_of(s, from..end)?;
    Some((
        Reported {
            content: vec![content],
            attribution: Attribution {
                speaker,
                description,
                cue,
            },
        },
        end,
    ))
}

static MONTHS: WordSet = WordSet::new(&[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
]);

static DAYS: WordSet = WordSet::new(&[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
]);

/// Past a time adjunct right after the verb: "said Tuesday the bridge …", "said on Monday
/// night the bridge …", "said last week the bridge …".
fn past_time(s: &[Tok], from: usize, last_word: usize) -> usize {
    let mut k = from;
    if s.get(k).is_some_and(|t| t.lower == "on")
        && s.get(k + 1)
            .is_some_and(|t| DAYS.contains(&t.lower.as_str()))
    {
        k += 1;
    }
    if s.get(k).is_some_and(|t| DAYS.contains(&t.lower.as_str())) {
        k += 1;
        if s.get(k).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "night" | "morning" | "afternoon" | "evening"
            )
        }) {
            k += 1;
        }
    } else if s
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "last" | "this"))
        && s.get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "week" | "month" | "year" | "weekend"))
    {
        k += 2;
    } else if s.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "yesterday" | "today" | "recently" | "earlier"
        )
    }) {
        k += 1;
    }
    if s.get(k).is_some_and(|t| t.lower == "that") || k > last_word {
        return if k > last_word { from } else { k };
    }
    k
}

/// "C, said the minister." and "C, said Ana Ruiz, a spokeswoman for the port."
fn inverted(s: &[Tok], v: usize, last_word: usize, chars: &[char]) -> Option<(Reported, usize)> {
    if !s.get(v + 1).is_some_and(|n| n.is_word) {
        return None;
    }
    let end = np_forward(s, v + 1)?;
    if !(end > last_word || s[end].is_punct(',') || ends_sentence(s, end)) {
        return None;
    }
    let content = span_of(s, 0..v - 1)?;
    // "…, said Ana Ruiz, a nurse at the port.": the rest of the sentence describes her.
    let description = (end <= last_word && s[end].is_punct(','))
        .then(|| phrase(s, end + 1..last_word + 1, chars))
        .flatten()
        .map(|p| p.text);
    Some((
        Reported {
            content: vec![content],
            attribution: Attribution {
                speaker: phrase(s, v + 1..end, chars),
                description,
                cue: phrase(s, v..v + 1, chars)?,
            },
        },
        end,
    ))
}

/// A short prepositional or time phrase: "in a statement", "on Tuesday", "last week".
fn is_adjunct(t: &[Tok]) -> bool {
    !t.is_empty()
        && (t[0].capitalised()
            || matches!(
                t[0].lower.as_str(),
                "in" | "on"
                    | "at"
                    | "during"
                    | "last"
                    | "this"
                    | "earlier"
                    | "later"
                    | "after"
                    | "before"
                    | "via"
                    | "through"
                    | "by"
            ))
}

/// "C, according to X." and "According to X, C."
fn according_to(
    s: &[Tok],
    i: usize,
    last_word: usize,
    chars: &[char],
) -> Option<(Reported, usize)> {
    if !(s[i].lower == "according" && s.get(i + 1).is_some_and(|n| n.lower == "to")) {
        return None;
    }
    let src_from = i + 2;
    let mut src_end = np_forward(s, src_from)?;
    // "a report in the Valley Courier", "a statement from the agency"
    for _ in 0..2 {
        if s.get(src_end)
            .is_some_and(|t| matches!(t.lower.as_str(), "in" | "from" | "by" | "of" | "at"))
            && let Some(e) = np_forward(s, src_end + 1)
        {
            src_end = e;
        } else {
            break;
        }
    }
    let cue = phrase(s, i..i + 2, chars)?;
    let speaker = phrase(s, src_from..src_end, chars);
    let content =
        if i == 0 || (i > 0 && !s[i - 1].is_punct(',') && s[..i].iter().all(|t| !t.is_word)) {
            // "According to X, C."
            if !s.get(src_end).is_some_and(|t| t.is_punct(',')) {
                return None;
            }
            vec![span_of(
                s,
                src_end + 1..content_end(s, src_end + 1, last_word),
            )?]
        } else if s[i - 1].is_punct(',') {
            let mut pieces = vec![span_of(s, 0..i - 1)?];
            if src_end <= last_word
                && s[src_end].is_punct(',')
                && let Some(b) = span_of(s, src_end + 1..content_end(s, src_end + 1, last_word))
            {
                pieces.push(b);
            }
            pieces
        } else {
            return None;
        };
    Some((
        Reported {
            content,
            attribution: Attribution {
                speaker,
                description: None,
                cue,
            },
        },
        src_end,
    ))
}

/// ", saying C" / ", adding that C" after an attribution of the same sentence: the same
/// source says more.
fn participle(
    s: &[Tok],
    i: usize,
    last_word: usize,
    earlier: &[Reported],
    chars: &[char],
) -> Option<(Reported, usize)> {
    let comma = i > 0
        && (s[i - 1].is_punct(',')
            || (i > 1 && is_double_mark(&s[i - 1]) && s[i - 2].is_punct(',')));
    if !(comma && PARTICIPLES.contains(&s[i].lower.as_str())) {
        return None;
    }
    let speaker = match earlier.last() {
        Some(r) => r.attribution.speaker.clone(),
        None => {
            // The subject of the sentence: "The ministry issued a notice, saying …".
            let e = np_forward(s, 0)?;
            if !(e < i && s[e].is_word && !s[e].capitalised()) {
                return None;
            }
            phrase(s, 0..e, chars)
        }
    };
    let mut from = i + 1;
    if s.get(from).is_some_and(|t| t.lower == "that") {
        // content keeps "that"
    } else if s.get(from).is_some_and(|t| t.lower == "to") && s[i].lower == "pointing" {
        from += 1;
    }
    if from > last_word {
        return None;
    }
    let end = content_end(s, from, last_word);
    let content = span_of(s, from..end)?;
    Some((
        Reported {
            content: vec![content],
            attribution: Attribution {
                speaker,
                description: None,
                cue: phrase(s, i..i + 1, chars)?,
            },
        },
        end,
    ))
}
