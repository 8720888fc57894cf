//! HTML articles: the main text found by dom_smoothie (a Readability port), then walked into
//! blocks that keep their structure (headings, paragraphs, figures with credits, blockquotes,
//! lists), cleaned of boilerplate by our own scoring, with metadata from `<title>`, OpenGraph,
//! `article:*` meta and JSON-LD.

use super::build::Builder;
use crate::article::{Article, BlockKind, Meta};
use dom_query::{Document, NodeRef};
use std::ops::Range;

/// Parses an HTML page into an article. `label` names it; `encoding` is what it was decoded from.
pub fn parse(label: &str, html: &str, encoding: &str) -> Article {
    let page = extract(html);
    let title = page
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| super::fallback_title(label));
    page.body.finish(label, title, encoding, page.meta)
}

/// Walks an HTML fragment that is all article (feed content), without looking for the main
/// text, into blocks.
pub fn fragment(html: &str) -> Builder {
    let html = super::html_depth::cap_depth(html, super::html_depth::MAX_DEPTH);
    let doc = Document::fragment(html.as_ref());
    let mut walker = Walker::default();
    walker.node(&doc.root(), Ctx::default());
    walker.flush();
    let mut body = Builder::default();
    for piece in &walker.pieces {
        body.push(piece.kind, &piece.text, &piece.links);
    }
    body
}

/// What extraction found: title, metadata and the body.
pub struct Page {
    pub title: Option<String>,
    pub meta: Meta,
    pub body: Builder,
}

pub fn extract(html: &str) -> Page {
    // A page nested past any article's depth is flattened first (see `html_depth`).
    let capped = super::html_depth::cap_depth(html, super::html_depth::MAX_DEPTH);
    let html = capped.as_ref();
    let doc = Document::from(html);
    let mut meta = super::html_meta::metadata(&doc);
    let ld = super::html_meta::json_ld(&doc);
    let mut title = ld.headline.clone();
    meta.author = meta.author.or(ld.author);
    meta.date = ld.date.or(meta.date);
    meta.outlet = ld.publisher.or(meta.outlet);
    meta.url = meta.url.or(ld.url);

    let cfg = dom_smoothie::Config {
        // Only the cleaned HTML is read; the plain text dom_smoothie makes beside it is not,
        // and the raw form is the cheapest to make.
        text_mode: dom_smoothie::TextMode::Raw,
        // Credit markup inside captions survives cleaning so the walk can split it off.
        classes_to_preserve: CREDIT_CLASSES.iter().map(|c| (*c).to_owned()).collect(),
        ..Default::default()
    };
    let mut body = Builder::default();
    if let Ok(mut r) = dom_smoothie::Readability::with_document(doc, None, Some(cfg))
        && let Ok(found) = r.parse()
    {
        if title.is_none() && !found.title.trim().is_empty() {
            title = Some(found.title.trim().to_owned());
        }
        meta.author = meta.author.or(found.byline.map(|b| b.trim().to_owned()));
        meta.date = meta.date.or(found.published_time);
        meta.outlet = meta.outlet.or(found.site_name);
        let content = Document::from(found.content.as_ref());
        let posts = embedded_posts(html);
        walk_and_clean(&content, title.as_deref().unwrap_or(""), &posts, &mut body);
    }
    // Where the extractor finds nothing: the body JSON-LD gives, else the whole page, cleaned.
    if body.is_empty()
        && let Some(text) = ld.body
    {
        for para in text.split("\n").filter(|p| !p.trim().is_empty()) {
            body.push(BlockKind::Paragraph, para, &[]);
        }
    }
    if body.is_empty() {
        walk_and_clean(
            &Document::from(html),
            title.as_deref().unwrap_or(""),
            &[],
            &mut body,
        );
    }
    Page { title, meta, body }
}

/// Posts embedded in the page (`blockquote.twitter-tweet`), each with the text of the
/// paragraph it follows: the article quoting someone, which the main-text extractor may drop.
fn embedded_posts(html: &str) -> Vec<(String, String)> {
    if !html.contains("twitter-tweet") {
        return Vec::new();
    }
    let doc = Document::from(html);
    let mut out = Vec::new();
    let mut previous = String::new();
    for node in doc.select("p, blockquote.twitter-tweet").nodes() {
        let text = flat(&node.text());
        if node.has_class("twitter-tweet") {
            if !text.is_empty() && !previous.is_empty() {
                out.push((previous.clone(), text));
            }
        } else if !text.is_empty()
            && !node
                .ancestors(None)
                .iter()
                .any(|a| a.has_class("twitter-tweet"))
        {
            previous = text;
        }
    }
    out
}

