//! The word lists the analysis leans on, kept as data in `assets/`: speech verbs and outlets.

use rustc_hash::FxHashSet;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A fixed list of words, hashed on first use: membership is one probe, not a scan. Most
/// words asked about are in no list, so a word whose length or first byte no listed word has
/// is turned away before it is hashed.
pub struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<Filtered>,
}

/// The set, with the lengths (up to 63 bytes; longer ones share the last bit) and the first
/// bytes its words have, as bits.
struct Filtered {
    lengths: u64,
    firsts: [u64; 4],
    words: FxHashSet<&'static str>,
}

impl WordSet {
    pub const fn new(list: &'static [&'static str]) -> Self {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }

    /// Asked at hundreds of places: kept out of line, which keeps the binary tens of KB
    /// smaller at no measurable cost in speed.
    #[inline(never)]
    pub fn contains(&self, word: &&str) -> bool {
        let set = self.set.get_or_init(|| {
            let mut f = Filtered {
                lengths: 0,
                firsts: [0; 4],
                words: self.list.iter().copied().collect(),
            };
            for w in self.list {
                f.lengths |= 1 << w.len().min(63);
                if let Some(&b) = w.as_bytes().first() {
                    f.firsts[usize::from(b >> 6)] |= 1 << (b & 63);
                }
            }
            f
        });
        let Some(&b) = word.as_bytes().first() else {
            return set.words.contains(word);
        };
        set.lengths & (1 << word.len().min(63)) != 0
            && set.firsts[usize::from(b >> 6)] & (1 << (b & 63)) != 0
            && set.words.contains(word)
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.list.iter().copied()
    }
}

/// Month names, whole and cut short ("sept", "dec"), lowercase.
#[rustfmt::skip]
pub static MONTHS: WordSet = WordSet::new(&[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
]);

/// The days of the week, lowercase.
pub static DAYS: WordSet = WordSet::new(&[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
]);

const SPEECH_VERBS: &str = include_str!("../../assets/speech_verbs.txt");
const OUTLETS: &str = include_str!("../../assets/outlets.toml");

/// Every inflected form of the speech verbs in `assets/speech_verbs.txt`, lowercase.
pub fn speech_verbs() -> &'static FxHashSet<String> {
    static VERBS: OnceLock<FxHashSet<String>> = OnceLock::new();
    VERBS.get_or_init(|| parse_verbs(SPEECH_VERBS))
}

pub fn is_speech_verb(word: &str) -> bool {
    speech_verbs().contains(word)
}

const REPORT_VERBS: &str = include_str!("../../assets/report_verbs.txt");

/// The speech verbs and every inflected form of the verbs of thought, intention and evidence
/// in `assets/report_verbs.txt`, lowercase: the cues of reported speech.
pub fn report_verbs() -> &'static FxHashSet<String> {
    static VERBS: OnceLock<FxHashSet<String>> = OnceLock::new();
    VERBS.get_or_init(|| {
        let mut all = parse_verbs(REPORT_VERBS);
        all.extend(speech_verbs().iter().cloned());
        // "!form" lines of the report list also take forms of the speech verbs out: "states"
        // and "held" report speech far less often than they do anything else.
        for line in REPORT_VERBS.lines().map(str::trim) {
            if let Some(form) = line.strip_prefix('!') {
                all.remove(form.trim());
            }
        }
        all
    })
}

pub fn is_report_verb(word: &str) -> bool {
    report_verbs().contains(word)
}

fn parse_verbs(data: &str) -> FxHashSet<String> {
    let mut out = FxHashSet::default();
    let mut excluded = Vec::new();
    for line in data.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // "!press": a form left out, as it is far more often a noun ("press secretary").
        if let Some(form) = line.strip_prefix('!') {
            excluded.push(form.trim().to_owned());
            continue;
        }
        let mut forms = line.split_whitespace();
        let Some(lemma) = forms.next() else { continue };
        out.extend(forms.map(str::to_owned));
        out.extend(inflect(lemma));
    }
    for form in excluded {
        out.remove(&form);
    }
    out
}

