//! Quotation analysis of an article's text: marks, attribution, coreference, outlets and the
//! sources register. It takes an `Article` and knows nothing of files or terminals.

pub mod attribution;
mod classify;
pub mod coref;
pub mod intro;
mod languages;
pub mod lexicon;
pub mod marks;
mod mention;
mod name_words;
pub mod names;
pub mod outlets;
mod passes;
mod register;
pub mod reported;
mod speaker;
pub mod tokens;
mod voices;

use crate::article::{Analysis, Article, Cue, Quote, QuoteKind};
use attribution::Attribution;
use classify::classify;
use coref::Resolver;
use lexicon::Outlets;
use rustc_hash::FxHashSet;
use speaker::set_speaker;
use std::ops::Range;

/// Analyses an article with the built-in outlet table.
pub fn analyse(article: &Article) -> Analysis {
    analyse_with(article, Outlets::builtin())
}

/// Analyses an article with a given outlet table (the built-in one extended by the config).
pub fn analyse_with(article: &Article, outlet_table: &Outlets) -> Analysis {
    // Sized exactly before it is filled: collecting a long text's chars grows the buffer from a
    // quarter of its length, copying it over and over.
    let mut chars: Vec<char> = Vec::with_capacity(article.text.chars().count());
    chars.extend(article.text.chars());
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
    marks::normalise_doubled(&mut chars, &paragraphs);
    let chars = chars;
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
    // Whether a paragraph opened with an interview's question, `Q:`, so far.
    let mut asked = false;
    let mut toks: Vec<tokens::Tok> = Vec::new();
    let mut prev_toks: Vec<tokens::Tok> = Vec::new();
    // Two passes run on each paragraph as it is tokenized: the index of names, and the outlets
    // that relay what is said.
    // Reported speech found in the paragraphs read so far, waiting for its source to be
    // resolved in text order with the quotations.
    let mut pending: std::collections::VecDeque<(usize, reported::Reported)> = Default::default();
    // The headline reports speech too ("Mayor Says Pier Will Reopen"); it counts as the first
    // paragraph's.
    if let Some(title) = article
        .blocks
        .iter()
        .find(|b| b.kind == crate::article::BlockKind::Title)
    {
        let span = title.span.start.min(chars.len())..title.span.end.min(chars.len());
        pending.extend(reported::headline(&chars, span).into_iter().map(|r| (0, r)));
    }
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
                // An answer's label is the interviewee's, after a question's.
                asked |= reported::is_question(toks);
                let turn =
                    reported::transcript_label(&chars, toks, Some(para.start)).filter(|r| match r
                        .attribution
                        .speaker
                        .as_ref()
                        .map(|p| p.text.as_str())
                    {
                        Some("A") => asked,
                        _ => names_a_person(&resolver.index, r),
                    });
                pending.extend(
                    turn.into_iter()
                        .chain(reported::find(&chars, toks, &quoted[lo..hi.max(lo)]))
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
            reported_out.push(voices::reported_quote(
                paragraph, r, resolver, relays, &text,
            ));
        }
    };

    let mut quotes: Vec<Quote> = Vec::with_capacity(marked.len());
    // Terms only for being short, by index in `quotes`.
    let mut loose_terms: Vec<usize> = Vec::new();
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
        // A verb of another language is never an English word: its pattern comes first.
        let found = m
            .close
            .and_then(|c| {
                languages::after(&chars, &toks, c)
                    .or_else(|| attribution::after(&chars, &toks, c))
                    .or_else(|| {
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
            .filter(|a| a.speaker.is_some())
            .or_else(|| {
                // A transcript's turn in quotation marks: “HOLT: Will the ferry run?”
                let k = toks.partition_point(|t| t.span.start < m.span.start);
                reported::transcript_label(&chars, &toks[k..], None)
                    .filter(|r| names_a_person(&resolver.index, r))
                    .map(|r| r.attribution)
            });
        let mut before = languages::before(&chars, &toks, m.open)
            .or_else(|| intro::before(&chars, &toks, m.open));
        if before.is_none() && m.paragraph > 0 && opens_paragraph(&chars, para, m.open) {
            // "Moreau continued:" ending the paragraph before.
            let prev = &paragraphs[m.paragraph - 1];
            if prev_toks.last().is_some_and(|t| t.is_punct(':')) {
                before = intro::before(&chars, &prev_toks, prev.end);
            }
        }
        let (kind, loose) = classify(&chars, m, para, found.as_ref(), before.as_ref());
        if loose {
            loose_terms.push(quotes.len());
        }
        let prev = quotes.last();
        // The previous fragment's own attribution between the two: this one is its speaker's
        // too, whatever the words just before the mark seem to say.
        let after_its_attribution = prev.is_some_and(|p| {
            p.kind.is_speech()
                && kind.is_speech()
                && p.paragraph == m.paragraph
                && found.is_none()
                && between_is_its_attribution(p, &marked[i - 1], m, &chars)
        });
        if after_its_attribution {
            before = None;
        }
        // A fragment continues the previous one's group when it runs on from the previous
        // paragraph, or follows "“A,” he said, “B”" with only its attribution between.
        let joins_prev = prev.is_some_and(|p| {
            p.kind.is_speech()
                && kind.is_speech()
                && (m.continues
                    || (p.paragraph == m.paragraph
                        && found.is_none()
                        && between_is_attribution(&marked[i - 1], m, &chars)))
        }) || after_its_attribution;
        // "He said, “…,” the office said": the words are the one's who said them; the
        // attribution after the quotation reports that he did.
        let nested = found
            .as_ref()
            .is_some_and(|f| !f.cue.text.starts_with("according"))
            && before.as_ref().is_some_and(|b| {
                // A finite verb: a participle's subject is found less surely ("a clip of a
                // speech, saying, “…”").
                b.speaker.as_ref().is_some_and(|s| {
                    let first = s.text.split_whitespace().next().unwrap_or("");
                    !attribution::is_clause_opener(&first.to_lowercase())
                }) && !b.cue.text.ends_with("ing")
                    && crate::quotes::lexicon::is_speech_verb(&b.cue.text.to_lowercase())
                    && chars[b.cue.span.end.min(m.open)..m.open]
                        .iter()
                        .filter(|c| !c.is_whitespace())
                        .eq([','].iter())
            });
        let found = if nested { None } else { found };
        // "“…,” adding “…”": a participle with no subject of its own keeps the speaker of the
        // quotation before it, but is this one's cue.
        let participle_cue = before
            .as_ref()
            .filter(|b| b.speaker.is_none() && b.cue.text.ends_with("ing"))
            .map(|b| Cue {
                text: b.cue.text.clone(),
                span: b.cue.span.clone(),
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
                        quote.cue = participle_cue.or_else(|| p.cue.clone());
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
            quote.via = relays
                .for_quote(m.paragraph, m.span.end, voices::relay_limit(&quote, &chars))
                .cloned();
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
    // Resolution is done: only the index of names is needed after it, and the memory of a
    // long article's speakers is given back before the statements are sorted.
    let index = resolver.into_index();
    drop((pending, toks, prev_toks));
    let framed = voices::framing(&quotes, &reported_out, &chars, &paragraphs);
    reported_out.extend(framed);
    // The source and the cue stand outside what they report.
    reported_out.retain(|q| {
        let clear = |r: &Range<usize>| {
            q.pieces()
                .iter()
                .all(|p| r.end <= p.start || r.start >= p.end)
        };
        q.speaker.as_ref().is_none_or(|s| clear(&s.span))
            && q.cue.as_ref().is_none_or(|c| clear(&c.span))
    });
    // Stable, like `sort_by_key`, but what it sorts beside the statements is their keys, not
    // a scratch copy of half of them.
    reported_out.sort_by_cached_key(|q| q.span.start);
    passes::speech_in_reported(&mut quotes, &loose_terms, &reported_out, &chars);
    passes::pulled_quotes(&mut quotes, &chars, &paragraphs);
    let runs_on = runs_on(&quotes, &chars);
    // The text's chars are done with: a big article's memory is not held through the rest.
    drop(chars);
    drop(marked);
    let mut quotes = voices::merge(quotes, reported_out, &runs_on);
    passes::floating_after_reported(&mut quotes, &paragraphs);
    // A single word left as a name, for the one fuller name the article gives anywhere; an
    // outlet that speaks ("According to the Valley Courier, …") by the name it relays under,
    // so it is one source, not two.
    // Each relaying outlet's name without its article, looked up once per speaker: a long
    // article has many of both.
    let bare = |n: &str| {
        let n = n.trim();
        n.strip_prefix("The ")
            .or_else(|| n.strip_prefix("the "))
            .unwrap_or(n)
            .to_owned()
    };
    let mut outlets: rustc_hash::FxHashMap<String, &String> = Default::default();
    for r in relays.all.iter().chain(relays.wire.iter()) {
        // The first relay under a name gives its form, as the register's entry does.
        outlets
            .entry(bare(&r.outlet.name))
            .or_insert(&r.outlet.name);
    }
    // A lone function word or verb form the patterns took for a subject ("of", "the",
    // "wheezing") names no one: no speaker is better than a wrong one.
    for q in quotes.iter_mut() {
        if q.speaker
            .as_ref()
            .is_some_and(|s| passes::no_one(&s.mention))
        {
            q.speaker = None;
        }
    }
    for s in quotes.iter_mut().filter_map(|q| q.speaker.as_mut()) {
        if let Some(full) = index.fullest_anywhere(&s.name) {
            s.name = full.to_owned();
        } else if s.description.is_none()
            && let Some(e) = passes::named_by_role(&index, &s.name)
        {
            s.description = Some(std::mem::replace(&mut s.name, e.name.clone()));
        }
        if let Some(&outlet) = outlets.get(&bare(&s.name)) {
            s.name.clone_from(outlet);
        }
    }
    passes::relay_runs_on(&mut quotes, &paragraphs, &relays);
    passes::fullest_outlet_names(&mut quotes, &relays);
    let sources = register::register(article, &quotes, &index, &relays);
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

/// Between the previous fragment and this one stands the previous one's own attribution,
/// however long its appositive, and nothing after it but a comma or colon: `“A,” Nora Quist,
/// the port's harbour master in chief, said, “B.”`.
fn between_is_its_attribution(
    p: &Quote,
    prev: &marks::Marked,
    m: &marks::Marked,
    chars: &[char],
) -> bool {
    let (Some(close), Some(cue)) = (prev.close, &p.cue) else {
        return false;
    };
    if !(close < cue.span.start && cue.span.end <= m.open) {
        return false;
    }
    let gap = &chars[close + 1..m.open];
    let after: String = chars[cue.span.end..m.open].iter().collect();
    gap.len() <= 300
        && !gap.iter().any(|c| matches!(c, '.' | '!' | '?'))
        && after.trim().len() <= 1
        && after.trim_end().ends_with([',', ':'])
}

/// A speech clause introduces a direct quotation when little but a colon or comma (or "that")
/// stands between its verb and the mark.
/// Whether a transcript's label names a person the article has named ("HOLT" after "Nora
/// Holt"): its last word is a word of a person's name.
fn names_a_person(index: &names::Index, r: &reported::Reported) -> bool {
    let Some(label) = r.attribution.speaker.as_ref() else {
        return false;
    };
    let words: Vec<&str> = label.text.split_whitespace().collect();
    // "TOM BRANDT:", "Nora Quist:": a forename the list knows names a person before the index
    // has met them.
    let forename = words.len() >= 2 && name_words::is_forename_lower(&words[0].to_lowercase());
    // A label of several words in mixed case ("Portion Fix Containers:") was indexed as a
    // name from the label itself: only a forename vouches for it.
    let mixed_case = label.text.chars().any(char::is_lowercase);
    forename
        || !(mixed_case && words.len() >= 2)
            && words
                .last()
                .is_some_and(|w| index.by_person_word.contains_key(w.to_lowercase().as_str()))
}

fn intro_is_tight(chars: &[char], a: &Attribution, m: &marks::Marked) -> bool {
    let gap: String = chars[a.cue.span.end.min(m.open)..m.open].iter().collect();
    let words = gap.split_whitespace().count();
    let gap = gap.trim_end();
    gap.ends_with([':', ','])
        || gap.ends_with("that")
        || words <= 1
        || (words <= 8 && gap.ends_with(':'))
}

/// The starts of the direct quotations whose sentence goes on after the closing mark in
/// lowercase words ("“…” was announced in May, said Lund"), not ended inside the marks.
fn runs_on(quotes: &[Quote], chars: &[char]) -> FxHashSet<usize> {
    quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .filter(|q| {
            let inside = chars[q.span.clone()]
                .iter()
                .rev()
                .find(|c| !c.is_whitespace());
            let after = chars[q.span.end.min(chars.len())..]
                .iter()
                .take(8)
                .find(|c| !(c.is_whitespace() || is_mark(**c)));
            !inside.is_some_and(|c| ".!?…".contains(*c)) && after.is_some_and(|c| c.is_lowercase())
        })
        .map(|q| q.span.start)
        .collect()
}

fn is_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '»' | '«')
}
