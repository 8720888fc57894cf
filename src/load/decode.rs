//! Bytes to text: BOMs, UTF-8, UTF-16 and legacy encodings guessed with chardetng. Text is
//! decoded, never rejected; only bytes that are plainly not text are refused.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Decoded text and the name of the encoding it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes look like a binary file; the offset of the first give-away byte.
    Binary { offset: usize },
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_with_hint(bytes, || None)
}

/// Decodes as `decode` does, but trusts `hint` (a charset the document declares, looked for
/// only when the bytes are not UTF-8) over a guess.
pub fn decode_with_hint(
    bytes: &[u8],
    hint: impl FnOnce() -> Option<&'static Encoding>,
) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(with(encoding, &bytes[bom_len..]));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok(with(encoding, bytes));
    }
    if let Some(offset) = binary_offset(bytes) {
        return Err(DecodeError::Binary { offset });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
        });
    }
    if let Some(encoding) = hint().filter(|e| *e != UTF_8 && *e != UTF_16LE && *e != UTF_16BE) {
        return Ok(with(encoding, bytes));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, true);
    Ok(with(encoding, bytes))
}

/// Whether `decode` would give back this text as it is, as UTF-8: no BOM, and neither the
/// NULs of UTF-16 nor the controls of a binary file.
pub fn is_plain_utf8(text: &str) -> bool {
    let bytes = text.as_bytes();
    Encoding::for_bom(bytes).is_none()
        && utf16_without_bom(bytes).is_none()
        && binary_offset(bytes).is_none()
}

fn with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
    }
}

/// UTF-16 text without a BOM shows as a NUL in nearly every other byte, on one side.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd * 10 >= pairs * 7 && even * 10 <= pairs {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 7 && odd * 10 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// A NUL byte, or a high share of control bytes other than whitespace, marks a binary file.
fn binary_offset(bytes: &[u8]) -> Option<usize> {
    let sample = &bytes[..bytes.len().min(8192)];
    if let Some(nul) = sample.iter().position(|&b| b == 0) {
        return Some(nul);
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    if !sample.is_empty() && controls * 10 > sample.len() {
        sample
            .iter()
            .position(|&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_removed() {
        let d = decode(b"\xef\xbb\xbfHello").unwrap();
        assert_eq!(d.text, "Hello");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let le: Vec<u8> = "Hi “there”"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let mut with_bom = vec![0xff, 0xfe];
        with_bom.extend(&le);
        assert_eq!(decode(&with_bom).unwrap().text, "Hi “there”");
        let d = decode(&le).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Hi “there”", "UTF-16LE"));
        let be: Vec<u8> = "Plain words here"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(decode(&be).unwrap().encoding, "UTF-16BE");
    }

    #[test]
    fn windows_1252_is_guessed() {
        let bytes =
            b"\x93Caf\xe9 society,\x94 she said. It\x92s a na\xefve r\xe9sum\xe9 of the \xe9lite.";
        let d = decode(bytes).unwrap();
        assert!(d.text.contains("“Café society,”"), "{}", d.text);
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(DecodeError::Binary { offset: 8 })
        );
    }
}
