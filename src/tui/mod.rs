//! The terminal reader: the only part of byline that knows about terminals.
//!
//! Data flows one way: a message arrives (`message`), the event loop (`event_loop`) turns it
//! into an `Action` (keys through `keymap`), `update` changes the `App` and hands back
//! `effects` for the loop to carry out, and the view (`ui`) draws the app. `geometry` (where
//! the panes go) and `help_list` sit below both `update` and the view.

pub mod action;
pub mod app;
pub mod archive;
pub mod cat_render;
pub mod effects;
pub mod event_loop;
pub mod geometry;
pub mod help_list;
pub mod keymap;
pub mod message;
pub mod theme;
pub mod trace;
pub mod ui;
pub mod update;
pub mod voices;
pub mod watch;

pub use action::Action;
pub use app::App;
pub use update::update;
