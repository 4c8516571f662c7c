/// What a key does on the search screen.
enum SearchAction: Hashable, Sendable {
    case next, previous, first, last, pageDown, pageUp
    case open, edit, back

    /// The word the hint line shows after the key: "Enter open".
    var word: String {
        switch self {
        case .next: "down"
        case .previous: "up"
        case .first: "newest"
        case .last: "oldest"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .open: "open"
        case .edit: "new search"
        case .back: "back"
        }
    }
}

/// The search screen's keys: the one table `update` reads and the hint line prints. The
/// moves are the picker's, so both lists feel the same.
enum SearchKeymap {
    static let bindings: [KeyBinding<SearchAction>] = [
        KeyBinding([.character("j"), .down], "j, ↓", "the next match", .next),
        KeyBinding([.character("k"), .up], "k, ↑", "the one before", .previous),
        KeyBinding([.character("g"), .home], "g, Home", "the newest", .first),
        KeyBinding([.character("G"), .end], "G, End", "the oldest", .last),
        KeyBinding([.pageDown], "PgDn", "a screen down", .pageDown),
        KeyBinding([.pageUp], "PgUp", "a screen up", .pageUp),
        KeyBinding([.enter], "Enter", "open the conversation at that message, or the task", .open),
        KeyBinding([.character("/"), .ctrl("f")], "/, Ctrl-F", "search for other text", .edit),
        KeyBinding([.character("q"), .escape], "q, Esc", "back to the chat", .back),
    ]

    static let hinted: [SearchAction] = [.open, .edit, .next, .back]

    /// "Enter open  / new search  j down  q back".
    static var hintLine: String {
        HintLine.of(bindings, naming: hinted, word: \.word)
    }

    static func action(for key: Key) -> SearchAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }
}
