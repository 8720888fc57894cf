//! The command line: the reader by default, and `quotes` for scripts. Errors map to exit codes
//! in `main`: 1 for a runtime failure, 2 for bad usage.

pub mod extract;
pub mod index;
mod inputs;
mod quotes;
pub mod voices;

use crate::config::{self, Config};
use crate::export::Format;
use crate::library::{self, Entry, Origin};
use crate::quotes::lexicon::Outlets;
use clap::{Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Parser)]
#[command(
    name = "byline",
    version,
    about = "A terminal reader for news articles that shows who is speaking: every quotation and reported statement, its speaker and the outlet it came through.",
    long_about = "A terminal reader for news articles that shows who is speaking: every quotation and reported statement, its speaker and the outlet it came through.\n\nWith no PATH and no `library` in the config file, byline opens the sample articles built into it. Press ? in the reader for its keys.",
    args_conflicts_with_subcommands = true,
    after_help = "Config file: --config, else $BYLINE_CONFIG, else the platform config directory (~/.config/byline/config.toml on Linux). See config.example.toml."
)]
pub struct Cli {
    /// Article files or folders (folders are scanned recursively for .txt, .md, .html, .rss,
    /// .atom and .xml files, each also as .gz); `-` reads one article from stdin
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// What the articles are, when their names and content do not say (stdin, odd endings);
    /// `--format` is accepted too
    #[arg(
        long = "input-format",
        short = 'f',
        visible_alias = "format",
        value_enum,
        value_name = "FORMAT"
    )]
    pub format: Option<crate::load::Format>,

    /// Theme: a built-in name (`byline themes` lists them) or a path to a theme file
    #[arg(short, long, value_name = "NAME|PATH")]
    pub theme: Option<String>,

    /// Config file to read instead of the default one
    #[arg(short, long, value_name = "PATH", global = true)]
    pub config: Option<PathBuf>,

    /// Run without the archive index: read and analyse every file, store nothing
    #[arg(long)]
    pub no_index: bool,

    /// The widest the article text is set, in columns (default 80)
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(10..=1000))]
    pub max_width: Option<u16>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// When `byline cat` colours its output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorWhen {
    /// When stdout is a terminal and NO_COLOR is not set
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    #[command(
        after_help = "For bash: byline completions bash > ~/.local/share/bash-completion/completions/byline"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// List the themes, or show one on a sample article
    Themes {
        /// Print a sample article in this theme (a name or a path)
        #[arg(long, value_name = "NAME|PATH")]
        preview: Option<String>,
    },
    /// Print the manual page (roff) to stdout
    #[command(after_help = "Read it with: byline man | man -l -")]
    Man,
    /// Print articles as the reader shows them, then their quotations with speakers and outlets
    #[command(
        after_help = "When stdout is a terminal the output goes through $PAGER (default `less -R`); set PAGER= or pass --no-pager to print directly."
    )]
    Cat {
        /// Article files or folders; `-` reads one article from stdin
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
        /// What the input is, when its name and content do not say (stdin, odd endings)
        #[arg(long, value_enum, value_name = "FORMAT")]
        input_format: Option<crate::load::Format>,
        /// Text width in columns (default: the terminal's width, at most the configured max_width)
        #[arg(short, long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(10..=1000))]
        width: Option<u16>,
        /// Colour the output
        #[arg(long, value_enum, default_value_t = ColorWhen::Auto)]
        color: ColorWhen,
        /// Print directly, without a pager
        #[arg(long)]
        no_pager: bool,
        /// Theme: a built-in name (`byline themes` lists them) or a path to a theme file
        #[arg(short, long, value_name = "NAME|PATH")]
        theme: Option<String>,
    },
    /// Print what byline read from each article: title, author, date, URL, outlet, encoding and
    /// the body text
    #[command(
        after_help = "`text` is the article body alone, blocks separated by blank lines, with no title. For Markdown, HTML and feed entries it is the text `byline quotes` offsets refer to. A feed gives one object per entry, its path ending in #N.\n\nScoring HTML extraction: byline extract --format jsonl PAGES... then compare `text` with the gold bodies (see the README)."
    )]
    Extract {
        /// Article files or folders; `-` reads one article from stdin
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
        /// Output format
        #[arg(short, long, value_enum, default_value_t = extract::ExtractFormat::Json)]
        format: extract::ExtractFormat,
        /// What the input is, when its name and content do not say (stdin, odd endings)
        #[arg(long, value_enum, value_name = "FORMAT")]
        input_format: Option<crate::load::Format>,
        /// No progress bar on stderr (there is none when stderr is not a terminal)
        #[arg(short, long)]
        quiet: bool,
    },
    /// Build or refresh the archive index that makes a big library open at once; say what it
    /// holds, remove it, or import analyses made elsewhere
    #[command(
        args_conflicts_with_subcommands = true,
        after_help = "The index is a cache in SQLite: $BYLINE_INDEX, else byline/index.sqlite in the platform cache directory ($XDG_CACHE_HOME or ~/.cache on Linux). A file whose size and time (or bytes) are unchanged since it was indexed by this build is not read again; a new build of byline, or new outlets in the config, re-reads everything. Deleting the index loses nothing but time.

