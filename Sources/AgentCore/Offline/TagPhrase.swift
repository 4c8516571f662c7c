/// Finds the tags a task should carry: "#work", "tag it work", "for work".
enum TagPhrase {
    /// The contexts "for …" names as a tag; "a gift for mom" must not tag "mom".
    static let contexts = ["work", "home", "school", "personal", "family", "office", "errands", "shopping"]

    private static let rules = [
        PhraseRule(#"#([a-z0-9_-]{1,32})"#) { normalise($0) },
        PhraseRule(#"(?:tag(?:ged)?|label(?:led)?)(?:\s+it)?(?:\s+(?:as|with))?\s+#?[a-z0-9_-]{1,32}"#) { phrase in
            phrase.split(whereSeparator: \.isWhitespace).last.flatMap(normalise)
        },
        PhraseRule("for\\s+(?:" + contexts.joined(separator: "|") + ")") { phrase in
            phrase.split(whereSeparator: \.isWhitespace).last.flatMap(normalise)
        },
    ]

    /// Every tag in `text`, in order, and the text without them.
    static func extractAll(from text: String) -> (tags: [String], rest: String) {
        var tags: [String] = []
        var rest = text
        let lead = #"(?:,\s*)?(?:and\s+)?"#
        while let match = PhraseRule.firstMatch(in: rest, of: rules, lead: lead) {
            if !tags.contains(match.value) { tags.append(match.value) }
            rest = match.rest
        }
        return (tags, rest)
    }

    /// Tags are stored lower case without "#", in the tools' `[a-z0-9_-]{1,32}`.
    static func normalise(_ word: some StringProtocol) -> String? {
        let tag = word.lowercased().trimmingPrefix("#")
        let allowed = tag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        return allowed && (1...32).contains(tag.count) ? String(tag) : nil
    }
}