/// Walks a document into pieces and keeps what `classify` takes for article; `posts` are put
/// back after the paragraph each follows in the page, where the extraction dropped them.
/// The words of `s`, single-spaced.
fn flat(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn walk_and_clean(doc: &Document, title: &str, posts: &[(String, String)], body: &mut Builder) {
    let mut walker = Walker::default();
    walker.node(&doc.root(), Ctx::default());
    walker.flush();
    for (after, post) in posts {
        // Kept already, perhaps as several pieces (the post, then its byline): its opening
        // words are there.
        let opening: String = post.chars().take(30).collect();
        if walker
            .pieces
            .iter()
            .any(|p| flat(&p.text).contains(&opening))
        {
            continue;
        }
        if let Some(at) = walker.pieces.iter().position(|p| flat(&p.text) == *after) {
            walker.pieces.insert(
                at + 1,
                Piece {
                    kind: BlockKind::Quote,
                    text: post.clone(),
                    links: Vec::new(),
                    link_chars: 0,
                },
            );
        }
    }
    // A text a gallery repeats, once per slide beside its "Image 2 of 9" and "Close": shown
    // three times or more, once within two pieces of such a label, it goes. Tables, recipes
    // and lists repeat their own lines and keep them.
    let pieces = &walker.pieces;
    // Each piece's words with single spaces, and in lower case: made once, read by each test.
    let keys: Vec<String> = pieces.iter().map(|p| flat(&p.text)).collect();
    let lowers: Vec<String> = keys.iter().map(|k| k.to_lowercase()).collect();
    let widget: Vec<bool> = lowers.iter().map(|l| is_widget_label(l)).collect();
    let near_widget =
        |i: usize| (i.saturating_sub(2)..(i + 3).min(pieces.len())).any(|k| widget[k]);
    let mut times: std::collections::HashMap<&str, (usize, bool)> =
        std::collections::HashMap::new();
    for (i, p) in pieces.iter().enumerate() {
        if p.text.chars().count() < 400 {
            let e = times.entry(keys[i].as_str()).or_default();
            e.0 += 1;
            e.1 |= near_widget(i);
        }
    }
    // After "More from …", the headlines of other stories until the story's sentences resume.
    let mut related = false;
    let ends_sentence =
        |t: &str| t.ends_with(['.', '!', '?', '"', '”', '’']) || t.chars().count() >= 150;
    for (i, piece) in pieces.iter().enumerate() {
        let (text, lower) = (&keys[i], &lowers[i]);
        if opens_related_list(lower) {
            related = true;
            continue;
        }
        if related && !ends_sentence(text) {
            continue;
        }
        related = false;

        if times
            .get(text.as_str())
            .is_some_and(|&(n, near)| n >= 3 && near)
        {
            continue;
        }
        if let Some(kind) = classify(piece, text, lower, title) {
            body.push(kind, &piece.text, &piece.links);
        }
    }
}

/// One block found by the walk, before cleaning.
#[derive(Debug, Clone)]
struct Piece {
    kind: BlockKind,
    text: String,
    links: Vec<(Range<usize>, String)>,
    /// Chars of the text inside links.
    link_chars: usize,
}

#[derive(Debug, Clone, Copy, Default)]
struct Ctx {
    kind: Option<BlockKind>,
    pre: bool,
    credit: bool,
}

#[derive(Default)]
struct Walker {
    pieces: Vec<Piece>,
    buf: String,
    chars: usize,
    kind: Option<BlockKind>,
    links: Vec<(Range<usize>, String)>,
    link_chars: usize,
}

const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "button", "form", "input", "select",
    "textarea", "iframe", "object", "video", "audio", "canvas", "nav", "head", "math",
];

const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "figure",
    "figcaption",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "caption",
    "hr",
    "address",
    "details",
    "summary",
    "center",
];

