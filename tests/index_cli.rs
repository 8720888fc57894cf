//! `byline index` on the real binary: building, refreshing, stats, clearing, a broken index
//! file, and analyses imported from shards run with GNU parallel.

use byline::index::{self, Index};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn byline(ix: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("BYLINE_INDEX", ix)
        .env("BYLINE_CONFIG", "")
        .env("XDG_CONFIG_HOME", "/nonexistent/byline-test")
        .output()
        .unwrap()
}

fn stats(ix: &Path) -> serde_json::Value {
    let o = byline(ix, &["index", "--stats", "--json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn summary_line(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A folder of articles in three formats.
fn library(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for k in 0..n {
        let body = format!(
            "Story {k}\n\n“The pier {k} will reopen,” said Pia Lund. Nora Quist said the vote was close.\n"
        );
        let name = match k % 3 {
            0 => format!("s{k}.txt"),
            1 => format!("s{k}.md"),
            _ => format!("s{k}.html"),
        };
        let text = match k % 3 {
            2 => format!(
                "<html><head><title>Story {k}</title></head><body><article><h1>Story {k}</h1><p>“The pier {k} will reopen,” said Pia Lund. Nora Quist said the vote was close.</p></article></body></html>"
            ),
            _ => body,
        };
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

#[test]
fn builds_refreshes_and_forgets() {
    let lib = library(6);
    let ixdir = tempfile::tempdir().unwrap();
    let ix = ixdir.path().join("i/index.sqlite");
    let dir = lib.path().to_str().unwrap();
    let first = summary_line(&byline(&ix, &["index", dir]));
    assert!(first.contains("6 analysed"), "{first}");
    let s = stats(&ix);
    assert_eq!(s["files"], 6);
    assert_eq!(s["articles"], 6);
    assert_eq!(s["quoted"], 6);
    assert!(s["reported"].as_u64().unwrap() >= 6, "{s}");
    // Nothing changed: nothing read.
    let again = summary_line(&byline(&ix, &["index", dir]));
    assert!(again.contains("0 analysed, 6 unchanged"), "{again}");
    // Written again with the same bytes: its time is taken, it is not analysed.
    let f = lib.path().join("s0.txt");
    let bytes = std::fs::read(&f).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&f, &bytes).unwrap();
    let touched = summary_line(&byline(&ix, &["index", dir]));
    assert!(touched.contains("0 analysed, 6 unchanged"), "{touched}");
    // Changed: read again, and only it.
    std::fs::write(&f, "Story Zero\n\nNothing said here.\n").unwrap();
    let changed = summary_line(&byline(&ix, &["index", dir]));
    assert!(changed.contains("1 analysed, 5 unchanged"), "{changed}");
    assert_eq!(stats(&ix)["quoted"], 5);
    // Deleted: forgotten.
    std::fs::remove_file(lib.path().join("s1.md")).unwrap();
    let gone = summary_line(&byline(&ix, &["index", dir]));
    assert!(gone.contains("1 gone"), "{gone}");
    assert_eq!(stats(&ix)["files"], 5);
    // Commands over a folder draw no progress bar into a pipe.
    for cmd in [
        &["quotes", "--format", "csv"][..],
        &["extract", "--format", "jsonl"],
        &["voices"],
    ] {
        let mut args = cmd.to_vec();
        args.push(dir);
        let o = byline(&ix, &args);
        assert!(
            o.status.success() && o.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    // Quiet means quiet.
    let quiet = byline(&ix, &["index", "--quiet", dir]);
    assert!(quiet.status.success() && quiet.stderr.is_empty());
    // Cleared: gone, and saying so.
    let cleared = byline(&ix, &["index", "--clear"]);
    assert!(cleared.status.success());
    assert!(String::from_utf8_lossy(&cleared.stderr).contains("removed"));
    assert!(!ix.exists());
}

#[test]
fn usage_errors_say_what_to_do() {
    let ixdir = tempfile::tempdir().unwrap();
    let ix = ixdir.path().join("index.sqlite");
    let o = byline(&ix, &["index"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--stats"));
    let o = byline(&ix, &["index", "/no/such/folder"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/no/such/folder"));
    let help = byline(&ix, &["index", "--help"]);
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        help.contains("BYLINE_INDEX") && help.contains("import"),
        "{help}"
    );
}

#[test]
fn a_broken_index_is_moved_aside_with_a_warning() {
    let lib = library(2);
    let ixdir = tempfile::tempdir().unwrap();
    let ix = ixdir.path().join("index.sqlite");
    std::fs::write(&ix, "these are not the pages you are looking for").unwrap();
    let o = byline(&ix, &["index", lib.path().to_str().unwrap()]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("warning") && err.contains("moved to"), "{err}");
    assert!(ixdir.path().join("index.sqlite.broken-1").exists());
    assert_eq!(stats(&ix)["articles"], 2);
}

#[test]
fn shards_analysed_with_gnu_parallel_import_as_a_local_build() {
    let have_parallel = Command::new("parallel")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have_parallel {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "skipped: GNU parallel is not installed (apt-get install parallel)"
        );
        return;
    }
    let lib = library(12);
    // Four shards, as an archive split across machines would be.
    let mut shards: Vec<PathBuf> = Vec::new();
    for k in 0..4 {
        let shard = lib.path().join(format!("shard{k}"));
        std::fs::create_dir(&shard).unwrap();
        shards.push(shard);
    }
    let files: Vec<PathBuf> = std::fs::read_dir(lib.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    for (k, f) in files.iter().enumerate() {
        std::fs::rename(f, shards[k % 4].join(f.file_name().unwrap())).unwrap();
    }
    let work = tempfile::tempdir().unwrap();
    let local = work.path().join("local.sqlite");
    let imported = work.path().join("imported.sqlite");
    // One built here.
    summary_line(&byline(&local, &["index", lib.path().to_str().unwrap()]));
    // One made of shards analysed by `parallel`, each writing JSON Lines, then imported.
    let bin = env!("CARGO_BIN_EXE_byline");
    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let status = Command::new("parallel")
        .args([
            "--will-cite",
            "-j",
            "4",
            &format!(
                "{bin} quotes --format jsonl --with-text {{}} > {}/{{#}}.jsonl",
                out.display()
            ),
            ":::",
        ])
        .args(&shards)
        .env("BYLINE_CONFIG", "")
        .env("XDG_CONFIG_HOME", "/nonexistent/byline-test")
        .status()
        .unwrap();
    assert!(status.success());
    let mut parts: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    parts.sort();
    assert_eq!(parts.len(), 4);
    let mut args = vec!["index", "import"];
    args.extend(parts.iter().map(String::as_str));
    let o = byline(&imported, &args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // The same answers: counts, and every article's analysis and search.
    let (a, b) = (stats(&local), stats(&imported));
    for field in ["files", "articles", "quoted", "reported", "failed"] {
        assert_eq!(a[field], b[field], "{field}: {a} vs {b}");
    }
    let version = index::version(byline::quotes::lexicon::Outlets::builtin());
    let a = Index::open(&local, &version).unwrap().index;
    let b = Index::open(&imported, &version).unwrap().index;
    let (mut sa, mut sb) = (a.summaries().unwrap(), b.summaries().unwrap());
    sa.sort_by(|x, y| x.path.cmp(&y.path));
    sb.sort_by(|x, y| x.path.cmp(&y.path));
    assert_eq!(sa, sb);
    for s in &sa {
        let (x, y) = (
            a.load(&s.path, s.item).unwrap().unwrap(),
            b.load(&s.path, s.item).unwrap().unwrap(),
        );
        assert_eq!(x.analysis, y.analysis, "{}", s.path);
        assert_eq!(x.article.text, y.article.text);
        assert_eq!(x.article.blocks, y.article.blocks);
    }
    assert_eq!(
        a.search("pier 7", 10).unwrap().len(),
        b.search("pier 7", 10).unwrap().len()
    );
    // A line that points outside its text is refused with its place, the rest imported.
    let bad = work.path().join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"path\":\"x.txt\",\"title\":\"X\",\"quotes\":[{\"id\":1,\"kind\":\"direct\",\"start\":0,\"end\":99,\"paragraph\":0,\"group\":1,\"speaker\":null,\"cue\":null,\"via\":null}],\"text\":\"short\"}\nnot json\n",
    )
    .unwrap();
    let o = byline(&imported, &["index", "import", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("bad.jsonl:1:") && err.contains("outside the text"),
        "{err}"
    );
    assert!(err.contains("bad.jsonl:2:"), "{err}");
}
