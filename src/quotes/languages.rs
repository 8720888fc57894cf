//! Attributions written in other languages than English, for the patterns every one of them
//! shares: the verb after the quotation with its speaker (`«…», dijo Lund`, `„…“, sagte
//! Brandt`, `« … », a déclaré Berg`, `«…», — сказал Эклунд`, `“…,” kata Quist`, `„…“, so
//! Brandt`), the speaker and verb before it (`Quist berkata, “…”`, `Berg erklärte: „…“`,
//! `Dazu sagte Brandt: „…“`) and "according to" (`Según Lund, «…»`, `Menurut Quist, “…”`).
//! The English rules run first; these only answer where they found no speaker. Only forms
//! that are no English word are listed, so English text never reaches them.

use super::attribution::{Attribution, Phrase};
use super::lexicon::WordSet;
use super::name_words::Gender;
use super::tokens::Tok;
use std::ops::Range;

/// Speech verbs as written, past and present, of Spanish, Portuguese, French, Italian,
/// German, Dutch, Indonesian and Russian; French and Italian past participles follow their
/// auxiliary (`a déclaré`, `ha detto`).
#[rustfmt::skip]
static VERBS: WordSet = WordSet::new(&[
    // Spanish
    "dijo", "dijeron", "decía", "afirmó", "afirma", "afirmaron", "explicó", "explica",
    "explicaron", "señaló", "señala", "aseguró", "asegura", "indicó", "declaró", "añadió",
    "añade", "agregó", "agrega", "comentó", "comenta", "expresó", "manifestó", "sostuvo",
    "sostiene", "advirtió", "advierte", "destacó", "subrayó", "apuntó", "precisó", "insistió",
    "respondió", "reconoció", "admitió", "denunció", "concluyó", "recordó", "relató",
    "preguntó", "escribió", "anunció", "opinó", "aclaró", "dicho", "afirmado", "explicado",
    "señalado", "asegurado", "declarado", "añadido",
    // Portuguese
    "disse", "diz", "disseram", "afirmou", "afirmaram", "explicou", "declarou", "contou",
    "comentou", "acrescentou", "acrescenta", "destacou", "ressaltou", "ressalta", "completou",
    "observou", "salientou", "lembrou", "lembra", "garantiu", "garante", "avaliou", "avalia",
    "defendeu", "questionou", "perguntou", "escreveu", "respondeu", "relatou", "frisou",
    "alertou", "reforçou", "enfatizou", "concluiu", "admitiu", "dito",
    // French
    "dit", "déclare", "déclaré", "explique", "expliqué", "affirme", "affirmé", "ajoute",
    "ajouté", "souligne", "souligné", "indique", "indiqué", "précise", "précisé", "estime",
    "estimé", "assuré", "raconte", "raconté", "confie", "confié", "poursuit", "insiste",
    "insisté", "rappelle", "rappelé", "reconnaît", "martèle", "martelé", "lâche", "lâché",
    "commente", "commenté", "répond", "répondu", "déplore", "déploré", "annonce", "annoncé",
    "écrit", "avertit", "averti", "conclut",
    // Italian
    "detto", "dichiarato", "dichiara", "spiegato", "spiega", "aggiunto", "aggiunge",
    "affermato", "sottolineato", "sottolinea", "commentato", "raccontato", "racconta",
    "ribadito", "ribadisce", "osservato", "osserva", "precisato", "annunciato", "annuncia",
    "scritto", "scrive", "risposto", "risponde", "chiesto", "chiede", "assicurato", "assicura",
    "spiegò", "affermò", "dichiarò", "dice",
    // German
    "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint",
    "ergänzte", "ergänzt", "berichtete", "erzählte", "erzählt", "warnte", "warnt",
    "kritisierte", "schrieb", "schreibt", "antwortete", "antwortet", "fragte", "fragt",
    "versicherte", "unterstrich", "bekräftigte", "forderte", "erläuterte", "erläutert",
    "bestätigte",
    // Dutch
    "zei", "zegt", "zeiden", "verklaarde", "verklaart", "stelde", "benadrukte", "vertelde",
    "vertelt", "schreef", "schrijft", "antwoordde",
    // Indonesian
    "berkata", "mengatakan", "kata", "ujar", "tutur", "ucap", "menegaskan", "menjelaskan",
    "menandaskan", "menyatakan", "mengungkapkan", "menambahkan", "bersabda", "menuturkan",
    "menyebutkan", "mengaku",
    // Russian
    "сказал", "сказала", "сказали", "говорит", "говорят", "заявил", "заявила", "заявили",
    "отметил", "отметила", "отметили", "подчеркнул", "подчеркнула", "пояснил", "пояснила",
    "рассказал", "рассказала", "рассказывает", "добавил", "добавила", "уточнил", "уточнила",
    "сообщил", "сообщила", "сообщили", "объяснил", "объяснила", "написал", "написала",
    "ответил", "ответила", "говорил", "говорила", "признался", "признается",
]);

