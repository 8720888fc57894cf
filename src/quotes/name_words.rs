//! What the words of a name say: titles and roles that stand before it, the words that make
//! it an organisation's, a place's or a document's, and the gender its title or forename
//! gives.

use super::attribution::{DETERMINERS, looks_like_name, looks_like_past_or_participle};
use super::lexicon::WordSet;
use super::names::Entity;
use super::tokens::Tok;
use crate::article::SourceKind;
use rustc_hash::FxHashMap;

/// Words that make a name an organisation's.
#[rustfmt::skip]
pub(super) static ORG_WORDS: WordSet = WordSet::new(&[
    "office", "department", "ministry", "council", "government", "agency", "committee",
    "university", "party", "court", "house", "police", "army", "company", "inc", "corp", "group",
    "association", "union", "commission", "bank", "fund", "organization", "organisation",
    "institute", "center", "centre", "service", "administration", "campaign", "board", "senate",
    "congress", "parliament", "press", "times", "post", "news", "nations", "states", "church",
    "club", "team", "foundation", "federation", "authority", "bureau", "productions", "records",
    "studios", "media", "llc", "ltd", "co", "corporation", "holdings", "partners", "networks",
    "network", "entertainment", "airlines", "airways", "motors", "systems", "technologies",
    "labs", "laboratories", "pharmaceuticals", "capital", "ventures", "securities", "equities",
    "industries", "enterprises", "society", "alliance", "coalition", "council", "league",
    "school", "college", "academy", "hospital", "clinic", "museum", "library", "agency",
    "force", "guard", "navy", "command", "directorate", "secretariat", "ministries", "forum",
    "institution", "trust", "exchange", "commission", "tribunal", "assembly", "cabinet",
    "artists", "solutions", "services", "associates",
]);

/// Last words of capitalised names that are days, places, buildings or events, never people.
#[rustfmt::skip]
pub(super) static NOT_PERSON_HEADS: WordSet = WordSet::new(&[
    "day", "eve", "week", "weekend", "month", "year", "park", "street", "avenue", "road",
    "square", "bridge", "river", "lake", "sea", "ocean", "bay", "island", "islands", "mountain",
    "mountains", "valley", "hall", "tower", "airport", "station", "stadium", "arena", "cup",
    "games", "championship", "championships", "prize", "award", "awards", "festival", "act",
    "bill", "war", "summit", "conference", "building", "palace", "castle", "cathedral",
    "county", "city", "province", "region", "district", "coast", "beach", "canal", "highway",
    "boulevard", "plaza", "center", "centre", "gardens", "peninsula", "desert", "forest",
]);

/// Heads of phrases that name documents ("the report").
#[rustfmt::skip]
pub(super) fn is_document_word(w: &str) -> bool {
    // A match, not a set: it is asked of every token, and compiles to a length switch.
    matches!(
        w,
        "report" | "statement" | "document" | "letter" | "study" | "memo" | "filing"
            | "complaint" | "ruling" | "survey" | "analysis" | "assessment" | "review"
            | "lawsuit" | "indictment" | "petition"
    )
}

/// Capital words that start sentences or name days and months, not people.
#[rustfmt::skip]
pub(super) static NOT_NAMES: WordSet = WordSet::new(&[
    "the", "a", "an", "but", "and", "in", "on", "at", "as", "if", "when", "while", "after",
    "before", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "hours", "some", "many", "according",
    // "According to" in other languages ("Según Lund, …").
    "según", "segundo", "selon", "secondo", "laut", "volgens", "menurut",
    // Function words and sentence adverbs that open sentences ("Because Dempsey…", "Yet…",
    // "To Marcus Hill, the result…"): never the start of a name.
    "because", "yet", "so", "or", "nor", "for", "though", "although", "since", "until",
    "unless", "with", "without", "by", "from", "to", "of", "about", "during", "despite", "like",
    "then", "still", "now", "also", "even", "just", "only", "instead", "meanwhile", "however",
    "this", "that", "these", "those", "there", "here", "his", "her", "their", "our", "my", "its",
    "it", "he", "she", "they", "we", "you", "what", "who", "why", "how", "where", "which", "not",
    "every", "each", "all", "both", "either", "neither", "dear", "hey", "oh", "yes", "thanks",
    "please", "last", "next", "this", "today", "yesterday", "tomorrow", "tonight", "under",
    "over", "through", "among", "between", "against", "into", "upon", "within", "once",
]);

