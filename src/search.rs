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
        let text = "Zhang said; zhang wrote. ZHANG.";
        assert_eq!(find_all(text, "zhang").len(), 3);
        assert_eq!(find_all(text, "Zhang"), vec![0..5]);
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