/// The regular forms of a lemma: base, third person, past and present participle.
fn inflect(lemma: &str) -> Vec<String> {
    let mut out = vec![lemma.to_owned()];
    let (stem_y, ends_y) = match lemma.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => (stem, true),
        _ => (lemma, false),
    };
    if ends_y {
        out.push(format!("{stem_y}ies"));
        out.push(format!("{stem_y}ied"));
    } else if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
        out.push(format!("{lemma}es"));
        out.push(format!("{lemma}ed"));
    } else if lemma.ends_with('e') {
        out.push(format!("{lemma}s"));
        out.push(format!("{lemma}d"));
    } else {
        out.push(format!("{lemma}s"));
        out.push(format!("{lemma}ed"));
    }
    match lemma.strip_suffix('e') {
        Some(stem) if !lemma.ends_with("ee") => out.push(format!("{stem}ing")),
        _ => out.push(format!("{lemma}ing")),
    }
    out
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct OutletEntry {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct OutletFile {
    #[serde(default)]
    outlet: Vec<OutletEntry>,
}

/// Outlet names and aliases, normalised to one canonical name each.
#[derive(Debug, Clone, Default)]
pub struct Outlets {
    /// Alias (lowercase unless it is written in capitals) to canonical name.
    aliases: HashMap<String, String>,
    /// The longest alias in words, which bounds how far a match looks ahead.
    pub max_words: usize,
    /// Every alias and every leading part of one, lowercase and single-spaced ("the",
    /// "the associated", "the associated press"): a match grows word by word while it is here.
    prefixes: FxHashSet<String>,
}

impl Outlets {
    /// The built-in table from `assets/outlets.toml`.
    pub fn builtin() -> &'static Outlets {
        static TABLE: OnceLock<Outlets> = OnceLock::new();
        TABLE.get_or_init(|| {
            let file: OutletFile =
                toml::from_str(OUTLETS).expect("assets/outlets.toml is valid TOML");
            Outlets::from_entries(&file.outlet)
        })
    }

    /// A hash of the table's content: the same for the same entries, whatever their order.
    pub fn fingerprint(&self) -> u64 {
        let mut pairs: Vec<(&String, &String)> = self.aliases.iter().collect();
        pairs.sort();
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for (alias, name) in pairs {
            h.update(alias.as_bytes());
            h.update(&[0]);
            h.update(name.as_bytes());
            h.update(&[1]);
        }
        h.digest()
    }

    /// The built-in table extended with a user's entries, which win on a clash.
    pub fn with_extra(extra: &[OutletEntry]) -> Outlets {
        let mut table = Outlets::builtin().clone();
        for entry in extra {
            table.insert(entry);
        }
        table
    }

    fn from_entries(entries: &[OutletEntry]) -> Outlets {
        let mut table = Outlets::default();
        for entry in entries {
            table.insert(entry);
        }
        table
    }

    fn insert(&mut self, entry: &OutletEntry) {
        for alias in std::iter::once(&entry.name).chain(&entry.aliases) {
            self.max_words = self.max_words.max(alias.split_whitespace().count());
            let words: Vec<String> = alias.split_whitespace().map(str::to_lowercase).collect();
            for n in 1..=words.len() {
                self.prefixes.insert(words[..n].join(" "));
            }
            self.aliases.insert(key(alias), entry.name.clone());
        }
    }

    /// Whether some alias starts with these words (lowercase, single-spaced).
    pub fn is_prefix(&self, lower_words: &str) -> bool {
        self.prefixes.contains(lower_words)
    }

    /// The canonical name for a phrase, if it is a known outlet.
    pub fn lookup(&self, phrase: &str) -> Option<&str> {
        self.aliases.get(&key(phrase)).map(String::as_str)
    }
}

/// All-capital aliases ("AP") match only as written; the rest match in any case.
fn key(alias: &str) -> String {
    let alias = alias.split_whitespace().collect::<Vec<_>>().join(" ");
    if alias.chars().any(char::is_lowercase) {
        alias.to_lowercase()
    } else {
        alias
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_is_large_and_inflected() {
        let verbs = speech_verbs();
        let lemmas = SPEECH_VERBS
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert!(lemmas >= 150, "only {lemmas} lemmas");
        for form in [
            "said",
            "says",
            "told",
            "added",
            "insisted",
            "replied",
            "wrote",
            "saying",
            // A short verb doubles its last consonant: the forms are listed with the lemma.
            "begged",
            "begging",
            "bragged",
            "shrugged",
            "quipped",
            "depicted",
            "characterised",
        ] {
            assert!(verbs.contains(form), "{form}");
        }
        assert!(!verbs.contains("the"));
    }

    #[test]
    fn outlet_aliases_normalise() {
        let t = Outlets::builtin();
        assert_eq!(t.lookup("AP"), Some("The Associated Press"));
        assert_eq!(
            t.lookup("the Associated Press"),
            Some("The Associated Press")
        );
        assert_eq!(
            t.lookup("The Associated Press"),
            Some("The Associated Press")
        );
        assert_eq!(t.lookup("AFP"), Some("AFP"));
        assert_eq!(t.lookup("ap"), None);
    }

    #[test]
    fn user_outlets_extend_the_table() {
        let t = Outlets::with_extra(&[OutletEntry {
            name: "The Daily Planet".into(),
            aliases: vec!["the Planet".into()],
        }]);
        assert_eq!(t.lookup("the planet"), Some("The Daily Planet"));
        assert_eq!(t.lookup("AP"), Some("The Associated Press"));
    }
}
