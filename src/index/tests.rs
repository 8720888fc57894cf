use super::*;
use crate::library::{self, Origin};

fn sample(name: &'static str) -> Loaded {
    library::load(&Origin::Sample(name), Outlets::builtin()).unwrap()
}

fn stamp(n: i64) -> Stamp {
    Stamp {
        size: 10,
        mtime: n,
        hash: 7,
    }
}

#[test]
fn an_article_comes_back_as_it_was_stored() {
    let mut ix = Index::in_memory("v1").unwrap();
    for (name, _) in library::SAMPLES {
        let l = sample(name);
        ix.put(
            name,
            stamp(1),
            &Stored::Articles(vec![std::sync::Arc::new(l.clone())]),
        )
        .unwrap();
        let back = ix.load(name, 0).unwrap().expect("stored");
        assert_eq!(back.article, l.article, "{name}");
        assert_eq!(back.analysis, l.analysis, "{name}");
    }
    let all = ix.summaries().unwrap();
    assert_eq!(all.len(), library::SAMPLES.len());
    let (name, _) = library::SAMPLES[0];
    let first = all.iter().find(|s| s.path == name).unwrap();
    let l = sample(name);
    assert_eq!(first.title, l.article.title);
    assert_eq!(first.quoted, l.analysis.quotations().count());
    assert_eq!(first.reported, l.analysis.reported().count());
}

#[test]
fn freshness_follows_size_time_content_and_version() {
    let mut ix = Index::in_memory("v1").unwrap();
    let l = std::sync::Arc::new(sample(library::SAMPLES[0].0));
    assert!(!ix.stamps().unwrap().contains_key("a.txt"));
    assert!(ix.fresh("a.txt", stamp(1)).unwrap().is_none());
    ix.put("a.txt", stamp(1), &Stored::Articles(vec![l.clone()]))
        .unwrap();
    let (stored, current) = ix.stamps().unwrap()["a.txt"];
    assert!(current && stored.unchanged(&stamp(1)) && !stored.unchanged(&stamp(2)));
    assert_eq!(
        ix.fresh("a.txt", stamp(1)).unwrap().unwrap()[0].title,
        l.article.title
    );
    assert!(ix.fresh("a.txt", stamp(2)).unwrap().is_none());
    // Touched, same bytes: the new time is taken, nothing is analysed again.
    ix.touch("a.txt", stamp(2)).unwrap();
    assert!(ix.fresh("a.txt", stamp(2)).unwrap().is_some());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("b.txt");
    std::fs::write(&file, "A Title\n\nSome words.\n").unwrap();
    let Reading::Read(first, Stored::Articles(_)) = read_file(&file, None, Outlets::builtin())
    else {
        panic!("read and analysed");
    };
    assert!(matches!(
        read_file(&file, Some(first.hash), Outlets::builtin()),
        Reading::Unchanged(s) if s.hash == first.hash
    ));
    std::fs::write(&file, "A Title\n\nOther words.\n").unwrap();
    assert!(matches!(
        read_file(&file, Some(first.hash), Outlets::builtin()),
        Reading::Read(..)
    ));
    // Another analysis version sees nothing current, and lists nothing.
    let conn = std::mem::replace(&mut ix.conn, Connection::open_in_memory().unwrap());
    let other = Index {
        conn,
        path: ix.path.clone(),
        version: "v2".into(),
    };
    assert!(!other.stamps().unwrap()["a.txt"].1);
    assert!(other.fresh("a.txt", stamp(2)).unwrap().is_none());
    assert_eq!(other.stats().unwrap().outdated, 1);
    assert!(other.stored("a.txt").unwrap().is_none());
}