/// Words that name a role or office, standing before a name as a title ("Press Secretary
/// Ana Diaz", "CEO Tim Reyes") but never part of the name.
#[rustfmt::skip]
pub(super) static ROLE_WORDS: WordSet = WordSet::new(&[
    "ceo", "cfo", "coo", "cto", "superintendent", "spokesman", "spokeswoman", "spokesperson",
    "administrator", "executive", "founder", "cofounder", "co-founder", "chief",
    "leader", "adviser", "advisor", "analyst", "economist", "lawyer", "candidate", "commander",
    "cmdr", "envoy", "diplomat", "manager", "owner", "editor", "correspondent", "anchor",
    "author", "researcher", "scientist", "activist", "inspector", "treasurer", "auditor",
    "prosecutor", "pastor", "bishop", "cardinal", "archbishop", "chair", "chairperson",
    "resident", "nominee", "secretary-general", "undersecretary", "assemblyman",
    "assemblywoman", "congressman", "congresswoman", "legislator", "delegate", "trustee",
    "principal", "dean", "provost", "chancellor", "marshal", "admiral", "major", "sergeant",
    "lieutenant", "corporal", "trooper", "constable", "striker", "midfielder", "defender",
    "goalkeeper", "quarterback", "pitcher", "linebacker", "winger", "rookie",
]);

/// Whether a word (any case) makes a name an organisation's ("Office", "Ministry").
pub(super) fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(&w.to_lowercase().as_str())
}

/// A title or a role word, as written before a name.
pub(super) fn is_role(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ',']);
    // Lowercased on the stack: this is asked of every word of every name.
    let mut buf = [0u8; 24];
    let lower = if w.len() <= buf.len() && w.is_ascii() {
        buf[..w.len()].copy_from_slice(w.as_bytes());
        buf[..w.len()].make_ascii_lowercase();
        std::str::from_utf8(&buf[..w.len()]).unwrap_or_default()
    } else {
        return ROLE_WORDS.contains(&w.to_lowercase().as_str())
            || TITLES.contains(&w.to_lowercase().as_str());
    };
    TITLES.contains(&lower) || ROLE_WORDS.contains(&lower)
}

/// Words that end a role description when walking back from a name.
#[rustfmt::skip]
pub(super) static DESCRIPTION_STOPS: WordSet = WordSet::new(&[
    "said", "says", "and", "but", "that", "which", "who", "with", "by", "to", "for", "in", "on",
    "at", "from", "as", "was", "is", "has", "had", "have", "were", "are", "be", "when", "while",
    "after", "before", "told", "according", "how", "why", "what", "where", "whom", "whose",
    "whether", "if", "because", "than", "about", "into", "i", "he", "she", "we", "they", "you",
    "it",
]);

/// Titles that may stand before a name and are not part of it.
#[rustfmt::skip]
pub(super) static TITLES: WordSet = WordSet::new(&[
    "mayor", "councillor", "councilor", "councilwoman", "councilman", "president", "senator",
    "sen", "rep", "representative", "gov", "governor", "dr", "mr", "mrs", "ms", "miss", "prof",
    "professor", "judge", "justice", "gen", "general", "chancellor", "minister", "secretary",
    "ambassador", "director", "chairman", "chairwoman", "commissioner", "sheriff",
    "lord", "lady", "sir", "dame", "rev", "father", "rabbi", "imam",
    "captain", "capt", "lt", "col", "sgt", "officer", "detective", "coach", "premier", "speaker",
    "vice", "deputy", "prime", "attorney", "lawmaker", "mp", "mep",
    // Other languages' titles, capitalised before a name: "Presiden", "Bürgermeister".
    "presiden", "presidente", "president", "präsident", "präsidentin", "presidenta", "ministro",
    "ministra", "ministre", "bürgermeister", "bürgermeisterin", "alcalde", "alcaldesa",
    "prefeito", "prefeita", "sindaco", "herr", "frau", "señor", "señora", "sr", "sra", "bapak",
    "pak", "ibu", "kanzler", "kanzlerin", "senador", "senadora", "diputado", "diputada",
    "deputado", "deputada",
]);

