//! Files to articles. Each format has its own file; `decode` turns bytes into text, `build`
//! assembles structured formats into an article body.
//!
//! Formats are chosen by file name (after a `.gz` ending, which is read transparently), and by
//! content where the name says nothing: stdin, or a file without a known ending.

pub mod build;
pub mod decode;
pub mod feed;
pub mod html;
pub mod html_depth;
pub mod html_meta;
pub mod markdown;
pub mod text;

use crate::article::Article;
use std::io::Read;
use std::path::Path;

/// Why a file could not be turned into an article. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: skipped: a binary file (byte {offset} is a control byte), not an article")]
    Binary { path: String, offset: usize },
    #[error("{path}: skipped: the file is empty")]
    Empty { path: String },
    #[error("{path}: not a valid {format} file: {message}")]
    Invalid {
        path: String,
        format: &'static str,
        message: String,
    },
    #[error("{path}: the compressed data is damaged: {source}")]
    Gzip {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: skipped: not a regular file ({what})")]
    NotAFile { path: String, what: &'static str },
    #[error(
        "{path}: skipped: {} is over the {} limit for one article (raise `max_article_mb` in [limits])",
        megabytes(*size),
        megabytes(*limit)
    )]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error(
        "{path}: skipped: it unpacks to more than the {} limit (raise `max_unpacked_mb` in [limits])",
        megabytes(*limit)
    )]
    Unpacks { path: String, limit: u64 },
    #[error("{path}: internal error while analysing it (a bug in byline); the other files go on")]
    Internal { path: String },
}

impl LoadError {
    /// Skipped files (binary, empty, not a file, over a limit) are listed but are not failures.
    pub fn is_skip(&self) -> bool {
        matches!(
            self,
            LoadError::Binary { .. }
                | LoadError::Empty { .. }
                | LoadError::NotAFile { .. }
                | LoadError::TooLarge { .. }
                | LoadError::Unpacks { .. }
        )
    }
}

/// A size in bytes as people read it: "64 MB", "1.5 GB".
fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / (1 << 20) as f64;
    if mb >= 1024.0 {
        format!("{:.1} GB", mb / 1024.0)
    } else if mb >= 10.0 {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

/// What one file may hold: byline reads whatever is in a folder, so a file past these is listed
/// as skipped, with the reason, and the rest of the library carries on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest article file read, in bytes (compressed size for `.gz`).
    pub max_file: u64,
    /// The most a `.gz` file may unpack to, in bytes.
    pub max_unpacked: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file: 64 << 20,
            max_unpacked: 256 << 20,
        }
    }
}

static LIMITS: std::sync::OnceLock<Limits> = std::sync::OnceLock::new();

/// Sets the limits for this process, from the config; the first call wins, and without one
/// the defaults hold.
pub fn set_limits(limits: Limits) {
    let _ = LIMITS.set(limits);
}

/// The limits in force.
pub fn limits() -> Limits {
    LIMITS.get().copied().unwrap_or_default()
}

/// What a path that is not a regular file is, for the message that skips it.
fn not_a_file(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a named pipe");
        }
        if t.is_socket() {
            return Some("a socket");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
    }
    Some(if t.is_dir() { "a folder" } else { "not a file" })
}

/// What an article file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Plain text: title line, blank-line paragraphs, credit and byline conventions.
    Text,
    /// Markdown with optional YAML or TOML front matter.
    Markdown,
    /// An HTML page; the main text is extracted.
    Html,
    /// An RSS 2.0, Atom or JSON Feed file; each entry is an article.
    Feed,
}

/// File name endings byline reads, and as what (each may also end in `.gz`). A `.json` file
/// is read as a JSON Feed when its name says `feed`.
pub const ENDINGS: &[(&str, Format)] = &[
    ("txt", Format::Text),
    ("text", Format::Text),
    ("md", Format::Markdown),
    ("markdown", Format::Markdown),
    ("mdown", Format::Markdown),
    ("mkd", Format::Markdown),
    ("html", Format::Html),
    ("htm", Format::Html),
    ("xhtml", Format::Html),
    ("shtml", Format::Html),
    ("rss", Format::Feed),
    ("atom", Format::Feed),
    ("xml", Format::Feed),
    ("feed", Format::Feed),
];

impl Format {
    /// The format a file name says, looking past a `.gz` ending.
    pub fn from_name(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_string_lossy().to_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        if ext == "json" && name.contains("feed") {
            return Some(Format::Feed);
        }
        ENDINGS.iter().find(|(e, _)| *e == ext).map(|(_, f)| *f)
    }

