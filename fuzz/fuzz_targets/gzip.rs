//! Fuzzes `.gz` input: the bytes are taken as a gzip stream (its magic put first) and read in
//! whatever format they unpack to.
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut bytes = vec![0x1f, 0x8b];
    bytes.extend_from_slice(data);
    common::load_and_analyse(&bytes, None);
});
