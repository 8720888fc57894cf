//! The sources register of an article: every speaker, outlet, person introduced with a role
//! and photo agency, with the quotations and reported statements it speaks or relays.

use super::{attribution, names, outlets};
use crate::article::{Article, Quote, Source, SourceKind};

/// The sources register: speakers, outlets, people introduced with a role, and photo agencies,
/// each with the quotations it speaks or relays.
pub(super) fn register(
    article: &Article,
    quotes: &[Quote],
    index: &names::Index,
    relays: &outlets::Relays,
) -> Vec<Source> {
    let mut reg = Register::default();
    for q in quotes {
        if let Some(sp) = &q.speaker {
            let s = reg.entry_with(&sp.name, || names::kind_of(&sp.name));
            alias(s, &sp.mention);
            if s.description.is_none() {
                s.description.clone_from(&sp.description);
            }
            // Quotations come in id order, so a repeat can only be the last one.
            if q.kind.is_speech() && s.quotes.last() != Some(&q.id) {
                s.quotes.push(q.id);
            }
        }
    }
    for r in &relays.all {
        let s = reg.entry(&r.outlet.name, SourceKind::Outlet);
        s.kind = SourceKind::Outlet;
        alias(s, &r.outlet.mention);
    }
    for q in quotes {
        if let Some(v) = &q.via {
            let s = reg.entry(&v.name, SourceKind::Outlet);
            if s.quotes.last() != Some(&q.id) {
                s.quotes.push(q.id);
            }
        }
    }
    for e in index.entities.iter().filter(|e| e.description.is_some()) {
        if e.kind == SourceKind::Person {
            let s = reg.entry(&e.name, SourceKind::Person);
            if s.description.is_none() {
                s.description.clone_from(&e.description);
            }
        }
    }
    // A surname used alone becomes an alias of the person.
    for s in reg
        .sources
        .iter_mut()
        .filter(|s| s.kind == SourceKind::Person)
    {
        let parts: Vec<String> = s.name.split_whitespace().map(str::to_owned).collect();
        if parts.len() < 2 {
            continue;
        }
        for part in &parts {
            let lone = index.lone.contains(&part.to_lowercase());
            if lone && (parts.last() == Some(part) || s.aliases.contains(part)) {
                alias(s, part);
            }
        }
    }
    for c in &article.credits {
        if let Some(agency) = &c.agency {
            let s = reg.entry(agency, SourceKind::PhotoAgency);
            s.kind = SourceKind::PhotoAgency;
        }
        if let Some(person) = &c.person {
            let s = reg.entry(person, SourceKind::Person);
            if s.description.is_none() {
                s.description = Some("photographer".to_owned());
            }
        }
    }
    reg.sources
}

#[derive(Default)]
struct Register {
    sources: Vec<Source>,
    by_name: std::collections::HashMap<String, usize>,
}

impl Register {
    fn entry(&mut self, name: &str, kind: SourceKind) -> &mut Source {
        self.entry_with(name, || kind)
    }

    /// The source of this name, made with the kind `kind` works out if it is new: a name met
    /// again costs one hash lookup and no allocation.
    fn entry_with(&mut self, name: &str, kind: impl FnOnce() -> SourceKind) -> &mut Source {
        let k = match self.by_name.get(name) {
            Some(&k) => k,
            None => {
                self.sources.push(Source {
                    name: name.to_owned(),
                    kind: kind(),
                    description: None,
                    aliases: Vec::new(),
                    quotes: Vec::new(),
                });
                self.by_name.insert(name.to_owned(), self.sources.len() - 1);
                self.sources.len() - 1
            }
        };
        &mut self.sources[k]
    }
}

fn alias(s: &mut Source, mention: &str) {
    let lower = mention.to_lowercase();
    // A pronoun, a relative, or an interview's one-letter label ("A:") is no other name.
    let pronoun = attribution::PRONOUNS.contains(&lower.as_str())
        || matches!(lower.as_str(), "who" | "which")
        || mention.chars().count() == 1;
    if !pronoun && mention != s.name && !s.aliases.iter().any(|a| a == mention) {
        s.aliases.push(mention.to_owned());
    }
}
