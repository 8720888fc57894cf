//! Golden tests of the loader and the quotation analysis: the embedded samples (snapshots) and
//! the seed article against its gold analysis.

mod common;

use byline::article::{BlockKind, QuoteKind, SourceKind};
use byline::export;
use byline::library::{self, Origin};
use byline::quotes::lexicon::Outlets;
use serde_json::Value;

#[test]
fn samples_analysis() {
    for origin in library::samples() {
        let loaded = library::load(&origin, Outlets::builtin()).unwrap();
        let mut json = Vec::new();
        export::write_json(
            &mut json,
            &loaded.article,
            &loaded.analysis,
            None,
            false,
            false,
        )
        .unwrap();
        let value: serde_json::Value = serde_json::from_slice(&json).unwrap();
        let name = origin.label().replace([':', '.'], "_");
        insta::assert_yaml_snapshot!(name, value);
    }
}

#[test]
fn samples_cover_what_the_reader_must_show() {
    let all: Vec<_> = library::samples()
        .iter()
        .map(|o| library::load(o, Outlets::builtin()).unwrap())
        .collect();
    let quotes = || all.iter().flat_map(|l| &l.analysis.quotes);
    assert!(quotes().any(|q| q.kind == QuoteKind::Direct));
    assert!(quotes().any(|q| q.kind == QuoteKind::Partial));
    assert!(quotes().any(|q| q.kind == QuoteKind::Term));
    // A quotation that runs across paragraphs: fragments in different paragraphs, one group.
    assert!(quotes().any(|a| quotes().any(|b| a.group == b.group && a.paragraph != b.paragraph)));
    let vias: Vec<&str> = quotes()
        .filter_map(|q| q.via.as_ref())
        .map(|v| v.mention.as_str())
        .collect();
    assert!(!vias.is_empty());
    let texts: Vec<&str> = all.iter().map(|l| l.article.text.as_str()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("according to") || t.contains("According to"))
    );
    assert!(texts.iter().any(|t| t.contains("as quoted by")));
    assert!(all.iter().any(|l| !l.article.credits.is_empty()));
    assert!(
        texts
            .iter()
            .any(|t| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)))
    );
}

fn gold() -> Option<Value> {
    let path = common::shared("corpus/seed/xinjiang-report.gold.json")?;
    Some(serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap())
}