pub fn kind_of(name: &str) -> SourceKind {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    kind_of_words(name, &words)
}

/// `kind_of` with the name's words already in lowercase.
pub(super) fn kind_of_words(name: &str, words: &[String]) -> SourceKind {
    if words.iter().any(|w| is_document_word(w)) && !looks_like_name(name) {
        SourceKind::Document
    } else if words.iter().any(|w| ORG_WORDS.contains(&w.as_str())) {
        SourceKind::Organization
    } else if words.len() >= 2
        && words
            .last()
            .is_some_and(|w| NOT_PERSON_HEADS.contains(&w.as_str()))
        && !is_forename_lower(&words[0])
    {
        // "Harvest Day", "Lindholm Park": days, places and events, never a person ("Nora
        // Hall", with a forename, is one), though a place may stand for those who work there.
        SourceKind::Organization
    } else if looks_like_name(name) && (2..=4).contains(&words.len()) {
        SourceKind::Person
    } else if looks_like_name(name) {
        SourceKind::Organization
    } else {
        SourceKind::Unknown
    }
}

/// Splits a title or role off a name: "Mayor Rosa Delacourt" gives ("Rosa Delacourt",
/// "mayor"); "Harbour Authority Press Secretary Ana Diaz" gives ("Ana Diaz", "Harbour Authority
/// Press Secretary"), as does a place or body before a known forename ("Norland Ana Diaz").
pub fn strip_title(name: &str) -> (String, Option<String>) {
    let words: Vec<&str> = name.split_whitespace().collect();
    if let Some(k) = inner_role_end(&words) {
        return (words[k..].join(" "), Some(words[..k].join(" ")));
    }
    let n = words.iter().take_while(|w| is_role(w)).count();
    if n == 0 || words.len() - n < 1 || (words.len() - n == 1 && n > 0 && words.len() < 2) {
        return (name.to_owned(), None);
    }
    if words.len() == n {
        return (name.to_owned(), None);
    }
    let title = words[..n].join(" ");
    let keep_case = is_courtesy(&title);
    let description = if keep_case {
        title
    } else {
        // "Sen. Tom Brandt" is described as a senator, not as "sen.".
        words[..n]
            .iter()
            .map(|w| {
                let lower = w.to_lowercase();
                abbreviated_title(&lower).map_or(lower, str::to_owned)
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    (words[n..].join(" "), Some(description))
}

/// A courtesy title ("Mr", "Dr.", "Dame"): it goes with the name, and says nothing of a role.
pub(super) fn is_courtesy(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_lowercase().as_str(),
        "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame"
    )
}

/// The word an abbreviated title stands for: "sen." is "senator", "gov." "governor".
fn abbreviated_title(w: &str) -> Option<&'static str> {
    Some(match w.strip_suffix('.')? {
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "gen" => "general",
        "lt" => "lieutenant",
        "col" => "colonel",
        "sgt" => "sergeant",
        "capt" => "captain",
        "cmdr" => "commander",
        "adm" => "admiral",
        "maj" => "major",
        "prof" => "professor",
        "rev" => "reverend",
        "supt" => "superintendent",
        "insp" => "inspector",
        "det" => "detective",
        "pres" => "president",
        "amb" => "ambassador",
        _ => return None,
    })
}

/// Where a name starts inside a run of capitalised words that opens with a role or a place,
/// when it does not start at the first word: after the last title or role word, or at a known
/// forename that follows other words. At least two words must remain for the name.
pub(super) fn inner_role_end(words: &[&str]) -> Option<usize> {
    if words.len() < 3 {
        return None;
    }
    // Leading titles alone are `strip_title`'s ordinary case.
    let lead = words.iter().take_while(|w| is_role(w)).count();
    let last = words.iter().rposition(|w| is_role(w));
    if let Some(k) = last
        && k >= lead
        && words.len() - (k + 1) >= 2
    {
        return Some(k + 1);
    }
    if lead > 0 {
        return None;
    }
    // "Bright Star Artists": a name that ends in a body's word is the body's, whatever
    // forename stands inside it.
    let last = words[words.len() - 1].to_lowercase();
    if ORG_WORDS.contains(&last.as_str()) || NOT_PERSON_HEADS.contains(&last.as_str()) {
        return None;
    }
    (1..words.len() - 1)
        .find(|&k| is_forename(words[k]) && !is_forename(words[k - 1]) && words.len() - k <= 3)
}

/// A name that may be an organisation's though it reads like a person's: no forename opens it
/// and no title goes with it ("Blue Anchor", "Harbour Freight").
pub fn may_be_organisation(e: &Entity) -> bool {
    match e.kind {
        SourceKind::Organization => true,
        SourceKind::Person => {
            e.description.is_none()
                && e.name
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| !is_forename(w))
        }
        _ => false,
    }
}

