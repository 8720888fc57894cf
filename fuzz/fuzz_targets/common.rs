//! What every loader target does: read the bytes in one format, analyse what was read, and
//! check the spans stay inside the text. Never a panic, a hang or unbounded memory.

pub fn load_and_analyse(data: &[u8], format: Option<byline::load::Format>) {
    let Ok(articles) = byline::load::bytes_to_articles("fuzz", data, format) else {
        return;
    };
    for article in &articles {
        let analysis = byline::quotes::analyse(article);
        let n = article.text.chars().count();
        for q in &analysis.quotes {
            assert!(q.span.start <= q.span.end && q.span.end <= n);
        }
    }
}
