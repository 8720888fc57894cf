//! A cap on how deeply an HTML page nests its elements, applied before the page is parsed.
//!
//! The HTML parser checks the stack of open elements on each tag, so a page that opens 100,000
//! elements takes time in the square of that; and deep trees overflow the stack of any walk
//! that recurses. No article nests anywhere near the cap, so a real page passes through this
//! byte for byte; a hostile one loses only the tags past the cap, never its text.

use std::borrow::Cow;

/// The deepest an element may nest; tags deeper than this are dropped, their text kept.
pub const MAX_DEPTH: usize = 256;

/// Elements that hold no children.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements the parser closes by itself when a sibling opens (`<p>` after `<p>`, `<li>` after
/// `<li>`): they are left out of the count, so a page of unclosed paragraphs is not taken for a
/// deep one.
const SELF_CLOSING: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "rb", "rt", "rp",
];

/// Elements whose content is text up to their closing tag, never markup.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// `html` with every element nested deeper than `max` unwrapped; borrowed when none is.
pub fn cap_depth(html: &str, max: usize) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    // The part of `html` already written to `out`, when `out` exists.
    let mut copied = 0;
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(lt) = memchr(b'<', &bytes[i..]).map(|k| i + k) {
        let Some(tag) = read_tag(html, lt) else {
            i = lt + 1;
            continue;
        };
        let keep = match &tag.kind {
            Kind::Other => true,
            Kind::Open(name) if VOID.contains(&name.as_str()) || tag.self_closed => true,
            Kind::Open(name) if SELF_CLOSING.contains(&name.as_str()) => depth < max,
            Kind::Open(_) => {
                depth += 1;
                depth <= max
            }
            Kind::Close(name) if VOID.contains(&name.as_str()) => true,
            Kind::Close(name) if SELF_CLOSING.contains(&name.as_str()) => depth < max,
            Kind::Close(_) => {
                let kept = depth <= max;
                depth = depth.saturating_sub(1);
                kept
            }
        };
        if !keep {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..lt]);
            copied = tag.end;
        }
        i = tag.end;
        // Raw text runs to its closing tag unread ("<b>" inside a script is no element).
        if let Kind::Open(name) = &tag.kind
            && RAW_TEXT.contains(&name.as_str())
            && !tag.self_closed
        {
            i = find_close(html, i, name).unwrap_or(html.len());
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut o) => {
            o.push_str(&html[copied..]);
            Cow::Owned(o)
        }
    }
}

enum Kind {
    Open(String),
    Close(String),
    /// A comment, a doctype or a processing instruction.
    Other,
}

struct Tag {
    kind: Kind,
    self_closed: bool,
    /// One past the tag's `>` (or the end of the text).
    end: usize,
}

/// The tag starting at the `<` at `at`, or `None` when that `<` starts no tag (text).
fn read_tag(html: &str, at: usize) -> Option<Tag> {
    let rest = &html[at + 1..];
    if let Some(comment) = rest.strip_prefix("!--") {
        let end = comment.find("-->").map_or(html.len(), |k| at + 4 + k + 3);
        return Some(Tag {
            kind: Kind::Other,
            self_closed: false,
            end,
        });
    }
    if rest.starts_with('!') || rest.starts_with('?') {
        let end = rest.find('>').map_or(html.len(), |k| at + 1 + k + 1);
        return Some(Tag {
            kind: Kind::Other,
            self_closed: false,
            end,
        });
    }
    let (close, name_at) = match rest.strip_prefix('/') {
        Some(_) => (true, at + 2),
        None => (false, at + 1),
    };
    let name: String = html[name_at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    // The tag runs to the first `>` outside a quoted attribute value.
    let mut quote: Option<u8> = None;
    let bytes = html.as_bytes();
    let mut k = name_at + name.len();
    let mut end = html.len();
    while k < bytes.len() {
        match (quote, bytes[k]) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(bytes[k]),
            (None, b'>') => {
                end = k + 1;
                break;
            }
            _ => {}
        }
        k += 1;
    }
    let self_closed = end >= 2 && bytes.get(end - 2) == Some(&b'/');
    Some(Tag {
        kind: if close {
            Kind::Close(name)
        } else {
            Kind::Open(name)
        },
        self_closed,
        end,
    })
}

/// Where `</name` starts at or after `from`, case ignored.
fn find_close(html: &str, from: usize, name: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut i = from;
    while let Some(k) = memchr(b'<', &bytes[i..]).map(|k| i + k) {
        let after = &bytes[k + 1..];
        if after.first() == Some(&b'/')
            && after.len() > name.len()
            && after[1..=name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return Some(k);
        }
        i = k + 1;
    }
    None
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_within_the_cap_passes_unchanged() {
        let page = "<html><body><div class=\"a>b\"><p>One<p>Two<br><img src=x/></div>\
                    <script>if (a<b) { x = '<div>'; }</script><!-- <div> --></body></html>";
        assert!(matches!(cap_depth(page, 4), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_past_the_cap_go_and_their_text_stays() {
        let deep = format!("{}text{}", "<div>".repeat(10), "</div>".repeat(10));
        let capped = cap_depth(&deep, 3);
        assert_eq!(capped, "<div><div><div>text</div></div></div>");
        // Unclosed inline elements, as a hostile page writes them.
        let unclosed = format!("{}end", "<span><b>".repeat(1000));
        let capped = cap_depth(&unclosed, 256);
        assert!(capped.ends_with("end"));
        assert_eq!(capped.matches('<').count(), 256);
    }

    #[test]
    fn unclosed_paragraphs_are_not_depth() {
        let page = format!("<div>{}</div>", "<p>para".repeat(1000));
        assert!(matches!(cap_depth(&page, 8), Cow::Borrowed(_)));
    }
}
