//! The attributions that follow a quotation (`"…," X said`, `"…," said X, a role`) and a
//! credit line under a paragraph, on the noun-phrase grammar of the parent module.

use super::*;

/// Attribution after a closing mark at `close`, within its paragraph: right after the mark
/// (`"…," X said`), or closing the sentence a partial quotation stands in
/// (`"…" climate change, Axelrod said.`).
pub fn after(chars: &[char], para: &[Tok], close: usize) -> Option<Attribution> {
    after_in(chars, window(para, close + 1, close + 400), close)
}

/// A title in quotation marks between a determiner and a lowercase noun ("the “Harbour
/// Lights” actor"), starting at the mark at `open`: the index of its closing mark.
fn quoted_modifier(toks: &[Tok], open: usize) -> Option<usize> {
    let det = toks.get(open.checked_sub(1)?)?;
    if !(matches!(
        det.lower.as_str(),
        "the" | "a" | "an" | "his" | "her" | "their"
    ) || det.lower.ends_with("'s"))
    {
        return None;
    }
    let close = (open + 2..(open + 8).min(toks.len())).find(|&k| is_double_mark(&toks[k]))?;
    let noun = toks.get(close + 1)?;
    (toks[open + 1..close]
        .iter()
        .all(|t| t.is_word || t.is_punct('\''))
        && noun.is_word
        && !noun.capitalised()
        && !is_verb(noun))
    .then_some(close)
}

fn after_in(chars: &[char], toks: &[Tok], close: usize) -> Option<Attribution> {
    let cut = (0..toks.len())
        .find(|&i| is_double_mark(&toks[i]) || ends_sentence(toks, i))
        .unwrap_or(toks.len());
    // "…,” the “Harbour Lights” actor said": read past the title's marks.
    if let Some(end) = toks
        .get(cut)
        .filter(|t| is_double_mark(t))
        .and_then(|_| quoted_modifier(toks, cut))
    {
        return after_in(chars, &without_marks(toks, cut, end), close);
    }
    let t = &toks[..cut];
    let first = t.iter().position(|t| t.is_word)?;
    let lead_ok = t[..first]
        .iter()
        .all(|t| t.is_punct(',') || t.is_punct('—') || t.is_punct('–') || t.is_punct('-'));
    let inner_end = chars[..close].iter().rev().find(|c| !c.is_whitespace());
    let own_sentence = inner_end.is_some_and(|c| matches!(c, '.' | '!' | '?'));
    if lead_ok
        && let Some(a) = attribution_at(t, first, chars, true)
        // After a quotation that ended its own sentence, a verb with a colon introduces what
        // follows ("“….” Berg agreed: …"), and a sentence that reports words of its own after
        // the verb ("“….” Brandt said he would …") is no attribution of the quotation.
        && !(own_sentence
            && (colon_after(chars, a.cue.span.end) || reports_clause(t, a.cue.span.end)))
    {
        return Some(a);
    }
    if lead_ok && let Some(a) = as_clause(t, first, chars) {
        return Some(a);
    }
    if lead_ok && let Some(a) = then_participle(t, first, chars) {
        return Some(a);
    }
    if let Some(a) = dash_credit(t, first, chars) {
        return Some(a);
    }
    // A quotation that ended its own sentence takes no attribution from the next one.
    if own_sentence {
        return None;
    }
    // The attribution that ends the sentence, after a comma: "…, Okafor said." and, with a
    // name after the verb, "…, said Derek Okafor, a port analyst."
    (first..t.len())
        .filter(|&c| t[c].is_punct(','))
        .find_map(|c| {
            // ", telling Ada", ", saying …": a participle's name is the one spoken to or of;
            // only a finite verb inverts ("…, said Ada Berg").
            let inverted = t.get(c + 1).is_some_and(|v| {
                is_verb(v) && !v.lower.ends_with("ing") && !v.lower.starts_with("tel")
            }) && t.get(c + 2).is_some_and(|n| n.capitalised() && n.is_word);
            attribution_at(t, c + 1, chars, inverted).filter(|a| a.speaker.is_some())
        })
}

/// Whether a clause of reported words follows the cue ending at char `end`: "said he would",
/// "said that", "said the pier".
fn reports_clause(t: &[Tok], end: usize) -> bool {
    t.iter().find(|x| x.span.start >= end).is_some_and(|n| {
        n.is_word
            && !n.capitalised()
            && matches!(
                n.lower.as_str(),
                "he" | "she"
                    | "they"
                    | "it"
                    | "we"
                    | "i"
                    | "that"
                    | "the"
                    | "his"
                    | "her"
                    | "their"
                    | "this"
                    | "there"
            )
    })
}

