/// Recognises a request to empty a field: "clear the due date on the bill", "no priority for
/// the gym", "remove all tags from the bike", "the rent has no deadline", "take the urgent off
/// the oat milk".
///
/// The tool contract clears a field with `null`, so the edit names the field in
/// `TaskEdits.cleared` and leaves every other field as it is.
enum FieldClearParser {
    /// A pattern capturing two phrases: the field's name and the task's words.
    typealias TwoPhrases = Pattern<(Substring, Substring, Substring)>

    /// The field first: "clear the due date on task 3", "take every tag off the bike".
    static let fieldFirst: [TwoPhrases] = [
        Pattern(#/(?i)^(?:clear|remove|delete|drop|unset|reset|wipe|strip|get\s+rid\s+of)\s+(?:out\s+)?(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?|every\s+|any\s+)?(due\s+date|deadline|date|due|priority|urgency|urgent(?:\s+flag)?|high[\s-]+priority|tags?|labels?)\s+(?:on|of|from|for|in)\s+(.+)$/#,
                example: "clear the due date on the electricity bill"),
        Pattern(#/(?i)^take\s+(?:away\s+|off\s+)?(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?|every\s+|any\s+)?(due\s+date|deadline|date|priority|urgent(?:\s+flag)?|high[\s-]+priority|tags?|labels?)\s+(?:off(?:\s+of)?|from)\s+(.+)$/#,
                example: "take every tag off the bike"),
        Pattern(#/(?i)^(?:no|without\s+an?|without)\s+(?:more\s+)?(due\s+date|deadline|date|priority|tags?|labels?)\s+(?:on|for|in)\s+(.+)$/#,
                example: "no priority for the gym"),
    ]
    /// The task first: "clear the dentist's priority", "the rent has no deadline".
    static let taskFirst: [TwoPhrases] = [
        Pattern(#/(?i)^(?:clear|remove|delete|drop|unset|reset|wipe)\s+(.+?)(?:'s|s')\s+(due\s+date|deadline|date|priority|tags|labels)$/#,
                example: "clear the dentist's priority"),
        Pattern(#/(?i)^(.+?)\s+(?:(?:has|have|needs|should\s+have|gets|has\s+got)\s+no|(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:have|need)\s+(?:a|any))\s+(due\s+date|deadline|date|priority|tags?|labels?)(?:\s+on\s+it)?(?:\s+(?:any\s?more|any\s+longer|now|at\s+all))?$/#,
                example: "the rent has no deadline"),
    ]
    /// "task 9 isn't due any more", "the rent isn't due on any day at all".
    static let notDue = Pattern(#/(?i)^(.+?)\s+(?:isn'?t|is\s+not|'s\s+not)\s+due\s+(?:on\s+any\s+(?:day|date)\s+|at\s+all\s+|any\s+day\s+)?(?:any\s?more|any\s+longer|at\s+all)$/#,
                                example: "task 9 isn't due any more")
    /// "untag the bike", "untag task 3": every tag goes when none is named ("untag the bike
    /// home" names one, and ``TagEditParser`` removes only it).
    static let untagAll = Pattern(#/(?i)^(?:untag|un-tag|unlabel|un-label)\s+((?:the|my)\s+[\w'-]+|task\s+#?\w+|#\d+|it|that|this)$/#,
                                  example: "untag the bike")

    /// "remove the date", "clear its priority": a field of the task just spoken of.
    static let fieldAlone = Pattern(#/(?i)^(?:clear|remove|delete|drop|unset|reset|wipe|take\s+off|take)\s+(?:the|its)\s+(due\s+date|deadline|date|priority|tags|labels)(?:\s+off)?$/#,
                                    example: "remove the date")

    static func parse(_ utterance: Utterance) -> Intent? {
        let text = utterance.core
        if let match = text.wholeMatch(of: fieldAlone.regex), let field = ClearableField(naming: match.output.1) {
            return .change(.update(TaskEdits(cleared: [field])), of: .pronoun)
        }
        for pattern in fieldFirst {
            if let match = text.wholeMatch(of: pattern.regex), let intent = clearing(match.output.1, of: match.output.2) { return intent }
        }
        for pattern in taskFirst {
            if let match = text.wholeMatch(of: pattern.regex), let intent = clearing(match.output.2, of: match.output.1) { return intent }
        }
        if let match = text.wholeMatch(of: notDue.regex), let intent = clearing("due", of: match.output.1) { return intent }
        if let match = text.wholeMatch(of: untagAll.regex), let target = TaskTargetParser.parse(match.output.1) {
            return .change(.update(TaskEdits(cleared: [.tags])), of: target)
        }
        return nil
    }

    /// "drop the priority on the dentist to medium": a new value said after the task, so a
    /// change and no clearing; "the email to sarah" is a name.
    static let newValue = Pattern(#/(?i)\s(?:down\s+|up\s+|back\s+)?to\s+(.+)$/#, example: " to medium")

    private static func clearing(_ name: Substring, of words: Substring) -> Intent? {
        if let value = words.firstMatch(of: newValue.regex)?.output.1 {
            let said = String(value)
            if PriorityPhrase.named(in: said + " priority") != nil || DuePhrase.extract(from: said)?.rest.trimming(" ").isEmpty == true {
                return nil
            }
        }
        guard let field = ClearableField(naming: name), let target = TaskTargetParser.parse(words), !target.hasDate
        else { return nil }
        return .change(.update(TaskEdits(cleared: [field])), of: target)
    }
}
