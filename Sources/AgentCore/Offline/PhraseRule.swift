/// A case-insensitive pattern for one kind of phrase and the value the matched words stand for.
///
/// Patterns are whole-word: `lead` words (such as "by" in "by friday") are removed with the
/// phrase but never seen by `value`. Swift's Regex has no lookbehind, so the character before
/// the phrase is consumed too; that is a space or punctuation the cleanup drops anyway.
struct PhraseRule: Sendable {
    let pattern: String
    let value: @Sendable (Substring) -> String?

    init(_ pattern: String, value: @escaping @Sendable (Substring) -> String?) {
        self.pattern = pattern
        self.value = value
    }

    init(_ pattern: String, always constant: String) {
        self.init(pattern) { _ in constant }
    }

    /// The first rule, in order, that matches `text`, with its value and the text without it.
    static func firstMatch(in text: String, of rules: [PhraseRule], lead: String = "") -> (value: String, rest: String)? {
        for rule in rules {
            guard let regex = try? Regex("(?i)(?:^|[^\\w#])" + lead + "(" + rule.pattern + ")(?!\\w)"),
                  let match = text.firstMatch(of: regex),
                  let phrase = match.output[1].substring,
                  let value = rule.value(phrase)
            else { continue }
            return (value, text.removing(match.range))
        }
        return nil
    }
}
