//! The event loop: terminal input, loader results and signals arrive as messages on one
//! channel; each becomes an action for `update`, and the screen is redrawn only when something
//! changed. The terminal is restored on every way out: return, panic and signal.

use super::action::Action;
use super::app::{App, Overlay};
use super::keymap::{Context, Keymap};
use super::theme::Theme;
use super::ui;
use super::update::update;
use crate::library::{self, Loaded, Origin};
use crate::quotes::lexicon::Outlets;
use ratatui::crossterm::event::{self, Event as TermEvent};
use std::io;
use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};

/// A message for the event loop.
pub enum Event {
    Input(TermEvent),
    InputFailed(String),
    Loaded(usize, Result<Loaded, String>),
    Signal(i32),
}

/// Restores the terminal when dropped, so an early return or `?` cannot leave it raw.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        ratatui::restore();
    }
}

/// How the reader ended: normally, or by a signal (its number).
pub enum Ended {
    Quit,
    Signal(i32),
}

pub fn run(
    mut app: App,
    origins: Vec<Origin>,
    theme: &Theme,
    keymap: &Keymap,
    outlets: Arc<Outlets>,
) -> io::Result<Ended> {
    let (tx, rx) = channel();
    spawn_signals(tx.clone())?;
    // ratatui installs a panic hook that restores the terminal before the message is printed.
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore;
    spawn_input(tx.clone());
    let loader = tx.clone();
    library::spawn(
        origins.into_iter().enumerate().collect(),
        outlets,
        move |i, r| loader.send(Event::Loaded(i, r)).is_ok(),
    );
    drop(tx);
    let size = terminal.size()?;
    update(
        &mut app,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    loop {
        if app.dirty {
            terminal.draw(|f| ui::draw(f, &app, theme))?;
            app.dirty = false;
        }
        let Ok(first) = rx.recv() else {
            return Ok(Ended::Quit);
        };
        // Take everything already waiting before drawing again, so bursts draw once.
        for ev in std::iter::once(first).chain(rx.try_iter()) {
            if let Some(ended) = handle(&mut app, ev, keymap)? {
                return Ok(ended);
            }
        }
        if app.quit {
            return Ok(Ended::Quit);
        }
    }
}

fn handle(app: &mut App, ev: Event, keymap: &Keymap) -> io::Result<Option<Ended>> {
    match ev {
        Event::Input(TermEvent::Key(key)) => {
            let ctx = if app.search.editing {
                Some(Context::Search)
            } else {
                app.overlay.as_ref().map(|o| match o {
                    Overlay::Help(_) => Context::Help,
                    Overlay::Detail(_) => Context::Detail,
                })
            };
            if let Some(action) = keymap.lookup(ctx, &key) {
                update(app, action);
            }
        }
        Event::Input(TermEvent::Resize(width, height)) => {
            update(app, Action::Resize { width, height })
        }
        Event::Input(_) => {}
        Event::InputFailed(e) => {
            return Err(io::Error::other(format!("reading the terminal: {e}")));
        }
        Event::Loaded(index, result) => update(
            app,
            Action::Loaded {
                index,
                result: result.map(Arc::new),
            },
        ),
        Event::Signal(sig) => return Ok(Some(Ended::Signal(sig))),
    }
    Ok(None)
}

fn spawn_input(tx: Sender<Event>) {
    std::thread::spawn(move || {
        loop {
            let msg = match event::read() {
                Ok(ev) => Event::Input(ev),
                Err(e) => Event::InputFailed(e.to_string()),
            };
            let failed = matches!(msg, Event::InputFailed(_));
            if tx.send(msg).is_err() || failed {
                break;
            }
        }
    });
}

fn spawn_signals(tx: Sender<Event>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            let _ = tx.send(Event::Signal(sig));
        }
    });
    Ok(())
}
