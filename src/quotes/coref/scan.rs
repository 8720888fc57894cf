//! Scans of the raw text near a mention, where the name index cannot answer: a body's
//! name that ends in the mention's head, a group's that opens with it, and the pronoun of
//! the sentence before.

use crate::quotes::marks::is_double;
use crate::quotes::name_words::Gender;

/// The last capitalised phrase in `window` that ends in `head` capitalised, with the
/// capitalised words and possessives before it: "Norland Auditor's Office" for "office".
pub(super) fn body_in_text(window: &[char], head: &str) -> Option<String> {
    // Only the words up to the last such head are read into a string.
    let (at, _) = last_capitalised(window, head)?;
    let end = (at..window.len())
        .find(|&i| window[i].is_whitespace())
        .unwrap_or(window.len());
    // Within the head's paragraph: a line before it (a title) is no part of its name.
    let lo = at.saturating_sub(200);
    let from = window[lo..at]
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(lo, |p| lo + p + 1);
    let text: String = window[from..end].iter().collect();
    let mut cap = head.to_owned();
    if let Some(f) = cap.get_mut(..1) {
        f.make_ascii_uppercase();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let k = words
        .iter()
        .rposition(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()) == cap)?;
    // Back over the capitalised words ("U.S.", "Attorney's") before the head.
    let mut s = k;
    while s > 0 {
        let w = words[s - 1];
        let plain = w.trim_end_matches(|c: char| c.is_alphanumeric() || ".'’".contains(c));
        if !plain.is_empty()
            || !w.starts_with(char::is_uppercase)
            || matches!(w, "The" | "A" | "An")
            || words[s - 1].ends_with('.') && words[s - 1].len() > 4
        {
            break;
        }
        s -= 1;
    }
    (s < k).then(|| {
        let last = words[k].trim_end_matches(|c: char| !c.is_alphanumeric());
        let mut name = words[s..k].join(" ");
        name.push(' ');
        name.push_str(last);
        name
    })
}

/// Where the last word in `window` that is `head` (lowercase) with a capital first letter
/// starts and ends; a scan of chars that allocates nothing.
fn last_capitalised(window: &[char], head: &str) -> Option<(usize, usize)> {
    let head: Vec<char> = head.chars().collect();
    let n = head.len();
    let mut upper = head.first()?.to_uppercase();
    let (Some(capital), None) = (upper.next(), upper.next()) else {
        return None;
    };
    (0..window.len().checked_sub(n)? + 1).rev().find_map(|i| {
        // One comparison per char until the capital letter comes.
        let fits = window[i] == capital
            && (i == 0 || !window[i - 1].is_alphanumeric())
            && window.get(i + n).is_none_or(|c| !c.is_alphanumeric())
            && window[i + 1..i + n]
                .iter()
                .zip(&head[1..])
                .all(|(a, b)| a.to_lowercase().eq(std::iter::once(*b)));
        fits.then_some((i, i + n))
    })
}

/// The sentence before the one that holds the pronoun at `pos`, past the quotation the pronoun
/// attributes: "She was nervous. “It was hard,” she said." Only a pronoun that opens its own
/// sentence (or follows the quotation) looks back; a sentence that holds a quotation mark is
/// no such sentence.
fn sentence_before(chars: &[char], pos: usize) -> Option<std::ops::Range<usize>> {
    let lo = pos.saturating_sub(800);
    let mut k = pos;
    let back_over = |k: &mut usize, also: &[char]| {
        while *k > lo && (chars[*k - 1].is_whitespace() || also.contains(&chars[*k - 1])) {
            *k -= 1;
        }
    };
    back_over(&mut k, &[',']);
    // "“…,” she said": past the quotation to its opening mark.
    if k > lo && is_double(chars[k - 1]) {
        let close = k - 1;
        let open = (lo..close).rev().find(|&i| is_double(chars[i]))?;
        k = open;
        back_over(&mut k, &[]);
    } else {
        // The pronoun's own sentence runs back to its start: only a pronoun that opens it
        // (after a connective at most) looks further back.
        let start = (lo..k)
            .rev()
            .find(|&i| matches!(chars[i], '.' | '!' | '?' | '\n'));
        // More than one word: counted without copying, stopping at the second.
        let mut words = 0;
        let mut in_word = false;
        for c in &chars[start.map_or(lo, |i| i + 1)..k] {
            let space = c.is_whitespace();
            if !space && !in_word {
                words += 1;
                if words > 1 {
                    return None;
                }
            }
            in_word = !space;
        }
        k = start?;
        back_over(&mut k, &[]);
        k += 1;
    }
    // The sentence before: from the last sentence end or mark before it.
    let end = k;
    if end == lo || !matches!(chars[end - 1], '.' | '!' | '?' | ':') {
        return None;
    }
    let start = (lo..end - 1)
        .rev()
        .find(|&i| matches!(chars[i], '.' | '!' | '?' | '\n') || is_double(chars[i]))
        .map_or(lo, |i| i + 1);
    if start == lo || is_double(chars[start - 1]) {
        return None;
    }
    Some(start..end)
}

