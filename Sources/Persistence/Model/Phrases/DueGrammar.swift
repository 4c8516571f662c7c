/// The one grammar of due dates and times, used by the task tools, `chattui tasks
/// --due-before` and the offline engine alike.
///
/// It reads words, not regular expressions: the text is split into ``PhraseToken``s once and
/// each ``DueRule`` is a few comparisons, so nothing is compiled at start-up or per call.
public enum DueGrammar {
    /// The expression when all of `text` is one due phrase, lead words such as "by", "on"
    /// or "due" allowed: "by friday at 5pm", "3 June", "in a fortnight".
    public static func expression(_ text: String) -> DueExpression? {
        let parser = DueParser(tokens: PhraseToken.tokens(of: text))
        guard let match = parser.expression(at: 0), match.next == parser.tokens.count else { return nil }
        return match.expression
    }

    /// The first due phrase inside other words, with the range it and its lead words take,
    /// so it can be cut out of a task title. A phrase that could be an ordinary word ("the
    /// friday meeting", "sat nav") only counts after "on", "by" or "due" or where the
    /// phrase ends (see ``DueStrength``).
    public static func firstPhrase(in text: String) -> DueMatch? {
        let parser = DueParser(tokens: PhraseToken.tokens(of: text))
        return parser.firstPhrase().map { match in
            let range = parser.tokens[match.start].range.lowerBound..<parser.tokens[match.next - 1].range.upperBound
            return DueMatch(expression: match.expression, range: range, rules: match.rules)
        }
    }
}

/// A due phrase found in free text.
public struct DueMatch: Sendable {
    public let expression: DueExpression
    /// What to cut out of the text: the phrase and its lead words.
    public let range: Range<String.Index>
    let rules: [DueRule]
}