/// Whether a colon comes right after `at`, over spaces: the words introduce what follows.
fn colon_after(chars: &[char], at: usize) -> bool {
    chars
        .get(at..)
        .and_then(|rest| rest.iter().find(|c| !c.is_whitespace()))
        .is_some_and(|&c| c == ':')
}

/// Verbs that name or phrase what was said, in `“…,” as Lund put it` and `the “new harbour,” as
/// Lund called the plan`: the quoted words are the one the clause names.
pub(in crate::quotes) static NAMING_VERBS: WordSet = WordSet::new(&[
    "put",
    "puts",
    "called",
    "calls",
    "dubbed",
    "dubs",
    "termed",
    "terms",
    "described",
    "describes",
    "phrased",
    "branded",
    "labelled",
    "labeled",
]);

/// `“…,” as Lund said` and `“…,” as Lund put it`, the clause starting at token `first`: the
/// source and its verb, a speech verb or one that names the words (`put it`, `called it`,
/// `dubbed the plan`).
fn as_clause(t: &[Tok], first: usize, chars: &[char]) -> Option<Attribution> {
    if t[first].lower != "as" {
        return None;
    }
    let from = first + 1;
    let source = t.get(from)?;
    // A name or a pronoun; "as the minister put it", "as one bank chief told me" and "as her
    // lawyer said" too, but not "as many did".
    if !(source.capitalised()
        || is_pronoun(source)
        || matches!(
            source.lower.as_str(),
            "the" | "a" | "an" | "one" | "another" | "his" | "her" | "their" | "its"
        ))
    {
        return None;
    }
    // The noun phrase may run on over a verb its words do not tell from a noun ("Lund put").
    let np_end = np_forward(t, from)?;
    let end = (from + 1..np_end)
        .find(|&k| {
            !t[k].capitalised() && (is_verb(&t[k]) || NAMING_VERBS.contains(&t[k].lower.as_str()))
        })
        .unwrap_or(np_end);
    let v = end;
    let verb = t.get(v)?;
    let cue_end = if is_verb(verb) {
        // "as he promised to …", "as she said that …": the verb has words of its own, and the
        // "as" is one of time.
        if t.get(v + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "to" | "that"))
        {
            return None;
        }
        v + 1
    } else if verb.is_word && NAMING_VERBS.contains(&verb.lower.as_str()) {
        let object = t.get(v + 1)?;
        // "put" names nothing without "it": "as Lund put it".
        if verb.lower.starts_with("put") {
            if object.lower != "it" {
                return None;
            }
            v + 2
        } else if object.is_word
            && (object.lower == "it" || DETERMINERS.contains(&object.lower.as_str()))
        {
            v + 1
        } else {
            return None;
        }
    } else {
        return None;
    };
    Some(Attribution {
        speaker: phrase(t, from..end, chars),
        description: None,
        cue: phrase(t, v..cue_end, chars)?,
    })
}

/// `“…,” Berg weighed in, telling Brandt`: a name or a pronoun, a verb of a few words that is
/// no speech verb, then a speech verb's participle after a comma. The participle says the
/// name spoke; the verb before it ("weighed in") is the cue of the words before.
fn then_participle(t: &[Tok], first: usize, chars: &[char]) -> Option<Attribution> {
    let head = &t[first];
    if !(head.capitalised() || is_pronoun(head)) {
        return None;
    }
    let np_end = np_forward(t, first)?;
    let comma = (np_end + 1..t.len().min(np_end + 4)).find(|&k| t[k].is_punct(','))?;
    if !t[np_end..comma]
        .iter()
        .all(|x| x.is_word && !x.capitalised() && !is_verb(x))
    {
        return None;
    }
    let v = comma + 1;
    let verb = t.get(v)?;
    if !(is_verb(verb) && verb.lower.ends_with("ing")) {
        return None;
    }
    Some(Attribution {
        speaker: phrase(t, first..np_end, chars),
        description: None,
        cue: phrase(t, np_end..comma, chars)?,
    })
}

fn is_dash(t: &Tok) -> bool {
    !t.is_word && matches!(t.first, '―' | '—' | '–' | '-' | '~')
}