    /// The format the content shows.
    pub fn sniff(text: &str) -> Format {
        let head: String = text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .chars()
            .take(1024)
            .collect::<String>()
            .to_lowercase();
        if head.starts_with("<?xml") && (head.contains("<rss") || head.contains("<feed"))
            || head.starts_with("<rss")
            || head.starts_with("<feed")
            || head.starts_with('{') && head.contains("jsonfeed.org")
        {
            Format::Feed
        } else if head.starts_with("<!doctype html")
            || head.starts_with("<html")
            || head.starts_with("<?xml") && head.contains("<html")
            || (head.starts_with('<') && (head.contains("<body") || head.contains("<p>")))
        {
            Format::Html
        } else if head.starts_with("---\n")
            || head.starts_with("---\r\n")
            || head.starts_with("+++")
            || head.starts_with("# ")
        {
            Format::Markdown
        } else {
            Format::Text
        }
    }
}

/// Whether a folder scan should pick this file up.
pub fn is_supported(path: &Path) -> bool {
    Format::from_name(path).is_some()
}

/// Reads and parses one article file: a list of articles, as a feed holds several. Files named
/// on the command line are read whatever their ending, by their content.
pub fn file(path: &Path, format: Option<Format>) -> Result<Vec<Article>, LoadError> {
    let bytes = file_bytes(path)?;
    let label = path.display().to_string();
    bytes_to_articles(&label, &bytes, format.or_else(|| Format::from_name(path)))
}

/// The bytes of an article file, within the size limit; a pipe, device or folder is refused
/// before it is opened.
pub fn file_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    let label = path.display().to_string();
    let io = |source| LoadError::Io {
        path: label.clone(),
        source,
    };
    // Looked at before it is opened: opening a named pipe waits for a writer, and a device or
    // a sparse file would be read without end or in full.
    let meta = std::fs::metadata(path).map_err(io)?;
    if let Some(what) = not_a_file(&meta) {
        return Err(LoadError::NotAFile { path: label, what });
    }
    let limit = limits().max_file;
    if meta.len() > limit {
        return Err(LoadError::TooLarge {
            path: label,
            size: meta.len(),
            limit,
        });
    }
    let file = std::fs::File::open(path).map_err(io)?;
    // Sized to the file at the start, with a byte to spare for the end-of-file read: growing
    // the buffer by doubling copies a big file several times.
    let size = usize::try_from(meta.len()).unwrap_or(0).saturating_add(1);
    read_capped(&label, file, limit, size)
}

/// Reads at most `limit` bytes; more (a file that grew, stdin) is skipped as too large.
/// `size` is the expected size, reserved up front.
fn read_capped(
    label: &str,
    input: impl Read,
    limit: u64,
    size: usize,
) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::with_capacity(size);
    input
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Io {
            path: label.to_owned(),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::TooLarge {
            path: label.to_owned(),
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Reads one article from a reader (stdin), in `format` or the format its content shows.
pub fn reader(
    label: &str,
    input: impl Read,
    format: Option<Format>,
) -> Result<Vec<Article>, LoadError> {
    let bytes = read_capped(label, input, limits().max_file, 0)?;
    bytes_to_articles(label, &bytes, format)
}

/// Parses articles from bytes already in memory; `label` names them in errors and in the model.
pub fn bytes_to_articles(
    label: &str,
    bytes: &[u8],
    format: Option<Format>,
) -> Result<Vec<Article>, LoadError> {
    let unpacked;
    let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        // More than the limit is taken for a decompression bomb, and skipped whole.
        let limit = limits().max_unpacked;
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(bytes)
            .take(limit.saturating_add(1))
            .read_to_end(&mut out)
            .map_err(|source| LoadError::Gzip {
                path: label.to_owned(),
                source,
            })?;
        if out.len() as u64 > limit {
            return Err(LoadError::Unpacks {
                path: label.to_owned(),
                limit,
            });
        }
        unpacked = out;
        &unpacked[..]
    } else {
        bytes
    };
    let decoded = decode::decode_with_hint(bytes, || charset_hint(bytes)).map_err(
        |decode::DecodeError::Binary { offset }| LoadError::Binary {
            path: label.to_owned(),
            offset,
        },
    )?;
    if decoded.text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: label.to_owned(),
        });
    }
    let format = format.unwrap_or_else(|| Format::sniff(&decoded.text));
    Ok(match format {
        Format::Text => vec![text::parse(label, decoded.text, decoded.encoding)],
        Format::Markdown => vec![markdown::parse(label, &decoded.text, decoded.encoding)],
        Format::Html => vec![html::parse(label, &decoded.text, decoded.encoding)],
        Format::Feed => feed::parse(label, bytes, decoded.encoding)?,
    })
}

