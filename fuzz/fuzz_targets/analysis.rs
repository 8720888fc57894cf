//! Fuzzes the quotation analysis on arbitrary text, checking its spans stay inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let article = byline::load::text::parse("fuzz.txt", text.to_owned(), "UTF-8");
    let analysis = byline::quotes::analyse(&article);
    let n = article.text.chars().count();
    for q in &analysis.quotes {
        assert!(q.span.start <= q.span.end && q.span.end <= n);
        if let Some(s) = &q.speaker {
            assert!(s.span.end <= n);
        }
    }
});
