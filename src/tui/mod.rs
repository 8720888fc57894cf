//! The terminal reader: the only part of byline that knows about terminals.

pub mod action;
pub mod app;
pub mod cat;
pub mod event;
pub mod find;
pub mod keymap;
pub mod keys;
pub mod library;
pub mod mouse;
pub mod search;
pub mod theme;
pub mod trace;
pub mod ui;
pub mod update;
pub mod watch;

pub use action::Action;
pub use app::App;
pub use update::update;
