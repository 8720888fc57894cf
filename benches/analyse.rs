//! Speed of the quotation analysis alone (loading excluded), on the PolNeAR development texts
//! and on single articles of 1, 10 and 100 MB built from them, to show the time is linear.
//!
//! Run: `cargo bench --bench analyse`. Without ../shared the embedded samples stand in.

use byline::article::Article;
use byline::load;
use byline::quotes;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

/// The development texts, or the samples when ../shared is absent.
fn texts() -> &'static Vec<String> {
    static TEXTS: OnceLock<Vec<String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpus/polnear/dev.jsonl"
        );
        match std::fs::read_to_string(path) {
            Ok(src) => src
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v["text"].as_str().map(str::to_owned))
                .collect(),
            Err(_) => {
                eprintln!("note: {path} is absent; benchmarking the embedded samples");
                byline::library::SAMPLES
                    .iter()
                    .map(|(_, t)| (*t).to_owned())
                    .collect()
            }
        }
    })
}

fn article(text: &str) -> Article {
    load::bytes_to_article("bench", text.as_bytes()).expect("bench text loads")
}

/// One article of about `bytes` bytes: the texts repeated, as one long story.
fn big(bytes: usize) -> Article {
    let mut text = String::from("A Long Story\n\n");
    'fill: loop {
        for t in texts() {
            let body = t.split_once("\n\n").map_or(t.as_str(), |(_, b)| b);
            text.push_str(body);
            text.push_str("\n\n");
            if text.len() >= bytes {
                break 'fill;
            }
        }
    }
    article(&text)
}

#[divan::bench]
fn dev_corpus(bencher: divan::Bencher) {
    let articles: Vec<Article> = texts().iter().map(|t| article(t)).collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            for a in &articles {
                divan::black_box(quotes::analyse(divan::black_box(a)));
            }
        });
}

#[divan::bench(args = [1, 10, 100], sample_count = 3, sample_size = 1)]
fn one_article_mb(bencher: divan::Bencher, mb: usize) {
    let a = big(mb << 20);
    bencher
        .counter(divan::counter::BytesCount::new(a.text.len()))
        .bench(|| divan::black_box(quotes::analyse(divan::black_box(&a))));
}

/// Hostile input: one 10 MB paragraph of unbalanced marks, apostrophes and mixed scripts.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn hostile_10mb(bencher: divan::Bencher) {
    let unit = "“Open and never closed, he said ‘maybe’ 'til the '90s «x» „y“ said 中文 \" ";
    let mut text = String::from("Hostile\n\n");
    while text.len() < 10 << 20 {
        text.push_str(unit);
    }
    let a = article(&text);
    bencher
        .counter(divan::counter::BytesCount::new(a.text.len()))
        .bench(|| divan::black_box(quotes::analyse(divan::black_box(&a))));
}

/// Tokenizing alone, the largest single share of the analysis.
#[divan::bench]
fn tokenize_only(bencher: divan::Bencher) {
    let articles: Vec<Vec<char>> = texts().iter().map(|t| t.chars().collect()).collect();
    let bytes: usize = texts().iter().map(|t| t.len()).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            for a in &articles {
                divan::black_box(byline::quotes::tokens::tokenize(a, 0..a.len()));
            }
        });
}
