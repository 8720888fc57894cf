use super::*;
use crate::article::Article;
use crate::quotes::analyse;

fn article(path: &str, outlet: Option<&str>, text: &str) -> (ArticleRef, Analysis) {
    let a: Article = crate::load::bytes_to_article(path, text.as_bytes()).unwrap();
    let analysis = analyse(&a);
    (
        ArticleRef {
            path: path.into(),
            title: a.title.clone(),
            date: None,
            outlet: outlet.map(str::to_owned),
        },
        analysis,
    )
}

#[test]
fn one_voice_across_articles_counted_apart() {
    let mut t = Tally::default();
    let (a, an) = article(
        "a.txt",
        Some("Valley Courier"),
        "Ferry Vote\n\nGrace Okafor, the harbour master, said the ferry would run in May. \
         \"We are ready,\" Okafor said.\n",
    );
    t.add(&a, &an);
    let (b, bn) = article(
        "b.txt",
        Some("Coast Daily"),
        "Pier Plan\n\n\"The pier is safe,\" said Grace Okafor. Nora Quist said the vote was close.\n",
    );
    t.add(&b, &bn);
    let voices = t.voices();
    let okafor = voices
        .iter()
        .find(|v| v.name == "Grace Okafor")
        .expect("one voice");
    assert_eq!(okafor.articles, 2);
    assert_eq!(okafor.quoted, 2, "{voices:?}");
    assert_eq!(okafor.reported, 1, "{voices:?}");
    assert!(okafor.aliases.iter().any(|a| a == "Okafor"), "{okafor:?}");
    assert_eq!(voices[0].name, "Grace Okafor", "most heard first");
    let quist = voices.iter().find(|v| v.name == "Nora Quist").unwrap();
    assert_eq!((quist.quoted, quist.reported, quist.articles), (0, 1, 1));
    let rows = t.by_outlet();
    assert_eq!(rows.len(), 2);
    let coast = rows.iter().find(|r| r.outlet == "Coast Daily").unwrap();
    assert_eq!((coast.articles, coast.voices, coast.quoted), (1, 2, 1));
}

fn r(path: &str) -> ArticleRef {
    ArticleRef {
        path: path.into(),
        title: format!("Title of {path}"),
        ..ArticleRef::default()
    }
}

#[test]
fn a_quotation_reworded_as_it_travels_is_found_with_its_changed_words() {
    let quotes = vec![
        (
            r("a"),
            "We will not close the pier this winter, whatever the council decides.".to_owned(),
        ),
        (
            r("b"),
            "We will not shut the pier this winter, whatever the council decides.".to_owned(),
        ),
        (
            r("c"),
            "We will not close the pier this winter, whatever the council decides.".to_owned(),
        ),
        // Another quotation that shares a few words only.
        (
            r("d"),
            "The council decides nothing this winter about the old ferry line.".to_owned(),
        ),
        // The same article twice is no travelling.
        (
            r("d"),
            "Prices at the market rose by a third over the summer months.".to_owned(),
        ),
        (
            r("d"),
            "Prices at the market rose by a third over the summer months.".to_owned(),
        ),
        // Too short to say.
        (r("e"), "Not this winter.".to_owned()),
        (r("f"), "Not this winter.".to_owned()),
    ];
    let found = reused(&quotes);
    assert_eq!(found.len(), 1, "{found:?}");
    let g = &found[0];
    assert_eq!(g.text, quotes[0].1, "the wording most articles give");
    let paths: Vec<&str> = g.articles.iter().map(|a| a.path.as_str()).collect();
    assert_eq!(paths, vec!["a", "b", "c"]);
    assert_eq!(g.articles[1].differs, vec!["shut"]);
    assert!(g.articles[0].differs.is_empty());
}

#[test]
fn words_added_and_dropped_are_told_apart() {
    let common = words("the ferry will run in may");
    assert_eq!(
        differs("The ferry will surely run in May.", &common),
        vec!["surely"]
    );
    assert!(
        differs("the ferry will run", &common).is_empty(),
        "dropped words are not its own"
    );
    assert_eq!(differs("", &common), Vec::<String>::new());
}

#[test]
fn a_wording_with_a_word_changed_is_the_same_quotation() {
    let a = Wording::new("We are ready to sail the moment the ice breaks on the bay.");
    let b = Wording::new("“We are ready to sail the moment the ice clears on the bay,”");
    let c = Wording::new("The ferry timetable will be printed again in the spring.");
    let short = Wording::new("We are ready.");
    assert!(a.same(&b) && b.same(&a));
    assert!(!a.same(&c));
    assert!(!short.same(&short), "short phrases recur by chance");
    assert_eq!(
        a.differs("We are ready to sail the moment the ice clears on the bay"),
        vec!["clears"]
    );
}

#[test]
fn the_book_counts_as_the_tally_does_and_takes_in_another() {
    let (a, an) = article(
        "a.txt",
        None,
        "Ferry Vote\n\nGrace Okafor, the harbour master, said the ferry would run in May. \
         \"We are ready,\" Okafor said.\n",
    );
    let (b, bn) = article(
        "b.txt",
        None,
        "Pier Plan\n\n\"The pier is safe,\" said Grace Okafor. Nora Quist said the vote was close.\n",
    );
    let mut t = Tally::default();
    t.add(&a, &an);
    t.add(&b, &bn);
    let mut book = Book::default();
    let heard = [book.heard_in(&an), book.heard_in(&bn)];
    let listed: Vec<Voice> = book
        .tally(heard.iter())
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    assert_eq!(listed, t.voices());
    // Another book's numbers, taken in, name the same voices.
    let mut other = Book::default();
    let theirs = other.heard_in(&bn);
    let remap = book.absorb(&other);
    for (id, _, _) in &theirs.0 {
        assert_eq!(other.name(*id), book.name(remap[*id as usize]));
    }
    let kinds = book.by_kind(heard.iter());
    assert_eq!(kinds.len(), 1);
    assert_eq!(kinds[0].label, "people");
    let total: usize = listed.iter().map(|v| v.quoted + v.reported).sum();
    assert_eq!(kinds[0].quoted + kinds[0].reported, total);
}

/// What a source said is its speech quotations in text order: looked up by id, the same as a
/// scan of the article's quotations for each of the source's would find.
#[test]
fn what_a_source_said_is_its_speech_in_text_order() {
    for origin in crate::library::samples() {
        let l = crate::library::load(&origin, crate::quotes::lexicon::Outlets::builtin()).unwrap();
        assert!(!l.analysis.sources.is_empty());
        for source in &l.analysis.sources {
            let scanned: Vec<usize> = l
                .analysis
                .quotes
                .iter()
                .filter(|q| q.kind.is_speech() && source.quotes.contains(&q.id))
                .map(|q| q.id)
                .collect();
            let said: Vec<usize> = said_of(&l, source).iter().map(|s| s.quote).collect();
            assert_eq!(said, scanned, "{}", source.name);
        }
    }
}
