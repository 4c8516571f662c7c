/// Recognises requests to complete, reopen or delete an existing task.
enum ChangeParser {
    static func parse(_ utterance: Utterance) -> Intent? {
        let text = utterance.core
        let reopen = [
            #/(?i)^mark\s+(.+?)\s+(?:as\s+)?(?:not\s+(?:done|complete|completed|finished)|undone|incomplete|uncompleted|pending|open|unfinished|to\s*do)$/#,
            #/(?i)^(?:reopen|re-open|uncomplete|un-complete|unmark|untick|uncheck)\s+(.+)$/#,
        ]
        if let target = firstTarget(in: text, patterns: reopen) {
            return .change(.update(TaskEdits(completed: false)), of: target)
        }
        let complete = [
            #/(?i)^(?:mark|set)\s+(.+?)\s+(?:as\s+)?(?:complete|completed|done|finished)$/#,
            #/(?i)^(?:tick|check|cross|strike)\s+(.+?)\s+off(?:\s+(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos))?$/#,
            #/(?i)^(?:complete|finish|close|tick\s+off|check\s+off|cross\s+off|strike\s+off)\s+(.+)$/#,
            #/(?i)^(?:i(?:'ve|\s+have)?\s+)?(?:just\s+|already\s+)?(?:finished|completed|did|done|ticked\s+off|checked\s+off)(?:\s+with)?\s+(.+)$/#,
            #/(?i)^(.+?)\s+(?:is|was|are|has\s+been)\s+(?:now\s+)?(?:done|complete|completed|finished)$/#,
        ]
        if let target = firstTarget(in: text, patterns: complete) {
            if case .words(let words) = target, DuePhrase.extract(from: words) != nil {
                return nil
            }
            return .change(.complete, of: target)
        }
        let delete = [
            #/(?i)^(?:delete|remove|erase|drop|trash|scrap|discard|cancel|get\s+rid\s+of|throw\s+away|throw\s+out)\s+(.+?)(?:\s+(?:off|from)\s+(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos))?$/#,
            #/(?i)^take\s+(.+?)\s+(?:off|from)\s+(?:my|the)\s+(?:to-?do\s+)?(?:list|tasks|todos)$/#,
        ]
        if let target = firstTarget(in: text, patterns: delete) {
            return .change(.delete, of: target)
        }
        return nil
    }

    /// The target named by the first pattern that matches the whole text.
    static func firstTarget(in text: String, patterns: [Regex<(Substring, Substring)>]) -> TaskTarget? {
        for pattern in patterns {
            if let match = text.wholeMatch(of: pattern), let target = TaskTargetParser.parse(match.output.1) {
                return target
            }
        }
        return nil
    }
}