/// Auxiliaries before a participle in the list (`a déclaré`, `ha detto`, `ha dicho`).
static AUXILIARIES: WordSet = WordSet::new(&["a", "ont", "ha", "han", "hanno", "tem", "hat"]);

/// "According to", before the source: `Según Lund`, `Laut Brandt`, `Menurut Quist`.
#[rustfmt::skip]
static ACCORDING: WordSet = WordSet::new(&[
    "según", "segundo", "selon", "secondo", "laut", "volgens", "menurut",
]);

/// Words after a quotation that credit the source with no verb: `„…“, so Brandt`.
static CREDIT: WordSet = WordSet::new(&["so", "aldus"]);

/// Lowercase particles inside a name (`Ana de Lund`, `Yusuf bin Hamid`).
#[rustfmt::skip]
pub(super) static PARTICLES: WordSet = WordSet::new(&[
    "de", "da", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter",
    "bin", "binti", "ibn", "al",
]);

/// Articles before a role and a name after the verb (`dijo el ministro Tom Brandt`).
#[rustfmt::skip]
static ARTICLES: WordSet = WordSet::new(&[
    "el", "la", "los", "las", "le", "les", "der", "die", "das", "o", "os", "il", "lo", "het",
    "sang",
]);

/// Honorifics written after a name in Islamic writing (`Yusuf ra berkata`).
#[rustfmt::skip]
static HONORIFICS: WordSet = WordSet::new(&[
    "ra", "r.a", "saw", "s.a.w", "swt", "as", "rh", "radhiyallahu", "radhiallahu", "radiallahu",
    "radiyallahu", "radliyallahu", "radiallohu", "anhu", "anha", "anhum",
]);

/// Subject pronouns and the person they stand for.
pub enum Pronoun {
    One(Option<Gender>),
    Group,
}

pub fn pronoun(word: &str) -> Option<Pronoun> {
    Some(match word.to_lowercase().as_str() {
        "er" | "il" | "él" | "ele" | "lui" | "hij" | "он" => Pronoun::One(Some(Gender::Male)),
        "sie" | "elle" | "ella" | "ela" | "lei" | "zij" | "ze" | "она" => {
            Pronoun::One(Some(Gender::Female))
        }
        "dia" | "ia" | "beliau" => Pronoun::One(None),
        "ils" | "elles" | "ellos" | "ellas" | "eles" | "elas" | "loro" | "они" => Pronoun::Group,
        _ => return None,
    })
}

/// A speech verb of another language (`dijo`, `sagte`).
pub(super) fn is_verb(t: &Tok) -> bool {
    t.is_word && VERBS.contains(&t.lower.as_str())
}

fn phrase(chars: &[char], span: Range<usize>) -> Phrase {
    Phrase {
        text: chars[span.clone()].iter().collect(),
        span,
    }
}

