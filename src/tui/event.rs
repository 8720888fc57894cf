//! The event loop: terminal input, loader results and signals arrive as messages on one
//! channel; each becomes an action for `update`, and the screen is redrawn only when something
//! changed. The terminal is restored on every way out: return, panic and signal.

use super::action::Action;
use super::app::{App, Effect, Mouse, MouseKind, Overlay};
use super::keymap::{Context, Keymap};
use super::theme::Theme;
use super::ui;
use super::update::update;
use crate::library::{self, Origin, Outcome};
use crate::quotes::lexicon::Outlets;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event as TermEvent, MouseButton, MouseEventKind,
};
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{RecvTimeoutError, Sender, channel};
use std::time::Duration;

/// A message for the event loop.
pub enum Event {
    Input(TermEvent),
    InputFailed(String),
    Loaded(usize, Outcome),
    Signal(i32),
    /// The config or theme file changed on disk.
    ConfigChanged,
    /// Article files in the library's folders changed on disk.
    Files(Vec<crate::library::Change>),
}

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

/// Mouse reporting on, when the config allows it.
fn capture_mouse(on: bool) -> io::Result<()> {
    if on {
        ratatui::crossterm::execute!(io::stdout(), EnableMouseCapture)?;
    }
    Ok(())
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
    /// Problems found reading the config and theme.
    pub warnings: Vec<String>,
}

/// Reading the config again when one of `watch` changes.
pub struct Reload {
    pub watch: Vec<std::path::PathBuf>,
    /// The library's folders, watched for articles that appear, change or go away.
    pub library: Vec<std::path::PathBuf>,
    pub load: Box<dyn Fn() -> Settings>,
}

/// Watches the folders of the files to reload from; editors often replace a file rather than
/// write it, so the folder is watched and events are matched by name.
fn watch(paths: &[std::path::PathBuf], tx: Sender<Event>) -> Option<notify::RecommendedWatcher> {
    use notify::Watcher;
    let names: Vec<std::path::PathBuf> = paths.to_vec();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if let Ok(ev) = res
            && !ev.kind.is_access()
            && ev
                .paths
                .iter()
                .any(|p| names.iter().any(|n| p.file_name() == n.file_name()))
        {
            let _ = tx.send(Event::ConfigChanged);
        }
    })
    .ok()?;
    let mut dirs: Vec<&std::path::Path> = paths.iter().filter_map(|p| p.parent()).collect();
    dirs.sort();
    dirs.dedup();
    for dir in dirs {
        let _ = watcher.watch(dir, notify::RecursiveMode::NonRecursive);
    }
    Some(watcher)
}

/// Takes up new settings: styles, keys, width, and the warnings in the status line.
fn apply(app: &mut App, settings: &mut Settings, new: Settings) -> io::Result<()> {
    if new.mouse != settings.mouse {
        if new.mouse {
            capture_mouse(true)?;
        } else {
            ratatui::crossterm::execute!(io::stdout(), DisableMouseCapture)?;
        }
    }
    app.max_width = new.max_width;
    app.justify = new.justify;
    app.mouse = new.mouse;
    app.help = new.keymap.help();
    app.warnings = new.warnings.clone();
    *settings = new;
    let (width, height) = app.size;
    update(app, Action::Resize { width, height });
    // A warning shows in the status line in place of the confirmation.
    app.message = app
        .warnings
        .is_empty()
        .then(|| "Configuration reloaded".to_owned());
    Ok(())
}