#[test]
fn search_finds_words_in_text_and_voices_and_takes_any_query() {
    let mut ix = Index::in_memory("v1").unwrap();
    let mut l = sample(library::SAMPLES[0].0);
    l.article.text.push_str("\n\nA zeppelinfield appears once.");
    ix.put(
        "one.txt",
        stamp(1),
        &Stored::Articles(vec![std::sync::Arc::new(l.clone())]),
    )
    .unwrap();
    let hits = ix.search("zeppelinfield", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].path, "one.txt");
    assert!(
        hits[0].snippet.contains("\u{1}zeppelinfield\u{2}"),
        "{hits:?}"
    );
    // A speaker's name finds the article.
    let name = l
        .analysis
        .speech()
        .find_map(|q| q.speaker.as_ref())
        .map(|s| s.name.clone())
        .unwrap();
    let last = name.split_whitespace().last().unwrap();
    assert!(!ix.search(last, 10).unwrap().is_empty(), "{last}");
    assert_eq!(ix.search("zeppelin*", 10).unwrap().len(), 1);
    // A name the text does not hold finds the article; the words shown are the text's.
    let mut named = sample(library::SAMPLES[1].0);
    named.analysis.sources.push(crate::article::Source {
        name: "Zorblat Quince".into(),
        kind: crate::article::SourceKind::Person,
        description: None,
        aliases: Vec::new(),
        quotes: Vec::new(),
    });
    ix.put(
        "two.txt",
        stamp(1),
        &Stored::Articles(vec![std::sync::Arc::new(named)]),
    )
    .unwrap();
    let hits = ix.search("zorblat", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(!hits[0].snippet.contains("Zorblat"), "{hits:?}");
    assert!(!hits[0].snippet.is_empty());
    for odd in [
        "AND",
        "\"",
        "a OR (b",
        "NEAR(x y)",
        "*",
        "col:word",
        "-x",
        "",
    ] {
        assert!(ix.search(odd, 10).is_ok(), "{odd}");
    }
    ix.remove("one.txt").unwrap();
    assert!(ix.search("zeppelinfield", 10).unwrap().is_empty());
    assert!(ix.load("one.txt", 0).unwrap().is_none());
}

#[test]
fn a_changed_file_replaces_what_was_stored() {
    let mut ix = Index::in_memory("v1").unwrap();
    let a = sample(library::SAMPLES[0].0);
    let b = sample(library::SAMPLES[1].0);
    ix.put(
        "x.txt",
        stamp(1),
        &Stored::Articles(vec![std::sync::Arc::new(a)]),
    )
    .unwrap();
    ix.put(
        "x.txt",
        stamp(2),
        &Stored::Articles(vec![std::sync::Arc::new(b.clone())]),
    )
    .unwrap();
    assert_eq!(ix.summaries().unwrap().len(), 1);
    assert_eq!(ix.load("x.txt", 0).unwrap().unwrap().article, b.article);
    ix.put(
        "x.txt",
        stamp(3),
        &Stored::Failed("x.txt: unreadable".into()),
    )
    .unwrap();
    assert!(ix.summaries().unwrap().is_empty());
    assert!(
        matches!(ix.stored("x.txt").unwrap(), Some(Stored::Failed(m)) if m.contains("unreadable"))
    );
    let s = ix.stats().unwrap();
    assert_eq!((s.files, s.articles, s.failed), (1, 0, 1));
}

#[test]
fn feed_entries_are_numbered_from_one() {
    let mut ix = Index::in_memory("v1").unwrap();
    let mut entries: Vec<Loaded> = library::SAMPLES
        .iter()
        .take(2)
        .map(|(n, _)| sample(n))
        .collect();
    for e in &mut entries {
        e.article.meta.feed = Some("Harbour Weekly".into());
    }
    ix.put(
        "feed.xml",
        stamp(1),
        &Stored::Articles(entries.iter().cloned().map(std::sync::Arc::new).collect()),
    )
    .unwrap();
    let items: Vec<usize> = ix.summaries().unwrap().iter().map(|s| s.item).collect();
    assert_eq!(items, vec![1, 2]);
    assert_eq!(
        ix.load("feed.xml", 2).unwrap().unwrap().article,
        entries[1].article
    );
}

