//! byline: a terminal reader for news articles that shows who is speaking in them.
//!
//! The core (`article`, `load`, `quotes`, `layout`, `library`, `index`, `voices`, `config`) is pure and knows
//! nothing of terminals; `tui` is the only module that does.

pub mod article;
pub mod cli;
pub mod config;
pub mod export;
pub mod index;
pub mod layout;
pub mod library;
pub mod load;
pub mod quotes;
pub mod search;
pub mod state;
pub mod text;
pub mod tui;
pub mod voices;

/// mimalloc in place of the system allocator: the analysis makes many small, short-lived
/// allocations (tokens, names, phrases), and glibc's malloc took a fifth of its time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
