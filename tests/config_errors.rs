//! One fixture file per invalid config or theme, each with the warning it must give.

use byline::config::{self, theme};
use std::path::Path;

fn config_warnings(name: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/invalid_configs")
        .join(name);
    let (_, warnings) = config::load(Some(&path), true);
    warnings.iter().map(ToString::to_string).collect()
}

fn theme_warnings(name: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/invalid_themes")
        .join(name);
    let (spec, warnings) = theme::load(path.to_str().unwrap(), None);
    // Whatever went wrong, there is a usable theme.
    assert!(spec.styles.contains_key("ui") || !warnings.is_empty());
    warnings.iter().map(ToString::to_string).collect()
}

fn assert_one(warnings: &[String], file: &str, needle: &str) {
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(warnings[0].contains(file), "{}", warnings[0]);
    assert!(
        warnings[0].contains(needle),
        "{} lacks {needle}",
        warnings[0]
    );
}

#[test]
fn syntax_error() {
    assert_one(
        &config_warnings("syntax_error.toml"),
        "syntax_error.toml:2:13:",
        "using the default configuration",
    );
}

#[test]
fn max_width_not_a_number() {
    assert_one(
        &config_warnings("max_width_not_a_number.toml"),
        "max_width_not_a_number.toml:1:",
        "`max_width` must be a whole number from 10 to 1000",
    );
}

#[test]
fn max_width_out_of_range() {
    assert_one(
        &config_warnings("max_width_out_of_range.toml"),
        ":1:",
        "from 10 to 1000",
    );
}

#[test]
fn theme_not_a_string() {
    assert_one(
        &config_warnings("theme_not_a_string.toml"),
        ":1:",
        "`theme` must be a theme name or a path",
    );
}

#[test]
fn unknown_option() {
    assert_one(
        &config_warnings("unknown_option.toml"),
        ":1:",
        "unknown option `colour_scheme`",
    );
}

#[test]
fn library_not_a_list() {
    assert_one(
        &config_warnings("library_not_a_list.toml"),
        ":1:",
        "`library` must be a list of paths",
    );
}

#[test]
fn outlet_without_name() {
    assert_one(
        &config_warnings("outlet_without_name.toml"),
        ":1:",
        "missing field `name`",
    );
}

#[test]
fn missing_config_file_named_explicitly() {
    assert_one(
        &config_warnings("does_not_exist.toml"),
        "does_not_exist.toml",
        "cannot read config",
    );
}

#[test]
fn unknown_theme() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/invalid_configs/unknown_theme.toml");
    let (config, w) = config::load(Some(&path), true);
    assert!(w.is_empty(), "the config itself is fine: {w:?}");
    let (spec, w) = theme::load(&config.theme, None);
    assert_one(
        &w.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "no-such-theme",
        "no theme `no-such-theme` (built-in themes: dark, light, nord, gruvbox",
    );
    assert_eq!(
        spec,
        theme::load("dark", None).0,
        "falls back to the default theme"
    );
}

#[test]
fn theme_bad_hex() {
    assert_one(
        &theme_warnings("bad_hex.toml"),
        "bad_hex.toml:2",
        "`#zzzzzz` is not a hex colour",
    );
}

#[test]
fn theme_syntax_error() {
    assert_one(
        &theme_warnings("syntax_error.toml"),
        "syntax_error.toml:1:",
        "this theme file is skipped",
    );
}

#[test]
fn theme_unknown_modifier() {
    assert_one(
        &theme_warnings("unknown_modifier.toml"),
        "unknown_modifier.toml:2",
        "unknown modifier `sparkly`",
    );
}

#[test]
fn theme_unknown_parent() {
    assert_one(
        &theme_warnings("unknown_parent.toml"),
        "unknown_parent.toml",
        "no theme `nope-not-here`",
    );
}

#[test]
fn theme_style_not_a_colour() {
    assert_one(
        &theme_warnings("style_not_a_colour.toml"),
        "style_not_a_colour.toml:2",
        "a style is a colour string or a table",
    );
}

#[test]
fn theme_unknown_key() {
    assert_one(
        &theme_warnings("unknown_key.toml"),
        "unknown_key.toml:1",
        "unknown theme key `flavour`",
    );
}

#[test]
fn theme_bad_palette_colour_is_the_users_not_the_built_in_themes() {
    let warnings = theme_warnings("bad_palette_colour.toml");
    // One warning, at the user's file and line; the built-in theme is not blamed.
    assert_one(
        &warnings,
        "bad_palette_colour.toml:5",
        "palette entry `accent`: `#12345g` is not a hex colour",
    );
    assert!(!warnings[0].contains("built-in"), "{}", warnings[0]);
}
