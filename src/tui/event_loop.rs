//! The event loop: terminal input, loader results, file changes and signals arrive as messages
//! on one channel; the loop translates each into an action for `update`, carries out the
//! effects `update` hands back, and redraws only when an action came in. It changes the app in
//! no other way. The terminal is restored on every way out: return, panic and signal.

use super::action::{Action, Mouse, MouseKind, Preferences};
use super::app::{App, Effect, Overlay};
use super::effects::{self, Clipboard};
use super::keymap::{Context, Keymap, Pending};
use super::message::Message;
use super::theme::Theme;
use super::ui::{self, HitMap};
use super::update::update;
use crate::library::{self, Origin};
use crate::quotes::lexicon::Outlets;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event as TermEvent, MouseButton, MouseEventKind,
};
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{RecvTimeoutError, Sender, channel};
use std::time::Duration;

/// Restores the terminal when dropped, so an early return or `?` cannot leave it raw.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Mouse reporting off, then raw mode and the alternate screen left.
fn restore_terminal() {
    let _ = ratatui::crossterm::execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
}

/// Mouse reporting on or off.
fn capture_mouse(on: bool) -> io::Result<()> {
    if on {
        ratatui::crossterm::execute!(io::stdout(), EnableMouseCapture)
    } else {
        ratatui::crossterm::execute!(io::stdout(), DisableMouseCapture)
    }
}

/// How the reader ended: normally, or by a signal (its number).
pub enum Ended {
    Quit,
    Signal(i32),
}

/// What the config decides for a running reader, and can change while it runs.
pub struct Settings {
    pub theme: Theme,
    pub keymap: Keymap,
    pub clipboard: Clipboard,
    pub max_width: usize,
    pub justify: bool,
    pub mouse: bool,
    pub sidebar_lines: usize,
    /// Problems found reading the config and theme.
    pub warnings: Vec<String>,
}

impl Settings {
    /// The part of the settings the app holds (the theme and keys stay with the loop).
    pub fn preferences(&self) -> Preferences {
        Preferences {
            max_width: self.max_width,
            justify: self.justify,
            mouse: self.mouse,
            sidebar_lines: self.sidebar_lines,
            help: self.keymap.help(),
            warnings: self.warnings.clone(),
        }
    }
}

/// Reading the config again when one of `watch` changes.
pub struct Reload {
    pub watch: Vec<std::path::PathBuf>,
    /// The library's folders, watched for articles that appear, change or go away.
    pub library: Vec<std::path::PathBuf>,
    pub load: Box<dyn Fn() -> Settings>,
}

/// The loop's own state between messages: what it needs to turn the next message into
/// actions, and whether the screen is behind the app.
struct Inbox {
    /// A count or key sequence being typed; the keymap reads keys against it.
    pending: Pending,
    /// Where the last frame drew the list rows, to tell which one a click lands on.
    hits: HitMap,
    /// An action came in since the last draw.
    redraw: bool,
}

impl Inbox {
    /// Carries out an action and then the effects it asks for.
    fn dispatch(&mut self, app: &mut App, action: Action) -> Vec<Effect> {
        self.redraw = true;
        update(app, action)
    }
}

