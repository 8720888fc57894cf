//! Speed of HTML main-text extraction on the article-extraction benchmark's pages
//! (../shared/corpus/aeb-dev/html, gzip-compressed), one page at a time on one thread:
//! decompression, decoding, parsing, extraction, cleaning and metadata.
//!
//! Run: `cargo bench --bench extract`. Without ../shared a page written for the tests stands in.

use byline::load::{self, Format};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

/// Every page's bytes as stored (gzip), or the test fixture when ../shared is absent.
fn pages() -> &'static Vec<(String, Vec<u8>)> {
    static PAGES: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    PAGES.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/aeb-dev/html");
        let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter_map(|e| {
                        let p = e.path();
                        Some((p.display().to_string(), std::fs::read(&p).ok()?))
                    })
                    .collect()
            })
            .unwrap_or_default();
        if out.is_empty() {
            eprintln!("note: {dir} is absent; benchmarking the test fixture page");
            let p = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/formats/ferry.html"
            );
            out.push((p.to_owned(), std::fs::read(p).expect("fixture page")));
        }
        out.sort();
        out
    })
}

/// All pages, one after another: divide by the page count for the time per page.
#[divan::bench(sample_count = 10)]
fn all_pages() -> usize {
    pages()
        .iter()
        .map(|(label, bytes)| {
            load::bytes_to_articles(label, bytes, Some(Format::Html))
                .map(|a| a[0].text.len())
                .unwrap_or(0)
        })
        .sum()
}
