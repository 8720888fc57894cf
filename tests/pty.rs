//! End to end: the real binary in a pseudo-terminal, driven by keys as a person would, with
//! the screen read back through a terminal emulator.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

const ROWS: u16 = 40;
const COLS: u16 = 120;
/// The dark theme's `quote.highlight.active` background.
const ACTIVE_BG: vt100::Color = vt100::Color::Rgb(0xeb, 0xcb, 0x8b);

struct Session {
    parser: vt100::Parser,
    /// Every byte the program wrote, for what the emulator does not keep (OSC 52).
    raw: Vec<u8>,
    rx: Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _config: tempfile::NamedTempFile,
    _state: tempfile::TempDir,
}

impl Session {
    /// Runs `byline ARGS` in a shell that prints the terminal's settings after it exits.
    fn start(args: &[&str]) -> Session {
        Session::start_with_config(args, "")
    }

    /// Runs `byline ARGS` with `config` as its config file.
    fn start_with_config(args: &[&str], config_text: &str) -> Session {
        Session::start_in(args, config_text, tempfile::tempdir().unwrap())
    }

    /// Runs with a given state directory, to see what byline remembers across runs.
    fn start_in(args: &[&str], config_text: &str, state: tempfile::TempDir) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let config = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(config.path(), config_text).unwrap();
        let bin = env!("CARGO_BIN_EXE_byline");
        let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
        let script = format!(
            "'{bin}' {}; echo EXIT=$?; stty -a; sleep 5",
            quoted.join(" ")
        );
        let mut cmd = CommandBuilder::new("sh");
        cmd.args(["-c", &script]);
        cmd.env("TERM", "xterm-256color");
        cmd.env("COLORTERM", "truecolor");
        cmd.env("BYLINE_CONFIG", config.path());
        cmd.env("BYLINE_STATE", state.path().join("state.json"));
        cmd.env("BYLINE_INDEX", state.path().join("index.sqlite"));
        cmd.env_remove("NO_COLOR");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        // Keep the master open for the session's life.
        std::mem::forget(pair.master);
        Session {
            parser: vt100::Parser::new(ROWS, COLS, 0),
            raw: Vec::new(),
            rx,
            writer,
            child,
            _config: config,
            _state: state,
        }
    }

    /// Waits until `ready` holds for what the program has written, reading its output as it
    /// comes; fails, with the screen, after a generous timeout.
    fn wait_until(&mut self, what: &str, ready: impl Fn(&Session) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if ready(self) {
                return;
            }
            if let Ok(bytes) = self.rx.recv_timeout(Duration::from_millis(50)) {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
            }
        }
        panic!("never saw {what}:\n{}", self.screen());
    }

    /// The terminal's settings as `stty -a` printed them after byline exited, once printed.
    fn wait_for_stty(&mut self) {
        self.wait_for("speed");
        self.wait_until("stty's echo flag", |s| {
            s.screen()
                .split_whitespace()
                .any(|w| w == "echo" || w == "-echo")
        });
        self.wait_until("stty's icanon flag", |s| {
            s.screen()
                .split_whitespace()
                .any(|w| w == "icanon" || w == "-icanon")
        });
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Waits until the screen shows `needle`, or fails with what it shows.
    fn wait_for(&mut self, needle: &str) {
        self.wait_until(&format!("{needle:?} on the screen"), |s| {
            s.screen().contains(needle)
        });
    }

    fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Cells drawn with the selected quotation's highlight.
    fn active_cells(&self) -> Vec<(u16, u16)> {
        let screen = self.parser.screen();
        let mut out = Vec::new();
        for row in 0..ROWS {
            for col in 0..COLS {
                if screen
                    .cell(row, col)
                    .is_some_and(|c| c.bgcolor() == ACTIVE_BG)
                {
                    out.push((row, col));
                }
            }
        }
        out
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

#[test]
fn open_step_through_quotes_and_quit_cleanly() {
    let mut s = Session::start(&[]);
    s.wait_for("Harbour Council Backs Plan");
    s.wait_for("voice –/12");
    assert!(s.parser.screen().alternate_screen());
    assert!(s.active_cells().is_empty());

    s.keys("]");
    s.wait_for("voice 1/12");
    s.wait_until("a highlighted quotation", |s| !s.active_cells().is_empty());
    let first = s.active_cells();
    assert!(
        !first.is_empty(),
        "the first quotation is highlighted:\n{}",
        s.screen()
    );

    s.keys("]");
    s.wait_for("voice 2/12");
    s.wait_until("the highlight on another quotation", |s| {
        let cells = s.active_cells();
        !cells.is_empty() && cells != first
    });
    let second = s.active_cells();
    assert!(!second.is_empty());
    assert_ne!(first, second, "the highlight moved");

    // Quotations only: the reported statement selected is not listed, so the first is.
    s.keys("r");
    s.wait_for("quote 1/6");
    s.wait_for("Quotes 1/6");
    s.keys("]");
    s.wait_for("quote 2/6");

    s.keys("?");
    s.wait_for("Keys — type to filter, Esc to close");
    s.keys("\x1b");
    s.wait_until("the help closed", |s| {
        !s.screen().contains("Keys — type to filter, Esc to close")
    });

    s.keys("/council");
    s.wait_for("/council");
    s.keys("\r");
    s.wait_for("match 1/");
    s.keys("n");
    s.wait_for("match 2/");

    s.keys("y");
    s.wait_for("Copied:");
    s.wait_until("an OSC 52 copy written whole", |s| {
        let raw = String::from_utf8_lossy(&s.raw);
        raw.find("\x1b]52;c;")
            .is_some_and(|at| raw[at..].contains('\x07'))
    });
    let raw = String::from_utf8_lossy(&s.raw).into_owned();
    let at = raw
        .find("\x1b]52;c;")
        .expect("an OSC 52 copy went to the terminal");
    let end = raw[at..].find('\x07').unwrap();
    use base64::Engine;
    let copied = base64::engine::general_purpose::STANDARD
        .decode(&raw[at + 7..at + end])
        .unwrap();
    let copied = String::from_utf8(copied).unwrap();
    assert!(
        copied.starts_with("“a gamble with other people's money” — Opponents (Harbour Council"),
        "{copied}"
    );

    s.keys("q");
    s.wait_for("EXIT=0");
    s.wait_for_stty();
    let screen = s.screen();
    assert!(
        !s.parser.screen().alternate_screen(),
        "left the alternate screen"
    );
    let words: Vec<&str> = screen.split_whitespace().collect();
    assert!(
        words.contains(&"icanon") && words.contains(&"echo"),
        "the terminal is back in cooked mode:\n{screen}"
    );
    assert!(
        !s.parser.screen().hide_cursor(),
        "the cursor is shown again"
    );
    let raw = String::from_utf8_lossy(&s.raw);
    let on = raw.find("\x1b[?1000h").expect("mouse reporting was on");
    assert!(
        raw[on..].contains("\x1b[?1000l"),
        "mouse reporting is off again"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start(&[]);
    s.wait_for("Harbour Council Backs Plan");
    // The shell is the session's child; byline is the shell's only child.
    let pid = s.child.process_id().unwrap();
    let status = std::process::Command::new("pkill")
        .args(["-TERM", "-P", &pid.to_string(), "byline"])
        .status()
        .unwrap();
    assert!(status.success());
    s.wait_for("EXIT=143");
    s.wait_for_stty();
    assert!(!s.parser.screen().alternate_screen());
    let screen = s.screen();
    let words: Vec<&str> = screen.split_whitespace().collect();
    assert!(
        words.contains(&"icanon") && words.contains(&"echo"),
        "{screen}"
    );
}

#[test]
fn remapped_keys_and_counts() {
    let mut s = Session::start_with_config(
        &[],
        "[keys]\nnext_quote = [\"J\", \"]\"]\nbottom = \"G G\"\n",
    );
    s.wait_for("Harbour Council Backs Plan");
    s.keys("J");
    s.wait_for("voice 1/12");
    s.keys("2]");
    s.wait_for("voice 3/12");
    s.keys("q");
    s.wait_for("EXIT=0");
}

#[test]
fn restart_lands_on_the_same_article_and_place() {
    // A library of two articles, the second long enough to scroll.
    let lib = tempfile::tempdir().unwrap();
    std::fs::write(lib.path().join("a.txt"), "First Story\n\nShort.\n").unwrap();
    let long: String = (1..=60)
        .map(|n| format!("Paragraph {n} of the long story, which runs on for a while.\n\n"))
        .collect();
    std::fs::write(lib.path().join("b.txt"), format!("Second Story\n\n{long}")).unwrap();
    let dir = lib.path().to_str().unwrap().to_owned();
    let state = tempfile::tempdir().unwrap();
    let keep = state.path().to_owned();
    let mut s = Session::start_in(&[&dir], "", state);
    s.wait_for("First Story");
    s.keys("\x1b[Z");
    s.wait_for("│ library");
    s.keys("j\r");
    s.wait_for("article 2/2");
    // Laid out before it is scrolled: under load the keys could come before the text.
    s.wait_for("Paragraph 1 of the long story");
    let first_body_line = |screen: &str| screen.lines().nth(1).unwrap_or("").to_owned();
    s.keys("20j");
    // Scrolled: the title has gone from the top of the article.
    s.wait_until("the article scrolled", |s| {
        first_body_line(&s.screen()).contains("Paragraph")
    });
    s.keys("s");
    s.wait_for("Sources");
    s.wait_until("the article beside the Sources tab", |s| {
        first_body_line(&s.screen()).contains("Paragraph")
    });
    let before = s.screen();
    s.keys("q");
    s.wait_for("EXIT=0");
    let saved = std::fs::read_to_string(keep.join("state.json")).unwrap();
    assert!(saved.contains("b.txt"), "{saved}");
    // A second run with what the first remembered.
    let again = tempfile::TempDir::new().unwrap();
    std::fs::copy(keep.join("state.json"), again.path().join("state.json")).unwrap();
    let mut s = Session::start_in(&[&dir], "", again);
    s.wait_for("article 2/2");
    s.wait_for("Sources");
    // The same place in the article: the first line in view as it was when byline quit.
    let wanted = first_body_line(&before);
    assert!(wanted.contains("Paragraph"), "{before}");
    s.wait_until(&format!("the article back at {wanted:?}"), |s| {
        first_body_line(&s.screen()) == wanted
    });
}

#[test]
fn a_second_open_comes_from_the_index_and_ctrl_f_searches_it() {
    let lib = tempfile::tempdir().unwrap();
    for (name, title, body) in [
        ("a.txt", "Harbour Story", "The ferry runs twice a day."),
        (
            "b.txt",
            "Valley Story",
            "A quokkaphone was heard in the valley.",
        ),
        ("c.txt", "Market Story", "Stalls open at dawn."),
    ] {
        std::fs::write(lib.path().join(name), format!("{title}\n\n{body}\n")).unwrap();
    }
    let dir = lib.path().to_str().unwrap().to_owned();
    let state = tempfile::tempdir().unwrap();
    let keep = state.path().to_owned();
    let mut s = Session::start_in(&[&dir], "", state);
    s.wait_for("Market Story");
    s.wait_for("Valley Story");
    s.keys("q");
    s.wait_for("EXIT=0");
    // `--no-index` reads the files and stores nothing.
    let bare = tempfile::tempdir().unwrap();
    let bare_index = bare.path().join("index.sqlite");
    let mut n = Session::start_in(&["--no-index", &dir], "", bare);
    n.wait_for("Valley Story");
    n.keys("q");
    n.wait_for("EXIT=0");
    assert!(!bare_index.exists());
    // The first run stored every article.
    let stats = std::process::Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["index", "--stats", "--json"])
        .env("BYLINE_INDEX", keep.join("index.sqlite"))
        .output()
        .unwrap();
    let stats = String::from_utf8_lossy(&stats.stdout).into_owned();
    assert!(stats.contains("\"articles\": 3"), "{stats}");
    // The second lists them from the index, and searches it.
    let again = tempfile::TempDir::new().unwrap();
    for f in ["index.sqlite", "state.json"] {
        std::fs::copy(keep.join(f), again.path().join(f)).unwrap();
    }
    let mut s = Session::start_in(&[&dir], "", again);
    s.wait_for("Valley Story");
    s.keys("\x06");
    s.keys("quokkaphone\r");
    s.wait_for("1 found");
    s.keys("\r");
    s.wait_until("the article with the match opened", |s| {
        s.screen().contains("A quokkaphone was heard") && !s.screen().contains("1 found")
    });
    s.keys("q");
    s.wait_for("EXIT=0");
}

#[test]
fn editing_the_config_applies_it_at_once() {
    let mut s = Session::start_with_config(&[], "theme = \"dark\"\n");
    s.wait_for("Harbour Council Backs Plan");
    let dark = s.parser.screen().cell(1, 30).unwrap().bgcolor();
    std::fs::write(s._config.path(), "theme = \"light\"\nmax_width = 40\n").unwrap();
    s.wait_for("Configuration reloaded");
    let paper = vt100::Color::Rgb(0xfb, 0xf8, 0xf1);
    assert_ne!(dark, paper);
    s.wait_until("the light theme's paper", |s| {
        s.parser.screen().cell(1, 30).unwrap().bgcolor() == paper
    });
    // A mistake while editing is a warning, and the reader goes on.
    std::fs::write(s._config.path(), "theme = = \"light\"\n").unwrap();
    s.wait_for("⚠");
    s.keys("q");
    s.wait_for("EXIT=0");
}

/// A new user's check of watching: point byline at a folder, then add, edit and delete files in
/// it while byline runs; the list follows and the open article keeps its place.
#[test]
fn files_added_edited_and_deleted_on_disk_show_at_once() {
    let lib = tempfile::tempdir().unwrap();
    let long: String = (1..=60)
        .map(|n| format!("Paragraph {n} of the long story, which runs on for a while.\n\n"))
        .collect();
    std::fs::write(lib.path().join("a.txt"), format!("Alpha Story\n\n{long}")).unwrap();
    std::fs::write(lib.path().join("b.txt"), "Bravo Story\n\nShort.\n").unwrap();
    let dir = lib.path().to_str().unwrap().to_owned();
    let mut s = Session::start(&[&dir]);
    s.wait_for("Alpha Story");
    let first_body_line = |screen: &str| screen.lines().nth(1).unwrap_or("").to_owned();
    s.keys("20j");
    s.wait_until("the article scrolled", |s| {
        first_body_line(&s.screen()).contains("Paragraph")
    });
    // Added: a Markdown file appears in the list.
    std::fs::write(
        lib.path().join("c.md"),
        "---\ntitle: Charlie Story\n---\n\n\"Hello,\" said Ana Ruiz.\n",
    )
    .unwrap();
    s.wait_for("Charlie Story");
    // Edited: the open article is read again, and keeps its place: a paragraph in view
    // changes, the first line in view does not.
    let top = first_body_line(&s.screen());
    assert!(top.contains("Paragraph"), "{top}");
    let edited = long.replace("Paragraph 15 of", "Paragraph 15 (edited) of");
    std::fs::write(lib.path().join("a.txt"), format!("Alpha Story\n\n{edited}")).unwrap();
    s.wait_for("Paragraph 15 (edited) of");
    s.wait_until("the same first line in view", |s| {
        first_body_line(&s.screen()) == top
    });
    // Deleted: it leaves the list.
    std::fs::remove_file(lib.path().join("b.txt")).unwrap();
    s.wait_until("the deleted file gone from the list", |s| {
        !s.screen().contains("Bravo Story")
    });
    assert!(s.screen().contains("Charlie Story"));
    s.keys("q");
    s.wait_for("EXIT=0");
}

/// The OSC 52 payloads the program wrote, decoded.
fn copied(raw: &[u8]) -> Vec<String> {
    use base64::Engine;
    let raw = String::from_utf8_lossy(raw);
    raw.match_indices("\x1b]52;c;")
        .filter_map(|(at, _)| {
            let rest = &raw[at + 7..];
            let end = rest.find('\x07')?;
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(&rest[..end])
                .ok()?;
            String::from_utf8(bytes).ok()
        })
        .collect()
}

#[test]
fn hostile_articles_cannot_reach_the_clipboard_or_the_opener() {
    let lib = tempfile::tempdir().unwrap();
    std::fs::write(
        lib.path().join("trap.md"),
        "---\ntitle: Trap Story\nurl: \"file:///etc/passwd\"\n---\n\n\
         \"Paste me \u{1b}[201~ then run,\" said Ana Diaz.\n",
    )
    .unwrap();
    let dir = lib.path().to_str().unwrap().to_owned();
    let mut s = Session::start(&[&dir]);
    s.wait_for("Trap Story");
    s.keys("o");
    s.wait_for("Not opening");
    s.keys("]");
    s.wait_for("voice 1/1");
    s.keys("y");
    s.wait_for("Copied:");
    s.wait_until("an OSC 52 copy written whole", |s| {
        !copied(&s.raw).is_empty()
    });
    let payload = copied(&s.raw).remove(0);
    assert!(payload.contains("Paste me"), "{payload:?}");
    assert!(!payload.chars().any(char::is_control), "{payload:?}");
    s.keys("q");
    s.wait_for("EXIT=0");
}

#[test]
fn a_quit_key_that_cannot_be_read_leaves_the_way_out() {
    let mut s = Session::start_with_config(&[], "[keys]\nquit = \"Ctrl-Alt-Hyper-q\"\n");
    s.wait_for("Harbour Council Backs Plan");
    // The warning points to where it can be read in full.
    s.wait_for("? shows");
    s.keys("?");
    s.wait_for("no key could be read; its defaults stay");
    s.keys("\x1b");
    s.wait_until("the help closed", |s| !s.screen().contains("Keys — type"));
    s.keys("q");
    s.wait_for("EXIT=0");
}

#[test]
fn deleting_the_open_article_says_so() {
    let lib = tempfile::tempdir().unwrap();
    std::fs::write(
        lib.path().join("a.txt"),
        "Only Story\n\nIts one paragraph.\n",
    )
    .unwrap();
    let dir = lib.path().to_str().unwrap().to_owned();
    let mut s = Session::start(&[&dir]);
    s.wait_for("Its one paragraph.");
    std::fs::remove_file(lib.path().join("a.txt")).unwrap();
    s.wait_for("was deleted");
    s.wait_for("article deleted");
    assert!(!s.screen().contains("Loading"), "{}", s.screen());
    s.keys("q");
    s.wait_for("EXIT=0");
}

#[test]
fn read_marks_survive_a_restart() {
    let state = tempfile::tempdir().unwrap();
    let keep = state.path().to_owned();
    let mut s = Session::start_in(&[], "", state);
    // Four samples, none read: the one shown at start was not asked for.
    s.wait_for("4 unread");
    s.wait_until("every sample read in", |s| {
        let screen = s.screen();
        [
            "Harbour Council",
            "Neighbours Sign",
            "The Last Bowl",
            "Teenager Takes",
        ]
        .iter()
        .all(|t| screen.contains(t))
    });
    s.keys("u");
    s.wait_for("3 unread");
    s.keys("q");
    s.wait_for("EXIT=0");
    let again = tempfile::TempDir::new().unwrap();
    std::fs::copy(keep.join("state.json"), again.path().join("state.json")).unwrap();
    let mut s = Session::start_in(&[], "", again);
    s.wait_for("3 unread");
    s.keys("q");
    s.wait_for("EXIT=0");
}

#[test]
fn voices_view_lists_a_voice_its_statements_and_opens_one() {
    let lib = tempfile::tempdir().unwrap();
    for (name, text) in [
        (
            "a.txt",
            "Ferry Vote\n\n\"The zeppelinquartz ferry will sail in May,\" said Ilse Varga.\n",
        ),
        (
            "b.txt",
            "Pier Plan\n\nIlse Varga said the pier would open in June.\n",
        ),
    ] {
        std::fs::write(lib.path().join(name), text).unwrap();
    }
    let dir = lib.path().to_str().unwrap().to_owned();
    let mut s = Session::start_in(&[&dir], "", tempfile::tempdir().unwrap());
    s.wait_for("Pier Plan");
    s.keys("v");
    s.wait_for("Who is heard");
    s.wait_for("Ilse Varga");
    s.keys("\r");
    s.wait_for("2 statements in 2 articles");
    // Both statements listed (one may come from the index a moment later), in the library's
    // order.
    s.wait_for("zeppelinquartz");
    s.wait_for("the pier would open");
    s.keys("\r");
    s.wait_until("the article open at the statement", |s| {
        s.screen().contains("\"The zeppelinquartz ferry will sail")
            && !s.screen().contains("2 statements")
    });
    s.keys("\x1b");
    s.wait_for("2 statements in 2 articles");
    s.keys("q");
    s.wait_for("EXIT=0");
}