Examples:
  byline index ~/news              index a folder (and forget its deleted files)
  byline index --stats             what the index holds
  byline quotes --format jsonl --with-text SHARD > shard.jsonl   (on any machine)
  byline index import shard*.jsonl load those analyses"
    )]
    Index {
        /// Article files or folders to index
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Say what the index holds
        #[arg(long, conflicts_with_all = ["paths", "clear"])]
        stats: bool,
        /// With --stats: as JSON
        #[arg(long, requires = "stats")]
        json: bool,
        /// Remove the index file
        #[arg(long, conflicts_with = "paths")]
        clear: bool,
        /// No progress bar and no summary on stderr
        #[arg(short, long)]
        quiet: bool,
        #[command(subcommand)]
        action: Option<IndexAction>,
    },
    /// Who is heard across articles: every voice with how often it is quoted and reported and
    /// in how many articles; by outlet; and the quotations that travel between articles
    #[command(
        after_help = "One voice is every source with the same resolved name and kind; a surname alone joins a full name only where an article made that link. `quoted` counts direct and partial quotations, `reported` indirect and mixed statements, `articles` the articles it is heard in. Files the archive index holds as they are on disk are taken from it (--no-index reads them all).

JSON: {\"voices\": [{\"name\", \"kind\", \"description\", \"aliases\", \"quoted\", \"reported\", \"articles\"}], \"reused\": [{\"text\", \"articles\": [{\"path\", \"title\", \"text\", \"differs\"}]}]} (`reused` with --reused); with --by outlet, {\"outlets\": [{\"outlet\", \"articles\", \"voices\", \"quoted\", \"reported\"}]}."
    )]
    Voices {
        /// Article files or folders
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
        /// Output format
        #[arg(short, long, value_enum, default_value_t = voices::VoicesFormat::Table)]
        format: voices::VoicesFormat,
        /// Only the N most heard voices (or outlets)
        #[arg(long, value_name = "N")]
        top: Option<usize>,
        /// Count by the articles' outlet instead
        #[arg(long, value_enum, value_name = "WHAT")]
        by: Option<voices::GroupBy>,
        /// Also list quotations found in more than one article, with the words that differ
        #[arg(long, conflicts_with = "by")]
        reused: bool,
        /// Read every file, not the archive index
        #[arg(long)]
        no_index: bool,
        /// No progress bar on stderr (there is none when stderr is not a terminal)
        #[arg(short, long)]
        quiet: bool,
    },
    /// Print the quotations, reported speech, speakers, outlets and sources of articles
    #[command(
        after_help = "Kinds: direct, partial and term (in quotation marks), indirect and mixed (reported speech; mixed quotes part of the words). A reported content in pieces (\"A, she said, B\") has `fragments`, and `start`/`end` give the first piece. Offsets count Unicode scalar values into the article text; quotation spans exclude the marks. For a .txt file the article text is the file's decoded content with only a BOM removed; for Markdown, HTML and feed entries it is the body that `byline extract` prints as `text`."
    )]
    Quotes {
        /// Article files or folders; `-` reads one article from stdin
        #[arg(value_name = "PATH", required_unless_present = "from_jsonl")]
        paths: Vec<PathBuf>,
        /// Read articles from a JSON Lines file whose lines hold `id` and `text` (as the gold
        /// evaluation files do); each output article then carries its `id`
        #[arg(long, value_name = "FILE", conflicts_with = "paths")]
        from_jsonl: Option<PathBuf>,
        /// Output format
        #[arg(short, long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Include each article's full text, blocks and metadata (json and jsonl): what
        /// `byline index import` reads
        #[arg(long)]
        with_text: bool,
        /// What the input is, when its name and content do not say (stdin, odd endings)
        #[arg(long, value_enum, value_name = "FORMAT")]
        input_format: Option<crate::load::Format>,
        /// No progress bar on stderr (there is none when stderr is not a terminal)
        #[arg(short, long)]
        quiet: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum IndexAction {
    /// Load analyses made elsewhere: JSON Lines written by `byline quotes --format jsonl
    /// --with-text` (`-` reads stdin)
    #[command(
        after_help = "Paths in the files are taken relative to the current directory. A file that exists here is stored with its size, time and content hash, so the reader uses the imported analysis for it instead of analysing it again."
    )]
    Import {
        /// JSON Lines files
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// No progress bar and no summary on stderr
        #[arg(short, long)]
        quiet: bool,
    },
}

