//! The loader's formats and awkward files, through the real binary: Markdown, HTML, .gz, a feed
//! with three entries, UTF-16 and Windows-1252, a symlink loop, binary, empty and unreadable
//! files, and stdin.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn byline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("BYLINE_CONFIG", "")
        .output()
        .unwrap()
}

/// `byline cat` printing plain text, its input read as HTML.
const CAT_AS_HTML: &[&str] = &[
    "cat",
    "--no-pager",
    "--color",
    "never",
    "--input-format",
    "html",
];

/// Runs `byline ARGS` with `input` on its stdin.
fn byline_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("BYLINE_CONFIG", "")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    })
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn fixture(name: &str) -> String {
    common::fixture(name).display().to_string()
}

#[test]
fn markdown_front_matter_and_body() {
    let o = byline(&["extract", &fixture("formats/council.md")]);
    assert!(o.status.success(), "{}", err(&o));
    let a = &json(&o)[0];
    assert_eq!(a["title"], "Ferry Docks Plan Clears Its Last Vote");
    assert_eq!(a["author"], "Ines Calloway");
    assert_eq!(a["date"], "2026-04-14");
    assert_eq!(a["outlet"], "The Harbour Ledger");
    assert_eq!(a["url"], "https://example.org/harbour/ferry-docks");
    let text = a["text"].as_str().unwrap();
    assert!(
        text.starts_with("The council gave final approval"),
        "no title in the body"
    );
    assert!(
        !text.contains("Tomas Reyes"),
        "captions and credits stay out of the body"
    );
    assert!(
        text.contains("\n\nWhat changes\n\n"),
        "blocks are separated by blank lines"
    );
}

#[test]
fn html_and_gzipped_html_extract_the_same_article() {
    let plain = byline(&["extract", &fixture("formats/ferry.html")]);
    let gz = byline(&["extract", &fixture("formats/ferry-archived.html.gz")]);
    assert!(plain.status.success() && gz.status.success());
    let (a, b) = (&json(&plain)[0], &json(&gz)[0]);
    assert_eq!(a["text"], b["text"]);
    assert_eq!(a["title"], "Night Ferry Returns After Ten Years");
    assert_eq!(a["author"], "Ines Calloway");
    assert_eq!(a["outlet"], "The Harbour Ledger");
    assert_eq!(a["date"], "2026-05-02T18:30:00Z");
    let text = a["text"].as_str().unwrap();
    for furniture in [
        "Home",
        "Most read",
        "Copyright",
        "By Ines Calloway",
        "Passengers board",
    ] {
        assert!(!text.contains(furniture), "{furniture:?} kept: {text}");
    }
    assert!(text.contains("We campaigned for this"), "blockquote kept");
    assert!(text.contains("Bicycles travel free"), "list kept");
}

#[test]
fn quotes_offsets_point_into_the_extracted_text() {
    let e = byline(&["extract", &fixture("formats/ferry.html")]);
    let text: Vec<char> = json(&e)[0]["text"].as_str().unwrap().chars().collect();
    let q = byline(&["quotes", &fixture("formats/ferry.html")]);
    assert!(q.status.success(), "{}", err(&q));
    let quotes = json(&q)[0]["quotes"].as_array().unwrap().clone();
    assert!(quotes.len() >= 3, "{quotes:?}");
    let speakers: Vec<&str> = quotes
        .iter()
        .filter_map(|q| q["speaker"]["name"].as_str())
        .collect();
    assert!(speakers.contains(&"Mara Olsen"), "{speakers:?}");
    assert!(speakers.contains(&"Agnes Birk"), "{speakers:?}");
    for q in &quotes {
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        let slice: String = text[s..e].iter().collect();
        assert_eq!(slice, q["text"].as_str().unwrap());
    }
}

#[test]
fn a_feed_gives_one_article_per_entry() {
    let o = byline(&["extract", &fixture("formats/harbour.rss")]);
    assert!(o.status.success(), "{}", err(&o));
    let all = json(&o);
    let titles: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Gull Island Jetty Repaired",
            "Fish Market Opens Early",
            "Harbour Regatta Date Set"
        ]
    );
    assert!(all[0]["path"].as_str().unwrap().ends_with("harbour.rss#1"));
    assert_eq!(all[0]["outlet"], "The Harbour Ledger");
    assert_eq!(all[0]["url"], "https://example.org/harbour/jetty");
    assert_eq!(
        all[0]["text"],
        "\"The jetty is safe again,\" said engineer Lena Forde on Monday.\n\nRepairs took six weeks."
    );
    let q = byline(&[
        "quotes",
        "--format",
        "jsonl",
        &fixture("formats/harbour.rss"),
    ]);
    assert_eq!(String::from_utf8_lossy(&q.stdout).lines().count(), 3);
}

