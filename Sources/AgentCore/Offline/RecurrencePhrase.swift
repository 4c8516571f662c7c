import Persistence

/// Finds how often a task repeats, in the forms `add_task` accepts.
enum RecurrencePhrase {
    /// What repeats and, for "every monday", the day the first occurrence falls on.
    struct Found: Equatable {
        var recurrence: String
        var due: String?
        var rest: String
    }

    private static let lead = #"(?:(?:repeat(?:ing|s)?|recurring|recur(?:s)?)\s+)?"#
    static let weekdayGrammar = PhraseGrammar.compiled([
        PhraseRule(#"(?:(?:weekly|every\s+week)\s+)?(?:every|each|on)\s+(?:"# + CalendarWords.weekdayNames.joined(separator: "|") + ")s?"
                   + #"(?:\s+(?:morning|afternoon|evening|night)s?)?(?:\s+at\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midday))?"#,
                   example: "weekly on fridays", value: weekdayName),
        PhraseRule(#"(?:every|each)\s+(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)\b"#
                   + #"(?:\s+(?:morning|afternoon|evening|night)s?)?(?:\s+at\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midday))?"#,
                   example: "every tues", value: weekdayName),
    ], lead: lead)
    /// "every other tuesday": a fortnightly repeat, first due on the next such day.
    static let alternateWeekdayGrammar = PhraseGrammar.compiled([
        PhraseRule(#"(?:every|each)\s+(?:other|second|alternate)\s+(?:"# + CalendarWords.weekdayNames.joined(separator: "|") + ")s?"
                   + #"(?:\s+(?:morning|afternoon|evening|night)s?)?(?:\s+at\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midday))?"#,
                   example: "every other tuesday", value: weekdayName),
    ], lead: lead)
    /// "on the 1st of every month", "every month on the 15th", "monthly on the third": monthly,
    /// first due on the next such day (the tools clamp the 31st to a short month's end).
    static let monthDayGrammar = PhraseGrammar.compiled([
        PhraseRule(#"(?:on\s+)?the\s+[a-z0-9]+\s+(?:of\s+)?(?:every|each|the)\s+month|(?:(?:every|each)\s+month|monthly)\s+on\s+the\s+[a-z0-9]+"#,
                   example: "on the 1st of every month", value: dayOfMonth),
    ], lead: lead)
    static let impossibleRepeat = Pattern(#/(?i)\b(?:every|each)\s+((?:-|minus\s+|negative\s+)\s*\w+|0+|zero|no)\s+(day|week|month|year)s?\b/#, example: "every -2 weeks")

    static let grammar = PhraseGrammar.compiled([
        PhraseRule(#"every\s+other\s+day"#, example: "every other day", always: "every 2 days"),
        PhraseRule(#"fortnightly|bi-?weekly|every\s+(?:other|second)\s+week|every\s+fortnight"#, example: "fortnightly", always: "every 14 days"),
        PhraseRule(#"every\s+(?:\d+|[a-z]+)\s+days"#, example: "every three days") { phrase in
            let words = phrase.split(whereSeparator: \.isWhitespace)
            return words.count == 3 ? NumberWords.cardinal(words[1]).map { "every \($0) days" } : nil
        },
        PhraseRule(#"every\s+(?:\d+|[a-z]+)\s+weeks"#, example: "every 2 weeks") { phrase in
            let words = phrase.split(whereSeparator: \.isWhitespace)
            return words.count == 3 ? NumberWords.cardinal(words[1]).map { "every \($0 * 7) days" } : nil
        },
        PhraseRule(#"(?:every|each)\s+(?:day|morning|evening|night)|daily|nightly"#, example: "each morning", always: "daily"),
        PhraseRule(#"(?:every|each|once\s+a)\s+week|weekly"#, example: "once a week", always: "weekly"),
        PhraseRule(#"(?:every|each|once\s+a)\s+month|monthly"#, example: "monthly", always: "monthly"),
    ], lead: lead)

    /// Repeats people ask for that `add_task` cannot store: yearly, every few months, weekdays.
    static let unsupportedRepeat = Pattern(#/(?i)\b(?:yearly|annually|bi-?annually|(?:every|each|once\s+a|twice\s+a)\s+year|(?:every|each)\s+(?:\d+|[a-z]+)\s+(?:months|years)|every\s+(?:other|second)\s+month|twice\s+a\s+(?:day|week|month)|every\s+weekday|on\s+weekdays)\b/#,
                                           example: "every 6 months")

    /// Why a repeat the user asked for can never come round ("every -2 weeks") or cannot be
    /// stored ("yearly"), or `nil`.
    static func impossibility(in text: String) -> String? {
        if let match = text.firstMatch(of: Self.impossibleRepeat.regex) {
            return "“\(match.output.0)” never comes round: a task can repeat every 1 or more \(match.output.2)s"
        }
        // "pay the yearly tv licence": how often the thing comes, part of its name.
        guard let match = text.replacing(namesAThing.regex, with: "").firstMatch(of: Self.unsupportedRepeat.regex) else { return nil }
        return "I can't keep “\(match.output)” as a repeat: a task can repeat daily, weekly, monthly or every N days"
    }

    /// The recurrence found in `text`, if any.
    /// "monthly from the 1st", "every 2 weeks from sat": the day a repeat starts, said with "from".
    static let startingFrom = Pattern(#/(?i)(\b(?:every|daily|weekly|monthly|fortnightly|yearly)\b[^,;]*?)\s+from\s+(?=(?:the\s+)?\d|(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|today|next)\b)/#,
                                      example: "monthly from the 1st")

    /// "cancel the weekly veg box", "my monthly bank statement": how often a thing comes is
    /// part of its name, not a repeat for the task.
    static let namesAThing = Pattern(#/(?i)\b((?:the|my|our|your|his|her|their)\s+(?:daily|weekly|monthly|yearly|fortnightly|annual))\s+(?!(?:repeat|recurrence|reminder|task|thing|job|chore|one|schedule|cycle)\b)(?=[a-z])/#,
                                     example: "the weekly veg box")
    /// Joins a naming frequency to its noun so no rule reads it alone; ``extract(from:)`` parts them again.
    private static let joiner = "_"

    static func extract(from said: String) -> Found? {
        let joined = said.replacing(namesAThing.regex) { $0.output.1 + joiner }
        guard joined != said else { return reading(said) }
        guard let found = reading(joined) else { return nil }
        return Found(recurrence: found.recurrence, due: found.due, rest: found.rest.replacing(joiner, with: " "))
    }

    private static func reading(_ said: String) -> Found? {
        // "every monday from next week" names its own first day; only a repeat without one takes it.
        let text = said.replacing(startingFrom.regex) { match in
            let words = match.output.1.lowercased().split(separator: " ").map { $0.hasSuffix("s") ? String($0.dropLast()) : String($0) }
            return words.contains { CalendarWords.isoWeekday($0) != nil } ? String(match.output.0) : match.output.1 + " starting "
        }
        if let match = monthDayGrammar.firstMatch(in: text) {
            return Found(recurrence: "monthly", due: match.value, rest: match.rest)
        }
        if let match = alternateWeekdayGrammar.firstMatch(in: text) {
            return Found(recurrence: "every 14 days", due: match.value, rest: match.rest)
        }
        if let match = weekdayGrammar.firstMatch(in: text) {
            return Found(recurrence: "weekly", due: match.value, rest: match.rest)
        }
        return grammar.firstMatch(in: text).map { Found(recurrence: $0.value, rest: $0.rest) }
    }

    /// "the 1st" for the day a monthly phrase names, or `nil` when its word is no day of a month.
    private static func dayOfMonth(_ phrase: Substring) -> String? {
        let words = phrase.lowercased().split(whereSeparator: \.isWhitespace)
        guard let index = words.firstIndex(of: "the"), index + 1 < words.count,
              let day = NumberWords.ordinal(words[index + 1]), (1...31).contains(day)
        else { return nil }
        let suffix = (11...13).contains(day % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][day % 10] ?? "th"
        return "the \(day)\(suffix)"
    }

    /// "on mondays" repeats but "on monday" is a single date, so only the plural counts; the
    /// time in "every tuesday night" or "every monday at 7pm" goes with the day, never into the title.
    private static func weekdayName(_ phrase: Substring) -> String? {
        let words = phrase.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        // "every tues": a short name stands for the whole one.
        func fullName(_ word: String) -> String? {
            CalendarWords.weekdayNames.first { word.hasPrefix($0) }
                ?? CalendarWords.isoWeekday(word).map { CalendarWords.weekdayNames[$0 - 1] }
        }
        guard let dayIndex = words.lastIndex(where: { fullName($0) != nil }), let day = fullName(words[dayIndex])
        else { return nil }
        let time = words[(dayIndex + 1)...].map { $0.hasSuffix("s") && !$0.hasPrefix("at") ? String($0.dropLast()) : $0 }
        let plural = words[dayIndex].hasSuffix("s") || words[(dayIndex + 1)...].first?.hasSuffix("s") == true
        if words.first == "on", !plural { return nil }
        return ([day] + time).joined(separator: " ")
    }
}
