/// An emoji said in place of the verb: "✅ groceries", "🗑️ the groceries one pls", "➕ buy
/// milk". Emoji are decoration to every rule (``Swift/String/removingEmoji()``), so this is
/// read only when no rule understood the words alone, and only at either end of the message.
enum EmojiVerb {
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
            guard let verb = verbs[character] else { continue }
            let words = trimmed.filter { $0 != character }.trimming(" ")
            return words.isEmpty ? nil : verb + " " + words
        }
        return nil
    }
}
