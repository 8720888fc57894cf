//! Pairing quotation marks within paragraphs. An unbalanced mark costs at most its paragraph;
//! a quotation left open at a paragraph's end continues when the next paragraph opens with a
//! mark, as news style has it.

use std::ops::Range;

/// A span between a pair of marks, found before any attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    /// The text between the marks.
    pub span: Range<usize>,
    /// The position of the opening mark.
    pub open: usize,
    /// The position of the closing mark; `None` when the quotation runs on past its paragraph.
    pub close: Option<usize>,
    /// Index of the paragraph it is in.
    pub paragraph: usize,
    /// It continues a quotation left open at the end of the previous paragraph.
    pub continues: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark whose side is told by its neighbours, or by the state.
    Either,
}

pub(crate) fn is_double(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‟')
}

pub fn is_mark(c: char) -> bool {
    is_double(c) || matches!(c, '‘' | '’' | '\'')
}

fn opens_before(c: char) -> bool {
    c.is_whitespace() || "([{—–-/".contains(c) || is_double(c)
}

fn closes_after(c: char) -> bool {
    c.is_whitespace() || ",.;:!?)]}—–-/…".contains(c) || is_double(c)
}

/// The role of a double mark at `i`, given the paragraph's convention for guillemets and `„`.
fn role(
    chars: &[char],
    i: usize,
    para: &Range<usize>,
    reversed_guillemets: bool,
    low9: bool,
) -> Role {
    let before = (i > para.start).then(|| chars[i - 1]);
    let after = chars.get(i + 1).copied().filter(|_| i + 1 < para.end);
    let open_ctx = before.is_none_or(opens_before);
    let close_ctx = after.is_none_or(closes_after);
    match chars[i] {
        '“' if low9 => Role::Close,
        '“' | '„' | '‟' => Role::Open,
        '”' => Role::Close,
        '«' => {
            if reversed_guillemets {
                Role::Close
            } else {
                Role::Open
            }
        }
        '»' => {
            if reversed_guillemets {
                Role::Open
            } else {
                Role::Close
            }
        }
        _ => match (open_ctx, close_ctx) {
            (true, false) => Role::Open,
            (false, true) => Role::Close,
            _ => Role::Either,
        },
    }
}

/// Words shortened at the front with an apostrophe: 'til, 'em, 'cause, 'n', 'tis, 'twas.
const ELISIONS: &[&str] = &["til", "em", "cause", "n", "tis", "twas", "bout", "round"];

/// A single mark at `i` that is an apostrophe: inside a word (don't), or eliding the start
/// of one ('til, the '90s).
fn apostrophe(chars: &[char], i: usize, para: &Range<usize>) -> bool {
    let before = (i > para.start).then(|| chars[i - 1]);
    let after = chars.get(i + 1).copied().filter(|_| i + 1 < para.end);
    let inside =
        before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric);
    if inside || after.is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    let word: String = chars[i + 1..para.end]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .flat_map(|c| c.to_lowercase())
        .collect();
    before.is_none_or(opens_before) && ELISIONS.contains(&word.as_str())
}

/// Rewrites doubled apostrophes used as quotation marks (`''Yes,'' she said`, and the
/// typewriter opener ` `` `), a convention of some news archives, into a curly double mark
/// beside the quoted words and a space on the outer side, so the text keeps its length and
/// every offset stays true. Only an article that both opens and closes with them is touched;
/// in a run of three, the third is a single mark nested beside the double one.
pub fn normalise_doubled(chars: &mut [char], paragraphs: &[Range<usize>]) {
    // (position of the double mark's first character, opener)
    let mut found: Vec<(usize, bool)> = Vec::new();
    let (mut opens, mut closes) = (0, 0);
    for para in paragraphs {
        let mut i = para.start;
        while i + 1 < para.end {
            let c = chars[i];
            if !(c == '\'' || c == '`') || chars[i + 1] != c {
                i += 1;
                continue;
            }
            let mut end = i;
            while end < para.end && chars[end] == c {
                end += 1;
            }
            let before = (i > para.start).then(|| chars[i - 1]);
            let after = (end < para.end).then(|| chars[end]);
            let open_ctx =
                before.is_none_or(opens_before) && after.is_some_and(|a| !a.is_whitespace());
            let close_ctx = c == '\''
                && before.is_some_and(|b| !b.is_whitespace())
                && after.is_none_or(closes_after);
            if end - i <= 3 {
                if open_ctx && !close_ctx {
                    found.push((i, true));
                    opens += 1;
                } else if close_ctx && !open_ctx {
                    found.push((end - 2, false));
                    closes += 1;
                }
            }
            i = end;
        }
    }
    if opens == 0 || closes == 0 {
        return;
    }
    for (i, opener) in found {
        if opener {
            chars[i] = ' ';
            chars[i + 1] = '“';
        } else {
            chars[i] = '”';
            chars[i + 1] = ' ';
        }
    }
}