fn found(chars: &[char], speaker: Range<usize>, cue: Range<usize>) -> Attribution {
    Attribution {
        speaker: Some(phrase(chars, speaker)),
        description: None,
        cue: phrase(chars, cue),
    }
}

fn is_particle(t: &Tok) -> bool {
    !t.capitalised() && PARTICLES.contains(&t.lower.as_str())
}

/// How many particles of a name ("de", "van der"), at most two, start at token `j` (or, with
/// `back`, end right before it).
pub(super) fn particles_at(toks: &[Tok], j: usize, back: bool) -> usize {
    let (before, after) = toks.split_at(j.min(toks.len()));
    if back {
        before
            .iter()
            .rev()
            .take(2)
            .take_while(|t| is_particle(t))
            .count()
    } else {
        after.iter().take(2).take_while(|t| is_particle(t)).count()
    }
}

/// The name that starts at token `i`: capitalised words, with particles between them; its
/// token range.
fn name_from(toks: &[Tok], i: usize) -> Option<Range<usize>> {
    if !toks.get(i)?.capitalised() {
        return None;
    }
    let mut end = i + 1;
    while end < toks.len() {
        let n = particles_at(toks, end, false);
        if toks.get(end + n).is_some_and(Tok::capitalised) {
            end += n + 1;
        } else {
            break;
        }
    }
    Some(i..end)
}

/// The name that ends at token `end - 1`; its token range.
fn name_to(toks: &[Tok], end: usize) -> Option<Range<usize>> {
    if !toks.get(end.checked_sub(1)?)?.capitalised() {
        return None;
    }
    let mut start = end - 1;
    while start > 0 {
        let n = particles_at(toks, start, true);
        if start > n && toks[start - n - 1].capitalised() {
            start -= n + 1;
        } else {
            break;
        }
    }
    Some(start..end)
}

fn chars_of(toks: &[Tok], r: &Range<usize>) -> Range<usize> {
    toks[r.start].span.start..toks[r.end - 1].span.end
}

/// The speaker right after a verb at token `i`: a name, a pronoun, or a determiner and up to
/// three lowercase words before a name (`dijo el ministro Tom Brandt`).
fn speaker_from(toks: &[Tok], i: usize) -> Option<Range<usize>> {
    let t = toks.get(i)?;
    if pronoun(&t.lower).is_some() {
        return Some(t.span.clone());
    }
    if let Some(r) = name_from(toks, i) {
        return Some(chars_of(toks, &r));
    }
    if !ARTICLES.contains(&t.lower.as_str()) || t.capitalised() {
        return None;
    }
    (i + 1..toks.len().min(i + 5))
        .take_while(|&k| k == i + 1 || toks[k - 1].is_word && !toks[k - 1].capitalised())
        .find_map(|k| name_from(toks, k))
        .map(|r| chars_of(toks, &r))
}

/// The verb at token `i`, with an auxiliary before its participle: its token range.
fn verb_at(toks: &[Tok], i: usize) -> Option<Range<usize>> {
    let t = toks.get(i)?;
    if is_verb(t) {
        return Some(i..i + 1);
    }
    (AUXILIARIES.contains(&t.lower.as_str()) && toks.get(i + 1).is_some_and(is_verb))
        .then_some(i..i + 2)
}

/// French inversion written on the verb: `explique-t-elle`, `a-t-il dit`. The cue's token
/// range and the pronoun's char span.
fn inverted(toks: &[Tok], i: usize) -> Option<(Range<usize>, Range<usize>)> {
    let t = toks.get(i)?;
    let (head, pron) = t.lower.rsplit_once('-')?;
    if !matches!(pron, "il" | "elle" | "ils" | "elles") {
        return None;
    }
    let verb = head.trim_end_matches("-t");
    let end = t.span.end;
    let pron = end - pron.chars().count()..end;
    if VERBS.contains(&verb) {
        return Some((i..i + 1, pron));
    }
    (AUXILIARIES.contains(&verb) && toks.get(i + 1).is_some_and(is_verb)).then(|| (i..i + 2, pron))
}

