//! What an HTML page says about its article: `<title>`, OpenGraph, `article:*` meta, the
//! canonical link, and JSON-LD `NewsArticle` (headline, author, date, publisher, URL, body).

use crate::article::Meta;
use dom_query::Document;

/// `<title>`, OpenGraph, `article:*` and `name=` meta tags, and the canonical link.
pub fn metadata(doc: &Document) -> Meta {
    let mut meta = Meta::default();
    let get = |keys: &[&str]| -> Option<String> {
        for key in keys {
            for sel in [
                format!("meta[property=\"{key}\"]"),
                format!("meta[name=\"{key}\"]"),
            ] {
                let found = doc.select(&sel);
                if let Some(v) = found.attr("content") {
                    let v = v.trim();
                    if !v.is_empty() {
                        return Some(v.to_owned());
                    }
                }
            }
        }
        None
    };
    meta.author = get(&[
        "author",
        "article:author",
        "byl",
        "dc.creator",
        "parsely-author",
    ])
    .filter(|a| !a.starts_with("http"));
    meta.date = get(&[
        "article:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "dc.date",
        "date",
        "og:updated_time",
    ]);
    meta.outlet = get(&["og:site_name", "application-name", "publisher"]);
    meta.url = get(&["og:url"]).or_else(|| {
        doc.select("link[rel=\"canonical\"]")
            .attr("href")
            .map(|h| h.to_string())
    });
    meta
}

/// What JSON-LD says about a `NewsArticle` (or any `*Article`/`BlogPosting`).
#[derive(Debug, Default)]
pub struct LdArticle {
    pub headline: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub body: Option<String>,
}

pub fn json_ld(doc: &Document) -> LdArticle {
    let mut out = LdArticle::default();
    for script in doc.select("script[type=\"application/ld+json\"]").nodes() {
        let raw = script.text();
        let Ok(value) = serde_json::from_str::<serde_json::Value>(raw.trim()) else {
            continue;
        };
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Array(items) => stack.extend(items.iter()),
                serde_json::Value::Object(map) => {
                    if let Some(graph) = map.get("@graph") {
                        stack.push(graph);
                    }
                    if is_article_type(map.get("@type")) {
                        fill(&mut out, map);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

fn is_article_type(t: Option<&serde_json::Value>) -> bool {
    let is = |s: &str| s.ends_with("Article") || s == "BlogPosting" || s == "Report";
    match t {
        Some(serde_json::Value::String(s)) => is(s),
        Some(serde_json::Value::Array(a)) => a.iter().any(|v| v.as_str().is_some_and(is)),
        _ => false,
    }
}

fn fill(out: &mut LdArticle, map: &serde_json::Map<String, serde_json::Value>) {
    let s = |v: Option<&serde_json::Value>| -> Option<String> {
        match v? {
            serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
            serde_json::Value::Object(o) => o
                .get("name")
                .or_else(|| o.get("@id"))
                .and_then(|n| n.as_str())
                .map(|n| n.trim().to_owned()),
            serde_json::Value::Array(a) => {
                let names: Vec<String> = a
                    .iter()
                    .filter_map(|x| match x {
                        serde_json::Value::String(s) => Some(s.trim().to_owned()),
                        serde_json::Value::Object(o) => o
                            .get("name")
                            .and_then(|n| n.as_str())
                            .map(|n| n.trim().to_owned()),
                        _ => None,
                    })
                    .filter(|n| !n.is_empty())
                    .collect();
                (!names.is_empty()).then(|| names.join(", "))
            }
            _ => None,
        }
    };
    out.headline = out.headline.take().or_else(|| s(map.get("headline")));
    out.author = out.author.take().or_else(|| s(map.get("author")));
    out.date = out.date.take().or_else(|| s(map.get("datePublished")));
    out.publisher = out.publisher.take().or_else(|| s(map.get("publisher")));
    out.url = out
        .url
        .take()
        .or_else(|| s(map.get("url")))
        .or_else(|| s(map.get("mainEntityOfPage")))
        .filter(|u| u.starts_with("http"));
    out.body = out.body.take().or_else(|| s(map.get("articleBody")));
}
