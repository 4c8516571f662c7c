/// Recognises a task that should stop repeating: "stop repeating the rent", "the rent
/// doesn't repeat any more", "make the gym one-off".
///
/// The tool contract clears a field with `null`, so the edit is `cleared: [.recurrence]`;
/// the due date stays as it is.
enum RepeatStopParser {
    static let patterns: [Pattern<(Substring, Substring)>] = [
        Pattern(#/(?i)^(?:stop|quit|cease|no\s+more|no\s+need\s+to\s+keep|no\s+need\s+to\s+go\s+on)\s+(?:repeating|recurring|the\s+(?:repeat|recurrence|repetition)\s+(?:of|on|for))\s+(.+)$/#, example: "stop repeating the rent"),
        Pattern(#/(?i)^(?:stop|don'?t\s+let)\s+(.+?)\s+(?:from\s+)?(?:repeating|recurring)(?:\s+(?:any\s*more|now))?$/#, example: "stop the rent repeating"),
        Pattern(#/(?i)^(.+?)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not|shouldn'?t|should\s+not|won'?t|will\s+not|needn'?t|need\s+not|no\s+longer|isn'?t\s+going\s+to|is\s+not\s+going\s+to)\s+(?:need\s+to\s+|have\s+to\s+)?(?:(?:repeat|recur)s?|be\s+repeated)(?:\s+(?:any\s*more|any\s+longer|now|again))?$/#,
                example: "the rent doesn't repeat any more"),
        Pattern(#/(?i)^(.+?)\s+(?:is|'s|isn'?t|is\s+not)\s+(?:no\s+longer\s+|not\s+)?(?:repeating|recurring|a\s+repeating\s+task|a\s+recurring\s+task)\s+(?:any\s*more|any\s+longer|now)$/#,
                example: "the rent isn't recurring any more"),
        Pattern(#/(?i)^(.+?)\s+(?:isn'?t|is\s+not|is\s+no\s+longer|'s\s+no\s+longer|no\s+longer)\s+(?:a\s+)?(?:daily|weekly|fortnightly|monthly|yearly|repeating|recurring)(?:\s+(?:thing|task|one|payment|bill|job))?(?:\s+(?:any\s*more|any\s+longer|now))?$/#,
                example: "the rent isn't monthly any more"),
        Pattern(#/(?i)^(?:make|set|turn|change)\s+(.+?)\s+(?:to\s+|into\s+)?(?:a\s+)?(?:one[-\s]?off|one[-\s]?time|once[-\s]only|non[-\s]?recurring|non[-\s]?repeating|not\s+repeating|not\s+recurring)(?:\s+(?:task|thing|item))?$/#,
                example: "make the gym one-off"),
        Pattern(#/(?i)^(.+?)\s+(?:is|'s|(?:should|can|will|could)\s+(?:just\s+|now\s+)?be)\s+(?:just\s+)?(?:a\s+)?(?:one[-\s]?off|one[-\s]?time|once[-\s]only)(?:\s+(?:task|thing|item))?(?:\s+now)?$/#,
                example: "the gym is a one-off now"),
        Pattern(#/(?i)^(?:remove|clear|cancel|delete|drop|turn\s+off|switch\s+off|get\s+rid\s+of)\s+(?:the\s+)?(?:(?:daily|weekly|fortnightly|monthly)\s+)?(?:recurrence|repeat|repetition|repeating|recurring)\s+(?:on|of|for|from)\s+(.+)$/#,
                example: "turn off the repeat on task 3"),
    ]

    /// "... every week anymore": how often, said last, before words of time that end the news.
    static let trailingTime = Pattern(#/(?i)(?:\s+(?:any\s?more|any\s+longer|now|after\s+all))+$/#, example: " anymore")
    /// "stop watering the ferns every week": the doing, stopped.
    static let stopDoing = Pattern(#/(?i)^(?:stop|quit|no\s+more)\s+([a-z]+ing\s+.+)$/#, example: "stop watering the ferns")

    /// "the rent doesn't need to come round every month now", "the rent isn't due monthly",
    /// "the plants don't get watered weekly": the task, a "not", and how often last. Whatever
    /// the verb, the task is kept and stops repeating.
    static let notThatOften = Pattern(#/(?i)^(?!(?:i|we|you|they|he|she|it)\s)(.+?)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not|isn'?t|is\s+not|aren'?t|are\s+not|won'?t|will\s+not|needn'?t|need\s+not|shouldn'?t|should\s+not|no\s+longer)(?:\s+[a-z']+){0,5}$/#,
                                      example: "the rent doesn't need to come round")

    /// "rent isn't monthly anymore, it's every 4 weeks": a new repeat said after the old one
    /// stopped, which changes the repeat rather than ending it.
    static let newRepeat = Pattern(#/(?i)\b(?:it'?s|its|it\s+is|now|but|make\s+it)\s+(?:every|daily|weekly|monthly|fortnightly|yearly)\b/#, example: "it's every 4 weeks")

    /// "rent isn't monthly anymore, it's every 4 weeks. don't ask": the old repeat, then the new.
    static let repeatReplaced = Pattern(#/(?i)^(.+?)\s+(?:is\s+not|isn'?t|is\s+no\s+longer|does\s+not\s+repeat|doesn'?t\s+repeat)\s+(?:every\s+\w+|daily|weekly|monthly|fortnightly|yearly)(?:\s+any\s?more)?\s*[,;.]?\s*(?:it\s+is|it'?s|its|now|but|make\s+it)\s+(.+?)(?:[.!]\s.*)?[.!]?$/#,
                                        example: "rent is not monthly anymore it is every 4 weeks")

    /// The new repeat of ``repeatReplaced``; read before a message's clauses are split apart.
    static func replaced(_ utterance: Utterance) -> Intent? {
        guard let match = utterance.core.wholeMatch(of: repeatReplaced.regex), let target = TaskTargetParser.parse(match.output.1),
              let found = RecurrencePhrase.extract(from: String(match.output.2)), found.rest.trimming(" ,.!").isEmpty
        else { return nil }
        return .change(.update(TaskEdits(due: found.due, recurrence: found.recurrence)), of: target)
    }

    static func parse(_ utterance: Utterance) -> Intent? {
        if let intent = replaced(utterance) { return intent }
        guard utterance.core.firstMatch(of: newRepeat.regex) == nil else { return nil }
        for pattern in Self.patterns {
            guard let match = utterance.core.wholeMatch(of: pattern.regex),
                  let target = TaskTargetParser.parse(match.output.1)
            else { continue }
            return .change(.update(TaskEdits(cleared: [.recurrence])), of: target)
        }
        return stoppedRepeat(in: utterance.core).map { .change(.update(TaskEdits(cleared: [.recurrence])), of: $0) }
    }

    /// "the ferns don't need watering every week anymore", "no need to water the ferns weekly
    /// now": a task needed no more *that often* keeps its place and loses its repeat. How often
    /// must come last, so "I don't need the weekly review" still names a task called so.
    private static func stoppedRepeat(in text: String) -> TaskTarget? {
        let news = text.replacing(trailingTime.regex, with: "")
        guard let found = RecurrencePhrase.extract(from: news), found.due == nil,
              !found.rest.isEmpty, news.hasPrefix(found.rest)
        else { return nil }
        if let target = ChangeParser.firstTarget(in: found.rest, patterns: ChangeParser.noLongerNeeded + [notThatOften]) { return target }
        let words = ChangeParser.neededNoMore(in: found.rest) ?? found.rest.wholeMatch(of: stopDoing.regex).map { String($0.output.1) }
        return words.flatMap { TaskTargetParser.parse($0) }
    }
}
