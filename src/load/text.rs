//! Plain-text articles: the first non-empty line is the title, blank lines separate paragraphs,
//! and a caption or `Name/Agency` photo credit line is recognised and kept out of the body.

use crate::article::{Article, Block, BlockKind, Credit, CreditKind, Meta};
use std::ops::Range;

/// A line of the file: its char span with the line ending and trailing spaces left out.
struct Line<'a> {
    text: &'a str,
    span: Range<usize>,
}

/// A line this long is a paragraph of its own, not a hard-wrapped line: text that puts one
/// paragraph on each line has no blank lines to separate them.
const PARAGRAPH_LINE: usize = 100;

pub fn parse(path: &str, text: String, encoding: &str) -> Article {
    let lines = lines(&text);
    // At most one group for every other line in the usual text (a blank line between
    // paragraphs): sized once, as the lines are, so a long text's lists are not grown and
    // copied over and over.
    let mut groups: Vec<Vec<&Line>> = Vec::with_capacity(lines.len() / 2 + 1);
    let mut group: Vec<&Line> = Vec::new();
    for line in lines.iter().chain(std::iter::once(&Line {
        text: "",
        span: 0..0,
    })) {
        if !line.text.trim().is_empty() {
            group.push(line);
            continue;
        }
        if group.is_empty() {
            continue;
        }
        let long = group.len() > 1
            && group
                .iter()
                .any(|l| l.text.chars().count() > PARAGRAPH_LINE);
        if long {
            groups.extend(group.drain(..).map(|l| vec![l]));
        } else {
            groups.push(std::mem::take(&mut group));
        }
    }
    let mut parser = Parser::default();
    for g in &groups {
        parser.group(g);
    }
    let mut meta = Meta {
        author: parser.author.take(),
        ..Meta::default()
    };
    if let Some(first) = parser
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Paragraph)
    {
        let head: String = text
            .chars()
            .skip(first.span.start)
            .take(first.span.len().min(80))
            .collect();
        meta.outlet = dateline_wire(&head);
    }
    Article {
        path: path.to_owned(),
        title: parser.title.unwrap_or_else(|| super::fallback_title(path)),
        text,
        blocks: parser.blocks,
        credits: parser.credits,
        encoding: encoding.to_owned(),
        meta,
        links: Vec::new(),
        figures: Vec::new(),
        body_only: false,
    }
}

#[derive(Default)]
struct Parser {
    title: Option<String>,
    author: Option<String>,
    seen_paragraph: bool,
    blocks: Vec<Block>,
    credits: Vec<Credit>,
}

impl Parser {
    /// Takes one group of lines between blank lines.
    fn group(&mut self, group: &[&Line]) {
        let mut rest = group;
        if self.title.is_none()
            && let Some((first, tail)) = rest.split_first()
        {
            if looks_like_title(first.text) {
                self.title = Some(first.text.trim().to_owned());
                self.blocks.push(Block {
                    kind: BlockKind::Title,
                    span: trim_span(first),
                });
                rest = tail;
            } else {
                // The story starts at once: its first sentence names it.
                self.title = Some(first_sentence(first.text));
            }
        }
        // "By Jane Doe" (with an outlet or a second name) under the title.
        while !self.seen_paragraph
            && let Some((line, tail)) = rest.split_first()
            && let Some(author) = byline(line.text)
        {
            self.author.get_or_insert(author);
            self.blocks.push(Block {
                kind: BlockKind::Byline,
                span: trim_span(line),
            });
            rest = tail;
        }
        // Lines of the header, or a paragraph that is one line, may be a caption or credit.
        while let Some((line, tail)) = rest.split_first() {
            let standalone = rest.len() == 1;
            let header = !self.seen_paragraph;
            match (header || standalone)
                .then(|| credit_line(line, self.title.as_deref(), header))
                .flatten()
            {
                Some(found) => {
                    if let Some(caption) = found.caption {
                        self.blocks.push(Block {
                            kind: BlockKind::Caption,
                            span: caption,
                        });
                    }
                    self.blocks.push(Block {
                        kind: BlockKind::Credit,
                        span: found.credit.span.clone(),
                    });
                    self.credits.push(found.credit);
                    rest = tail;
                }
                None => break,
            }
        }
        if let (Some(first), Some(last)) = (rest.first(), rest.last()) {
            self.blocks.push(Block {
                kind: BlockKind::Paragraph,
                span: trim_span(first).start..last.span.end,
            });
            self.seen_paragraph = true;
        }
    }
}

