//! Feeds: RSS 2.0, Atom and JSON Feed files, read with feed-rs. Each entry becomes an article
//! grouped under its feed; HTML content (`content:encoded`, Atom `content type="html"`) goes
//! through the HTML path.

use super::LoadError;
use super::build::Builder;
use crate::article::{Article, BlockKind, Meta};

/// Parses a feed file into one article per entry, in the feed's order.
pub fn parse(label: &str, bytes: &[u8], encoding: &str) -> Result<Vec<Article>, LoadError> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| LoadError::Invalid {
        path: label.to_owned(),
        format: "feed",
        message: e.to_string(),
    })?;
    let feed_title = feed
        .title
        .as_ref()
        .map(|t| plain(&t.content))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| super::fallback_title(label));
    let feed_author = feed.authors.iter().find_map(|p| p.name.clone());
    let mut out = Vec::new();
    for (k, entry) in feed.entries.iter().enumerate() {
        let html = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        let mut body = if looks_like_html(&html) {
            super::html::fragment(&html)
        } else {
            let mut b = Builder::default();
            for para in html.split("\n\n") {
                b.push(BlockKind::Paragraph, para, &[]);
            }
            b
        };
        if body.is_empty()
            && let Some(summary) = &entry.summary
        {
            body = super::html::fragment(&summary.content);
        }
        let title = entry
            .title
            .as_ref()
            .map(|t| plain(&t.content))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| format!("{feed_title} #{}", k + 1));
        let meta = Meta {
            author: entry
                .authors
                .iter()
                .find_map(|p| p.name.clone())
                .or_else(|| feed_author.clone()),
            date: entry
                .published
                .or(entry.updated)
                .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
            outlet: Some(feed_title.clone()),
            url: entry
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .map(|l| l.href.clone()),
            feed: Some(feed_title.clone()),
        };
        out.push(body.finish(&format!("{label}#{}", k + 1), title, encoding, meta));
    }
    if out.is_empty() {
        return Err(LoadError::Empty {
            path: label.to_owned(),
        });
    }
    Ok(out)
}

fn looks_like_html(s: &str) -> bool {
    s.contains('<') && s.contains('>')
}

/// Feed titles may carry markup or entities; the text alone, on one line.
fn plain(s: &str) -> String {
    if looks_like_html(s) || s.contains('&') {
        super::html::fragment(s)
            .text()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Gazette &amp; Post</title><link>https://gazette.example</link><description>x</description>
<item><title>One</title><link>https://gazette.example/1</link><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>"It works," said Ana Ruiz.</p><p>Second paragraph.</p>]]></content:encoded></item>
<item><title>Two</title><description>Plain summary text.</description></item>
</channel></rss>"#;

    #[test]
    fn entries_become_articles_under_their_feed() {
        let a = parse("f.rss", RSS.as_bytes(), "UTF-8").unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].title, "One");
        assert_eq!(a[0].path, "f.rss#1");
        assert_eq!(a[0].meta.feed.as_deref(), Some("Gazette & Post"));
        assert_eq!(a[0].meta.url.as_deref(), Some("https://gazette.example/1"));
        assert_eq!(a[0].meta.date.as_deref(), Some("2026-03-02T10:00:00Z"));
        assert_eq!(
            a[0].text,
            "\"It works,\" said Ana Ruiz.\n\nSecond paragraph."
        );
        assert_eq!(a[1].text, "Plain summary text.");
    }

    #[test]
    fn atom_and_json_feed() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Notes</title><id>urn:q</id>
<updated>2026-05-01T00:00:00Z</updated><author><name>Ines Calloway</name></author>
<entry><title>Tide Turns</title><id>urn:q:1</id><updated>2026-05-01T08:00:00Z</updated>
<link href="https://q.example/tide"/>
<content type="html">&lt;p&gt;"High water at noon," said the harbourmaster.&lt;/p&gt;</content></entry>
</feed>"#;
        let a = parse("q.atom", atom.as_bytes(), "UTF-8").unwrap();
        assert_eq!(a[0].title, "Tide Turns");
        assert_eq!(a[0].meta.author.as_deref(), Some("Ines Calloway"));
        assert_eq!(a[0].meta.url.as_deref(), Some("https://q.example/tide"));
        assert_eq!(a[0].text, "\"High water at noon,\" said the harbourmaster.");
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"Quay JSON",
"items":[{"id":"1","title":"Nets Mended","content_html":"<p>Done by Friday.</p>",
"date_published":"2026-05-03T09:00:00Z"},{"id":"2","content_text":"Plain words."}]}"#;
        let j = parse("q.json", json.as_bytes(), "UTF-8").unwrap();
        assert_eq!(j.len(), 2);
        assert_eq!(j[0].text, "Done by Friday.");
        assert_eq!(j[0].meta.feed.as_deref(), Some("Quay JSON"));
        assert_eq!(
            j[1].title, "Quay JSON #2",
            "an entry without a title is named by its feed"
        );
        assert_eq!(j[1].text, "Plain words.");
    }

    #[test]
    fn broken_feed_is_an_error_naming_the_file() {
        let e = parse("bad.rss", b"<rss><channel><item>", "UTF-8").unwrap_err();
        assert!(e.to_string().starts_with("bad.rss: "), "{e}");
    }
}