/// An error with the exit code it maps to.
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl Failure {
    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
        }
    }

    pub(crate) fn runtime(message: impl Into<String>) -> Self {
        Failure {
            code: 1,
            message: message.into(),
        }
    }
}

/// Runs the command line; returns the exit code.
pub fn run(cli: Cli) -> Result<i32, Failure> {
    let path = config::locate(cli.config.as_deref());
    let named =
        cli.config.is_some() || std::env::var_os("BYLINE_CONFIG").is_some_and(|v| !v.is_empty());
    // A config named with --config must exist: a typo would otherwise run on the defaults.
    if let (Some(flag), Some(p)) = (&cli.config, &path)
        && !p.exists()
    {
        return Err(Failure::usage(format!(
            "--config {}: no such file",
            crate::text::neutralised(&flag.display().to_string())
        )));
    }
    let (config, warnings) = config::load(path.as_deref(), named);
    crate::load::set_limits(config.limits);
    match cli.command {
        Some(Command::Quotes {
            paths,
            from_jsonl,
            format,
            with_text,
            input_format,
            quiet,
        }) => {
            for w in &warnings {
                eprintln!(
                    "byline: warning: {}",
                    crate::text::printable(&w.to_string())
                );
            }
            let inputs = match from_jsonl {
                Some(file) => quotes::jsonl_inputs(&file)?,
                None => inputs::sources(&paths)?
                    .into_iter()
                    .map(quotes::Input::Source)
                    .collect(),
            };
            quotes::quotes(inputs, (format, input_format), with_text, quiet, &config)
        }
        Some(Command::Index {
            paths,
            stats,
            json,
            clear,
            quiet,
            action,
        }) => {
            for w in &warnings {
                eprintln!(
                    "byline: warning: {}",
                    crate::text::printable(&w.to_string())
                );
            }
            match action {
                Some(IndexAction::Import { files, quiet: q }) => {
                    index::import(&files, quiet || q, &config)
                }
                None if stats => index::stats(json, &config),
                None if clear => index::clear(),
                None if !paths.is_empty() => index::refresh(&paths, quiet, &config),
                None => Err(Failure::usage(
                    "byline index: give the files or folders to index, or --stats, --clear or `import FILE`",
                )),
            }
        }
        Some(Command::Voices {
            paths,
            format,
            top,
            by,
            reused,
            no_index,
            quiet,
        }) => voices::run(
            &paths,
            voices::Options {
                format,
                top,
                by,
                reused,
                quiet,
                no_index,
            },
            &config,
        ),
        Some(Command::Extract {
            paths,
            format,
            input_format,
            quiet,
        }) => extract::run(&paths, format, input_format, quiet),
        Some(Command::Completions { shell }) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "byline", &mut std::io::stdout());
            Ok(0)
        }
        Some(Command::Themes { preview }) => themes(preview, &config),
        Some(Command::Man) => {
            let cmd = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_mangen::Man::new(cmd)
                .render(&mut out)
                .map_err(|e| Failure::runtime(format!("rendering the manual: {e}")))?;
            std::io::stdout().write_all(&out).map_err(io_failure)?;
            Ok(0)
        }
        Some(Command::Cat {
            paths,
            width,
            color,
            no_pager,
            theme,
            input_format,
        }) => {
            for w in &warnings {
                eprintln!(
                    "byline: warning: {}",
                    crate::text::printable(&w.to_string())
                );
            }
            cat(
                (&paths, input_format),
                width,
                color,
                no_pager,
                theme.or(cli.theme),
                &config,
            )
        }
        None => reader(
            (cli.paths, cli.format, cli.no_index),
            cli.theme,
            cli.max_width,
            (config, warnings),
            (path, named),
        ),
    }
}