#[test]
fn a_file_that_is_no_index_is_moved_aside_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/index.sqlite");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, b"not a database at all, but someone's notes").unwrap();
    let opened = Index::open(&path, "v1").unwrap();
    let warning = opened.warning.expect("a warning");
    assert!(warning.contains("moved to"), "{warning}");
    let aside = path.with_file_name("index.sqlite.broken-1");
    assert_eq!(
        std::fs::read(&aside).unwrap(),
        b"not a database at all, but someone's notes"
    );
    drop(opened.index);
    // Another program's database is kept too.
    let other = dir.path().join("other.sqlite");
    Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let opened = Index::open(&other, "v1").unwrap();
    assert!(opened.warning.unwrap().contains("not byline's index"));
    assert!(other.with_file_name("other.sqlite.broken-1").exists());
    // A folder named by mistake is refused, and left where it is.
    let folder = dir.path().join("notes");
    std::fs::create_dir(&folder).unwrap();
    let err = Index::open(&folder, "v1").err().unwrap().to_string();
    assert!(err.contains("not a file"), "{err}");
    assert!(folder.is_dir());
    // A good index opens quietly, again and again.
    drop(opened.index);
    assert!(Index::open(&other, "v1").unwrap().warning.is_none());
}

#[test]
fn two_readers_share_one_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index.sqlite");
    let mut one = Index::open(&path, "v1").unwrap().index;
    let two = Index::open(&path, "v1").unwrap().index;
    one.put(
        "a.txt",
        stamp(1),
        &Stored::Articles(vec![std::sync::Arc::new(sample(library::SAMPLES[0].0))]),
    )
    .unwrap();
    assert_eq!(two.summaries().unwrap().len(), 1);
    assert!(two.fresh("a.txt", stamp(1)).unwrap().is_some());
    drop((one, two));
    assert!(clear(&path).unwrap());
    assert!(!path.exists());
    assert!(!clear(&path).unwrap());
}

#[test]
fn the_version_changes_with_the_outlet_table() {
    let builtin = version(Outlets::builtin());
    assert!(builtin.starts_with(BUILD_VERSION));
    assert_eq!(version(Outlets::builtin()), builtin);
    let more = Outlets::with_extra(&[crate::quotes::lexicon::OutletEntry {
        name: "Valley Courier".into(),
        aliases: vec!["VC".into()],
    }]);
    assert_ne!(version(&more), builtin);
}

#[test]
fn every_voice_and_what_it_said_come_back_from_the_index() {
    let mut ix = Index::in_memory("v1").unwrap();
    let mut book = crate::voices::Book::default();
    let mut heard = Vec::new();
    for (name, _) in library::SAMPLES {
        let l = sample(name);
        heard.push((name.to_string(), book.heard_in(&l.analysis)));
        ix.put(
            name,
            stamp(1),
            &Stored::Articles(vec![std::sync::Arc::new(l)]),
        )
        .unwrap();
    }
    // The index's voices rank as the articles' own do.
    let (stored_book, stored) = ix.heard_all().unwrap();
    assert_eq!(stored.len(), library::SAMPLES.len());
    let from_index = stored_book.tally(stored.iter().map(|(_, _, h)| h));
    let from_memory = book.tally(heard.iter().map(|(_, h)| h));
    let names = |v: &[(crate::voices::VoiceId, crate::voices::Voice)]| {
        v.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>()
    };
    assert_eq!(names(&from_index), names(&from_memory));
    // The most heard voice: its statements, as each article's analysis has them.
    let (_, top) = &from_memory[0];
    let folded = crate::voices::folded(&top.name);
    let found = ix.said_by((&folded, top.kind.as_str()), 0, 100).unwrap();
    assert_eq!(found.len(), top.articles);
    // A page at a time: the rows after the first page's last.
    let first = ix.said_by((&folded, top.kind.as_str()), 0, 1).unwrap();
    let rest = ix
        .said_by((&folded, top.kind.as_str()), first[0].row, 100)
        .unwrap();
    assert_eq!(first.len() + rest.len(), found.len());
    assert_eq!(rest, found[1..]);
    let mut said = 0;
    for s in &found {
        let l = sample(
            library::SAMPLES
                .iter()
                .find(|(n, _)| *n == s.path)
                .unwrap()
                .0,
        );
        assert_eq!(s.said, crate::voices::said_by(&l, &folded, top.kind));
        assert_eq!(s.title, l.article.title);
        said += s.said.len();
    }
    assert_eq!(said, top.quoted + top.reported);
}

