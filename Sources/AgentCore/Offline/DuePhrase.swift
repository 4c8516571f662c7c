/// Finds a due date in free text and names it in the phrase form the task tools parse.
///
/// The engine never turns phrases into calendar dates itself: the tools own the clock
/// (`CHATTUI_NOW`, `TZ`), so passing "friday" keeps both sides agreeing on what it means.
enum DuePhrase {
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let weekdayPattern = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

    private static let rules = [
        PhraseRule(#"end\s+of\s+(?:the\s+|this\s+)?week"#, always: "end of week"),
        PhraseRule(#"(?:this\s+)?weekend"#, always: "saturday"),
        PhraseRule(#"today|tonight|this\s+(?:morning|afternoon|evening)"#, always: "today"),
        PhraseRule(#"tomorrow|tmrw"#, always: "tomorrow"),
        PhraseRule(#"next\s+week"#, always: "next week"),
        PhraseRule(#"in\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?)"#, value: relative),
        PhraseRule(#"(?:this\s+|next\s+|coming\s+)?(?:"# + weekdayPattern + ")", value: weekday),
        PhraseRule(#"\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2})?(?:z|[+-]\d{2}:?\d{2})?)?"#) { $0.uppercased() },
    ]

    /// The normalised phrase and the text without it (and without its "by", "on" or "due").
    static func extract(from text: String) -> (due: String, rest: String)? {
        let lead = #"(?:(?:due|by|on|before|until|for)\s+)*(?:the\s+)?"#
        return PhraseRule.firstMatch(in: text, of: rules, lead: lead).map { ($0.value, $0.rest) }
    }

    /// "in a day" is tomorrow and "in a week" seven days, so the tools only see plural counts.
    private static func relative(_ phrase: Substring) -> String? {
        let words = phrase.lowercased().split(whereSeparator: \.isWhitespace)
        guard words.count == 3, let count = NumberWords.value(of: words[1]) else { return nil }
        if words[2].hasPrefix("day") {
            return count == 1 ? "tomorrow" : "in \(count) days"
        }
        return count == 1 ? "in 7 days" : "in \(count) weeks"
    }

    /// "next friday", "this friday" and "friday" all name the coming Friday, as the tools read it.
    private static func weekday(_ phrase: Substring) -> String? {
        let lowered = phrase.lowercased()
        return weekdays.first { lowered.hasSuffix($0) }
    }
}
