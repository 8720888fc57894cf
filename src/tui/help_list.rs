//! The help overlay's list: where a key works (its context), the keys, and what they do. The
//! keymap builds it from its bindings; the app holds it; the view draws it.

/// Where a binding applies. Overlay contexts are tried before `Global`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Global,
    Help,
    /// Typing a search query: keys are text.
    Search,
    /// A popup with one quotation in full.
    Detail,
    /// The library-wide search's results.
    Find,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Help => "In this help (type to filter)",
            Context::Search => "Typing a search",
            Context::Detail => "In a quotation's details",
            Context::Find => "In the library-wide search",
        }
    }
}

/// One line of the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpEntry {
    pub context: Context,
    pub keys: String,
    pub description: &'static str,
}
