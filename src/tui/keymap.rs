//! Keys to actions, per context. The help overlay is built from these bindings and their
//! descriptions, so it cannot drift from the keys.

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Where a binding applies. Overlay contexts are tried before `Global`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Global,
    Help,
    /// Typing a search query: keys are text.
    Search,
    /// A popup with one quotation in full.
    Detail,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Help => "In this help",
            Context::Search => "Typing a search",
            Context::Detail => "In a quotation's details",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyChord {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl KeyChord {
    pub const fn new(code: KeyCode, modifiers: KeyModifiers) -> Self {
        KeyChord { code, modifiers }
    }

    pub const fn plain(code: KeyCode) -> Self {
        KeyChord::new(code, KeyModifiers::NONE)
    }

    /// The chord of a key event, with Shift folded into the character or BackTab it produced.
    pub fn from_event(key: &KeyEvent) -> Self {
        let mut modifiers = key.modifiers;
        if matches!(key.code, KeyCode::Char(_) | KeyCode::BackTab) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        KeyChord::new(key.code, modifiers)
    }

    /// How the chord is written in the help and the README: `q`, `Ctrl-c`, `Shift-Tab`, `↓`.
    pub fn label(&self) -> String {
        let key = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::PageUp => "PageUp".to_owned(),
            KeyCode::PageDown => "PageDown".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            other => format!("{other:?}"),
        };
        let mut out = String::new();
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl-");
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            out.push_str("Alt-");
        }
        out.push_str(&key);
        out
    }
}

#[derive(Debug, Clone)]
pub struct Binding {
    pub context: Context,
    pub chord: KeyChord,
    pub action: Action,
}

/// One line of the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpEntry {
    pub context: Context,
    pub keys: String,
    pub description: &'static str,
}

#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        use KeyCode::*;
        let ctrl = |c| KeyChord::new(Char(c), KeyModifiers::CONTROL);
        let p = KeyChord::plain;
        let global: Vec<(KeyChord, Action)> = vec![
            (p(Char('q')), Action::Quit),
            (ctrl('c'), Action::Quit),
            (p(Tab), Action::FocusNext),
            (p(BackTab), Action::FocusPrev),
            (p(Char('j')), Action::Down),
            (p(Down), Action::Down),
            (p(Char('k')), Action::Up),
            (p(Up), Action::Up),
            (p(PageDown), Action::PageDown),
            (p(Char(' ')), Action::PageDown),
            (p(PageUp), Action::PageUp),
            (p(Char('g')), Action::Top),
            (p(Home), Action::Top),
            (p(Char('G')), Action::Bottom),
            (p(End), Action::Bottom),
            (p(Enter), Action::Open),
            (p(Char(']')), Action::NextQuote),
            (p(Char('[')), Action::PrevQuote),
            (p(Char('?')), Action::ToggleHelp),
            (p(Char('s')), Action::ToggleSources),
            (p(Char('y')), Action::Copy),
            (p(Char('e')), Action::Edit),
            (p(Char('1')), Action::ToggleLibrary),
            (p(Char('3')), Action::ToggleSidebar),
            (p(Char('z')), Action::Zen),
            (p(Char('/')), Action::Search),
            (p(Char('n')), Action::NextMatch),
            (p(Char('N')), Action::PrevMatch),
            (p(Esc), Action::Close),
        ];
        let help: Vec<(KeyChord, Action)> = vec![
            (p(Esc), Action::Close),
            (p(Char('?')), Action::Close),
            (p(Char('q')), Action::Close),
            (p(Char('j')), Action::Down),
            (p(Down), Action::Down),
            (p(Char('k')), Action::Up),
            (p(Up), Action::Up),
            (p(PageDown), Action::PageDown),
            (p(Char(' ')), Action::PageDown),
            (p(PageUp), Action::PageUp),
        ];
        let detail: Vec<(KeyChord, Action)> = vec![
            (p(Char('y')), Action::Copy),
            (p(Esc), Action::Close),
            (p(Enter), Action::Close),
            (p(Char('q')), Action::Close),
        ];
        let bindings = global
            .into_iter()
            .map(|(chord, action)| Binding {
                context: Context::Global,
                chord,
                action,
            })
            .chain(help.into_iter().map(|(chord, action)| Binding {
                context: Context::Help,
                chord,
                action,
            }))
            .chain(detail.into_iter().map(|(chord, action)| Binding {
                context: Context::Detail,
                chord,
                action,
            }))
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    /// The action for a key press, trying the overlay's context first. Key releases and
    /// repeats of non-motion keys are ignored.
    pub fn lookup(&self, overlay: Option<Context>, key: &KeyEvent) -> Option<Action> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let chord = KeyChord::from_event(key);
        if overlay == Some(Context::Search) {
            return search_input(&chord);
        }
        let find = |ctx: Context| {
            self.bindings
                .iter()
                .find(|b| b.context == ctx && b.chord == chord)
                .map(|b| b.action.clone())
        };
        match overlay {
            // An overlay takes the keys it knows and swallows the rest, except quitting.
            Some(ctx) => find(ctx).or_else(|| {
                find(Context::Global).filter(|a| {
                    matches!(a, Action::Quit) && chord.modifiers.contains(KeyModifiers::CONTROL)
                })
            }),
            None => find(Context::Global),
        }
    }

    /// The help overlay's lines: each action once per context, with all its keys.
    pub fn help(&self) -> Vec<HelpEntry> {
        let mut out: Vec<(HelpEntry, Option<&'static str>)> = Vec::new();
        for b in &self.bindings {
            let name = b.action.name();
            if let Some((entry, _)) = out
                .iter_mut()
                .find(|(e, n)| e.context == b.context && *n == name)
            {
                entry.keys.push_str(", ");
                entry.keys.push_str(&b.chord.label());
            } else {
                out.push((
                    HelpEntry {
                        context: b.context,
                        keys: b.chord.label(),
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

    #[test]
    fn default_keys() {
        let k = Keymap::default();
        let l = |code, m| k.lookup(None, &key(code, m)).and_then(|a| a.name());
        assert_eq!(l(KeyCode::Char('q'), KeyModifiers::NONE), Some("quit"));
        assert_eq!(l(KeyCode::Char('c'), KeyModifiers::CONTROL), Some("quit"));
        assert_eq!(l(KeyCode::Char('G'), KeyModifiers::SHIFT), Some("bottom"));
        assert_eq!(l(KeyCode::BackTab, KeyModifiers::SHIFT), Some("focus_prev"));
        assert_eq!(
            l(KeyCode::Char(']'), KeyModifiers::NONE),
            Some("next_quote")
        );
        assert_eq!(l(KeyCode::Char('x'), KeyModifiers::NONE), None);
    }

    #[test]
    fn help_overlay_takes_its_keys() {
        let k = Keymap::default();
        let q = k.lookup(
            Some(Context::Help),
            &key(KeyCode::Char('q'), KeyModifiers::NONE),
        );
        assert_eq!(q.and_then(|a| a.name()), Some("close"));
        let c = k.lookup(
            Some(Context::Help),
            &key(KeyCode::Char('c'), KeyModifiers::CONTROL),
        );
        assert_eq!(c.and_then(|a| a.name()), Some("quit"));
        assert!(
            k.lookup(
                Some(Context::Help),
                &key(KeyCode::Char(']'), KeyModifiers::NONE)
            )
            .is_none()
        );
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
