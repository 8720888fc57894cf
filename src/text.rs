//! Small text helpers shared by the core: char/byte offset conversion and neutralising
//! characters that must never reach a terminal.

/// Converts byte offsets into char offsets for one string, in O(log n) per lookup and O(n/64)
/// memory: it keeps the byte offset of every 64th char.
pub struct CharMap<'a> {
    text: &'a str,
    ascii: bool,
    checkpoints: Vec<usize>,
}

const STRIDE: usize = 64;

/// The part of a `CharMap` that does not borrow the text, to keep beside an article: turns a
/// char span into the text's slice in O(1) (for a 50 MB article, slicing by walking the chars
/// from the start is what made its quotation list slow to draw).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CharIndex {
    ascii: bool,
    checkpoints: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let map = CharMap::new(text);
        CharIndex {
            ascii: map.ascii,
            checkpoints: map.checkpoints,
        }
    }

    /// The slice of `text` (the text this index was built from) that char span `span` covers,
    /// clamped to the text.
    pub fn slice<'t>(&self, text: &'t str, span: &std::ops::Range<usize>) -> &'t str {
        let byte = |ch: usize| -> usize {
            if self.ascii {
                return ch.min(text.len());
            }
            let slot = ch / STRIDE;
            let Some(&from) = self.checkpoints.get(slot) else {
                return text.len();
            };
            text.get(from..)
                .and_then(|rest| rest.char_indices().nth(ch - slot * STRIDE))
                .map_or(text.len(), |(b, _)| from + b)
        };
        let (a, b) = (byte(span.start), byte(span.end));
        text.get(a.min(b)..b).unwrap_or("")
    }
}

impl<'a> CharMap<'a> {
    pub fn new(text: &'a str) -> Self {
        let ascii = text.is_ascii();
        let checkpoints = if ascii {
            Vec::new()
        } else {
            text.char_indices()
                .step_by(STRIDE)
                .map(|(byte, _)| byte)
                .collect()
        };
        CharMap {
            text,
            ascii,
            checkpoints,
        }
    }

    /// The char offset of a byte offset that lies on a char boundary (or the text's end).
    pub fn char_of(&self, byte: usize) -> usize {
        if self.ascii {
            return byte.min(self.text.len());
        }
        let byte = byte.min(self.text.len());
        let slot = match self.checkpoints.binary_search(&byte) {
            Ok(i) => return i * STRIDE,
            Err(i) => i.saturating_sub(1),
        };
        let from = self.checkpoints.get(slot).copied().unwrap_or(0);
        slot * STRIDE
            + self.text[from..floor_boundary(self.text, byte)]
                .chars()
                .count()
    }

    pub fn range(&self, bytes: std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.char_of(bytes.start)..self.char_of(bytes.end)
    }

    /// The byte offset of a char offset (clamped to the text's end).
    pub fn byte_of(&self, ch: usize) -> usize {
        if self.ascii {
            return ch.min(self.text.len());
        }
        let slot = ch / STRIDE;
        let Some(&from) = self.checkpoints.get(slot) else {
            return self.text.len();
        };
        self.text[from..]
            .char_indices()
            .nth(ch - slot * STRIDE)
            .map(|(b, _)| from + b)
            .unwrap_or(self.text.len())
    }
}

fn floor_boundary(text: &str, mut byte: usize) -> usize {
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    byte
}

/// Replaces one char that could control a terminal with a visible stand-in of the same count,
/// so that char offsets survive: C0 controls become their Unicode control pictures, DEL and C1
/// controls and bidirectional overrides become U+FFFD. Tab, CR and LF become spaces; layout
/// decides where lines break.
pub fn neutralise(c: char) -> char {
    match c {
        '\t' | '\n' | '\r' => ' ',
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        '\u{80}'..='\u{9f}' => '\u{fffd}',
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => '\u{fffd}',
        _ => c,
    }
}

/// `neutralise` over a whole string.
pub fn neutralised(s: &str) -> String {
    s.chars().map(neutralise).collect()
}

/// Text for a person to read where lines and tabs matter (CSV, Markdown, plain text, messages):
/// as `neutralised`, but newlines and tabs stay. Borrowed when nothing needed changing.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    let keep = |c: char| c == '\n' || c == '\t' || neutralise(c) == c;
    if s.chars().all(keep) {
        std::borrow::Cow::Borrowed(s)
    } else {
        s.chars()
            .map(|c| if keep(c) { c } else { neutralise(c) })
            .collect::<String>()
            .into()
    }
}

/// Whether a web address may be handed to the platform's opener: http or https only, and
/// nothing the opener could read as an option or a command. The reason when not.
pub fn safe_web_address(url: &str) -> Result<(), &'static str> {
    let lower = url.trim().to_ascii_lowercase();
    if url.starts_with('-') {
        return Err("it starts with '-', as an option would");
    }
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return Err("only http and https addresses are opened");
    }
    if url
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || neutralise(c) != c)
    {
        return Err("it holds spaces or control characters");
    }
    Ok(())
}

/// The first `n` chars of `s` as a new string, with an ellipsis when it was cut.
pub fn truncate_chars(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().nth(n).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_map_round_trips_on_mixed_scripts() {
        let text = "abc 中文 «x» ".repeat(50);
        let map = CharMap::new(&text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(map.char_of(bi), ci);
            assert_eq!(map.byte_of(ci), bi);
        }
        assert_eq!(map.char_of(text.len()), text.chars().count());
        assert_eq!(map.byte_of(text.chars().count()), text.len());
    }

    #[test]
    fn only_plain_web_addresses_are_opened() {
        assert!(safe_web_address("https://example.org/story?id=1").is_ok());
        assert!(safe_web_address("HTTP://example.org").is_ok());
        for bad in [
            "-oProxyCommand=evil",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "https://example.org/\u{1b}]52;c;x\u{7}",
            "https://example.org/a b",
        ] {
            assert!(safe_web_address(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn printable_keeps_lines_and_removes_escapes() {
        assert!(matches!(printable("a\n\tb"), std::borrow::Cow::Borrowed(_)));
        let p = printable("x\u{1b}[201~y\u{9b}z\u{202e}\n");
        assert!(
            !p.chars()
                .any(|c| c.is_control() && c != '\n' || c == '\u{202e}')
        );
        assert!(p.ends_with('\n'));
    }

    #[test]
    fn neutralise_keeps_char_count_and_removes_escapes() {
        let s = "a\u{1b}[31mred\u{7}\u{9b}\u{202e}";
        let out = neutralised(s);
        assert_eq!(out.chars().count(), s.chars().count());
        assert!(!out.chars().any(|c| c.is_control()));
        assert!(out.contains('\u{241b}'));
    }
}
