import Persistence

/// Recognises a due date moved by a span: "postpone the rent by a week", "push the dentist
/// back two days", "bring the rent forward by a week".
///
/// The span is read by Persistence's ``DueSpan`` (the due grammar's own numbers and units),
/// longest first from the end, so "a couple of weeks" is one span; what is left after the
/// verb and a direction word names the task. "Back", "out", "later" and the verbs of
/// delay move later; "forward" and "earlier" move earlier, as in British "bring forward";
/// "bring" alone says no direction, so it is not read as a shift.
enum ShiftParser {
    static let frame = Pattern(#/(?i)^(postpone|push|move|delay|defer|shift|bump|snooze|put\s+off|bring|set\s+back|knock)\s+(?:(back|forward|out|off|on)\s+)?(.+)$/#,
                               example: "push the dentist back two days")

    /// The longest span tried, in words: "a couple of weeks".
    private static let longestSpan = 4

    /// "the report got pushed back a week", "the dentist has been moved forward two days":
    /// the same shift said as news, the task first.
    static let passive = Pattern(#/(?i)^(.+?)\s+(?:got|gets|was|were|is|are|has\s+been|have\s+been|'s\s+been|'ve\s+been|is\s+being|is\s+getting)\s+(postponed|pushed|moved|delayed|deferred|shifted|bumped|put\s+off|brought|set\s+back|knocked)\s+(?:(back|forward|out|off|on)\s+)?(.+)$/#,
                                 example: "the report got pushed back a week")

    static func parse(_ utterance: Utterance) -> Intent? {
        if let match = utterance.core.wholeMatch(of: Self.passive.regex) {
            return shift(verb: match.output.2, direction: match.output.3, words: String(match.output.1 + " " + match.output.4))
        }
        guard let match = utterance.core.wholeMatch(of: Self.frame.regex) else { return nil }
        return shift(verb: match.output.1, direction: match.output.2, words: String(match.output.3))
    }

    /// The shift of the task named in `words`, which end with the span.
    private static func shift(verb: Substring, direction said: Substring?, words text: String) -> Intent? {
        var earlier = said.flatMap { direction(of: $0) }
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        if let last = words.last, let said = direction(of: last) {
            guard earlier == nil || earlier == said else { return nil }
            earlier = said
            words.removeLast()
        }
        guard let span = trailingSpan(of: &words) else { return nil }
        if let last = words.last?.lowercased(), ["by", "for"].contains(last) { words.removeLast() }
        if let last = words.last, let said = direction(of: last) {
            guard earlier == nil || earlier == said else { return nil }
            earlier = said
            words.removeLast()
        }
        guard let earlier = earlier ?? (["bring", "brought"].contains(verb.lowercased()) ? nil : false),
              let target = TaskTargetParser.parse(words.joined(separator: " "))
        else { return nil }
        return .change(.update(TaskEdits(shift: DueShift(span: span, earlier: earlier))), of: target)
    }

    /// The longest span at the end of `words`, removed from them; at least one word is left
    /// for the task.
    private static func trailingSpan(of words: inout [String]) -> DueSpan? {
        for count in stride(from: min(Self.longestSpan, words.count - 1), through: 1, by: -1) {
            if let span = DueSpan(words.suffix(count).joined(separator: " ")) {
                words.removeLast(count)
                return span
            }
        }
        return nil
    }

    /// `true` for earlier, `false` for later, `nil` for a word that says neither.
    private static func direction(of word: some StringProtocol) -> Bool? {
        switch word.lowercased() {
        case "forward", "forwards", "earlier": true
        case "back", "out", "later", "off", "on": false
        default: nil
        }
    }
}
