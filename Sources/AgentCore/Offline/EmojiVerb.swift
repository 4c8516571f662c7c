/// An emoji said in place of the verb: "✅ groceries", "🗑️ the groceries one pls", "➕ buy
/// milk", "🔥 passport". Emoji are decoration to every rule (``Swift/String/removingEmoji()``),
/// so this is read only when no rule understood the words alone, and only at either end of
/// the message.
enum EmojiVerb {
    /// Emoji that say "urgent": a task added with one is high priority.
    static let urgent: Set<Character> = ["🔥", "🚨", "‼️", "❗", "❗️"]

    private static let verbs: [Character: String] = [
        "✅": "tick off", "☑️": "tick off", "✔️": "tick off", "✔": "tick off",
        "🗑️": "delete", "🗑": "delete", "❌": "delete", "✖️": "delete",
        "➕": "add", "🆕": "add",
    ]

    /// The request with the emoji's verb said in words, or `nil` when no end of the message
    /// holds one.
    static func request(in text: String) -> String? {
        let trimmed = text.trimming(" ")
        for character in [trimmed.first, trimmed.last].compactMap(\.self) {
            guard verbs[character] != nil || urgent.contains(character) else { continue }
            let words = trimmed.filter { $0 != character }.trimming(" ")
            guard !words.isEmpty else { return nil }
            return verbs[character].map { $0 + " " + words } ?? "make " + words + " high priority"
        }
        return nil
    }

    /// "add 🔥 tax return": an urgency emoji anywhere in an add makes the task high priority.
    static func urging(_ intent: Intent?, in text: String) -> Intent? {
        guard case .add(var task)? = intent, task.priority == nil, text.contains(where: urgent.contains) else { return intent }
        task.priority = .high
        return .add(task)
    }

    /// "rent ✅ dentist ✅": one emoji after each of several tasks, each ticked off in turn.
    static func eachMarked(in text: String) -> String? {
        let marks = text.filter { verbs[$0] != nil }
        guard marks.count >= 2, let mark = marks.first, marks.allSatisfy({ $0 == mark }), let verb = verbs[mark] else { return nil }
        let pieces = text.split(separator: mark).map { String($0).trimming(" ,;") }.filter { !$0.isEmpty }
        guard pieces.count >= 2 else { return nil }
        return pieces.map { verb + " " + $0 }.joined(separator: " and ")
    }
}
