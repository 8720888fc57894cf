//! Markdown articles (pulldown-cmark): YAML (`---`) or TOML (`+++`) front matter for title,
//! author, date, source URL and outlet; headings, paragraphs, blockquotes, list items and code
//! become blocks; links keep their targets; an image becomes a caption and credit line.

use super::build::Builder;
use crate::article::{Article, BlockKind, Meta};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

pub fn parse(label: &str, src: &str, encoding: &str) -> Article {
    let (front, body) = front_matter(src);
    let mut meta = Meta::default();
    let mut title = None;
    for (key, value) in front {
        let value = value.trim().trim_matches(['"', '\'']).trim().to_owned();
        if value.is_empty() {
            continue;
        }
        match key.to_ascii_lowercase().as_str() {
            "title" | "headline" => title = Some(value),
            "author" | "authors" | "byline" => meta.author = Some(value),
            "date" | "published" | "pubdate" => meta.date = Some(value),
            "url" | "source" | "source_url" | "link" | "canonical" => meta.url = Some(value),
            "outlet" | "publisher" | "site" | "publication" => meta.outlet = Some(value),
            _ => {}
        }
    }
    let mut walker = Walker::default();
    let opts =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_SMART_PUNCTUATION;
    for event in Parser::new_ext(body, opts) {
        walker.event(event);
    }
    walker.flush();
    // With no title in the front matter, a first-level heading at the top is the title.
    if title.is_none()
        && let Some(first) = walker.pieces.first()
        && first.heading == Some(1)
    {
        title = Some(first.text.split_whitespace().collect::<Vec<_>>().join(" "));
        walker.pieces.remove(0);
    }
    let mut builder = Builder::default();
    for p in &walker.pieces {
        builder.push(p.kind, &p.text, &p.links);
    }
    let title = title.unwrap_or_else(|| super::fallback_title(label));
    builder.finish(label, title, encoding, meta)
}

/// Splits front matter off: `---` YAML or `+++` TOML. Only flat `key: value` / `key = value`
/// pairs are read; lists give their first item.
fn front_matter(src: &str) -> (Vec<(String, String)>, &str) {
    let src = src.trim_start_matches('\u{feff}');
    for (fence, sep) in [("---", ':'), ("+++", '=')] {
        let Some(rest) = src.strip_prefix(fence) else {
            continue;
        };
        let Some(rest) = rest
            .strip_prefix('\n')
            .or_else(|| rest.strip_prefix("\r\n"))
        else {
            continue;
        };
        let mut end = None;
        let mut pos = 0;
        for line in rest.split_inclusive('\n') {
            if line.trim_end() == fence || (fence == "---" && line.trim_end() == "...") {
                end = Some((pos, pos + line.len()));
                break;
            }
            pos += line.len();
        }
        let Some((head_end, body_start)) = end else {
            return (Vec::new(), src);
        };
        let mut pairs = Vec::new();
        let mut last_key: Option<String> = None;
        for line in rest[..head_end].lines() {
            let trimmed = line.trim();
            if let Some(item) = trimmed.strip_prefix("- ")
                && let Some(key) = &last_key
                && !pairs.iter().any(|(k, _)| k == key)
            {
                pairs.push((key.clone(), item.to_owned()));
                continue;
            }
            if line.starts_with([' ', '\t']) {
                continue;
            }
            if let Some((k, v)) = trimmed.split_once(sep) {
                let v = v.trim().trim_start_matches('[').trim_end_matches(']');
                let v = v.split(",").next().unwrap_or("").to_owned();
                last_key = Some(k.trim().to_owned());
                pairs.push((k.trim().to_owned(), v));
            }
        }
        pairs.retain(|(_, v)| !v.trim().is_empty());
        return (pairs, &rest[body_start..]);
    }
    (Vec::new(), src)
}

struct Piece {
    kind: BlockKind,
    text: String,
    links: Vec<(Range<usize>, String)>,
    heading: Option<u8>,
}

#[derive(Default)]
struct Walker {
    pieces: Vec<Piece>,
    buf: String,
    chars: usize,
    links: Vec<(Range<usize>, String)>,
    open_links: Vec<(usize, String)>,
    /// Nesting of containers that decide a block's kind: blockquote and list item.
    quote: usize,
    item: usize,
    heading: Option<u8>,
    code: bool,
    /// Inside an image: its alt text as gathered so far, and its title.
    image: Option<(String, String)>,
}

impl Walker {
    fn kind(&self) -> BlockKind {
        if self.code {
            BlockKind::Code
        } else if self.heading.is_some() {
            BlockKind::Heading
        } else if self.item > 0 {
            BlockKind::ListItem
        } else if self.quote > 0 {
            BlockKind::Quote
        } else {
            BlockKind::Paragraph
        }
    }