/// Plain text already decoded (a gold file's line), read as `bytes_to_articles` reads its
/// bytes as `Format::Text`, without checking and copying it again when it is plain UTF-8 (it
/// cannot start as gzip does: 0x8B never follows 0x1F in UTF-8).
pub fn text_to_articles(label: &str, text: String) -> Result<Vec<Article>, LoadError> {
    if !decode::is_plain_utf8(&text) {
        return bytes_to_articles(label, text.as_bytes(), Some(Format::Text));
    }
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: label.to_owned(),
        });
    }
    Ok(vec![text::parse(label, text, encoding_rs::UTF_8.name())])
}

/// Parses one article from bytes (the first, for a feed).
pub fn bytes_to_article(label: &str, bytes: &[u8]) -> Result<Article, LoadError> {
    let mut all = bytes_to_articles(label, bytes, None)?;
    if all.is_empty() {
        return Err(LoadError::Empty {
            path: label.to_owned(),
        });
    }
    Ok(all.swap_remove(0))
}

/// The charset an HTML or XML document declares near its start.
fn charset_hint(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let find = |needle: &[u8]| lower.windows(needle.len()).position(|w| w == needle);
    let at = find(b"charset=").map(|i| i + 8).or_else(|| {
        find(b"encoding=")
            .filter(|_| lower.starts_with(b"<?xml"))
            .map(|i| i + 9)
    })?;
    let rest = &head[at..];
    let rest = rest
        .iter()
        .skip_while(|&&b| b == b'"' || b == b'\'')
        .copied()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
        .collect::<Vec<u8>>();
    encoding_rs::Encoding::for_label(&rest)
}

/// A title from the file name, for an article that has none: "city-budget_2024.md" gives
/// "city budget 2024".
pub fn fallback_title(path: &str) -> String {
    let name = Path::new(path)
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_owned());
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let words: Vec<&str> = stem
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        path.to_owned()
    } else {
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoded_text_reads_as_its_bytes_do() {
        let texts = [
            "Pia Lund said the pier would \"reopen in May.\"\n\nShe left.",
            "\u{feff}Ada Berg spoke first.\n",
            "A\0b\0c\0d\0e\0f\0g\0h\0",
            "one\u{1}two\u{2}three\u{3}four\u{4}",
            "  \n\t ",
        ];
        for t in texts {
            let from_bytes = bytes_to_articles("t", t.as_bytes(), Some(Format::Text));
            let from_text = text_to_articles("t", t.to_owned());
            match (from_bytes, from_text) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{t:?}"),
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{t:?}"),
                (a, b) => panic!("{t:?}: {a:?} against {b:?}"),
            }
        }
    }

    #[test]
    fn formats_by_name_and_content() {
        assert_eq!(
            Format::from_name(Path::new("a/b.HTML.gz")),
            Some(Format::Html)
        );
        assert_eq!(Format::from_name(Path::new("b.md")), Some(Format::Markdown));
        assert_eq!(Format::from_name(Path::new("b.rss")), Some(Format::Feed));
        assert_eq!(Format::from_name(Path::new("b.png")), None);
        assert_eq!(Format::sniff("<!DOCTYPE html><p>x"), Format::Html);
        assert_eq!(Format::sniff("<?xml version=\"1.0\"?><rss>"), Format::Feed);
        assert_eq!(Format::sniff("---\ntitle: x\n---\n"), Format::Markdown);
        assert_eq!(Format::sniff("A title\n\nBody."), Format::Text);
    }

    #[test]
    fn gzip_is_read_transparently_and_damage_is_an_error() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"Title\n\nBody text.").unwrap();
        let bytes = gz.finish().unwrap();
        let a = bytes_to_article("a.txt.gz", &bytes).unwrap();
        assert_eq!(a.title, "Title");
        let err = bytes_to_article("b.txt.gz", &bytes[..bytes.len() / 2]).unwrap_err();
        assert!(err.to_string().starts_with("b.txt.gz: "), "{err}");
    }

    #[test]
    fn html_charset_is_honoured() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9 au lait, she said, was the best in town by far and always had been.</p></body></html>";
        let a = bytes_to_articles("p.html", page, Some(Format::Html)).unwrap();
        assert!(a[0].text.contains("Café"), "{}", a[0].text);
    }

    #[test]
    fn fallback_titles_read_like_words() {
        assert_eq!(
            fallback_title("x/city-budget_2024.md.gz"),
            "city budget 2024"
        );
    }
}
