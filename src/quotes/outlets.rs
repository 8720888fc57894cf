//! Outlets that relay quotations: "according to X", "as quoted by X", "told X", "in an
//! interview with X", "X reported", and datelines such as "WASHINGTON (AP) —", normalised
//! through the alias table. An outlet named in a paragraph applies to that paragraph's
//! quotations; a dateline's wire credits the whole story.

use super::lexicon::{Outlets, WordSet};
use super::tokens::Tok;
use crate::article::Outlet;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relay {
    pub paragraph: usize,
    pub outlet: Outlet,
    /// A dateline's wire credit, which covers the whole article.
    pub wire: bool,
    /// The speaker spoke to the outlet ("told the Courier", "in an interview with", "in an
    /// email to"), rather than the outlet reporting what was said ("according to AP").
    pub addressed: bool,
}

/// The analysis' outlet pass: every relay in the article, paragraph by paragraph, and the
/// dateline's wire credit.
#[derive(Debug, Default)]
pub struct Relays {
    /// Relays in paragraph order.
    pub all: Vec<Relay>,
    /// The first dateline's wire credit, which covers the whole article.
    pub wire: Option<Relay>,
}

impl Relays {
    /// Takes in paragraph `p`, whose tokens are `toks`. Paragraphs come in text order.
    pub fn add_paragraph(&mut self, p: usize, toks: &[Tok], chars: &[char], table: &Outlets) {
        for relay in find_in(toks, p, chars, table) {
            if relay.wire && self.wire.is_none() {
                self.wire = Some(relay.clone());
            }
            self.all.push(relay);
        }
    }

    /// The outlet that relays a quotation in paragraph `p` ending at `end`: the nearest relay
    /// named in that paragraph that starts by `limit`, else the wire credit.
    pub fn for_quote(&self, p: usize, end: usize, limit: usize) -> Option<&Outlet> {
        let from = self.all.partition_point(|r| r.paragraph < p);
        let to = self.all.partition_point(|r| r.paragraph <= p);
        self.all[from..to]
            .iter()
            .filter(|r| !r.wire && r.outlet.span.start <= limit)
            .min_by_key(|r| r.outlet.span.start.abs_diff(end))
            .or(self.wire.as_ref())
            .map(|r| &r.outlet)
    }
}

/// The length in words of a cue that names an outlet after it, starting at `toks[0]`:
/// "according to", "as quoted by", "quoted by", "in an interview with", "interview with",
/// "interviewed by", "speaking to" (and "spoke", "talking", "talked"), "told", "tells",
/// "telling".
fn cue_before(toks: &[Tok]) -> usize {
    let w = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_word)
            .map_or("", |t| t.lower.as_str())
    };
    match w(0) {
        "according" if w(1) == "to" => 2,
        "as" if matches!(w(1), "quoted" | "reported" | "told") && matches!(w(2), "by" | "to") => 3,
        "quoted" | "reported" if w(1) == "by" => 2,
        "in" if w(1) == "an" && w(2) == "interview" && w(3) == "with" => 4,
        "in" if matches!(w(1), "a" | "an")
            && matches!(w(2), "email" | "statement")
            && w(3) == "to" =>
        {
            4
        }
        "interview" if w(1) == "with" => 2,
        "interviewed" if w(1) == "by" => 2,
        "speaking" | "spoke" | "talking" | "talked" if w(1) == "to" => 2,
        "leaked" if w(1) == "to" => 2,
        "told" | "tells" | "telling" | "via" => 1,
        _ => 0,
    }
}

/// Cues after which a capitalised name is an outlet whatever its shape: "via X", "as reported
/// by X", "leaked to X". After the others ("told X", "according to X") a person may follow,
/// so the name must read as a publication's.
fn strong_cue(toks: &[Tok]) -> bool {
    matches!(
        toks.first().map(|t| t.lower.as_str()),
        Some("via" | "as" | "reported" | "leaked")
    )
}

