/// Recognises requests to complete, reopen or delete an existing task.
enum ChangeParser {
    static let reopen = [
        Pattern(#/(?i)^mark\s+(.+?)\s+(?:as\s+)?(?:not\s+(?:done|complete|completed|finished)|undone|incomplete|uncompleted|pending|open|unfinished|to\s*do)$/#,
                example: "mark task 5 as not done"),
        Pattern(#/(?i)^(?:reopen|re-open|uncomplete|un-complete|unmark|untick|uncheck)\s+(.+)$/#, example: "reopen task 5"),
    ]
    static let complete = [
        Pattern(#/(?i)^(?:mark|set)\s+(.+?)\s+(?:as\s+)?(?:complete|completed|done|finished)$/#, example: "mark task 3 as done"),
        Pattern(#/(?i)^(?:tick|check|cross|strike)\s+(.+?)\s+off(?:\s+(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos))?$/#,
                example: "tick task 3 off my list"),
        Pattern(#/(?i)^(?:complete|finish|close|tick\s+off|check\s+off|cross\s+off|strike\s+off)\s+(.+)$/#, example: "finish task 3"),
        Pattern(#/(?i)^(?:i(?:'ve|\s+have)?\s+)?(?:just\s+|already\s+)?(?:finished|completed|did|done|ticked\s+off|checked\s+off)(?:\s+with)?\s+(.+)$/#,
                example: "I've just finished task 3"),
        Pattern(#/(?i)^(.+?)\s+(?:is|was|are|has\s+been)\s+(?:now\s+)?(?:done|complete|completed|finished)$/#, example: "task 3 is done"),
    ]
    static let delete = [
        Pattern(#/(?i)^(?:delete|remove|erase|drop|trash|scrap|discard|cancel|get\s+rid\s+of|throw\s+away|throw\s+out)\s+(.+?)(?:\s+(?:off|from)\s+(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos))?$/#,
                example: "get rid of task 3 from my list"),
        Pattern(#/(?i)^take\s+(.+?)\s+(?:off|from)\s+(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos)$/#, example: "take task 3 off my list"),
    ]

    static func parse(_ utterance: Utterance) -> Intent? {
        let text = utterance.core
        if let target = firstTarget(in: text, patterns: reopen) {
            return .change(.update(TaskEdits(completed: false)), of: target)
        }
        if let target = firstTarget(in: text, patterns: complete) {
            if case .words(let words) = target, DuePhrase.extract(from: words) != nil {
                return nil
            }
            return .change(.complete, of: target)
        }
        if let target = firstTarget(in: text, patterns: delete) {
            return .change(.delete, of: target)
        }
        return nil
    }

    /// The target named by the first pattern that matches the whole text.
    static func firstTarget(in text: String, patterns: [Pattern<(Substring, Substring)>]) -> TaskTarget? {
        for pattern in patterns {
            if let match = text.wholeMatch(of: pattern.regex), let target = TaskTargetParser.parse(match.output.1) {
                return target
            }
        }
        return nil
    }
}