impl Walker {
    fn node(&mut self, node: &NodeRef, ctx: Ctx) {
        if node.is_text() {
            let t = node.text();
            self.text(&t, ctx);
            return;
        }
        if !(node.is_element() || node.is_document() || node.is_fragment()) {
            return;
        }
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        let name = name.as_str();
        if SKIP.contains(&name) || node.has_attr("hidden") {
            return;
        }
        if name == "br" {
            if ctx.pre {
                self.text("\n", ctx);
            } else {
                self.text(" ", ctx);
            }
            return;
        }
        let block = BLOCK.contains(&name);
        let mut inner = ctx;
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => inner.kind = Some(BlockKind::Heading),
            "li" | "dd" | "dt" => inner.kind = Some(BlockKind::ListItem),
            "blockquote" => inner.kind = Some(BlockKind::Quote),
            "figcaption" => inner.kind = Some(BlockKind::Caption),
            "pre" => {
                inner.kind = Some(BlockKind::Code);
                inner.pre = true;
            }
            "p" if ctx.kind.is_none() => inner.kind = Some(BlockKind::Paragraph),
            _ => {}
        }
        if ctx.kind == Some(BlockKind::Caption) && is_credit_element(node) {
            inner.credit = true;
        }
        if block || inner.credit != ctx.credit {
            self.flush();
        }
        let start = self.chars;
        for child in node.children_it(false) {
            self.node(&child, inner);
        }
        if name == "a"
            && let Some(href) = node.attr("href")
            && self.chars > start
        {
            let href = href.trim();
            if !href.is_empty() && !href.starts_with("javascript:") && !href.starts_with('#') {
                self.links.push((start..self.chars, href.to_owned()));
            }
            self.link_chars += self.chars - start;
        }
        if block || inner.credit != ctx.credit {
            if inner.credit {
                self.kind = Some(BlockKind::Credit);
            }
            self.flush();
        }
    }

    fn text(&mut self, t: &str, ctx: Ctx) {
        if self.kind.is_none() && !t.trim().is_empty() {
            self.kind = Some(if ctx.credit {
                BlockKind::Credit
            } else {
                ctx.kind.unwrap_or(BlockKind::Paragraph)
            });
        }
        self.buf.push_str(t);
        self.chars += t.chars().count();
    }

    fn flush(&mut self) {
        if let Some(kind) = self.kind.take()
            && !self.buf.trim().is_empty()
        {
            let text = std::mem::take(&mut self.buf);
            let pieces = split_caption_credit(kind, text, std::mem::take(&mut self.links));
            for (kind, text, links) in pieces {
                self.pieces.push(Piece {
                    kind,
                    text,
                    links,
                    link_chars: self.link_chars,
                });
            }
        }
        self.buf.clear();
        self.chars = 0;
        self.links.clear();
        self.link_chars = 0;
        self.kind = None;
    }
}

type Split = Vec<(BlockKind, String, Vec<(Range<usize>, String)>)>;

/// A caption that ends in its credit ("… (Photo: Jane Roe/AP)", "… Credit: Reuters") becomes a
/// caption and a credit.
fn split_caption_credit(
    kind: BlockKind,
    text: String,
    links: Vec<(Range<usize>, String)>,
) -> Split {
    if kind != BlockKind::Caption {
        return vec![(kind, text, links)];
    }
    let lower = text.to_lowercase();
    let at = [
        "(photo",
        "photo:",
        "credit:",
        "photograph:",
        "(ap photo",
        "image:",
    ]
    .iter()
    .filter_map(|m| lower.rfind(m))
    .max()
    .filter(|&at| text.is_char_boundary(at));
    match at {
        Some(at) if at > 0 => {
            let cut = text[..at].chars().count();
            let caption_links = links
                .iter()
                .filter(|(r, _)| r.end <= cut)
                .cloned()
                .collect();
            let credit = text[at..]
                .trim()
                .trim_matches(|c| c == '(' || c == ')')
                .to_owned();
            vec![
                (BlockKind::Caption, text[..at].to_owned(), caption_links),
                (BlockKind::Credit, credit, Vec::new()),
            ]
        }
        Some(_) => vec![(BlockKind::Credit, text, links)],
        None => vec![(kind, text, links)],
    }
}

/// Classes that mark a photo credit inside a caption.
const CREDIT_CLASSES: &[&str] = &[
    "credit",
    "credits",
    "photo-credit",
    "image-credit",
    "caption-credit",
    "media-credit",
    "copyright",
    "attribution",
];

fn is_credit_element(node: &NodeRef) -> bool {
    let class = node.attr("class").unwrap_or_default().to_ascii_lowercase();
    class
        .split_whitespace()
        .any(|c| CREDIT_CLASSES.contains(&c) || c.ends_with("-credit") || c.ends_with("__credit"))
}