/// Where the same pronoun (`he` or `she`, lowercase) stands in the sentence before the one
/// that holds the pronoun at `pos` (see `sentence_before`).
pub(super) fn chained_pronoun(chars: &[char], pos: usize, pronoun: &str) -> Option<usize> {
    let std::ops::Range { start, end } = sentence_before(chars, pos)?;
    // The first word that is the pronoun, at word boundaries.
    let mut i = start;
    while i < end {
        if chars[i].is_alphabetic() && (i == 0 || !chars[i - 1].is_alphanumeric()) {
            let w_end = (i..end).find(|&j| !chars[j].is_alphabetic()).unwrap_or(end);
            let word: String = chars[i..w_end].iter().collect::<String>().to_lowercase();
            if word == pronoun && w_end < end && chars[w_end] == ' ' {
                return Some(i);
            }
            i = w_end;
        } else {
            i += 1;
        }
    }
    None
}

/// "His wife was more forgiving. “It happens,” she said.": the sentence before the pronoun's
/// opens with a possessive or article and a noun for a person of the pronoun's gender, then a
/// lowercase word; that phrase, as the text gives it, is who the pronoun stands for.
pub(super) fn described_subject_before(
    chars: &[char],
    pos: usize,
    gender: Gender,
) -> Option<String> {
    subject_before(chars, pos, |noun| {
        crate::quotes::mention::person_noun_gender(noun) == Some(Some(gender))
    })
}

/// "The lawsuit alleges that …. It says …": "it" after a sentence that opens with a document
/// as its subject ("The lawsuit", "Its report") is that document.
pub(super) fn document_subject_before(chars: &[char], pos: usize) -> Option<String> {
    subject_before(chars, pos, crate::quotes::name_words::is_document_word)
}

/// The sentence before the pronoun at `pos` opens with a possessive or "the", a noun that
/// `fits`, then a lowercase word: that phrase, as the text gives it.
fn subject_before(chars: &[char], pos: usize, fits: impl Fn(&str) -> bool) -> Option<String> {
    let range = sentence_before(chars, pos)?;
    let sentence: String = chars[range].iter().collect();
    let mut words = sentence.split_whitespace();
    let (first, noun, next) = (words.next()?, words.next()?, words.next()?);
    // "The lawsuit, filed on Monday, alleges": an aside may follow the noun.
    let noun = noun.strip_suffix(',').unwrap_or(noun);
    // "Vang's father, who taught him, watched": a named possessor opens it too.
    let opens = matches!(
        first.to_lowercase().as_str(),
        "his" | "her" | "their" | "its" | "the"
    ) || first.ends_with("'s")
        || first.ends_with("’s");
    let verb_follows = next.chars().next().is_some_and(char::is_lowercase);
    (opens && fits(noun) && verb_follows).then(|| format!("{first} {noun}"))
}

/// The last name in `window` that opens with `head` capitalised and goes on over capitalised
/// words and the short words between them: "Doctors for Open Borders" for "doctors".
pub(super) fn group_in_text(window: &[char], head: &str) -> Option<String> {
    // Only the words from the last such head on are read into a string.
    let (at, _) = last_capitalised(window, head)?;
    let text: String = window[at..window.len().min(at + 300)].iter().collect();
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let k = words.iter().rposition(|w| {
        let b = bare(w);
        b.eq_ignore_ascii_case(head) && b.starts_with(char::is_uppercase)
    })?;
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let mut end = k + 1;
    while end < words.len() {
        let w = words[end];
        let link = matches!(
            w,
            "for" | "of" | "and" | "the" | "in" | "against" | "without"
        );
        if capital(w) || (link && words.get(end + 1).is_some_and(|n| capital(n))) {
            end += 1;
            // A word that ends a clause ends the name.
            if w.ends_with([',', '.', ';', ':', ')']) {
                break;
            }
        } else {
            break;
        }
    }
    // The first word's own punctuation ends the name there.
    let first_closed = words[k].ends_with([',', '.', ';', ':']);
    (end - k >= 2 && !first_closed && capital(words[end - 1])).then(|| {
        let mut name: Vec<String> = words[k..end].iter().map(|w| (*w).to_owned()).collect();
        if let Some(last) = name.last_mut() {
            *last = bare(last);
        }
        name.join(" ")
    })
}