/// A first line reads as a title when it is short and does not end a sentence the way body
/// text does.
fn looks_like_title(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    if words > 20 || t.chars().count() > 150 {
        return false;
    }
    // A long line ending like a sentence is the story's first sentence, unless it is written
    // as a headline: in title case, or led by a short label and a colon ("Berg: the fares
    // will rise next year.").
    let capitalised = t
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let labelled = t.split_once(": ").is_some_and(|(label, _)| {
        let n = label.split_whitespace().count();
        (1..=4).contains(&n)
            && label
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    });
    !(words > 8 && t.ends_with(['.', ',', ';'])) || capitalised * 10 >= words * 6 || labelled
}

/// The first sentence of a line, cut at a word near 80 columns.
fn first_sentence(line: &str) -> String {
    let t = line.trim();
    let end = t
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && t[i + c.len_utf8()..].starts_with(' ')
                && t[..i].split_whitespace().count() >= 4
        })
        .map_or(t.len(), |(i, _)| i);
    let sentence = &t[..end];
    if sentence.chars().count() <= 90 {
        return sentence.to_owned();
    }
    let mut out = String::new();
    for w in sentence.split_whitespace() {
        if out.chars().count() + w.chars().count() > 80 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.push('…');
    out
}

/// "By Jane Doe", "By Jane Doe and Sam Lee", "BY JANE DOE, Reuters": the author named.
fn byline(line: &str) -> Option<String> {
    let t = line.trim();
    let rest = t
        .get(..3)
        .filter(|h| h.eq_ignore_ascii_case("by "))
        .map(|_| t[3..].trim())?;
    let names = rest.split([',', '|', '—', '–']).next()?.trim();
    let words: Vec<&str> = names.split_whitespace().collect();
    let ok = (2..=8).contains(&words.len())
        && t.chars().count() <= 100
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(*w, "and" | "de" | "van" | "von" | "da" | "del" | "al")
        });
    ok.then(|| names.to_owned())
}

/// "WASHINGTON (AP) — …": the wire credited in a dateline at the start of the story.
fn dateline_wire(head: &str) -> Option<String> {
    let open = head.find('(')?;
    let place = &head[..open];
    if place.trim().is_empty()
        || !place
            .chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, ',' | '.' | '-' | '\''))
    {
        return None;
    }
    let close = open + head[open..].find(')')?;
    let wire = head[open + 1..close].trim();
    let after = head[close + 1..].trim_start();
    (after.starts_with(['—', '–', '-']) && !wire.is_empty() && wire.len() <= 20)
        .then(|| wire.to_owned())
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::with_capacity(text.bytes().filter(|&b| b == b'\n').count() + 1);
    let mut char_pos = 0;
    for raw in text.split('\n') {
        let raw_chars = raw.chars().count();
        let trimmed = raw.trim_end_matches(|c: char| c == '\r' || c.is_whitespace());
        let len = trimmed.chars().count();
        out.push(Line {
            text: trimmed,
            span: char_pos..char_pos + len,
        });
        char_pos += raw_chars + 1;
    }
    out
}

/// A line's span without its leading white space.
fn trim_span(line: &Line) -> Range<usize> {
    let lead = line.text.chars().take_while(|c| c.is_whitespace()).count();
    line.span.start + lead..line.span.end
}

struct CreditLine {
    caption: Option<Range<usize>>,
    credit: Credit,
}

