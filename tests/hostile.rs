//! Hostile and broken files, as a library folder may hold them: each case is built here, at run
//! time, and the real binary is run on it with a time limit and a memory limit. Every case must
//! end in time, within its memory, with the other articles still read and no raw control
//! character in what a person reads.

#![cfg(unix)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a limited run came to.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    /// The child's peak resident memory, in megabytes.
    peak_mb: u64,
}

/// Runs `byline ARGS` with at most `seconds` of wall time and `mb` of address space (the
/// shell's `ulimit -v`), and measures its peak memory with `wait4`. Fails the test on a time-out.
#[expect(
    clippy::zombie_processes,
    reason = "the child is reaped by wait4, which also gives its peak memory"
)]
fn run_limited(args: &[&str], config: Option<&Path>, seconds: u64, mb: u64) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let (out_path, err_path) = (dir.path().join("out"), dir.path().join("err"));
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("ulimit -v {}; exec \"$0\" \"$@\"", mb * 1024))
        .arg(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env(
            "BYLINE_CONFIG",
            config.map_or(PathBuf::new(), Path::to_path_buf),
        )
        .env("BYLINE_STATE", dir.path().join("state.json"))
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap());
    let child = cmd.spawn().unwrap();
    let pid = child.id() as libc::pid_t;
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `pid` is this test's own child, waited for only here.
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if r == pid {
            break;
        }
        assert!(r == 0, "wait4 failed");
        if Instant::now() > deadline {
            // SAFETY: the child has not been reaped, so the pid is still ours.
            unsafe {
                libc::kill(pid, libc::SIGKILL);
                libc::wait4(pid, &mut status, 0, &mut usage);
            }
            panic!("byline {args:?} ran past {seconds} s");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    Run {
        code,
        stdout: std::fs::read_to_string(&out_path).unwrap_or_default(),
        stderr: std::fs::read_to_string(&err_path).unwrap_or_default(),
        peak_mb: usage.ru_maxrss as u64 / 1024,
    }
}

fn assert_printable(what: &str, text: &str) {
    let bad = text.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t') || ('\u{202a}'..='\u{202e}').contains(&c)
    });
    assert!(bad.is_none(), "{what}: raw {bad:?} in {text:?}");
}

/// A folder with one good article, to check the rest is still read.
fn library_with_good_article() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("good.txt"),
        "A Good Article\n\n\"It still reads,\" said Ana Diaz.\n",
    )
    .unwrap();
    dir
}