/// `“…” ― Stephanie Egan`: a quotation credited after a dash, as in collected reactions.
fn dash_credit(t: &[Tok], first: usize, chars: &[char]) -> Option<Attribution> {
    let dash = first.checked_sub(1)?;
    if !is_dash(&t[dash]) || !t[first].capitalised() {
        return None;
    }
    let end = masked_name_end(t, first).or_else(|| np_forward(t, first))?;
    // The credit is the whole line (a full stop may close it), or a name followed by a
    // comma and its description.
    let closed = t[end..].iter().all(|x| x.is_punct('.'));
    if end < t.len() && !t[end].is_punct(',') && !closed {
        return None;
    }
    Some(Attribution {
        speaker: phrase(t, first..end, chars),
        description: appositive_forward(t, end, chars),
        cue: phrase(t, dash..dash + 1, chars)?,
    })
}

/// `– Ada B**`, `– Ta*** Ng**`: a name its owner's privacy masks with asterisks, as reviews and
/// letters sign; the end of its tokens from `first`.
fn masked_name_end(t: &[Tok], first: usize) -> Option<usize> {
    let mut k = first;
    let mut masked = false;
    let mut words = 0;
    while k < t.len() && words < 4 && t[k].is_word && t[k].capitalised() {
        k += 1;
        words += 1;
        while t
            .get(k)
            .is_some_and(|x| x.is_punct('*') && x.span.start == t[k - 1].span.end)
        {
            masked = true;
            k += 1;
        }
    }
    masked.then_some(k)
}

/// A credit line of its own after a quotation: "-Governor Hale, tweeting after …".
pub fn credit_line(chars: &[char], para: Range<usize>) -> Option<Attribution> {
    let t = crate::quotes::tokens::tokenize(chars, para.start..para.end.min(para.start + 300));
    let first = t.iter().position(|x| x.is_word)?;
    dash_credit(&t, first, chars)
}

