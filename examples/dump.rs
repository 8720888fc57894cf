fn main() {
    let p = std::env::args().nth(1).unwrap();
    let a = byline::load::file(std::path::Path::new(&p)).unwrap();
    let an = byline::quotes::analyse(&a);
    for q in &an.quotes {
        println!("{} {:?} {:?} [{}] sp={:?} cue={:?} via={:?}", q.id, q.kind, q.span, a.slice(&q.span).chars().take(40).collect::<String>(), q.speaker, q.cue.as_ref().map(|c| (&c.text, &c.span)), q.via);
    }
    for s in &an.sources { println!("{s:?}"); }
    println!("{:?}", a.credits);
}
