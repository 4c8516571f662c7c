/// Recognises a question about whether something is done: "did I water the plants?",
/// "have I paid the rent?", "is the bike done?". It is answered from the task's status and
/// writes nothing.
enum StatusQuestionParser {
    static let patterns: [Pattern<(Substring, Substring)>] = [
        Pattern(#/(?i)^(?:did|have|has|had)\s+(?:i|we|you)\s+(?!got\s+(?:any|anything|something|stuff|much|nothing|things|tasks?)\b)(?:already\s+|ever\s+|actually\s+)?(.+?)(?:\s+(?:yet|already|or\s+not))?$/#, example: "did I water the plants"),
        Pattern(#/(?i)^(?:is|are|was)\s+(.+?)\s+(?:done|finished|complete|completed|paid|sorted|ticked\s+off)(?:\s+(?:yet|already|or\s+not))?$/#, example: "is the bike done yet"),
    ]

    /// "did jane already book the flights?": someone named, asked about with a question mark
    /// (without one, "did the groceries" says they were done).
    static let someoneDid = Pattern(#/(?i)^(?:did|has|have)\s+(?!i\b|we\b|you\b)[a-z]+\s+(?:already\s+|ever\s+|actually\s+)?(.+?)(?:\s+(?:yet|already|or\s+not))?$/#,
                                    example: "did jane already book the flights")

    /// The words naming the task asked about.
    static func parse(_ utterance: Utterance) -> String? {
        for pattern in Self.patterns + (utterance.asked ? [Self.someoneDid] : []) {
            guard let match = utterance.core.wholeMatch(of: pattern.regex) else { continue }
            guard case .words(let words)? = TaskTargetParser.parse(match.output.1) else { return nil }
            return words
        }
        return nil
    }
}
