//! Quotation analysis of an article's text: marks, attribution, coreference, outlets and the
//! sources register. It takes an `Article` and knows nothing of files or terminals.

pub mod attribution;
pub mod coref;
pub mod intro;
pub mod lexicon;
pub mod marks;
pub mod names;
pub mod outlets;
pub mod reported;
pub mod tokens;

use crate::article::{Analysis, Article, Cue, Quote, QuoteKind, Source, SourceKind, Speaker};
use attribution::{Attribution, Phrase};
use coref::Resolver;
use lexicon::Outlets;
use lexicon::WordSet;
use std::ops::Range;

/// Analyses an article with the built-in outlet table.
pub fn analyse(article: &Article) -> Analysis {
    analyse_with(article, Outlets::builtin())
}

/// Analyses an article with a given outlet table (the built-in one extended by the config).
pub fn analyse_with(article: &Article, outlet_table: &Outlets) -> Analysis {
    let chars: Vec<char> = article.text.chars().collect();
    let paragraphs: Vec<Range<usize>> = article
        .blocks
        .iter()
        .filter(|b| b.kind.is_body())
        .flat_map(|b| {
            pieces(
                &chars,
                b.span.start.min(chars.len())..b.span.end.min(chars.len()),
            )
        })
        .collect();
    let marked = marks::find(&chars, &paragraphs);
    let quoted: Vec<Range<usize>> = marked.iter().map(|m| m.span.clone()).collect();
    let mut resolver = Resolver::default();
    let mut relays = outlets::Relays::default();
    let text = coref::Text {
        chars: &chars,
        paragraphs: &paragraphs,
    };
    // Paragraphs are tokenized once each, in order, as the quotations reach them: the index of
    // names grows with them, and only two paragraphs' tokens are held at a time.
    let mut next_para = 0;
    let mut toks: Vec<tokens::Tok> = Vec::new();
    let mut prev_toks: Vec<tokens::Tok> = Vec::new();
    // Two passes run on each paragraph as it is tokenized: the index of names, and the outlets
    // that relay what is said.
    // Reported speech found in the paragraphs read so far, waiting for its source to be
    // resolved in text order with the quotations.
    let mut pending: std::collections::VecDeque<(usize, reported::Reported)> = Default::default();
    let mut advance =
        |upto: usize,
         resolver: &mut Resolver,
         relays: &mut outlets::Relays,
         toks: &mut Vec<tokens::Tok>,
         prev_toks: &mut Vec<tokens::Tok>,
         pending: &mut std::collections::VecDeque<(usize, reported::Reported)>| {
            while next_para <= upto && next_para < paragraphs.len() {
                std::mem::swap(toks, prev_toks);
                let para = paragraphs[next_para].clone();
                tokens::tokenize_into(&chars, para.clone(), toks);
                resolver.index.add_paragraph(toks, &chars, &quoted);
                relays.add_paragraph(next_para, toks, &chars, outlet_table);
                let lo = quoted.partition_point(|q| q.end <= para.start);
                let hi = quoted.partition_point(|q| q.start < para.end);
                pending.extend(
                    reported::find(&chars, toks, &quoted[lo..hi.max(lo)])
                        .into_iter()
                        .map(|r| (next_para, r)),
                );
                next_para += 1;
            }
        };
    let mut reported_out: Vec<Quote> = Vec::new();
    let mut settle = |before: usize,
                      pending: &mut std::collections::VecDeque<(usize, reported::Reported)>,
                      resolver: &mut Resolver,
                      relays: &outlets::Relays| {
        while pending
            .front()
            .is_some_and(|(_, r)| r.attribution.cue.span.start < before)
        {
            let Some((paragraph, r)) = pending.pop_front() else {
                break;
            };
            reported_out.push(reported_quote(paragraph, r, resolver, relays, &text));
        }
    };

    let mut quotes: Vec<Quote> = Vec::with_capacity(marked.len());
    let mut group = 0;
    for (i, m) in marked.iter().enumerate() {
        advance(
            m.paragraph,
            &mut resolver,
            &mut relays,
            &mut toks,
            &mut prev_toks,
            &mut pending,
        );
        settle(m.open, &mut pending, &mut resolver, &relays);
        let para = &paragraphs[m.paragraph];
        let found = m
            .close
            .and_then(|c| {
                attribution::after(&chars, &toks, c).or_else(|| {
                    // A credit on the next line: "“…”⏎-Governor Hale, tweeting …".
                    let rest = &chars[c + 1..para.end];
                    let next = paragraphs.get(m.paragraph + 1)?;
                    let dash = chars[next.clone()]
                        .iter()
                        .find(|x| !x.is_whitespace())
                        .is_some_and(|x| "―—–-~".contains(*x));
                    (dash && rest.iter().all(|x| x.is_whitespace() || ".,".contains(*x)))
                        .then(|| attribution::credit_line(&chars, next.clone()))
                        .flatten()
                })
            })
            .filter(|a| a.speaker.is_some());
        let mut before = intro::before(&chars, &toks, m.open);
        if before.is_none() && m.paragraph > 0 && opens_paragraph(&chars, para, m.open) {
            // "Moreau continued:" ending the paragraph before.
            let prev = &paragraphs[m.paragraph - 1];
            if prev_toks.last().is_some_and(|t| t.is_punct(':')) {
                before = intro::before(&chars, &prev_toks, prev.end);
            }
        }
        let kind = classify(&chars, m, para, found.as_ref(), before.as_ref());
        let prev = quotes.last();
        // A fragment continues the previous one's group when it runs on from the previous
        // paragraph, or follows "“A,” he said, “B”" with only its attribution between.
        let joins_prev = prev.is_some_and(|p| {
            p.kind.is_speech()
                && kind.is_speech()
                && (m.continues
                    || (p.paragraph == m.paragraph
                        && found.is_none()
                        && between_is_attribution(&marked[i - 1], m, &chars)))
        });
        let attribution = found.or_else(|| {
            // Only quotations that are introduced by the speech clause take it.
            before.filter(|b| {
                b.speaker.is_some() && (kind != QuoteKind::Direct || intro_is_tight(&chars, b, m))
            })
        });
        if !joins_prev || quotes.is_empty() {
            group += 1;
        }
        let mut quote = Quote {
            id: quotes.len() + 1,
            kind,
            span: m.span.clone(),
            fragments: Vec::new(),
            paragraph: m.paragraph,
            group,
            speaker: None,
            cue: None,
            via: None,
        };
        match attribution {
            Some(a) => set_speaker(&mut quote, &a, &mut resolver, &text),
            None if kind.is_speech() => {
                let same_sentence = i > 0
                    && marked[i - 1].paragraph == m.paragraph
                    && same_sentence(&chars, &marked[i - 1], m);
                let last = quotes
                    .iter()
                    .rev()
                    .take_while(|q| m.paragraph - q.paragraph <= 1)
                    .find(|q| q.kind.is_speech() && q.speaker.is_some());
                if joins_prev || same_sentence {
                    if let Some(p) = last {
                        quote.speaker = p.speaker.clone();
                        quote.cue = p.cue.clone();
                    }
                } else {
                    // The nearer of: the speaker of the last quotation, and a speech verb in
                    // the sentence before this one ("Brandt said that … ." then a quotation).
                    let narrative = narrative_before(&chars, para, &toks, &prev_toks, m);
                    let last_at = last.map(|q| q.span.end);
                    match narrative {
                        Some(a) if last_at.is_none_or(|at| a.cue.span.start > at) => {
                            set_speaker(&mut quote, &a, &mut resolver, &text)
                        }
                        _ => {
                            if let Some(p) = last.filter(|_| kind == QuoteKind::Direct) {
                                quote.speaker = p.speaker.clone();
                                quote.cue = p.cue.clone();
                            }
                        }
                    }
                }
            }
            None => {}
        }
        if kind.is_speech() {
            quote.via = relays.for_quote(m.paragraph, m.span.end).cloned();
        }
        quotes.push(quote);
    }
    advance(
        usize::MAX,
        &mut resolver,
        &mut relays,
        &mut toks,
        &mut prev_toks,
        &mut pending,
    );
    settle(usize::MAX, &mut pending, &mut resolver, &relays);
    let framed = framing(&quotes, &reported_out, &chars, &paragraphs);
    reported_out.extend(framed);
    // The source and the cue stand outside what they report.
    reported_out.retain(|q| {
        let pieces = if q.fragments.is_empty() {
            std::slice::from_ref(&q.span)
        } else {
            &q.fragments[..]
        };
        let clear = |r: &Range<usize>| pieces.iter().all(|p| r.end <= p.start || r.start >= p.end);
        q.speaker.as_ref().is_none_or(|s| clear(&s.span))
            && q.cue.as_ref().is_none_or(|c| clear(&c.span))
    });
    reported_out.sort_by_key(|q| q.span.start);
    let quotes = merge(quotes, reported_out);
    let sources = register(article, &quotes, &resolver.index, &relays);
    Analysis { quotes, sources }
}