#[test]
fn legacy_encodings_are_named() {
    let o = byline(&[
        "extract",
        &fixture("cafe-utf16.txt"),
        &fixture("cafe-cp1252.txt"),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    let all = json(&o);
    assert_eq!(all[0]["encoding"], "UTF-16LE");
    assert_eq!(all[1]["encoding"], "windows-1252");
    assert_eq!(all[1]["title"], "Café Owners Protest Rent Rise");
    assert!(all[1]["text"].as_str().unwrap().contains("José Peña"));
}

#[test]
fn binary_and_empty_files_are_skipped_with_the_reason() {
    let o = byline(&[
        "extract",
        &fixture("binary.txt"),
        &fixture("formats/empty.txt"),
        &fixture("strike.txt"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "skips are not failures: {}",
        err(&o)
    );
    let e = err(&o);
    assert!(e.contains("binary.txt: skipped: a binary file"), "{e}");
    assert!(e.contains("empty.txt: skipped: the file is empty"), "{e}");
    assert_eq!(json(&o).as_array().unwrap().len(), 1);
}

#[test]
fn symlink_loops_end_and_unreadable_files_are_errors_that_name_them() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("sub")).unwrap();
    std::fs::copy(common::fixture("strike.txt"), d.join("sub/strike.txt")).unwrap();
    std::os::unix::fs::symlink(d, d.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("broken.txt")).unwrap();
    let o = byline(&["extract", "--format", "jsonl", d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).lines().count(),
        1,
        "loop read once"
    );
    let e = err(&o);
    assert!(e.contains("broken.txt: No such file or directory"), "{e}");
    // A file without read permission (root reads everything, so only as another user).
    let locked = d.join("locked.txt");
    std::fs::write(&locked, "Title\n\nBody.").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_err() {
        let o = byline(&["extract", locked.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1));
        assert!(
            err(&o).contains("locked.txt: Permission denied"),
            "{}",
            err(&o)
        );
    } else {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "skipped the permission check: running as a user who reads every file"
        );
    }
}

#[test]
fn stdin_with_a_format() {
    let o = byline_with_stdin(
        &["extract", "--input-format", "markdown", "-"],
        b"# Piped In\n\n\"Hello,\" said Ana Ruiz.\n",
    );
    assert!(o.status.success(), "{}", err(&o));
    let a = &json(&o)[0];
    assert_eq!(a["path"], "-");
    assert_eq!(a["title"], "Piped In");
    assert_eq!(a["text"], "“Hello,” said Ana Ruiz.");
}

#[test]
fn cat_prints_every_feed_entry_and_reads_stdin() {
    let o = byline(&[
        "cat",
        "--no-pager",
        "--color",
        "never",
        &fixture("formats/harbour.rss"),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    for title in [
        "Gull Island Jetty Repaired",
        "Fish Market Opens Early",
        "Harbour Regatta Date Set",
    ] {
        assert!(out.contains(title), "{title}: {out}");
    }
    let page = std::fs::read(common::fixture("formats/ferry.html")).unwrap();
    let o = byline_with_stdin(&[CAT_AS_HTML, &["-"]].concat(), &page);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.starts_with("Night Ferry Returns After Ten Years"),
        "{out}"
    );
    assert!(out.contains("Mara Olsen"), "{out}");
}

#[test]
fn input_format_applies_to_named_files_in_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("saved-page.txt");
    std::fs::copy(common::fixture("formats/ferry.html"), &odd).unwrap();
    let odd = odd.to_str().unwrap();
    let q = byline(&["quotes", "--with-text", "--input-format", "html", odd]);
    assert!(q.status.success(), "{}", err(&q));
    let text = json(&q)[0]["text"].as_str().unwrap().to_owned();
    assert!(text.starts_with("The night ferry"), "{text}");
    let e = byline(&["extract", "--input-format", "html", odd]);
    assert_eq!(json(&e)[0]["text"].as_str().unwrap(), text);
    let c = byline(&[CAT_AS_HTML, &[odd]].concat());
    let out = String::from_utf8_lossy(&c.stdout);
    assert!(
        out.starts_with("Night Ferry Returns After Ten Years"),
        "{out}"
    );
}

#[test]
fn labels_are_never_doubled() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("doubled.md");
    std::fs::write(
        &md,
        "---\ntitle: Pier Story\nauthor: By Ana Diaz\n---\n\n\
         ![Boats at dawn](boats.jpg \"Photo: Ivo Brandt/Harbourline\")\n\n\"We sail,\" Lund said.\n",
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["cat", "--color", "never", "--no-pager"])
        .arg(&md)
        .env("BYLINE_CONFIG", "")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("By Ana Diaz"), "{text}");
    assert!(!text.contains("By By"), "{text}");
    assert!(text.contains("Photo: Ivo Brandt/Harbourline"), "{text}");
    assert!(!text.contains("Photo: Photo:"), "{text}");
}