pub(crate) fn outlets(config: &Config) -> Arc<Outlets> {
    Arc::new(Outlets::with_extra(&config.outlets))
}

pub(crate) fn scan(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let files = library::scan(paths).map_err(|e| Failure::usage(e.to_string()))?;
    if files.is_empty() {
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(Failure::usage(format!(
            "no articles found in {} (byline reads {} files)",
            names.join(", "),
            crate::load::ENDINGS
                .iter()
                .map(|(e, _)| format!(".{e}"))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    Ok(files)
}

fn cat(
    (paths, input_format): (&[PathBuf], Option<crate::load::Format>),
    width: Option<u16>,
    color: ColorWhen,
    no_pager: bool,
    theme_flag: Option<String>,
    config: &Config,
) -> Result<i32, Failure> {
    let (articles, mut failed) = inputs::read_all(paths, input_format)?;
    let table = outlets(config);
    let tty = std::io::stdout().is_terminal();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let colour = match color {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => tty && !no_color,
    };
    let screen = crate::tui::cat_render::terminal_width()
        .filter(|_| tty)
        .map(usize::from);
    let width = width.map_or_else(
        || screen.map_or(config.max_width, |w| w.min(config.max_width)),
        usize::from,
    );
    let theme_name = theme_flag.unwrap_or_else(|| config.theme.clone());
    let themes_dir = config::config_dir().map(|d| d.join("themes"));
    let (spec, theme_warnings) = config::theme::load(&theme_name, themes_dir.as_deref());
    for w in &theme_warnings {
        eprintln!(
            "byline: warning: {}",
            crate::text::printable(&w.to_string())
        );
    }
    // Colours as deep as the terminal shows them (COLORTERM, TERM, the config's `color`), as
    // the reader does; `--color always` into a terminal that names none gets 16.
    let depth = match (
        colour,
        crate::tui::theme::Depth::detect(Some(config.color.as_str())),
    ) {
        (false, _) => crate::tui::theme::Depth::None,
        (true, crate::tui::theme::Depth::None) => crate::tui::theme::Depth::Ansi16,
        (true, d) => d,
    };
    let theme = crate::tui::theme::Theme::resolve_at(&spec, depth);
    let mut text = String::new();
    let columns = crate::tui::cat_render::columns(width);
    for (k, article) in articles.into_iter().enumerate() {
        if k > 0 {
            text.push_str("\n\n");
        }
        // The layout does not depend on the analysis: the two are made side by side.
        let (analysis, layout) = rayon::join(
            || {
                inputs::guarded(
                    || article.path.clone(),
                    || crate::quotes::analyse_with(&article, &table),
                )
            },
            || crate::layout::layout(&article, columns),
        );
        // A bug met in the analysis leaves the article shown, without its quotations.
        let analysis = analysis.unwrap_or_else(|e| {
            eprintln!("byline: {}", crate::text::printable(&e.to_string()));
            failed += 1;
            Default::default()
        });
        let loaded = library::Loaded::new(article, analysis);
        text.push_str(&crate::tui::cat_render::render_laid_out(
            &loaded,
            &layout,
            &theme,
            colour,
            config.justify,
        ));
    }
    if tty && !no_pager && page(&text) {
        return Ok(i32::from(failed > 0));
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(text.as_bytes()).map_err(io_failure)?;
    out.flush().map_err(io_failure)?;
    Ok(i32::from(failed > 0))
}

fn themes(preview: Option<String>, config: &Config) -> Result<i32, Failure> {
    let themes_dir = config::config_dir().map(|d| d.join("themes"));
    let Some(name) = preview else {
        let mut out = String::new();
        for n in config::theme::names() {
            let mark = if n == config.theme {
                "  (configured)"
            } else {
                ""
            };
            out.push_str(&format!("{n}{mark}\n"));
        }
        if let Some(dir) = &themes_dir
            && let Ok(entries) = std::fs::read_dir(dir)
        {
            let mut user: Vec<String> = entries
                .filter_map(Result::ok)
                .filter_map(|e| {
                    let p = e.path();
                    if p.extension()? != "toml" {
                        return None;
                    }
                    Some(p.file_stem()?.to_string_lossy().into_owned())
                })
                .collect();
            user.sort();
            for n in user {
                out.push_str(&format!("{n}  ({})\n", dir.display()));
            }
        }
        std::io::stdout()
            .write_all(out.as_bytes())
            .map_err(io_failure)?;
        return Ok(0);
    };
    let exists = config::theme::names().contains(&name.as_str())
        || themes_dir
            .as_ref()
            .is_some_and(|d| d.join(format!("{name}.toml")).is_file())
        || std::path::Path::new(&name).is_file();
    if !exists {
        return Err(Failure::usage(format!(
            "no theme named `{}`; the built-in themes are {} (and files in {})",
            crate::text::neutralised(&name),
            config::theme::names().join(", "),
            themes_dir.as_ref().map_or_else(
                || "the themes folder".to_owned(),
                |d| d.display().to_string()
            )
        )));
    }
    let (spec, warnings) = config::theme::load(&name, themes_dir.as_deref());
    if !warnings.is_empty() {
        for w in &warnings {
            eprintln!("byline: {}", crate::text::printable(&w.to_string()));
        }
        return Ok(1);
    }
    let depth = match crate::tui::theme::Depth::detect(Some(config.color.as_str())) {
        crate::tui::theme::Depth::None => crate::tui::theme::Depth::TrueColor,
        d => d,
    };
    let theme = crate::tui::theme::Theme::resolve_at(&spec, depth);
    let sample =
        library::load(&library::samples()[0], Outlets::builtin()).map_err(Failure::runtime)?;
    let text = crate::tui::cat_render::render(&sample, 80, &theme, true, config.justify);
    std::io::stdout()
        .write_all(text.as_bytes())
        .map_err(io_failure)?;
    Ok(0)
}

/// Shows `text` through $PAGER (default `less -R`); false when no pager could be started.
fn page(text: &str) -> bool {
    let pager = std::env::var("PAGER").unwrap_or_else(|_| "less -R".to_owned());
    let mut words = pager.split_whitespace();
    let Some(program) = words.next() else {
        return false;
    };
    let child = std::process::Command::new(program)
        .args(words)
        .stdin(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        return false;
    };
    if let Some(mut stdin) = child.stdin.take() {
        // The reader may quit early; a broken pipe is no error here.
        let _ = stdin.write_all(text.as_bytes());
    }
    let _ = child.wait();
    true
}

pub(crate) fn io_failure(e: std::io::Error) -> Failure {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        // The reader of our output has gone (`| head`): not an error of ours.
        return Failure {
            code: 0,
            message: String::new(),
        };
    }
    Failure::runtime(format!("writing output: {e}"))
}

/// The reader's settings from a config: theme, keys, width and the rest, with what was wrong,
/// and the theme file read (to watch), if it is a file.
fn reader_settings(
    config: &Config,
    theme_flag: Option<&str>,
    max_width: Option<u16>,
) -> (
    crate::tui::event_loop::Settings,
    Vec<config::Warning>,
    Option<PathBuf>,
) {
    let mut warnings = Vec::new();
    let theme_name = theme_flag.unwrap_or(&config.theme).to_owned();
    let themes_dir = config::config_dir().map(|d| d.join("themes"));
    let (spec, theme_warnings) = config::theme::load(&theme_name, themes_dir.as_deref());
    warnings.extend(theme_warnings);
    let theme_file = [
        themes_dir.map(|d| d.join(format!("{theme_name}.toml"))),
        Some(PathBuf::from(&theme_name)),
    ]
    .into_iter()
    .flatten()
    .find(|p| p.is_file());
    let depth = crate::tui::theme::Depth::detect(Some(config.color.as_str()));
    let config_label = config
        .path
        .as_ref()
        .map_or_else(|| "config".to_owned(), |p| p.display().to_string());
    let (keymap, key_warnings) =
        crate::tui::keymap::Keymap::with_overrides(&config.keys, &config_label);
    warnings.extend(key_warnings);
    let settings = crate::tui::event_loop::Settings {
        theme: crate::tui::theme::Theme::resolve_at(&spec, depth),
        keymap,
        clipboard: crate::tui::effects::Clipboard {
            system: config.clipboard == "both",
        },
        max_width: max_width.map_or(config.max_width, usize::from),
        justify: config.justify,
        mouse: config.mouse,
        sidebar_lines: config.sidebar_lines,
        warnings: Vec::new(),
    };
    (settings, warnings, theme_file)
}

fn reader(
    (paths, format, no_index): (Vec<PathBuf>, Option<crate::load::Format>, bool),
    theme_flag: Option<String>,
    max_width: Option<u16>,
    (config, mut warnings): (Config, Vec<config::Warning>),
    (config_path, named): (Option<PathBuf>, bool),
) -> Result<i32, Failure> {
    if std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        return Err(Failure::usage(
            "the reader needs a terminal that can draw (TERM is \"dumb\"); \
             `byline cat PATH` prints an article as plain text instead",
        ));
    }
    let stdin_article = paths.iter().any(|p| p == std::path::Path::new("-"));
    if !std::io::stdout().is_terminal() || !(stdin_article || std::io::stdin().is_terminal()) {
        return Err(Failure::usage(
            "the reader needs a terminal; for scripts use `byline quotes PATH...`",
        ));
    }
    let mut roots: Vec<PathBuf> = Vec::new();
    let origins: Vec<Origin> = if !paths.is_empty() {
        roots.extend(
            paths
                .iter()
                .filter(|p| *p != std::path::Path::new("-"))
                .cloned(),
        );
        let mut origins = Vec::new();
        for source in inputs::sources(&paths)? {
            origins.push(match source {
                inputs::Source::File(f) => Origin::File(f),
                inputs::Source::Stdin => {
                    let mut bytes = Vec::new();
                    std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes)
                        .map_err(|e| Failure::usage(format!("reading stdin: {e}")))?;
                    Origin::Stdin(Arc::new(bytes), format)
                }
            });
        }
        origins
    } else if !config.library.is_empty() {
        let mut found = Vec::new();
        for p in &config.library {
            roots.push(p.clone());
            match library::scan(std::slice::from_ref(p)) {
                Ok(files) => found.extend(files),
                Err(e) => warnings.push(config::Warning {
                    file: config
                        .path
                        .as_ref()
                        .map_or_else(String::new, |p| p.display().to_string()),
                    line: None,
                    column: None,
                    message: format!("library: {e}"),
                }),
            }
        }
        if found.is_empty() {
            library::samples()
        } else {
            found.into_iter().map(Origin::File).collect()
        }
    } else {
        library::samples()
    };
    let table = outlets(&config);
    // The archive index, for a library of files: it lists what it holds as it is at once.
    let archive = if no_index || !origins.iter().any(|o| matches!(o, Origin::File(_))) {
        None
    } else {
        match crate::index::default_path()
            .map_err(|e| e.to_string())
            .and_then(|path| {
                crate::tui::archive::Archive::open(path, crate::index::version(&table))
            }) {
            Ok((archive, warning)) => {
                warnings.extend(warning.map(|message| config::Warning {
                    file: "index".to_owned(),
                    line: None,
                    column: None,
                    message,
                }));
                Some(archive)
            }
            Err(message) => {
                warnings.push(config::Warning {
                    file: "index".to_owned(),
                    line: None,
                    column: None,
                    message: format!("{message}; reading without it"),
                });
                None
            }
        }
    };
    let (mut settings, more, theme_file) =
        reader_settings(&config, theme_flag.as_deref(), max_width);
    warnings.extend(more);
    let state_path = std::env::var_os("BYLINE_STATE")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(crate::state::default_path);
    let state = state_path.as_ref().map(|path| {
        let (state, warning) = crate::state::load(path);
        warnings.extend(warning);
        state
    });
    for w in &warnings {
        eprintln!(
            "byline: warning: {}",
            crate::text::printable(&w.to_string())
        );
    }
    settings.warnings = warnings.iter().map(ToString::to_string).collect();
    // The app is set up by actions, as every later change to it is.
    let mut app = crate::tui::App::new(
        origins.iter().cloned().map(Entry::new).collect(),
        settings.max_width,
        Vec::new(),
    );
    let preferences = Box::new(settings.preferences());
    crate::tui::update(
        &mut app,
        crate::tui::Action::ApplyPreferences {
            preferences,
            reloaded: false,
        },
    );
    // What was on disk at start: saving merges against it (see `state::save_merged`).
    let base = state.clone().unwrap_or_default();
    if let Some(state) = state {
        crate::tui::update(&mut app, crate::tui::Action::RestoreState(Box::new(state)));
    }
    // Editing the config or the theme file while byline runs applies it at once.
    let watch: Vec<PathBuf> = config_path.iter().cloned().chain(theme_file).collect();
    let reload = crate::tui::event_loop::Reload {
        watch,
        library: roots,
        load: Box::new(move || {
            let (config, mut warnings) = config::load(config_path.as_deref(), named);
            let (mut s, more, _) = reader_settings(&config, theme_flag.as_deref(), max_width);
            warnings.extend(more);
            s.warnings = warnings.iter().map(ToString::to_string).collect();
            s
        }),
    };
    let ended =
        crate::tui::event_loop::run(&mut app, origins, settings, Some(reload), table, archive);
    // Remember where the reader was, however the run ended.
    if let Some(path) = &state_path
        && let Err(e) = crate::state::save_merged(path, &app.to_state(), &base)
    {
        eprintln!(
            "byline: warning: saving {}: {e}",
            crate::text::printable(&path.display().to_string())
        );
    }
    match ended {
        Ok(crate::tui::event_loop::Ended::Quit) => Ok(0),
        Ok(crate::tui::event_loop::Ended::Signal(sig)) => Ok(128 + sig),
        Err(e) => Err(Failure::runtime(format!("terminal: {e}"))),
    }
}
