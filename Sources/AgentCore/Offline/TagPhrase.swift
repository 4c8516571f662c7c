/// Finds the tags a task should carry: "#work", "tag it work", "for work".
enum TagPhrase {
    /// The contexts "for …" names as a tag; "a gift for mom" must not tag "mom".
    static let contexts = ["work", "home", "school", "personal", "family", "office", "errands", "shopping"]

    static let grammar = PhraseGrammar.compiled([
        PhraseRule(#"#(?![0-9]+\b)[a-z0-9_-]{1,32}"#, example: "#errands") { normalise($0) },
        PhraseRule(#"(?:(?:put|add|give\s+it|with)\s+(?:the|a)\s+)?(?:tag(?:ged)?|tags|label(?:led)?)(?:\s+it)?(?:\s+(?:as|with|is|are|=))?:?\s+#?(?!(?:the|a|an|my|this|that|it|them)\b)[a-z0-9_-]{1,32}"#, example: "tag it travel") { phrase in
            phrase.split(whereSeparator: \.isWhitespace).last.flatMap(normalise)
        },
        // "and add the holiday tag": a tag named before the word "tag".
        PhraseRule(#"(?:add|put|give\s+it|with)\s+(?:the\s+|a\s+)?#?[a-z0-9_-]{1,32}\s+(?:tag|label)"#, example: "add the holiday tag") { phrase in
            phrase.split(whereSeparator: \.isWhitespace).dropLast().last.flatMap(normalise)
        },
        PhraseRule("for\\s+(?:" + contexts.joined(separator: "|") + ")", example: "for work") { phrase in
            phrase.split(whereSeparator: \.isWhitespace).last.flatMap(normalise)
        },
        // "add a charger to errands": lists people keep by name, at the end of the request.
        PhraseRule(#"(?:to|onto|on|under|in)\s+(?:my\s+|the\s+)?(?:errands|shopping)(?:\s+list)?$"#, example: "to errands") { phrase in
            phrase.split(whereSeparator: \.isWhitespace).first { ["errands", "shopping"].contains($0.lowercased()) }.flatMap(normalise)
        },
    ], lead: #"(?:,\s*)?(?:and\s+)?"#)

    /// "tag it kitchen and compliance": a second tag joined to the first by "and" or a comma;
    /// "tag it mum and make it top priority" joins a second request instead.
    static let joinedTags = Pattern(#/(?i)\b((?:tag(?:ged)?|tags|label(?:led)?)(?:\s+it)?(?:\s+(?:as|with))?:?\s+#?[a-z0-9_-]{1,32})(?:\s+(?:and|&)\s+|\s*\+\s*)(?!(?:make|set|mark|put|give|move|push|change|due|remind|tag|label)\b)#?([a-z0-9_-]{1,32})\b(?!\s+(?:it|that|this|them)\b)/#,
                                    example: "tag it kitchen and compliance")

    /// "label all the jars", "tag the photos": a tagging verb that starts a title is the task's own.
    static let leadingVerb = Pattern(#/(?i)^\s*(?:label|tag)\s+(?!(?:it|them|this|that)\b)/#, example: "label all the jars")

    /// Every tag in `text`, in order, and the text without them.
    static func extractAll(from text: String) -> (tags: [String], rest: String) {
        if let verb = text.prefixMatch(of: leadingVerb.regex) {
            let found = extractAll(from: String(text[verb.range.upperBound...]))
            return (found.tags, String(verb.output) + found.rest)
        }
        var tags: [String] = []
        var rest = text.replacing(joinedTags.regex) { $0.output.1 + " #" + $0.output.2 }
        while let match = grammar.firstMatch(in: rest) {
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
