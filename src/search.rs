//! Finding text in an article: every occurrence of a query, as char ranges. Case is ignored
//! unless the query has a capital letter ("smart case", as in vim and less).

use std::ops::Range;

/// Whether a search for `query` minds case.
pub fn case_sensitive(query: &str) -> bool {
    query.chars().any(char::is_uppercase)
}

/// One char folded for comparison; folding keeps one char for one, so offsets survive.
fn fold(c: char, sensitive: bool) -> char {
    if sensitive {
        c
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// Every non-overlapping occurrence of `query` in `text`, as char ranges, in order.
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    let sensitive = case_sensitive(query);
    let needle: Vec<char> = query.chars().map(|c| fold(c, sensitive)).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let hay: Vec<char> = text.chars().map(|c| fold(c, sensitive)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if hay[i..i + needle.len()] == needle[..] {
            out.push(i..i + needle.len());
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smart_case() {
        let text = "Varga said; varga wrote. VARGA.";
        assert_eq!(find_all(text, "varga").len(), 3);
        assert_eq!(find_all(text, "Varga"), vec![0..5]);
        assert_eq!(find_all(text, ""), Vec::<Range<usize>>::new());
    }

    #[test]
    fn offsets_are_chars() {
        let text = "北京 said «Beijing» and İstanbul";
        assert_eq!(find_all(text, "beijing"), vec![9..16]);
        assert_eq!(find_all(text, "北京"), vec![0..2]);
        let r = &find_all(text, "istanbul")[0];
        assert_eq!(
            text.chars().skip(r.start).take(r.len()).collect::<String>(),
            "İstanbul"
        );
    }
}

/// The items that match `query` fuzzily (nucleo's matcher, smart case, as fzf and helix do),
/// best first; ties keep the items' order.
pub fn fuzzy_rank<I>(query: &str, items: I) -> Vec<usize>
where
    I: IntoIterator<Item = (usize, String)>,
{
    use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
    use nucleo_matcher::{Config, Matcher, Utf32Str};
    let pattern = Pattern::parse(query, CaseMatching::Smart, Normalization::Smart);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut scored: Vec<(u32, usize)> = items
        .into_iter()
        .filter_map(|(i, text)| {
            let score = pattern.score(Utf32Str::new(&text, &mut buf), &mut matcher)?;
            Some((score, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod fuzzy_tests {
    use super::*;

    #[test]
    fn fuzzy_ranks_best_first_and_drops_misses() {
        let items = vec![
            (
                0,
                "Harbour Council Backs Plan · Rosa Delacourt · Reuters".to_owned(),
            ),
            (1, "Neighbours Sign a Treaty · Lena Varga · AFP".to_owned()),
            (
                2,
                "Teenager Takes the Northern Open · Amara Kowalczyk".to_owned(),
            ),
        ];
        assert_eq!(fuzzy_rank("varga", items.clone()), vec![1]);
        assert_eq!(fuzzy_rank("hrbr", items.clone()), vec![0]);
        assert_eq!(fuzzy_rank("zzzz", items.clone()), Vec::<usize>::new());
        assert_eq!(fuzzy_rank("", items).len(), 3);
    }
}
