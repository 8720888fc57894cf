//! Looking names up in the index: the fullest form of a name, acronyms, how often a person
//! was named, the last entity before a place.

use super::*;

impl Index {
    /// The one longer name anywhere in the article that a single word left as a speaker's
    /// name is short for: a person's surname ("Okafor" when "Grace Okafor" is named only
    /// further on, in an embedded post) or the first word of a body's name ("Harbour" for
    /// "Harbour United"). None when no such name, or more than one, is given.
    pub fn fullest_anywhere(&self, name: &str) -> Option<&str> {
        if name.contains(' ')
            || !name.chars().next().is_some_and(char::is_uppercase)
            || !name.chars().any(char::is_lowercase)
        {
            return None;
        }
        let list = self.by_word.get(name.to_lowercase().as_str())?;
        let unique = |fits: &dyn Fn(&Entity) -> bool| -> Result<Option<&str>, ()> {
            let mut found: Option<&str> = None;
            for e in list.iter().map(|&k| &self.entities[k]).filter(|e| fits(e)) {
                match found {
                    Some(f) if f != e.name => return Err(()),
                    _ => found = Some(&e.name),
                }
            }
            Ok(found)
        };
        let first = |e: &Entity| e.name.split_whitespace().next() == Some(name);
        let by_surname = unique(&|e| match e.kind {
            SourceKind::Person => e.name.split_whitespace().last() == Some(name),
            SourceKind::Organization => first(e),
            _ => false,
        })
        .ok()?;
        // Failing that, the first word of one name, a person's or a body's ("Kestria" for a
        // club, "Kestria Wanderers", that its words read as a person's name).
        by_surname.or_else(|| {
            // Not a name cut from a longer run ("Norland Sea" of "the North Norland Sea", its
            // first word kept as a description).
            unique(&|e| {
                matches!(e.kind, SourceKind::Person | SourceKind::Organization)
                    && e.description.is_none()
                    && first(e)
            })
            .ok()
            .flatten()
        })
    }

    /// The fullest form the article gives before `pos` of the person `e` names: a longer
    /// name with the same surname whose forename starts as `e`'s does ("Josh Tran" and
    /// "Joshua Tran", "Ana Diaz" and "Ana R. Diaz"), or that ends with all of `e` ("Van Der
    /// Berg" and "Anna Van Der Berg"). Other entities come back as they are.
    pub fn fullest<'a>(&'a self, e: &'a Entity, pos: usize) -> &'a Entity {
        self.fuller(e, pos).map_or(e, |k| &self.entities[k])
    }

    /// The entity `fullest` gives for `e`, when it is another: its index.
    pub(super) fn fuller(&self, e: &Entity, pos: usize) -> Option<usize> {
        if e.kind != SourceKind::Person {
            return None;
        }
        let words: Vec<&str> = e.name.split_whitespace().collect();
        let (first, last) = (words.first()?, words.last()?);
        let list = self.person_forms.get(last.to_lowercase().as_str())?;
        let end = list.partition_point(|&k| self.entities[k].start < pos);
        list[..end]
            .iter()
            .copied()
            .filter(|&k| {
                let c = &self.entities[k];
                let cw: Vec<&str> = c.name.split_whitespace().collect();
                cw.len() >= words.len()
                    && cw.last() == Some(last)
                    && c.name.len() > e.name.len()
                    && (words.len() == 1
                        || c.name
                            .strip_suffix(e.name.as_str())
                            .is_some_and(|f| f.ends_with(' '))
                        || cw
                            .first()
                            .is_some_and(|f| f.starts_with(first.trim_end_matches('.'))))
            })
            .max_by_key(|&k| {
                let c = &self.entities[k];
                (c.name.len(), std::cmp::Reverse(c.start))
            })
    }

    /// The organisation named before `pos` whose initials an acronym gives ("WHO" after "the
    /// World Health Organization"), words such as "of" and "the" not counted.
    pub fn expand_acronym(&self, acronym: &str, pos: usize) -> Option<&Entity> {
        let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.chars().count() < 2 || !letters.chars().all(char::is_uppercase) {
            return None;
        }
        self.last_before(self.by_initials.get(letters.as_str()), pos)
    }

    /// How often entity `k` was named in `range` (char positions).
    pub fn times_named(&self, k: usize, range: std::ops::Range<usize>) -> usize {
        self.named_at.get(&k).map_or(0, |at| {
            at.partition_point(|&p| p < range.end) - at.partition_point(|&p| p < range.start)
        })
    }

    /// The last entity before `pos` in a list kept in text order: one bisection.
    pub(in crate::quotes) fn last_before(
        &self,
        list: Option<&Vec<usize>>,
        pos: usize,
    ) -> Option<&Entity> {
        let list = list?;
        let end = list.partition_point(|&e| self.entities[e].start < pos);
        list[..end].last().map(|&e| &self.entities[e])
    }
}
