import Persistence

/// The search screen that Ctrl-F and `/search TEXT` open over the chat: the text, a window of
/// its matches among every conversation and task (newest first), and the cursor.
///
/// Like the review, it holds only a few screens of matches and reads the next window as the
/// cursor nears an edge, so `G` and PgDn reach the oldest match however many there are.
struct SearchScreen: Hashable, Sendable {
    enum Mode: Hashable, Sendable {
        case browsing
        /// Typing the text; Enter searches.
        case typing(InputEditor)
    }

    var mode: Mode = .browsing
    /// The text searched for; nil before the first search.
    var text: String?
    var window = ListWindow<SearchMatch>(items: [], offset: 0, total: 0, anchorIndex: 0)
    var selection = ListSelection()
    /// The search asked for and not yet answered; answers to any other are stale.
    var pending: SearchRequest?
    /// Why the last search could not run, or what Enter could not do.
    var notice: String?

    var selected: SearchMatch? {
        window[selection.index]
    }

    /// A new search is on its way (not just the next window of this one).
    var isSearching: Bool {
        pending.map { $0.known == nil } ?? false
    }
}

/// A window of one search's matches to read, answered by `.searchLoaded`: from the newest for
/// a new search (which counts the matches), else where `WindowPlan` says, placed by `known`.
struct SearchRequest: Hashable, Sendable {
    var text: String
    var anchor: WindowAnchor<SearchMatch>
    var before: Int
    var after: Int
    var known: ListPosition?
}