/// Recognises "Caption textFirst Last/Agency", "Caption text First Last/Agency" (in the header)
/// and "First Last/Agency" alone.
fn credit_line(line: &Line, title: Option<&str>, in_header: bool) -> Option<CreditLine> {
    let mut text = line.text.trim();
    let mut lead = line.text.chars().take_while(|c| c.is_whitespace()).count();
    let mut labelled = false;
    // "Photo: Name/Agency", "Credit: …"
    for label in super::build::CREDIT_LABELS {
        if let Some(rest) = text.strip_prefix(label) {
            lead += label.chars().count() + rest.chars().take_while(|c| c.is_whitespace()).count();
            text = rest.trim_start();
            labelled = true;
            break;
        }
    }
    let start = line.span.start + lead;
    // "Photo: Reuters", "Credit: Jane Roe for The Ledger": the label says it is a credit.
    if labelled
        && !text.contains('/')
        && (1..=8).contains(&text.split_whitespace().count())
        && !ends_sentence(text)
    {
        let (person, agency) = super::build::split_credit(text);
        return Some(CreditLine {
            caption: None,
            credit: Credit {
                span: start..start + text.chars().count(),
                text: text.to_owned(),
                person,
                agency,
                kind: CreditKind::Photo,
            },
        });
    }
    if text.chars().count() > 200 || text.contains("://") || text.matches('/').count() != 1 {
        return None;
    }
    let (before, agency) = text.split_once('/')?;
    let agency = agency.trim();
    if !is_agency(agency) {
        return None;
    }
    let (caption, person) = split_person(before)?;
    let caption = caption.trim_end();
    if !caption.is_empty() {
        // A caption is kept only where captions live: the header, or a line that repeats the title.
        let repeats_title = title.is_some_and(|t| caption.starts_with(t.trim()));
        if !(in_header || repeats_title) || ends_sentence(caption) {
            return None;
        }
    }
    let caption_chars = caption.chars().count();
    let credit_offset = before.chars().count() - person.chars().count();
    let credit_text = format!("{person}/{agency}");
    let credit_start = start + credit_offset;
    Some(CreditLine {
        caption: (!caption.is_empty()).then(|| start..start + caption_chars),
        credit: Credit {
            span: credit_start..credit_start + credit_text.chars().count(),
            text: credit_text,
            person: Some(person.to_owned()),
            agency: Some(agency.to_owned()),
            kind: CreditKind::Photo,
        },
    })
}

fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', ':', ';', ','])
}

fn is_agency(agency: &str) -> bool {
    let words: Vec<&str> = agency.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && agency.chars().count() <= 40
        && words
            .first()
            .and_then(|w| w.chars().next())
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !ends_sentence(agency)
}

const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "da", "del", "der", "la", "le", "bin", "al",
];

/// Splits the text before the slash into (caption, photographer), where the photographer is the
/// trailing run of two to four capitalised words, possibly glued onto the caption's last word.
fn split_person(before: &str) -> Option<(&str, &str)> {
    let trimmed = before.trim_end();
    if trimmed.len() != before.len() {
        return None; // "Name /Agency" is not the credit convention
    }
    let words: Vec<(usize, &str)> = word_starts(trimmed);
    let mut first = words.len();
    while first > 0 && words.len() - first < 4 {
        let w = words[first - 1].1;
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let particle = NAME_PARTICLES.contains(&w) && first < words.len();
        if !(cap || particle) {
            break;
        }
        first -= 1;
        if let Some(glue) = glued_at(w) {
            // "HarbourIlse": the caption runs up to the capital that starts the name.
            let at = words[first].0 + glue;
            let person = &trimmed[at..];
            return (person.split_whitespace().count() >= 2).then_some((&trimmed[..at], person));
        }
    }
    let count = words.len() - first;
    let determiner = ["The", "A", "An", "This", "That", "Our", "My"].contains(&words.get(first)?.1);
    if !(2..=4).contains(&count) || determiner {
        return None;
    }
    let at = words[first].0;
    let person = &trimmed[at..];
    if !person
        .split_whitespace()
        .all(|w| w.chars().all(|c| c.is_alphabetic() || "-'.’".contains(c)))
    {
        return None;
    }
    Some((&trimmed[..at], person))
}