/// A forename the list knows.
pub(super) fn is_forename(w: &str) -> bool {
    forenames().contains_key(w)
}

/// A preposition that ties a role to the place or body it serves ("ambassador to Norland",
/// "minister of transport"): what follows it belongs to the role, not to the name after.
pub(super) fn is_role_preposition(word: &str) -> bool {
    matches!(word, "to" | "of" | "for" | "in" | "at" | "from")
}

/// Splits "union steward Marta Ruiz" into ("union steward", "Marta Ruiz"): a lowercase role
/// followed by a name of two to four capitalised words.
pub fn split_role(mention: &str) -> Option<(String, String)> {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let caps = words
        .iter()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with("'s"))
        .count();
    let role = &words[..words.len() - caps];
    let mut role: Vec<&str> = role
        .iter()
        .copied()
        .skip_while(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
        .collect();
    let last_role = *role.last()?;
    // "residents interviewed by the Valley Courier": the agent is no name of the speaker's.
    // "shop owners on Main Street", "fans outside Kestria Arena": the place is the object of
    // the preposition.
    if !last_role.chars().next().is_some_and(char::is_lowercase)
        || matches!(
            last_role,
            "by" | "on"
                | "near"
                | "with"
                | "across"
                | "outside"
                | "inside"
                | "around"
                | "along"
                | "among"
                | "under"
                | "over"
                | "behind"
                | "beside"
                | "off"
                | "into"
                | "about"
                | "like"
                | "than"
        )
    {
        return None;
    }
    // "spokeswoman for the Harbour Institute": the capitalised words are the object of the
    // role's preposition, not a name standing beside the role.
    if role.len() >= 2
        && DETERMINERS.contains(&last_role.to_lowercase().as_str())
        && is_role_preposition(role[role.len() - 2])
    {
        return None;
    }
    let mut named = &words[words.len() - caps..];
    // "opposition MP Sofia Rask": a title opening the capitals belongs to the role.
    while !is_role_preposition(last_role)
        && named.len() > 2
        && TITLES.contains(&named[0].trim_end_matches('.').to_lowercase().as_str())
    {
        // "lead author Dr Ana Diaz": a courtesy title adds nothing to the role.
        if !is_courtesy(named[0]) {
            role.push(named[0]);
        }
        named = &named[1..];
    }
    let caps = named.len();
    // "ambassador to Norland Ilse Varga": the place or body after the role's preposition is
    // the role's; the name starts at a known forename, or is the last two words.
    if is_role_preposition(last_role) && (3..=6).contains(&caps) {
        let start = (1..caps - 1)
            .find(|&k| is_forename(named[k]))
            .unwrap_or(caps - 2);
        let role = format!("{} {}", role.join(" "), named[..start].join(" "));
        return Some((role, named[start..].join(" ")));
    }
    // "spokesperson for Ilse Varga" speaks for Ilse Varga; "High Commissioner for Ocean
    // Affairs" is one title.
    if !(2..=4).contains(&caps) || is_role_preposition(last_role) {
        return None;
    }
    Some((role.join(" "), named.join(" ")))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

pub(super) const FORENAMES: &str = include_str!("../../assets/forenames.txt");

/// Forenames to the pronoun they most often go with, from `assets/forenames.txt`.
pub(super) fn forenames() -> &'static FxHashMap<&'static str, Option<Gender>> {
    static TABLE: std::sync::OnceLock<FxHashMap<&'static str, Option<Gender>>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        FORENAMES
            .lines()
            .filter_map(|l| {
                let (g, n) = l.trim().split_once(' ')?;
                let g = match g {
                    "f" => Some(Gender::Female),
                    "m" => Some(Gender::Male),
                    "u" => None,
                    _ => return None,
                };
                Some((n.trim(), g))
            })
            .collect()
    })
}