/// Quitting the reader waits a bounded time for the writer: a worker still holding a sender
/// (an analysis in flight) does not keep it waiting; what was queued before is stored.
#[test]
fn finishing_within_a_time_does_not_wait_on_senders_still_held() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index.sqlite");
    let ix = Index::open(&path, "v1").unwrap().index;
    let mut writer = writer::Writer::spawn(ix);
    let (name, _) = library::SAMPLES[0];
    let stored = Stored::Articles(vec![std::sync::Arc::new(sample(name))]);
    writer.put(name.to_owned(), stamp(1), stored);
    assert!(writer.sync(std::time::Duration::from_secs(30)));
    let held = writer.sender().expect("a sender for a worker");
    let (done, finished) = std::sync::mpsc::channel();
    let waiting = std::thread::spawn(move || {
        writer.finish_within(std::time::Duration::from_millis(50));
        let _ = done.send(());
    });
    finished
        .recv_timeout(std::time::Duration::from_secs(30))
        .expect("finish_within returned while a sender was still held");
    waiting.join().unwrap();
    drop(held);
    let back = Index::open(&path, "v1").unwrap().index;
    assert!(
        back.load(name, 0).unwrap().is_some(),
        "what was queued is stored"
    );
}

/// A second reader opens an index while another holds a long write transaction on it: it
/// reads without waiting for the writer, and never takes the busy file for a broken one.
#[test]
fn an_index_busy_with_a_long_write_opens_and_is_not_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index.sqlite");
    let first = Index::open(&path, "v1").unwrap().index;
    let (name, _) = library::SAMPLES[0];
    let stored = Stored::Articles(vec![std::sync::Arc::new(sample(name))]);
    let mut first = first;
    first.put(name, stamp(1), &stored).unwrap();
    // Another connection in the middle of a write.
    let writer = rusqlite::Connection::open(&path).unwrap();
    writer
        .execute_batch("BEGIN IMMEDIATE; DELETE FROM meta WHERE key = 'nothing';")
        .unwrap();
    let opened = Index::open(&path, "v1").unwrap();
    assert_eq!(opened.warning, None);
    assert!(opened.index.load(name, 0).unwrap().is_some());
    writer.execute_batch("COMMIT").unwrap();
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("broken")), "{names:?}");
}

/// A big article comes back in two steps: its text at once, its analysis decoded apart; the
/// two together are the article as stored.
#[test]
fn a_big_article_comes_back_text_first() {
    let mut ix = Index::in_memory("v1").unwrap();
    let (name, _) = library::SAMPLES[0];
    let l = sample(name);
    let stored = Stored::Articles(vec![std::sync::Arc::new(l.clone())]);
    ix.put(name, stamp(1), &stored).unwrap();
    let Some(Loading::Whole(whole)) = ix.load_early(name, 0, usize::MAX).unwrap() else {
        panic!("a small article comes whole");
    };
    assert_eq!(whole.analysis, l.analysis);
    let Some(Loading::Early(early, rest)) = ix.load_early(name, 0, 10).unwrap() else {
        panic!("a big article comes text first");
    };
    assert!(early.analysing);
    assert_eq!(early.article.text, l.article.text);
    assert_eq!(early.article.blocks, l.article.blocks);
    assert!(early.analysis.quotes.is_empty());
    let back = rest.finish().expect("the analysis reads");
    assert_eq!(back.article, l.article);
    assert_eq!(back.analysis, l.analysis);
    assert!(!back.analysing);
    assert!(ix.load_early("nothing.txt", 0, 10).unwrap().is_none());
}