pub fn run(
    app: &mut App,
    origins: Vec<Origin>,
    mut settings: Settings,
    reload: Option<Reload>,
    outlets: Arc<Outlets>,
    archive: Option<super::archive::Archive>,
) -> io::Result<Ended> {
    let (tx, rx) = channel();
    let _watcher = reload
        .as_ref()
        .and_then(|r| super::watch::config_files(&r.watch, tx.clone()));
    // Watching a big library's folders visits every file: done on a thread of its own, so
    // the first frame does not wait for it. With an index, it starts once the index has listed
    // what it holds, which it would otherwise slow down (on two cores, by a third).
    let mut watch_later = None;
    if let Some(roots) = reload.as_ref().map(|r| r.library.clone()) {
        if archive.is_some() {
            watch_later = Some(roots);
        } else {
            watch_library(roots, &tx);
        }
    }
    spawn_signals(tx.clone())?;
    // ratatui installs a panic hook that restores the terminal before the message is printed.
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore;
    // ratatui's panic hook restores the screen; mouse reporting must go off first.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = ratatui::crossterm::execute!(io::stdout(), DisableMouseCapture);
        hook(info);
    }));
    if app.mouse() {
        capture_mouse(true)?;
    }
    let paused = Arc::new(AtomicBool::new(false));
    spawn_input(tx.clone(), paused.clone());
    match &archive {
        Some(a) => a.start(origins, &outlets, &tx),
        None => load(origins.into_iter().enumerate().collect(), &outlets, &tx),
    }
    let mut inbox = Inbox {
        pending: Pending::default(),
        hits: HitMap::default(),
        redraw: true,
    };
    let mut index_error_said = false;
    // The newest request to lay a big article out: older ones stop when they see it.
    let laying_out = Arc::new(AtomicU64::new(0));
    let size = terminal.size()?;
    let mut effects = inbox.dispatch(
        app,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    loop {
        // Effects first: one may hand the terminal to the editor, which the next draw follows.
        for effect in std::mem::take(&mut effects) {
            let failed = match effect {
                Effect::Copy(text) => {
                    effects::copy_osc52(&text)?;
                    (settings.clipboard.system)
                        .then(|| effects::copy_system(&text).err())
                        .flatten()
                }
                Effect::OpenUrl(url) => effects::open_url(&url).err(),
                Effect::Edit { index, path } => {
                    paused.store(true, Ordering::Release);
                    // Let the input thread finish its last wait before the editor reads keys.
                    std::thread::sleep(Duration::from_millis(80));
                    restore_terminal();
                    let outcome = effects::run_editor(&path);
                    terminal = ratatui::try_init()?;
                    if app.mouse() {
                        capture_mouse(true)?;
                    }
                    terminal.clear()?;
                    paused.store(false, Ordering::Release);
                    inbox.redraw = true;
                    // Read the file again, so what was changed shows.
                    let origin = app.entries()[index].origin.clone();
                    load_with(&archive, vec![(index, origin)], &outlets, &tx);
                    outcome.err()
                }
                Effect::Load(jobs) => {
                    load_with(&archive, jobs, &outlets, &tx);
                    None
                }
                Effect::Fetch(jobs) => {
                    let mut rest = Vec::new();
                    for (index, origin) in jobs {
                        let Some((l, analysis)) = archive.as_ref().and_then(|a| a.fetch(&origin))
                        else {
                            rest.push((index, origin));
                            continue;
                        };
                        let outcome = library::Outcome::Articles(vec![l]);
                        effects.extend(inbox.dispatch(app, Action::Loaded { index, outcome }));
                        // A big article's analysis is decoded off the reader's thread.
                        if let Some(analysis) = analysis {
                            let (tx, outlets) = (tx.clone(), outlets.clone());
                            std::thread::spawn(move || {
                                let outcome = match analysis.finish() {
                                    Some(l) => library::Outcome::Articles(vec![Arc::new(l)]),
                                    // A record that does not read: the file is read again.
                                    None => {
                                        library::Outcome::from(library::load_all(&origin, &outlets))
                                    }
                                };
                                let _ = tx.send(Message::Loaded(index, outcome));
                            });
                        }
                    }
                    load_with(&archive, rest, &outlets, &tx);
                    None
                }
                Effect::SearchIndex(query) => match &archive {
                    Some(a) => {
                        let hits = a.search(&query, super::update::MAX_HITS);
                        effects.extend(inbox.dispatch(app, Action::IndexHits { query, hits }));
                        None
                    }
                    None => Some("no index to search".to_owned()),
                },
                Effect::SaidBy {
                    voice,
                    folded,
                    kind,
                    after,
                } => {
                    let found = match &archive {
                        Some(a) => a.said_by((&folded, kind), after),
                        None => Ok(Vec::new()),
                    };
                    effects.extend(inbox.dispatch(app, Action::Said { voice, found }));
                    None
                }
                Effect::CountVoices(entries) => {
                    if let Some(a) = &archive {
                        a.count_voices(entries, &tx);
                    }
                    None
                }
                Effect::LayOut {
                    entry,
                    width,
                    loaded,
                } => {
                    lay_out(entry, width, loaded, &laying_out, &tx);
                    None
                }
                Effect::Echoes { entry, quote, text } => {
                    let found = match &archive {
                        Some(a) => a.echoes(&text),
                        None => Ok((Vec::new(), false)),
                    };
                    let action = Action::Echoed {
                        entry,
                        quote,
                        found,
                    };
                    effects.extend(inbox.dispatch(app, action));
                    None
                }
            };
            if let Some(message) = failed {
                effects.extend(inbox.dispatch(app, Action::EffectFailed(message)));
            }
        }
        if app.quit() {
            super::trace::finish();
            return Ok(Ended::Quit);
        }
        if app.library().stale || (app.voices().stale && app.voices().shown) {
            effects.extend(inbox.dispatch(app, Action::SettleLoads));
        }
        // Storing in the index failed (a full disk, a read-only folder): said once; the reader
        // goes on without storing.
        if !index_error_said && let Some(e) = archive.as_ref().and_then(|a| a.error()) {
            index_error_said = true;
            let message = format!("index: {e}; what is read now is not stored");
            effects.extend(inbox.dispatch(app, Action::EffectFailed(message)));
        }
        if inbox.redraw {
            let mut hits = HitMap::default();
            terminal.draw(|f| hits = ui::draw(f, app, &settings.theme))?;
            inbox.hits = hits;
            inbox.redraw = false;
            if super::trace::enabled() {
                super::trace::drawn(app.current().is_some(), app.pending_count() == 0);
            }
        }
        if !effects.is_empty() {
            continue;
        }
        // While a count or a key sequence is open, a pause ends it.
        let first = if inbox.pending.is_empty() {
            rx.recv().ok()
        } else {
            match rx.recv_timeout(PENDING_TIMEOUT) {
                Ok(message) => Some(message),
                Err(RecvTimeoutError::Timeout) => {
                    for (action, n) in settings.keymap.flush(&mut inbox.pending) {
                        effects.extend(repeat(&mut inbox, app, action, n));
                    }
                    effects.extend(inbox.dispatch(app, Action::KeysPending(String::new())));
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => None,
            }
        };
        let Some(first) = first else {
            return Ok(Ended::Quit);
        };
        // Take everything already waiting before drawing again, so bursts draw once; but no
        // longer than a frame's time, so keys and redraws are not held up behind 100,000 loads.
        let mut config_changed = false;
        let batch = std::time::Instant::now();
        for message in std::iter::once(first).chain(rx.try_iter()) {
            if matches!(message, Message::Listed)
                && let Some(roots) = watch_later.take()
            {
                watch_library(roots, &tx);
            }
            if let (Message::Files(changes), Some(a)) = (&message, &archive) {
                for c in changes {
                    if let library::Change::Removed(path) = c {
                        a.removed(path);
                    }
                }
            }
            match translate(&mut inbox, app, message, &settings.keymap) {
                Translated::Actions(actions) => {
                    for (action, n) in actions {
                        effects.extend(repeat(&mut inbox, app, action, n));
                    }
                }
                Translated::ConfigChanged => config_changed = true,
                Translated::Ended(ended) => return ended,
            }
            // The rest wait for the next turn.
            if batch.elapsed() > BATCH_TIME {
                break;
            }
        }
        if config_changed && let Some(r) = &reload {
            // Let the editor finish writing before reading.
            std::thread::sleep(Duration::from_millis(50));
            let _ = rx.try_iter().count();
            let new = (r.load)();
            if new.mouse != settings.mouse {
                capture_mouse(new.mouse)?;
            }
            settings = new;
            let preferences = Box::new(settings.preferences());
            effects.extend(inbox.dispatch(
                app,
                Action::ApplyPreferences {
                    preferences,
                    reloaded: true,
                },
            ));
        }
    }
}

/// Reads library entries on worker threads, keeping what they read in the index if there is
/// one.
fn load_with(
    archive: &Option<super::archive::Archive>,
    jobs: Vec<(usize, Origin)>,
    outlets: &Arc<Outlets>,
    tx: &Sender<Message>,
) {
    if jobs.is_empty() {
        return;
    }
    match archive {
        Some(a) => a.load(jobs, outlets, tx),
        None => load(jobs, outlets, tx),
    }
}

/// Watches the library's folders from a thread of its own, which keeps the watcher for the
/// program's life; once the watches are in place it lists the folders again, so a file added
/// or deleted before then is not missed.
fn watch_library(roots: Vec<std::path::PathBuf>, tx: &Sender<Message>) {
    let tx = tx.clone();
    std::thread::spawn(move || {
        let _watcher = super::watch::library(&roots, tx.clone());
        // What changed before the watches were in place: the folders as they are now.
        let roots: Vec<_> = roots.into_iter().filter(|r| r.is_dir()).collect();
        if let Ok(files) = crate::library::scan(&roots) {
            let _ = tx.send(Message::OnDisk { roots, files });
        }
        loop {
            std::thread::park();
        }
    });
}

/// Lays a big article out whole on a thread of its own, reporting to the event loop; it stops
/// when a newer request is made.
fn lay_out(
    entry: usize,
    width: usize,
    loaded: Arc<library::Loaded>,
    newest: &Arc<AtomicU64>,
    tx: &Sender<Message>,
) {
    let request = newest.fetch_add(1, Ordering::AcqRel) + 1;
    let (newest, tx) = (newest.clone(), tx.clone());
    std::thread::spawn(move || {
        let mut cancelled = || newest.load(Ordering::Acquire) != request;
        if let Some(layout) = crate::layout::layout_unless(&loaded.article, width, &mut cancelled) {
            let layout = Arc::new(layout);
            let _ = tx.send(Message::LaidOut {
                entry,
                loaded,
                layout,
            });
        }
    });
}

/// Reads library entries (again) on worker threads, reporting to the event loop.
fn load(jobs: Vec<(usize, Origin)>, outlets: &Arc<Outlets>, tx: &Sender<Message>) {
    let tx = tx.clone();
    library::spawn(jobs, outlets.clone(), move |i, r| {
        tx.send(Message::Loaded(i, r)).is_ok()
    });
}

/// The longest one batch of messages is taken in before the screen is drawn again.
const BATCH_TIME: Duration = Duration::from_millis(30);

/// How long an open count or key sequence waits for its next key (short, as `1` and `3`
/// toggle panes once it runs out).
const PENDING_TIMEOUT: Duration = Duration::from_millis(500);

/// Carries out an action `n` times (a count before a motion).
fn repeat(inbox: &mut Inbox, app: &mut App, action: Action, n: usize) -> Vec<Effect> {
    let mut effects = Vec::new();
    for _ in 1..n {
        effects.extend(inbox.dispatch(app, action.clone()));
    }
    effects.extend(inbox.dispatch(app, action));
    effects
}

/// What a message from the channel comes to.
enum Translated {
    /// Actions to carry out, each with how many times.
    Actions(Vec<(Action, usize)>),
    /// The config or theme changed on disk: read it again once the batch is in.
    ConfigChanged,
    /// The reader ends.
    Ended(io::Result<Ended>),
}

/// Turns one message into the actions it means. Keys go through the keymap, with the keys
/// typed before them; a click is matched to the list row drawn under it.
fn translate(inbox: &mut Inbox, app: &App, message: Message, keymap: &Keymap) -> Translated {
    let one = |action| Translated::Actions(vec![(action, 1)]);
    match message {
        Message::Input(TermEvent::Key(key)) => {
            let ctx = match app.overlay() {
                Some(Overlay::Find(f)) if f.editing => Some(Context::Search),
                _ if app.search().editing || app.library().editing || app.voices().editing => {
                    Some(Context::Search)
                }
                other => other.map(|o| match o {
                    Overlay::Help(_) => Context::Help,
                    Overlay::Detail(_) => Context::Detail,
                    Overlay::Find(_) => Context::Find,
                }),
            };
            match ctx {
                Some(ctx) => Translated::Actions(
                    keymap
                        .lookup(ctx, &key)
                        .map(|a| (a, 1))
                        .into_iter()
                        .collect(),
                ),
                None => {
                    let was = inbox.pending.label();
                    let mut actions = keymap.feed(&mut inbox.pending, &key);
                    // The status line shows a count or sequence being typed.
                    let now = inbox.pending.label();
                    if now != was {
                        actions.insert(0, (Action::KeysPending(now), 1));
                    }
                    Translated::Actions(actions)
                }
            }
        }
        Message::Input(TermEvent::Mouse(m)) if app.mouse() => {
            let kind = match m.kind {
                MouseEventKind::ScrollUp => MouseKind::ScrollUp,
                MouseEventKind::ScrollDown => MouseKind::ScrollDown,
                MouseEventKind::Down(MouseButton::Left) => MouseKind::Press,
                MouseEventKind::Drag(MouseButton::Left) => MouseKind::Drag,
                MouseEventKind::Up(MouseButton::Left) => MouseKind::Release,
                _ => return Translated::Actions(Vec::new()),
            };
            one(Action::Mouse(Mouse {
                kind,
                column: m.column,
                row: m.row,
                item: inbox.hits.item_at(m.column, m.row),
            }))
        }
        Message::Input(TermEvent::Resize(width, height)) => one(Action::Resize { width, height }),
        Message::Input(_) => Translated::Actions(Vec::new()),
        Message::InputFailed(e) => {
            Translated::Ended(Err(io::Error::other(format!("reading the terminal: {e}"))))
        }
        Message::Loaded(index, outcome) => one(Action::Loaded { index, outcome }),
        Message::Indexed(list) => one(Action::Indexed(list)),
        Message::LaidOut {
            entry,
            loaded,
            layout,
        } => one(Action::LaidOut {
            entry,
            loaded,
            layout,
        }),
        Message::Voices(found) => one(Action::VoicesIndexed(found)),
        Message::Listed => one(Action::IndexListed),
        Message::Signal(sig) => Translated::Ended(Ok(Ended::Signal(sig))),
        Message::ConfigChanged => Translated::ConfigChanged,
        Message::Files(mut changes) => {
            changes.dedup();
            one(Action::FilesChanged(changes))
        }
        Message::OnDisk { roots, files } => one(Action::FilesOnDisk { roots, files }),
    }
}

/// Reads terminal input onto the channel. While `paused` (another program has the terminal)
/// it reads nothing, so no key meant for that program is taken.
fn spawn_input(tx: Sender<Message>, paused: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        loop {
            if paused.load(Ordering::Acquire) {
                std::thread::sleep(Duration::from_millis(20));
                continue;
            }
            let msg = match event::poll(Duration::from_millis(50)) {
                Ok(false) => continue,
                Ok(true) => match event::read() {
                    Ok(ev) => {
                        if matches!(ev, TermEvent::Key(_)) {
                            super::trace::key_read();
                        }
                        Message::Input(ev)
                    }
                    Err(e) => Message::InputFailed(e.to_string()),
                },
                Err(e) => Message::InputFailed(e.to_string()),
            };
            let failed = matches!(msg, Message::InputFailed(_));
            if tx.send(msg).is_err() || failed {
                break;
            }
        }
    });
}

fn spawn_signals(tx: Sender<Message>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            let _ = tx.send(Message::Signal(sig));
        }
    });
    Ok(())
}