/// Our cleaning on top of the extractor: what each piece really is, or `None` for page
/// furniture (navigation, datelines of the page, share and newsletter prompts, copyright),
/// judged by wording, link density and length.
/// `text` is the piece's words with single spaces, `lower` the same in lower case.
fn classify(piece: &Piece, text: &str, lower: &str, title: &str) -> Option<BlockKind> {
    if !text.chars().any(char::is_alphanumeric) {
        return None; // bullets, rules, zero-width spaces
    }
    if matches!(
        piece.kind,
        BlockKind::Caption | BlockKind::Credit | BlockKind::Code
    ) {
        return Some(piece.kind);
    }
    // The headline repeated at the top of the body.
    if !title.is_empty() && same_words(text, title) && text.chars().count() < 300 {
        return None;
    }
    let chars = text.chars().count();
    // Lines that are mostly links are navigation, related stories or tag lists.
    if piece.link_chars * 10 > chars * 8 && chars < 200 {
        return None;
    }
    if chars < 160 {
        if is_credit_line(text, lower) {
            return Some(BlockKind::Credit);
        }
        if is_page_furniture(text, lower) {
            return None;
        }
    }
    if chars < 400 && ends_with_image_credit(lower) {
        return Some(BlockKind::Caption);
    }
    Some(piece.kind)
}

/// "Credit: EPA", "Alex Wong | Getty Images", "© Jane Roe", "Photo: Reuters".
fn is_credit_line(text: &str, lower: &str) -> bool {
    const LABELS: &[&str] = &[
        "credit:",
        "photo:",
        "photograph:",
        "image:",
        "picture:",
        "©",
        "(c) ",
        "photo credit",
        "image credit",
        "source: getty",
    ];
    if LABELS.iter().any(|l| lower.starts_with(l)) {
        return text.split_whitespace().count() <= 12;
    }
    const AGENCIES: &[&str] = &[
        "getty images",
        "shutterstock",
        "associated press",
        "ap photo",
        "afp via getty",
        "reuters",
        "epa-efe",
        "alamy",
    ];
    let words = text.split_whitespace().count();
    words <= 8
        && (text.contains(" | ") || text.contains('/'))
        && AGENCIES.iter().any(|a| lower.contains(a))
}

/// A caption that carries its credit at the end: "… (Image: GETTY)", "… Credit: Reuters".
fn ends_with_image_credit(lower: &str) -> bool {
    let tail: String = lower
        .chars()
        .rev()
        .take(60)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    [
        "(image:",
        "(photo:",
        "(picture:",
        "credit:",
        "(credit",
        "photo: getty",
        "(pictured",
        "(ap photo",
        "(afp photo",
        "(reuters/",
        "(getty images",
    ]
    .iter()
    .any(|m| tail.contains(m))
        && lower
            .trim_end()
            .ends_with(|c: char| c == ')' || c.is_alphanumeric())
}