/// The gender a name's honorific or forename suggests, if any.
pub fn gender_of(name: &str, title: Option<&str>) -> Option<Gender> {
    const MALE: &[&str] = &[
        "mr",
        "sir",
        "king",
        "prince",
        "father",
        "lord",
        "councilman",
        "chairman",
        "emperor",
        "pope",
        "sheikh",
    ];
    const FEMALE: &[&str] = &[
        "mrs",
        "ms",
        "miss",
        "dame",
        "queen",
        "princess",
        "lady",
        "councilwoman",
        "chairwoman",
        "empress",
    ];
    let is = |list: &[&str], w: &str| {
        let w = w.trim_end_matches('.');
        list.iter().any(|t| t.eq_ignore_ascii_case(w))
    };
    // The honorific given with the name, then a royal title that stays part of it ("Prince
    // Osric", "Queen Ingrid"), then the forename.
    let first = name.split_whitespace().next()?;
    for w in title.into_iter().chain(std::iter::once(first)) {
        if is(MALE, w) {
            return Some(Gender::Male);
        }
        if is(FEMALE, w) {
            return Some(Gender::Female);
        }
    }
    // "Her granddaughter, Siri Moen": the noun for a person that describes the name.
    if let Some(g) = title
        .and_then(|t| t.split_whitespace().last())
        .and_then(|head| super::mention::person_noun_gender(&head.to_lowercase()))
        .flatten()
    {
        return Some(g);
    }
    // "My husband" is no name: a forename ("My" is one) counts only before a capital.
    if name
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| !w.starts_with(char::is_uppercase))
    {
        return None;
    }
    forenames().get(first).copied().flatten()
}

/// A forename the list knows, given in lowercase.
pub(super) fn is_forename_lower(w: &str) -> bool {
    let mut c = w.chars();
    c.next()
        .is_some_and(|f| is_forename(&(f.to_uppercase().collect::<String>() + c.as_str())))
}

/// The appositive after a name ending before token `j`: "Ada Berg, the harbour master, …",
/// "Tom Brandt, a captain who …": a determiner or a possessive, then up to seven words up to
/// a comma, the sentence's end or a relative pronoun, with no verb among them.
pub(super) fn describe_after(toks: &[Tok], j: usize, chars: &[char]) -> Option<String> {
    if !toks.get(j)?.is_punct(',') {
        return None;
    }
    let first = toks.get(j + 1)?;
    if !(DETERMINERS.contains(&first.lower.as_str()) && !first.capitalised()
        || first.lower.ends_with("'s"))
    {
        return None;
    }
    let mut end = j + 2;
    while let Some(t) = toks.get(end) {
        if !t.is_word || DESCRIPTION_STOPS.contains(&t.lower.as_str()) || end - j > 8 {
            break;
        }
        end += 1;
    }
    let stop = toks.get(end)?;
    let closed = stop.is_punct(',')
        || stop.is_punct('.')
        || stop.is_punct(';')
        || matches!(stop.lower.as_str(), "who" | "whose");
    let words = &toks[j + 1..end];
    if !closed
        || words.len() < 2
        || end - j > 8
        || words
            .iter()
            .any(|t| super::lexicon::is_speech_verb(&t.lower) && !t.capitalised())
        || words.last().is_some_and(|t| t.capitalised())
    {
        return None;
    }
    let span = words[0].span.start..words[words.len() - 1].span.end;
    Some(chars[span].iter().collect())
}

