//! Fuzzes the html loader, and the analysis of whatever it reads: never a panic, a hang or
//! unbounded memory, whatever the bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(articles) =
        byline::load::bytes_to_articles("fuzz", data, Some(byline::load::Format::Html))
    {
        for article in &articles {
            let analysis = byline::quotes::analyse(article);
            for q in &analysis.quotes {
                assert!(q.span.end <= article.text.chars().count());
            }
        }
    }
});