/// `said X`, `X said`, `X, a spokesman, said`, `X (R-Fla.) said`, `a message on the site reads`,
/// starting at token `first`.
/// Inversion ("said X") is only taken right after the quotation (`inversion`).
fn attribution_at(t: &[Tok], first: usize, chars: &[char], inversion: bool) -> Option<Attribution> {
    let head = t.get(first)?;
    // "said X" and "added the ambassador"
    if is_verb(head) {
        if !inversion {
            return None;
        }
        let cue = phrase(t, first..first + 1, chars)?;
        let speaker_end = np_forward(t, first + 1);
        // "“…,” said the ferry could return": a verb after the phrase makes it the subject of
        // what was said, not the one who said it.
        if speaker_end
            .and_then(|e| t.get(e))
            .is_some_and(|x| x.is_word && !x.capitalised() && is_modal_or_aux(&x.lower))
        {
            return None;
        }
        let speaker = speaker_end.and_then(|e| phrase(t, first + 1..e, chars));
        // A relative clause describes only a name with no title to describe it ("said
        // Councillor Edwin Prask, who voted against" is a councillor).
        let titled = speaker
            .as_ref()
            .is_some_and(|s| crate::quotes::name_words::strip_title(&s.text).1.is_some());
        let description = speaker_end
            .and_then(|e| appositive_forward(t, e, chars))
            .filter(|d| !(titled && d.starts_with("who ")));
        // "said the study's lead author, Dr. Hanna Lind of the Institute": the name in the
        // appositive speaks, the role describes.
        if let (Some(sp), Some(e)) = (&speaker, speaker_end)
            && !looks_like_name(&sp.text)
            && (sp.text.to_lowercase().starts_with("one of ")
                || sp.text.rsplit(' ').next().is_some_and(|w| {
                    let w = w.to_lowercase();
                    crate::quotes::name_words::is_role(&w)
                        || crate::quotes::mention::is_person_noun(&w)
                        || crate::quotes::mention::epithet(&w).is_some()
                }))
            && t.get(e).is_some_and(|x| x.is_punct(','))
            && let Some(np_end) = np_forward(t, e + 1)
            && t[e + 1].capitalised()
            && let Some(name_end) = (e + 1..np_end)
                .find(|&k| t[k].is_word && !t[k].capitalised())
                .or(Some(np_end))
            && let Some(name) = phrase(t, e + 1..name_end, chars)
            && looks_like_name(&name.text)
            && name.text.contains(' ')
        {
            // What follows the name in its phrase describes it too ("of the Institute").
            let rest = phrase(t, name_end..np_end, chars).map(|p| p.text);
            return Some(Attribution {
                speaker: Some(name),
                description: Some(match rest {
                    Some(r) => format!("{}, {r}", sp.text),
                    None => sp.text.clone(),
                }),
                cue,
            });
        }
        return Some(Attribution {
            speaker,
            description,
            cue,
        });
    }
    let np_end = np_forward(t, first)?;
    let mut j = skip_parenthetical(t, np_end);
    let mut desc = None;
    // Where the appositive's words end, before its closing comma or the age before that.
    let mut app_end = j;
    if t.get(j).is_some_and(|x| x.is_punct(',')) {
        // An appositive, closed by a comma before the verb: "X, a spokesman for Y, said".
        let close = (j + 1..t.len().min(j + 40)).find(|&k| {
            t[k].is_punct(',') && {
                let mut v = k + 1;
                while t.get(v).is_some_and(is_adverb) {
                    v += 1;
                }
                verb_index(t, v).is_some()
            }
        });
        match close {
            Some(close) => {
                // "one worker, Ada Berg, 34, said": the age is no part of the appositive.
                let end = if close >= 2 && is_age_between_commas(t, close - 1) {
                    close - 2
                } else {
                    close
                };
                // "Ada Berg, 34, a welder, said": nor is an age before it.
                let start = if j + 3 < end && is_age_between_commas(t, j + 1) {
                    j + 3
                } else {
                    j + 1
                };
                desc = description(t, start..end, chars);
                app_end = end;
                j = close + 1;
            }
            None => {
                // "Nora Quist, an analyst at the Institute on Energy, Water and Land think
                // tank told …": a long appositive that opens with an article, its closing
                // comma missing before the verb.
                // Only after a full name ("Of the case, the opinion said" is no speaker).
                let full_name = np_end >= first + 2
                    && !PREPOSITIONS.contains(&t[first].lower.as_str())
                    && t[first..np_end]
                        .iter()
                        .all(|x| x.is_word && x.capitalised());
                // Or a relative clause: "Ilse Varga, who chairs the users' group said".
                if !full_name
                    || !t
                        .get(j + 1)
                        .is_some_and(|x| matches!(x.lower.as_str(), "a" | "an" | "the" | "who"))
                {
                    return None;
                }
                let v = (j + 3..t.len().min(j + 40))
                    .find(|&k| t[k - 1].is_word && verb_index(t, k) == Some(k))?;
                // A relative clause's own verb is not the speaker's: "Quist, the physician who
                // said …"; a past form after the clause's verb and its object is ("Lund, the
                // planner who founded the Tide Report told …"; not "who caught fire").
                if let Some(r) = (j + 1..v)
                    .find(|&k| matches!(t[k].lower.as_str(), "who" | "that" | "which" | "whom"))
                    && (v < r + 3
                        || t[r].lower != "who"
                        || t[r + 1..v].iter().any(|x| !x.is_word)
                        || !(t[v].lower.ends_with("ed")
                            || matches!(t[v].lower.as_str(), "said" | "told" | "wrote")))
                {
                    return None;
                }
                desc = description(t, j + 1..v, chars);
                app_end = v;
                j = v;
            }
        }
    } else if let Some(k) = prepositional_tail(t, j) {
        // "a sign on the gate states"
        return verb_after(t, k, chars).map(|cue| Attribution {
            speaker: phrase(t, first..k, chars),
            description: None,
            cue,
        });
    }
    let cue = verb_after(t, j, chars)?;
    let mut speaker = phrase(t, first..np_end, chars);
    // "the foreign minister of Astoria, Lena Varga, said": the name speaks, the role describes.
    if let (Some(sp), Some(d)) = (&speaker, &desc)
        && looks_like_name(d)
        && !looks_like_name(&sp.text)
    {
        let name = phrase(t, np_end + 1..app_end, chars);
        desc = Some(sp.text.clone());
        speaker = name;
    }
    Some(Attribution {
        speaker,
        description: desc,
        cue,
    })
}

/// The speech verb at `j`, after any adverbs or auxiliaries.
fn verb_after(t: &[Tok], j: usize, chars: &[char]) -> Option<Phrase> {
    verb_index(t, j).and_then(|v| phrase(t, v..v + 1, chars))
}