/// The longest stretch analysed as one paragraph, in chars. No paragraph of news comes near
/// it; a longer one (a hostile file, text with no blank lines) is cut at white space into
/// pieces this long, so the tokens held at once stay a small multiple of this, not of the file.
const MAX_PARAGRAPH: usize = 1 << 16;

/// A paragraph's range, cut into pieces of at most `MAX_PARAGRAPH` chars.
fn pieces(chars: &[char], para: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(1);
    let mut start = para.start;
    while para.end - start > MAX_PARAGRAPH {
        let hard = start + MAX_PARAGRAPH;
        // The last white space in the piece's second half, else a hard cut.
        let cut = (start + MAX_PARAGRAPH / 2..hard)
            .rev()
            .find(|&k| chars[k].is_whitespace())
            .map_or(hard, |k| k + 1);
        out.push(start..cut);
        start = cut;
    }
    out.push(start..para.end);
    out
}

/// A reported attribution as a quotation of kind `Mixed` (its content holds quotation marks)
/// or `Indirect`, its source resolved like a quotation's speaker.
fn reported_quote(
    paragraph: usize,
    r: reported::Reported,
    resolver: &mut Resolver,
    relays: &outlets::Relays,
    text: &coref::Text,
) -> Quote {
    let chars = text.chars;
    let marked = r.content.iter().any(|c| {
        let lo = c.start.saturating_sub(1);
        let hi = (c.end + 1).min(chars.len());
        chars[lo..hi].iter().any(|&x| marks::is_double(x))
    });
    let span = r.content[0].clone();
    let mut quote = Quote {
        id: 0,
        kind: if marked {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        },
        span: span.clone(),
        fragments: if r.content.len() > 1 {
            r.content
        } else {
            Vec::new()
        },
        paragraph,
        group: 0,
        speaker: None,
        cue: None,
        via: None,
    };
    set_speaker(&mut quote, &r.attribution, resolver, text);
    quote.via = relays.for_quote(paragraph, span.end).cloned();
    quote
}