/// The attribution after a quotation closing at char `close`, unless it introduces the next
/// one (`“…” Quist berkata, “…”`).
pub fn after(chars: &[char], toks: &[Tok], close: usize) -> Option<Attribution> {
    let a = after_mark(chars, toks, close)?;
    let end = a
        .speaker
        .as_ref()
        .map_or(0, |s| s.span.end)
        .max(a.cue.span.end);
    let k = toks.partition_point(|t| t.span.start < end);
    let introduces = toks
        .get(k)
        .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
        && toks.get(k + 1).is_some_and(|t| is_opening(t.first));
    (!introduces).then_some(a)
}

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '"' | '«' | '„' | '»' | '‘' | '「')
}

fn after_mark(chars: &[char], toks: &[Tok], close: usize) -> Option<Attribution> {
    let mut i = toks.partition_point(|t| t.span.start <= close);
    // `«…», — сказал`: a comma, a dash or both.
    while toks
        .get(i)
        .is_some_and(|t| !t.is_word && matches!(t.first, ',' | '—' | '–' | '-'))
    {
        i += 1;
    }
    let t = toks.get(i)?;
    if CREDIT.contains(&t.lower.as_str()) {
        // `„…“, so Brandt.`: the name, then the sentence ends.
        let r = name_from(toks, i + 1)?;
        let ends = toks
            .get(r.end)
            .is_none_or(|n| !n.is_word && matches!(n.first, '.' | ',' | ';' | '('));
        return ends.then(|| found(chars, chars_of(toks, &r), t.span.clone()));
    }
    if let Some((cue, pron)) = inverted(toks, i) {
        return Some(found(chars, pron, chars_of(toks, &cue)));
    }
    if let Some(cue) = verb_at(toks, i) {
        let speaker = speaker_from(toks, cue.end)?;
        return Some(found(chars, speaker, chars_of(toks, &cue)));
    }
    // `“…,” Quist berkata.`: the name, then the verb.
    let name = name_from(toks, i)?;
    let mut j = name.end;
    while toks
        .get(j)
        .is_some_and(|t| HONORIFICS.contains(&t.lower.as_str()))
        && j < name.end + 2
    {
        j += 1;
    }
    let cue = verb_at(toks, j)?;
    Some(found(chars, chars_of(toks, &name), chars_of(toks, &cue)))
}

