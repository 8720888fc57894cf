//! Building an article from structured pieces (Markdown, HTML, feeds): the body text is the
//! blocks joined by blank lines, with no title, and every block and link keeps its char span.

use crate::article::{Article, Block, BlockKind, Credit, CreditKind, Figure, Link, Meta};
use std::ops::Range;

/// Collects blocks of text into an article body.
#[derive(Debug, Default)]
pub struct Builder {
    text: String,
    chars: usize,
    blocks: Vec<Block>,
    credits: Vec<Credit>,
    links: Vec<Link>,
    figures: Vec<Figure>,
}

impl Builder {
    /// Appends one block; white space is collapsed (except in code) and empty blocks dropped.
    /// `links` are char ranges into `text` with their targets. Returns the block's span.
    pub fn push(
        &mut self,
        kind: BlockKind,
        text: &str,
        links: &[(Range<usize>, String)],
    ) -> Option<Range<usize>> {
        let (clean, map) = if kind == BlockKind::Code {
            let t = text.trim_matches('\n').trim_end();
            (t.to_owned(), None)
        } else {
            let (c, m) = collapse(text);
            (c, Some(m))
        };
        if clean.is_empty() {
            return None;
        }
        if matches!(kind, BlockKind::Caption | BlockKind::Credit) {
            // A credit is drawn after its own label ("Photo: "): one it already carries
            // ("Photo: Jane Roe", "Image: Reuters") goes, so the label is never doubled.
            let clean = if kind == BlockKind::Credit {
                without_credit_label(&clean).to_owned()
            } else {
                clean
            };
            // Captions and credits are not body text: they are drawn in place, kept out of it.
            if kind == BlockKind::Credit {
                let (person, agency) = split_credit(&clean);
                self.credits.push(Credit {
                    text: clean.clone(),
                    person,
                    agency,
                    kind: CreditKind::Photo,
                    span: 0..0,
                });
            }
            let at = if self.text.is_empty() {
                0
            } else {
                self.chars + 2
            };
            self.figures.push(Figure {
                at,
                kind,
                text: clean,
            });
            return None;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
            self.chars += 2;
        }
        let start = self.chars;
        let len = clean.chars().count();
        self.text.push_str(&clean);
        self.chars += len;
        let span = start..start + len;
        self.blocks.push(Block {
            kind,
            span: span.clone(),
        });
        for (r, target) in links {
            let (s, e) = match &map {
                Some(m) => (m.get(r.start).copied(), m.get(r.end).copied()),
                None => (Some(r.start), Some(r.end)),
            };
            if let (Some(s), Some(e)) = (s, e)
                && s < e
                && e <= len
            {
                self.links.push(Link {
                    span: start + s..start + e,
                    target: target.clone(),
                });
            }
        }
        Some(span)
    }

    /// True when no body text has been gathered.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// The body so far, for callers that check what they have gathered.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn finish(self, path: &str, title: String, encoding: &str, mut meta: Meta) -> Article {
        // "By Jane Doe" from a page's meta tags: the byline line adds its own "By".
        meta.author = meta.author.map(|a| without_by(&a).to_owned());
        Article {
            path: path.to_owned(),
            title,
            text: self.text,
            blocks: self.blocks,
            credits: self.credits,
            encoding: encoding.to_owned(),
            meta,
            links: self.links,
            figures: self.figures,
            body_only: true,
        }
    }
}

/// Collapses runs of white space to one space and trims; also returns, for each char offset of
/// the input (and one past the end), the offset it lands on in the output.
fn collapse(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len() + 1);
    let mut n = 0usize;
    let mut pending_space = false;
    for c in s.chars() {
        map.push(n + usize::from(pending_space && !c.is_whitespace()));
        if c.is_whitespace() {
            pending_space = n > 0;
        } else {
            if pending_space {
                out.push(' ');
                n += 1;
                pending_space = false;
            }
            out.push(c);
            n += 1;
        }
    }
    map.push(n);
    for m in &mut map {
        *m = (*m).min(n);
    }
    (out, map)
}

/// The labels that start a credit line ("Photo: Jane Roe/Reuters"). None is a prefix of another.
pub const CREDIT_LABELS: &[&str] = &[
    "Photo credit:",
    "Photograph:",
    "Photo:",
    "Credit:",
    "Picture:",
    "Image:",
];

/// An author's name without the "By " a page may give with it.
pub fn without_by(author: &str) -> &str {
    let a = author.trim();
    match a.get(..3) {
        Some(by) if by.eq_ignore_ascii_case("by ") => a[3..].trim(),
        _ => a,
    }
}

/// A credit without the label it starts with, if any ("Photo: Jane Roe" is "Jane Roe").
pub fn without_credit_label(credit: &str) -> &str {
    let t = credit.trim();
    for label in CREDIT_LABELS {
        if let Some(rest) = t
            .get(..label.len())
            .filter(|h| h.eq_ignore_ascii_case(label))
            .map(|_| &t[label.len()..])
        {
            return rest.trim();
        }
    }
    t
}

/// "Jane Roe/Reuters" or "Photo: Jane Roe for The Times" into a photographer and an agency.
pub fn split_credit(credit: &str) -> (Option<String>, Option<String>) {
    let t = without_credit_label(credit);
    let t = t.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace());
    let name = |s: &str| {
        let s = s.trim();
        (!s.is_empty()).then(|| s.to_owned())
    };
    if let Some((p, a)) = t.split_once('/') {
        let p = p
            .trim()
            .trim_start_matches("AP Photo")
            .trim_start_matches("Photo");
        return (name(p), name(a));
    }
    if let Some((p, a)) = t.split_once(" for ") {
        return (name(p), name(a));
    }
    if let Some((p, a)) = t.split_once(" via ") {
        return (name(p), name(a));
    }
    // One word ("Reuters"), capitals ("AFP"), or a known agency's name is an agency.
    const AGENCIES: &[&str] = &["getty images", "associated press", "shutterstock", "alamy"];
    let lower = t.to_lowercase();
    if t.split_whitespace().count() == 1
        || t.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
        || AGENCIES.iter().any(|a| lower.contains(a))
    {
        return (None, name(t));
    }
    (name(t), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_join_with_blank_lines_and_links_follow_collapsing() {
        let mut b = Builder::default();
        b.push(BlockKind::Paragraph, "  One   two ", &[]);
        b.push(BlockKind::Paragraph, "", &[]);
        b.push(
            BlockKind::Paragraph,
            "See  the  site.",
            &[(5..14, "https://x".into())],
        );
        let a = b.finish("p", "T".into(), "UTF-8", Meta::default());
        assert_eq!(a.text, "One two\n\nSee the site.");
        assert_eq!(a.blocks.len(), 2);
        assert_eq!(a.slice(&a.links[0].span), "the site");
    }

    #[test]
    fn credits_split() {
        assert_eq!(
            split_credit("Photo: Jane Roe/Reuters"),
            (Some("Jane Roe".into()), Some("Reuters".into()))
        );
        assert_eq!(split_credit("(AFP)"), (None, Some("AFP".into())));
        assert_eq!(
            split_credit("Credit: Sam Lee for The Times"),
            (Some("Sam Lee".into()), Some("The Times".into()))
        );
    }
}
