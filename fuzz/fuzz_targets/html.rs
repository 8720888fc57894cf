//! Fuzzes the html loader and the analysis of what it reads.
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::load_and_analyse(data, Some(byline::load::Format::Html));
});