/// Reported speech around partial quotations that the reported-speech patterns missed but the
/// quotation's own attribution found: `Lund said the plan had "failed" again` is a mixed
/// attribution from the verb to the end of the sentence.
fn framing(
    quotes: &[Quote],
    reported: &[Quote],
    chars: &[char],
    paragraphs: &[Range<usize>],
) -> Vec<Quote> {
    let covered = |q: &Quote| {
        reported.iter().any(|r| {
            let pieces = if r.fragments.is_empty() {
                std::slice::from_ref(&r.span)
            } else {
                &r.fragments[..]
            };
            pieces
                .iter()
                .any(|p| p.start <= q.span.start && q.span.end <= p.end + 1)
        })
    };
    let mut out: Vec<Quote> = Vec::new();
    for q in quotes.iter().filter(|q| q.kind == QuoteKind::Partial) {
        let (Some(cue), Some(speaker)) = (&q.cue, &q.speaker) else {
            continue;
        };
        let Some(para) = paragraphs.get(q.paragraph) else {
            continue;
        };
        if cue.span.end > q.span.start
            || covered(q)
            || out
                .iter()
                .any(|o| o.span.start <= q.span.start && q.span.end <= o.span.end + 1)
        {
            continue;
        }
        let between = &chars[cue.span.end..q.span.start];
        if between.len() > 200
            || between
                .iter()
                .any(|c| matches!(c, '.' | '!' | '?' | ':' | ';'))
        {
            continue;
        }
        // "said Lund the plan had "failed"": past an inverted speaker too.
        let mut start = if speaker.span.start >= cue.span.end {
            speaker.span.end.max(cue.span.end)
        } else {
            cue.span.end
        };
        if start > q.span.start {
            continue;
        }
        while start < q.span.start && (chars[start].is_whitespace() || chars[start] == ',') {
            start += 1;
        }
        // The sentence ends at a full stop outside the quotation.
        let close = (q.span.end..para.end).find(|&k| marks::is_double(chars[k]));
        let from = close.map_or(q.span.end, |c| c + 1);
        let end = (from..para.end)
            .find(|&k| {
                matches!(chars[k], '.' | '!' | '?' | ';')
                    && chars.get(k + 1).is_none_or(|n| n.is_whitespace())
            })
            .unwrap_or(para.end);
        let end = if close.is_some_and(|c| c >= end) {
            close.unwrap_or(end) + 1
        } else {
            end
        };
        if start >= end {
            continue;
        }
        let mut m = q.clone();
        m.kind = QuoteKind::Mixed;
        m.span = start..end;
        m.fragments = Vec::new();
        out.push(m);
    }
    out
}