pub fn run(
    app: &mut App,
    origins: Vec<Origin>,
    mut settings: Settings,
    reload: Option<Reload>,
    outlets: Arc<Outlets>,
) -> io::Result<Ended> {
    let (tx, rx) = channel();
    let _watcher = reload.as_ref().and_then(|r| watch(&r.watch, tx.clone()));
    let _library_watcher = reload
        .as_ref()
        .and_then(|r| super::watch::library(&r.library, tx.clone()));
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
    capture_mouse(app.mouse)?;
    let paused = Arc::new(AtomicBool::new(false));
    spawn_input(tx.clone(), paused.clone());
    load(origins.into_iter().enumerate().collect(), &outlets, &tx);
    let reload_tx = tx;
    let size = terminal.size()?;
    update(
        app,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    loop {
        super::library::settle(app);
        if app.dirty {
            terminal.draw(|f| ui::draw(f, app, &settings.theme))?;
            app.dirty = false;
            if super::trace::enabled() {
                super::trace::drawn(app.current().is_some(), app.pending_count() == 0);
            }
        }
        let keymap = &settings.keymap;
        // While a count or a key sequence is open, a pause ends it.
        let first = if app.pending.is_empty() {
            rx.recv().ok()
        } else {
            match rx.recv_timeout(PENDING_TIMEOUT) {
                Ok(ev) => Some(ev),
                Err(RecvTimeoutError::Timeout) => {
                    for (action, n) in keymap.flush(&mut app.pending) {
                        repeat(app, action, n);
                    }
                    app.dirty = true;
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => None,
            }
        };
        let Some(first) = first else {
            return Ok(Ended::Quit);
        };
        // Take everything already waiting before drawing again, so bursts draw once.
        let mut changed = false;
        for ev in std::iter::once(first).chain(rx.try_iter()) {
            if matches!(ev, Event::ConfigChanged) {
                changed = true;
                continue;
            }
            if let Some(ended) = handle(app, ev, keymap)? {
                return Ok(ended);
            }
        }
        if changed && let Some(r) = &reload {
            // Let the editor finish writing before reading.
            std::thread::sleep(Duration::from_millis(50));
            let _ = rx.try_iter().count();
            apply(app, &mut settings, (r.load)())?;
        }
        let clipboard = settings.clipboard;
        for effect in std::mem::take(&mut app.effects) {
            match effect {
                Effect::Copy(text) => {
                    copy_osc52(&text)?;
                    if clipboard.system
                        && let Err(e) = copy_system(&text)
                    {
                        app.message = Some(e);
                        app.dirty = true;
                    }
                }
                Effect::OpenUrl(url) => {
                    if let Err(e) = open_url(&url) {
                        app.message = Some(e);
                        app.dirty = true;
                    }
                }
                Effect::Edit { index, path } => {
                    paused.store(true, Ordering::Release);
                    // Let the input thread finish its last wait before the editor reads keys.
                    std::thread::sleep(Duration::from_millis(80));
                    restore_terminal();
                    let outcome = run_editor(&path);
                    terminal = ratatui::try_init()?;
                    capture_mouse(app.mouse)?;
                    terminal.clear()?;
                    paused.store(false, Ordering::Release);
                    if let Err(e) = outcome {
                        app.message = Some(e);
                    }
                    app.dirty = true;
                    // Read the file again, so what was changed shows.
                    let origin = app.entries[index].origin.clone();
                    load(vec![(index, origin)], &outlets, &reload_tx);
                }
                Effect::Load(jobs) => load(jobs, &outlets, &reload_tx),
            }
        }
        if app.quit {
            super::trace::finish();
            return Ok(Ended::Quit);
        }
    }
}

/// Reads library entries (again) on worker threads, reporting to the event loop.
fn load(jobs: Vec<(usize, Origin)>, outlets: &Arc<Outlets>, tx: &Sender<Event>) {
    let tx = tx.clone();
    library::spawn(jobs, outlets.clone(), move |i, r| {
        tx.send(Event::Loaded(i, r)).is_ok()
    });
}

/// How long an open count or key sequence waits for its next key.
const PENDING_TIMEOUT: Duration = Duration::from_millis(500);

/// Carries out an action `n` times (a count before a motion).
fn repeat(app: &mut App, action: Action, n: usize) {
    for _ in 1..n {
        update(app, action.clone());
    }
    update(app, action);
}

fn handle(app: &mut App, ev: Event, keymap: &Keymap) -> io::Result<Option<Ended>> {
    match ev {
        Event::Input(TermEvent::Key(key)) => {
            let ctx = match &app.overlay {
                Some(Overlay::Find(f)) if f.editing => Some(Context::Search),
                _ if app.search.editing || app.library.editing => Some(Context::Search),
                other => other.as_ref().map(|o| match o {
                    Overlay::Help(_) => Context::Help,
                    Overlay::Detail(_) => Context::Detail,
                    Overlay::Find(_) => Context::Find,
                }),
            };
            match ctx {
                Some(ctx) => {
                    if let Some(action) = keymap.lookup(ctx, &key) {
                        update(app, action);
                    }
                }
                None => {
                    let was_pending = !app.pending.is_empty();
                    for (action, n) in keymap.feed(&mut app.pending, &key) {
                        repeat(app, action, n);
                    }
                    // The status line shows a count or sequence being typed.
                    app.dirty |= was_pending || !app.pending.is_empty();
                }
            }
        }
        Event::Input(TermEvent::Mouse(m)) if app.mouse => {
            let kind = match m.kind {
                MouseEventKind::ScrollUp => Some(MouseKind::ScrollUp),
                MouseEventKind::ScrollDown => Some(MouseKind::ScrollDown),
                MouseEventKind::Down(MouseButton::Left) => Some(MouseKind::Press),
                MouseEventKind::Drag(MouseButton::Left) => Some(MouseKind::Drag),
                MouseEventKind::Up(MouseButton::Left) => Some(MouseKind::Release),
                _ => None,
            };
            if let Some(kind) = kind {
                update(
                    app,
                    Action::Mouse(Mouse {
                        kind,
                        column: m.column,
                        row: m.row,
                    }),
                );
            }
        }
        Event::Input(TermEvent::Resize(width, height)) => {
            update(app, Action::Resize { width, height })
        }
        Event::Input(_) => {}
        Event::InputFailed(e) => {
            return Err(io::Error::other(format!("reading the terminal: {e}")));
        }
        Event::Loaded(index, outcome) => update(app, Action::Loaded { index, outcome }),
        Event::Signal(sig) => return Ok(Some(Ended::Signal(sig))),
        Event::ConfigChanged => {}
        Event::Files(mut changes) => {
            changes.dedup();
            update(app, Action::FilesChanged(changes));
        }
    }
    Ok(None)
}

/// Reads terminal input onto the channel. While `paused` (another program has the terminal)
/// it reads nothing, so no key meant for that program is taken.
fn spawn_input(tx: Sender<Event>, paused: Arc<AtomicBool>) {
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
                        Event::Input(ev)
                    }
                    Err(e) => Event::InputFailed(e.to_string()),
                },
                Err(e) => Event::InputFailed(e.to_string()),
            };
            let failed = matches!(msg, Event::InputFailed(_));
            if tx.send(msg).is_err() || failed {
                break;
            }
        }
    });
}