/// The description beside the name starting at token `i`: an appositive before it
/// ("Norland's UN envoy, Ilse Varga") or a role that premodifies it ("rights chief Dora
/// Lindqvist"). A description walked back to a determiner or possessive is complete; one that
/// is not must read as a title: capitalised first word, five words at most. An appositive
/// before the name is closed by a comma or the sentence's end after it (ending at token `j`):
/// in "Asked about the port, Ada Berg said" the phrase before the comma is no description.
pub(super) fn describe(toks: &[Tok], (i, j): (usize, usize), chars: &[char]) -> Option<String> {
    let comma = i >= 2 && toks[i - 1].is_punct(',');
    if comma && toks.get(j).is_some_and(|t| t.is_word) {
        return None;
    }
    let end = if comma { i - 1 } else { i };
    let mut s = end;
    let mut closed = false;
    // "United sacked head coach Rui Costa": a verb ends the role before the name.
    let mut after_verb = false;
    while s > 0 && end - s < 7 {
        let t = &toks[s - 1];
        if !comma && t.lower.ends_with("ed") && looks_like_past_or_participle(t) {
            after_verb = true;
            break;
        }
        // "the long story of how singer Mia Holt …": a role before a name holds no "of".
        // ("Minister of Transport" is a title).
        let of = !comma
            && t.lower == "of"
            && s >= 2
            && !(toks[s - 2].capitalised() && toks[s].capitalised());
        if !t.is_word
            || DESCRIPTION_STOPS.contains(&t.lower.as_str())
            || of
            || super::languages::is_verb(t)
        {
            break;
        }
        s -= 1;
        if DETERMINERS.contains(&t.lower.as_str()) || t.lower.ends_with("'s") {
            closed = true;
            break;
        }
    }
    // "one of the organisers, Karin Holt": the part with the group it is one of.
    if closed
        && s >= 2
        && toks[s - 1].lower == "of"
        && matches!(toks[s - 2].lower.as_str(), "one" | "each" | "some")
    {
        s -= 2;
    }
    // "The port authority's director, Mark Ellis": the possessor's phrase with its article.
    // "Port Alder's coach, Hanna Berg": a possessor named in several capitalised words,
    // all of them.
    if closed && toks[s].lower.ends_with("'s") {
        let mut p = s;
        let mut named_from = s;
        while p > 0 && s - p < 3 {
            let t = &toks[p - 1];
            if !t.is_word || DESCRIPTION_STOPS.contains(&t.lower.as_str()) {
                break;
            }
            p -= 1;
            if DETERMINERS.contains(&t.lower.as_str()) {
                named_from = p;
                break;
            }
            if t.capitalised() && named_from == p + 1 && !NOT_NAMES.contains(&t.lower.as_str()) {
                named_from = p;
            }
        }
        s = named_from;
    }
    let words = end - s;
    let head = toks.get(end.checked_sub(1)?)?;
    if words == 0 || (words == 1 && closed && !head.lower.ends_with("'s")) {
        return None;
    }
    if !comma && head.capitalised() {
        return None; // "Rask told the Northern Courier": no role before the name
    }
    let bare_role = after_verb && words <= 3 && is_role(&head.lower);
    if !(closed || bare_role || toks[s].capitalised() && words <= 5) {
        return None;
    }
    let span = toks[s].span.start..head.span.end;
    Some(chars[span].iter().collect())
}

/// A short paragraph with no closing punctuation whose longer words are all capitalised: a
/// heading in title case, not a sentence.
pub(super) fn is_title_case_heading(toks: &[Tok]) -> bool {
    if toks.len() > 14 || !toks.last().is_some_and(|t| t.is_word) {
        return false;
    }
    let (mut words, mut long) = (0, 0);
    for t in toks.iter().filter(|t| t.is_word) {
        words += 1;
        if t.lower.chars().count() >= 4 {
            if !t.capitalised() {
                return false;
            }
            long += 1;
        }
    }
    words >= 4 && long >= 3
}