/// Quotations and reported speech in one list in text order, numbered from 1; each reported
/// attribution is a group of its own.
fn merge(quotes: Vec<Quote>, reported: Vec<Quote>) -> Vec<Quote> {
    if reported.is_empty() {
        return quotes;
    }
    let mut all: Vec<Quote> = Vec::with_capacity(quotes.len() + reported.len());
    let mut r = reported.into_iter().peekable();
    for q in quotes {
        while let Some(x) = r.next_if(|x| x.span.start < q.span.start) {
            all.push(x);
        }
        all.push(q);
    }
    all.extend(r);
    let mut groups: std::collections::HashMap<usize, usize> = Default::default();
    let mut next = 0;
    for (i, q) in all.iter_mut().enumerate() {
        q.id = i + 1;
        q.group = if q.kind.is_reported() {
            next += 1;
            next
        } else {
            *groups.entry(q.group).or_insert_with(|| {
                next += 1;
                next
            })
        };
    }
    all
}

fn set_speaker(quote: &mut Quote, a: &Attribution, resolver: &mut Resolver, text: &coref::Text) {
    // A quotation's cue takes the medium it came in ("said in a statement"); reported speech
    // keeps the verb alone, as its annotation does, so the medium is not read as content.
    let medium = (!quote.kind.is_reported())
        .then(|| medium_after(text.chars, a.cue.span.end))
        .flatten();
    let span = a.cue.span.start..medium.unwrap_or(a.cue.span.end);
    quote.cue = Some(Cue {
        text: text.chars[span.clone()].iter().collect(),
        span,
    });
    if let Some(Phrase {
        span,
        text: mention,
    }) = &a.speaker
    {
        let r = resolver.resolve(text, mention, span.start, a.description.as_deref());
        resolver.remember(span.start, &r);
        quote.speaker = Some(Speaker {
            name: r.name,
            mention: mention.clone(),
            span: source_span(text.chars, span, a, quote.kind.is_reported()),
            description: r.description,
        });
    }
}

