/// What a key does in the review's detail pane.
enum DetailAction: Hashable, Sendable {
    case editDescription, scrollDown, scrollUp, pageDown, pageUp, top, bottom, help, close

    /// The word the hint line shows after the key: "j scroll".
    var word: String {
        switch self {
        case .editDescription: "edit"
        case .scrollDown: "scroll"
        case .scrollUp: "scroll up"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .top: "top"
        case .bottom: "history"
        case .help: "help"
        case .close: "back"
        }
    }
}

/// The detail pane's keys, read by `update` and printed by its hint line and the `?` overlay.
///
/// The pane scrolls because a small terminal (40×10 leaves it five rows) has no room for the
/// description and the history below the fields.
enum DetailKeymap {
    static let bindings: [KeyBinding<DetailAction>] = [
        KeyBinding([.character("e")], "e", "edit the description (Alt-Enter for a new line)", .editDescription),
        KeyBinding([.character("j"), .down, .wheelDown], "j, ↓", "scroll down to the description and history", .scrollDown),
        KeyBinding([.character("k"), .up, .wheelUp], "k, ↑", "scroll up", .scrollUp),
        KeyBinding([.pageDown, .character(" ")], "PgDn, space", "a screen down", .pageDown),
        KeyBinding([.pageUp], "PgUp", "a screen up", .pageUp),
        // A long description pushes the history out of sight: one key reaches it.
        KeyBinding([.character("G"), .end], "G, End", "the end: the history below a long description", .bottom),
        KeyBinding([.character("g"), .home], "g, Home", "back to the top", .top),
        KeyBinding([.character("?")], "?", "this list of keys, then back to the task", .help),
        KeyBinding([.enter, .escape, .character("q")], "Enter, Esc, q", "back to the list", .close),
    ]

    static let hinted: [DetailAction] = [.help, .editDescription, .scrollDown, .close]

    static func action(for key: Key) -> DetailAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// "e edit  j scroll  Enter back".
    static var hintLine: String {
        HintLine.of(bindings, naming: hinted, word: \.word)
    }
}