/// Last words of a publication's or broadcaster's name: "The Valley Courier", "Channel 4
/// News".
#[rustfmt::skip]
static PUBLICATION_WORDS: WordSet = WordSet::new(&[
    "times", "post", "news", "daily", "herald", "journal", "tribune", "gazette", "insider",
    "leader", "courier", "press", "review", "telegraph", "guardian", "independent", "observer",
    "chronicle", "magazine", "radio", "tv", "television", "today", "wire", "reporter",
    "monitor", "intelligencer", "standard", "express", "mirror", "register", "bulletin",
    "dispatch", "examiner", "inquirer", "sentinel", "beacon", "record", "globe", "mail",
    "weekly", "digest", "online", "enquirer", "star", "sun", "age", "voice", "report",
    "post-gazette", "free", "politico", "axios", "newsweek", "bloomberg", "reuters", "cnn",
    "bbc", "npr", "pbs", "abc", "nbc", "cbs", "fox", "msnbc", "cnbc", "echo", "advertiser",
    "ledger", "courant", "messenger", "spectator", "argus", "clarion",
]);

/// Journalists' roles: the capitalised run before one names the outlet they work for.
static JOURNALISTS: WordSet = WordSet::new(&[
    "correspondent",
    "reporter",
    "editor",
    "host",
    "anchor",
    "columnist",
    "journalist",
    "producer",
    "interviewer",
]);

/// Nouns for a news outlet that may stand before its name ("the newspaper Der Morgen").
static OUTLET_NOUNS: WordSet = WordSet::new(&[
    "newspaper",
    "paper",
    "daily",
    "weekly",
    "magazine",
    "broadcaster",
    "channel",
    "network",
    "website",
    "site",
    "outlet",
    "station",
    "tabloid",
    "podcast",
    "programme",
    "program",
]);

/// A publication's name at token `j` ("the" before it is passed over), when the list does not
/// know it: a run of capitalised words that ends in a publication word, or any such run after
/// a strong cue. "via Ana Diaz of the Valley Courier" gives the Valley Courier.
fn publication_at(
    toks: &[Tok],
    j: usize,
    chars: &[char],
    strong: bool,
) -> Option<(usize, usize, String)> {
    let mut j = j;
    // "the Argus Leader" is the Argus Leader; "The Valley Courier" keeps its capital "The".
    if toks
        .get(j)
        .is_some_and(|t| t.lower == "the" && t.first == 't')
    {
        j += 1;
    }
    // "told the newspaper Der Morgen", "told the sports daily Kestria Sport": a noun for an
    // outlet, up to two words before it, names what follows it as one.
    // Only looked for after a weaker cue; a strong one names the outlet whatever its shape.
    let noun_at = (!strong)
        .then(|| {
            (j..toks.len().min(j + 3))
                .take_while(|&k| toks[k].is_word && !toks[k].capitalised())
                .position(|k| OUTLET_NOUNS.contains(&toks[k].lower.as_str()))
        })
        .flatten();
    if let Some(k) = noun_at {
        j += k + 1;
    }
    let strong =
        strong || noun_at.is_some() && toks.get(j).is_some_and(|t| t.is_word && t.capitalised());
    let run = |from: usize| {
        let mut e = from;
        while e < toks.len()
            && e - from < 6
            && toks[e].is_word
            && (toks[e].capitalised() || toks[e].first.is_ascii_digit())
        {
            e += 1;
        }
        e
    };
    let mut end = run(j);
    if end == j {
        return None;
    }
    // "told the Valley Courier Monday": a day or month after the name is the time it was told.
    while end > j + 1 && {
        let w = toks[end - 1].lower.as_str();
        super::lexicon::DAYS.contains(&w) || super::lexicon::MONTHS.contains(&w)
    } {
        end -= 1;
    }
    // A reporter named first: "via Ana Diaz of the Valley Courier".
    if toks.get(end).is_some_and(|t| t.lower == "of")
        && let Some(found) = publication_at(toks, end + 1, chars, false)
    {
        return Some(found);
    }
    // "told Harbourline reporter Ana Diaz", "told KBN business correspondent …": the run
    // before a journalist's role is the outlet she works for; an acronym opening it names it
    // alone ("KBN", not "KBN Harbour").
    let role = (end..toks.len().min(end + 3))
        .take_while(|&k| toks[k].is_word && !toks[k].capitalised())
        .any(|k| JOURNALISTS.contains(&toks[k].lower.as_str()));
    if role {
        let first = &toks[j];
        let acronym = !first.has_lower && first.span.len() >= 2 && first.span.len() <= 6;
        let end = if acronym { j + 1 } else { end };
        let name: String = chars[toks[j].span.start..toks[end - 1].span.end]
            .iter()
            .collect();
        return Some((j, end, name));
    }
    let last = &toks[end - 1];
    // "Radio Norland", "Channel 4": a broadcaster's word may open the name too.
    let shaped = PUBLICATION_WORDS.contains(&last.lower.as_str())
        || toks.get(end).is_some_and(|t| t.lower == "newspaper")
        || end > j + 1
            && matches!(
                toks[j].lower.as_str(),
                "radio" | "tv" | "television" | "channel"
            );
    if !(shaped || strong) {
        return None;
    }
    let name: String = chars[toks[j].span.start..last.span.end].iter().collect();
    Some((j, end, name))
}