/// Whether the article uses single marks for its quotations (British style): it has no
/// double marks, and single marks open words at least twice.
pub fn single_style(chars: &[char], paragraphs: &[Range<usize>]) -> bool {
    if chars.iter().any(|&c| is_double(c)) {
        return false;
    }
    let mut openers = 0;
    for para in paragraphs {
        for i in para.clone() {
            let c = chars[i];
            if (c == '‘' || c == '\'')
                && (i == para.start || opens_before(chars[i - 1]))
                && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())
                && !apostrophe(chars, i, para)
            {
                openers += 1;
                if openers >= 2 {
                    return true;
                }
            }
        }
    }
    false
}

/// Finds the quotations of every paragraph: double marks, or single marks in an article that
/// quotes with them (nested single marks inside double ones are part of the outer quotation).
pub fn find(chars: &[char], paragraphs: &[Range<usize>]) -> Vec<Marked> {
    if single_style(chars, paragraphs) {
        return find_single(chars, paragraphs);
    }
    find_double(chars, paragraphs)
}

/// Pairs single marks. A closing mark after a letter (the voters’ verdict) is passed over when
/// a closing mark after punctuation follows before the next opening one.
fn find_single(chars: &[char], paragraphs: &[Range<usize>]) -> Vec<Marked> {
    let mut out = Vec::new();
    for (p, para) in paragraphs.iter().enumerate() {
        // (position, role, strong closer)
        let marks: Vec<(usize, Role, bool)> = para
            .clone()
            .filter(|&i| matches!(chars[i], '‘' | '’' | '\''))
            .filter(|&i| !apostrophe(chars, i, para))
            .filter_map(|i| {
                let before = (i > para.start).then(|| chars[i - 1]);
                let after = chars.get(i + 1).copied().filter(|_| i + 1 < para.end);
                let open_ctx = before.is_none_or(opens_before);
                let close_ctx = after.is_none_or(closes_after);
                let strong = before.is_some_and(|c| ",.!?…—;:".contains(c));
                let role = match (chars[i], open_ctx, close_ctx) {
                    ('‘', _, _) => Role::Open,
                    (_, true, false) => Role::Open,
                    (_, false, true) => Role::Close,
                    _ => return None,
                };
                Some((i, role, strong))
            })
            .collect();
        let mut open: Option<usize> = None;
        for (k, &(i, role, strong)) in marks.iter().enumerate() {
            match (open, role) {
                (None, Role::Open) | (Some(_), Role::Open) => open = Some(i),
                (Some(o), Role::Close) => {
                    let later_strong = marks[k + 1..]
                        .iter()
                        .take_while(|m| m.1 != Role::Open)
                        .any(|m| m.2);
                    if !strong && later_strong {
                        continue;
                    }
                    push_pair(&mut out, chars, o, i, p, false);
                    open = None;
                }
                _ => {}
            }
        }
    }
    out
}

fn find_double(chars: &[char], paragraphs: &[Range<usize>]) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut marks: Vec<usize> = Vec::new();
    let mut carried = false; // the previous paragraph ended inside a quotation
    for (p, para) in paragraphs.iter().enumerate() {
        let first_mark = (para.start..para.end).find(|&i| !chars[i].is_whitespace());
        let opens_with_mark = first_mark.is_some_and(|i| is_double(chars[i]));
        let continues = carried && opens_with_mark;
        carried = false;

        // One pass finds the marks; the paragraph's conventions are read off them.
        marks.clear();
        marks.extend(para.clone().filter(|&i| is_double(chars[i])));
        let reversed = marks
            .iter()
            .map(|&i| chars[i])
            .find(|&c| c == '«' || c == '»')
            == Some('»');
        let low9 = marks.iter().any(|&i| chars[i] == '„');
        let mut open: Option<usize> = None;
        for &i in &marks {
            let r = role(chars, i, para, reversed, low9);
            match (open, r) {
                (None, Role::Open | Role::Either) => open = Some(i),
                (None, Role::Close) => {}
                (Some(o), Role::Close | Role::Either) => {
                    // Only the paragraph's first quotation continues the previous one.
                    let first = out.last().is_none_or(|m: &Marked| m.paragraph != p);
                    push_pair(&mut out, chars, o, i, p, continues && first);
                    open = None;
                }
                // Two openers in a row: the first was a stray mark.
                (Some(_), Role::Open) => open = Some(i),
            }
        }
        if let Some(o) = open {
            let end = trim_end(chars, o + 1, para.end);
            let next_opens = paragraphs.get(p + 1).is_some_and(|next| {
                (next.start..next.end)
                    .find(|&i| !chars[i].is_whitespace())
                    .is_some_and(|i| is_double(chars[i]))
            });
            // Open to the paragraph's end: news style when the next paragraph reopens; otherwise
            // a missing closing mark, and the paragraph's end is still the best guess.
            if end > o + 1 && words(chars, o + 1..end) >= 1 {
                out.push(Marked {
                    span: o + 1..end,
                    open: o,
                    close: None,
                    paragraph: p,
                    continues: continues && out.last().is_none_or(|m: &Marked| m.paragraph != p),
                });
                carried = next_opens;
            }
        }
    }
    out
}