/// The source as the article gives it: the mention with its party in brackets ("Sen. Jo Lee
/// (D-Nor.)"), its appositive, and after an inverted verb everything the sentence goes on to
/// say of the speaker (`said Ana Ruiz, 44, a nurse from the port who came to the rally.`).
/// A quotation's speaker span starts at the name, even after a role ("the port's director,
/// Ana Ruiz"); reported speech's (`whole`) takes the role too, as its annotation does.
fn source_span(chars: &[char], span: &Range<usize>, a: &Attribution, whole: bool) -> Range<usize> {
    let mut span = match with_appositive(chars, span, a.description.as_deref()) {
        s if s.start < span.start && !whole => span.clone(),
        s => s,
    };
    let rest = |from: usize, n: usize| &chars[from.min(chars.len())..(from + n).min(chars.len())];
    if rest(span.end, 2) == [' ', '(']
        && let Some(k) = rest(span.end, 40).iter().position(|&c| c == ')')
    {
        span.end += k + 1;
    }
    // After "according to X," the sentence goes on with what X says, not about X.
    let according = a.cue.text.eq_ignore_ascii_case("according to");
    if a.cue.span.end <= span.start && !according && rest(span.end, 2) == [',', ' '] {
        let tail = rest(span.end, 240);
        let mut end = None;
        for (k, &c) in tail.iter().enumerate() {
            if c == '\n' || marks::is_double(c) {
                break;
            }
            let next = tail.get(k + 1).copied();
            if matches!(c, '.' | '!' | '?')
                && next.is_none_or(|n| n.is_whitespace() || marks::is_double(n))
            {
                let after = tail.get(k + 2).copied();
                let abbreviation = c == '.'
                    && k >= 2
                    && tail[k - 1].is_uppercase()
                    && !tail[k - 2].is_alphabetic();
                if !abbreviation || after.is_none_or(|x| x == '\n') {
                    end = Some(k);
                    break;
                }
            }
        }
        if let Some(k) = end.filter(|&k| k > 2) {
            span.end += k;
        }
    }
    span
}

/// The source's span with the appositive that describes it, when the two stand side by side
/// ("Ana Ruiz, a spokeswoman for the port", "the port's spokeswoman, Ana Ruiz"): the source as
/// the article gives it.
fn with_appositive(chars: &[char], span: &Range<usize>, description: Option<&str>) -> Range<usize> {
    let Some(d) = description.filter(|d| !d.is_empty()) else {
        return span.clone();
    };
    let d: Vec<char> = d.chars().collect();
    let sep = |at: usize| chars.get(at) == Some(&',') && chars.get(at + 1) == Some(&' ');
    let after = span.end + 2;
    if sep(span.end) && chars.get(after..after + d.len()) == Some(&d[..]) {
        return span.start..after + d.len();
    }
    if let Some(before) = span.start.checked_sub(d.len() + 2)
        && sep(span.start - 2)
        && chars.get(before..before + d.len()) == Some(&d[..])
    {
        return before..span.end;
    }
    span.clone()
}

/// Where "in a statement" ends when it follows the verb ("said in a statement", "said in a
/// joint statement"): news style counts it as part of the cue. Other media ("in an email",
/// "in a speech") are where something was said, and stay out of the cue.
fn medium_after(chars: &[char], end: usize) -> Option<usize> {
    const MEDIA: &[&str] = &["statement"];
    const OPENERS: &[&str] = &["a", "an", "the", "his", "her", "their", "its", "our"];
    let rest: String = chars[end..chars.len().min(end + 60)].iter().collect();
    let mut words = rest.split(char::is_whitespace);
    if words.next() != Some("") || words.next() != Some("in") {
        return None;
    }
    let mut used = " in".len();
    let opener = words.next()?;
    if !OPENERS.contains(&opener) {
        return None;
    }
    used += 1 + opener.chars().count();
    // Up to two words before the noun: "a joint written statement", "a blog post".
    for word in words.take(3) {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        used += 1 + bare.chars().count();
        if MEDIA.contains(&bare) {
            return Some(end + used);
        }
        if bare.len() != word.len() || !bare.chars().all(|c| c.is_lowercase() || c == '-') {
            return None;
        }
    }
    None
}

/// Nothing but white space stands before `open` in its paragraph.
fn opens_paragraph(chars: &[char], para: &Range<usize>, open: usize) -> bool {
    chars[para.start..open].iter().all(|c| c.is_whitespace())
}

/// No sentence ends between two quotations of one paragraph.
fn same_sentence(chars: &[char], prev: &marks::Marked, m: &marks::Marked) -> bool {
    let Some(close) = prev.close else {
        return false;
    };
    let gap = &chars[close + 1..m.open];
    let inner = chars[prev.span.clone()]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace());
    !inner.is_some_and(|c| matches!(c, '.' | '!' | '?'))
        && !gap.iter().any(|c| matches!(c, '.' | '!' | '?'))
}

