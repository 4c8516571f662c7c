/// What a key does in the review's detail pane.
enum DetailAction: Hashable, Sendable {
    case editDescription, close
}

/// The detail pane's keys, read by `update` and printed by its hint line and the `?` overlay.
enum DetailKeymap {
    static let bindings: [KeyBinding<DetailAction>] = [
        KeyBinding([.character("e")], "e", "edit the description (Alt-Enter for a new line)", .editDescription),
        KeyBinding([.enter, .escape, .character("q")], "Enter, Esc, q", "back to the list", .close),
    ]

    static func action(for key: Key) -> DetailAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    static var hintLine: String {
        bindings.map { "\($0.label) \($0.action == .close ? "back" : "edit description")" }.joined(separator: " · ")
    }
}