fn verb_index(t: &[Tok], mut j: usize) -> Option<usize> {
    while t.get(j).is_some_and(is_adverb) {
        j += 1;
    }
    t.get(j)
        .filter(|x| is_verb(x) || closing_past(t, j))
        .map(|_| j)
        .filter(|&j| !compound_noun(t, j))
}

/// A past form the speech verbs do not list that closes the attribution ("…," he
/// surmised.): after a quotation a verb with nothing after it says how the words were said.
fn closing_past(t: &[Tok], j: usize) -> bool {
    let x = &t[j];
    // Only after a pronoun or a name: "he surmised", "Nora Quist deadpanned".
    let subject = t[..j]
        .iter()
        .rev()
        .take_while(|p| p.is_word && (p.capitalised() || is_pronoun(p)))
        .count();
    subject > 0
        && subject == t[..j].iter().filter(|p| p.is_word).count()
        && x.is_word
        && !x.capitalised()
        && x.lower.len() > 5
        && x.lower.ends_with("ed")
        && t.get(j + 1)
            .is_none_or(|n| !n.is_word && matches!(n.first, '.' | '!' | '?' | ',' | ';'))
}

/// A speech verb's form that opens a compound noun: "think tank".
pub(in crate::quotes) fn compound_noun(t: &[Tok], i: usize) -> bool {
    t[i].lower == "think" && t.get(i + 1).is_some_and(|n| n.lower.starts_with("tank"))
}

/// Past a parenthesis right after a name: "Sen. Jo Lee (D-Nor.)".
fn skip_parenthetical(t: &[Tok], j: usize) -> usize {
    if t.get(j).is_some_and(|x| x.is_punct('('))
        && let Some(k) = (j + 1..t.len().min(j + 12)).find(|&k| t[k].is_punct(')'))
    {
        return k + 1;
    }
    j
}

pub(in crate::quotes) static PREPOSITIONS: WordSet =
    WordSet::new(&["in", "on", "at", "of", "for", "from", "with", "to"]);

/// The end of a short prepositional phrase at `j` that a speech verb follows.
fn prepositional_tail(t: &[Tok], j: usize) -> Option<usize> {
    if !t
        .get(j)
        .is_some_and(|x| PREPOSITIONS.contains(&x.lower.as_str()))
    {
        return None;
    }
    let end = np_forward(t, j + 1)?;
    // An organisation's name may run long: "a spokeswoman for the Norland Ferry Workers
    // Union said".
    let named = t[end - 1].capitalised();
    ((end - j <= 5 || named && end - j <= 9) && verb_index(t, end).is_some()).then_some(end)
}

/// "president of the association", "chief economist at Kestria Bank": up to three lowercase
/// words from `start` that end in a role, then "of", "at" or "for".
fn bare_role(toks: &[Tok], start: usize) -> bool {
    (start..toks.len().min(start + 3))
        .take_while(|&k| toks[k].is_word && !toks[k].capitalised())
        .any(|k| {
            crate::quotes::name_words::is_role(&toks[k].lower)
                && toks
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.lower.as_str(), "of" | "at" | "for"))
        })
}

/// ", a spokesman for the ministry" after a speaker, up to the next comma or the end.
fn appositive_forward(toks: &[Tok], from: usize, chars: &[char]) -> Option<String> {
    if !toks.get(from)?.is_punct(',') {
        return None;
    }
    // "said Ada Berg, 34, a teacher": past the age.
    let age = toks.get(from + 1).is_some_and(|t| t.first.is_ascii_digit())
        && toks.get(from + 2).is_some_and(|t| t.is_punct(','));
    let start = from + 1 + if age { 2 } else { 0 };
    let first = toks.get(start)?;
    // "said Ilse Varga, who runs a bakery in Lintz": a relative clause describes too.
    // "said Ben Sato, president of the Fishermen's Association": a bare role too.
    if !(DETERMINERS.contains(&first.lower.as_str())
        || first.lower.ends_with("'s")
        || first.lower == "who"
        || !first.capitalised() && bare_role(toks, start))
    {
        return None;
    }
    let end = (start..toks.len().min(start + 14))
        .find(|&k| !toks[k].is_word && !is_title_dot(toks, k) && !ampersand_in_name(toks, k))
        .unwrap_or(toks.len().min(start + 14));
    description(toks, start..end, chars)
}
