//! Keys to actions, per context. Bindings are key sequences ("g g"); a count before a motion
//! repeats it ("5j"). The config's `[keys]` table rebinds any action by name. The help overlay
//! is built from these bindings and their descriptions, so it cannot drift from the keys.

use super::action::{Action, BINDABLE};
pub use super::help_list::{Context, HelpEntry};
use chord::KeyChord;

pub mod chord;
use crate::config::{KeyOverride, Warning};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

#[derive(Debug, Clone)]
pub struct Binding {
    pub context: Context,
    pub keys: Vec<KeyChord>,
    pub action: Action,
}

/// Keys typed so far that do not yet make a binding: a count, or the start of a sequence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pending {
    count: Option<usize>,
    digits: Vec<KeyChord>,
    keys: Vec<KeyChord>,
}

impl Pending {
    pub fn is_empty(&self) -> bool {
        self.count.is_none() && self.keys.is_empty()
    }

    /// What has been typed, for the status line.
    pub fn label(&self) -> String {
        let mut s: String = self.digits.iter().map(KeyChord::label).collect();
        if !self.keys.is_empty() {
            s.push_str(&chord::label(&self.keys));
        }
        s
    }
}

/// Actions that a count repeats.
fn is_motion(a: &Action) -> bool {
    matches!(
        a,
        Action::Down
            | Action::Up
            | Action::PageDown
            | Action::PageUp
            | Action::HalfPageDown
            | Action::HalfPageUp
            | Action::NextQuote
            | Action::PrevQuote
            | Action::NextMatch
            | Action::PrevMatch
    )
}

/// The most a count repeats a motion.
const MAX_COUNT: usize = 9999;

