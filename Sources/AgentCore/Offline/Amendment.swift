import Persistence

/// A field said alone that amends the change just asked for: "no actually medium" after a
/// priority was set, "at 2pm" after a date, "sorry, the 2nd" after a move, "and home too"
/// after a tag. Alone these words name no task and no verb; the request before gives both.
enum Amendment {
    /// "no actually", "sorry,", "make that": the words of someone correcting what they said.
    static let correcting = Pattern(#/(?i)^(?:(?:no|nope|nah|sorry|oops|whoops|wait|actually|oh|hmm+|i\s+mean|i\s+meant|make\s+(?:that|it)|rather|or|(?:it'?s|its|it\s+is|that'?s|it\s+should\s+be)(?:\s+(?:for|on|due|at))?)\b[\s,.!:;-]*)+/#,
                                    example: "no actually ")
    /// "wednesday not tuesday", "4pm not 3": the value it replaces, said after the new one.
    static let replaced = Pattern(#/(?i)\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:on\s+|at\s+)?(?:the\s+)?[a-z0-9:]+$/#, example: " not tuesday")
    /// "and home too", "also urgent": the words of someone adding to what they said.
    static let adding = Pattern(#/(?i)^(?:(?:and|also|plus|oh\s+and)\s+)|\s+(?:too|as\s+well|also)$/#, example: "and home too")
    static let closing = Pattern(#/(?i)[\s,.!]*(?:\b(?:instead|then|actually|please|pls|thanks|thx|sorry)\b[\s,.!]*)*$/#, example: " instead please")

    /// Whether a message read alone as `intent` may rather amend the request before: a pick
    /// ("sorry, the 2nd"), a date for "it" ("no, wednesday"), nothing, or an add the engine
    /// would doubt ("oh its for tmrw" is no task "Its").
    static func mayAmend(_ intent: Intent) -> Bool {
        switch intent {
        case .pick, .unknown: true
        case .add(let task), .remind(let task): task.title.isEmpty || AddDoubt.reason(task.title) != nil
        default: intent.isDateOfIt
        }
    }

    /// The change the words make to the task the request before changed or added, or `nil`
    /// when they are more than one field, or the request before changed no single task.
    static func intent(for text: String, after previous: Intent?) -> Intent? {
        var said = text.trimming(" ")
        let corrects = said.prefixMatch(of: correcting.regex) != nil
        said = said.replacing(correcting.regex, with: "")
        let adds = said.firstMatch(of: adding.regex) != nil
        said = said.replacing(adding.regex, with: "").replacing(closing.regex, with: "").replacing(replaced.regex, with: "")
        // "for saturday at 3pm" after an add: a date with its lead word is the task's.
        let dated = said.prefixMatch(of: dateLead.regex) != nil
        guard !said.isEmpty, corrects || adds || dated || said.split(separator: " ").count <= 3,
              let fields = previous.flatMap(SetFields.init)
        else { return nil }
        if let level = priority(said), fields.priority || corrects {
            return .change(.update(TaskEdits(priority: level)), of: .pronoun)
        }
        if fields.due != nil || corrects || dated, let found = DuePhrase.extract(from: said), found.rest.trimming(" ,.").isEmpty {
            // "set it for the 3rd", then "at 2pm": the same day, at that time.
            let day = fields.due.flatMap { DuePhrase.extract(from: $0)?.expression.dayAlone }
            return .change(.update(TaskEdits(due: (day?.at(timeOf: found.expression) ?? found.expression).phrase)), of: .pronoun)
        }
        // "and the garage too", "and 4" name another task; "and home too" another tag.
        if fields.tags, adds, let tag = said.wholeMatch(of: oneTag.regex)?.output.1, case .words = TaskTargetParser.parse(String(tag)) {
            return .change(.update(TaskEdits(tags: .adding([String(tag).lowercased()]))), of: .pronoun)
        }
        return nil
    }

    /// The level `said` names and nothing else; a bare "medium" too, which only a correction
    /// of a level makes a priority.
    private static func priority(_ said: String) -> Priority? {
        let phrase = ["high", "medium", "mid", "normal", "low"].contains(said.lowercased()) ? said + " priority" : said
        guard let level = PriorityPhrase.extract(from: phrase), level.rest.trimming(" ").isEmpty else { return nil }
        return level.priority
    }

    static let dateLead = Pattern(#/(?i)^(?:for|on|by|due)\s/#, example: "for saturday")

    /// "home", "#home": one word that can be a tag.
    static let oneTag = Pattern(#/#?([\p{L}\p{N}_-]+)/#, example: "#home")

    /// Which fields a request set, of the one task it added or changed.
    private struct SetFields {
        var priority = false
        var due: String?
        var tags = false

        init?(_ request: Intent) {
            switch request {
            case .add(let task), .remind(let task):
                (priority, due, tags) = (task.priority != nil, task.due, !task.tags.isEmpty)
            case .change(.update(let edits), let target) where target.isOneTask:
                priority = edits.priority != nil || edits.priorityStep != nil
                due = edits.due
                if case .adding = edits.tags { tags = true }
            default:
                return nil
            }
        }
    }
}