/// Short lines that belong to the page around the article. `text` is the line as written,
/// `lower` the same lowercased. Each rule is narrow enough that a sentence of the story that
/// happens to start the same way is kept ("By the end of the day…", "Published reports say…").
fn is_page_furniture(text: &str, lower: &str) -> bool {
    const STARTS: &[&str] = &[
        "share this",
        "share on",
        "follow us",
        "follow her on",
        "follow him on",
        "sign up",
        "subscribe",
        "get the latest",
        "have a tip",
        "read more",
        "continue reading",
        "want more stories",
        "related:",
        "related articles",
        "advertisement",
        "click here",
        "don't miss",
        "don’t miss",
        "the contents of this site",
        "all rights reserved",
        "copyright",
        "this article originally appeared",
        "this story originally appeared",
        "we use cookies",
        "leave a comment",
        "filed under",
        "tags:",
        "topics:",
    ];
    // A date alone ("September 10, 2026 |", "Nov. 18, 2026"): the page's stamp.
    if is_bare_date(lower) {
        return true;
    }
    // An address block: a phone and a fax number on one line.
    if (lower.contains(" tel") || lower.contains("tel:")) && lower.contains(" fax") {
        return true;
    }
    const HAS: &[&str] = &[
        "all rights reserved",
        "may be reached at",
        "sign up for",
        "follow us on",
        "subscribe to",
        "click here",
        "©",
    ];
    // Timestamps of the page: "Updated Nov 19, 9:41 AM", "PUBLISHED: 10:48, Tue".
    const STAMPS: &[&str] = &[
        "updated",
        "| updated",
        "published",
        "posted",
        "last updated",
        "first published",
    ];
    // A time stamp line: it starts with the label, or carries it after a date ("Nov 18, 2019
    // 5:19 PM · Updated: 5:26 PM").
    let stamp = (STAMPS.iter().any(|s| lower.starts_with(s))
        || lower.contains("updated:")
        || lower.contains("published:"))
        && text.chars().any(|c| c.is_ascii_digit())
        && text.split_whitespace().count() <= 14;
    // A source named alone in brackets, as a list of links gives them: "[Harbour News]".
    let bracketed =
        text.starts_with('[') && text.ends_with(']') && text.split_whitespace().count() <= 4;
    // A page byline: "By Justine Coleman - 11/18/19", "By JANE DOE".
    let page_byline = lower.starts_with("by ")
        && text.chars().count() <= 100
        && text
            .split_whitespace()
            .skip(1)
            .take(2)
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let comments = lower == "comments"
        || lower.starts_with("comments (")
        || lower.ends_with(" comments") && lower.split_whitespace().count() <= 3;
    stamp
        || bracketed
        || page_byline
        || comments
        || is_widget_label(lower)
        || is_contact_line(lower)
        || STARTS.iter().any(|s| lower.starts_with(s))
        || HAS.iter().any(|h| lower.contains(h))
}

/// The labels and counters of a photo gallery or a media player: "Caption", "Close", "Image 3
/// of 9", "Image 1 of / 9", "Media playback is unsupported on your device", "Image copyright
/// AFP".
fn is_widget_label(lower: &str) -> bool {
    const LABELS: &[&str] = &[
        "caption",
        "close",
        "expand",
        "collapse",
        "enlarge",
        "next",
        "previous",
        "prev",
        "hide caption",
        "show caption",
        "toggle caption",
        "view gallery",
        "open gallery",
        "launch gallery",
        "view all",
        "play",
        "pause",
        "replay",
        "back to gallery",
        "skip ad",
        "fullscreen",
        "full screen",
    ];
    if LABELS.contains(&lower.trim_end_matches(['.', ':'])) {
        return true;
    }
    // "image 3 of 9", "photo 1 of / 5", "slide 2/7", "3 of 12"
    // Nine words at most: every test below asks for eight or fewer, so a paragraph is not
    // split whole.
    let words: Vec<&str> = lower.split_whitespace().take(9).collect();
    let counter = |w: &[&str]| {
        // "3", "3/9"; a lone "/" is a filler, not a number.
        let numbers = w.iter().filter(|x| {
            x.chars().any(|c| c.is_ascii_digit())
                && x.chars().all(|c| c.is_ascii_digit() || c == '/')
        });
        let fillers = w.iter().filter(|x| matches!(**x, "of" | "/"));
        w.len() <= 4 && numbers.count() + fillers.count() == w.len() && w.len() >= 2
    };
    let counted = matches!(
        words.first(),
        Some(&("image" | "photo" | "picture" | "slide" | "video" | "gallery"))
    ) && words.len() > 1
        && counter(&words[1..]);
    const PLAYER: &[&str] = &[
        "playback is unsupported",
        "media playback is unsupported",
        "your browser does not support",
        "this video is unavailable",
        "video unavailable",
        "this video can not be played",
        "this video cannot be played",
        "please enable javascript to watch",
    ];
    counted
        || counter(&words)
        || PLAYER.iter().any(|p| lower.contains(p))
        || ((lower.starts_with("image copyright") || lower.starts_with("image caption"))
            && words.len() <= 8)
        // A broadcaster's caption fused to its label: "Media captionThe mayor …".
        || lower.starts_with("media caption")
        || lower.starts_with("video caption")
}

/// A line that only says how to reach the reporter: an address alone, a profile link alone,
/// "Reach the reporters on Twitter at …".
fn is_contact_line(lower: &str) -> bool {
    let one_word = !lower.contains(' ');
    let address = one_word && lower.contains('@') && lower.contains('.');
    let profile = one_word
        && [
            "twitter.com/",
            "x.com/",
            "facebook.com/",
            "instagram.com/",
            "linkedin.com/",
        ]
        .iter()
        .any(|s| lower.contains(s));
    const STARTS: &[&str] = &[
        "reach the reporter",
        "reach the reporters",
        "contact the reporter",
        "email the author",
        "email the reporter",
        "follow the reporter",
    ];
    address || profile || STARTS.iter().any(|s| lower.starts_with(s))
}