/// The relays named in paragraph `p`, whose tokens are `toks`.
pub fn find_in(toks: &[Tok], p: usize, chars: &[char], table: &Outlets) -> Vec<Relay> {
    let mut out: Vec<Relay> = dateline(toks, p, chars, table).into_iter().collect();
    let mut i = 0;
    while i < toks.len() {
        match could_cue(&toks[i])
            .then(|| relay_at(toks, i, p, chars, table))
            .flatten()
        {
            Some((relay, next)) => {
                out.push(relay);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// The first letter and the length of every cue word: "the", "to" and most other tokens are
/// passed over without a closer look.
fn could_cue(t: &Tok) -> bool {
    t.is_word
        && matches!(
            (t.first.to_ascii_lowercase(), t.span.len()),
            ('a', 2 | 9)
                | ('q', 6)
                | ('i', 2 | 9 | 11)
                | ('s', 5 | 8)
                | ('t', 4..=7)
                | ('r', 7..=9)
                | ('v', 3)
                | ('l', 6)
        )
}

/// A relay cued by the token at `i`, and the token after it: "according to AP", "told
/// Reuters", "Reuters reported".
fn relay_at(
    toks: &[Tok],
    i: usize,
    p: usize,
    chars: &[char],
    table: &Outlets,
) -> Option<(Relay, usize)> {
    let t = &toks[i];
    let addressed = matches!(
        t.lower.as_str(),
        "told" | "tells" | "telling" | "in" | "interview"
    );
    let relay = |at: usize, end: usize, name: &str| {
        let span = toks[at].span.start..toks[end - 1].span.end;
        Relay {
            paragraph: p,
            outlet: Outlet {
                name: name.to_owned(),
                mention: chars[span.clone()].iter().collect(),
                span,
            },
            wire: false,
            addressed,
        }
    };
    let cue = cue_before(&toks[i..]);
    if cue > 0
        && let Some((end, name)) = longest_alias(toks, i + cue, table, chars)
    {
        return Some((relay(i + cue, end, name), end));
    }
    if cue > 0
        && let Some((start, end, name)) =
            publication_at(toks, i + cue, chars, strong_cue(&toks[i..]))
    {
        // A name the list knows under another form is given as the list gives it.
        let name = table.lookup(&name).unwrap_or(&name).to_owned();
        return Some((relay(start, end, &name), end));
    }
    // "Reuters reported": looked for from the verb back, as the verb is the rarer word.
    if matches!(t.lower.as_str(), "reported" | "reports" | "reporting") {
        let (start, name) = (1..=table.max_words.min(i)).rev().find_map(|n| {
            let (end, name) = longest_alias(toks, i - n, table, chars)?;
            (end == i).then_some((i - n, name))
        })?;
        return Some((relay(start, i, name), i + 1));
    }
    None
}

/// "WASHINGTON (AP) —" opening a paragraph: capitals, then an outlet in brackets, then a dash.
fn dateline(toks: &[Tok], p: usize, chars: &[char], table: &Outlets) -> Option<Relay> {
    let open = toks.iter().take(8).position(|t| t.is_punct('('))?;
    if open == 0 || !toks[..open].iter().all(|t| !t.is_word || !t.has_lower) {
        return None;
    }
    let (end, name) = longest_alias(toks, open + 1, table, chars)?;
    if !toks.get(end)?.is_punct(')') {
        return None;
    }
    let span = toks[open + 1].span.start..toks[end - 1].span.end;
    Some(Relay {
        paragraph: p,
        outlet: Outlet {
            name: name.to_owned(),
            mention: chars[span.clone()].iter().collect(),
            span,
        },
        wire: true,
        addressed: false,
    })
}

/// The longest run of words from `at` that the table knows, as (end token, canonical name).
fn longest_alias<'t>(
    toks: &[Tok],
    at: usize,
    table: &'t Outlets,
    chars: &[char],
) -> Option<(usize, &'t str)> {
    let mut lower = String::new();
    let mut best = None;
    for (n, t) in toks.iter().skip(at).take(table.max_words).enumerate() {
        if !t.is_word {
            break;
        }
        if n > 0 {
            lower.push(' ');
        }
        // "told CNN's Morning Brief": the possessor is the outlet, and the name ends there.
        let possessor = t
            .lower
            .strip_suffix("'s")
            .or_else(|| t.lower.strip_suffix("’s"));
        lower.push_str(possessor.unwrap_or(&t.lower));
        if !table.is_prefix(&lower) {
            break;
        }
        // The words so far may be a whole alias; the table decides, minding capitals ("AP").
        let end = t.span.end - if possessor.is_some() { 2 } else { 0 };
        let phrase: String = chars[toks[at].span.start..end].iter().collect();
        if let Some(name) = table.lookup(&phrase) {
            best = Some((at + n + 1, name));
        }
        if possessor.is_some() {
            break;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::tokens::tokenize;

    fn relays(s: &str) -> Vec<(String, String, bool)> {
        let chars: Vec<char> = s.chars().collect();
        let toks = tokenize(&chars, 0..chars.len());
        find_in(&toks, 0, &chars, Outlets::builtin())
            .into_iter()
            .map(|r| (r.outlet.name, r.outlet.mention, r.wire))
            .collect()
    }

    #[test]
    fn relay_patterns() {
        let ap = |m: &str| ("The Associated Press".to_owned(), m.to_owned(), false);
        assert_eq!(relays("the report said, according to AP."), vec![ap("AP")]);
        // A noun for an outlet before a name the list does not know.
        let named = |s: &str| relays(s).into_iter().map(|r| r.0).collect::<Vec<_>>();
        assert_eq!(
            named("she told the newspaper Kestria Morgen that"),
            ["Kestria Morgen"]
        );
        assert_eq!(
            named("he told the sports daily Norland Sport that"),
            ["Norland Sport"]
        );
        assert!(named("she told the paper that").is_empty());
        // A known outlet's possessive before one of its programmes is that outlet.
        assert_eq!(relays("she told AP's morning podcast."), vec![ap("AP's")]);
        assert_eq!(
            relays("as quoted by the Associated Press"),
            vec![ap("the Associated Press")]
        );
        assert_eq!(
            relays("she told The Associated Press on Monday"),
            vec![ap("The Associated Press")]
        );
        assert_eq!(relays("he said in an interview with AP"), vec![ap("AP")]);
        assert_eq!(
            relays("Reuters reported that talks stalled"),
            vec![("Reuters".to_owned(), "Reuters".to_owned(), false)]
        );
        assert_eq!(relays("He met Reuters staff"), vec![]);
    }

    #[test]
    fn datelines_credit_the_wire() {
        assert_eq!(
            relays("WASHINGTON (AP) — The Senate voted."),
            vec![("The Associated Press".to_owned(), "AP".to_owned(), true)]
        );
        assert_eq!(relays("He said (AP) twice"), vec![]);
    }
}
