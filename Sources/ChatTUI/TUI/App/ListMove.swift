/// The six ways a key moves the cursor of a list: the same keys on the review, the picker
/// and the search screen, so the three lists behave alike.
enum ListMove: Hashable, Sendable, CaseIterable {
    case next, previous, first, last, pageDown, pageUp

    /// The word a hint line shows after the key: "j down".
    var word: String {
        switch self {
        case .next: "down"
        case .previous: "up"
        case .first: "top"
        case .last: "bottom"
        case .pageDown: "page down"
        case .pageUp: "page up"
        }
    }

    /// The moving keys of a list screen, with what each reaches described in the screen's
    /// own words ("the next task", "the newest"); `action` makes each the screen's action.
    static func bindings<Action: Hashable & Sendable>(
        next: String, previous: String, first: String, last: String, _ action: (ListMove) -> Action
    ) -> [KeyBinding<Action>] {
        [
            KeyBinding([.character("j"), .down], "j, ↓", next, action(.next)),
            KeyBinding([.character("k"), .up], "k, ↑", previous, action(.previous)),
            KeyBinding([.character("g"), .home], "g, Home", first, action(.first)),
            KeyBinding([.character("G"), .end], "G, End", last, action(.last)),
            KeyBinding([.pageDown], "PgDn", "a screen down", action(.pageDown)),
            KeyBinding([.pageUp], "PgUp", "a screen up", action(.pageUp)),
        ]
    }
}