/// A speech verb with its subject in the sentence just before a quotation that opens a
/// sentence: in the same paragraph, or the last sentence of the paragraph before.
fn narrative_before(
    chars: &[char],
    para: &Range<usize>,
    toks: &[tokens::Tok],
    prev_toks: &[tokens::Tok],
    m: &marks::Marked,
) -> Option<Attribution> {
    let a = if opens_paragraph(chars, para, m.open) {
        let end = prev_toks.last()?.span.end;
        intro::previous_sentence(chars, prev_toks, end)
    } else {
        intro::previous_sentence(chars, toks, m.open)
    }?;
    a.speaker.is_some().then_some(a)
}

/// Between the previous fragment's closing mark and this one's opening mark stands only an
/// attribution clause ending in a comma: `“A,” he said, “B.”`.
fn between_is_attribution(prev: &marks::Marked, m: &marks::Marked, chars: &[char]) -> bool {
    let Some(close) = prev.close else {
        return false;
    };
    let gap: String = chars[close + 1..m.open].iter().collect();
    let gap = gap.trim();
    gap.ends_with([',', ':'])
        && gap.split_whitespace().count() <= 8
        && !gap.contains(['.', '!', '?'])
}

/// A speech clause introduces a direct quotation when little but a colon or comma (or "that")
/// stands between its verb and the mark.
fn intro_is_tight(chars: &[char], a: &Attribution, m: &marks::Marked) -> bool {
    let gap: String = chars[a.cue.span.end.min(m.open)..m.open].iter().collect();
    let words = gap.split_whitespace().count();
    let gap = gap.trim_end();
    gap.ends_with([':', ','])
        || gap.ends_with("that")
        || words <= 1
        || (words <= 8 && gap.ends_with(':'))
}

/// Latin letters, accented ones included.
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c)
}

/// Short words that stay lowercase in titles.
static TITLE_MINOR: WordSet = WordSet::new(&[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "de",
    "la", "vs", "vs.", "&",
]);

/// At most five words, each capitalised but for short minor words, not ending in ! or ?.
fn title_case(text: &str) -> bool {
    // A title may sit in single marks inside the double ones: "'The Night Ferry,'".
    let marks = |c: char| matches!(c, '\'' | '‘' | '’');
    let core = text
        .trim_matches(|c: char| ".,;:".contains(c) || c.is_whitespace() || marks(c))
        .trim_end_matches(|c: char| ".,;:".contains(c) || c.is_whitespace());
    let words: Vec<&str> = core.split_whitespace().collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    !words.is_empty()
        && words.len() <= 5
        && !core.ends_with(['!', '?'])
        && capital(&words[0])
        && words.iter().all(|w| {
            capital(w) || TITLE_MINOR.contains(w) || w.starts_with(|c: char| c.is_ascii_digit())
        })
}

static NAMING_VERBS: WordSet = WordSet::new(&[
    "call",
    "calls",
    "called",
    "calling",
    "dub",
    "dubs",
    "dubbed",
    "nickname",
    "nicknamed",
    "label",
    "labels",
    "labeled",
    "labelled",
    "brand",
    "branded",
    "term",
    "termed",
    "name",
    "named",
]);

const TERM_CUES: &[&str] = &[
    "called",
    "dubbed",
    "so-called",
    "termed",
    "nicknamed",
    "titled",
    "labeled",
    "labelled",
    "branded",
    "known as",
    "word",
    "term",
    "phrase",
    "slogan",
    "entitled",
    "call",
    // Nouns that name a work or a motto, right before its title: "the talk show “…”".
    "show",
    "song",
    "film",
    "movie",
    "album",
    "book",
    "ebook",
    "series",
    "novel",
    "single",
    "documentary",
    "podcast",
    "programme",
    "musical",
    "hashtag",
    "tagline",
    "motto",
    "headline",
    "exhibition",
    "newsletter",
];

/// Words that open a noun phrase a quoted modifier can stand in.
const MODIFIER_OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "new",
];

