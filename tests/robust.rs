//! Property tests: the loader and the analysis take any text without panicking, and what they
//! report stays inside the text and outside the quotations it attributes.

mod common;

use byline::load;
use byline::quotes;
use proptest::prelude::*;

/// Pieces that exercise the analysis: marks of every kind, apostrophes, speech verbs, names,
/// outlets, paragraph breaks, mixed scripts and control characters.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z]{1,9}".prop_map(|s| s),
        3 => Just(" ".to_owned()),
        1 => Just("\n".to_owned()),
        1 => Just("\n\n".to_owned()),
        2 => prop::sample::select(vec![
            "\"", "“", "”", "„", "«", "»", "‘", "’", "'", "‟", "―", "—", "-", ":", ",", ".", "!",
            "?", "(", ")", "…",
        ])
        .prop_map(str::to_owned),
        2 => prop::sample::select(vec![
            "said", "told", "added", "according to", "as quoted by", "AP", "Reuters", "he", "she",
            "the report", "Ilse Varga", "Mr.", "Sen.", "the ambassador", "called", "saying",
            "don't", "'til", "the '90s", "Jones'", "中文", "ÄÖÜ", "😀", "\u{1b}[2J", "\t", "\r\n",
        ])
        .prop_map(str::to_owned),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..400).prop_map(|v| v.concat())
}

proptest! {
    // PROPTEST_CASES, when set, says how many cases to run (more for a long soak).
    #![proptest_config(ProptestConfig { cases: common::proptest_cases(400), ..ProptestConfig::default() })]

    #[test]
    fn analysis_never_panics_and_keeps_spans_sound(body in text()) {
        let Ok(article) = load::bytes_to_article("prop.txt", format!("Title\n\n{body}").as_bytes()) else {
            return Ok(());
        };
        let len = article.text.chars().count();
        let analysis = quotes::analyse(&article);
        for q in &analysis.quotes {
            prop_assert!(q.span.start < q.span.end && q.span.end <= len, "{:?}", q.span);
            let outside = |r: &std::ops::Range<usize>| {
                q.pieces().iter().all(|p| r.end <= p.start || r.start >= p.end)
            };
            for f in &q.fragments {
                prop_assert!(f.start < f.end && f.end <= len, "{:?}", f);
            }
            if let Some(s) = &q.speaker {
                prop_assert!(s.span.start < s.span.end && s.span.end <= len);
                prop_assert!(outside(&s.span), "speaker {:?} inside quote {:?}", s.span, q.span);
                // The span is the source as written: the mention, with any appositive.
                prop_assert!(article.slice(&s.span).contains(s.mention.as_str()));
            }
            if let Some(c) = &q.cue {
                prop_assert!(c.span.start < c.span.end && c.span.end <= len);
                prop_assert!(outside(&c.span), "cue {:?} inside quote {:?}", c.span, q.span);
            }
            if let Some(v) = &q.via {
                prop_assert!(v.span.end <= len);
            }
        }
        for b in &article.blocks {
            prop_assert!(b.span.start <= b.span.end && b.span.end <= len);
        }
        // Layout keeps every char of a line in place and never lets a control char through.
        let layout = byline::layout::layout(&article, 23);
        for line in &layout.lines {
            if line.block.is_some() {
                prop_assert_eq!(line.text.chars().count(), line.range.len());
            }
            prop_assert!(!line.text.chars().any(char::is_control));
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(article) = load::bytes_to_article("bytes.txt", &bytes) {
            let _ = quotes::analyse(&article);
        }
    }

    /// Markup-ish text through every structured format: no panic, spans inside the body, links
    /// inside it, and layout lines that either map back to the text or stand outside it.
    #[test]
    fn every_format_survives_arbitrary_markup(
        body in "(<p>|</p>|<h2>|<li>|<figure><figcaption>|</figcaption>|<a href=\"x\">|</a>|# |> |- |\\*|\\[|\\]\\(u\\)|---\n|\"|“|”|[a-zA-Z .,]{0,12}|\n){0,60}",
    ) {
        for format in [load::Format::Html, load::Format::Markdown, load::Format::Feed, load::Format::Text] {
            let Ok(articles) = load::bytes_to_articles("prop", body.as_bytes(), Some(format)) else {
                continue;
            };
            for article in articles {
                let len = article.text.chars().count();
                for b in &article.blocks {
                    prop_assert!(b.span.start <= b.span.end && b.span.end <= len);
                }
                for l in &article.links {
                    prop_assert!(l.span.end <= len);
                }
                let analysis = quotes::analyse(&article);
                prop_assert!(analysis.quotes.iter().all(|q| q.span.end <= len));
                for line in &byline::layout::layout(&article, 17).lines {
                    if line.block.is_some() {
                        prop_assert_eq!(line.text.chars().count(), line.range.len());
                    } else {
                        prop_assert!(line.range.is_empty());
                    }
                    prop_assert!(!line.text.chars().any(char::is_control));
                }
            }
        }
    }
}

#[test]
fn one_huge_paragraph_of_unbalanced_marks() {
    let body = "“open and never closed said he ‘x’ «y „z ".repeat(20_000);
    let article = load::bytes_to_article("huge.txt", format!("T\n\n{body}").as_bytes()).unwrap();
    let start = std::time::Instant::now();
    let analysis = quotes::analyse(&article);
    assert!(
        start.elapsed().as_secs() < 20,
        "analysis took {:?}",
        start.elapsed()
    );
    let len = article.text.chars().count();
    assert!(analysis.quotes.iter().all(|q| q.span.end <= len));
}