/// The last phrase in `window` that introduced a body by a common noun ending in `head`
/// ("the pilots' union", "the transport ministry"), from its determiner or possessor, in
/// lowercase after a capitalised article: "the pilots' union" for "the union". None when the
/// noun was not used so.
pub(super) fn described_body(window: &[char], head: &str) -> Option<String> {
    // Only the words around the head's last use are read into a string.
    let at = crate::quotes::mention::last_word_at(window, head)?;
    let window = &window[at.saturating_sub(120)..(at + head.len() + 40).min(window.len())];
    let text: String = window.iter().collect();
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare = |w: &str| -> String {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_owned()
    };
    let k = words.iter().rposition(|w| bare(w) == head)?;
    // Back to the determiner over at most three lowercase words or possessives; no capital
    // (a named body is the name index's), no punctuation between.
    let mut s = k;
    while s > 0 && k - s < 4 {
        let w = words[s - 1];
        let b = bare(w);
        if b.is_empty() || w.ends_with([',', '.', ';', ':', '!', '?']) {
            return None;
        }
        s -= 1;
        if matches!(
            b.to_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "their"
        ) {
            let mut phrase: Vec<String> = words[s..=k].iter().map(|w| bare(w)).collect();
            if phrase
                .iter()
                .skip(1)
                .any(|w| w.starts_with(char::is_uppercase))
            {
                return None;
            }
            phrase[0] = "the".to_owned();
            // "a team of scientists": what the body is made of belongs to it.
            if let (Some(of), Some(what)) = (words.get(k + 1), words.get(k + 2))
                && *of == "of"
                && what.starts_with(char::is_lowercase)
                && !matches!(bare(what).as_str(), "the" | "a" | "an")
            {
                phrase.push("of".to_owned());
                phrase.push(bare(what));
            }
            return (phrase.len() >= 3).then(|| phrase.join(" "));
        }
    }
    None
}

/// "SkyNord cancelled 300 flights. … The airline said": the last body named by one
/// capitalised word before the end of `window` that is a sentence's subject (it opens the
/// sentence, a lowercase word or a possessive after it), when the word is surely a name: it
/// has a capital inside it ("SkyNord"), or the window also writes it with a capital inside a
/// sentence ("shares in Brightmart fell"). Forenames, days, months and words that never name
/// are passed over, as are words in quotation marks.
pub(super) fn lone_body_in_text(window: &[char]) -> Option<String> {
    // Each word with where it stands: (start, end, opens a sentence, inside marks).
    let mut words: Vec<(usize, usize, bool, bool)> = Vec::new();
    let mut i = 0;
    let mut opens = true;
    let mut quoted = false;
    while i < window.len() {
        let c = window[i];
        if c.is_alphabetic() {
            let end = (i..window.len())
                .find(|&j| !window[j].is_alphanumeric())
                .unwrap_or(window.len());
            words.push((i, end, opens, quoted));
            opens = false;
            i = end;
            continue;
        }
        if is_double(c) {
            quoted = !quoted;
        }
        if matches!(c, '.' | '!' | '?' | '\n') {
            opens = true;
        }
        i += 1;
    }
    // The words written with a capital inside a sentence, found once.
    let inside_sentences: rustc_hash::FxHashSet<&[char]> = words
        .iter()
        .filter(|&&(s, _, opens, quoted)| !opens && !quoted && window[s].is_uppercase())
        .map(|&(s, e, _, _)| &window[s..e])
        .collect();
    (0..words.len()).rev().find_map(|k| {
        let (s, e, opens, quoted) = words[k];
        let word = &window[s..e];
        if !opens
            || quoted
            || e - s < 3
            || !word[0].is_uppercase()
            || !word.iter().any(|c| c.is_lowercase())
        {
            return None;
        }
        // A subject: a lowercase word or a possessive right after it, not another capital.
        let possessive =
            matches!(window.get(e), Some('\'' | '’')) && window.get(e + 1) == Some(&'s');
        let next_lower = words.get(k + 1).is_some_and(|&(ns, _, _, _)| {
            window[ns].is_lowercase() && window[e..ns].iter().all(|c| c.is_whitespace())
        });
        let named = word[1..].iter().any(|c| c.is_uppercase()) || inside_sentences.contains(word);
        if !(possessive || next_lower) || !named {
            return None;
        }
        let w: String = word.iter().collect();
        let lower = w.to_lowercase();
        let never = crate::quotes::name_words::NOT_NAMES.contains(&lower.as_str())
            || crate::quotes::name_words::is_forename(&w)
            || crate::quotes::lexicon::DAYS.contains(&lower.as_str())
            || crate::quotes::lexicon::MONTHS.contains(&lower.as_str());
        (!never).then_some(w)
    })
}

#[cfg(test)]
mod tests {
    use super::described_body;

    #[test]
    fn a_body_described_by_a_common_noun() {
        let w: Vec<char> = "The pilots' union disagreed. Its chairman spoke."
            .chars()
            .collect();
        assert_eq!(
            described_body(&w, "union"),
            Some("the pilots' union".to_owned())
        );
        let w: Vec<char> = "The audit, commissioned by the transport ministry, found"
            .chars()
            .collect();
        assert_eq!(
            described_body(&w, "ministry"),
            Some("the transport ministry".to_owned())
        );
        // A named body, or the bare word, is no description.
        let w: Vec<char> = "The Norland Union said so. The union".chars().collect();
        assert_eq!(described_body(&w, "union"), None);
    }
}