fn word_starts(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(st)) => {
                out.push((st, &s[st..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

/// The byte offset in a word where a lowercase letter is directly followed by a capital.
fn glued_at(word: &str) -> Option<usize> {
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if prev_lower && c.is_uppercase() {
            return Some(i);
        }
        prev_lower = c.is_lowercase();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        parse("t.txt", text.to_owned(), "UTF-8")
    }

    fn kinds(a: &Article) -> Vec<(BlockKind, String)> {
        a.block_texts()
    }

    #[test]
    fn a_long_first_line_ending_in_a_full_stop_is_a_title_only_written_as_one() {
        for title in [
            "Berg: the ferry fares will rise again next year, the mayor warns.",
            "Harbour Board Says Ferry Fares Will Rise Again Next Year.",
        ] {
            let a = article(&format!("{title}\n\nBody one.\n\nBody two."));
            assert_eq!(kinds(&a)[0], (BlockKind::Title, title.to_owned()));
        }
        let lede = "The ferry fares will rise again next year, the mayor said on Monday.";
        let a = article(&format!("{lede}\n\nBody one."));
        assert_eq!(kinds(&a)[0], (BlockKind::Paragraph, lede.to_owned()));
    }

    #[test]
    fn glued_caption_and_credit_are_split() {
        let a = article("A Title Here\nA Title HereJane Roe/Flash 90\n\nBody one.\n\nBody two.");
        assert_eq!(a.title, "A Title Here");
        assert_eq!(
            kinds(&a),
            vec![
                (BlockKind::Title, "A Title Here".into()),
                (BlockKind::Caption, "A Title Here".into()),
                (BlockKind::Credit, "Jane Roe/Flash 90".into()),
                (BlockKind::Paragraph, "Body one.".into()),
                (BlockKind::Paragraph, "Body two.".into()),
            ]
        );
        assert_eq!(a.credits[0].person.as_deref(), Some("Jane Roe"));
        assert_eq!(a.credits[0].agency.as_deref(), Some("Flash 90"));
    }

    #[test]
    fn credit_only_line_anywhere() {
        let a = article("Title\n\nBody.\n\nAnna van Dijk/Reuters\n\nMore body.");
        assert_eq!(a.credits.len(), 1);
        assert_eq!(a.credits[0].person.as_deref(), Some("Anna van Dijk"));
        assert_eq!(a.paragraphs().count(), 2);
    }

    #[test]
    fn slashes_in_body_text_are_not_credits() {
        for line in [
            "He said the and/or clause was vague.",
            "Prices rose 3/4 of a point",
            "See https://example.com/A B",
            "The Yes/No Campaign",
        ] {
            let a = article(&format!("Title\n\nIntro.\n\n{line}"));
            assert!(a.credits.is_empty(), "{line}");
        }
    }

    #[test]
    fn crlf_bom_free_trailing_spaces_and_multiline_paragraphs() {
        let a = article("  Title  \r\n\r\nLine one\r\nline two   \r\n\r\n\r\nNext.\r\n");
        assert_eq!(a.title, "Title");
        let paras: Vec<String> = a.paragraphs().map(|b| a.slice(&b.span)).collect();
        assert_eq!(
            paras,
            vec!["Line one\r\nline two".to_string(), "Next.".into()]
        );
    }

    #[test]
    fn long_lines_are_paragraphs_of_their_own() {
        let long = "word ".repeat(30);
        let a = article(&format!(
            "Title\n{long}\n{long}\n\nshort line\nwrapped line"
        ));
        assert_eq!(a.paragraphs().count(), 3);
    }

    #[test]
    fn no_text_lines_gives_file_stem_title() {
        let a = parse("dir/story.txt", "\n\n".into(), "UTF-8");
        assert_eq!(a.title, "story");
        assert!(a.blocks.is_empty());
    }

    #[test]
    fn byline_dateline_and_credit_lines() {
        let a = article(
            "Storm Closes the Ports\nBy Jane Doe and Sam Lee, Reuters\nPhoto: Reuters\n\nWASHINGTON (AP) — The ports closed on Monday, officials said.\n\nMore.",
        );
        assert_eq!(a.title, "Storm Closes the Ports");
        assert_eq!(a.meta.author.as_deref(), Some("Jane Doe and Sam Lee"));
        assert_eq!(a.meta.outlet.as_deref(), Some("AP"));
        let k: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            k,
            vec![
                BlockKind::Title,
                BlockKind::Byline,
                BlockKind::Credit,
                BlockKind::Paragraph,
                BlockKind::Paragraph
            ]
        );
        assert_eq!(a.credits[0].agency.as_deref(), Some("Reuters"));
    }

    #[test]
    fn a_story_without_a_title_line_is_named_by_its_first_sentence() {
        let a = article(
            "The council voted on Tuesday night to reopen the ferry docks after a debate that ran for most of the decade. It was close.\n\nMore.",
        );
        assert_eq!(
            a.title,
            "The council voted on Tuesday night to reopen the ferry docks after a debate that…"
        );
        assert_eq!(
            a.paragraphs().count(),
            2,
            "the first line stays in the body"
        );
    }
}
