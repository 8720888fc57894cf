//! Key chords: what a key press is, how it is written ("q", "Ctrl-c", "Shift-Tab", "↓"),
//! and how a written key in the config is read back ("C-d", "ctrl+d", "PageDown", "g g").

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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

    /// A digit typed alone, as the start of a count.
    pub fn digit(&self) -> Option<u32> {
        match self.code {
            KeyCode::Char(c) if self.modifiers.is_empty() => c.to_digit(10),
            _ => None,
        }
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
            KeyCode::Backspace => "Backspace".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::PageUp => "PageUp".to_owned(),
            KeyCode::PageDown => "PageDown".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            KeyCode::F(n) => format!("F{n}"),
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

/// A sequence of chords written with spaces between them: "g g", "Ctrl-w j".
pub fn label(keys: &[KeyChord]) -> String {
    keys.iter()
        .map(KeyChord::label)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads a written key sequence: chords separated by spaces, each a key name or one
/// character, with `Ctrl-`, `Alt-` or `Shift-` before it (also `C-`, `A-`, `S-`, `+`).
pub fn parse(text: &str) -> Result<Vec<KeyChord>, String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return Err("an empty key".into());
    }
    words.iter().map(|w| parse_chord(w)).collect()
}

fn parse_chord(word: &str) -> Result<KeyChord, String> {
    let mut modifiers = KeyModifiers::NONE;
    let mut rest = word;
    loop {
        let lower = rest.to_ascii_lowercase();
        let prefix = [
            "ctrl-", "ctrl+", "c-", "alt-", "alt+", "a-", "m-", "shift-", "shift+", "s-",
        ]
        .into_iter()
        .find(|p| lower.starts_with(p) && rest.len() > p.len());
        let Some(p) = prefix else { break };
        modifiers |= match p.chars().next() {
            Some('c') => KeyModifiers::CONTROL,
            Some('a' | 'm') => KeyModifiers::ALT,
            _ => KeyModifiers::SHIFT,
        };
        rest = &rest[p.len()..];
    }
    let code = match rest.to_ascii_lowercase().as_str() {
        "space" => KeyCode::Char(' '),
        "tab" if modifiers.contains(KeyModifiers::SHIFT) => {
            modifiers.remove(KeyModifiers::SHIFT);
            KeyCode::BackTab
        }
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "enter" | "return" | "cr" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "backspace" | "bs" => KeyCode::Backspace,
        "up" | "↑" => KeyCode::Up,
        "down" | "↓" => KeyCode::Down,
        "left" | "←" => KeyCode::Left,
        "right" | "→" => KeyCode::Right,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdn" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "delete" | "del" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        f if f.len() > 1
            && f.starts_with('f')
            && f[1..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)) =>
        {
            KeyCode::F(f[1..].parse().unwrap_or(1))
        }
        _ => {
            let mut chars = rest.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => {
                    // Shift with a letter is the capital letter.
                    if modifiers.contains(KeyModifiers::SHIFT) && c.is_alphabetic() {
                        modifiers.remove(KeyModifiers::SHIFT);
                        KeyCode::Char(c.to_uppercase().next().unwrap_or(c))
                    } else {
                        KeyCode::Char(if modifiers.contains(KeyModifiers::CONTROL) {
                            c.to_ascii_lowercase()
                        } else {
                            c
                        })
                    }
                }
                _ => return Err(format!("unknown key `{word}`")),
            }
        }
    };
    Ok(KeyChord::new(code, modifiers))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_keys_read_back() {
        let p = |s: &str| parse(s).map(|k| label(&k));
        assert_eq!(p("q").as_deref(), Ok("q"));
        assert_eq!(p("C-d").as_deref(), Ok("Ctrl-d"));
        assert_eq!(p("ctrl+D").as_deref(), Ok("Ctrl-d"));
        assert_eq!(p("Shift-Tab").as_deref(), Ok("Shift-Tab"));
        assert_eq!(p("S-j").as_deref(), Ok("J"));
        assert_eq!(p("g g").as_deref(), Ok("g g"));
        assert_eq!(p("PageDown").as_deref(), Ok("PageDown"));
        assert_eq!(p("space").as_deref(), Ok("Space"));
        assert!(parse("hyper-x").is_err());
        assert!(parse("").is_err());
    }
}
