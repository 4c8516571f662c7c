/// A screen's one-line key hint, read from its key table like the help overlay, so a hint
/// cannot name a key the table does not bind.
enum HintLine {
    /// Each named action's first key and its word ("space done"), in `actions`' order.
    ///
    /// `tie` joins a key to its word: the review and the picker tie them with a no-break
    /// space so a narrow screen cuts between hints, never inside one.
    static func of<Action>(
        _ bindings: [KeyBinding<Action>], naming actions: [Action], tie: String = "\u{A0}", separator: String = "  ",
        word: (Action) -> String
    ) -> String {
        actions.compactMap { action in
            bindings.first { $0.action == action }.map { firstKey(of: $0) + tie + word(action) }
        }.joined(separator: separator)
    }

    /// "g" of "g, Home".
    private static func firstKey<Action>(of binding: KeyBinding<Action>) -> String {
        String(binding.label.split(separator: ",").first ?? Substring(binding.label))
    }
}
