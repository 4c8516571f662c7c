import Persistence

/// A question about one task: whether it is done ("did I water the plants?") or has a
/// level ("is the garage one marked as high?").
struct StatusQuestion: Equatable, Sendable {
    /// The words naming the task.
    var words: String
    /// The level asked about; `nil` asks whether the task is done.
    var level: Priority?
}

/// Recognises a question about whether something is done: "did I water the plants?",
/// "have I paid the rent?", "is the bike done?", or has a level: "is cleaning the garage
/// marked as high?". It is answered from the task and writes nothing.
enum StatusQuestionParser {
    static let patterns: [Pattern<(Substring, Substring)>] = [
        // "did I already do rent?": the task named after a verb that only says it was done.
        Pattern(#/(?i)^(?:did|have|has|had)\s+(?:i|we|you)\s+(?:already\s+|ever\s+|actually\s+)?(?:do|done|sort|sorted|handle|handled|deal\s+with|dealt\s+with|take\s+care\s+of|taken\s+care\s+of)\s+(?!it\b|that\b|this\b)(.+?)(?:\s+(?:one|thing|task))?(?:\s+(?:yet|already|or\s+not))?$/#,
                example: "did I already do rent"),
        // "is the dentist one still on?", "do I still have to ring the dentist?": whether it is still to do.
        Pattern(#/(?i)^(?:is|are)\s+(?!there\s|anything\s)(.+?)\s+(?:still\s+(?:on|there|open|pending|to\s+do|on\s+(?:there|here|the\s+list|my\s+list))|(?:also\s+)?on\s+(?:there|here|the\s+list|my\s+list))$/#,
                example: "is the dentist one still on"),
        // "whatever happened to the bike task?": where a task stands.
        Pattern(#/(?i)^(?:what(?:ever)?|where)\s+(?:has\s+|'s\s+)?(?:happened|become)\s+(?:to|of|with)\s+(.+?)$/#,
                example: "whatever happened to the bike task"),
        Pattern(#/(?i)^(?:do|must)\s+(?:i|we)\s+still\s+(?:have\s+to|need\s+to|got\s+to|gotta|need)\s+(.+?)$/#,
                example: "do i still have to ring the dentist"),
        Pattern(#/(?i)^(?:did|have|has|had)\s+(?:i|we|you)\s+(?!got\s+(?:any|anything|something|stuff|much|nothing|things|tasks?)\b)(?:already\s+|ever\s+|actually\s+)?(.+?)(?:\s+(?:yet|already|or\s+not))?$/#, example: "did I water the plants"),
        Pattern(#/(?i)^(?:is|are|was)\s+(.+?)\s+(?:done|finished|complete|completed|paid|sorted|ticked\s+off)(?:\s+(?:yet|already|or\s+not))?$/#, example: "is the bike done yet"),
    ]

    /// "did jane already book the flights?": someone named, asked about with a question mark
    /// (without one, "did the groceries" says they were done).
    static let someoneDid = Pattern(#/(?i)^(?:did|has|have)\s+(?!i\b|we\b|you\b)[a-z]+\s+(?:already\s+|ever\s+|actually\s+)?(.+?)(?:\s+(?:yet|already|or\s+not))?$/#,
                                    example: "did jane already book the flights")

    /// "is the dentist marked as high?", "is the garage one a low priority?": a level asked about.
    static let levelAsked = Pattern(#/(?i)^(?:is|are)\s+(.+?)\s+(?:(?:marked|set|flagged|down|put|listed)\s+(?:as|to|at)\s+)?(?:an?\s+)?(high|low|medium|urgent|important)(?:\s+prio(?:rity)?)?(?:\s+(?:one|task))?(?:\s+(?:still|now|yet))?$/#,
                                    example: "is cleaning the garage marked as high")

    /// "dentist still on the list?": a name and "still on", asked.
    static let stillListed = Pattern(#/(?i)^(?:the\s+)?(.+?)\s+(?:one\s+|task\s+)?still\s+(?:on\s+(?:the|my)\s+list|on\s+there|there|on)$/#,
                                     example: "dentist still on the list")

    static func parse(_ utterance: Utterance) -> StatusQuestion? {
        for pattern in Self.patterns + (utterance.asked ? [Self.someoneDid, Self.stillListed] : []) {
            guard let match = utterance.core.wholeMatch(of: pattern.regex) else { continue }
            guard case .words(let words)? = TaskTargetParser.parse(match.output.1) else { return nil }
            return StatusQuestion(words: words)
        }
        guard utterance.asked, let match = utterance.core.wholeMatch(of: Self.levelAsked.regex),
              case .words(let words)? = TaskTargetParser.parse(match.output.1)
        else { return nil }
        let said = match.output.2.lowercased()
        return StatusQuestion(words: words, level: Priority(rawValue: said) ?? .high)
    }
}