/// The quotation sits between a determiner and a lowercase noun, as a modifier does.
fn modifies_noun(chars: &[char], m: &marks::Marked, para: &Range<usize>, prefix: &str) -> bool {
    let opener = prefix
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| MODIFIER_OPENERS.contains(&w.to_lowercase().as_str()));
    let Some(close) = m.close else {
        return false;
    };
    if !opener || close + 1 >= para.end {
        return false;
    }
    let next: String = chars[close + 1..para.end.min(close + 40)]
        .iter()
        .skip_while(|c| *c == &' ')
        .take_while(|c| c.is_alphabetic() || **c == '-')
        .collect();
    // The noun follows at once: a space, then a lowercase word that is no function word or
    // verb form.
    chars.get(close + 1) == Some(&' ')
        && next.chars().next().is_some_and(char::is_lowercase)
        && next.chars().count() > 2
        && !NOT_NOUNS.contains(&next.as_str())
        && !lexicon::is_speech_verb(&next)
        && !(next.ends_with("ed") || next.ends_with("ly"))
}

/// Lowercase words that follow a quotation without being a noun it modifies.
const NOT_NOUNS: &[&str] = &[
    "and", "but", "for", "the", "that", "which", "who", "with", "was", "were", "are", "has", "had",
    "have", "will", "would", "could", "should", "can", "may", "might", "must", "not", "from",
    "into", "onto", "than", "then", "when", "while", "because", "after", "before", "about", "over",
    "under", "through", "during", "since", "until", "also", "only", "even", "just", "still", "yet",
    "nor", "its", "his", "her", "their", "our", "out", "off", "all", "any", "some", "one", "this",
    "these", "those", "there", "here", "was", "being", "been",
];

fn classify(
    chars: &[char],
    m: &marks::Marked,
    para: &Range<usize>,
    after: Option<&Attribution>,
    before: Option<&Attribution>,
) -> QuoteKind {
    let text: String = chars[m.span.clone()].iter().collect();
    let words = text.split_whitespace().count();
    let last = text.trim_end().chars().last().unwrap_or(' ');
    let ends_punct = ".,!?…—-;".contains(last);
    let starts_upper = text
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase);
    // Only the words just before the mark matter here; a long paragraph is not copied.
    let prefix: String = chars[para.start.max(m.open.saturating_sub(80))..m.open]
        .iter()
        .collect();
    let prefix = prefix.trim_end();
    let embedded = prefix
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == '’' || c == '\'');
    let lower_prefix = prefix.to_lowercase();
    let term_cue = TERM_CUES.iter().any(|cue| {
        lower_prefix.ends_with(cue)
            && lower_prefix[..lower_prefix.len() - cue.len()]
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric())
    });
    if term_cue && words <= 6 {
        return QuoteKind::Term;
    }
    // "阿妹豆花, “Amei's tofu pudding”": a gloss that translates a word in another script.
    let gloss = prefix
        .strip_suffix(',')
        .or_else(|| prefix.strip_suffix('('))
        .and_then(|p| p.trim_end().chars().last())
        .is_some_and(|c| c.is_alphabetic() && !c.is_ascii() && !is_latin(c));
    if gloss && words <= 6 {
        return QuoteKind::Term;
    }
    // "the “open harbour” policy", "his "tough on crime" stance": a phrase between a
    // determiner and the noun it modifies names something; nobody is quoted.
    if words <= 6 && !ends_punct && modifies_noun(chars, m, para, prefix) {
        return QuoteKind::Term;
    }
    // "Morning Joe", "State of the Union.": a short phrase in title case names a work or a show.
    if title_case(&text) && (words >= 2 || (after.is_none() && before.is_none())) {
        return QuoteKind::Term;
    }
    // "called the approach “water diplomacy”": a naming verb with its object just before.
    let named = before.is_some_and(|b| {
        NAMING_VERBS.contains(&b.cue.text.to_lowercase().as_str())
            && chars[b.cue.span.end.min(m.open)..m.open]
                .iter()
                .collect::<String>()
                .split_whitespace()
                .count()
                <= 3
    });
    if named && words <= 4 && !ends_punct {
        return QuoteKind::Term;
    }
    if m.continues || (!embedded && (words >= 4 || (starts_upper && ends_punct))) {
        return QuoteKind::Direct;
    }
    let attributed = after.is_some() || before.is_some();
    if embedded && starts_upper && ends_punct && words >= 4 {
        return QuoteKind::Direct;
    }
    if (attributed && (words >= 2 || ends_punct)) || words >= 6 {
        QuoteKind::Partial
    } else {
        QuoteKind::Term
    }
}