/// A line that is a date and nothing else but punctuation: "September 10, 2026 |".
fn is_bare_date(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let month = words
        .iter()
        .filter(|w| crate::quotes::lexicon::MONTHS.contains(w))
        .count();
    let numbers = words
        .iter()
        .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
        .count();
    let year = words.iter().any(|w| {
        w.len() == 4 && w.starts_with(['1', '2']) && w.chars().all(|c| c.is_ascii_digit())
    });
    month == 1 && year && month + numbers == words.len() && words.len() <= 3
}

/// A label that opens a list of other stories: "More from UK", "Most read", "Related stories".
fn opens_related_list(lower: &str) -> bool {
    const STARTS: &[&str] = &[
        "more from",
        "more stories",
        "more news",
        "most read",
        "most popular",
        "top stories",
        "related stories",
        "related coverage",
        "recommended",
        "trending",
        "you may also like",
        "you might also like",
    ];
    lower.split_whitespace().count() <= 5 && STARTS.iter().any(|s| lower.starts_with(s))
}

fn same_words(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && (a == b || (b.starts_with(&a) && a.len() * 10 >= b.len() * 7))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>Harbour vote - The Gazette</title>
<meta property="og:site_name" content="The Gazette">
<meta property="article:published_time" content="2026-03-02T10:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Harbour vote splits the council","author":{"@type":"Person","name":"Jane Doe"},
"publisher":{"@type":"Organization","name":"The Gazette"},"url":"https://gazette.example/harbour"}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour vote splits the council</h1>
<p>The council voted six to five on Tuesday to sell the old harbour sheds, after a debate that ran past midnight and drew a crowd to the public gallery.</p>
<figure><img src="a.jpg"><figcaption>Councillors at the vote. <span class="credit">Ilse Marwick/Northlight</span></figcaption></figure>
<p>"We have waited long enough," said Mayor Rita Okafor, who cast the deciding vote. She said the sale would fund <a href="https://gazette.example/pools">two new pools</a> and a library.</p>
<h2>What happens next</h2>
<blockquote><p>"This is a sad day for the waterfront," the harbour trust said in a statement.</p></blockquote>
<ul><li>The sale closes in June, the council said in its papers.</li><li>Tenants get six months' notice under the lease terms agreed in 2019.</li></ul>
<p>Opponents said they would ask the courts to review the decision before the sale closes, and began collecting signatures on Wednesday morning.</p>
</article><footer>Copyright 2026</footer></body></html>"#;

    #[test]
    fn a_page_too_short_for_the_extractor_still_gives_its_text() {
        let a = parse(
            "s.html",
            "<html><body><nav><a href=\"/\">Home</a></nav><p>\"Short,\" she said.</p></body></html>",
            "UTF-8",
        );
        assert_eq!(a.text, "\"Short,\" she said.");
    }

    #[test]
    fn gallery_widgets_player_notices_contacts_and_related_lists_are_left_out() {
        for (line, furniture) in [
            ("Caption", true),
            ("Close", true),
            ("Image 3 of 9", true),
            ("Image 1 of / 9", true),
            ("4 of 12", true),
            ("Media playback is unsupported on your device", true),
            ("Image copyright Northlight Photo", true),
            ("Media captionThe mayor opens the new pier", true),
            ("ana.diaz@harbour.example", true),
            ("twitter.com/anadiaz", true),
            ("Reach the reporter at the harbour desk", true),
            ("Nov 18, 2026 5:19 PM · Updated: 5:26 PM", true),
            ("[Harbour News]", true),
            ("September 10, 2026 |", true),
            (
                "Harbour Post 12 Quay Road | 555-0100 tel | 555-0101 fax",
                true,
            ),
            ("On September 10, 2026 the ferry ran again.", false),
            (
                "The gallery closed at six, and the caption contest ended.",
                false,
            ),
            ("Image rights were sold to three papers.", false),
        ] {
            assert_eq!(
                is_page_furniture(line, &line.to_lowercase()),
                furniture,
                "{line}"
            );
        }
        // A caption a gallery repeats beside its widgets goes; a headline list after "More
        // from …" goes; the story stays.
        let caption = "Ferry passengers wait on the quay at dawn on Monday in the rain.";
        let story = "The council voted on Tuesday to reopen the old ferry docks after years of debate, and the mayor said the first boats would run in spring.";
        let page = format!(
            "<html><body><article><p>{caption}</p><p>Image 1 of 5</p><p>{caption}</p>\
             <p>Caption</p><p>Close</p><p>{caption}</p><p>{story}</p><p>{story}</p>\
             <h3>More from Harbour</h3><p>Night market returns to the pier</p>\
             <p>Chess final goes to a tie-break</p></article></body></html>"
        );
        let a = parse("g.html", &page, "UTF-8");
        assert!(!a.text.contains("Ferry passengers"), "{}", a.text);
        assert!(!a.text.contains("Night market"), "{}", a.text);
        assert!(a.text.contains("reopen the old ferry docks"), "{}", a.text);
    }

    #[test]
    fn embedded_posts_are_put_back_after_their_paragraph() {
        let story = "The council voted on Tuesday to reopen the old ferry docks after years of debate, and the harbour master welcomed it.";
        let after = "Residents were quick to answer the news online, some of them within minutes of the vote being announced.";
        let page = format!(
            "<html><body><article><p>{story}</p><p>{after}</p>\
             <div class=\"embed\"><blockquote class=\"twitter-tweet\"><p>Finally the boats come back to our pier</p>\
             &mdash; Pia Lund (@pialund) March 2, 2026</blockquote></div>\
             <p>{story} The mayor said the first boats would run in spring.</p></article></body></html>"
        );
        let posts = embedded_posts(&page);
        assert_eq!(posts.len(), 1);
        assert!(posts[0].0.starts_with("Residents were quick"));
        let a = parse("e.html", &page, "UTF-8");
        let post = a.text.find("Finally the boats").expect("the post is kept");
        assert!(
            a.text.find("Residents were quick").unwrap() < post,
            "{}",
            a.text
        );
        assert_eq!(a.text.matches("Finally the boats").count(), 1, "{}", a.text);
    }

    #[test]
    fn story_sentences_that_look_like_furniture_are_kept() {
        for (line, furniture) in [
            ("By the end of the day the ferry was full.", false),
            ("Published reports say the port will close.", false),
            ("Comments from the minister were brief.", false),
            ("The newsletter, printed weekly, said so.", false),
            ("By Justine Coleman - 11/18/19 11:04 PM EST", true),
            ("Updated Nov 19, 9:41 AM", true),
            ("Subscribe to our newsletter", true),
        ] {
            assert_eq!(
                is_page_furniture(line, &line.to_lowercase()),
                furniture,
                "{line}"
            );
        }
    }

    #[test]
    fn metadata_and_structure() {
        let a = parse("p.html", PAGE, "UTF-8");
        assert_eq!(a.title, "Harbour vote splits the council");
        assert_eq!(a.meta.author.as_deref(), Some("Jane Doe"));
        assert_eq!(a.meta.outlet.as_deref(), Some("The Gazette"));
        assert_eq!(a.meta.date.as_deref(), Some("2026-03-02T10:00:00Z"));
        assert_eq!(a.url(), Some("https://gazette.example/harbour"));
        let kinds: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
        assert!(kinds.contains(&BlockKind::Heading), "{kinds:?}");
        assert!(kinds.contains(&BlockKind::Quote), "{kinds:?}");
        assert!(kinds.contains(&BlockKind::ListItem), "{kinds:?}");
        assert_eq!(a.figures[0].kind, BlockKind::Caption);
        assert_eq!(a.figures[0].text, "Councillors at the vote.");
        assert!(
            !a.text.contains("Councillors"),
            "captions stay out of the body"
        );
        assert_eq!(a.credits.len(), 1, "{:?}", a.blocks);
        assert_eq!(a.credits[0].person.as_deref(), Some("Ilse Marwick"));
        assert!(!a.text.contains("Home"));
        assert!(!a.text.contains("Copyright"));
        assert!(
            !a.text.starts_with("Harbour vote splits"),
            "title kept out of the body"
        );
        let link = &a.links[0];
        assert_eq!(a.slice(&link.span), "two new pools");
        assert_eq!(link.target, "https://gazette.example/pools");
    }
}
