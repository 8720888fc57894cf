//! Fuzzes `.gz` input: the bytes are taken as a gzip stream (its magic put first) and read in
//! whatever format they unpack to.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = vec![0x1f, 0x8b];
    bytes.extend_from_slice(data);
    if let Ok(articles) = byline::load::bytes_to_articles("fuzz.gz", &bytes, None) {
        for article in &articles {
            let _ = byline::quotes::analyse(article);
        }
    }
});