#[test]
fn seed_matches_gold() {
    let (Some(gold), Some(origin)) = (gold(), common::seed_origin()) else {
        return;
    };
    let loaded = library::load(&origin, Outlets::builtin()).unwrap();
    let (a, an) = (&loaded.article, &loaded.analysis);
    assert_eq!(
        a.text,
        gold["text"].as_str().unwrap(),
        "article text is the file's text"
    );
    assert_eq!(a.title, gold["title"].as_str().unwrap());
    assert_eq!(a.caption().as_deref(), gold["caption"]["text"].as_str());
    let credit = &a.credits[0];
    assert_eq!(credit.text, gold["caption"]["credit"].as_str().unwrap());
    assert_eq!(
        credit.person.as_deref(),
        gold["caption"]["photographer"].as_str()
    );
    assert_eq!(credit.agency.as_deref(), gold["caption"]["agency"].as_str());
    let credit_text = credit.text.clone();
    assert!(
        !a.blocks
            .iter()
            .any(|b| b.kind == BlockKind::Paragraph && a.slice(&b.span).contains(&credit_text)),
        "the credit is not body text"
    );

    let speech: Vec<_> = an.quotations().collect();
    let gold_quotes = gold["quotes"].as_array().unwrap();
    assert_eq!(speech.len(), gold_quotes.len());
    for (q, g) in speech.iter().zip(gold_quotes) {
        let at = |k: &str| g[k].as_u64().map(|n| n as usize);
        assert_eq!(
            (q.span.start, q.span.end),
            (at("start").unwrap(), at("end").unwrap())
        );
        assert_eq!(q.kind.as_str(), g["kind"].as_str().unwrap());
        let sp = q.speaker.as_ref().expect("speaker");
        assert_eq!(sp.mention, g["speaker"].as_str().unwrap());
        assert_eq!(
            (sp.span.start, sp.span.end),
            (at("speaker_start").unwrap(), at("speaker_end").unwrap())
        );
        assert_eq!(sp.name, g["speaker_name"].as_str().unwrap());
        let cue = q.cue.as_ref().expect("cue");
        assert_eq!(cue.text, g["cue"].as_str().unwrap());
        assert_eq!(
            (cue.span.start, cue.span.end),
            (at("cue_start").unwrap(), at("cue_end").unwrap())
        );
        match g["via_name"].as_str() {
            Some(name) => {
                let via = q.via.as_ref().expect("via");
                assert_eq!(via.name, name);
                assert_eq!(via.mention, g["via"].as_str().unwrap());
                assert_eq!(
                    (via.span.start, via.span.end),
                    (at("via_start").unwrap(), at("via_end").unwrap())
                );
            }
            None => assert_eq!(q.via, None),
        }
    }
    let terms: Vec<_> = an
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Term)
        .collect();
    let gold_terms = gold["terms"].as_array().unwrap();
    assert_eq!(terms.len(), gold_terms.len());
    for (t, g) in terms.iter().zip(gold_terms) {
        assert_eq!(t.span.start, g["start"].as_u64().unwrap() as usize);
        assert_eq!(t.span.end, g["end"].as_u64().unwrap() as usize);
        assert_eq!(
            t.speaker.as_ref().map(|s| s.name.as_str()),
            g["attributed_to"].as_str()
        );
    }
    // Reported speech: each gold statement lies in one attribution of its kind, with its
    // speaker resolved and its cue.
    for g in gold["reported"].as_array().into_iter().flatten() {
        let at = |k: &str| g[k].as_u64().unwrap() as usize;
        let (from, to) = (at("contains_start"), at("contains_end"));
        let found = an
            .reported()
            .find(|q| q.pieces().iter().any(|p| p.start <= from && to <= p.end))
            .unwrap_or_else(|| panic!("no reported speech holds {}", g["content_contains"]));
        assert_eq!(found.kind.as_str(), g["kind"].as_str().unwrap());
        let sp = found.speaker.as_ref().expect("speaker");
        assert_eq!(sp.name, g["speaker_name"].as_str().unwrap());
        assert_eq!(
            found.cue.as_ref().expect("cue").text,
            g["cue"].as_str().unwrap()
        );
    }
    for req in gold["sources_required"].as_array().unwrap() {
        let name = req["name"].as_str().unwrap();
        let s = an
            .sources
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("source {name} missing from {:#?}", an.sources));
        let kind = match req["kind"].as_str().unwrap() {
            "person" => SourceKind::Person,
            "organization" => SourceKind::Organization,
            "outlet" => SourceKind::Outlet,
            "photo agency" => SourceKind::PhotoAgency,
            "document" => SourceKind::Document,
            other => panic!("unknown kind {other}"),
        };
        assert_eq!(s.kind, kind, "{name}");
        for alias in req["aliases"].as_array().into_iter().flatten() {
            assert!(
                s.aliases.iter().any(|a| a == alias.as_str().unwrap()),
                "{name}: {alias}"
            );
        }
        if let Some(d) = req["description"].as_str() {
            assert_eq!(s.description.as_deref(), Some(d), "{name}");
        }
    }
}

#[test]
fn seed_text_offsets_point_into_the_file() {
    let Some(Origin::File(path)) = common::seed_origin() else {
        return;
    };
    let file = std::fs::read_to_string(&path).unwrap();
    let loaded = library::load(&Origin::File(path), Outlets::builtin()).unwrap();
    let chars: Vec<char> = file.chars().collect();
    for q in &loaded.analysis.quotes {
        let text: String = chars[q.span.clone()].iter().collect();
        assert_eq!(text, loaded.article.slice(&q.span));
        if q.kind.is_reported() {
            continue; // the writer's words, in no quotation marks
        }
        assert!(matches!(chars[q.span.start - 1], '"' | '“'));
    }
}
