//! The real binary, run as scripts run it.

mod common;

use std::process::{Command, Output};

fn byline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("BYLINE_CONFIG", "")
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn path(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn help_explains_the_commands() {
    let o = byline(&["--help"]);
    assert!(o.status.success());
    let out = stdout(&o);
    for needle in [
        "quotes",
        "--theme",
        "--config",
        "PATH",
        "sample articles",
        "BYLINE_CONFIG",
    ] {
        assert!(out.contains(needle), "--help lacks {needle}:\n{out}");
    }
    let o = byline(&["quotes", "--help"]);
    assert!(stdout(&o).contains("--format"));
    assert!(stdout(&o).contains("markdown"));
}

#[test]
fn quotes_json_has_the_schema() {
    let o = byline(&["quotes", path(&common::fixture("strike.txt"))]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "", "no config, no warning");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let a = &v[0];
    assert_eq!(a["title"], "Bus Strike Enters Its Third Day");
    let q = &a["quotes"][0];
    assert_eq!(q["kind"], "direct");
    assert_eq!(q["text"], "We will stay out until the offer changes,");
    assert_eq!(q["speaker"]["name"], "Marta Ruiz");
    assert_eq!(q["speaker"]["mention"], "union steward Marta Ruiz");
    assert_eq!(q["cue"]["text"], "said");
    for key in ["id", "start", "end", "paragraph", "group", "via"] {
        assert!(q.get(key).is_some(), "quote lacks {key}");
    }
    for key in ["sources", "credits"] {
        assert!(a.get(key).is_some(), "article lacks {key}");
    }
    assert!(a.get("text").is_none());
    // Offsets count chars of the file.
    let file = std::fs::read_to_string(common::fixture("strike.txt")).unwrap();
    let chars: Vec<char> = file.chars().collect();
    let (s, e) = (
        q["start"].as_u64().unwrap() as usize,
        q["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        chars[s..e].iter().collect::<String>(),
        q["text"].as_str().unwrap()
    );
}

#[test]
fn reported_speech_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("pier.txt");
    std::fs::write(
        &f,
        "Pier Plan Wins\n\n\
         The pier will reopen in May, Pia Lund said, and the ferry will follow in June.\n\n\
         The council said the plan was \"long overdue\" for the harbour.\n",
    )
    .unwrap();
    let o = byline(&["quotes", "--format", "json", path(&f)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let quotes = v[0]["quotes"].as_array().unwrap();
    let file: Vec<char> = std::fs::read_to_string(&f).unwrap().chars().collect();
    let at = |a: &serde_json::Value| {
        let (s, e) = (
            a[0].as_u64().unwrap() as usize,
            a[1].as_u64().unwrap() as usize,
        );
        file[s..e].iter().collect::<String>()
    };
    // "A, X said, B": one attribution in two pieces; start/end are the first piece's.
    let split = quotes.iter().find(|q| q["kind"] == "indirect").unwrap();
    let pieces: Vec<String> = split["fragments"]
        .as_array()
        .unwrap()
        .iter()
        .map(at)
        .collect();
    assert_eq!(
        pieces,
        [
            "The pier will reopen in May",
            "the ferry will follow in June"
        ]
    );
    assert_eq!(
        at(&serde_json::json!([split["start"], split["end"]])),
        pieces[0]
    );
    assert_eq!(split["speaker"]["name"], "Pia Lund");
    assert_eq!(split["cue"]["text"], "said");
    assert_eq!(
        split["text"],
        "The pier will reopen in May … the ferry will follow in June"
    );
    // Reported speech quoting part of the words is mixed; the quoted words stay a partial
    // quotation inside it, and a content in one piece has no fragments.
    let mixed = quotes.iter().find(|q| q["kind"] == "mixed").unwrap();
    assert_eq!(
        mixed["text"],
        "the plan was \"long overdue\" for the harbour"
    );
    assert!(mixed.get("fragments").is_none());
    assert_eq!(mixed["speaker"]["name"], "The council");
    assert!(
        quotes
            .iter()
            .any(|q| q["kind"] == "partial" && q["text"] == "long overdue")
    );
    let o = byline(&["quotes", "--format", "csv", path(&f)]);
    assert!(stdout(&o).contains(",indirect,") && stdout(&o).contains(",mixed,"));
    let o = byline(&["quotes", "--format", "markdown", path(&f)]);
    assert!(
        stdout(&o).contains("| indirect | Pia Lund"),
        "{}",
        stdout(&o)
    );
    let o = byline(&["cat", "--color", "never", path(&f)]);
    assert!(stdout(&o).contains("Reported speech (2)"), "{}", stdout(&o));
}

#[test]
fn quotes_other_formats() {
    let f = common::fixture("strike.txt");
    let o = byline(&["quotes", "--format", "jsonl", "--with-text", path(&f)]);
    let line: serde_json::Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert!(line["text"].as_str().unwrap().starts_with("Bus Strike"));
    let o = byline(&["quotes", "--format", "csv", path(&f)]);
    let out = stdout(&o);
    assert!(out.starts_with("path,id,kind,start,end"));
    assert!(out.contains(",direct,"));
    assert!(out.contains("\"We will stay out until the offer changes,\""));
    let o = byline(&["quotes", "--format", "markdown", path(&f)]);
    let out = stdout(&o);
    assert!(out.contains("## Bus Strike Enters Its Third Day"));
    assert!(out.contains("| 1 | direct | Marta Ruiz"));
}

#[test]
fn quotes_over_a_folder_and_encodings() {
    let o = byline(&["quotes", "--format", "jsonl", path(&common::fixture(""))]);
    let out = stdout(&o);
    let err = stderr(&o);
    assert_eq!(
        o.status.code(),
        Some(0),
        "a binary file is skipped, not a failure: {err}"
    );
    assert!(err.contains("binary.txt: skipped: a binary file"), "{err}");
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let title = |name: &str| {
        rows.iter()
            .find(|r| r["path"].as_str().unwrap().ends_with(name))
            .map(|r| r["title"].as_str().unwrap().to_owned())
    };
    assert_eq!(
        title("cafe-cp1252.txt").as_deref(),
        Some("Café Owners Protest Rent Rise")
    );
    assert_eq!(
        title("cafe-utf16.txt").as_deref(),
        Some("Café Owners Protest Rent Rise")
    );
    assert_eq!(title("crlf-bom.txt").as_deref(), Some("Title Line"));
}

#[test]
fn missing_path_is_a_usage_error() {
    let o = byline(&["quotes", "/no/such/article.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/no/such/article.txt: no such file or folder"));
}

#[test]
fn empty_folder_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = byline(&["quotes", path(dir.path())]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no articles found"), "{}", stderr(&o));
}

#[test]
fn reader_refuses_without_a_terminal() {
    let o = byline(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("needs a terminal"), "{}", stderr(&o));
}

#[test]
fn bad_config_warns_with_line_and_column_and_goes_on() {
    let bad = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/invalid_configs/syntax_error.toml");
    let o = byline(&[
        "quotes",
        "--config",
        path(&bad),
        path(&common::fixture("strike.txt")),
    ]);
    assert!(o.status.success());
    assert!(
        stderr(&o).contains("syntax_error.toml:2:13:"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_usage_exits_2() {
    let o = byline(&["quotes", "--format", "xml", "x.txt"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn cat_prints_the_article_and_its_quotations() {
    let f = common::fixture("strike.txt");
    let o = byline(&["cat", "--color", "never", "--width", "40", path(&f)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        !out.contains('\x1b'),
        "no escape sequences with --color never"
    );
    assert!(out.starts_with("Bus Strike Enters Its Third Day\n"));
    assert!(out.contains("Quotations (1)"));
    assert!(out.contains("Marta Ruiz, union steward · said"));
    let body: Vec<&str> = out
        .lines()
        .take_while(|l| !l.starts_with("Quotations"))
        .collect();
    assert!(
        body.iter()
            .all(|l| unicode_width::UnicodeWidthStr::width(*l) <= 40),
        "{body:#?}"
    );
}

#[test]
fn cat_colours_when_asked_and_neutralises_escapes() {
    let f = common::fixture("strike.txt");
    let o = byline(&["cat", "--color", "always", path(&f)]);
    assert!(stdout(&o).contains("\x1b["), "styled output");
    let hostile = common::fixture("escapes.txt");
    let o = byline(&["cat", "--color", "never", path(&hostile)]);
    let out = stdout(&o);
    assert!(!out.contains('\x1b'), "{out:?}");
    assert!(
        out.contains('\u{241b}'),
        "escape shown as a visible stand-in"
    );
    let o = byline(&["cat", path(&hostile)]);
    assert!(!stdout(&o).contains('\x1b'), "auto: no colour when piped");
}

#[test]
fn completions_and_manual() {
    let o = byline(&["completions", "bash"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("complete") && out.contains("byline") && out.contains("quotes"));
    let o = byline(&["man"]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with(".ie") || stdout(&o).contains(".TH byline"));
}

#[test]
fn themes_are_listed_and_previewed() {
    let o = byline(&["themes"]);
    let out = stdout(&o);
    let names: Vec<&str> = out
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert!(names.len() >= 8, "{out}");
    for name in &names {
        let o = Command::new(env!("CARGO_BIN_EXE_byline"))
            .args(["themes", "--preview", name])
            .env("BYLINE_CONFIG", "")
            .env("COLORTERM", "truecolor")
            .output()
            .unwrap();
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        let text = stdout(&o);
        assert!(text.contains("\x1b[38;2;"), "{name}: true colours");
        assert!(text.contains("Harbour Council"));
    }
    // An unknown name is a usage error that lists what there is.
    let o = byline(&["themes", "--preview", "no-such-theme"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no theme named `no-such-theme`"));
    assert!(stderr(&o).contains("catppuccin-mocha"));
}

#[test]
fn no_color_and_depth() {
    let f = common::fixture("strike.txt");
    let o = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["themes", "--preview", "dark"])
        .env("BYLINE_CONFIG", "")
        .env("COLORTERM", "")
        .env("TERM", "xterm-256color")
        .output()
        .unwrap();
    let text = stdout(&o);
    assert!(
        text.contains("\x1b[38;5;") && !text.contains("\x1b[38;2;"),
        "256 colours"
    );
    let o = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["cat", "--color", "always", path(&f)])
        .env("BYLINE_CONFIG", "")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        !stdout(&o).contains("38;"),
        "NO_COLOR: no colours, even when styling is asked"
    );
}

#[test]
fn json_escapes_every_control_and_bidi_character() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.txt");
    std::fs::write(
        &path,
        "Title\n\n\"Pay now \u{1b}]0;pwned\u{7}\u{9b}31m \u{202e}gnp.exe,\" Ana Diaz said.\n",
    )
    .unwrap();
    for format in ["json", "jsonl"] {
        let out = byline(&["quotes", "--format", format, path.to_str().unwrap()]);
        assert!(out.status.success(), "{format}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' || c == '\u{202e}'),
            "{format}: {text:?}"
        );
        assert!(
            text.contains("\\u202e") && text.contains("\\u009b"),
            "{text}"
        );
        // Still JSON that reads back to the same text.
        let first = text.lines().next().unwrap();
        if format == "jsonl" {
            let v: serde_json::Value = serde_json::from_str(first).unwrap();
            assert!(
                v["quotes"][0]["text"]
                    .as_str()
                    .unwrap()
                    .contains('\u{202e}')
            );
        }
    }
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_quoted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("formula.txt");
    std::fs::write(&path, "Sums\n\n\"=HYPERLINK(1)\" said Ana Diaz.\n").unwrap();
    let out = byline(&["quotes", "--format", "csv", path.to_str().unwrap()]);
    let csv = stdout(&out);
    assert!(csv.contains("\"'=HYPERLINK(1)\""), "{csv}");
    assert!(!csv.contains(",=HYPERLINK"), "{csv}");
}

#[test]
fn a_dumb_terminal_is_told_to_use_cat() {
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .env("TERM", "dumb")
        .env("BYLINE_CONFIG", "")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("byline cat"), "{}", stderr(&out));
}

#[test]
fn a_missing_config_named_on_the_command_line_is_an_error() {
    let out = byline(&["--config", "/nonexistent/byline.toml", "quotes", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no such file"), "{}", stderr(&out));
}

#[test]
fn cat_follows_the_terminals_colour_depth_and_themes_name_unknown_ones() {
    let run = |term: &str, colorterm: &str| {
        Command::new(env!("CARGO_BIN_EXE_byline"))
            .args(["cat", "--color", "always", "--no-pager", "-"])
            .env("BYLINE_CONFIG", "")
            .env("TERM", term)
            .env("COLORTERM", colorterm)
            .env_remove("NO_COLOR")
            .stdin(std::fs::File::open(common::fixture("strike.txt")).unwrap())
            .output()
            .unwrap()
    };
    let truecolor = stdout(&run("xterm-256color", "truecolor"));
    assert!(
        truecolor.contains("\x1b[38;2;"),
        "24-bit where the terminal says so"
    );
    let indexed = stdout(&run("xterm-256color", ""));
    assert!(!indexed.contains("\x1b[38;2;") && indexed.contains("\x1b[38;5;"));
    let out = byline(&["themes", "--preview", "neon"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no theme named `neon`") && stderr(&out).contains("dark"));
}

#[test]
fn quotes_from_json_lines() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("in.jsonl");
    std::fs::write(
        &f,
        concat!(
            r#"{"id": "a1", "text": "Harbour Talks\n\n\"We are close,\" said Pia Lund.", "gold": [{"x": 1}]}"#,
            "\n\n",
            r#"{"id": 7, "text": "Ferry Fares\n\nNothing was said."}"#,
            "\n",
            r#"{"text": "Tolls\n\n\"Not yet,\" Tom Brandt said."}"#,
            "\n",
        ),
    )
    .unwrap();
    let o = byline(&["quotes", "--format", "jsonl", "--from-jsonl", path(&f)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let rows: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a1", "7", "4"], "a missing id is the line number");
    assert_eq!(rows[0]["quotes"][0]["speaker"]["name"], "Pia Lund");
    assert_eq!(rows[2]["quotes"][0]["speaker"]["name"], "Tom Brandt");
    for (line, want) in [
        (r#"{"id": "b", "text": 5}"#, "in.jsonl:2: no `text` string"),
        (r#"["a", "b"]"#, "in.jsonl:2: no `text` string"),
        (r#""just a string""#, "in.jsonl:2: no `text` string"),
        (r#"{"id": "b", "text": "x""#, "in.jsonl:2: column"),
    ] {
        std::fs::write(&f, format!("{{\"text\": \"Fine\\n\\nA day.\"}}\n{line}\n")).unwrap();
        let o = byline(&["quotes", "--format", "jsonl", "--from-jsonl", path(&f)]);
        assert_ne!(o.status.code(), Some(0), "{line}");
        assert!(stderr(&o).contains(want), "{line}: {}", stderr(&o));
    }
}