/// The sources register: speakers, outlets, people introduced with a role, and photo agencies,
/// each with the quotations it speaks or relays.
fn register(
    article: &Article,
    quotes: &[Quote],
    index: &names::Index,
    relays: &outlets::Relays,
) -> Vec<Source> {
    let mut reg = Register::default();
    for q in quotes {
        if let Some(sp) = &q.speaker {
            let s = reg.entry_with(&sp.name, || names::kind_of(&sp.name));
            alias(s, &sp.mention);
            if s.description.is_none() {
                s.description.clone_from(&sp.description);
            }
            // Quotations come in id order, so a repeat can only be the last one.
            if q.kind.is_speech() && s.quotes.last() != Some(&q.id) {
                s.quotes.push(q.id);
            }
        }
    }
    for r in &relays.all {
        let s = reg.entry(&r.outlet.name, SourceKind::Outlet);
        s.kind = SourceKind::Outlet;
        alias(s, &r.outlet.mention);
    }
    for q in quotes {
        if let Some(v) = &q.via {
            let s = reg.entry(&v.name, SourceKind::Outlet);
            if s.quotes.last() != Some(&q.id) {
                s.quotes.push(q.id);
            }
        }
    }
    for e in index.entities.iter().filter(|e| e.description.is_some()) {
        if e.kind == SourceKind::Person {
            let s = reg.entry(&e.name, SourceKind::Person);
            if s.description.is_none() {
                s.description.clone_from(&e.description);
            }
        }
    }
    // A surname used alone becomes an alias of the person.
    for s in reg
        .sources
        .iter_mut()
        .filter(|s| s.kind == SourceKind::Person)
    {
        let parts: Vec<String> = s.name.split_whitespace().map(str::to_owned).collect();
        if parts.len() < 2 {
            continue;
        }
        for part in &parts {
            let lone = index.lone.contains(&part.to_lowercase());
            if lone && (parts.last() == Some(part) || s.aliases.contains(part)) {
                alias(s, part);
            }
        }
    }
    for c in &article.credits {
        if let Some(agency) = &c.agency {
            let s = reg.entry(agency, SourceKind::PhotoAgency);
            s.kind = SourceKind::PhotoAgency;
        }
        if let Some(person) = &c.person {
            let s = reg.entry(person, SourceKind::Person);
            if s.description.is_none() {
                s.description = Some("photographer".to_owned());
            }
        }
    }
    reg.sources
}

#[derive(Default)]
struct Register {
    sources: Vec<Source>,
    by_name: std::collections::HashMap<String, usize>,
}

impl Register {
    fn entry(&mut self, name: &str, kind: SourceKind) -> &mut Source {
        self.entry_with(name, || kind)
    }

    /// The source of this name, made with the kind `kind` works out if it is new: a name met
    /// again costs one hash lookup and no allocation.
    fn entry_with(&mut self, name: &str, kind: impl FnOnce() -> SourceKind) -> &mut Source {
        let k = match self.by_name.get(name) {
            Some(&k) => k,
            None => {
                self.sources.push(Source {
                    name: name.to_owned(),
                    kind: kind(),
                    description: None,
                    aliases: Vec::new(),
                    quotes: Vec::new(),
                });
                self.by_name.insert(name.to_owned(), self.sources.len() - 1);
                self.sources.len() - 1
            }
        };
        &mut self.sources[k]
    }
}

fn alias(s: &mut Source, mention: &str) {
    let pronoun = attribution::PRONOUNS.contains(&mention.to_lowercase().as_str());
    if !pronoun && mention != s.name && !s.aliases.iter().any(|a| a == mention) {
        s.aliases.push(mention.to_owned());
    }
}
