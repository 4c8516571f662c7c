/// Recognises edits to an existing task: title, priority, due date, tags, recurrence.
enum UpdateParser {
    static func parse(_ utterance: Utterance) -> Intent? {
        let text = utterance.core
        return tag(in: text) ?? priority(in: text) ?? due(in: text) ?? recurrence(in: text) ?? rename(in: text)
    }

    private static func tag(in text: String) -> Intent? {
        if let match = text.wholeMatch(of: #/(?i)(?:add|put)\s+(?:the\s+|a\s+)?(?:tag|label)s?\s+#?([\w-]+)\s+(?:to|on)\s+(.+)/#),
           let tag = TagPhrase.normalise(match.output.1), let target = TaskTargetParser.parse(match.output.2) {
            return .change(.update(TaskEdits(tags: [tag])), of: target)
        }
        if let match = text.wholeMatch(of: #/(?i)(?:tag|label)\s+(.+?)\s+(?:(?:with|as)\s+#?|#)([\w-]+)/#),
           let tag = TagPhrase.normalise(match.output.2), let target = TaskTargetParser.parse(match.output.1) {
            return .change(.update(TaskEdits(tags: [tag])), of: target)
        }
        return nil
    }

    private static func priority(in text: String) -> Intent? {
        if let match = text.wholeMatch(of: #/(?i)(?:set|change|make)\s+(?:the\s+)?priority\s+(?:of|on|for)\s+(.+?)\s+(?:to\s+)?(high|low|medium|normal|urgent)/#),
           let target = TaskTargetParser.parse(match.output.1) {
            let word = match.output.2.lowercased()
            let priority = word == "urgent" ? "high" : word == "normal" ? "medium" : word
            return .change(.update(TaskEdits(priority: priority)), of: target)
        }
        if let match = text.wholeMatch(of: #/(?i)(?:make|set|mark|change|flag)\s+(.+?)\s+((?:to|as)\s+.+|(?:very\s+|really\s+)?(?:high|low|medium|normal|top)[\s-]+priority|urgent|important)/#),
           let target = TaskTargetParser.parse(match.output.1),
           let found = PriorityPhrase.extract(from: String(match.output.2).replacing(#/(?i)^(?:to|as)\s+/#, with: "")),
           found.rest.isEmpty {
            return .change(.update(TaskEdits(priority: found.priority)), of: target)
        }
        if let match = text.wholeMatch(of: #/(?i)(de)?prioriti[sz]e\s+(.+)/#), let target = TaskTargetParser.parse(match.output.2) {
            return .change(.update(TaskEdits(priority: match.output.1 == nil ? "high" : "low")), of: target)
        }
        return nil
    }

    private static func due(in text: String) -> Intent? {
        let patterns = [
            #/(?i)(?:set|change|update|move|make)\s+(?:the\s+)?(?:due\s+date|deadline|due)\s+(?:of|on|for)\s+(.+?)\s+(?:to|as)\s+(.+)/#,
            #/(?i)(?:move|postpone|push|reschedule|delay|defer|shift|bump)\s+(?:back\s+)?(.+?)\s+(?:to|till|until|for|by|on)\s+(.+)/#,
            #/(?i)(?:make|set)\s+(.+?)\s+due\s+(.+)/#,
            #/(?i)(.+?)\s+is\s+(?:now\s+)?due\s+(.+)/#,
        ]
        for pattern in patterns {
            guard let match = text.wholeMatch(of: pattern),
                  let found = DuePhrase.extract(from: "due " + match.output.2), found.rest.isEmpty,
                  let target = TaskTargetParser.parse(match.output.1)
            else { continue }
            return .change(.update(TaskEdits(due: found.due)), of: target)
        }
        return nil
    }

    private static func recurrence(in text: String) -> Intent? {
        guard let match = text.wholeMatch(of: #/(?i)(?:make|set)\s+(.+?)\s+(?:to\s+)?((?:repeat|recur)s?\s+.+|(?:a\s+)?(?:daily|weekly|monthly)(?:\s+task)?)/#),
              let found = RecurrencePhrase.extract(from: String(match.output.2).replacing(#/(?i)^a\s+|\s+task$/#, with: "")),
              found.rest.isEmpty,
              let target = TaskTargetParser.parse(match.output.1)
        else { return nil }
        return .change(.update(TaskEdits(due: found.due, recurrence: found.recurrence)), of: target)
    }

    /// "change task 1 to X": X is a title unless all of it is a date, a priority or a recurrence.
    private static func rename(in text: String) -> Intent? {
        guard let match = text.wholeMatch(of: #/(?i)(?:change|rename|update|edit|retitle|call)\s+(?:the\s+(?:title|name|text|wording)\s+of\s+)?(.+?)\s+(?:to|as|into)\s+(?:say\s+|read\s+)?(.+)/#),
              let target = TaskTargetParser.parse(match.output.1)
        else { return nil }
        let value = String(match.output.2)
        var edits = TaskEdits()
        if let found = DuePhrase.extract(from: "due " + value), found.rest.isEmpty {
            edits.due = found.due
        } else if let found = PriorityPhrase.extract(from: value), found.rest.isEmpty {
            edits.priority = found.priority
        } else if let found = RecurrencePhrase.extract(from: value), found.rest.isEmpty {
            edits.recurrence = found.recurrence
            edits.due = found.due
        } else {
            let title = value.trimming(" \"'").capitalizingFirstLetter()
            guard !title.isEmpty else { return nil }
            edits.title = title
        }
        return .change(.update(edits), of: target)
    }
}