#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        use KeyCode::*;
        let ctrl = |c| KeyChord::new(Char(c), KeyModifiers::CONTROL);
        let p = KeyChord::plain;
        // Moving down and up, in the panes and in a quotation's details alike.
        let scrolling = [
            (p(Char('j')), Action::Down),
            (p(Down), Action::Down),
            (p(Char('k')), Action::Up),
            (p(Up), Action::Up),
            (p(PageDown), Action::PageDown),
            (p(Char(' ')), Action::PageDown),
            (p(PageUp), Action::PageUp),
        ];
        let mut global: Vec<(KeyChord, Action)> = vec![
            (p(Char('q')), Action::Quit),
            (ctrl('c'), Action::Quit),
            (p(Tab), Action::FocusNext),
            (p(BackTab), Action::FocusPrev),
            (ctrl('d'), Action::HalfPageDown),
            (ctrl('u'), Action::HalfPageUp),
            (p(Char('g')), Action::Top),
            (p(Home), Action::Top),
            (p(Char('G')), Action::Bottom),
            (p(End), Action::Bottom),
            (p(Enter), Action::Open),
            (p(Char(']')), Action::NextQuote),
            (p(Char('[')), Action::PrevQuote),
            (p(Char('?')), Action::ToggleHelp),
            (p(Char('s')), Action::ToggleSources),
            (p(Char('r')), Action::ToggleReported),
            (p(Char('y')), Action::Copy),
            (p(Char('e')), Action::Edit),
            (p(Char('o')), Action::OpenSource),
            (p(Char('S')), Action::SortLibrary),
            (p(Char('m')), Action::ToggleRead),
            (p(Char('u')), Action::NextUnread),
            (p(Char('1')), Action::ToggleLibrary),
            (p(Char('3')), Action::ToggleSidebar),
            (p(Char('z')), Action::Zen),
            (p(Char('/')), Action::Search),
            (ctrl('f'), Action::FindAll),
            (p(Char('n')), Action::NextMatch),
            (p(Char('N')), Action::PrevMatch),
            (p(Esc), Action::Close),
            (p(Char('v')), Action::ToggleVoices),
            (p(Char('c')), Action::CycleChart),
        ];
        // After Tab and Shift-Tab, as the help lists them.
        global.splice(4..4, scrolling.iter().cloned());
        let help: Vec<(KeyChord, Action)> = vec![
            (p(Esc), Action::Close),
            (p(Char('?')), Action::Close),
            (p(Down), Action::Down),
            (p(Up), Action::Up),
            (p(PageDown), Action::PageDown),
            (p(PageUp), Action::PageUp),
        ];
        let detail: Vec<(KeyChord, Action)> = vec![
            (p(Char('y')), Action::Copy),
            (p(Esc), Action::Close),
            (p(Enter), Action::Close),
            (p(Char('q')), Action::Close),
        ];
        let detail: Vec<(KeyChord, Action)> = detail
            .into_iter()
            .chain(scrolling.iter().cloned())
            .collect();
        let find: Vec<(KeyChord, Action)> = vec![
            (p(Esc), Action::Close),
            (p(Enter), Action::Open),
            (p(Char('j')), Action::Down),
            (p(Down), Action::Down),
            (p(Char('k')), Action::Up),
            (p(Up), Action::Up),
            (p(Char('/')), Action::FindAll),
            (ctrl('f'), Action::FindAll),
        ];
        let bind = |context: Context| {
            move |(chord, action): (KeyChord, Action)| Binding {
                context,
                keys: vec![chord],
                action,
            }
        };
        let bindings = global
            .into_iter()
            .map(bind(Context::Global))
            .chain(help.into_iter().map(bind(Context::Help)))
            .chain(detail.into_iter().map(bind(Context::Detail)))
            .chain(find.into_iter().map(bind(Context::Find)))
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    /// The default keymap with the config's `[keys]` applied: each entry replaces the keys of
    /// its action. An unknown action, a key that cannot be read, or a key taken from another
    /// action is a warning that names the line; the rest of the table still applies.
    pub fn with_overrides(overrides: &[KeyOverride], file: &str) -> (Keymap, Vec<Warning>) {
        let mut map = Keymap::default();
        let mut warnings = Vec::new();
        let mut warn = |line: Option<usize>, message: String| {
            warnings.push(Warning {
                file: file.to_owned(),
                line,
                column: None,
                message,
            })
        };
        for o in overrides {
            let Some(action) = Action::from_name(&o.action) else {
                let names: Vec<&str> = BINDABLE.iter().map(|(n, _, _)| *n).collect();
                warn(
                    o.line,
                    format!(
                        "[keys]: unknown action `{}` (actions: {})",
                        o.action,
                        names.join(", ")
                    ),
                );
                continue;
            };
            let mut sequences = Vec::new();
            for k in &o.keys {
                match chord::parse(k) {
                    Ok(seq) => sequences.push(seq),
                    Err(e) => warn(o.line, format!("[keys] {}: {e}", o.action)),
                }
            }
            // Not one key could be read: the defaults stay, so no action is left without a key
            // (a broken `quit` must not leave the reader with no way out).
            if sequences.is_empty() {
                if !o.keys.is_empty() {
                    warn(
                        o.line,
                        format!(
                            "[keys] {}: no key could be read; its defaults stay",
                            o.action
                        ),
                    );
                }
                continue;
            }
            let same = |b: &Binding| {
                b.context == Context::Global
                    && std::mem::discriminant(&b.action) == std::mem::discriminant(&action)
            };
            map.bindings.retain(|b| !same(b));
            for seq in sequences {
                // A key taken from another action: the new binding wins, and says so.
                if let Some(other) = map
                    .bindings
                    .iter()
                    .find(|b| b.context == Context::Global && b.keys == seq)
                {
                    warn(
                        o.line,
                        format!(
                            "[keys] {}: `{}` was bound to {}; it now does {}",
                            o.action,
                            chord::label(&seq),
                            other.action.name().unwrap_or("another action"),
                            o.action
                        ),
                    );
                }
                map.bindings
                    .retain(|b| !(b.context == Context::Global && b.keys == seq));
                map.bindings.push(Binding {
                    context: Context::Global,
                    keys: seq,
                    action: action.clone(),
                });
            }
        }
        (map, warnings)
    }

    /// The action for a key press in an overlay or the search prompt. Key releases are
    /// ignored; an overlay takes the keys it knows and swallows the rest, except Ctrl-c.
    pub fn lookup(&self, context: Context, key: &KeyEvent) -> Option<Action> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let chord = KeyChord::from_event(key);
        if context == Context::Search {
            return search_input(&chord);
        }
        let quit = chord == KeyChord::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        let typed = match (context, chord.code) {
            (Context::Help, KeyCode::Char(c)) if chord.modifiers.is_empty() => {
                Some(Action::HelpType(c))
            }
            (Context::Help, KeyCode::Backspace) => Some(Action::HelpBackspace),
            _ => None,
        };
        self.exact(context, &[chord])
            .or(typed)
            .or_else(|| quit.then_some(Action::Quit))
    }

    fn exact(&self, context: Context, keys: &[KeyChord]) -> Option<Action> {
        self.bindings
            .iter()
            .find(|b| b.context == context && b.keys == keys)
            .map(|b| b.action.clone())
    }

    fn is_prefix(&self, keys: &[KeyChord]) -> bool {
        self.bindings.iter().any(|b| {
            b.context == Context::Global && b.keys.len() > keys.len() && b.keys.starts_with(keys)
        })
    }

    /// Takes one key press in the panes, with what was typed before it. Returns the actions
    /// to carry out, each with how many times; nothing while a count or a sequence is open.
    pub fn feed(&self, pending: &mut Pending, key: &KeyEvent) -> Vec<(Action, usize)> {
        if key.kind == KeyEventKind::Release {
            return Vec::new();
        }
        let chord = KeyChord::from_event(key);
        // Ctrl-c always quits, whatever the config rebound: there is always a way out.
        if chord == KeyChord::new(KeyCode::Char('c'), KeyModifiers::CONTROL) {
            *pending = Pending::default();
            return vec![(Action::Quit, 1)];
        }
        // A count: digits before anything else, not starting with 0.
        if pending.keys.is_empty()
            && let Some(d) = chord.digit()
            && (d > 0 || pending.count.is_some())
        {
            let n = pending.count.unwrap_or(0) * 10 + d as usize;
            pending.count = Some(n.min(MAX_COUNT));
            pending.digits.push(chord);
            return Vec::new();
        }
        pending.keys.push(chord);
        let exact = self.exact(Context::Global, &pending.keys);
        if self.is_prefix(&pending.keys) {
            return Vec::new(); // wait for the rest of the sequence, or the timeout
        }
        if let Some(action) = exact {
            let n = if is_motion(&action) {
                pending.count.unwrap_or(1)
            } else {
                // A count before a non-motion was a key of its own after all ("1" toggles).
                return self.replay_digits(pending, Some(action));
            };
            *pending = Pending::default();
            return vec![(action, n)];
        }
        // Nothing matches: the typed keys are taken one by one, as far as they mean anything.
        let keys = std::mem::take(&mut pending.keys);
        let mut out = self.replay_digits(pending, None);
        if keys.len() > 1 {
            if let Some(a) = self.exact(Context::Global, &keys[..1]) {
                out.push((a, 1));
            }
            for k in &keys[1..] {
                out.extend(self.feed(pending, &KeyEvent::new(k.code, k.modifiers)));
            }
        }
        out
    }

    /// The typed digits as keys of their own, then `then`.
    fn replay_digits(&self, pending: &mut Pending, then: Option<Action>) -> Vec<(Action, usize)> {
        let digits = std::mem::take(pending).digits;
        let mut out: Vec<(Action, usize)> = digits
            .iter()
            .filter_map(|d| self.exact(Context::Global, std::slice::from_ref(d)))
            .map(|a| (a, 1))
            .collect();
        out.extend(then.map(|a| (a, 1)));
        out
    }

    /// After a pause: what was typed is taken as it stands ("g" when "g g" is also bound, "1"
    /// when no motion followed the digit).
    pub fn flush(&self, pending: &mut Pending) -> Vec<(Action, usize)> {
        let keys = std::mem::take(&mut pending.keys);
        let exact = (!keys.is_empty())
            .then(|| self.exact(Context::Global, &keys))
            .flatten();
        match exact {
            Some(a) if is_motion(&a) => {
                let n = pending.count.unwrap_or(1);
                *pending = Pending::default();
                vec![(a, n)]
            }
            other => self.replay_digits(pending, other),
        }
    }

    /// The help overlay's lines: each action once per context, with all its keys.
    pub fn help(&self) -> Vec<HelpEntry> {
        let mut out: Vec<(HelpEntry, Option<&'static str>)> = Vec::new();
        for b in &self.bindings {
            let name = b.action.name();
            let label = chord::label(&b.keys);
            if let Some((entry, _)) = out
                .iter_mut()
                .find(|(e, n)| e.context == b.context && *n == name)
            {
                entry.keys.push_str(", ");
                entry.keys.push_str(&label);
            } else {
                out.push((
                    HelpEntry {
                        context: b.context,
                        keys: label,
                        description: b.action.description(),
                    },
                    name,
                ));
            }
        }
        out.into_iter().map(|(e, _)| e).collect()
    }
}

