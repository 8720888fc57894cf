//! The `byline` binary: parse the command line, run, map the outcome to an exit code.

use clap::Parser;

fn main() {
    byline::tui::trace::start();
    let cli = byline::cli::Cli::parse();
    let code = match byline::cli::run(cli) {
        Ok(code) => code,
        Err(failure) => {
            if !failure.message.is_empty() {
                // File names in messages are the user's, and may hold escapes: made visible.
                eprintln!("byline: {}", byline::text::printable(&failure.message));
            }
            failure.code
        }
    };
    std::process::exit(code);
}
