//! One file to one `Article`. Each format has its own file; `decode` turns bytes into text.

pub mod decode;
pub mod text;

use crate::article::Article;
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
    #[error("{path}: looks like a binary file (byte {offset} is a control byte), not an article")]
    Binary { path: String, offset: usize },
    #[error("{path}: the file is empty")]
    Empty { path: String },
}

/// File name endings byline reads.
pub const SUPPORTED: &[&str] = &[".txt", ".text"];

/// Whether a path has an ending byline reads.
pub fn is_supported(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    SUPPORTED.iter().any(|ext| name.ends_with(ext))
}

/// Reads and parses one article file. Files named on the command line are read whatever their
/// ending; folder scans keep to `SUPPORTED`.
pub fn file(path: &Path) -> Result<Article, LoadError> {
    let label = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: label.clone(),
        source,
    })?;
    bytes_to_article(&label, &bytes)
}

/// Parses an article from bytes already in memory; `label` names it in errors and in the model.
pub fn bytes_to_article(label: &str, bytes: &[u8]) -> Result<Article, LoadError> {
    let decoded = decode::decode(bytes).map_err(|decode::DecodeError::Binary { offset }| {
        LoadError::Binary {
            path: label.to_owned(),
            offset,
        }
    })?;
    if decoded.text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: label.to_owned(),
        });
    }
    Ok(text::parse(label, decoded.text, decoded.encoding))
}