/// Records the quotation between an opening mark at `open` and a closing one at `close`,
/// unless nothing but white space stands between them.
fn push_pair(
    out: &mut Vec<Marked>,
    chars: &[char],
    open: usize,
    close: usize,
    paragraph: usize,
    continues: bool,
) {
    let span = trim(chars, open + 1, close);
    if !span.is_empty() {
        out.push(Marked {
            span,
            open,
            close: Some(close),
            paragraph,
            continues,
        });
    }
}

/// The span between two marks without white space at either end (French spacing).
fn trim(chars: &[char], mut start: usize, end: usize) -> Range<usize> {
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    start..trim_end(chars, start, end)
}

fn trim_end(chars: &[char], start: usize, mut end: usize) -> usize {
    while end > start && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    end
}

fn words(chars: &[char], span: Range<usize>) -> usize {
    chars[span]
        .split(|c| c.is_whitespace())
        .filter(|w| w.iter().any(|c| c.is_alphanumeric()))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut paras = Vec::new();
        let mut start = 0;
        for (i, c) in chars.iter().enumerate() {
            if *c == '\n' {
                paras.push(start..i);
                start = i + 1;
            }
        }
        paras.push(start..chars.len());
        find(&chars, &paras)
            .into_iter()
            .map(|m| {
                let s: String = chars[m.span.clone()].iter().collect();
                if m.continues { format!("+{s}") } else { s }
            })
            .collect()
    }

    #[test]
    fn straight_and_curly_pairs() {
        assert_eq!(run(r#""Yes," he said. "No.""#), vec!["Yes,", "No."]);
        assert_eq!(run("“Yes,” he said, “no.”"), vec!["Yes,", "no."]);
        assert_eq!(run("„Ja“, sagte er."), vec!["Ja"]);
        assert_eq!(run("« Oui », dit-il. »Ja«"), vec!["Oui"]);
        assert_eq!(run("»Ja«, sagte er."), vec!["Ja"]);
    }

    #[test]
    fn british_single_marks_and_apostrophes() {
        assert_eq!(
            run("‘We will win,’ she said. ‘The voters’ verdict is clear.’"),
            vec!["We will win,", "The voters’ verdict is clear."]
        );
        assert_eq!(
            run("‘I don’t know,’ he said of the ’90s and ’til now. It was ‘absurd’."),
            vec!["I don’t know,", "absurd"]
        );
        assert_eq!(
            run("'Rock 'n' roll,' he said. 'It's the '80s again.'"),
            vec!["Rock 'n' roll,", "It's the '80s again."]
        );
    }

    #[test]
    fn single_marks_inside_doubles_stay_nested() {
        assert_eq!(
            run("“He told me ‘never’ twice,” she said."),
            vec!["He told me ‘never’ twice,"]
        );
    }

    #[test]
    fn runs_across_paragraphs() {
        let out = run("“First part.\n“Second part,” she said.");
        assert_eq!(out, vec!["First part.", "+Second part,"]);
    }

    #[test]
    fn unbalanced_mark_costs_only_its_paragraph() {
        let out = run("He said \"oops and never closed it\nThen “fine,” she said.");
        assert_eq!(out, vec!["oops and never closed it", "fine,"]);
    }

    fn run_doubled(text: &str) -> (Vec<String>, String) {
        let mut chars: Vec<char> = text.chars().collect();
        let paras: Vec<Range<usize>> = std::iter::once(0..chars.len()).collect();
        normalise_doubled(&mut chars, &paras);
        let found = find(&chars, &paras)
            .into_iter()
            .map(|m| chars[m.span].iter().collect())
            .collect();
        (found, chars.iter().collect())
    }

    #[test]
    fn doubled_apostrophes_quote_in_archive_style() {
        let text = "''We won,'' said Pia Lund. ''It's the '90s, 'again.'''";
        let (found, out) = run_doubled(text);
        assert_eq!(found, vec!["We won,", "It's the '90s, 'again.'"]);
        assert_eq!(out.chars().count(), text.chars().count());
        assert_eq!(run_doubled("``Fine,'' she said.").0, vec!["Fine,"]);
        // Inches, with no doubled opener anywhere, are left alone.
        assert_eq!(run_doubled("It is 5'' long.").1, "It is 5'' long.");
    }

    #[test]
    fn stray_closer_is_ignored() {
        assert_eq!(run("It was 5” wide and “ok.”"), vec!["ok."]);
    }
}
