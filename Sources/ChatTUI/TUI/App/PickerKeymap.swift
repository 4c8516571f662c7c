/// What a key does on the conversation picker.
enum PickerAction: Hashable, Sendable {
    case move(ListMove)
    case open, filter, rename, delete, undo, help, back

    var movesTheCursor: Bool {
        if case .move = self { true } else { false }
    }

    /// The word the hint line shows after the key: "r rename".
    var word: String {
        switch self {
        case .move(.first): "newest"
        case .move(.last): "oldest"
        case .move(let move): move.word
        case .open: "open"
        case .filter: "filter"
        case .rename: "rename"
        case .delete: "delete"
        case .undo: "undo"
        case .help: "help"
        case .back: "back"
        }
    }
}

/// The picker's keys: the one table `update` reads and the hint line and `?` overlay print.
enum PickerKeymap {
    static let bindings: [KeyBinding<PickerAction>] = ListMove.bindings(
        next: "the next conversation", previous: "the one before", first: "the newest", last: "the oldest",
        PickerAction.move
    ) + [
        KeyBinding([.enter], "Enter", "open", .open),
        KeyBinding([.character("/")], "/", "filter by title, or messages from 3 characters, as you type", .filter),
        KeyBinding([.character("r")], "r", "rename", .rename),
        KeyBinding([.character("d")], "d", "delete, after a y/n question", .delete),
        KeyBinding([.character("u")], "u", "bring back the last one deleted this session", .undo),
        KeyBinding([.character("?")], "?", "this list of keys", .help),
        KeyBinding([.character("q"), .escape], "q, Esc", "back to the chat", .back),
    ]

    /// The actions the hint line names, `?` first so a narrow screen still shows where the
    /// rest are.
    static let hinted: [PickerAction] = [.help, .open, .filter, .rename, .delete, .undo, .back]

    /// "? help  Enter open  / filter …".
    static var hintLine: String {
        HintLine.of(bindings, naming: hinted, word: \.word)
    }

    static func action(for key: Key) -> PickerAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }
}
