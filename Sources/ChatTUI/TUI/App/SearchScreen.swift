import Persistence

/// The search screen that Ctrl-F and `/search TEXT` open over the chat: the text, the newest
/// matches among every conversation and task, and the cursor.
struct SearchScreen: Hashable, Sendable {
    enum Mode: Hashable, Sendable {
        case browsing
        /// Typing the text; Enter searches.
        case typing(InputEditor)
    }

    var mode: Mode = .browsing
    /// The text searched for; nil before the first search.
    var text: String?
    var matches: [SearchMatch] = []
    /// Older matches exist beyond `matches`.
    var truncated = false
    var selection = ListSelection()
    /// The search asked for and not yet answered; answers to any other are stale.
    var pending: SearchRequest?
    /// Why the last search could not run, or what Enter could not do.
    var notice: String?

    var selected: SearchMatch? {
        matches.indices.contains(selection.index) ? matches[selection.index] : nil
    }
}

/// One search to run, answered by `.searchLoaded`.
struct SearchRequest: Hashable, Sendable {
    var text: String
    var limit: Int
}
