//! config.example.toml documents every option with its default: it reads without a warning,
//! names every action, and its keys are the default keys.

use byline::config;
use byline::tui::action::BINDABLE;
use byline::tui::keymap::Keymap;

#[test]
fn example_config_is_complete_and_clean() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/config.example.toml");
    let src = std::fs::read_to_string(path).unwrap();
    let (c, warnings) = config::parse(&src, "config.example.toml");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(c.theme, config::Config::default().theme);
    assert_eq!(c.max_width, config::DEFAULT_MAX_WIDTH);
    for (name, _, _) in BINDABLE {
        assert!(
            c.keys.iter().any(|k| k.action == *name),
            "config.example.toml lacks keys.{name}"
        );
    }
    let (keymap, warnings) = Keymap::with_overrides(&c.keys, "config.example.toml");
    assert!(warnings.is_empty(), "{warnings:?}");
    let mut got: Vec<_> = keymap
        .help()
        .into_iter()
        .map(|e| (e.description, e.keys))
        .collect();
    let mut want: Vec<_> = Keymap::default()
        .help()
        .into_iter()
        .map(|e| (e.description, e.keys))
        .collect();
    got.sort();
    want.sort();
    assert_eq!(got, want, "the example's keys are the defaults");
}
