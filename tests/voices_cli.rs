//! `byline voices` on the real binary: its counts agree with `byline quotes` over the same
//! folder; a quotation planted in two articles with one word changed travels; by outlet.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Output};

fn byline(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("BYLINE_CONFIG", "")
        .env("XDG_CONFIG_HOME", "/nonexistent/byline-test")
        .env("BYLINE_INDEX", dir.join("index.sqlite"))
        .output()
        .unwrap()
}

fn library() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    std::fs::create_dir(&lib).unwrap();
    std::fs::write(
        lib.join("a.md"),
        "---\ntitle: Ferry Vote\noutlet: Valley Courier\n---\n\nGrace Okafor, the harbour master, said the ferry would run in May. \"We will not close the pier this winter, whatever the council decides,\" Okafor said.\n",
    )
    .unwrap();
    std::fs::write(
        lib.join("b.md"),
        "---\ntitle: Pier Plan\noutlet: Coast Daily\n---\n\n\"We will not shut the pier this winter, whatever the council decides,\" said Grace Okafor. Nora Quist said the vote was close.\n",
    )
    .unwrap();
    std::fs::write(
        lib.join("c.txt"),
        "Market Day\n\nStalls open at dawn, traders said. \"Prices rose by a third,\" said Ilse Varga.\n",
    )
    .unwrap();
    dir
}

#[test]
fn counts_agree_with_byline_quotes() {
    let dir = library();
    let lib = dir.path().join("lib");
    let lib = lib.to_str().unwrap();
    let q = byline(dir.path(), &["quotes", "--format", "json", lib]);
    assert!(q.status.success());
    let articles: serde_json::Value = serde_json::from_slice(&q.stdout).unwrap();
    // (name, kind) -> (quoted, reported, articles), from each article's sources.
    let mut want: HashMap<(String, String), (u64, u64, u64)> = HashMap::new();
    for a in articles.as_array().unwrap() {
        let kinds: HashMap<u64, String> = a["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| {
                (
                    q["id"].as_u64().unwrap(),
                    q["kind"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        for s in a["sources"].as_array().unwrap() {
            let (mut quoted, mut reported) = (0, 0);
            for id in s["quotes"].as_array().unwrap() {
                match kinds[&id.as_u64().unwrap()].as_str() {
                    "direct" | "partial" => quoted += 1,
                    "indirect" | "mixed" => reported += 1,
                    _ => {}
                }
            }
            if quoted + reported == 0 || s["kind"] == "photo agency" {
                continue;
            }
            let key = (
                s["name"].as_str().unwrap().to_lowercase(),
                s["kind"].as_str().unwrap().to_owned(),
            );
            let e = want.entry(key).or_default();
            e.0 += quoted;
            e.1 += reported;
            e.2 += 1;
        }
    }
    let mut outputs = Vec::new();
    for extra in [&["--no-index"][..], &[][..]] {
        if extra.is_empty() {
            // The second time from the index, which holds every file as it is.
            let built = byline(dir.path(), &["index", "--quiet", lib]);
            assert!(built.status.success());
        }
        let mut args = vec!["voices", "--format", "json"];
        args.extend_from_slice(extra);
        args.push(lib);
        let v = byline(dir.path(), &args);
        assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
        let got: serde_json::Value = serde_json::from_slice(&v.stdout).unwrap();
        let got: HashMap<(String, String), (u64, u64, u64)> = got["voices"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| {
                (
                    (
                        v["name"].as_str().unwrap().to_lowercase(),
                        v["kind"].as_str().unwrap().to_owned(),
                    ),
                    (
                        v["quoted"].as_u64().unwrap(),
                        v["reported"].as_u64().unwrap(),
                        v["articles"].as_u64().unwrap(),
                    ),
                )
            })
            .collect();
        outputs.push(v.stdout.clone());
        assert_eq!(got, want);
        assert_eq!(got[&("grace okafor".into(), "person".into())].2, 2);
    }
    // The index answers exactly as reading every file does, by outlet too.
    assert_eq!(
        String::from_utf8_lossy(&outputs[0]),
        String::from_utf8_lossy(&outputs[1])
    );
    let by = |extra: &[&str]| {
        let mut args = vec!["voices", "--by", "outlet", "--format", "json"];
        args.extend_from_slice(extra);
        args.push(lib);
        String::from_utf8_lossy(&byline(dir.path(), &args).stdout).into_owned()
    };
    assert_eq!(by(&["--no-index"]), by(&[]));
    // One file changed since it was indexed: the index counts the rest, the file is read.
    let changed = dir.path().join("lib/c.txt");
    std::fs::write(
        &changed,
        "Market Day\n\n\"Prices fell,\" said Ilse Varga. Grace Okafor said the stalls were full.\n",
    )
    .unwrap();
    let both = |extra: &[&str]| {
        let mut args = vec!["voices", "--format", "json"];
        args.extend_from_slice(extra);
        args.push(lib);
        String::from_utf8_lossy(&byline(dir.path(), &args).stdout).into_owned()
    };
    let (read, mixed) = (both(&["--no-index"]), both(&[]));
    assert_eq!(read, mixed);
    assert!(read.contains("\"articles\": 3"), "{read}");
}

#[test]
fn a_reworded_quotation_travels_and_outlets_are_counted() {
    let dir = library();
    let lib = dir.path().join("lib");
    let lib = lib.to_str().unwrap();
    let v = byline(dir.path(), &["voices", "--format", "json", "--reused", lib]);
    assert!(v.status.success());
    let got: serde_json::Value = serde_json::from_slice(&v.stdout).unwrap();
    let reused = got["reused"].as_array().unwrap();
    assert_eq!(reused.len(), 1, "{got}");
    let changed: Vec<&str> = reused[0]["articles"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["differs"].as_array().unwrap())
        .map(|w| w.as_str().unwrap())
        .collect();
    assert_eq!(changed.len(), 1, "{got}");
    assert!(["shut", "close"].contains(&changed[0]), "{changed:?}");
    let table = byline(dir.path(), &["voices", "--reused", lib]);
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(
        table.contains("Grace Okafor") && table.contains("differs in"),
        "{table}"
    );
    let o = byline(
        dir.path(),
        &["voices", "--by", "outlet", "--format", "json", lib],
    );
    let got: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let names: Vec<&str> = got["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outlet"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"Coast Daily") && names.contains(&"Valley Courier"),
        "{names:?}"
    );
    let csv = byline(
        dir.path(),
        &["voices", "--format", "csv", "--top", "1", lib],
    );
    let csv = String::from_utf8_lossy(&csv.stdout);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(csv.starts_with("name,kind,description,aliases,quoted,reported,articles"));
    let md = byline(dir.path(), &["voices", "--format", "markdown", lib]);
    assert!(String::from_utf8_lossy(&md.stdout).starts_with("| voice |"));
    let bad = byline(dir.path(), &["voices", "--reused", "--by", "outlet", lib]);
    assert_eq!(bad.status.code(), Some(2));
}
