//! Effects: what `update` asks for that touches the world outside the app, carried out by the
//! event loop. Putting text on the clipboard, opening a web address, running the editor.

use std::io;

/// Puts text on the clipboard through the terminal: OSC 52, which terminals, tmux (with
/// `set-clipboard on`) and SSH sessions pass along.
pub fn copy_osc52(text: &str) -> io::Result<()> {
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
pub fn copy_system(text: &str) -> Result<(), String> {
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
pub fn open_url(url: &str) -> Result<(), String> {
    // `update` checked it already; checked again here, where the command runs.
    crate::text::safe_web_address(url).map_err(|why| format!("not opening the address: {why}"))?;
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
pub fn run_editor(path: &std::path::Path) -> Result<(), String> {
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
