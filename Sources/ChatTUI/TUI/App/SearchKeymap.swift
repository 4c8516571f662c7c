/// What a key does on the search screen.
enum SearchAction: Hashable, Sendable {
    case move(ListMove)
    case open, edit, back

    /// The word the hint line shows after the key: "Enter open".
    var word: String {
        switch self {
        case .move(.first): "newest"
        case .move(.last): "oldest"
        case .move(let move): move.word
        case .open: "open"
        case .edit: "new search"
        case .back: "back"
        }
    }
}

/// The search screen's keys: the one table `update` reads and the hint line prints. The
/// moves are `ListMove`'s, as on the review and the picker, so the lists feel the same.
enum SearchKeymap {
    static let bindings: [KeyBinding<SearchAction>] = ListMove.bindings(
        next: "the next match", previous: "the one before", first: "the newest", last: "the oldest",
        SearchAction.move
    ) + [
        KeyBinding([.enter], "Enter", "open the conversation at that message, or the task", .open),
        KeyBinding([.character("/"), .ctrl("f")], "/, Ctrl-F", "search for other text", .edit),
        KeyBinding([.character("q"), .escape], "q, Esc", "back to the chat", .back),
    ]

    static let hinted: [SearchAction] = [.open, .edit, .move(.next), .back]

    /// "Enter open  / new search  j down  q back".
    static var hintLine: String {
        HintLine.of(bindings, naming: hinted, word: \.word)
    }

    static func action(for key: Key) -> SearchAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }
}