    fn text(&mut self, t: &str) {
        if let Some((alt, _)) = &mut self.image {
            alt.push_str(t);
            return;
        }
        self.buf.push_str(t);
        self.chars += t.chars().count();
    }

    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph | Tag::TableRow | Tag::TableHead => self.flush(),
                Tag::Heading { level, .. } => {
                    self.flush();
                    self.heading = Some(level as u8);
                }
                Tag::BlockQuote(_) => {
                    self.flush();
                    self.quote += 1;
                }
                Tag::Item => {
                    self.flush();
                    self.item += 1;
                }
                Tag::CodeBlock(_) => {
                    self.flush();
                    self.code = true;
                }
                Tag::Link { dest_url, .. } => {
                    self.open_links.push((self.chars, dest_url.to_string()));
                }
                Tag::Image { title, .. } => {
                    self.flush();
                    self.image = Some((String::new(), title.to_string()));
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph | TagEnd::TableRow | TagEnd::TableHead => self.flush(),
                TagEnd::Heading(_) => {
                    self.flush();
                    self.heading = None;
                }
                TagEnd::BlockQuote(_) => {
                    self.flush();
                    self.quote = self.quote.saturating_sub(1);
                }
                TagEnd::Item => {
                    self.flush();
                    self.item = self.item.saturating_sub(1);
                }
                TagEnd::CodeBlock => {
                    self.flush();
                    self.code = false;
                }
                TagEnd::Link => {
                    if let Some((start, target)) = self.open_links.pop()
                        && self.chars > start
                    {
                        self.links.push((start..self.chars, target));
                    }
                }
                TagEnd::Image => {
                    if let Some((alt, title)) = self.image.take() {
                        self.image_blocks(&alt, &title);
                    }
                }
                _ => {}
            },
            Event::Text(t) | Event::Code(t) => self.text(&t),
            Event::InlineHtml(t) | Event::Html(t) => {
                // Inline markup is dropped; text between tags survives as text events.
                if !t.trim_start().starts_with('<') {
                    self.text(&t);
                }
            }
            Event::SoftBreak => self.text(if self.code { "\n" } else { " " }),
            Event::HardBreak => self.text(if self.code { "\n" } else { " " }),
            Event::Rule => self.flush(),
            Event::FootnoteReference(_)
            | Event::TaskListMarker(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_) => {}
        }
    }

    /// `![Caption](src "Name/Agency")`: the alt text is the caption, the title the credit.
    fn image_blocks(&mut self, alt: &str, title: &str) {
        for (kind, text) in [(BlockKind::Caption, alt), (BlockKind::Credit, title)] {
            if !text.trim().is_empty() {
                self.pieces.push(Piece {
                    kind,
                    text: text.trim().to_owned(),
                    links: Vec::new(),
                    heading: None,
                });
            }
        }
    }

    fn flush(&mut self) {
        if !self.buf.trim().is_empty() {
            self.pieces.push(Piece {
                kind: self.kind(),
                text: std::mem::take(&mut self.buf),
                links: std::mem::take(&mut self.links),
                heading: self.heading,
            });
        }
        self.buf.clear();
        self.links.clear();
        self.chars = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(a: &Article) -> Vec<(BlockKind, String)> {
        a.block_texts()
    }

    #[test]
    fn front_matter_and_structure() {
        let src = "---\ntitle: \"Harbour vote\"\nauthor: Jane Doe\ndate: 2026-03-02\nurl: https://x.example/a\noutlet: The Gazette\n---\n\n\
Intro with a [link](https://x.example/l) and *emphasis*.\n\n## Next\n\n> \"Quoted,\" she said.\n\n- one\n- two\n\n```\ncode  here\n```\n\n![Councillors at the vote](a.jpg \"Ilse Marwick/Northlight\")\n";
        let a = parse("a.md", src, "UTF-8");
        assert_eq!(a.title, "Harbour vote");
        assert_eq!(a.meta.author.as_deref(), Some("Jane Doe"));
        assert_eq!(a.meta.date.as_deref(), Some("2026-03-02"));
        assert_eq!(a.meta.outlet.as_deref(), Some("The Gazette"));
        assert_eq!(a.url(), Some("https://x.example/a"));
        assert_eq!(
            kinds(&a),
            vec![
                (
                    BlockKind::Paragraph,
                    "Intro with a link and emphasis.".into()
                ),
                (BlockKind::Heading, "Next".into()),
                (BlockKind::Quote, "“Quoted,” she said.".into()),
                (BlockKind::ListItem, "one".into()),
                (BlockKind::ListItem, "two".into()),
                (BlockKind::Code, "code  here".into()),
            ]
        );
        let figs: Vec<_> = a
            .figures
            .iter()
            .map(|f| (f.kind, f.text.as_str()))
            .collect();
        assert_eq!(
            figs,
            vec![
                (BlockKind::Caption, "Councillors at the vote"),
                (BlockKind::Credit, "Ilse Marwick/Northlight"),
            ]
        );
        assert_eq!(a.slice(&a.links[0].span), "link");
        assert_eq!(a.links[0].target, "https://x.example/l");
        assert_eq!(a.credits[0].agency.as_deref(), Some("Northlight"));
    }

    #[test]
    fn toml_front_matter_and_heading_title() {
        let a = parse(
            "b.md",
            "+++\nauthor = \"Sam Lee\"\n+++\n# The Title\n\nBody.",
            "UTF-8",
        );
        assert_eq!(a.title, "The Title");
        assert_eq!(a.meta.author.as_deref(), Some("Sam Lee"));
        assert_eq!(a.text, "Body.");
        let c = parse("notes.md", "Just a body.", "UTF-8");
        assert_eq!(c.title, "notes");
    }
}
