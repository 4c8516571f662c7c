/// What a key does on the conversation picker.
enum PickerAction: Hashable, Sendable {
    case next, previous, first, last, pageDown, pageUp
    case open, filter, rename, delete, undo, back
}

/// The picker's keys: the one table `update` reads and the hint line prints.
enum PickerKeymap {
    static let bindings: [KeyBinding<PickerAction>] = [
        KeyBinding([.character("j"), .down], "j, ↓", "the next conversation", .next),
        KeyBinding([.character("k"), .up], "k, ↑", "the one before", .previous),
        KeyBinding([.character("g"), .home], "g, Home", "the newest", .first),
        KeyBinding([.character("G"), .end], "G, End", "the oldest", .last),
        KeyBinding([.pageDown], "PgDn", "a screen down", .pageDown),
        KeyBinding([.pageUp], "PgUp", "a screen up", .pageUp),
        KeyBinding([.enter], "Enter", "open", .open),
        KeyBinding([.character("/")], "/", "filter by title as you type", .filter),
        KeyBinding([.character("r")], "r", "rename", .rename),
        KeyBinding([.character("d")], "d", "delete, after a y/n question", .delete),
        KeyBinding([.character("u")], "u", "bring back the last one deleted this session", .undo),
        KeyBinding([.character("q"), .escape], "q, Esc", "back to the chat", .back),
    ]

    /// The hint line: the keys that are not movement, each with a word.
    static var hintLine: String {
        let words: [PickerAction: String] = [
            .open: "open", .filter: "filter", .rename: "rename", .delete: "delete", .undo: "undo", .back: "back",
        ]
        return bindings.compactMap { binding in
            words[binding.action].map { (binding.label.split(separator: ",").first.map(String.init) ?? binding.label) + "\u{A0}" + $0 }
        }.joined(separator: "  ")
    }

    static func action(for key: Key) -> PickerAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }
}
