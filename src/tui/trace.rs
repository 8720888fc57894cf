//! Timings for the library benchmark (`scripts/bench-library`): when `BYLINE_TRACE` names a
//! file, the reader writes there, on quitting, how long the first frame with a readable
//! article took, when every entry had loaded, and how long key presses waited to be drawn.

use std::sync::Mutex;
use std::sync::OnceLock;
use std::time::Instant;

struct Trace {
    start: Instant,
    first_frame_ms: Option<f64>,
    all_loaded_ms: Option<f64>,
    /// When keys were read and not yet drawn.
    keys_waiting: Vec<Instant>,
    key_ms: Vec<f64>,
    /// Named steps of the start, first time each was reached.
    marks: Vec<(&'static str, f64)>,
}

static TRACE: OnceLock<Option<Mutex<Trace>>> = OnceLock::new();

fn trace() -> Option<&'static Mutex<Trace>> {
    TRACE
        .get_or_init(|| {
            std::env::var_os("BYLINE_TRACE").map(|_| {
                Mutex::new(Trace {
                    start: Instant::now(),
                    first_frame_ms: None,
                    all_loaded_ms: None,
                    keys_waiting: Vec::new(),
                    key_ms: Vec::new(),
                    marks: Vec::new(),
                })
            })
        })
        .as_ref()
}

/// Whether `BYLINE_TRACE` is set, so the loop asks nothing of the app when it is not.
pub fn enabled() -> bool {
    trace().is_some()
}

/// Starts the clock (call first thing).
pub fn start() {
    let _ = trace();
}

/// A named step was reached (from any thread): its first time goes in the figures.
pub fn mark(name: &'static str) {
    let Some(t) = trace() else { return };
    let mut t = t.lock().unwrap_or_else(|e| e.into_inner());
    if !t.marks.iter().any(|(n, _)| *n == name) {
        let ms = t.start.elapsed().as_secs_f64() * 1000.0;
        t.marks.push((name, ms));
    }
}

/// A key was read from the terminal.
pub fn key_read() {
    if let Some(t) = trace() {
        t.lock()
            .unwrap_or_else(|e| e.into_inner())
            .keys_waiting
            .push(Instant::now());
    }
}

/// A frame was drawn: `readable` when an article is open, `loaded` when nothing is pending.
pub fn drawn(readable: bool, loaded: bool) {
    let Some(t) = trace() else { return };
    let mut t = t.lock().unwrap_or_else(|e| e.into_inner());
    let ms = t.start.elapsed().as_secs_f64() * 1000.0;
    if readable && t.first_frame_ms.is_none() {
        t.first_frame_ms = Some(ms);
    }
    if loaded && t.all_loaded_ms.is_none() {
        t.all_loaded_ms = Some(ms);
    }
    let now = Instant::now();
    let waited: Vec<f64> = t
        .keys_waiting
        .drain(..)
        .map(|k| (now - k).as_secs_f64() * 1000.0)
        .collect();
    t.key_ms.extend(waited);
}

/// Writes the figures as JSON to the file `BYLINE_TRACE` names.
pub fn finish() {
    let (Some(t), Some(path)) = (trace(), std::env::var_os("BYLINE_TRACE")) else {
        return;
    };
    let t = t.lock().unwrap_or_else(|e| e.into_inner());
    let mut keys = t.key_ms.clone();
    keys.sort_by(f64::total_cmp);
    let max = keys.last().copied();
    let median = keys.get(keys.len() / 2).copied();
    let v = serde_json::json!({
        "first_frame_ms": t.first_frame_ms,
        "all_loaded_ms": t.all_loaded_ms,
        "keys": keys.len(),
        "key_median_ms": median,
        "key_max_ms": max,
        "marks": t.marks.iter().map(|(n, ms)| serde_json::json!([n, ms])).collect::<Vec<_>>(),
    });
    let _ = std::fs::write(path, v.to_string());
}