/// The attribution before a quotation opening at char `open`.
pub fn before(chars: &[char], toks: &[Tok], open: usize) -> Option<Attribution> {
    let end = toks.partition_point(|t| t.span.start < open);
    let last = toks.get(end.checked_sub(1)?)?;
    // `Laut Brandt „…“` needs no comma; the rest a colon or a comma.
    let end = if last.is_punct(':') || last.is_punct(',') {
        end - 1
    } else {
        end
    };
    let j = end.checked_sub(1)?;
    // `Berg erklärte:`, `Dia berkata,`, `Mia Holt a affirmé :`.
    if is_verb(&toks[j]) {
        let cue_start = if j > 0 && AUXILIARIES.contains(&toks[j - 1].lower.as_str()) {
            j - 1
        } else {
            j
        };
        let mut k = cue_start;
        while k > 0 && cue_start - k < 2 && HONORIFICS.contains(&toks[k - 1].lower.as_str()) {
            k -= 1;
        }
        let cue = toks[cue_start].span.start..toks[j].span.end;
        if let Some(p) = k
            .checked_sub(1)
            .filter(|&p| pronoun(&toks[p].lower).is_some())
        {
            return Some(found(chars, toks[p].span.clone(), cue));
        }
        let name = name_to(toks, k)?;
        return Some(found(chars, chars_of(toks, &name), cue));
    }
    if let Some((cue, pron)) = inverted(toks, j) {
        return (cue.end == end).then(|| found(chars, pron, chars_of(toks, &cue)));
    }
    // `Dazu sagte Brandt:`, `Según Lund,`: a name or a pronoun after the verb or the
    // preposition.
    let mut name = if pronoun(&toks[j].lower).is_some() {
        j..j + 1
    } else {
        name_to(toks, end)?
    };
    // `Segundo Holt,` opening the sentence: the preposition is capitalised.
    if name.len() > 1 && ACCORDING.contains(&toks[name.start].lower.as_str()) {
        name.start += 1;
    }
    let head = &toks[name.start.checked_sub(1)?];
    let speaker = chars_of(toks, &name);
    if ACCORDING.contains(&head.lower.as_str()) || is_verb(head) {
        return Some(found(chars, speaker, head.span.clone()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::tokens::tokenize;

    /// A speaker and a cue as written.
    type Found = Option<(String, String)>;

    /// The speaker and cue found after the first quotation and before it.
    fn run(text: &str) -> (Found, Found) {
        let chars: Vec<char> = text.chars().collect();
        let toks = tokenize(&chars, 0..chars.len());
        let both = |a: Attribution| (a.speaker.map(|s| s.text).unwrap_or_default(), a.cue.text);
        let open = chars.iter().position(|&c| "«„“".contains(c));
        let close = open.and_then(|o| (o + 1..chars.len()).find(|&k| "»”“".contains(chars[k])));
        (
            close.and_then(|c| after(&chars, &toks, c)).map(both),
            open.and_then(|o| before(&chars, &toks, o)).map(both),
        )
    }

    fn pair(a: &str, b: &str) -> Found {
        Some((a.to_owned(), b.to_owned()))
    }

    #[test]
    fn the_verb_and_its_speaker_after_the_quotation() {
        assert_eq!(run("«Sí», dijo Pia Lund.").0, pair("Pia Lund", "dijo"));
        assert_eq!(
            run("«Да», — сказал Ларс Эклунд.").0,
            pair("Ларс Эклунд", "сказал")
        );
        assert_eq!(run("« Oui », a-t-il dit.").0, pair("il", "a-t-il dit"));
        assert_eq!(
            run("„Ja“, sagte der Bürgermeister Tom Brandt.").0,
            pair("Bürgermeister Tom Brandt", "sagte")
        );
        // A preposition is no article: nothing after it is the speaker.
        assert_eq!(run("«Sí», dijo a la prensa de Norland.").0, None);
        // "so" credits only a name that ends the sentence.
        assert_eq!(run("„Ja“, so Brandt.").0, pair("Brandt", "so"));
        assert_eq!(run("“Yes,” so Brandt left.").0, None);
    }

    #[test]
    fn the_speaker_and_verb_before_the_quotation() {
        assert_eq!(
            run("Ada Berg erklärte: „Ja.“").1,
            pair("Ada Berg", "erklärte")
        );
        assert_eq!(run("Dazu sagte er: „Ja.“").1, pair("er", "sagte"));
        assert_eq!(
            run("Menurut Nora Quist, “ya”.").1,
            pair("Nora Quist", "Menurut")
        );
        assert_eq!(
            run("Pia de Lund a affirmé : « Non. »").1,
            pair("Pia de Lund", "a affirmé")
        );
        // English before a quotation is left to the English rules.
        assert_eq!(run("Ada Berg said: “Yes.”").1, None);
    }

    #[test]
    fn pronouns_stand_for_a_person_or_a_group() {
        assert!(matches!(
            pronoun("Elle"),
            Some(Pronoun::One(Some(Gender::Female)))
        ));
        assert!(matches!(pronoun("dia"), Some(Pronoun::One(None))));
        assert!(matches!(pronoun("ils"), Some(Pronoun::Group)));
        assert!(pronoun("she").is_none());
    }
}