/// Keys while a search query is typed: text goes into the query.
fn search_input(chord: &KeyChord) -> Option<Action> {
    let ctrl = chord.modifiers.contains(KeyModifiers::CONTROL);
    match chord.code {
        KeyCode::Char('c') if ctrl => Some(Action::Quit),
        KeyCode::Char(c) if !ctrl && !chord.modifiers.contains(KeyModifiers::ALT) => {
            Some(Action::SearchType(c))
        }
        KeyCode::Backspace => Some(Action::SearchBackspace),
        KeyCode::Enter => Some(Action::SearchSubmit),
        KeyCode::Esc => Some(Action::SearchCancel),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    fn ch(c: char) -> KeyEvent {
        key(KeyCode::Char(c), KeyModifiers::NONE)
    }

    fn names(v: Vec<(Action, usize)>) -> Vec<(&'static str, usize)> {
        v.into_iter().map(|(a, n)| (a.name().unwrap(), n)).collect()
    }

    #[test]
    fn default_keys() {
        let k = Keymap::default();
        let mut p = Pending::default();
        let mut l = |code, m| names(k.feed(&mut p, &key(code, m)));
        assert_eq!(l(KeyCode::Char('q'), KeyModifiers::NONE), vec![("quit", 1)]);
        assert_eq!(
            l(KeyCode::Char('c'), KeyModifiers::CONTROL),
            vec![("quit", 1)]
        );
        assert_eq!(
            l(KeyCode::Char('G'), KeyModifiers::SHIFT),
            vec![("bottom", 1)]
        );
        assert_eq!(
            l(KeyCode::BackTab, KeyModifiers::SHIFT),
            vec![("focus_prev", 1)]
        );
        assert_eq!(
            l(KeyCode::Char(']'), KeyModifiers::NONE),
            vec![("next_quote", 1)]
        );
        assert_eq!(
            l(KeyCode::Char('d'), KeyModifiers::CONTROL),
            vec![("half_page_down", 1)]
        );
        assert_eq!(l(KeyCode::Char('x'), KeyModifiers::NONE), vec![]);
    }

    #[test]
    fn counts_repeat_motions_and_digit_keys_still_work() {
        let k = Keymap::default();
        let mut p = Pending::default();
        assert!(k.feed(&mut p, &ch('5')).is_empty());
        assert_eq!(p.label(), "5");
        assert_eq!(names(k.feed(&mut p, &ch('j'))), vec![("down", 5)]);
        for c in "12".chars() {
            assert!(k.feed(&mut p, &ch(c)).is_empty());
        }
        assert_eq!(names(k.feed(&mut p, &ch(']'))), vec![("next_quote", 12)]);
        // "1" alone toggles the library once the pause is over.
        assert!(k.feed(&mut p, &ch('1')).is_empty());
        assert_eq!(names(k.flush(&mut p)), vec![("toggle_library", 1)]);
        // A count before a key that is no motion: the digit counts as its own key.
        k.feed(&mut p, &ch('3'));
        assert_eq!(
            names(k.feed(&mut p, &ch('z'))),
            vec![("toggle_sidebar", 1), ("zen", 1)]
        );
        assert!(p.is_empty());
    }

    #[test]
    fn overrides_rebind_sequences_and_warn() {
        let o = |action: &str, keys: &[&str], line| KeyOverride {
            action: action.into(),
            keys: keys.iter().map(|s| s.to_string()).collect(),
            line: Some(line),
        };
        let (k, w) = Keymap::with_overrides(
            &[
                o("top", &["g g"], 2),
                o("next_quote", &["J", "]"], 3),
                o("no_such_action", &["x"], 4),
                o("bottom", &["hyper-q"], 5),
                o("quit", &["n"], 6),
            ],
            "c.toml",
        );
        let w: Vec<String> = w.iter().map(ToString::to_string).collect();
        assert_eq!(w.len(), 4, "{w:#?}");
        assert!(w[0].starts_with("c.toml:4: [keys]: unknown action `no_such_action`"));
        assert!(w[1].contains("unknown key `hyper-q`"));
        assert!(w[2].contains("bottom: no key could be read; its defaults stay"));
        assert!(w[3].starts_with("c.toml:6: [keys] quit: `n` was bound to next_match"));
        let mut p = Pending::default();
        assert!(
            k.feed(&mut p, &ch('g')).is_empty(),
            "waits for the second g"
        );
        assert_eq!(names(k.feed(&mut p, &ch('g'))), vec![("top", 1)]);
        assert_eq!(names(k.feed(&mut p, &ch('J'))), vec![("next_quote", 1)]);
        assert_eq!(names(k.feed(&mut p, &ch('n'))), vec![("quit", 1)]);
        assert_eq!(
            names(k.feed(&mut p, &ch('q'))),
            vec![],
            "q was quit's; quit moved to n"
        );
        assert_eq!(
            names(k.feed(&mut p, &ch('G'))),
            vec![("bottom", 1)],
            "defaults stay"
        );
        let ctrl_c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(
            names(k.feed(&mut p, &ctrl_c)),
            vec![("quit", 1)],
            "always quits"
        );
        let help = k.help();
        assert!(
            help.iter()
                .any(|e| e.keys == "g g" && e.description == "Top")
        );
    }

    #[test]
    fn help_overlay_takes_its_keys() {
        let k = Keymap::default();
        let q = k.lookup(Context::Detail, &ch('q'));
        assert_eq!(q.and_then(|a| a.name()), Some("close"));
        let c = k.lookup(
            Context::Help,
            &key(KeyCode::Char('c'), KeyModifiers::CONTROL),
        );
        assert_eq!(c.and_then(|a| a.name()), Some("quit"));
        // In the help, other keys type into its filter.
        assert!(matches!(
            k.lookup(Context::Help, &ch(']')),
            Some(Action::HelpType(']'))
        ));
        assert!(k.lookup(Context::Detail, &ch(']')).is_none());
    }

    #[test]
    fn help_lists_every_action_with_all_its_keys() {
        let help = Keymap::default().help();
        let quit = help
            .iter()
            .find(|e| e.description == "Quit byline")
            .unwrap();
        assert_eq!(quit.keys, "q, Ctrl-c");
        let down = help
            .iter()
            .find(|e| e.context == Context::Global && e.keys.starts_with('j'))
            .unwrap();
        assert_eq!(down.keys, "j, ↓");
    }
}