/// Puts text on the clipboard through the terminal: OSC 52, which terminals, tmux (with
/// `set-clipboard on`) and SSH sessions pass along.
fn copy_osc52(text: &str) -> io::Result<()> {
    use base64::Engine;
    use std::io::Write;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    let mut out = io::stdout();
    write!(out, "\x1b]52;c;{encoded}\x07")?;
    out.flush()
}

/// Which clipboards a copy goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clipboard {
    /// The system clipboard too, through wl-copy, xclip, xsel or pbcopy.
    pub system: bool,
}

/// Copies through the first system clipboard tool found.
fn copy_system(text: &str) -> Result<(), String> {
    use std::io::Write;
    let tools: &[(&str, &[&str])] = &[
        ("pbcopy", &[]),
        ("wl-copy", &[]),
        ("xclip", &["-selection", "clipboard"]),
        ("xsel", &["--clipboard", "--input"]),
    ];
    for (tool, args) in tools {
        let child = std::process::Command::new(tool)
            .args(*args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
        let Ok(mut child) = child else { continue };
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(text.as_bytes());
        }
        return match child.wait() {
            Ok(s) if s.success() => Ok(()),
            _ => Err(format!("{tool} could not copy")),
        };
    }
    Err("no system clipboard tool (pbcopy, wl-copy, xclip, xsel) found; copied with OSC 52".into())
}

/// Opens a web address with the platform's opener, without waiting for it.
fn open_url(url: &str) -> Result<(), String> {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    std::process::Command::new(opener)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|_| ())
        .map_err(|e| format!("cannot run {opener}: {e}"))
}

/// Runs `$VISUAL` or `$EDITOR` (default `vi`) on a file, waiting for it to finish.
fn run_editor(path: &std::path::Path) -> Result<(), String> {
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|v| !v.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".to_owned());
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi");
    match std::process::Command::new(program)
        .args(words)
        .arg(path)
        .status()
    {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("{editor} exited with {s}")),
        Err(e) => Err(format!("cannot run {editor}: {e}")),
    }
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