#[test]
fn deeply_nested_html_is_read_quickly() {
    let dir = library_with_good_article();
    let unclosed = format!(
        "<html><body>{}text</body></html>",
        "<div><span><b>".repeat(20_000)
    );
    std::fs::write(dir.path().join("unclosed.html"), unclosed).unwrap();
    let nested = format!(
        "<html><body>{}deep{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    std::fs::write(dir.path().join("nested.html"), nested).unwrap();
    let run = run_limited(
        &["extract", "--format", "text", dir.path().to_str().unwrap()],
        None,
        30,
        2048,
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    for word in ["text", "deep", "It still reads"] {
        assert!(run.stdout.contains(word), "{word}: {}", run.stdout);
    }
    assert!(run.peak_mb < 400, "{} MB", run.peak_mb);
}

#[test]
fn what_is_not_a_file_or_too_big_is_skipped_with_the_reason() {
    let dir = library_with_good_article();
    let d = dir.path();
    let fifo = d.join("article.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    std::os::unix::fs::symlink("/dev/zero", d.join("zero.txt")).unwrap();
    let sparse = std::fs::File::create(d.join("sparse.txt")).unwrap();
    sparse.set_len(1 << 30).unwrap();
    let run = run_limited(
        &["quotes", "--format", "jsonl", d.to_str().unwrap()],
        None,
        30,
        1024,
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("It still reads"), "{}", run.stdout);
    assert!(
        run.stderr
            .contains("zero.txt: skipped: not a regular file (a device)")
    );
    assert!(
        run.stderr
            .contains("sparse.txt: skipped: 1.0 GB is over the 64 MB limit")
    );
    if made.is_ok_and(|s| s.success()) {
        assert!(
            run.stderr
                .contains("article.txt: skipped: not a regular file (a named pipe)")
        );
    } else {
        eprintln!("skipped the named-pipe case: mkfifo is not available");
    }
    assert!(run.peak_mb < 200, "{} MB", run.peak_mb);
}

#[test]
fn a_gzip_bomb_is_skipped_at_the_configured_limit() {
    let dir = library_with_good_article();
    let d = dir.path();
    // 40 MB of quotable text packs into well under 1 MB.
    let line = "\"We never said that,\" the spokesman said. \"Not once.\"\n\n";
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    for _ in 0..(40 << 20) / line.len() {
        gz.write_all(line.as_bytes()).unwrap();
    }
    std::fs::write(d.join("bomb.txt.gz"), gz.finish().unwrap()).unwrap();
    let config = d.join("config.toml");
    std::fs::write(&config, "[limits]\nmax_unpacked_mb = 8\n").unwrap();
    let run = run_limited(
        &["quotes", "--format", "jsonl", d.to_str().unwrap()],
        Some(&config),
        30,
        1024,
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("It still reads"));
    assert!(
        run.stderr
            .contains("bomb.txt.gz: skipped: it unpacks to more than the 8.0 MB limit"),
        "{}",
        run.stderr
    );
    assert!(run.peak_mb < 200, "{} MB", run.peak_mb);
}

#[test]
fn a_text_of_quote_marks_takes_memory_in_proportion() {
    let dir = tempfile::tempdir().unwrap();
    // 4 MB of marks of every kind, in one paragraph: the worst case for the analysis.
    let marks = ['"', '“', '”', '„', '«', '»', '\'', '‘', '’', ' ', 'a'];
    let mut state = 7u32;
    let body: String = (0..2_000_000)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            marks[(state >> 16) as usize % marks.len()]
        })
        .collect();
    let path = dir.path().join("marks.txt");
    std::fs::write(&path, format!("Marks\n\n{body}\n")).unwrap();
    let size_mb = std::fs::metadata(&path).unwrap().len() >> 20;
    let run = run_limited(
        &["quotes", "--format", "jsonl", path.to_str().unwrap()],
        None,
        60,
        2048,
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.peak_mb < 40 * size_mb.max(1),
        "{} MB for a {size_mb} MB file",
        run.peak_mb
    );
}

#[test]
fn escapes_in_file_names_and_text_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let name = dir.path().join("evil\u{1b}]0;owned\u{7}.txt");
    std::fs::write(
        &name,
        "Title\u{1b}[2J\n\n\"Run \u{1b}[201~this\u{9b}\u{202e},\" said Ana Diaz.\n",
    )
    .unwrap();
    let p = name.to_str().unwrap();
    for args in [
        vec!["quotes", "--format", "markdown", p],
        vec!["quotes", "--format", "csv", p],
        vec!["extract", "--format", "text", p],
        vec!["cat", "--color", "never", "--no-pager", p],
    ] {
        let run = run_limited(&args, None, 20, 1024);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert_printable(&format!("{args:?}"), &run.stdout);
    }
    let missing = dir.path().join("gone\u{1b}]0;x\u{7}.txt");
    let run = run_limited(&["cat", missing.to_str().unwrap()], None, 20, 1024);
    assert_ne!(run.code, Some(0));
    assert_printable("error", &run.stderr);
}

/// Found by `scripts/fuzz` (the analysis target): an appositive left empty by two commas in a
/// row after a quotation panicked while slicing its words.
#[test]
fn an_empty_appositive_after_a_quotation_does_not_panic() {
    let analyse = |text: &str| {
        let article = byline::load::text::parse("t.txt", text.to_owned(), "UTF-8");
        byline::quotes::analyse(&article)
    };
    // The shape, invented: a quotation, a name, then ", ," before the verb.
    let _ = analyse("T\n\n\"We sail,\" Ana Diaz, , said.\n");
    // The fuzzer's input as it found it.
    let found = b"n;iMg:S\n:\":\"l\x08:\"\x0ca,\x0c\nruling:S\n:\"MM\n\x08:\"\x0ca,\x0c,\x0c\nruling:S\n:\"MM\n\x08:\"\x0ca,\x0c\nrul\nSg:n\"lBBBBBBB\x08:B\"";
    let _ = analyse(&String::from_utf8_lossy(found));
}
